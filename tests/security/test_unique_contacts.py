"""Two desks saving the same phone at the same moment: the check before saving cannot see the
other desk's customer, so the database itself must refuse the second (a unique claim on the
phone's keyed digest). Here the race is replayed by letting both pass that check."""

from __future__ import annotations

import pytest

from shopprivacy.domain.customer_validation import DuplicateCustomer
from shopprivacy.services import customer_records
from tests.conftest import Shop
from tests.services.customer_helpers import add


def test_a_phone_saved_twice_past_the_check_is_refused_by_the_database(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both desks looked before either had saved: neither saw a holder.
    monkeypatch.setattr(customer_records, "find_duplicate", lambda *_a, **_k: None)
    first = add(shop, name="Nguyễn Văn An", mobile="0901 234 567")
    with pytest.raises(DuplicateCustomer) as info:
        add(shop, name="Trần Thị Bình", mobile="+84 901 234 567")
    assert info.value.existing_id == first.id
    names = [r.full_name for r in shop.services.customers.search_customers(shop.sales, "", 50, 0)]
    assert names == ["Nguyễn Văn An"]  # nothing of the second was kept


def test_a_customer_keeps_its_own_phone_on_edit(shop: Shop) -> None:
    from dataclasses import replace

    from tests.services.customer_helpers import draft

    mine = draft(name="Lê Văn Cường", mobile="0912 000 111")
    created = shop.services.customers.create_customer(shop.sales, mine)
    updated = shop.services.customers.update_customer(
        shop.sales, created.id, replace(mine, notes="khách quen"), created.version
    )
    assert [c.value for c in updated.contacts] == [c.value for c in created.contacts]
