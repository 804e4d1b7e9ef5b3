"""The customer search index: keyed digests, so a search never decrypts the whole file.

Rows of ``customer_search`` (kind, digest):
- ``name``: every prefix of every folded word of the name ("n", "ng", ... "nguyen", "a", "an",
  "anh"): any word of a search matches as staff type it, with or without diacritics.
- ``tail``: every ending of 4 digits or more of each phone number as dialled in Vietnam.
- ``phone``: each full phone number (E.164); ``email``: each normalised email.
A search by several words needs every word (AND); results are customer ids, newest first, so a
list model loads only the page it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from shopprivacy.domain import names, phones
from shopprivacy.domain.customers import ContactKind
from shopprivacy.domain.emails import normalize_email
from shopprivacy.domain.errors import ValidationError
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer, CustomerSearch


class QueryKind(StrEnum):
    ALL = "all"  # empty box: every customer, newest first
    NAME = "name"
    PHONE_TAIL = "tail"
    PHONE = "phone"  # a full number: audited as a read
    EMAIL = "email"  # a full address: audited as a read
    NOTHING = "nothing"  # too short to mean anything (e.g. "12")


@dataclass(frozen=True)
class ParsedQuery:
    kind: QueryKind
    terms: tuple[str, ...] = ()

    @property
    def is_exact_identifier(self) -> bool:
        return self.kind in (QueryKind.PHONE, QueryKind.EMAIL)


def parse_query(text: str) -> ParsedQuery:
    """What the search box means: a name, a phone (whole or its ending) or an email."""
    text = text.strip()
    if not text:
        return ParsedQuery(QueryKind.ALL)
    if "@" in text:
        try:
            return ParsedQuery(QueryKind.EMAIL, (normalize_email(text),))
        except ValidationError:
            return ParsedQuery(QueryKind.NOTHING)
    if phones.is_phone_like(text):
        digits = phones.digits_of(text)
        if len(digits) >= 9:
            try:
                return ParsedQuery(QueryKind.PHONE, (phones.normalize_phone(text),))
            except ValidationError:
                pass
        if len(digits) >= phones.SUFFIX_MIN:
            return ParsedQuery(QueryKind.PHONE_TAIL, (digits,))
        return ParsedQuery(QueryKind.NOTHING)
    terms = tuple(names.query_terms(text))
    return ParsedQuery(QueryKind.NAME, terms) if terms else ParsedQuery(QueryKind.NOTHING)


def entries(
    vault: Vault,
    full_name: str,
    contacts: tuple[tuple[ContactKind, str], ...],
    name_cache: dict[str, bytes] | None = None,
) -> set[tuple[str, bytes]]:
    """Every (kind, digest) row that lets a search find this customer. ``name_cache`` lets a
    big import compute each name prefix's digest once (names repeat a lot; phones do not)."""
    d = vault.index.digest
    cache = {} if name_cache is None else name_cache
    rows = set()
    for p in names.prefixes(full_name):
        if p not in cache:
            cache[p] = d("name", p)
        rows.add(("name", cache[p]))
    for kind, value in contacts:
        if kind.is_phone:
            rows.add(("phone", d("phone", value)))
            rows.update(("tail", d("tail", s)) for s in phones.suffixes(value))
        else:
            rows.add(("email", d("email", value)))
    return rows


def reindex(
    session: Session,
    vault: Vault,
    customer_id: int,
    full_name: str,
    contacts: tuple[tuple[ContactKind, str], ...],
) -> None:
    clear_index(session, customer_id)
    rows = [
        {"customer_id": customer_id, "kind": kind, "digest": digest}
        for kind, digest in sorted(entries(vault, full_name, contacts))
    ]
    if rows:
        session.execute(insert(CustomerSearch), rows)


def clear_index(session: Session, customer_id: int) -> None:
    """Remove every way to find the customer (erasure calls this too)."""
    session.execute(delete(CustomerSearch).where(CustomerSearch.customer_id == customer_id))


# How rare each word of a search is, judged among this many newest customers: a bounded
# sample (planning never costs more than a page) taken where a newest-first page looks first.
RARITY_WINDOW = 5_000


def matching_ids(session: Session, vault: Vault, query: ParsedQuery) -> Select[tuple[int]]:
    """A statement selecting the ids of customers that match ``query``, newest first.

    Text searches read the index alone: an erased customer has no rows in it (erasure calls
    ``clear_index``). Several words join the index with itself, starting from the rarest word
    ("Nguyễn Thị Q" walks the few "q" entries, not the many "nguyen" ones) and newest first, so
    the database stops as soon as a page is full.
    """
    if query.kind is QueryKind.ALL:
        return select(Customer.id).where(Customer.erased_at.is_(None)).order_by(Customer.id.desc())
    if query.kind is QueryKind.NOTHING:
        return select(Customer.id).where(Customer.id.is_(None))
    kind = str(query.kind)
    digests = _rarest_first(session, kind, [vault.index.digest(kind, t) for t in query.terms])
    first, *others = [aliased(CustomerSearch) for _ in digests]
    stmt = select(first.customer_id)
    for alias, digest in zip([first, *others], digests, strict=True):
        if alias is not first:
            stmt = stmt.join(alias, alias.customer_id == first.customer_id)
        stmt = stmt.where(alias.kind == kind, alias.digest == digest)
    return stmt.order_by(first.customer_id.desc())


def _rarest_first(session: Session, kind: str, digests: list[bytes]) -> list[bytes]:
    """The words' digests, the rarest first. Only the speed depends on this order, never the
    result: every word must still match."""
    unique = list(dict.fromkeys(digests))
    if len(unique) < 2:
        return unique
    newest = session.scalar(select(func.max(CustomerSearch.customer_id))) or 0
    since = newest - RARITY_WINDOW
    seen = {d: _entries_since(session, kind, d, since) for d in unique}
    return sorted(unique, key=lambda d: seen[d])


def _entries_since(session: Session, kind: str, digest: bytes, since_id: int) -> int:
    stmt = select(func.count()).where(
        CustomerSearch.kind == kind,
        CustomerSearch.digest == digest,
        CustomerSearch.customer_id > since_id,
    )
    return session.scalar(stmt) or 0


def count(session: Session, vault: Vault, query: ParsedQuery, up_to: int | None = None) -> int:
    """How many customers match, counting no further than ``up_to`` when given."""
    return _count(session, matching_ids(session, vault, query), up_to)


def page(session: Session, vault: Vault, query: ParsedQuery, limit: int, offset: int) -> list[int]:
    return _page(session, matching_ids(session, vault, query), limit, offset)


def first_page(
    session: Session, vault: Vault, query: ParsedQuery, limit: int, count_up_to: int
) -> tuple[list[int], int]:
    """The first ``limit`` ids and how many match (counted up to ``count_up_to``), planned once.
    A page that is not full is the whole answer, so most searches by a specific name or the
    last digits of a phone need no count at all."""
    stmt = matching_ids(session, vault, query)
    ids = _page(session, stmt, limit, 0)
    if len(ids) < limit:
        return ids, len(ids)
    return ids, _count(session, stmt, count_up_to)


def _count(session: Session, stmt: Select[tuple[int]], up_to: int | None) -> int:
    stmt = stmt.order_by(None)
    if up_to is not None:
        stmt = stmt.limit(up_to)
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _page(session: Session, stmt: Select[tuple[int]], limit: int, offset: int) -> list[int]:
    return list(session.scalars(stmt.limit(limit).offset(offset)))
