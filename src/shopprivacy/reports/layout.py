"""Turn a ReportDocument's blocks into a paginated QTextDocument laid out for the output device.

Lengths in text formats (padding, borders, margins) are in 96-dpi pixels, which Qt scales to the
device; font sizes are in points. Tables repeat their header row on every page and Qt's layout
moves a row that would straddle a page break to the next page whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    Heading,
    KeyValues,
    Monospace,
    PageBreak,
    Paragraph,
    ReportDocument,
    Signature,
    Table,
)
from shopprivacy.reports.qt_runtime import FONT_FAMILY, mono_families
from shopprivacy.reports.text import format_datetime, tr, unbreakable_numbers

BODY_PT = 10.0
TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
GRID = QColor("#8a8f94")
HEADER_FILL = QColor("#e6e9ed")
STRIPE_FILL = QColor("#f6f7f9")
WARNING = QColor("#b3261e")


def char_format(
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    color: QColor = TEXT,
    mono: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if mono:
        fmt.setFontFamilies(mono_families())
        fmt.setFontFixedPitch(True)
    else:
        fmt.setFontFamilies([FONT_FAMILY])
    fmt.setFontPointSize(size)
    fmt.setFontWeight(700 if bold else 400)
    fmt.setFontItalic(italic)
    fmt.setForeground(QBrush(color))
    return fmt


def block_format(
    top: float = 0,
    bottom: float = 4,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setAlignment(align)
    return fmt


class _Writer:
    """Appends blocks at the end of the document; the first block reuses the empty one Qt makes."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.fresh = True

    def paragraph(self, text: str, cfmt: QTextCharFormat, bfmt: QTextBlockFormat) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if self.fresh:
            self.cursor.setBlockFormat(bfmt)
            self.cursor.setBlockCharFormat(cfmt)
            self.fresh = False
        else:
            self.cursor.insertBlock(bfmt, cfmt)
        self.cursor.insertText(unbreakable_numbers(text), cfmt)

    def table(self, rows: int, cols: int, fmt: QTextTableFormat) -> QTextTable:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.fresh:
            # A table needs its own block to start from, or it swallows the previous paragraph's
            # format.
            self.cursor.insertBlock(block_format(0, 0), char_format(2))
        self.fresh = False
        table = self.cursor.insertTable(rows, cols, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        return table

    def cell_text(
        self,
        table: QTextTable,
        row: int,
        col: int,
        text: str,
        cfmt: QTextCharFormat,
        align: Qt.AlignmentFlag | None = None,
    ) -> None:
        cell_cursor = table.cellAt(row, col).firstCursorPosition()
        if align is not None:
            cell_cursor.setBlockFormat(block_format(0, 0, align))
        lines = unbreakable_numbers(text).split("\n")
        for i, line in enumerate(lines):
            if i:
                cell_cursor.insertBlock(cell_cursor.blockFormat(), cfmt)
            cell_cursor.insertText(line, cfmt)


def _table_format(widths: tuple[float, ...] | None, cols: int, border: float) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    weights = widths or tuple(1.0 for _ in range(cols))
    total = sum(weights) or 1.0
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in weights]
    )
    fmt.setCellSpacing(0)
    fmt.setCellPadding(4)
    fmt.setBorder(border)
    fmt.setBorderCollapse(True)
    fmt.setBorderBrush(QBrush(GRID))
    fmt.setBorderStyle(
        QTextFrameFormat.BorderStyle.BorderStyle_Solid
        if border
        else QTextFrameFormat.BorderStyle.BorderStyle_None
    )
    fmt.setTopMargin(4)
    fmt.setBottomMargin(8)
    return fmt


def _fill(table: QTextTable, row: int, col: int, color: QColor) -> None:
    cell = table.cellAt(row, col)
    fmt = cell.format()
    fmt.setBackground(QBrush(color))
    cell.setFormat(fmt)


def _data_table(w: _Writer, block: Table) -> None:
    if not block.rows and block.empty_text:
        w.paragraph(block.empty_text, char_format(italic=True, color=MUTED), block_format(4, 8))
        return
    cols = len(block.headers)
    fmt = _table_format(block.widths, cols, 0.75)
    fmt.setHeaderRowCount(1)
    table = w.table(len(block.rows) + 1, cols, fmt)
    head = char_format(BODY_PT - 0.5, bold=True)
    cell = char_format(BODY_PT - 1)
    for c, text in enumerate(block.headers):
        w.cell_text(table, 0, c, text, head)
        _fill(table, 0, c, HEADER_FILL)
    for r, row in enumerate(block.rows, start=1):
        for c, text in enumerate(row):
            w.cell_text(table, r, c, text, cell)
            if r % 2 == 0:
                _fill(table, r, c, STRIPE_FILL)


def _key_values(w: _Writer, block: KeyValues) -> None:
    if not block.items:
        return
    table = w.table(len(block.items), 2, _table_format((32, 68), 2, 0))
    label = char_format(color=MUTED)
    value = char_format(bold=True)
    for r, (k, v) in enumerate(block.items):
        w.cell_text(table, r, 0, k, label)
        w.cell_text(table, r, 1, v, value)


def _boxed(w: _Writer, text: str, cfmt: QTextCharFormat, border: QColor, centre: bool) -> None:
    fmt = _table_format(None, 1, 1.5)
    fmt.setBorderBrush(QBrush(border))
    fmt.setCellPadding(10)
    fmt.setTopMargin(6)
    fmt.setBottomMargin(10)
    table = w.table(1, 1, fmt)
    align = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
    w.cell_text(table, 0, 0, text, cfmt, align)


