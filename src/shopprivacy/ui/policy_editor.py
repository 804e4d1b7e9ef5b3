"""The privacy policy's text as the director edits it before publishing, with the name and the
effective date the version will carry. Used by the set-up wizard's last page and by the
director's policy screen.

Publishing can never happen by pressing Enter: the name and date fields swallow a plain Enter,
so only the publish button or Ctrl+Enter (wired by the owner) publishes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.widgets import MessageLabel, widen


def default_label(today: date) -> str:
    """A version name a shop recognises: the year and month it was written, e.g. 2026-12."""
    return f"{today:%Y-%m}"


def is_plain_enter(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class _NoEnter(QObject):
    """Keeps a plain Enter in a one-line field from reaching the dialog's default button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.KeyPress and is_plain_enter(event)


class PolicyEditor(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("policy_text")
        # Tab leaves the text (a policy needs no tab characters): keyboard users can move on.
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.label = QLineEdit(default_label(today))
        self.label.setObjectName("policy_label")
        self.label.setMaxLength(32)
        widen(self.label, 14)
        self.effective = DateField(today, today, field="effective_on")
        self.effective.setObjectName("policy_effective")
        self._no_enter = _NoEnter(self)
        for field in (self.label, self.effective):
            field.installEventFilter(self._no_enter)
        self.effective.edit.installEventFilter(self._no_enter)
        self.message = MessageLabel()
        self.message.setObjectName("policy_message")
        self.hint = QLabel(
            self.tr(
                "Written from the shop's settings. Change the wording as you need; "
                "a published version never changes afterwards."
            )
        )
        self.hint.setWordWrap(True)

        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Version name:"), self.label)
        row.addLayout(form)
        form2 = QFormLayout()
        form2.addRow(self.tr("In force from:"), self.effective)
        row.addLayout(form2)
        row.addStretch(1)
        # The text is Markdown (headings #, lists -, bold **): the preview shows it as
        # customers will read it in the PDF and on the website.
        self.preview = QTextBrowser()
        self.preview.setObjectName("policy_preview")
        self.views = QTabWidget()
        self.views.addTab(self.text, self.tr("Edit"))
        self.views.addTab(self.preview, self.tr("Preview"))
        self.views.currentChanged.connect(self._show_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.views, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setTabOrder(self.text, self.label)
        self.setTabOrder(self.label, self.effective)

    def _show_preview(self, index: int) -> None:
        if self.views.widget(index) is self.preview:
            self.preview.setMarkdown(self.text.toPlainText())

    def set_day(self, today: date) -> None:
        """The default name and effective date for a version written on ``today``."""
        self.label.setText(default_label(today))
        self.effective.today = today
        self.effective.set_value(today)

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def policy_text(self) -> str:
        return self.text.toPlainText()

    def label_text(self) -> str:
        return self.label.text().strip()

    def effective_on(self) -> date:
        """The date typed; ValidationError (field ``effective_on``) when it is not readable."""
        return self.effective.checked_value() or self.effective.today

    def focus_field(self, field: str | None) -> None:
        """After a refused publish, put the cursor where the reason points."""
        {"label": self.label, "effective_on": self.effective}.get(field or "", self.text).setFocus()
