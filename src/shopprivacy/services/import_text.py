"""Text files of customers: which encoding, which separator, and whether the letters survived.

Excel saves "CSV UTF-8" with a byte-order mark, "Unicode Text" as UTF-16 with tabs, and plain
"CSV" in the PC's Windows code page: Windows-1258 on a Vietnamese Windows, Windows-1252 on most
others. A file saved in Windows-1252 from Vietnamese text has already lost its letters
("Nguy?n"): nothing can bring them back, but the user must be told before importing it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DELIMITERS = (",", ";", "\t", "|")
# Windows-1258 writes most Vietnamese tones as a combining mark after the vowel; these are the
# bytes of those marks, which Windows-1252 reads as "Ì", "Ò", "Þ", "ì", "ò".
TONE_BYTES = frozenset(b"\xcc\xd2\xde\xec\xf2")
VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_LOST_LETTER = re.compile(r"\?[^\W\d_]")  # "y?n", "?n": never a question's own mark


def _windows_code_page(data: bytes) -> str:
    """Windows-1258 when the tone-mark bytes sit after vowels, as Vietnamese puts them."""
    tone_bytes = sum(1 for b in data if b in TONE_BYTES)
    if not tone_bytes:
        return "cp1252"  # Vietnamese without a single tone mark does not happen
    text = data.decode("cp1258", errors="replace")
    after_vowel = sum(
        1 for i, ch in enumerate(text) if i and unicodedata.combining(ch) and text[i - 1] in VOWELS
    )
    return "cp1258" if after_vowel * 5 >= tone_bytes * 4 else "cp1252"


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 saved without its mark: every other byte of ASCII text is zero."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    if sample[1::2].count(0) > len(sample) // 3:
        return "utf-16-le"
    if sample[0::2].count(0) > len(sample) // 3:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """The file's text in NFC, whatever encoding it was saved in."""
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    encoding = encoding or _looks_utf16(data)
    if encoding is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode(_windows_code_page(data), errors="replace")
    else:
        text = data.decode(encoding, errors="replace")
    return unicodedata.normalize("NFC", text)


def _outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def header_delimiter(text: str, lines: int = 30) -> str:
    """The separator, read from the header line (a quote later in the file cannot fool it):
    the sign that splits one of the first lines into the most columns, outside quotes. Title
    lines above the header have none, or fewer than the header."""
    best, most = ",", 0
    for line in text.splitlines()[:lines]:
        for sign, count in _outside_quotes(line).items():
            if count > most:
                best, most = sign, count
    return best


def has_lost_letters(cell: str) -> bool:
    """ "Nguy?n", "?n": a question mark standing for a letter the file's encoding lost."""
    if "\ufffd" in cell:
        return True
    if "?" not in cell or "://" in cell or "@" in cell:
        return False
    return bool(_LOST_LETTER.search(cell))
