"""Printable text is passed without a look at each character: that is only right while every
character refused is one Python counts as unprintable."""

import sys

import pytest

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.text_safety import is_unsafe, refuse_unsafe


def test_every_refused_character_is_unprintable() -> None:
    printable_but_refused = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if chr(code).isprintable() and (is_unsafe(chr(code)) or is_unsafe(chr(code), True))
    ]
    assert printable_but_refused == []


@pytest.mark.parametrize("text", ["Nguyễn Văn An\u202e", "a\x1b[31m", "line\u2028two", "x\u200e"])
def test_hidden_characters_are_still_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        refuse_unsafe(text, "full_name")


def test_line_breaks_pass_only_in_multiline_text() -> None:
    refuse_unsafe("Giao hàng\nbuổi sáng", "notes", multiline=True)
    with pytest.raises(ValidationError):
        refuse_unsafe("Giao hàng\nbuổi sáng", "full_name")
