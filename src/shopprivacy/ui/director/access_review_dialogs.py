"""Marking an access-review flag reviewed, with a note (the service seals and logs it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.access_flags import Flag
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.text import format_datetime
from shopprivacy.services import Services
from shopprivacy.ui.director.access_review_model import screen_language, staff_name
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph, widen


def flag_text(flag: Flag, names: dict[int, str]) -> str:
    """One line naming the flag: when, who, what, how many entries."""
    if flag.count == 0:  # about the account itself, not entries of the log
        return QCoreApplication.translate(
            "AccessReviewPage", "{staff} · {what} (account made {time})"
        ).format(
            time=format_datetime(flag.at, screen_language()),
            staff=staff_name(flag.staff_id, names),
            what=QCoreApplication.translate("access_flags", flag.kind.label),
        )
    return QCoreApplication.translate(
        "AccessReviewPage", "{time} · {staff} · {what} (entries: {n}, from no. {seq})"
    ).format(
        time=format_datetime(flag.at, screen_language()),
        staff=staff_name(flag.staff_id, names),
        what=QCoreApplication.translate("access_flags", flag.kind.label),
        n=flag.count,
        seq=flag.first_seq,
    )


class FlagReviewDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        flag: Flag,
        names: dict[int, str],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.flag = services, actor, flag
        self.setWindowTitle(self.tr("Mark reviewed"))
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("review_note")
        self.note.setPlaceholderText(
            self.tr("What you checked and what you found, e.g. who asked for the export and why.")
        )
        widen(self.note, 60)
        self.message = MessageLabel()
        self.message.setObjectName("review_message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark reviewed"))
        self.ok_button.setObjectName("review_ok")
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(flag_text(flag, names)))
        layout.addWidget(
            paragraph(
                self.tr("Your note is stored encrypted and the review is written in the audit log.")
            )
        )
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self.services.access_review.mark_reviewed(
                self.actor, self.flag.key, self.note.toPlainText()
            )
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()
