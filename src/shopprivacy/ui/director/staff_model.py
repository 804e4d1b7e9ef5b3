"""A table model over the staff list the service returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopprivacy.domain.staff import ROLE_LABELS, StaffInfo
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
CTX = "StaffTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("StaffTableModel", "Login name"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Full name"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Role"),
    QT_TRANSLATE_NOOP("StaffTableModel", "State"),
    QT_TRANSLATE_NOOP("StaffTableModel", "Confidentiality undertaking"),
)


def state_text(info: StaffInfo) -> str:
    if info.damaged:
        return QCoreApplication.translate("StaffTableModel", "Record damaged")
    if not info.active:
        return QCoreApplication.translate("StaffTableModel", "Deactivated")
    if info.locked:
        return QCoreApplication.translate("StaffTableModel", "Locked")
    if info.must_change_password:
        return QCoreApplication.translate("StaffTableModel", "Active (must change password)")
    return QCoreApplication.translate("StaffTableModel", "Active")


def undertaking_text(info: StaffInfo) -> str:
    if info.undertaking is None:
        return QCoreApplication.translate("StaffTableModel", "⚠ Not recorded")
    return QCoreApplication.translate("StaffTableModel", "{version}, signed {day}").format(
        version=info.undertaking.version, day=f"{info.undertaking.signed_on:%d/%m/%Y}"
    )


class StaffTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StaffInfo] = []

    def set_rows(self, rows: list[StaffInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        info = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return info.username
        if column == 1:
            return info.full_name or ""
        if column == 2:
            return QCoreApplication.translate("roles", ROLE_LABELS[info.role])
        if column == 3:
            return state_text(info)
        return undertaking_text(info)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None
