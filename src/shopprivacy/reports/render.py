"""Paint a ReportDocument on A4 pages: to a PDF file or to the printer the print dialog chose.

The body is laid out by a QTextDocument whose page is the sheet minus our own header and footer
bands; we then paint each page ourselves so the running header (shop, title), the footer (page
x/y, who printed it and when, DEMO) and the demo watermark are on every page. Only QtGui and
QtPrintSupport are used, so this runs on a worker thread and without a display.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import ReportDocument
from shopprivacy.reports.layout import Piece, build_pieces
from shopprivacy.reports.paginate import Placement, paginate
from shopprivacy.reports.qt_runtime import body_font, ensure_gui_application
from shopprivacy.reports.text import format_datetime, tr, unbreakable_numbers

PDF_DPI = 300
# Millimetres: left, top, right, bottom. Generous enough for any office printer's dead zone.
MARGINS_MM = QMarginsF(16, 12, 16, 12)
HEADER_PT = 8.5
FOOTER_PT = 8.5
RULE = QColor("#c3c7cc")
RULE_DARK = QColor("#5f6368")
MUTED = QColor("#555555")
DEMO_RED = QColor("#c62828")


def render_pdf_bytes(report: ReportDocument) -> tuple[bytes, int]:
    """The report as PDF bytes (A4, fonts embedded) and its page count."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(report.title)
    writer.setCreator("shopprivacy")
    pages = paint_report(report, writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(report: ReportDocument, path: Path) -> int:
    """Write the report to ``path`` and return its page count.

    Reports carry personal data (and the recovery sheet a key), so the file is created owner-only
    where the OS supports it, filled through a temporary file in the same folder and then moved
    into place: a reader never sees half a report and a failure leaves the old file intact.
    """
    content, pages = render_pdf_bytes(report)
    atomic_private_write(path, content)
    return pages


def atomic_private_write(path: Path, content: bytes) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    # mkstemp creates the file with mode 0o600 on POSIX, before a single byte is written.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    if os.name == "posix":
        os.chmod(path, 0o600)


def print_report(report: ReportDocument, printer: QPrinter) -> int:
    """Print on the printer the print dialog set up; returns the number of pages sent."""
    ensure_gui_application()
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(report.title)
    wanted = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        # The dialog's "pages 2 to 3": numbering stays that of the whole report.
        wanted = range(printer.fromPage(), max(printer.fromPage(), printer.toPage()) + 1)
    return paint_report(report, printer, wanted)


def paint_report(
    report: ReportDocument, device: QPagedPaintDevice, wanted: range | None = None
) -> int:
    """Lay the report out for ``device`` and paint its pages (those numbered in ``wanted``, from
    1, or all); returns the number of pages painted."""
    width, height = float(device.width()), float(device.height())
    px_per_pt = device.logicalDpiY() / 72.0
    header_h = QFontMetricsF(body_font(HEADER_PT, bold=True), device).height() + 5 * px_per_pt
    footer_h = QFontMetricsF(body_font(FOOTER_PT), device).height() * 2 + 6 * px_per_pt
    gap = 8 * px_per_pt
    body = QRectF(0, header_h + gap, width, height - header_h - footer_h - 2 * gap)

    pieces = build_pieces(report, device, body.width())
    pages = paginate([p.flow for p in pieces], body.height())

    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("the printer or PDF file could not be opened for painting")
    painted = 0
    try:
        for number, placements in enumerate(pages):
            if wanted is not None and number + 1 not in wanted:
                continue
            if painted:
                device.newPage()
            painted += 1
            for placement in placements:
                _paint_placement(painter, pieces[placement.piece], placement, body, px_per_pt)
            if report.demo:
                _paint_watermark(painter, report, body)
            _paint_header(painter, report, width, header_h, px_per_pt)
            _paint_footer(painter, report, width, height, footer_h, number, len(pages), px_per_pt)
    finally:
        painter.end()
    return painted


def _paint_placement(
    painter: QPainter, piece: Piece, placement: Placement, body: QRectF, px_per_pt: float
) -> None:
    """Draw the placement's strips of the piece stacked down the page; rule table rows."""
    y = body.top() + placement.y
    edges: list[float] = [y]
    for strip in placement.strips:
        painter.save()
        painter.translate(body.left(), y - strip.top)
        piece.doc.drawContents(painter, QRectF(0, strip.top, body.width(), strip.height))
        painter.restore()
        y += strip.height
        edges.append(y)
    if not piece.ruled:
        return
    painter.save()
    strong = QPen(RULE_DARK, 0.9 * px_per_pt)
    light = QPen(RULE, 0.4 * px_per_pt)
    left, right = body.left(), body.right()
    for i, edge in enumerate(edges):
        outer = i in (0, len(edges) - 1) or (placement.has_header and i == 1)
        painter.setPen(strong if outer else light)
        painter.drawLine(QPointF(left, edge), QPointF(right, edge))
    painter.restore()


def _paint_header(
    painter: QPainter, report: ReportDocument, width: float, header_h: float, px_per_pt: float
) -> None:
    painter.save()
    line_y = header_h - 2 * px_per_pt
    text_rect = QRectF(0, 0, width, line_y - 2 * px_per_pt)
    painter.setPen(MUTED)
    painter.setFont(body_font(HEADER_PT))
    title_w = painter.fontMetrics().horizontalAdvance(report.title)
    right_w = min(width * 0.45, title_w + 4 * px_per_pt)
    painter.drawText(
        QRectF(width - right_w, 0, right_w, text_rect.height()),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        painter.fontMetrics().elidedText(report.title, Qt.TextElideMode.ElideRight, int(right_w)),
    )
    painter.setPen(QColor("#222222"))
    painter.setFont(body_font(HEADER_PT, bold=True))
    left_w = width - right_w - 8 * px_per_pt
    painter.drawText(
        QRectF(0, 0, left_w, text_rect.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        painter.fontMetrics().elidedText(
            report.profile.name, Qt.TextElideMode.ElideRight, int(left_w)
        ),
    )
    painter.setPen(QPen(RULE, 0.6 * px_per_pt))
    painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
    painter.restore()


def _paint_footer(
    painter: QPainter,
    report: ReportDocument,
    width: float,
    height: float,
    footer_h: float,
    page: int,
    pages: int,
    px_per_pt: float,
) -> None:
    lang = report.lang
    painter.save()
    top = height - footer_h
    painter.setPen(QPen(RULE, 0.6 * px_per_pt))
    painter.drawLine(QPointF(0, top + 2 * px_per_pt), QPointF(width, top + 2 * px_per_pt))
    band = QRectF(0, top + 4 * px_per_pt, width, footer_h - 4 * px_per_pt)
    third = width / 3
    painter.setFont(body_font(FOOTER_PT))
    painter.setPen(MUTED)
    printed = tr(
        lang,
        QT_TRANSLATE_NOOP("reports", "Printed by {user} on {when}"),
        user=report.printed_by,
        when=format_datetime(report.printed_at, lang),
    )
    painter.drawText(
        QRectF(band.left(), band.top(), third * 1.4, band.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
        unbreakable_numbers(printed),
    )
    painter.setPen(QColor("#222222"))
    painter.setFont(body_font(FOOTER_PT + 0.5, bold=True))
    painter.drawText(
        QRectF(width - third, band.top(), third, band.height()),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Page {page}/{pages}"), page=page + 1, pages=pages),
    )
    if report.demo:
        painter.setPen(DEMO_RED)
        painter.setFont(body_font(FOOTER_PT + 4, bold=True))
        painter.drawText(
            QRectF(third * 1.4, band.top(), width - third * 2.4, band.height()),
            int(Qt.AlignmentFlag.AlignCenter),
            tr(lang, QT_TRANSLATE_NOOP("reports", "DEMO")),
        )
    painter.restore()


def _paint_watermark(painter: QPainter, report: ReportDocument, body: QRectF) -> None:
    """A pale diagonal word across the page: a demo printout must never pass for a real one."""
    painter.save()
    painter.translate(body.center())
    painter.rotate(-35)
    color = QColor(DEMO_RED)
    color.setAlpha(46)
    painter.setPen(color)
    painter.setFont(body_font(110, bold=True))
    text = tr(report.lang, QT_TRANSLATE_NOOP("reports", "DEMO"))
    span = body.width() + body.height()
    painter.drawText(
        QRectF(-span / 2, -span / 4, span, span / 2), int(Qt.AlignmentFlag.AlignCenter), text
    )
    painter.restore()
