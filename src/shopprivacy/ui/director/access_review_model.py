"""Qt table models over the access review: the entries, and one row per staff account.

Wording comes from the reports' labels (the same names the printed review uses), in the
language the screens are showing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopprivacy.domain.audit import Action, AuditRecord
from shopprivacy.domain.staff import ROLE_LABELS
from shopprivacy.reports.labels import action_label, target_label
from shopprivacy.reports.text import format_datetime
from shopprivacy.services.access_review import StaffSummary

CTX = "AccessReviewModel"
Index = QModelIndex | QPersistentModelIndex


def screen_language() -> str:
    """The language the screens are in now (dates and labels follow it)."""
    probe = "Records opened"
    return "en" if QCoreApplication.translate(CTX, probe) == probe else "vi"


def staff_name(staff_id: int | None, names: dict[int, str]) -> str:
    if staff_id is None:
        return QCoreApplication.translate(CTX, "(no account)")
    return names.get(staff_id, f"#{staff_id}")


def record_text(e: AuditRecord, lang: str) -> str:
    text = target_label(e.target_type, e.target_id, lang)
    permission = e.detail.get("permission")
    if e.action == Action.PERMISSION_REFUSED and isinstance(permission, str):
        text = f"{text}, {permission}" if text else permission
    return text


class EntriesModel(QAbstractTableModel):
    """Audit entries, newest first: number, shop time, staff, action, record."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str]] = []
        self.entries: list[AuditRecord] = []

    def set_entries(self, entries: list[AuditRecord], names: dict[int, str]) -> None:
        lang = screen_language()
        self.beginResetModel()
        self.entries = entries
        self._rows = [
            (
                str(e.seq),
                format_datetime(e.at, lang),
                staff_name(e.staff_id, names),
                action_label(e.action, lang),
                record_text(e, lang),
            )
            for e in entries
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _entry_headers()[section]
        return None


def _entry_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate(CTX, "No."),
        QCoreApplication.translate(CTX, "Time"),
        QCoreApplication.translate(CTX, "Staff"),
        QCoreApplication.translate(CTX, "Action"),
        QCoreApplication.translate(CTX, "Record"),
    )


def _summary_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate(CTX, "Staff"),
        QCoreApplication.translate(CTX, "Actions"),
        QCoreApplication.translate(CTX, "Records opened"),
        QCoreApplication.translate(CTX, "Most in one day"),
        QCoreApplication.translate(CTX, "Prints"),
        QCoreApplication.translate(CTX, "Exports"),
        QCoreApplication.translate(CTX, "Failed sign-ins"),
        QCoreApplication.translate(CTX, "Refused"),
    )


class SummaryModel(QAbstractTableModel):
    """One row per account, quiet ones included."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_summaries(self, summaries: list[StaffSummary]) -> None:
        self.beginResetModel()
        self._rows = [_summary_row(s) for s in summaries]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _summary_headers()[section]
        return None


def _summary_row(s: StaffSummary) -> tuple[str, ...]:
    if s.staff_id is None:
        who = QCoreApplication.translate(CTX, "(unknown login names)")
    else:
        who = s.username
        if s.role is not None:
            who += f" ({QCoreApplication.translate('roles', ROLE_LABELS[s.role])})"
        if not s.active:
            who += " – " + QCoreApplication.translate(CTX, "deactivated")
        elif s.locked:
            who += " – " + QCoreApplication.translate(CTX, "locked")
    return (
        who,
        str(s.actions),
        str(s.opened),
        str(s.busiest_day),
        str(s.prints),
        str(s.exports),
        str(s.failed_logins),
        str(s.refused),
    )
