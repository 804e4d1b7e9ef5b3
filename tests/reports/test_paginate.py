"""Page-filling rules, as arithmetic: rows whole, header repeated, headings kept with their text."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.reports.paginate import Flow, Slice, paginate
from shopprivacy.reports.render import print_report
from tests.reports.conftest import pdf_pages
from tests.reports.test_render import long_report


def rows(n: int, height: float = 10.0, start: float = 0.0) -> tuple[Slice, ...]:
    return tuple(Slice(start + i * height, start + (i + 1) * height) for i in range(n))


def test_rows_fill_a_page_then_continue_under_a_repeated_header() -> None:
    table = Flow(rows(25, start=8), header=Slice(0, 8))
    pages = paginate([table], body_height=100)
    assert len(pages) == 3
    for page in pages:
        (placement,) = page
        assert placement.strips[0] == Slice(0, 8)  # the header on every page
        assert placement.height <= 100
    body_rows = [s for page in pages for s in page[0].strips[1:]]
    assert body_rows == list(rows(25, start=8))  # every row once, whole, in order


def test_a_row_that_does_not_fit_moves_to_the_next_page_whole() -> None:
    intro = Flow((Slice(0, 85),))
    table = Flow((Slice(0, 20), Slice(20, 30)))
    pages = paginate([intro, table], body_height=100)
    assert [p.strips for p in pages[1]] == [[Slice(0, 20), Slice(20, 30)]]


def test_a_heading_is_not_left_alone_at_the_foot_of_a_page() -> None:
    filler = Flow((Slice(0, 80),))
    heading = Flow((Slice(0, 10),), keep_with_next=True)
    table = Flow(rows(3, 15, start=12), header=Slice(0, 12))
    pages = paginate([filler, heading, table], body_height=100)
    assert [pl.piece for pl in pages[0]] == [0]
    assert [pl.piece for pl in pages[1]] == [1, 2]


def test_space_before_is_dropped_at_the_top_of_a_page() -> None:
    pages = paginate([Flow((Slice(0, 95),)), Flow((Slice(0, 50),), space_before=20)], 100)
    assert pages[1][0].y == 0


def test_a_page_break_starts_a_new_page() -> None:
    pages = paginate([Flow((Slice(0, 10),)), Flow((Slice(0, 10),), break_before=True)], 100)
    assert len(pages) == 2


def test_something_taller_than_a_page_is_cut_rather_than_lost() -> None:
    pages = paginate([Flow((Slice(0, 250),))], 100)
    strips = [s for page in pages for pl in page for s in pl.strips]
    assert strips[0].top == 0 and strips[-1].bottom == 250
    assert all(a.bottom == b.top for a, b in pairwise(strips))


def test_printing_pages_two_to_three_keeps_the_report_numbering(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "some.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    painted = print_report(long_report(rows=150), printer)
    texts = pdf_pages(tmp_path / "some.pdf")
    assert painted == 2 and len(texts) == 2
    assert "Trang 2/" in texts[0] and "Trang 3/" in texts[1]
