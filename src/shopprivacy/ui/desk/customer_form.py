"""The customer form, new or edit: what the desk types, checked by the service on Save.

Fields the director switched off are not shown. A bad field gets the service's message right
under it and keeps what was typed. A phone or email another customer holds offers to open that
customer; an edit over a newer save at another desk shows both versions and lets the user choose.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.customer_validation import (
    DuplicateCustomer,
    StaleCustomer,
    check_guardian,
    validate_draft,
)
from shopprivacy.domain.customers import (
    AddressKind,
    ContactKind,
    ContactPoint,
    CustomerDetails,
    CustomerDraft,
    OptionalField,
    Source,
    address_field,
    field_of,
)
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.minors import guardian_rule
from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.desk.conflict_dialog import ConflictDialog
from shopprivacy.ui.desk.duplicate_dialog import DuplicateDialog
from shopprivacy.ui.desk.form_parts import AddressFields, GuardianBox
from shopprivacy.ui.desk.labels import contact_label, source_label
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.widgets import MessageLabel, heading

PHONES = (ContactKind.MOBILE, ContactKind.HOME_PHONE, ContactKind.OFFICE_PHONE)
EMAILS = (ContactKind.PERSONAL_EMAIL, ContactKind.COMPANY_EMAIL)


class CustomerForm(QDialog):
    """``saved`` carries the saved CustomerDetails; ``open_existing`` a customer id to show.

    Texts use the fixed context "CustomerForm" rather than ``self.tr``: care's correction form
    subclasses this one, and ``self.tr`` would look them up under the subclass's name."""

    saved = Signal(object)
    open_existing = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        details: CustomerDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.customer_id = details.id if details else None
        self.version = details.version if details else 0
        self.rules = services.customer_rules.rules()
        self.today = shop_today(services.vault.now())
        self.setObjectName("customer_form")
        self.setWindowTitle(
            QCoreApplication.translate("CustomerForm", "Edit customer")
            if details
            else QCoreApplication.translate("CustomerForm", "New customer")
        )
        self.errors: dict[str, MessageLabel] = {}
        self.focus_for: dict[str, QWidget] = {}
        self.general_error = MessageLabel()
        self.general_error.setObjectName("form_error")

        body = QWidget()
        # Two columns: who and how to reach them on the left, where they live and a child's
        # guardian on the right, so the whole form fits a desk screen without scrolling.
        columns = QHBoxLayout(body)
        column, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(column, 1)
        columns.addLayout(right, 1)
        column.addWidget(self._person_box())
        column.addWidget(
            self._contact_box(
                QCoreApplication.translate("CustomerForm", "Phone numbers"), PHONES, "contacts"
            )
        )
        column.addWidget(
            self._contact_box(QCoreApplication.translate("CustomerForm", "Emails"), EMAILS, None)
        )
        column.addWidget(self._notes_box())
        self.addresses: dict[AddressKind, AddressFields] = {}
        for kind, title in (
            (AddressKind.HOME, QCoreApplication.translate("CustomerForm", "Home address")),
            (AddressKind.OFFICE, QCoreApplication.translate("CustomerForm", "Office address")),
        ):
            box = AddressFields(kind, title)
            box.setVisible(self.rules.collects(address_field(kind)))
            self.addresses[kind] = box
            self._field(address_field(kind).value, box.error, box.street)
        self.guardian = GuardianBox()
        self.guardian.setObjectName("guardian_box")
        for key, label in self.guardian.errors.items():
            target = {
                "guardian_phone": self.guardian.phone,
                "guardian_email": self.guardian.email,
            }.get(key, self.guardian.name)
            self._field(key, label, target)
        right.addWidget(self.guardian)
        right.addWidget(self.addresses[AddressKind.HOME])
        right.addWidget(self.addresses[AddressKind.OFFICE])
        column.addStretch(1)
        right.addStretch(1)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        # Tab reads the right column top-down too: the guardian (made last) before the addresses.
        g = self.guardian
        before = self.addresses[AddressKind.HOME].street.previousInFocusChain()
        chain = [g.name, g.phone, g.email, g.relationship, g.method, g.child_agreed]
        for earlier, later in pairwise([before or self.notes, *chain]):
            QWidget.setTabOrder(earlier, later)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("CustomerForm", "Save"))
        self.save_button.setObjectName("save_customer")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CustomerForm", "Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), 1.2))
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.birth.changed.connect(self._birth_changed)
        self.source.currentIndexChanged.connect(self._source_changed)
        if details is not None:
            self.fill(details.draft())
        self._birth_changed()
        self._source_changed()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 40)
        self.name.setFocus()

    # -- building ---------------------------------------------------------------------------

    def _field(self, key: str, label: MessageLabel, focus: QWidget) -> MessageLabel:
        label.setObjectName(f"error_{key}")
        self.errors[key], self.focus_for[key] = label, focus
        return label

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("CustomerForm", "Customer"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.name.setObjectName("full_name")
        form.addRow(QCoreApplication.translate("CustomerForm", "Full name:"), self.name)
        form.addRow(self._field("full_name", MessageLabel(), self.name))
        self.birth = DateField(self.today, optional=True, birth=True)
        self.birth.set_range(last=self.today)
        self.birth.setObjectName("birth_date")
        if self.rules.collects(OptionalField.BIRTH_DATE):
            form.addRow(
                QCoreApplication.translate("CustomerForm", "Birth date (optional):"), self.birth
            )
            form.addRow(self._field("birth_date", MessageLabel(), self.birth))
        else:
            self.birth.hide()
        self.source = QComboBox()
        self.source.setObjectName("source")
        for s in Source:
            self.source.addItem(source_label(s), s.value)
        form.addRow(
            QCoreApplication.translate("CustomerForm", "Where the details came from:"), self.source
        )
        self.web_ip = QLineEdit()
        self.web_ip.setObjectName("web_form_ip")
        self.web_ip_label = QCoreApplication.translate("CustomerForm", "Web form IP address:")
        form.addRow(self.web_ip_label, self.web_ip)
        self.web_ip_error = self._field("web_form_ip", MessageLabel(), self.web_ip)
        form.addRow(self.web_ip_error)
        self.person_form = form
        return box

    def _contact_box(
        self, title: str, kinds: tuple[ContactKind, ...], key: str | None
    ) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if not hasattr(self, "contacts"):
            self.contacts: dict[ContactKind, QLineEdit] = {}
        shown = [k for k in kinds if self.rules.collects(field_of(k))]
        for kind in kinds:
            edit = QLineEdit()
            edit.setObjectName(kind.value)
            self.contacts[kind] = edit
            if kind in shown:
                form.addRow(contact_label(kind) + ":", edit)
                form.addRow(self._field(kind.value, MessageLabel(), edit))
            else:
                edit.hide()
        if key is not None:
            form.insertRow(0, self._field(key, MessageLabel(), self.contacts[ContactKind.MOBILE]))
        box.setVisible(bool(shown))
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("CustomerForm", "Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notes)
        layout.addWidget(self._field("notes", MessageLabel(), self.notes))
        box.setVisible(self.rules.collects(OptionalField.NOTES))
        return box

    # -- what is typed ----------------------------------------------------------------------

    def draft(self) -> CustomerDraft:
        contacts = tuple(
            ContactPoint(kind, edit.text())
            for kind, edit in self.contacts.items()
            if self.rules.collects(field_of(kind)) and edit.text().strip()
        )
        addresses = tuple(
            box.value() for box in self.addresses.values() if not box.value().is_empty()
        )
        source = Source(self.source.currentData())
        return CustomerDraft(
            full_name=self.name.text(),
            contacts=contacts,
            addresses=addresses,
            birth_date=self.birth.value(),
            notes=self.notes.toPlainText(),
            source=source,
            web_form_ip=self.web_ip.text() if source is Source.WEB_FORM else "",
            guardian=self.guardian.value(),
        )

    def fill(self, draft: CustomerDraft) -> None:
        self.name.setText(draft.full_name)
        for edit in self.contacts.values():
            edit.clear()
        for point in draft.contacts:
            edit = self.contacts[point.kind]
            if not edit.text():
                edit.setText(point.value)
        for box in self.addresses.values():
            box.set_value(next((a for a in draft.addresses if a.kind is box.kind), None))
        self.birth.set_value(draft.birth_date)
        self.notes.setPlainText(draft.notes)
        self.source.setCurrentIndex(max(self.source.findData(draft.source.value), 0))
        self.web_ip.setText(draft.web_form_ip)
        self.guardian.set_value(draft.guardian)

    def _birth_changed(self) -> None:
        rule = guardian_rule(self.birth.value(), self.today, self.rules.minor_age)
        self.guardian.set_rule(rule, self.rules.minor_age)

    def _source_changed(self) -> None:
        shown = self.source.currentData() == Source.WEB_FORM.value and self.rules.collects(
            OptionalField.WEB_FORM_IP
        )
        self.person_form.setRowVisible(self.web_ip, shown)
        if not shown:
            self.web_ip_error.clear_message()

    # -- saving -----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.general_error.clear_message()
        for label in self.errors.values():
            label.clear_message()

    def show_error(self, error: BaseException) -> None:
        """The message next to its field (or on top), the field focused; nothing is cleared."""
        field = error_field(error)
        label = self.errors.get(field or "")
        holder = label.parentWidget() if label is not None else None
        if label is None or holder is None or not holder.isVisibleTo(self):
            label = self.general_error
        label.show_error(error_text(error))
        self.scroll_area.ensureWidgetVisible(label)
        target = self.focus_for.get(field or "")
        if target is not None and target.isVisibleTo(self):
            target.setFocus()

    def save(self, expected_version: int | None = None) -> None:
        self.clear_errors()
        try:
            self.birth.checked_value()  # a date typed but not readable is said, not dropped
            draft = self.draft()
            if draft.guardian is not None:
                # The domain's own rules, in the service's order: each field first, then a
                # child's record is not saved here without the guardian's consent.
                clean = validate_draft(draft, self.rules, self.today)
                check_guardian(clean.birth_date, clean.guardian, self.today, self.rules.minor_age)
            if self.customer_id is None:
                details = self.services.customers.create_customer(self.actor, draft)
            else:
                version = self.version if expected_version is None else expected_version
                details = self.services.customers.update_customer(
                    self.actor, self.customer_id, draft, version
                )
        except DuplicateCustomer as dup:
            self._duplicate(dup)
        except StaleCustomer as stale:
            self._stale(draft, stale)
        except ValidationError as exc:
            self.show_error(exc)
        except Exception as exc:  # refused, damaged, anything: said plainly, nothing lost
            self.general_error.show_error(error_text(exc))
        else:
            self.saved.emit(details)
            self.accept()

    def _duplicate(self, dup: DuplicateCustomer) -> None:
        field = dup.kind.value
        if field in self.errors:
            self.errors[field].show_error(error_text(dup))
        self.duplicate_dialog = DuplicateDialog(dup.kind.is_phone, dup.existing_id, self)
        self.duplicate_dialog.open_existing.connect(lambda cid: self.open_existing.emit(cid))
        self.duplicate_dialog.open()

    def _stale(self, mine: CustomerDraft, stale: StaleCustomer) -> None:
        try:
            theirs = self.services.customers.get_customer(self.actor, stale.customer_id)
        except Exception as exc:
            self.general_error.show_error(error_text(exc))
            return
        self.conflict_dialog = ConflictDialog(mine, theirs, self)
        self.conflict_dialog.keep_mine.connect(lambda: self.save(theirs.version))
        self.conflict_dialog.take_theirs.connect(lambda: self._take(theirs))
        self.conflict_dialog.open()

    def _take(self, theirs: CustomerDetails) -> None:
        self.version = theirs.version
        self.fill(theirs.draft())
        self._birth_changed()
        self.general_error.show_ok(
            QCoreApplication.translate(
                "CustomerForm", "The form now shows the version saved at the other desk."
            )
        )
