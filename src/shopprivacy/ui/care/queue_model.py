"""The care queue as a Qt table: soonest deadline first, overdue rows red and due-within-a-day
rows amber, with the urgency also written out (never colour alone)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from shopprivacy.domain.deadlines import DeadlineKind, Urgency, local_text
from shopprivacy.domain.request_queue import QueueItem
from shopprivacy.domain.requests import HistoryKind, RequestInfo, RequestType, Status

Index = QModelIndex | QPersistentModelIndex

OVERDUE_BG = QColor("#ffcdd2")
DUE_SOON_BG = QColor("#ffe0b2")
PALE_ROWS = (Urgency.OVERDUE, Urgency.DUE_SOON)
URGENCY_COLUMN = 5


def shop_time(moment: datetime | None) -> str:
    return local_text(moment) if moment else ""


def erased(info: RequestInfo) -> bool:
    """The request's customer was erased (by this deletion or another): no name is left."""
    if info.type is RequestType.DELETION and info.status is Status.DONE:
        return True
    return any(h.kind is HistoryKind.CLOSED_BY_ERASURE for h in info.history)


class RequestQueueModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[QueueItem] = []

    def set_items(self, items: list[QueueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        return self.items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Customer"),
            self.tr("Request"),
            self.tr("Status"),
            self.tr("Next deadline"),
            self.tr("Urgency"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.urgency is Urgency.OVERDUE:
                return QBrush(OVERDUE_BG)
            if item.urgency is Urgency.DUE_SOON:
                return QBrush(DUE_SOON_BG)
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() in (0, URGENCY_COLUMN):
            # A warning sign beside the word, and at the row's start (the urgency column can be
            # scrolled out of view on a narrow screen): overdue never rests on colour alone.
            if item.urgency is Urgency.OVERDUE:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and item.urgency in PALE_ROWS:
            return QBrush(Qt.GlobalColor.black)  # dark text on the pale row, whatever the theme
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        req = item.request
        column = index.column()
        if column == 0:
            return str(req.id)
        if column == 1:
            who = item.who or (
                self.tr("(data erased)") if erased(item.request) else self.tr("(cannot be read)")
            )
            return f"#{req.customer_id} {who}" if req.customer_id else who
        if column == 2:
            return QCoreApplication.translate("requests", req.type.label)
        if column == 3:
            return QCoreApplication.translate("requests", req.status.label)
        if column == 4:
            if item.next_deadline is None:
                return ""
            kind = (
                self.tr("Acknowledge by")
                if item.next_deadline.kind is DeadlineKind.ACKNOWLEDGE
                else self.tr("Complete by")
            )
            return f"{kind} {shop_time(item.next_deadline.due)}"
        return self.urgency_text(item.urgency)

    def urgency_text(self, urgency: Urgency) -> str:
        return {
            Urgency.OVERDUE: self.tr("Overdue"),
            Urgency.DUE_SOON: self.tr("Due within a day"),
            Urgency.ON_TRACK: self.tr("On time"),
            Urgency.CLOSED: self.tr("Closed"),
        }[urgency]
