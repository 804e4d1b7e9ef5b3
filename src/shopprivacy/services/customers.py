"""The sales desk's customer records: create, edit, open, print, search.

Contract for the desk's screens:
- ``create_customer`` / ``update_customer`` take a ``CustomerDraft`` and return the saved
  ``CustomerDetails``. Bad input raises ``ValidationError`` (``.field`` names the form field);
  a phone or email another customer holds raises ``DuplicateCustomer`` (``.existing_id`` to
  open); an edit over someone else's newer save raises ``StaleCustomer`` (both versions).
- ``find_customers(actor, text)`` (first page + how many match) and ``search_customers(actor,
  text, limit, offset)`` (later pages) feed a lazy list model: ids are found through keyed
  digests, only the requested page is decrypted, newest customers first. Phones and emails are
  masked for roles without full-contact rights.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_validation import StaleCustomer, validate_draft
from shopprivacy.domain.customers import (
    CustomerDetails,
    CustomerDraft,
    CustomerSummary,
    SearchPage,
)
from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import (
    audit_log,
    customer_index,
    customer_records,
    customer_summaries,
)
from shopprivacy.services.authz import require
from shopprivacy.services.customer_bulk import insert_customer
from shopprivacy.services.customer_index import ParsedQuery, QueryKind, parse_query
from shopprivacy.services.customer_rules import load_rules, local_day, touch
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer

MAX_PAGE = 500
# A page of a name search this long, the whole list, or any page after the first, is a bulk read
# of those customers: logged with their ids. Shorter first pages of a search are desk work.
BULK_LISTING = 20


def is_bulk_listing(query: ParsedQuery, rows: int, first: bool) -> bool:
    return rows > 0 and (query.kind is QueryKind.ALL or rows >= BULK_LISTING or not first)


class CustomerService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- changes -------------------------------------------------------------------------

    def create_customer(self, actor: Actor, draft: CustomerDraft) -> CustomerDetails:
        """Sales and director (CREATE_CUSTOMER). Records who entered it and when.
        Audit: ``customer_created`` (the new id, the source, the number of contact points)."""
        require(self.vault, actor, Permission.CREATE_CUSTOMER)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            rules = load_rules(session)
            clean = validate_draft(draft, rules, local_day(now))
            duplicate = customer_records.find_duplicate(session, self.vault, clean.contacts)
            if duplicate is not None:
                raise duplicate
            row = insert_customer(
                session,
                self.vault,
                clean,
                actor.staff_id,
                now,
                rules.retention_months_without_order,
            )
            audit_log.append(
                session, self.vault, actor, Action.CUSTOMER_CREATED, "customer", row.id,
                source=clean.source, contacts=len(clean.contacts),
            )  # fmt: skip
            return self._details(session, row, full=True)

    def update_customer(
        self, actor: Actor, customer_id: int, draft: CustomerDraft, expected_version: int
    ) -> CustomerDetails:
        """Sales and director (EDIT_CUSTOMER). ``expected_version`` is the ``version`` of the
        details the form was filled from; a newer save elsewhere raises ``StaleCustomer`` and
        nothing is written. Audit: ``customer_updated`` naming the fields changed (no values)."""
        require(self.vault, actor, Permission.EDIT_CUSTOMER, "customer", customer_id)
        now = self.vault.now()
        try:
            with self.vault.db.transaction() as session:
                rules = load_rules(session)
                row = customer_records.get_live(session, customer_id)
                if row.version != expected_version:
                    raise StaleCustomer(customer_id, expected_version, row.version)
                clean = validate_draft(draft, rules, local_day(now))
                duplicate = customer_records.find_duplicate(
                    session, self.vault, clean.contacts, exclude_id=customer_id
                )
                if duplicate is not None:
                    raise duplicate
                before = self._details(session, row, full=True)
                row.version = expected_version + 1
                customer_records.save_fields(session, self.vault, row, clean, actor.staff_id, now)
                row.updated_at = now
                session.flush()
                touch(session, row.id, now, rules.retention_months_without_order)
                after = self._details(session, row, full=True)
                audit_log.append(
                    session, self.vault, actor, Action.CUSTOMER_UPDATED, "customer", customer_id,
                    fields=changed_fields(before, after), version=row.version,
                )  # fmt: skip
                return after
        except StaleDataError:
            with self.vault.db.transaction() as session:
                current = customer_records.get_live(session, customer_id).version
            raise StaleCustomer(customer_id, expected_version, current) from None

    # -- reads ---------------------------------------------------------------------------

    def get_customer(self, actor: Actor, customer_id: int) -> CustomerDetails:
        """Every role (VIEW_CUSTOMER); contact details masked without VIEW_FULL_CONTACT.
        Audit: ``customer_viewed`` (or ``record_damaged`` when a field cannot be read)."""
        return self._read(actor, customer_id, Action.CUSTOMER_VIEWED)

    def print_customer(self, actor: Actor, customer_id: int) -> CustomerDetails:
        """The record for printing the customer's card at the desk; same rights and masking as
        ``get_customer``. Audit: ``customer_printed``."""
        return self._read(actor, customer_id, Action.CUSTOMER_PRINTED)

    def _read(self, actor: Actor, customer_id: int, action: Action) -> CustomerDetails:
        require(self.vault, actor, Permission.VIEW_CUSTOMER, "customer", customer_id)
        full = allows(actor.role, Permission.VIEW_FULL_CONTACT)
        try:
            with self.vault.db.transaction() as session:
                row = customer_records.get_live(session, customer_id)
                details = self._details(session, row, full)
                audit_log.append(
                    session, self.vault, actor, action, "customer", customer_id, masked=not full
                )
                return details
        except DamagedRecord:
            with self.vault.db.transaction() as session:
                audit_log.append(
                    session, self.vault, actor, Action.RECORD_DAMAGED, "customer", customer_id
                )
            raise

    def _details(self, session: Session, row: Customer, full: bool) -> CustomerDetails:
        rules = load_rules(session)
        consents = customer_records.read_consents(session, self.vault, row.id)
        today = local_day(self.vault.now())
        return customer_records.read_details(
            session, self.vault, row, full, rules.minor_age, today, consents
        )

    def search_customers(
        self, actor: Actor, text: str, limit: int = 50, offset: int = 0
    ) -> list[CustomerSummary]:
        """Every role (FIND_CUSTOMER). ``text``: a name or part of one (any accents, any
        Unicode form; every word must match), a phone in any format or its last 4+ digits, or
        an email. Newest customers first; only this page is decrypted.
        Audit: ``customer_searched`` when ``text`` is a full phone number or email (first page
        only: later pages are the same search), with the kind and the ids found."""
        require(self.vault, actor, Permission.FIND_CUSTOMER)
        query = parse_query(text)
        limit = max(0, min(limit, MAX_PAGE))
        with self.vault.db.transaction() as session:
            ids = customer_index.page(session, self.vault, query, limit, max(0, offset))
            return self._summaries(session, actor, query, ids, first=offset <= 0)

    def find_customers(
        self, actor: Actor, text: str, limit: int = 50, count_up_to: int = 1000
    ) -> SearchPage:
        """Every role (FIND_CUSTOMER): ``search_customers``' first page and how many customers
        match, counted up to ``count_up_to`` (beyond it the page says "more"), in one go: what
        the desk does on every key press. Audit: as ``search_customers``."""
        require(self.vault, actor, Permission.FIND_CUSTOMER)
        query = parse_query(text)
        limit = max(1, min(limit, MAX_PAGE))
        with self.vault.db.transaction() as session:
            found = customer_index.first_page(session, self.vault, query, limit, count_up_to + 1)
            rows = self._summaries(session, actor, query, found.ids, first=True)
        more = found.total > count_up_to or found.at_least
        return SearchPage(rows, min(found.total, count_up_to), more=more)

    def _summaries(
        self, session: Session, actor: Actor, query: ParsedQuery, ids: list[int], first: bool
    ) -> list[CustomerSummary]:
        full = allows(actor.role, Permission.VIEW_FULL_CONTACT)
        rows = customer_summaries.summaries(session, self.vault, ids, full)
        if query.is_exact_identifier and first:
            audit_log.append(
                session, self.vault, actor, Action.CUSTOMER_SEARCHED, "customer", None,
                by=str(query.kind), found=[r.id for r in rows],
            )  # fmt: skip
        elif is_bulk_listing(query, len(rows), first):
            audit_log.append(
                session, self.vault, actor, Action.CUSTOMERS_LISTED, "customer", None,
                by=str(query.kind), count=len(rows), ids=[r.id for r in rows],
                full_contacts=full,
            )  # fmt: skip
        return rows

    def count_customers(self, actor: Actor, text: str) -> int:
        """Every role (FIND_CUSTOMER): how many customers ``search_customers`` would list for
        ``text``. Not audited: it reveals no record."""
        require(self.vault, actor, Permission.FIND_CUSTOMER)
        with self.vault.db.transaction() as session:
            return customer_index.count(session, self.vault, parse_query(text))

    @staticmethod
    def query_kind(text: str) -> QueryKind:
        """How ``text`` will be searched (the box can say "searching by phone ending")."""
        return parse_query(text).kind


def changed_fields(before: CustomerDetails, after: CustomerDetails) -> list[str]:
    names = ("full_name", "contacts", "addresses", "birth_date", "notes", "source", "web_form_ip",
             "guardian")  # fmt: skip
    return [n for n in names if getattr(before, n) != getattr(after, n)]
