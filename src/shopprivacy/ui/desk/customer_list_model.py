"""The customer list as a Qt table model that loads one page at a time.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``), so a shop with
100,000 customers decrypts only the lines on screen. The model holds no rule: matching, order
and masking are the service's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from shopprivacy.services.desk_queries import DeskLine, DeskPage
from shopprivacy.ui.desk.labels import day_text

PAGE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
FirstPage = Callable[[str, int], DeskPage]
FetchPage = Callable[[str, int, int], list[DeskLine]]


class CustomerListModel(QAbstractTableModel):
    """``failed`` carries the error when the service refuses or a page cannot be read."""

    failed = Signal(object)
    COLUMNS = 6

    def __init__(
        self, first_page: FirstPage, fetch_page: FetchPage, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._first_page, self._fetch_page = first_page, fetch_page
        self._text = ""
        self._rows: list[DeskLine] = []
        self._total = 0
        self._more = False  # more lines than ``_total`` (the count stopped there)

    # -- loading --------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Start over for ``text``: the first page and the count at once (Enter opens the
        first line), later pages as the view scrolls."""
        self.beginResetModel()
        self._text, self._rows, self._more = text, [], False
        try:
            first = self._first_page(text, PAGE)
            self._rows, self._total, self._more = list(first.lines), first.total, first.more
        except Exception as exc:
            self._total = 0
            self.failed.emit(exc)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._text)

    @property
    def text(self) -> str:
        return self._text

    @property
    def total(self) -> int:
        return self._total

    @property
    def more(self) -> bool:
        """More customers match than ``total``."""
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and (len(self._rows) < self._total or self._more)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore(parent):
            return
        try:
            page = self._fetch_page(self._text, PAGE, len(self._rows))
        except Exception as exc:
            self._total = len(self._rows)  # stop asking; the screen explains
            self.failed.emit(exc)
            return
        if not page:
            self._total, self._more = len(self._rows), False  # the end, or erased since
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if self._more and len(page) < PAGE:  # a short page is the end of a list not counted
            self._total, self._more = len(self._rows), False

    # -- what the view shows --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def line(self, row: int) -> DeskLine:
        return self._rows[row]

    def customer_id(self, row: int) -> int:
        return self._rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line = self._rows[index.row()]
        if role == ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.ToolTipRole and line.summary.damaged:
            return self.tr("This record cannot be read. Open it to see what to do.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        s = line.summary
        column = index.column()
        if column == 0:
            return self.tr("⚠ Damaged record #{id}").format(id=s.id) if s.damaged else s.full_name
        return (
            s.phone,
            s.email,
            line.province,
            day_text(s.last_contact_at),
            day_text(line.retention_until),
        )[column - 1]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Full name"),
            self.tr("Phone"),
            self.tr("Email"),
            self.tr("Province"),
            self.tr("Last contact"),
            self.tr("Kept until"),
        )
        return headers[section] if 0 <= section < len(headers) else None
