"""Two desks edited the same customer: show both versions side by side and let the user choose.
Nothing is overwritten without that choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.customers import CustomerDetails, CustomerDraft
from shopprivacy.ui.desk.labels import contact_label, day_text, source_label
from shopprivacy.ui.widgets import paragraph


def draft_text(draft: CustomerDraft) -> str:
    """The draft as plain lines a person compares: one field per line."""
    lines = [draft.full_name]
    lines += [f"{contact_label(p.kind)}: {p.value}" for p in draft.contacts if p.value.strip()]
    lines += [a.one_line() for a in draft.addresses if not a.is_empty()]
    if draft.birth_date:
        lines.append(
            QCoreApplication.translate("ConflictDialog", "Born {day}").format(
                day=day_text(draft.birth_date)
            )
        )
    lines.append(source_label(draft.source))
    if draft.guardian is not None and draft.guardian.name.strip():
        lines.append(
            QCoreApplication.translate("ConflictDialog", "Guardian: {name}").format(
                name=draft.guardian.name
            )
        )
    if draft.notes.strip():
        lines.append(draft.notes.strip())
    return "\n".join(lines)


class ConflictDialog(QDialog):
    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(
        self, mine: CustomerDraft, theirs: CustomerDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed at another desk"))
        grid = QGridLayout()
        for column, (title, text) in enumerate(
            (
                (self.tr("Your version (not saved yet)"), draft_text(mine)),
                (
                    self.tr("Saved at another desk (version {n})").format(n=theirs.version),
                    draft_text(theirs.draft()),
                ),
            )
        ):
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            view.setObjectName("mine_text" if column == 0 else "theirs_text")
            grid.addWidget(QLabel(title), 0, column)
            grid.addWidget(view, 1, column)
        self.keep_button = QPushButton(self.tr("Save my version over it"))
        self.keep_button.setObjectName("keep_mine")
        self.take_button = QPushButton(self.tr("Use the saved version"))
        self.take_button.setObjectName("take_theirs")
        self.back_button = QPushButton(self.tr("Back to my changes"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.keep_button, self.take_button, self.back_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Someone saved this customer at another desk while you were editing. "
                    "Compare the two versions and choose which one to keep."
                )
            )
        )
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.keep_button.clicked.connect(self._keep)
        self.take_button.clicked.connect(self._take)
        self.back_button.clicked.connect(self.reject)
        self.back_button.setDefault(True)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 20)

    def _keep(self) -> None:
        self.accept()
        self.keep_mine.emit()

    def _take(self) -> None:
        self.accept()
        self.take_theirs.emit()