def _signature(w: _Writer, block: Signature, lang: str) -> None:
    # One borderless row, so the caption, the space to sign and the name never part across pages.
    table = w.table(1, 2, _table_format((45, 55), 2, 0))
    cell = table.cellAt(0, 1).firstCursorPosition()
    centre = Qt.AlignmentFlag.AlignHCenter
    cell.setBlockFormat(block_format(14, 0, centre))
    cell.insertText(block.caption, char_format(bold=True))
    cell.insertBlock(block_format(0, 0, centre), char_format(BODY_PT - 1, italic=True))
    cell.insertText(
        tr(lang, QT_TRANSLATE_NOOP("reports", "(signature and full name)")),
        char_format(BODY_PT - 1, italic=True, color=MUTED),
    )
    cell.insertBlock(block_format(54, 0, centre), char_format())
    cell.insertText("." * 48, char_format(color=MUTED))
    if block.name:
        cell.insertBlock(block_format(2, 0, centre), char_format(bold=True))
        cell.insertText(block.name, char_format(bold=True))


def _title_block(w: _Writer, report: ReportDocument) -> None:
    p = report.profile
    w.paragraph(p.name, char_format(13, bold=True), block_format(0, 1))
    if p.address:
        w.paragraph(p.address, char_format(BODY_PT - 1, color=MUTED), block_format(0, 0))
    contact = []
    if p.phone:
        contact.append(
            tr(report.lang, QT_TRANSLATE_NOOP("reports", "Phone: {phone}"), phone=p.phone)
        )
    if p.email:
        contact.append(
            tr(report.lang, QT_TRANSLATE_NOOP("reports", "Email: {email}"), email=p.email)
        )
    if contact:
        w.paragraph("   ·   ".join(contact), char_format(BODY_PT - 1, color=MUTED), block_format())
    w.paragraph(report.title.upper(), char_format(16, bold=True), block_format(18, 2))
    if report.subtitle:
        w.paragraph(report.subtitle, char_format(11), block_format(0, 2))
    printed = tr(
        report.lang,
        QT_TRANSLATE_NOOP("reports", "Printed by {user} on {when}"),
        user=report.printed_by,
        when=format_datetime(report.printed_at, report.lang),
    )
    w.paragraph(printed, char_format(BODY_PT - 1, italic=True, color=MUTED), block_format(0, 10))
    if report.demo:
        _boxed(
            w,
            tr(
                report.lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "DEMO: made from the practice database. Not a record of real customers.",
                ),
            ),
            char_format(bold=True, color=WARNING),
            WARNING,
            centre=True,
        )


def _audit_anchor(w: _Writer, report: ReportDocument) -> None:
    anchor = report.audit_head
    if anchor is None:
        return
    lang = report.lang
    w.paragraph(
        tr(lang, QT_TRANSLATE_NOOP("reports", "Audit log head when this report was made")),
        char_format(11, bold=True),
        block_format(16, 2),
    )
    w.paragraph(
        tr(
            lang,
            QT_TRANSLATE_NOOP(
                "reports",
                "Entry no. {seq}. Keep this page: if the audit log is ever rewritten, this "
                "number and code will no longer match it.",
            ),
            seq=anchor.seq,
        ),
        char_format(BODY_PT - 1),
        block_format(0, 2),
    )
    w.paragraph(anchor.hash, char_format(BODY_PT - 0.5, mono=True), block_format(0, 4))


def build_text_document(
    report: ReportDocument, device: QPaintDevice, page_size: QSizeF
) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setPageSize(page_size)
    default = doc.defaultFont()
    default.setFamily(FONT_FAMILY)
    default.setPointSizeF(BODY_PT)
    doc.setDefaultFont(default)
    w = _Writer(doc)
    _title_block(w, report)
    for block in report.blocks:
        if isinstance(block, Heading):
            size = 12.5 if block.level <= 1 else 11
            w.paragraph(block.text, char_format(size, bold=True), block_format(12, 4))
        elif isinstance(block, Paragraph):
            _paragraph(w, block)
        elif isinstance(block, KeyValues):
            _key_values(w, block)
        elif isinstance(block, Table):
            _data_table(w, block)
        elif isinstance(block, Signature):
            _signature(w, block, report.lang)
        elif isinstance(block, Monospace):
            cfmt = char_format(22 if block.large else BODY_PT, bold=block.large, mono=True)
            if block.framed or block.large:
                _boxed(w, block.text, cfmt, GRID, centre=block.large)
            else:
                w.paragraph(block.text, cfmt, block_format(2, 6))
        elif isinstance(block, PageBreak):
            fmt = block_format(0, 0)
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
            w.paragraph("", char_format(2), fmt)
    _audit_anchor(w, report)
    return doc


def _paragraph(w: _Writer, block: Paragraph) -> None:
    if block.style == "warning":
        _boxed(w, block.text, char_format(bold=True, color=WARNING), WARNING, centre=False)
        return
    styles = {
        "small": (char_format(BODY_PT - 1.5, color=MUTED), block_format(0, 3)),
        "strong": (char_format(bold=True), block_format(8, 3)),
        "note": (char_format(italic=True, color=MUTED), block_format(2, 4)),
    }
    cfmt, bfmt = styles.get(block.style, (char_format(), block_format(0, 5)))
    w.paragraph(block.text, cfmt, bfmt)
