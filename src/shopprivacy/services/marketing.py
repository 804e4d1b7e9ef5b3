"""Marketing lists: for one channel, only customers whose consent for it is in force now."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import MARKETING_CHANNELS, Purpose
from shopprivacy.domain.customers import ContactKind
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.phones import digits_of, display_phone, normalize_phone
from shopprivacy.domain.spreadsheets import csv_safe
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records, row_binding
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import (
    ConsentEntry,
    Customer,
    CustomerContact,
)
from shopprivacy.storage.private_files import StagedFile

CTX = "marketing"
HEADERS = {
    Purpose.MARKETING_EMAIL: QT_TRANSLATE_NOOP(CTX, "Email"),
    Purpose.MARKETING_POST: QT_TRANSLATE_NOOP(CTX, "Address"),
    Purpose.MARKETING_PHONE: QT_TRANSLATE_NOOP(CTX, "Phone"),
    Purpose.MARKETING_ZALO: QT_TRANSLATE_NOOP(CTX, "Zalo phone"),
}
ID_HEADER = QT_TRANSLATE_NOOP(CTX, "Customer no.")
NAME_HEADER = QT_TRANSLATE_NOOP(CTX, "Full name")
# The number as SMS and Zalo upload tools take it: country code and digits, no "+" (which a
# spreadsheet would read as a formula).
INTERNATIONAL_HEADER = QT_TRANSLATE_NOOP(CTX, "International number")
PHONE_CHANNELS = (Purpose.MARKETING_PHONE, Purpose.MARKETING_ZALO)
PHONE_ORDER = (ContactKind.MOBILE, ContactKind.HOME_PHONE, ContactKind.OFFICE_PHONE)
EMAIL_ORDER = (ContactKind.PERSONAL_EMAIL, ContactKind.COMPANY_EMAIL)


def export_phone(e164: str) -> str:
    """A phone as the list writes it: "0912 345 678" at home, "(+1) 650-253-0000" abroad. The
    brackets keep a foreign number from starting with "+", which a spreadsheet would run as a
    formula (so the formula guard would have to put an apostrophe before it); the app's import
    and people read it back as the same number."""
    shown = display_phone(e164)
    if not shown.startswith("+"):
        return shown
    code, _, rest = shown.partition(" ")
    return f"({code}) {rest}"


def write_list(staged: StagedFile, header: list[str], lines: list[list[str]]) -> None:
    """An XLSX (every cell text, never a formula) or a CSV (UTF-8 with BOM, so Excel shows
    Vietnamese; cells that a spreadsheet would run escaped with an apostrophe), written into
    the private temporary file of ``staged``."""
    if staged.target.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in [header, *lines]:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, whatever it starts with
                cells.append(cell)
            sheet.append(cells)
        staged.handle.close()  # openpyxl writes the bytes itself, into the same 0600 file
        book.save(staged.temp)
        with staged.temp.open("rb+") as fh:
            os.fsync(fh.fileno())
        return
    writer = csv.writer(staged.handle)
    writer.writerow(header)
    writer.writerows([csv_safe(c) for c in row] for row in lines)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int  # rows written
    without_contact: int  # consented, but no phone/email/address for that channel on record


def consenting_ids(session: Session, purpose: Purpose, vault: Vault | None = None) -> list[int]:
    """Live customers whose newest entry for ``purpose`` is a grant. With ``vault``, only
    grants that carry their seal (``row_binding``): a grant written with an SQL tool does not
    put anyone on a marketing list."""
    newest = (
        select(func.max(ConsentEntry.id).label("id"))
        .where(ConsentEntry.purpose == str(purpose))
        .group_by(ConsentEntry.customer_id)
        .subquery()
    )
    stmt = (
        select(ConsentEntry)
        .join(newest, newest.c.id == ConsentEntry.id)
        .join(Customer, Customer.id == ConsentEntry.customer_id)
        .where(ConsentEntry.granted.is_(True), Customer.erased_at.is_(None))
        .order_by(ConsentEntry.customer_id)
    )
    return [
        e.customer_id
        for e in session.scalars(stmt)
        if vault is None or row_binding.consent_ok(vault, e)
    ]


def _unwritable(out: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "The file could not be written there: {path}"),
        field="out",
        path=str(out),
    )


def _staged(out: Path) -> StagedFile:
    """A private temporary file beside ``out``, published once the export is logged."""
    try:
        return StagedFile(out)
    except OSError as exc:
        raise _unwritable(out) from exc


class MarketingService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def export_marketing(
        self,
        actor: Actor,
        channel: Purpose,
        out: Path,
        translate: Callable[[str, str], str] | None = None,
        write_when_empty: bool = True,
    ) -> ExportResult:
        """Director and sales (EXPORT_MARKETING). Writes a CSV, or an XLSX when ``out`` ends in
        .xlsx, to ``out`` only: customer number, name and the channel's contact (for phone
        channels also the number in international digits, "84912345678"), every cell escaped
        against formulas. With ``write_when_empty`` False and nobody to list, no file is written
        (the desk says there is nothing to export). The file is written privately (0600) under a
        temporary name and moved into place only after the audit entry is committed. Audit:
        ``marketing_exported`` with channel and count."""
        require(self.vault, actor, Permission.EXPORT_MARKETING, "marketing", str(channel))
        if channel not in MARKETING_CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Choose a marketing channel: email, post, phone or Zalo."
                ),
                field="channel",
            )
        say = translate or (lambda _ctx, text: text)
        staged = _staged(out)
        try:
            with self.vault.db.transaction() as session:
                ids = consenting_ids(session, channel, self.vault)
                rows = [(cid, *self._row(session, cid, channel)) for cid in ids]
                written = [(cid, name, contact) for cid, name, contact in rows if contact]
                header = [say(CTX, h) for h in (ID_HEADER, NAME_HEADER, HEADERS[channel])]
                if channel in PHONE_CHANNELS:
                    header.append(say(CTX, INTERNATIONAL_HEADER))
                lines = [
                    [str(cid), name, contact]
                    + ([digits_of(normalize_phone(contact))] if channel in PHONE_CHANNELS else [])
                    for cid, name, contact in written
                ]
                wanted = bool(lines) or write_when_empty
                if wanted:
                    try:
                        write_list(staged, header, lines)
                        staged.finish_writing()
                    except OSError as exc:
                        raise _unwritable(out) from exc
                audit_log.append(
                    session, self.vault, actor, Action.MARKETING_EXPORTED, "marketing",
                    str(channel), count=len(written), without_contact=len(rows) - len(written),
                )  # fmt: skip
        except BaseException:
            staged.discard()
            raise
        if not wanted:
            staged.discard()
            return ExportResult(out, 0, len(rows))
        # The entry is committed: only now does the file appear under its name (0600).
        try:
            staged.publish()
        except OSError as exc:
            staged.discard()
            raise _unwritable(out) from exc
        return ExportResult(out, len(written), len(rows) - len(written))

    def _row(self, session: Session, customer_id: int, channel: Purpose) -> tuple[str, str]:
        c = self.vault.cipher
        customer = session.get(Customer, customer_id)
        assert customer is not None
        name = c.open("customers", "full_name", customer_id, customer.full_name_enc) or ""
        if channel is Purpose.MARKETING_POST:
            return name, customer_records.first_address_line(session, self.vault, customer_id)
        order = EMAIL_ORDER if channel is Purpose.MARKETING_EMAIL else PHONE_ORDER
        found: dict[ContactKind, str] = {}
        for contact in session.scalars(
            select(CustomerContact)
            .where(CustomerContact.customer_id == customer_id)
            .order_by(CustomerContact.position)
        ):
            if not row_binding.contact_ok(
                self.vault, contact.id, customer_id, contact.kind, contact.digest, contact.bind
            ):
                continue  # moved here from another customer: not this customer's contact
            kind = ContactKind(contact.kind)
            if kind in order and kind not in found:
                found[kind] = (
                    c.open("customer_contacts", "value", contact.id, contact.value_enc) or ""
                )
        for kind in order:
            if found.get(kind):
                value = found[kind]
                return name, export_phone(value) if kind.is_phone else value
        return name, ""
