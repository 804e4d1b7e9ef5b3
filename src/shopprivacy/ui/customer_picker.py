"""Choosing several customers the way the desk finds one: type a name (accents optional) or the
last digits of a phone, then add the right lines to the list of those chosen.

The search is the desk's own (``DeskQueries`` and its list model): same matching, masking and
audit. Enter in the search box searches and Enter on a found line adds it; neither ever presses
the dialog's OK button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.services.desk_queries import DeskLine, DeskPage, DeskQueries
from shopprivacy.ui.desk.customer_list_model import CustomerListModel
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, widen

DEBOUNCE_MS = 250
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SHOWN_COLUMNS = 4  # name, phone, email, province: enough to tell two Nguyễn Văn Ánh apart


class CustomerPicker(QWidget):
    """``changed`` fires when a customer is added to or removed from the chosen list."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.queries = DeskQueries(services.vault)
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Name (accents optional) or last digits of phone"))
        self.search.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("find_customers")
        self.find_button.setAutoDefault(False)
        self.model = CustomerListModel(self._first_page, self._page, self)
        self.found = QTableView()
        self.found.setObjectName("found_customers")
        self.found.setModel(self.model)
        self.found.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.found.verticalHeader().hide()
        header = self.found.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(SHOWN_COLUMNS, CustomerListModel.COLUMNS):
            self.found.hideColumn(column)
        self.add_button = QPushButton(self.tr("Add ▸"))
        self.add_button.setObjectName("add_customer")
        self.remove_button = QPushButton(self.tr("◂ Remove"))
        self.remove_button.setObjectName("remove_customer")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosen_customers")
        self.status = QLabel()
        self.status.setObjectName("picker_status")
        self.message = MessageLabel()
        self.message.setObjectName("picker_message")

        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.find_button)
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lists = QHBoxLayout()
        lists.addWidget(self.found, 3)
        lists.addLayout(buttons)
        lists.addWidget(self.chosen, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(self.status)
        layout.addLayout(lists)
        layout.addWidget(self.message)
        widen(self.search, 36)
        widen(self.found, 64)
        widen(self.chosen, 34)
        rows = self.fontMetrics().height() * 7
        self.found.setMinimumHeight(rows)
        self.chosen.setMinimumHeight(rows)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.search.installEventFilter(self)
        self.found.installEventFilter(self)
        self.chosen.installEventFilter(self)
        self.find_button.clicked.connect(self.run_search)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.found.doubleClicked.connect(lambda index: self.add_row(index.row()))
        self.model.failed.connect(lambda exc: self.message.show_error(error_text(exc)))
        self.run_search()

    # -- the desk's search ------------------------------------------------------------------

    def _first_page(self, text: str, limit: int) -> DeskPage:
        return self.queries.first_page(self.actor, text, limit)

    def _page(self, text: str, limit: int, offset: int) -> list[DeskLine]:
        return self.queries.list_page(self.actor, text, limit, offset)

    def run_search(self) -> None:
        self.timer.stop()
        self.message.clear_message()
        text = self.search.text().strip()
        self.model.set_query(text)  # nothing typed: the newest customers, as at the desk
        if self.model.rowCount():
            self.found.selectRow(0)
            found = (
                self.tr("{n} or more found: type more to narrow the list")
                if self.model.more
                else self.tr("{n} found")
            )
            self.status.setText(found.format(n=self.model.total))
        else:
            self.status.setText(self.tr("No customer matches “{text}”.").format(text=text))

    # -- the chosen list --------------------------------------------------------------------

    def chosen_ids(self) -> tuple[int, ...]:
        items = [self.chosen.item(i) for i in range(self.chosen.count())]
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items)

    def add_current(self) -> None:
        index = self.found.currentIndex()
        self.add_row(index.row() if index.isValid() else 0)

    def add_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        line = self.model.line(row)
        if line.id in self.chosen_ids():
            return
        s = line.summary
        text = "  ".join(v for v in (f"#{s.id}", s.full_name, s.phone, line.province) if v)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, line.id)
        self.chosen.addItem(item)
        self.chosen.setCurrentItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in ENTER_KEYS:
                self.run_search()
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self.found.setFocus()
                return True
            if watched is self.found and key in ENTER_KEYS:
                self.add_current()
                return True
            if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)
