"""The director's register of third parties: who they are, their country (outside Vietnam the
policy must say so) and their confidentiality agreement.
An expired or missing agreement is marked with a word and an icon, never by colour alone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain import shop_clock
from shopprivacy.domain.disclosures import PartnerDraft, PartnerInfo, PartnerKind
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.text import format_date
from shopprivacy.services import Services
from shopprivacy.ui.countries import HOME, country_box, country_name
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading, ok_cancel_buttons, widen

Index = QModelIndex | QPersistentModelIndex
CTX = "PartnerTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Kind"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Contact"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Country"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Agreement signed"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Agreement ends"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Agreement no."),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Agreement"),
)
STATE_COLUMN = 7


def kind_text(kind: PartnerKind) -> str:
    return QCoreApplication.translate("disclosures", kind.label)


def shop_today(services: Services) -> date:
    """Today on the shop's clock (the vault's clock, so tests can set it)."""
    return shop_clock.shop_today(services.vault.now())


def ui_lang() -> str:
    return "vi" if QCoreApplication.translate("disclosures", "Name") != "Name" else "en"


def agreement_state(info: PartnerInfo, today: date) -> tuple[str, bool]:
    """(the word shown, valid?)."""
    if info.agreement_signed_on is None and info.kind is PartnerKind.AUTHORITY:
        # An authority's written request is answered by law, without an agreement.
        return QCoreApplication.translate(CTX, "Not needed (authority)"), True
    if info.agreement_signed_on is None:
        return QCoreApplication.translate(CTX, "No agreement"), False
    if info.agreement_valid_on(today):
        return QCoreApplication.translate(CTX, "Valid"), True
    if info.agreement_signed_on > today:
        return QCoreApplication.translate(CTX, "Not yet in force"), False
    return QCoreApplication.translate(CTX, "Expired"), False


class PartnerTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PartnerInfo] = []
        self.today = shop_clock.shop_today(datetime.now(UTC))  # until set_rows gives the vault's

    def set_rows(self, rows: list[PartnerInfo], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == STATE_COLUMN:
            valid = agreement_state(p, self.today)[1]
            icon = (
                QStyle.StandardPixmap.SP_DialogApplyButton
                if valid
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = ui_lang()
        values = (
            p.name,
            kind_text(p.kind),
            p.contact,
            country_name(p.country),
            format_date(p.agreement_signed_on, lang) if p.agreement_signed_on else "",
            format_date(p.agreement_expires_on, lang) if p.agreement_expires_on else "",
            p.agreement_reference,
            agreement_state(p, self.today)[0],
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None


def _pydate(edit: DateField) -> date:
    """The date typed; ValidationError (shown by submit) when it is not readable."""
    return edit.checked_value() or edit.today


class PartnerDialog(QDialog):
    """Adds a partner, or edits one (``partner`` given). Calls ``PartnerService``."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        partner: PartnerInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.partner = services, actor, partner
        self.saved: PartnerInfo | None = None
        today = shop_today(services)
        self.setWindowTitle(
            self.tr("Edit a third party") if partner else self.tr("Add a third party")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in PartnerKind:
            self.kind.addItem(kind_text(kind), kind)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.contact = QLineEdit()
        self.contact.setObjectName("contact")
        self.country = country_box(partner.country if partner else HOME)
        self.country.setObjectName("country")
        self.has_agreement = QCheckBox(self.tr("A confidentiality agreement is signed"))
        self.has_agreement.setObjectName("has_agreement")
        self.signed = DateField(today, today)
        self.signed.setObjectName("signed")
        self.open_ended = QCheckBox(self.tr("No end date"))
        self.open_ended.setObjectName("open_ended")
        self.expires = DateField(today, date(today.year + 1, today.month, 1))
        self.expires.setObjectName("expires")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.message = MessageLabel()
        self.message.setObjectName("partner_message")
        self.buttons = ok_cancel_buttons(self.tr("Save"), self.tr("Cancel"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.has_agreement)
        form.addRow(self.tr("Signed on:"), self.signed)
        ends = QHBoxLayout()
        ends.addWidget(self.expires)
        ends.addWidget(self.open_ended)
        form.addRow(self.tr("Ends on:"), ends)
        form.addRow(self.tr("Agreement no.:"), self.reference)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        widen(self.name, 40)
        self.has_agreement.toggled.connect(self._enable)
        self.open_ended.toggled.connect(self._enable)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if partner is not None:
            self.kind.setCurrentIndex(self.kind.findData(partner.kind))
            self.name.setText(partner.name)
            self.contact.setText(partner.contact)
            self.has_agreement.setChecked(partner.agreement_signed_on is not None)
            self.signed.set_value(partner.agreement_signed_on or today)
            self.open_ended.setChecked(
                partner.agreement_signed_on is not None and partner.agreement_expires_on is None
            )
            if partner.agreement_expires_on is not None:
                self.expires.set_value(partner.agreement_expires_on)
            self.reference.setText(partner.agreement_reference)
        else:
            self.has_agreement.setChecked(True)
        self._enable()

    def _enable(self) -> None:
        on = self.has_agreement.isChecked()
        for widget in (self.signed, self.open_ended, self.reference):
            widget.setEnabled(on)
        self.expires.setEnabled(on and not self.open_ended.isChecked())

    def draft(self) -> PartnerDraft:
        on = self.has_agreement.isChecked()
        return PartnerDraft(
            kind=PartnerKind(self.kind.currentData()),
            name=self.name.text(),
            contact=self.contact.text(),
            country=str(self.country.currentData()),
            agreement_signed_on=_pydate(self.signed) if on else None,
            agreement_expires_on=_pydate(self.expires)
            if on and not self.open_ended.isChecked()
            else None,
            agreement_reference=self.reference.text() if on else "",
        )

    def submit(self) -> None:
        self.message.clear_message()
        try:
            if self.partner is None:
                self.saved = self.services.partners.add_partner(self.actor, self.draft())
            else:
                self.saved = self.services.partners.update_partner(
                    self.actor, self.partner.id, self.draft()
                )
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


class PartnersPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.dialog: PartnerDialog | None = None
        self.model = PartnerTableModel()
        self.table = QTableView()
        self.table.setObjectName("partners_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add third party…"))
        self.add_button.setObjectName("add_partner")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_partner")
        self.message = MessageLabel()
        self.message.setObjectName("partners_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Third parties and their agreements")))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.open_dialog(self.selected()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # Partners are also added from the desk, and the policy screen sends the director
        # here to fix one: show the register as it is now.
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def reload(self) -> None:
        try:
            partners = self.services.partners.list_partners(self.actor)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            partners = []
        self.model.set_rows(partners, shop_today(self.services))
        self._update_buttons()

    def selected(self) -> PartnerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def open_dialog(self, partner: PartnerInfo | None) -> None:
        self.message.clear_message()
        dialog = PartnerDialog(self.services, self.actor, partner, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        dialog.open()

    def _saved(self, dialog: PartnerDialog) -> None:
        self.reload()
        if dialog.saved is None:
            return
        for row, p in enumerate(self.model.rows):
            if p.id == dialog.saved.id:
                self.table.selectRow(row)
        self.message.show_ok(self.tr("{name} saved.").format(name=dialog.saved.name))
