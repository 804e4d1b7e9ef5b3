"""One customer's record: details, orders and consents, with Edit and Print, and (for those who
may give data to partners) an installer's job sheet and recording data given to a partner.

Opening it reads the record through the service, which writes the audit entry; the screen never
keeps a copy after it closes.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.customers import AddressKind, CustomerDetails, ImportOrigin
from shopprivacy.domain.import_profiles import PROFILE_BY_KEY
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.ui.desk.consent_panel import ConsentPanel
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.disclosure_dialog import CustomerDisclosureDialog
from shopprivacy.ui.desk.job_sheet_dialog import JobSheetDialog
from shopprivacy.ui.desk.labels import contact_label, day_text, source_label, time_text
from shopprivacy.ui.desk.orders_panel import OrdersPanel
from shopprivacy.ui.desk.print_card import CardPrinter
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers


class CustomerView(QDialog):
    """``changed`` fires when the record was edited or an order or consent added;
    ``open_customer`` asks the desk to show another customer (a duplicate found on edit)."""

    changed = Signal()
    open_customer = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.customer_id = customer_id
        self.setObjectName("customer_view")
        self.setWindowTitle(self.tr("Customer no. {id}").format(id=customer_id))
        self.message = MessageLabel()
        self.message.setObjectName("view_message")
        self.title = heading("", 1.3)
        self.summary = paragraph("")
        self.stopped = paragraph(
            self.tr(
                "⚠ Processing has stopped: this customer withdrew every consent and has no "
                "order. A deletion request is open for customer care; no new order, export or "
                "disclosure is possible."
            )
        )
        self.stopped.setObjectName("processing_stopped")
        self.stopped.setStyleSheet(ERROR_STYLE)
        self.stopped.hide()
        self.fields = QWidget()
        self.fields_form = QFormLayout(self.fields)
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.fields, self.tr("Details"))
        self.orders: OrdersPanel | None = None
        self.consents: ConsentPanel | None = None
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_customer")
        self.printer = CardPrinter(services, actor, workers, self)
        self.job_sheet_button = QPushButton(self.tr("Job sheet for an installer…"))
        self.job_sheet_button.setObjectName("job_sheet")
        self.disclosure_button = QPushButton(self.tr("Record data given to a partner…"))
        self.disclosure_button.setObjectName("record_partner_disclosure")
        self.partner_dialog: JobSheetDialog | CustomerDisclosureDialog | None = None
        self.close_button = QPushButton(self.tr("Close"))
        partners = QHBoxLayout()
        partners.addWidget(self.job_sheet_button)
        partners.addWidget(self.disclosure_button)
        partners.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.printer.print_button)
        buttons.addWidget(self.printer.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stopped)
        layout.addWidget(self.message)
        layout.addWidget(self.printer.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(partners)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit)
        self.job_sheet_button.clicked.connect(self.open_job_sheet)
        self.disclosure_button.clicked.connect(self.open_disclosure)
        # The partner row sits above, but Edit stays the first button a key press reaches.
        order = (self.edit_button, self.printer.print_button, self.printer.pdf_button,
                 self.job_sheet_button, self.disclosure_button, self.close_button)  # fmt: skip
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        may_give = allows(actor.role, Permission.RECORD_PARTNER_DISCLOSURE)
        for button in (self.job_sheet_button, self.disclosure_button):
            button.setVisible(may_give)
        self.close_button.clicked.connect(self.accept)
        self.details: CustomerDetails | None = None
        self.reload()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 34)

    def reload(self) -> None:
        """Read the record again (an audited read, like any opening)."""
        try:
            details = self.services.customers.get_customer(self.actor, self.customer_id)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            self.edit_button.setEnabled(False)
            self.job_sheet_button.setEnabled(False)
            self.disclosure_button.setEnabled(False)
            self.printer.set_customer(None)
            return
        self.show_details(details)

    def show_details(self, d: CustomerDetails) -> None:
        self.details = d
        self.title.setText(d.full_name)
        kept = self.tr("Kept until {day}.").format(day=day_text(d.retention_until))
        self.summary.setText(
            self.tr("Customer no. {id} · since {since} · last contact {last}.").format(
                id=d.id, since=day_text(d.created_at), last=day_text(d.last_contact_at)
            )
            + " "
            + (kept if d.retention_until else "")
        )
        try:
            stopped = self.services.consents.processing_stopped(self.actor, d.id)
        except Exception:  # a screen hint only: the services refuse anyway
            stopped = False
        self.stopped.setVisible(stopped)
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        rows = [(contact_label(p.kind), p.value) for p in d.contacts]
        for a in d.addresses:
            title = (
                self.tr("Home address") if a.kind is AddressKind.HOME else self.tr("Office address")
            )
            rows.append((title, a.one_line()))
        if d.birth_date:
            rows.append((self.tr("Birth date"), day_text(d.birth_date)))
        if d.guardian is not None:
            g = d.guardian
            reach = ", ".join(x for x in (g.phone, g.email) if x)
            rows.append((self.tr("Guardian"), f"{g.name} ({g.relationship}) {reach}".strip()))
            if d.guardian_consent_at:
                rows.append((self.tr("Guardian's consent"), time_text(d.guardian_consent_at)))
        elif d.needs_guardian:
            rows.append((self.tr("Guardian"), self.tr("⚠ Needed: this customer is a child.")))
        rows.append((self.tr("Details came from"), source_label(d.source)))
        if d.imported_from is not None:
            rows.append((self.tr("Imported from"), self._origin_text(d.imported_from)))
        if d.web_form_ip:
            rows.append((self.tr("Web form IP address"), d.web_form_ip))
        if d.notes:
            rows.append((self.tr("Notes"), d.notes))
        for label, value in rows:
            shown = paragraph(value)
            self.fields_form.addRow(label + ":", shown)
        if d.masked:
            self.fields_form.addRow(
                paragraph(self.tr("Some contact details are hidden for your role."))
            )
        if self.orders is None:
            self.orders = OrdersPanel(self.services, self.actor, d, self)
            self.orders.changed.connect(self._changed)
            self.tabs.addTab(self.orders, self.tr("Orders"))
            self.consents = ConsentPanel(self.services, self.actor, d, self)
            self.consents.changed.connect(self._changed)
            self.tabs.addTab(self.consents, self.tr("Consents"))
        else:
            assert self.consents is not None
            self.orders.show_details(d)
            self.consents.show_details(d)
        self.edit_button.setVisible(allows(self.actor.role, Permission.EDIT_CUSTOMER))
        self.edit_button.setEnabled(not d.masked)
        self.job_sheet_button.setEnabled(True)
        self.disclosure_button.setEnabled(True)
        self.printer.set_customer(d.id)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def edit(self) -> None:
        if self.details is None:
            return
        self.form = CustomerForm(self.services, self.actor, self.details, self)
        self.form.saved.connect(self._saved)
        self.form.open_existing.connect(lambda cid: self.open_customer.emit(cid))
        self.form.open()

    def _saved(self, details: CustomerDetails) -> None:
        self.show_details(details)
        self.message.show_ok(self.tr("Saved."))
        self.changed.emit()

    def open_job_sheet(self) -> None:
        if self.details is None:
            return
        self.message.clear_message()
        dialog = JobSheetDialog(
            self.services, self.actor, self.workers, self.customer_id, self.details.full_name, self
        )
        dialog.accepted.connect(lambda: self.message.show_ok(dialog.done_text))
        self.partner_dialog = dialog
        dialog.open()

    def open_disclosure(self) -> None:
        if self.details is None:
            return
        self.message.clear_message()
        dialog = CustomerDisclosureDialog(
            self.services, self.actor, self.customer_id, self.details.full_name, self
        )
        dialog.accepted.connect(lambda: self._disclosed(dialog))
        self.partner_dialog = dialog
        dialog.open()

    def _disclosed(self, dialog: CustomerDisclosureDialog) -> None:
        if dialog.recorded is not None:
            self.message.show_ok(
                self.tr("Disclosure no. {id} recorded.").format(id=dialog.recorded.id)
            )

    def save_pdf(self, path: Path) -> None:
        """For scripts and tests: what the Save as PDF button does after asking for a file."""
        self.printer.save_pdf(path)

    def _origin_text(self, origin: ImportOrigin) -> str:
        profile = PROFILE_BY_KEY.get(origin.profile or "")
        tool = profile.name if profile else self.tr("a spreadsheet or contacts file")
        return self.tr("{file} ({tool}), {when}").format(
            file=origin.file_name, tool=tool, when=time_text(origin.at)
        )
