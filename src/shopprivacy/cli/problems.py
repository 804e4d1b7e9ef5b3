"""Refusals the command line states itself, before or around any service call."""

from __future__ import annotations

from typing import Any

from shopprivacy.i18n.markers import Message


class CliProblem(Exception):
    """A refusal with its exit code (2 for usage) and a translatable ``cli`` message."""

    def __init__(self, exit_code: int, source: str, **params: Any) -> None:
        self.exit_code = exit_code
        self.message = Message("cli", source, params)
        super().__init__(source)
