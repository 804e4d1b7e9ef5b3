"""The practice shop: built through the real services, marked DEMO everywhere, never in the
PC's keyring."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.breaches import BreachStatus
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.demo_data import sample_customers
from shopprivacy.domain.errors import DeviceNotEnrolled
from shopprivacy.domain.requests import Status
from shopprivacy.domain.staff import Role
from shopprivacy.reports.access_review import export_access_review_pdf
from shopprivacy.reports.customer_data_report import export_customer_data_report_pdf
from shopprivacy.services.auth import AuthService
from shopprivacy.services.demo import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DemoDeviceStore,
    DemoShop,
    build_demo,
)
from shopprivacy.services.reports_log import is_demo
from shopprivacy.storage.database import Database
from shopprivacy.storage.locations import resolve_database
from tests.conftest import MemoryKeyring
from tests.reports.conftest import pdf_pages

Demo = tuple[DemoShop, Database, DemoDeviceStore]


def _build(folder: Path, customers: int = 20) -> Demo:
    db = Database(resolve_database(str(folder / "demo.sqlite")))
    devices = DemoDeviceStore()
    return build_demo(db, devices, customers=customers), db, devices


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """One practice shop for the read-only checks below (building one takes a few seconds)."""
    built = _build(tmp_path_factory.mktemp("demo"))
    yield built
    built[1].dispose()


def test_a_demo_database_says_it_is_a_demo(demo: Demo) -> None:
    shop, db, devices = demo
    assert is_demo(shop.services.vault)
    assert AuthService(db, devices).is_demo()


def test_every_role_can_sign_in_with_the_shown_password_and_goes_straight_in(
    demo: Demo,
) -> None:
    _, db, devices = demo
    roles = set()
    for account in DEMO_ACCOUNTS:
        signed = AuthService(db, devices).sign_in(account.username, DEMO_PASSWORD)
        assert not signed.must_change_password
        roles.add(signed.actor.role)
    assert roles == set(Role)


def test_a_demo_leaves_nothing_in_the_pcs_keyring(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    _, db, _ = _build(tmp_path, customers=2)
    db.dispose()
    assert not memory_keyring.holds_device_secret() and not memory_keyring.store


def test_the_demo_database_does_not_open_with_another_runs_device_store(
    demo: Demo,
) -> None:
    _, db, _ = demo
    with pytest.raises(DeviceNotEnrolled):
        AuthService(db, DemoDeviceStore()).sign_in("giamdoc", DEMO_PASSWORD)


def test_the_care_queue_has_open_overdue_and_waiting_requests(
    demo: Demo,
) -> None:
    shop, _, _ = demo
    counts = shop.services.requests.counts(shop.actors[Role.CARE])
    assert counts.open == len(shop.request_ids)
    assert counts.overdue >= 2 and counts.awaiting_approval == 1
    deletion = shop.services.requests.get_request(
        shop.actors[Role.DIRECTOR], shop.request_ids["deletion"]
    )
    assert deletion.status is Status.AWAITING_APPROVAL


def test_the_withdrawal_took_marketing_consent_away(
    demo: Demo,
) -> None:
    shop, _, _ = demo
    care = shop.actors[Role.CARE]
    request = shop.services.requests.get_request(care, shop.request_ids["withdrawal"])
    assert request.customer_id is not None
    state = shop.services.consents.consent_state(care, request.customer_id)
    assert not any(state[p] for p in Purpose if p.is_marketing_channel)


def test_sample_customers_are_vietnamese_spread_over_provinces_and_unique_by_phone() -> None:
    from datetime import date

    people = sample_customers(200, date(2026, 11, 23))
    phones = [p.draft.contacts[0].value for p in people]
    assert len(set(phones)) == len(phones)
    assert len({p.draft.addresses[0].province for p in people}) >= 10
    assert any("ễ" in p.draft.full_name or "ầ" in p.draft.full_name for p in people)
    assert any(o.warranty_months for p in people for o in p.orders)
    assert sample_customers(5, date(2026, 11, 23)) == sample_customers(5, date(2026, 11, 23))


def test_reports_printed_from_a_demo_carry_demo_on_every_page(demo: Demo, tmp_path: Path) -> None:
    shop, _, _ = demo
    director = shop.actors[Role.DIRECTOR]
    today = shop.services.vault.now().date()
    review = tmp_path / "review.pdf"
    export_access_review_pdf(shop.services, director, today, today, review)
    data = tmp_path / "customer.pdf"
    export_customer_data_report_pdf(
        shop.services, shop.actors[Role.CARE], shop.customer_ids[0], data
    )
    for path in (review, data):
        pages = pdf_pages(path)
        assert pages and all("DEMO" in page for page in pages)


def test_the_demo_has_a_disclosure_and_a_breach_inside_its_72_hours(demo: Demo) -> None:
    shop, _, _ = demo
    director = shop.actors[Role.DIRECTOR]
    assert shop.services.disclosures.customer_disclosures(director, shop.customer_ids[8])
    (breach,) = shop.services.breaches.list_breaches(director)
    assert breach.status is BreachStatus.OPEN
    assert shop.services.vault.now() - breach.found_at < timedelta(hours=72)


def test_building_reports_its_progress_step_by_step_to_the_end(tmp_path: Path) -> None:
    """What the start-up window counts while the practice shop is built."""
    heard: list[tuple[int, int]] = []
    db = Database(resolve_database(str(tmp_path / "demo.sqlite")))
    shop = build_demo(db, DemoDeviceStore(), 20, lambda done, total: heard.append((done, total)))
    db.dispose()
    assert len(shop.customer_ids) == 20
    assert heard[0] == (0, 23) and heard[-1] == (23, 23)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    assert len(heard) >= 20  # one step per customer at least: the count visibly moves
