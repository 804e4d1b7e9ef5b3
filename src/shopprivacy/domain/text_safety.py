"""Characters that change how text looks without being text: control characters (a terminal
obeys escape sequences) and the bidirectional overrides and isolates (U+202E shows "gpj.exe" as
"exe.jpg" and can make a name read as another). Shop words never need them, so names, notes and
addresses refuse them, and whatever the command line prints shows them escaped, visibly.
"""

from __future__ import annotations

import unicodedata

from shopprivacy.domain.errors import ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

# Explicit embeddings, overrides and isolates, the marks, and the line/paragraph separators.
BIDI_AND_SEPARATORS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029"
)
LINE_BREAKS = frozenset("\n\r\t")


def is_unsafe(ch: str, multiline: bool = False) -> bool:
    if ch in BIDI_AND_SEPARATORS:
        return True
    if multiline and ch in LINE_BREAKS:
        return False
    return unicodedata.category(ch) == "Cc"


def refuse_unsafe(text: str, field: str, multiline: bool = False) -> None:
    """ValidationError naming ``field`` when ``text`` holds such a character (tabs and line
    breaks are allowed in ``multiline`` text such as notes)."""
    # Every such character is one Python counts as unprintable, so the usual text (all of it
    # printable) is passed by one C call instead of a look at each character: an import checks
    # a few hundred thousand cells.
    if text.isprintable():
        return
    if any(is_unsafe(ch, multiline) for ch in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This text contains hidden control or direction-changing characters. "
                "Type it again without pasting.",
            ),
            field=field,
        )


def escape_unsafe(text: str) -> str:
    """``text`` for a terminal or a JSON document: every such character written as a visible
    ``\\uXXXX`` escape (line breaks and tabs kept, they are the output's own)."""
    if not any(is_unsafe(ch, multiline=True) for ch in text):
        return text
    return "".join(f"\\u{ord(ch):04x}" if is_unsafe(ch, multiline=True) else ch for ch in text)
