"""Marking user-visible text below the GUI for translation without importing Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction into ``context``; returns it unchanged."""
    return source


@dataclass(frozen=True)
class Message:
    """A user-visible sentence: English source, its translation context and its placeholders.

    Services raise errors carrying a Message; the GUI and the command line translate it into the
    user's language and only then fill in the placeholders.
    """

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        text = translate(self.context, self.source) if translate else self.source
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source.
            return self.source.format(**self.params)

    def __str__(self) -> str:
        return self.render()
