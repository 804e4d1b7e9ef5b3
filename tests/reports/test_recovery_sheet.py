"""The recovery sheet the director prints at set-up and locks away."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from shopprivacy.reports.recovery_sheet import print_recovery_sheet, write_recovery_sheet_pdf
from tests.conftest import SHOP
from tests.reports.conftest import pdf_fonts, pdf_text

CODE = "7K3QM-ZR8XD-T4WJN-0PB6H-Y2C9E-VA1GS"


def test_sheet_shows_the_code_in_groups_with_instructions_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "ma-khoi-phuc.pdf"
    write_recovery_sheet_pdf(path, SHOP, CODE, "giamdoc")
    text = pdf_text(path)
    assert "MÃ KHÔI PHỤC" in text
    assert "Mã khôi phục" in text or "mã khôi phục" in text
    assert "Công ty TNHH Camera An Khang" in text
    assert "Dùng mã khôi phục" in text
    assert "Mã chỉ dùng được một lần" in text  # a used code is spent: the sheet says so
    assert "shopprivacy-admin recover --director giamdoc" in text
    assert "--recovery-code" not in text  # a code on the command line shows in `ps`
    assert "Ký, ghi rõ họ tên" in text
    for group in CODE.split("-"):
        assert group in text
    assert "Trang 1/1" in text


def test_sheet_in_english_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "recovery.pdf"
    write_recovery_sheet_pdf(path, SHOP, CODE, "giamdoc", lang="en")
    text = pdf_text(path)
    assert "RECOVERY CODE" in text and "Use recovery code" in text
    assert "Page 1/1" in text


def test_sheet_embeds_the_vietnamese_font(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet_pdf(path, SHOP, CODE, "giamdoc")
    fonts = dict(pdf_fonts(path))
    assert fonts.get("BeVietnamPro-Regular") is True
    assert fonts.get("BeVietnamPro-Bold") is True
    assert all(embedded for embedded in fonts.values())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_sheet_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"an older sheet, world-readable")
    os.chmod(path, 0o644)
    write_recovery_sheet_pdf(path, SHOP, CODE, "giamdoc")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF")


def test_writing_the_sheet_leaves_no_other_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet_pdf(path, SHOP, CODE, "giamdoc")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial_file(tmp_path: Path) -> None:
    folder = tmp_path / "missing-folder"
    with pytest.raises(OSError):
        write_recovery_sheet_pdf(folder / "sheet.pdf", SHOP, CODE, "giamdoc")
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_sheet_prints_on_a_printer(tmp_path: Path) -> None:
    # The print dialog hands over a QPrinter; a PDF-file printer stands in for paper here.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_recovery_sheet(printer, SHOP, CODE, "giamdoc")
    text = pdf_text(out)
    assert "MÃ KHÔI PHỤC" in text and CODE.split("-")[0] in text
