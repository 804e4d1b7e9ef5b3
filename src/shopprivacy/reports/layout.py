"""Turn a ReportDocument's blocks into pieces: small QTextDocuments laid out for the output device
at the body's width, unpaginated, each with the strips the paginator may place (one per table row).

Lengths in text formats (padding, borders, margins) are in 96-dpi pixels, which Qt scales to the
device; font sizes are in points. Tables have no Qt borders: the renderer rules them itself at
the row edges it knows, so a table cut between pages still has clean lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    Block,
    Heading,
    KeyValues,
    Monospace,
    PageBreak,
    Paragraph,
    ReportDocument,
    Signature,
    Table,
)
from shopprivacy.reports.paginate import Flow, Slice
from shopprivacy.reports.qt_runtime import FONT_FAMILY, mono_families
from shopprivacy.reports.text import format_datetime, tr, unbreakable_numbers

BODY_PT = 10.0
TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
GRID = QColor("#8a8f94")
HEADER_FILL = QColor("#e6e9ed")
STRIPE_FILL = QColor("#f6f7f9")
WARNING = QColor("#b3261e")
CELL_PADDING = 4  # 96-dpi pixels
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
}


@dataclass
class Piece:
    doc: QTextDocument
    flow: Flow
    # Data tables get rules drawn between their strips by the renderer.
    ruled: bool = False


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
        tiny = char_format(1)
        if self.fresh:
            # Qt keeps an empty paragraph before a table at the start: make it hairline-thin.
            self.cursor.setBlockFormat(block_format(0, 0))
            self.cursor.setBlockCharFormat(tiny)
            self.fresh = False
        else:
            # A table needs its own block to start from, or it swallows the previous paragraph's
            # format.
            self.cursor.insertBlock(block_format(0, 0), tiny)
        table = self.cursor.insertTable(rows, cols, fmt)
        # ... and an empty paragraph after it, which should not add a line of space either.
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.cursor.setBlockFormat(block_format(0, 0))
        self.cursor.setBlockCharFormat(tiny)
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
        # An empty cell's line height comes from this format: keep rows even.
        cell_cursor.setBlockCharFormat(cfmt)
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
    fmt.setCellPadding(CELL_PADDING)
    fmt.setBorder(border)
    fmt.setBorderCollapse(True)
    fmt.setBorderBrush(QBrush(GRID))
    fmt.setBorderStyle(
        QTextFrameFormat.BorderStyle.BorderStyle_Solid
        if border
        else QTextFrameFormat.BorderStyle.BorderStyle_None
    )
    fmt.setMargin(0)
    return fmt


def _fill(table: QTextTable, row: int, col: int, color: QColor) -> None:
    cell = table.cellAt(row, col)
    fmt = cell.format()
    fmt.setBackground(QBrush(color))
    cell.setFormat(fmt)


def _boxed(w: _Writer, text: str, cfmt: QTextCharFormat, border: QColor, centre: bool) -> None:
    fmt = _table_format(None, 1, 1.5)
    fmt.setBorderBrush(QBrush(border))
    fmt.setCellPadding(10)
    table = w.table(1, 1, fmt)
    align = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
    w.cell_text(table, 0, 0, text, cfmt, align)


def _official_heading(w: _Writer, report: ReportDocument) -> None:
    """Issuer left, national heading right, both centred in their half; the title centred."""
    heading = report.official
    assert heading is not None
    centre = Qt.AlignmentFlag.AlignHCenter
    table = w.table(1, 2, _table_format((42, 58), 2, 0))
    w.cell_text(table, 0, 0, report.profile.name.upper(), char_format(10.5, bold=True), centre)
    cell = table.cellAt(0, 1).firstCursorPosition()
    cell.setBlockFormat(block_format(0, 0, centre))
    cell.insertText(heading.nation.upper(), char_format(10.5, bold=True))
    motto = char_format(11, bold=True)
    motto.setFontUnderline(True)
    cell.insertBlock(block_format(1, 0, centre), motto)
    cell.insertText(heading.motto, motto)
    right = Qt.AlignmentFlag.AlignRight
    w.paragraph(heading.place_date, char_format(italic=True), block_format(10, 0, right))
    w.paragraph(report.title.upper(), char_format(15, bold=True), block_format(16, 2, centre))
    if report.subtitle:
        w.paragraph(report.subtitle, char_format(11), block_format(0, 2, centre))


def _title_block(w: _Writer, report: ReportDocument) -> None:
    p = report.profile
    if report.official is not None:
        _official_heading(w, report)
        _printed_line(w, report)
        return
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
    _printed_line(w, report)


def _printed_line(w: _Writer, report: ReportDocument) -> None:
    printed = tr(
        report.lang,
        QT_TRANSLATE_NOOP("reports", "Printed by {user} on {when}"),
        user=report.printed_by,
        when=format_datetime(report.printed_at, report.lang),
    )
    w.paragraph(printed, char_format(BODY_PT - 1, italic=True, color=MUTED), block_format(0, 4))
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
        block_format(0, 2),
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
    w.paragraph(anchor.hash, char_format(BODY_PT - 0.5, mono=True), block_format(0, 0))


def _signature(w: _Writer, block: Signature, lang: str) -> None:
    table = w.table(1, 2, _table_format((45, 55), 2, 0))
    cell = table.cellAt(0, 1).firstCursorPosition()
    centre = Qt.AlignmentFlag.AlignHCenter
    cell.setBlockFormat(block_format(0, 0, centre))
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


def _paragraph(w: _Writer, block: Paragraph) -> None:
    if block.style == "warning":
        _boxed(w, block.text, char_format(bold=True, color=WARNING), WARNING, centre=False)
        return
    styles = {
        "small": char_format(BODY_PT - 1.5, color=MUTED),
        "strong": char_format(bold=True),
        "note": char_format(italic=True, color=MUTED),
        "dateline": char_format(italic=True),
    }
    align = Qt.AlignmentFlag.AlignRight if block.style == "dateline" else Qt.AlignmentFlag.AlignLeft
    w.paragraph(block.text, styles.get(block.style, char_format()), block_format(0, 0, align))


class PieceBuilder:
    """Makes one QTextDocument per piece, laid out for ``device`` at ``width`` device pixels."""

    def __init__(self, report: ReportDocument, device: QPaintDevice, width: float) -> None:
        self.report = report
        self.device = device
        self.width = width
        self.px_per_pt = device.logicalDpiY() / 72.0

    def new_doc(self) -> tuple[QTextDocument, _Writer]:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setTextWidth(self.width)
        font = doc.defaultFont()
        font.setFamily(FONT_FAMILY)
        font.setPointSizeF(BODY_PT)
        doc.setDefaultFont(font)
        writer = _Writer(doc)
        # One edit block per piece: Qt lays it out once, not after every cell.
        writer.cursor.beginEditBlock()
        return doc, writer

    def whole(self, doc: QTextDocument, w: _Writer, space_pt: float, keep: bool = False) -> Piece:
        w.cursor.endEditBlock()
        height = doc.documentLayout().documentSize().height()
        flow = Flow((Slice(0.0, height),), None, space_pt * self.px_per_pt, keep)
        return Piece(doc, flow)

    def rows(
        self,
        doc: QTextDocument,
        w: _Writer,
        table: QTextTable,
        header: bool,
        space_pt: float,
    ) -> Piece:
        """A table piece: one strip per row, found from where Qt put each cell's text."""
        w.cursor.endEditBlock()
        layout = doc.documentLayout()
        layout.documentSize()  # lays the document out
        pad = CELL_PADDING * self.device.logicalDpiY() / 96.0
        edges: list[Slice] = []
        for r in range(table.rows()):
            top = min(
                layout.blockBoundingRect(table.cellAt(r, c).firstCursorPosition().block()).top()
                for c in range(table.columns())
            )
            bottom = max(
                layout.blockBoundingRect(table.cellAt(r, c).lastCursorPosition().block()).bottom()
                for c in range(table.columns())
            )
            edges.append(Slice(top - pad, bottom + pad))
        # Neighbouring rows share an edge: the next row's top (cells align to their row's top).
        strips = [
            Slice(e.top, edges[i + 1].top if i + 1 < len(edges) else e.bottom)
            for i, e in enumerate(edges)
        ]
        head = strips[0] if header else None
        bands = tuple(strips[1:] if header else strips)
        return Piece(doc, Flow(bands, head, space_pt * self.px_per_pt), ruled=header)

    def block(self, block: Block) -> Piece | None:
        doc, w = self.new_doc()
        lang = self.report.lang
        if isinstance(block, Heading):
            size = 12.5 if block.level <= 1 else 11
            w.paragraph(block.text, char_format(size, bold=True), block_format(0, 0))
            return self.whole(doc, w, 12 if block.level <= 1 else 9, keep=True)
        if isinstance(block, Paragraph):
            _paragraph(w, block)
            space = (
                8 if block.style in ("strong", "warning") else 3 if block.style == "small" else 6
            )
            return self.whole(doc, w, space, keep=block.style == "strong")
        if isinstance(block, KeyValues):
            if not block.items:
                return None
            table = w.table(len(block.items), 2, _table_format((32, 68), 2, 0))
            for r, (k, v) in enumerate(block.items):
                w.cell_text(table, r, 0, k, char_format(color=MUTED))
                w.cell_text(table, r, 1, v, char_format(bold=True))
            return self.rows(doc, w, table, header=False, space_pt=6)
        if isinstance(block, Table):
            return self.table(doc, w, block)
        if isinstance(block, Signature):
            _signature(w, block, lang)
            return self.whole(doc, w, 14)
        if isinstance(block, Monospace):
            cfmt = char_format(22 if block.large else BODY_PT, bold=block.large, mono=True)
            if block.framed or block.large:
                _boxed(w, block.text, cfmt, GRID, centre=block.large)
            else:
                w.paragraph(block.text, cfmt, block_format(0, 0))
            return self.whole(doc, w, 6 if block.large else 2)
        return None

    def table(self, doc: QTextDocument, w: _Writer, block: Table) -> Piece:
        if not block.rows:
            w.paragraph(
                block.empty_text or "-", char_format(italic=True, color=MUTED), block_format()
            )
            return self.whole(doc, w, 4)
        cols = len(block.headers)
        fmt = _table_format(block.widths, cols, 0)
        fmt.setHeaderRowCount(1)
        table = w.table(len(block.rows) + 1, cols, fmt)
        head = char_format(BODY_PT - 0.5, bold=True)
        cell = char_format(BODY_PT - 1)
        aligns = [_ALIGN[a] for a in block.align] if block.align else [None] * cols
        for c, text in enumerate(block.headers):
            w.cell_text(table, 0, c, text, head, aligns[c])
            _fill(table, 0, c, HEADER_FILL)
        for r, row in enumerate(block.rows, start=1):
            for c, text in enumerate(row):
                w.cell_text(table, r, c, text, cell, aligns[c])
                if r % 2 == 0:
                    _fill(table, r, c, STRIPE_FILL)
        return self.rows(doc, w, table, header=True, space_pt=6)

    def title(self) -> Piece:
        doc, w = self.new_doc()
        _title_block(w, self.report)
        return self.whole(doc, w, 0)

    def anchor(self) -> Piece | None:
        if self.report.audit_head is None:
            return None
        doc, w = self.new_doc()
        _audit_anchor(w, self.report)
        return self.whole(doc, w, 18)


def build_pieces(report: ReportDocument, device: QPaintDevice, width: float) -> list[Piece]:
    builder = PieceBuilder(report, device, width)
    pieces = [builder.title()]
    break_next = False
    for block in report.blocks:
        if isinstance(block, PageBreak):
            break_next = True
            continue
        piece = builder.block(block)
        if piece is None:
            continue
        if break_next:
            piece.flow = Flow(
                piece.flow.bands,
                piece.flow.header,
                piece.flow.space_before,
                piece.flow.keep_with_next,
                break_before=True,
            )
            break_next = False
        pieces.append(piece)
    anchor = builder.anchor()
    if anchor is not None:
        pieces.append(anchor)
    return pieces
