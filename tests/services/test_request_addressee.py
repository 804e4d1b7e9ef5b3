"""The reply letter composed before an erasure: the addressee kept sealed with the request, the
customer's other open requests closed each with its own letter, and the addressee gone when the
request record's retention ends."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.domain.request_letters import LetterKind
from shopprivacy.domain.requests import (
    Channel,
    HistoryKind,
    Honorific,
    IdentityMethod,
    NewRequest,
    RequestType,
    Status,
)
from shopprivacy.services.audit import AuditFilter
from shopprivacy.storage.request_models import DataRequest
from tests.conftest import Shop
from tests.services.request_helpers import NAME, customer_with_order, open_request, worked


def approved_deletion(shop: Shop, customer_id: int) -> int:
    req = shop.services.requests.open_request(
        shop.care,
        NewRequest(
            RequestType.DELETION, Channel.PHONE, customer_id=customer_id, honorific=Honorific.BA
        ),
    )
    requests = shop.services.requests
    requests.record_identity_check(shop.care, req.id, IdentityMethod.CALL_BACK)
    requests.start(shop.care, req.id)
    requests.request_approval(shop.care, req.id)
    requests.approve(shop.director, req.id)
    return req.id


def test_erasure_keeps_each_letters_addressee_and_closes_the_other_requests(shop: Shop) -> None:
    customer = customer_with_order(shop)
    requests = shop.services.requests
    access = worked(shop, RequestType.ACCESS, customer.id)
    complaint = open_request(shop, RequestType.COMPLAINT, customer.id)
    requests.wait_on_customer(shop.care, complaint.id, "Chờ khách gửi ảnh hóa đơn")
    deletion = approved_deletion(shop, customer.id)
    done = requests.complete(shop.care, deletion)
    assert done.status is Status.DONE and done.letter_ready

    letter = requests.letter_content(shop.care, deletion)
    assert letter.kind is LetterKind.DELETED
    assert (letter.addressee, letter.honorific) == (NAME, Honorific.BA)
    assert letter.address and "Lê Lợi" in letter.address
    assert letter.kept_until is not None and letter.kept_until > shop.services.vault.now()

    for other in (access.id, complaint.id):
        info = requests.get_request(shop.care, other)
        assert info.status is Status.DONE and not info.waiting and info.letter_ready
        assert (HistoryKind.CLOSED_BY_ERASURE, str(deletion)) in [
            (h.kind, h.text) for h in info.history
        ]
        own = requests.letter_content(shop.care, other)
        assert own.kind is LetterKind.CLOSED_BY_ERASURE and own.erased_by_request == deletion
        assert own.addressee == NAME
    closed = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.REQUEST_COMPLETED)
    )
    assert sorted(
        int(e.target_id or 0) for e in closed if e.detail.get("closed_by_erasure") == deletion
    ) == sorted([access.id, complaint.id])
    # Reprinting works as often as needed, from the kept addressee.
    assert requests.letter_content(shop.care, deletion).addressee == NAME


def test_a_kept_addressee_moved_to_another_request_is_damage_not_a_blank_letter(
    shop: Shop,
) -> None:
    customer = customer_with_order(shop)
    other = open_request(shop, RequestType.ACCESS, customer.id)
    deletion = approved_deletion(shop, customer.id)
    shop.services.requests.complete(shop.care, deletion)
    with shop.services.vault.db.transaction() as session:
        a = session.get(DataRequest, deletion)
        b = session.get(DataRequest, other.id)
        assert a is not None and b is not None
        b.letter_addressee_enc = a.letter_addressee_enc
    with pytest.raises(DamagedRecord):
        shop.services.requests.letter_content(shop.care, other.id)
    assert shop.services.requests.letter_content(shop.care, deletion).addressee == NAME


def test_the_kept_addressee_goes_when_the_request_records_retention_ends(shop: Shop) -> None:
    customer = customer_with_order(shop)
    deletion = approved_deletion(shop, customer.id)
    shop.services.requests.complete(shop.care, deletion)
    kept_until = shop.services.requests.letter_content(shop.care, deletion).kept_until
    assert kept_until is not None
    shop.services.vault.clock = lambda: kept_until + timedelta(days=1)
    letter = shop.services.requests.letter_content(shop.care, deletion)
    assert letter.addressee is None and letter.address is None
    with shop.services.vault.db.transaction() as session:
        row = session.get(DataRequest, deletion)
        assert row is not None and row.letter_addressee_enc is None
