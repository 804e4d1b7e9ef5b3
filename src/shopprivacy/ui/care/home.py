"""Customer care's home: the request queue by next deadline (acknowledgement or completion),
overdue in red and due within a day in amber, with the chosen request beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.request_queue import RequestCounts
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.care.new_request import NewRequestDialog
from shopprivacy.ui.care.queue_model import URGENCY_COLUMN, RequestQueueModel
from shopprivacy.ui.care.request_panel import RequestPanel
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph, scrolling


class CareHome(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.new_dialog: NewRequestDialog | None = None
        self.counts = paragraph("")
        self.counts.setObjectName("request_counts")
        self.error = MessageLabel()
        self.overdue_only = QCheckBox(self.tr("Only overdue"))
        self.overdue_only.setObjectName("overdue_only")
        self.show_closed = QCheckBox(self.tr("Show closed requests"))
        self.show_closed.setObjectName("show_closed")
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setObjectName("new_request")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refresh_requests")
        self.model = RequestQueueModel(self)
        self.table = QTableView()
        self.table.setObjectName("request_queue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Urgency (overdue) right after the number, so it is in view on a 1366-pixel screen
        # however long the rest; the customer's name gets a set width and is cut with "…".
        header.moveSection(URGENCY_COLUMN, 1)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 22)
        self.panel = RequestPanel(services, actor)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.overdue_only)
        bar.addWidget(self.show_closed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scrolling(self.panel))  # a tall form: it scrolls on a small screen
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Customer requests")))
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

        self.new_button.clicked.connect(self.open_new_request)
        self.refresh_button.clicked.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.show_closed.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.panel.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Reload the queue (audited by the service as a list read) and the counts."""
        self.error.clear_message()
        chosen = self.panel.info.id if self.panel.info else None
        try:
            items = self.services.requests.list_requests(
                self.actor,
                overdue=self.overdue_only.isChecked(),
                include_closed=self.show_closed.isChecked(),
            )
            counts = self.services.requests.counts(self.actor)
        except Exception as exc:
            self.error.show_error(error_text(exc))
            return
        self.model.set_items(items)
        self.counts.setText(self._counts_text(counts))
        for row, item in enumerate(items):
            if item.request.id == chosen:
                self.table.selectRow(row)

    def _counts_text(self, counts: RequestCounts) -> str:
        return self.tr(
            "{open} open · {overdue} overdue · {soon} due within a day · "
            "{waiting} waiting for the director"
        ).format(
            open=counts.open,
            overdue=counts.overdue,
            soon=counts.due_soon,
            waiting=counts.awaiting_approval,
        )

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.item(rows[0].row())
        if self.panel.info is None or self.panel.info.id != item.request.id:
            self.panel.load(item.request.id, item.who)

    def select_request(self, request_id: int) -> bool:
        for row, item in enumerate(self.model.items):
            if item.request.id == request_id:
                self.table.selectRow(row)
                return True
        return False

    def open_new_request(self) -> None:
        dialog = NewRequestDialog(self.services, self.actor, parent=self)
        dialog.opened.connect(self._opened)
        dialog.go_to.connect(self.go_to_request)
        self.new_dialog = dialog
        dialog.open()

    def go_to_request(self, request_id: int) -> None:
        """Show an open request (the one a duplicate was caught against)."""
        self.refresh()
        if not self.select_request(request_id):
            self.panel.load(request_id)

    def _opened(self, info: object) -> None:
        self.refresh()
        request_id = getattr(info, "id", None)
        if isinstance(request_id, int):
            self.select_request(request_id)
