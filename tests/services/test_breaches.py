"""The breach register through the service layer: director only, every step in order and
audited with ids only, texts sealed on disk."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.breaches import BreachStatus, DataCategory, NewBreach
from shopprivacy.domain.errors import ConflictError, PermissionDenied, ValidationError
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.breach_helpers import LOST_LAPTOP, MEASURES, record
from tests.services.customer_helpers import HOME, add


def _actions(shop: Shop, since_seq: int) -> list[tuple[str, str | None, dict[str, object]]]:
    entries = shop.services.audit.entries(shop.director, AuditFilter())
    return [(e.action, e.target_id, e.detail) for e in reversed(entries) if e.seq > since_seq]


@pytest.mark.parametrize("who", ["sales", "care"])
def test_sales_and_care_cannot_touch_the_breach_register(shop: Shop, who: str) -> None:
    actor = getattr(shop, who)
    breach = record(shop, None)
    seq, _ = shop.services.audit.head()
    now = shop.services.vault.now()
    with pytest.raises(PermissionDenied):
        shop.services.breaches.list_breaches(actor)
    with pytest.raises(PermissionDenied):
        shop.services.breaches.get_breach(actor, breach.id)
    with pytest.raises(PermissionDenied):
        shop.services.breaches.record_breach(
            actor,
            NewBreach(now, now, (DataCategory.NAMES,), None, "x"),
        )
    with pytest.raises(PermissionDenied):
        shop.services.breaches.mark_authority_notified(actor, breach.id, now, "123/CV")
    with pytest.raises(PermissionDenied):
        shop.services.breaches.letters(actor, breach.id)
    logged = _actions(shop, seq)
    refused = [a for a in logged if a[0] == Action.PERMISSION_REFUSED]
    assert len(refused) == 5
    assert all(d["permission"] == "manage_breaches" for _a, _t, d in refused)
    assert shop.services.breaches.get_breach(shop.director, breach.id).status is BreachStatus.OPEN


def test_director_walks_a_breach_from_open_to_closed(shop: Shop) -> None:
    anh = add(shop, addresses=(HOME,))
    seq, _ = shop.services.audit.head()
    breach = record(shop, (anh.id,))
    assert breach.status is BreachStatus.OPEN
    assert breach.customer_ids == (anh.id,) and not breach.all_customers
    assert breach.description == LOST_LAPTOP and breach.measures == MEASURES
    assert breach.deadline == breach.found_at + timedelta(hours=72)

    svc = shop.services.breaches
    now = shop.services.vault.now()
    with pytest.raises(ConflictError):
        svc.close_breach(shop.director, breach.id, "Xong")
    with pytest.raises(ValidationError):
        svc.mark_authority_notified(shop.director, breach.id, now, "   ")
    with pytest.raises(ValidationError):
        svc.mark_authority_notified(
            shop.director, breach.id, breach.found_at - timedelta(hours=1), "12/CV"
        )
    step1 = svc.mark_authority_notified(shop.director, breach.id, now, "Công văn số 12/CV-AK")
    assert step1.status is BreachStatus.AUTHORITY_NOTIFIED
    assert step1.authority_reference == "Công văn số 12/CV-AK"
    step2 = svc.mark_customers_notified(shop.director, breach.id, now)
    assert step2.customers_notified_at == now
    done = svc.close_breach(shop.director, breach.id, "Đã thay máy, đã báo khách")
    assert done.status is BreachStatus.CLOSED and done.closing_note.startswith("Đã thay")

    listed = svc.list_breaches(shop.director)
    assert [(b.id, b.status, b.customer_count) for b in listed] == [
        (breach.id, BreachStatus.CLOSED, 1)
    ]
    actions = [a for a, _t, _d in _actions(shop, seq)]
    assert actions == [
        Action.BREACH_RECORDED,
        Action.BREACH_AUTHORITY_NOTIFIED,
        Action.BREACH_CUSTOMERS_NOTIFIED,
        Action.BREACH_CLOSED,
        Action.BREACHES_LISTED,
    ]
    # Ids, counts and codes only: nothing written about the breach reaches the log.
    details = json.dumps([d for _a, _t, d in _actions(shop, seq)], ensure_ascii=False)
    assert "Laptop" not in details and "Máy" not in details and "12/CV" not in details


def test_notifying_a05_after_72_hours_is_logged_as_late(shop: Shop) -> None:
    breach = record(shop, None, hours_ago=80)
    seq, _ = shop.services.audit.head()
    shop.services.breaches.mark_authority_notified(
        shop.director, breach.id, shop.services.vault.now(), "99/CV"
    )
    [(_action, target, detail)] = _actions(shop, seq)
    assert target == str(breach.id) and detail == {"late": True}


def test_a_breach_of_all_customers_counts_everyone_still_held(shop: Shop) -> None:
    first = add(shop)
    add(shop, name="Trần Thị Bình", mobile="0987 654 321")
    breach = record(shop, None)
    assert breach.all_customers and first.id in breach.customer_ids
    assert len(breach.customer_ids) == 2
    assert shop.services.breaches.list_breaches(shop.director)[0].customer_count == 2


def test_letters_name_each_affected_customer_and_are_audited(shop: Shop) -> None:
    anh = add(shop, addresses=(HOME,))
    breach = record(shop, (anh.id,))
    seq, _ = shop.services.audit.head()
    letters = shop.services.breaches.letters(shop.director, breach.id)
    [one] = letters.addressees
    assert one.name == "Nguyễn Văn Ánh" and "12 Lê Lợi" in one.address
    assert letters.profile.name
    [(action, _t, detail)] = _actions(shop, seq)
    assert action == Action.BREACH_LETTERS_MADE and detail == {"letters": 1}


def test_unknown_customer_is_refused_and_nothing_is_stored(shop: Shop) -> None:
    with pytest.raises(Exception, match="#9999"):
        record(shop, (9999,))
    assert shop.services.breaches.list_breaches(shop.director) == []


def test_what_happened_is_not_in_clear_in_the_database_file(shop: Shop) -> None:
    breach = record(shop, None)
    shop.services.breaches.mark_authority_notified(
        shop.director, breach.id, shop.services.vault.now(), "REF-7781-AK"
    )
    shop.db.checkpoint()
    if shop.path is None:
        pytest.skip("needs the SQLite file")
    raw = b"".join(
        p.read_bytes() for p in shop.path.parent.glob(shop.path.name + "*") if p.is_file()
    )
    for text in (LOST_LAPTOP, MEASURES, "REF-7781-AK"):
        assert text.encode() not in raw
