"""What a command prints: its result on stdout (one JSON document with ``--json``), and messages,
warnings and errors on stderr in the user's language."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, TextIO

from shopprivacy.domain.text_safety import escape_unsafe
from shopprivacy.i18n.catalog import Catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

CTX = "cli"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class Output:
    def __init__(self, catalog: Catalog, json_mode: bool, stdout: TextIO, stderr: TextIO) -> None:
        self.catalog = catalog
        self.json_mode = json_mode
        self.stdout = stdout
        self.stderr = stderr
        self.emitted = False

    # -- translation -------------------------------------------------------------------------
    def tr(self, source: str, context: str = CTX, **params: Any) -> str:
        """``source`` (marked with QT_TRANSLATE_NOOP) in the user's language, placeholders filled
        after translating."""
        return Message(context, source, params).render(self.catalog.translate)

    def render(self, message: Message) -> str:
        return message.render(self.catalog.translate)

    # -- stderr ------------------------------------------------------------------------------
    # Everything printed passes through escape_unsafe: a stored name or note holding terminal
    # escapes or U+202E (from before names refused them, or an import) shows as \u202e.
    def say(self, source: str, **params: Any) -> None:
        """A message for the person at the keyboard (never part of the result)."""
        print(escape_unsafe(self.tr(source, **params)), file=self.stderr)

    def warn(self, source: str, **params: Any) -> None:
        prefix = self.tr(QT_TRANSLATE_NOOP("cli", "Warning:"))
        print(escape_unsafe(f"{prefix} {self.tr(source, **params)}"), file=self.stderr)

    def error_line(self, text: str) -> None:
        prefix = self.tr(QT_TRANSLATE_NOOP("cli", "Error:"))
        print(escape_unsafe(f"{prefix} {text}"), file=self.stderr)

    def plain(self, text: str) -> None:
        print(escape_unsafe(text), file=self.stderr)

    # -- stdout ------------------------------------------------------------------------------
    def result(self, data: Any, human: str | None = None) -> None:
        """The command's result: ``data`` as JSON with ``--json``, else ``human`` (if any).

        At most one JSON document is ever written; a second call is a programming error.
        """
        if self.json_mode:
            if self.emitted:
                raise RuntimeError("a command may print only one JSON document")
            self.emitted = True
            text = json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable)
            # Inside JSON strings \uXXXX is the same character: the document's meaning is kept.
            self.stdout.write(escape_unsafe(text) + "\n")
        elif human is not None:
            human = escape_unsafe(human)
            self.stdout.write(human + ("" if human.endswith("\n") else "\n"))
        self.stdout.flush()


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Left-aligned columns for a terminal; empty cells print as a dash."""
    cells = [[("-" if c is None or c == "" else str(c)) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)
