"""After a completed deletion: the person is gone for good, the shop's accounting stays."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.errors import NotFound
from shopprivacy.domain.request_letters import LetterKind
from shopprivacy.domain.requests import RequestType, Status
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.customer_helpers import grant
from tests.services.request_helpers import (
    EMAIL,
    MOBILE,
    NAME,
    customer_with_order,
    open_request,
    worked,
)

PERSONAL_TEXTS = [
    NAME,
    "Thu Hương",
    MOBILE,
    MOBILE.replace(" ", ""),
    "938765432",
    EMAIL,
    "12 Lê Lợi",
]


def sealed_blobs(path: Path, customer_id: int) -> list[bytes]:
    """Every ciphertext and search digest the customer has in the file right now."""
    con = sqlite3.connect(path)
    try:
        queries = [
            ("SELECT full_name_enc, notes_enc FROM customers WHERE id=?", 2),
            ("SELECT value_enc, digest FROM customer_contacts WHERE customer_id=?", 2),
            ("SELECT value_enc, NULL FROM customer_addresses WHERE customer_id=?", 1),
            ("SELECT digest, NULL FROM customer_search WHERE customer_id=?", 1),
            ("SELECT notice_enc, NULL FROM consents WHERE customer_id=?", 1),
            ("SELECT summary_enc, requester_contact_enc FROM data_requests WHERE customer_id=?", 2),
        ]
        blobs: list[bytes] = []
        for sql, _ in queries:
            for row in con.execute(sql, (customer_id,)):
                blobs += [bytes(v) for v in row if v is not None]
        return blobs
    finally:
        con.close()


def erase(shop: Shop, customer_id: int) -> int:
    req = worked(shop, RequestType.DELETION, customer_id, note=f"Chị {NAME} gọi từ {MOBILE}")
    shop.services.requests.request_approval(shop.care, req.id)
    shop.services.requests.approve(shop.director, req.id)
    done = shop.services.requests.complete(shop.care, req.id)
    assert done.status is Status.DONE
    return req.id


@pytest.mark.sqlite_only("reads the SQLite file's bytes")
def test_a_completed_deletion_leaves_nothing_of_the_person(shop: Shop, tmp_path: Path) -> None:
    customer = customer_with_order(shop)
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    earlier = open_request(shop, RequestType.ACCESS, customer.id, note=f"Email {EMAIL}")
    shop.db.checkpoint()
    blobs = sealed_blobs(shop.path, customer.id)
    assert len(blobs) >= 8

    request_id = erase(shop, customer.id)

    # Not found by name, phone or email, nor by id.
    for text in (NAME, "Hương", MOBILE, "5432", EMAIL):
        assert shop.services.customers.search_customers(shop.sales, text) == []
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.director, customer.id)

    # Nothing of theirs is left in the file's bytes, in clear or as old ciphertext.
    shop.db.checkpoint()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(p.stat().st_size == 0 for p in files if p.name.endswith("-wal"))
    for path in files:
        data = path.read_bytes()
        for value in PERSONAL_TEXTS:
            for encoding in ("utf-8", "utf-16-le"):
                assert value.encode(encoding) not in data, f"{value!r} in {path.name}"
        for blob in blobs:
            assert blob not in data, f"old ciphertext still in {path.name}"

    con = sqlite3.connect(shop.path)
    try:
        # The stub: id and creation date; every personal column empty.
        stub = con.execute(
            "SELECT full_name_enc, birth_date_enc, notes_enc, guardian_enc, erased_at, created_at "
            "FROM customers WHERE id=?",
            (customer.id,),
        ).fetchone()
        assert stub[:4] == (None, None, None, None) and stub[4] and stub[5]
        for table in ("customer_contacts", "customer_addresses", "customer_search"):
            count = con.execute(f"SELECT count(*) FROM {table} WHERE customer_id=?", (customer.id,))
            assert count.fetchone()[0] == 0
        # The order's accounting facts stay.
        order = con.execute(
            "SELECT sold_on, warranty_months FROM orders WHERE customer_id=?", (customer.id,)
        ).fetchone()
        sold = shop.services.vault.now().date() - timedelta(days=30)
        assert order == (sold.isoformat(), 24)
        # The ledger: ids and dates only.
        ledger = con.execute(
            "SELECT customer_id, reason FROM erasure_ledger WHERE customer_id=?", (customer.id,)
        ).fetchall()
        assert ledger == [(customer.id, "request")]
        # The requests stay as facts (kind, dates, status) without their texts.
        texts = con.execute(
            "SELECT summary_enc FROM data_requests WHERE id IN (?, ?)", (earlier.id, request_id)
        ).fetchall()
        assert texts == [(None,), (None,)]
    finally:
        con.close()

    # The audit log holds the request and the erasure, and no personal value.
    log = shop.services.audit.entries(shop.director, AuditFilter(limit=100_000))
    done = [e for e in log if e.action == Action.CUSTOMER_ERASED]
    assert len(done) == 1 and done[0].target_id == str(customer.id)
    assert done[0].detail["request_id"] == request_id
    dumped = json.dumps([e.detail for e in log], ensure_ascii=False)
    for value in PERSONAL_TEXTS:
        assert value not in dumped


def test_the_deletion_letter_explains_what_was_kept(shop: Shop) -> None:
    customer = customer_with_order(shop, sold_days_ago=60, warranty=24)
    request_id = erase(shop, customer.id)
    letter = shop.services.requests.letter_content(shop.care, request_id)
    assert letter.kind is LetterKind.DELETED
    # The addressee was kept, sealed with the request, before the erasure: it can be posted.
    assert letter.addressee == NAME and letter.address and letter.kept_until is not None
    assert letter.holds is not None and len(letter.holds.open_warranties) == 1


def test_legal_holds_are_shown_before_approval(shop: Shop) -> None:
    customer = customer_with_order(shop, sold_days_ago=400, warranty=12)
    req = worked(shop, RequestType.DELETION, customer.id)
    holds = shop.services.requests.legal_holds(shop.director, req.id)
    assert len(holds.orders) == 1 and holds.open_warranties == ()


def test_an_erased_customer_cannot_get_a_new_request(shop: Shop) -> None:
    customer = customer_with_order(shop)
    erase(shop, customer.id)
    with pytest.raises(NotFound):
        open_request(shop, RequestType.ACCESS, customer.id)
