"""The page machinery every printed report shares: running header and footer, page x/y, tables
that break cleanly, DEMO marking, Vietnamese text in an embedded font."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shopprivacy.reports import layout
from shopprivacy.reports.document import (
    AuditAnchor,
    Heading,
    KeyValues,
    Monospace,
    Paragraph,
    ReportDocument,
    Signature,
    Table,
)
from shopprivacy.reports.render import write_pdf
from shopprivacy.reports.text import format_date, format_datetime, unbreakable_numbers
from tests.conftest import SHOP
from tests.reports.conftest import pdf_fonts, pdf_pages, pdf_text

PRINTED_AT = datetime(2026, 11, 23, 17, 30, tzinfo=UTC)  # 00:30 on the 24th in Vietnam


def long_report(rows: int = 300, demo: bool = False, lang: str = "vi") -> ReportDocument:
    report = ReportDocument(
        title="Sổ theo dõi truy cập",
        subtitle="Từ 01/11/2026 đến 30/11/2026",
        profile=SHOP,
        printed_by="giamdoc",
        printed_at=PRINTED_AT,
        lang=lang,
        demo=demo,
        audit_head=AuditAnchor(4242, "ab" * 32),
    )
    report.add(
        Heading("Danh sách"),
        Paragraph("Khách hàng Nguyễn Thị Ánh Tuyết, số điện thoại 0903 123 456."),
        KeyValues((("Kỳ báo cáo", "tháng 11"),)),
        Table(
            headers=("Số", "Thời điểm", "Nhân viên", "Việc đã làm"),
            rows=tuple(
                (
                    str(i),
                    f"{1 + i % 28:02d}/11/2026 08:{i % 60:02d}",
                    "banhang1",
                    # Two lines per row, tagged, so a split row would show on the page text.
                    f"Mở hồ sơ khách hàng mã đầu{i}\nrồi in phiếu giao hàng mã cuối{i}",
                )
                for i in range(1, rows + 1)
            ),
            widths=(8, 22, 20, 50),
        ),
        Monospace("7K3QM-ZR8XD"),
        Signature("Người lập", "Trần Thị Bích Ngọc"),
    )
    return report


def test_long_table_spans_pages_with_page_numbers_and_header_row_on_each(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pages = write_pdf(long_report(), path)
    texts = pdf_pages(path)
    assert pages == len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        assert f"Trang {number}/{pages}" in text
        assert "Công ty TNHH Camera An Khang" in text  # running header
        assert "In bởi giamdoc lúc 24/11/2026 00:30" in text  # footer, shop time
        # The table's header row repeats wherever the table continues.
        if number > 1 and re.search(r"^\s*\d+\s+\d\d/11/2026", text, re.M):
            assert re.search(r"Số\s+Thời điểm\s+Nhân viên\s+Việc đã làm", text)
    all_text = "\n".join(texts)
    for i in (1, 150, 300):
        assert re.search(rf"^\s*{i}\s+\d\d/11/2026", all_text, re.M), i


def test_table_rows_are_never_split_across_pages(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    write_pdf(long_report(), path)
    seen: list[int] = []
    for text in pdf_pages(path):
        firsts = [int(n) for n in re.findall(r"mã đầu(\d+)", text)]
        lasts = [int(n) for n in re.findall(r"mã cuối(\d+)", text)]
        assert firsts == lasts  # both lines of every row on the same page
        seen.extend(firsts)
    assert seen == list(range(1, 301))


def test_demo_is_marked_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "demo.pdf"
    write_pdf(long_report(demo=True), path)
    texts = pdf_pages(path)
    assert len(texts) > 1
    assert all("DEMO" in t for t in texts)


def test_real_reports_carry_no_demo_mark(tmp_path: Path) -> None:
    path = tmp_path / "real.pdf"
    write_pdf(long_report(rows=5), path)
    assert "DEMO" not in pdf_text(path)


def test_vietnamese_text_and_embedded_fonts(tmp_path: Path) -> None:
    path = tmp_path / "vi.pdf"
    write_pdf(long_report(rows=5), path)
    text = pdf_text(path)
    assert "SỔ THEO DÕI TRUY CẬP" in text
    assert "Nguyễn Thị Ánh Tuyết" in text and "Trần Thị Bích Ngọc" in text
    assert "Ký, ghi rõ họ tên" in text
    fonts = pdf_fonts(path)
    assert ("BeVietnamPro-Regular", True) in fonts and ("BeVietnamPro-Bold", True) in fonts
    assert all(embedded for _, embedded in fonts)


def test_report_ends_with_the_audit_chain_head(tmp_path: Path) -> None:
    path = tmp_path / "anchor.pdf"
    write_pdf(long_report(rows=5), path)
    text = pdf_text(path)
    assert "ab" * 32 in text and "4242" in text
    assert text.rstrip().rindex("ab" * 32) > text.index("Người lập")


def test_phone_numbers_are_kept_on_one_line() -> None:
    assert unbreakable_numbers("gọi 0903 123 456 nhé") == "gọi 0903\u00a0123\u00a0456 nhé"
    assert unbreakable_numbers("+84 903 123 456") == "+84\u00a0903\u00a0123\u00a0456"
    assert unbreakable_numbers("phòng 2 tầng") == "phòng 2 tầng"
    assert unbreakable_numbers("(028) 3822 1234") == "(028)\u00a03822\u00a01234"
    # A date and its time may still part in a narrow column.
    assert unbreakable_numbers("23/11/2026 16:53") == "23/11/2026 16:53"
    assert unbreakable_numbers("ngày 23/11/2026 08 giờ") == "ngày 23/11/2026 08 giờ"


def _narrow_note(tmp_path: Path, words: int) -> str:
    report = ReportDocument("Điện thoại", SHOP, "giamdoc", PRINTED_AT)
    note = "Gọi " + "lại " * words + "số 0903 123 456 sau giờ trưa"
    report.add(Table(headers=("Tên", "Ghi chú"), rows=(("An", note),), widths=(80, 20)))
    path = tmp_path / f"narrow{words}.pdf"
    write_pdf(report, path)
    return pdf_text(path).replace("\u00a0", " ")


def _whole_on_one_line(text: str) -> bool:
    return any("0903 123 456" in " ".join(line.split()) for line in text.splitlines())


def test_phone_number_in_a_narrow_column_is_not_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # First find a note whose line would end inside the number if spaces were ordinary...
    monkeypatch.setattr(layout, "unbreakable_numbers", lambda text: text)
    words = next((n for n in range(12) if not _whole_on_one_line(_narrow_note(tmp_path, n))), None)
    assert words is not None
    monkeypatch.undo()
    # ...then the real report keeps it whole.
    assert _whole_on_one_line(_narrow_note(tmp_path, words))


def test_dates_are_day_month_year_in_vietnamese_and_shop_time() -> None:
    assert format_date(PRINTED_AT, "vi") == "24/11/2026"
    assert format_datetime(PRINTED_AT, "vi") == "24/11/2026 00:30"
    assert format_date(PRINTED_AT, "en") == "2026-11-24"


def test_english_footer(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    pages = write_pdf(long_report(rows=120, lang="en"), path)
    texts = pdf_pages(path)
    assert all(f"Page {n}/{pages}" in t for n, t in enumerate(texts, start=1))


def test_table_rows_must_match_the_header() -> None:
    with pytest.raises(ValueError):
        Table(headers=("a", "b"), rows=(("only one",),))
    with pytest.raises(ValueError):
        Table(headers=("a", "b"), rows=(), align=("left", "middle"))
