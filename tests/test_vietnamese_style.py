"""One spelling convention for the Vietnamese text (docs/glossary.md): the modern tone placement,
"Hủy, khóa, hóa, xóa, tùy, khỏe", never the old "Huỷ, khoá, hoá, xoá, tuỳ, khoẻ"; one name for the
audit log ("nhật ký hoạt động")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shopprivacy.i18n.catalog import parse_ts

ROOT = Path(__file__).resolve().parents[1]
VI_CATALOGS = sorted((ROOT / "resources" / "i18n" / "vi").glob("*.ts"))
VI_DOCS = sorted((ROOT / "docs" / "vi").glob("*.md"))  # the glossary shows the old forms

# oa/oe/uy ending a syllable: the modern style puts the tone on the first vowel ("hóa", "hủy").
# "quý" is qu + y, written the same in both styles, so a q before the u is allowed.
OLD_TONE_PLACEMENT = re.compile(r"[oO][áàảãạéèẻẽẹ](?!\w)|(?<![qQ])[uU][ýỳỷỹỵ](?!\w)")
OTHER_AUDIT_LOG_NAMES = re.compile(r"nhật ký (truy cập|kiểm tra)", re.IGNORECASE)


def old_spellings(text: str) -> list[str]:
    words = re.findall(r"\w+", text)
    return sorted({w for w in words if OLD_TONE_PLACEMENT.search(w)})


def test_the_checker_knows_the_old_and_the_new_spellings() -> None:
    assert old_spellings("Huỷ, khoá, hoá đơn, xoá, tuỳ chọn, khoẻ") == sorted(
        ["Huỷ", "khoá", "hoá", "xoá", "tuỳ", "khoẻ"]
    )
    assert old_spellings("Hủy, khóa, hóa đơn, xóa, tùy chọn, khỏe, quý khách, hoàn tất") == []


@pytest.mark.parametrize("path", VI_CATALOGS, ids=lambda p: p.name)
def test_vietnamese_translations_use_the_modern_spelling(path: Path) -> None:
    bad = {
        source: found
        for (_ctx, source), text in parse_ts(path).items()
        if (found := old_spellings(text))
    }
    assert bad == {}, f"{path.name}: write Hủy/khóa/hóa/xóa (docs/glossary.md)"


@pytest.mark.parametrize("path", VI_DOCS, ids=lambda p: p.name)
def test_vietnamese_guides_use_the_modern_spelling_and_one_name_for_the_audit_log(
    path: Path,
) -> None:
    text = path.read_text(encoding="utf-8")
    assert old_spellings(text) == []
    assert OTHER_AUDIT_LOG_NAMES.findall(text) == []


@pytest.mark.parametrize("path", VI_CATALOGS, ids=lambda p: p.name)
def test_the_audit_log_has_one_vietnamese_name(path: Path) -> None:
    texts = [text for text in parse_ts(path).values() if OTHER_AUDIT_LOG_NAMES.search(text)]
    assert texts == [], "call it “nhật ký hoạt động” (docs/glossary.md)"
