"""The policy's storage: the new shop-profile details, and the facts kept with a published
version, are sealed on disk; and a shop that updates from the first release gets the default
register and is told no policy is in force."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shopprivacy.domain.staff import ShopProfile
from shopprivacy.services import Services
from tests.conftest import DIRECTOR_PASSWORD, Shop
from tests.storage.test_no_clear_text_on_disk import assert_absent
from tests.storage.test_upgrade_from_first_release import _open
from tests.storage.test_upgrade_from_first_release import old_shop as old_shop

OFFICER = "Hoàng Thị Thanh Xuân"
OFFICER_PHONE = "0977 246 810"
HOURS = "7:30–18:45 mỗi ngày"


@pytest.mark.sqlite_only("reads the SQLite file and its WAL")
def test_the_data_protection_person_and_hours_are_sealed(shop: Shop, tmp_path: Path) -> None:
    s = shop.services
    old = s.shop.profile()
    s.shop.update_profile(shop.director, ShopProfile(
        old.name, old.address, old.phone, old.email, HOURS, OFFICER, OFFICER_PHONE, True))  # fmt: skip
    again = Services(s.vault).shop.profile()
    assert (again.hours, again.dp_officer, again.dp_officer_phone, again.installs_cameras) == (
        HOURS, OFFICER, OFFICER_PHONE, True)  # fmt: skip
    # The facts stored with a published version name them too: sealed as well.
    s.policies.publish(shop.director, "v1", date(2026, 1, 1), "Chính sách (bản in tại quầy)")
    assert s.policies.version_facts(s.policies.version_by_label("v1").id).dp_officer == OFFICER
    shop.db.checkpoint()
    assert_absent([p for p in tmp_path.rglob("*") if p.is_file()], [OFFICER, OFFICER_PHONE, HOURS])


def test_an_updated_shop_gets_the_register_and_partners_stay_in_vietnam(old_shop: Path) -> None:
    db, auth = _open(old_shop)
    try:
        auth.open_database()
        signed = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
        services = Services(signed.vault)
        assert services.shop.profile().dp_officer == ""
        keys = {p.key for p in services.policies.purposes(signed.actor)}
        assert {"order_fulfilment", "accounting", "marketing_email"} <= keys
        assert [c.code for c in services.policies.check(signed.actor)] == ["no_policy"]
        text = services.policies.draft(signed.actor)
        assert "Cửa hàng Điện máy Hòa Bình" in text
    finally:
        db.dispose()
