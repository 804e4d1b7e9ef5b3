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
# A count of several words walks at most this many entries of the rarest word; beyond them the
# list says "N or more" with the matches found so far (true, and typing stays quick with a
# million customers). A page is never cut short: it walks until it is full.
COUNT_BUDGET = 10_000


@dataclass(frozen=True)
class FirstPage:
    ids: list[int]
    total: int  # how many match, or (``at_least``) how many were counted before stopping
    at_least: bool = False


def matching_ids(session: Session, vault: Vault, query: ParsedQuery) -> Select[tuple[int]]:
    """A statement selecting the ids of customers that match ``query``, newest first.

    Text searches read the index alone: an erased customer has no rows in it (erasure calls
    ``clear_index``). Several words join the index with itself, starting from the rarest word
    ("Nguyễn Thị Q" walks the few "q" entries, not the many "nguyen" ones) and newest first, so
    the database stops as soon as a page is full.
    """
    return _statement(query, _digests(session, vault, query))


def _digests(session: Session, vault: Vault, query: ParsedQuery) -> list[bytes]:
    if query.kind in (QueryKind.ALL, QueryKind.NOTHING):
        return []
    kind = str(query.kind)
    return _rarest_first(session, kind, [vault.index.digest(kind, t) for t in query.terms])


def _statement(
    query: ParsedQuery, digests: list[bytes], newer_than: int | None = None
) -> Select[tuple[int]]:
    """The ids matching every digest, walking the first one's entries newest first (only those
    of customers newer than ``newer_than`` when given)."""
    if query.kind is QueryKind.ALL:
        return select(Customer.id).where(Customer.erased_at.is_(None)).order_by(Customer.id.desc())
    if query.kind is QueryKind.NOTHING:
        return select(Customer.id).where(Customer.id.is_(None))
    kind = str(query.kind)
    first, *others = digests
    lead = aliased(CustomerSearch)
    stmt = select(lead.customer_id).where(lead.kind == kind, lead.digest == first)
    if newer_than is not None:
        stmt = stmt.where(lead.customer_id > newer_than)
    # "+ 0" keeps the rarest word's entries the outer loop and every other word an equality
    # lookup: SQLite would otherwise copy ``newer_than`` onto the other words as a range.
    walked = lead.customer_id + 0
    for digest in others:
        alias = aliased(CustomerSearch)
        stmt = stmt.join(alias, alias.customer_id == walked).where(
            alias.kind == kind, alias.digest == digest
        )
    return stmt.order_by(lead.customer_id.desc())


def _entries(kind: str, digest: bytes) -> Select[tuple[int]]:
    return select(CustomerSearch.customer_id).where(
        CustomerSearch.kind == kind, CustomerSearch.digest == digest
    )


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
    """How many customers match (exactly), counting no further than ``up_to`` when given."""
    return _count(session, matching_ids(session, vault, query), up_to)


def page(session: Session, vault: Vault, query: ParsedQuery, limit: int, offset: int) -> list[int]:
    return _page(session, matching_ids(session, vault, query), limit, offset)


def first_page(
    session: Session, vault: Vault, query: ParsedQuery, limit: int, count_up_to: int
) -> FirstPage:
    """The first ``limit`` ids and how many match, counted up to ``count_up_to``, planned once.
    A page that is not full is the whole answer, so a specific name or the last digits of a
    phone need no count at all; a count of several words stops after ``COUNT_BUDGET`` entries
    of the rarest word and then says it is a lower bound."""
    digests = _digests(session, vault, query)
    ids = _page(session, _statement(query, digests), limit, 0)
    if len(ids) < limit:
        return FirstPage(ids, len(ids))
    if len(digests) < 2:
        return FirstPage(ids, _count(session, _statement(query, digests), count_up_to))
    # The customer just past the rarest word's newest COUNT_BUDGET entries, if it has more.
    beyond = session.scalar(
        _entries(str(query.kind), digests[0])
        .order_by(CustomerSearch.customer_id.desc())
        .offset(COUNT_BUDGET)
        .limit(1)
    )
    counted = _count(session, _statement(query, digests, beyond), count_up_to)
    cut_short = beyond is not None and counted < count_up_to
    return FirstPage(ids, max(counted, len(ids)), at_least=cut_short)


def _count(session: Session, stmt: Select[tuple[int]], up_to: int | None) -> int:
    stmt = stmt.order_by(None)
    if up_to is not None:
        stmt = stmt.limit(up_to)
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _page(session: Session, stmt: Select[tuple[int]], limit: int, offset: int) -> list[int]:
    return list(session.scalars(stmt.limit(limit).offset(offset)))
