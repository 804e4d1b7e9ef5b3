"""Dialogs of the breach register: record a new breach, and record a step (A05 notified,
customers notified, closed). They collect what the director types and call the breach service
in a worker; the rules (times in order, required texts, steps in order) are the service's."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.breaches import CTX, BreachInfo, BreachStatus, DataCategory, NewBreach
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.customer_picker import CustomerPicker
from shopprivacy.ui.date_field import DateTimeEdit
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.widgets import MessageLabel, ok_cancel_buttons, paragraph, widen
from shopprivacy.ui.workers import Workers


def time_edit(moment: datetime, name: str) -> DateTimeEdit:
    """A date-and-time field showing ``moment`` on the shop's clock (dd/MM/yyyy HH:mm)."""
    edit = DateTimeEdit(moment.astimezone(SHOP_ZONE))
    edit.setObjectName(name)
    return edit


def edited_time(edit: QDateTimeEdit) -> datetime:
    """What the field shows, read as shop time and turned into UTC."""
    d, t = edit.date(), edit.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SHOP_ZONE)
    return local.astimezone(UTC)


class SaveOnlyOnPurpose(QDialog):
    """Enter alone never records anything (it searches, or starts a new line); the save button
    or Ctrl+Enter does. A register entry cannot be taken back."""

    def submit(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * 4)
    return box


class NewBreachDialog(SaveOnlyOnPurpose):
    """Calls ``BreachService.record_breach``; ``recorded`` holds the new breach after OK."""

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.recorded: BreachInfo | None = None
        self.setWindowTitle(self.tr("Record a data breach"))
        now = services.vault.now()
        self.happened = time_edit(now, "happened_at")
        self.found = time_edit(now, "found_at")
        self.categories: dict[DataCategory, QCheckBox] = {}
        grid = QGridLayout()
        for n, category in enumerate(DataCategory):
            box = QCheckBox(QCoreApplication.translate(CTX, category.label))
            box.setObjectName(f"category_{category}")
            self.categories[category] = box
            grid.addWidget(box, n // 3, n % 3)
        self.all_customers = QRadioButton(self.tr("All customers"))
        self.all_customers.setObjectName("all_customers")
        self.some_customers = QRadioButton(self.tr("Only the customers chosen below"))
        self.some_customers.setObjectName("some_customers")
        group = QButtonGroup(self)
        group.addButton(self.all_customers)
        group.addButton(self.some_customers)
        self.all_customers.setChecked(True)
        # Found by name or the end of the phone, as at the desk: nobody knows record numbers.
        self.customers = CustomerPicker(services, actor)
        self.customers.setObjectName("breach_customers")
        self.customers.changed.connect(self._customers_changed)
        self.description = _text_box("description")
        self.measures = _text_box("measures")
        self.message = MessageLabel()
        self.message.setObjectName("breach_message")
        self.buttons = ok_cancel_buttons(self.tr("Record"), self.tr("Cancel"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Happened (about):"), self.happened)
        form.addRow(self.tr("Found:"), self.found)
        form.addRow(
            paragraph(
                self.tr(
                    "The law gives 72 hours from finding the breach to notify A05, weekends "
                    "and holidays included."
                )
            )
        )
        form.addRow(self.tr("Data affected:"), grid)
        form.addRow(self.tr("Customers affected:"), self.all_customers)
        form.addRow(QLabel(), self.some_customers)
        form.addRow(self.customers)
        form.addRow(self.tr("What happened:"), self.description)
        form.addRow(self.tr("Measures taken:"), self.measures)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        widen(self.description, 60)

    def _customers_changed(self) -> None:
        """Choosing a customer means "only these"; emptying the list does not switch back."""
        if self.customers.chosen_ids():
            self.some_customers.setChecked(True)

    def new_breach(self) -> NewBreach:
        ids = self.customers.chosen_ids() if self.some_customers.isChecked() else None
        return NewBreach(
            happened_at=edited_time(self.happened),
            found_at=edited_time(self.found),
            categories=tuple(c for c, box in self.categories.items() if box.isChecked()),
            customer_ids=ids,
            description=self.description.toPlainText(),
            measures=self.measures.toPlainText(),
        )

    def submit(self) -> None:
        self.message.clear_message()
        new = self.new_breach()
        self.buttons.setEnabled(False)
        services, actor = self.services, self.actor
        self.workers.run(
            lambda: services.breaches.record_breach(actor, new), self._done, self._failed
        )

    def _done(self, info: BreachInfo) -> None:
        self.buttons.setEnabled(True)
        self.recorded = info
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error_text(error))
        focus: QWidget | None = {
            "happened_at": self.happened,
            "found_at": self.found,
            "customers": self.customers.search,
            "description": self.description,
            "measures": self.measures,
        }.get(error_field(error) or "")
        if focus is not None:
            focus.setFocus()


class StepDialog(SaveOnlyOnPurpose):
    """One step of a breach: when A05 was notified (with the reference), when the customers
    were, or the note that closes it. ``result_info`` holds the updated breach after OK."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        breach: BreachInfo,
        step: BreachStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.breach, self.step = breach, step
        self.result_info: BreachInfo | None = None
        self.when = time_edit(services.vault.now(), "step_at")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.note = _text_box("closing_note")
        self.message = MessageLabel()
        self.message.setObjectName("step_message")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        if step is BreachStatus.AUTHORITY_NOTIFIED:
            self.setWindowTitle(self.tr("A05 notified"))
            form.addRow(self.tr("Notified at:"), self.when)
            form.addRow(self.tr("Reference (dispatch no.):"), self.reference)
            widen(self.reference, 40)
        elif step is BreachStatus.CUSTOMERS_NOTIFIED:
            self.setWindowTitle(self.tr("Customers notified"))
            form.addRow(self.tr("Letters sent on:"), self.when)
        else:
            self.setWindowTitle(self.tr("Close the breach"))
            form.addRow(self.tr("How it ended:"), self.note)
            widen(self.note, 50)
        self.buttons = ok_cancel_buttons(self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        self.message.clear_message()
        svc, actor, bid = self.services.breaches, self.actor, self.breach.id
        at, reference, note = edited_time(self.when), self.reference.text(), self.note.toPlainText()
        step = self.step
        if step is BreachStatus.AUTHORITY_NOTIFIED:
            work = lambda: svc.mark_authority_notified(actor, bid, at, reference)  # noqa: E731
        elif step is BreachStatus.CUSTOMERS_NOTIFIED:
            work = lambda: svc.mark_customers_notified(actor, bid, at)  # noqa: E731
        else:
            work = lambda: svc.close_breach(actor, bid, note)  # noqa: E731
        self.buttons.setEnabled(False)
        self.workers.run(work, self._done, self._failed)

    def _done(self, info: BreachInfo) -> None:
        self.buttons.setEnabled(True)
        self.result_info = info
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error_text(error))
