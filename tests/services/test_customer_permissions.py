"""The sales desk's use cases walked against every role: refused calls raise and are logged;
a damaged record is reported and the rest still show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose, default_notice
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.errors import DamagedRecord, PermissionDenied
from shopprivacy.domain.orders import NewOrder
from shopprivacy.domain.staff import Actor, Role
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from shopprivacy.storage.customer_models import Customer
from tests.conftest import Shop
from tests.services.customer_helpers import HOME, add, draft, policy

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "messy_customers.csv"

Call = Callable[[Services, Actor, int, Path], Any]
CALLS: dict[str, Call] = {
    "create": lambda s, a, c, t: s.customers.create_customer(a, draft(name="Mới", mobile="0977 222 333")),
    "edit": lambda s, a, c, t: s.customers.update_customer(a, c, draft(notes="x"), 1),
    "view": lambda s, a, c, t: s.customers.get_customer(a, c),
    "print": lambda s, a, c, t: s.customers.print_customer(a, c),
    "find": lambda s, a, c, t: s.customers.search_customers(a, "anh"),
    "order": lambda s, a, c, t: s.orders.add_order(a, c, NewOrder(date(2026, 1, 1), "Camera", 12)),
    "grant": lambda s, a, c, t: s.consents.record_consent(
        a, c, ConsentChange(Purpose.MARKETING_EMAIL, True, ConsentMethod.SIGNED_FORM,
                            default_notice(Purpose.MARKETING_EMAIL), 1)),
    "opt_out": lambda s, a, c, t: s.consents.opt_out(a, c, ConsentMethod.PHONE),
    "export": lambda s, a, c, t: s.marketing.export_marketing(a, Purpose.MARKETING_EMAIL, t / "m.csv"),
    "import": lambda s, a, c, t: s.importer.run_import(a, SAMPLE, dry_run=True),
    "policy": lambda s, a, c, t: s.policies.add_version(a, f"v-{a.username}", "Nội dung", date(2026, 2, 1)),
    "outdated": lambda s, a, c, t: s.policies.customers_on_older_versions(a),
    "rules": lambda s, a, c, t: s.customer_rules.set_field_collected(a, OptionalField.NOTES, True),
}  # fmt: skip
ALLOWED = {
    Role.DIRECTOR: set(CALLS),
    Role.SALES: {"create", "edit", "view", "print", "find", "order", "grant", "opt_out",
                 "export", "import"},
    Role.CARE: {"view", "print", "find", "grant", "opt_out"},
}  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("name", list(CALLS))
def test_every_desk_use_case_for_every_role(
    shop: Shop, tmp_path: Path, role: Role, name: str
) -> None:
    customer = add(shop).id
    policy(shop)
    actor = shop.actor(role)
    if name in ALLOWED[role]:
        CALLS[name](shop.services, actor, customer, tmp_path)
        return
    with pytest.raises(PermissionDenied):
        CALLS[name](shop.services, actor, customer, tmp_path)
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, staff_id=actor.staff_id)
    )
    assert refused, f"{role} {name}: refusal not logged"


def stored_name(shop: Shop, customer_id: int) -> bytes:
    with shop.db.transaction() as session:
        table = Customer.__table__
        query = select(table.c.full_name_enc).where(table.c.id == customer_id)
        return bytes(session.execute(query).scalar_one())


def tamper_name(shop: Shop, customer_id: int, blob: bytes) -> None:
    """What someone with a database tool could do, bypassing the app."""
    with shop.db.transaction() as session:
        table = Customer.__table__
        session.execute(update(table).where(table.c.id == customer_id).values(full_name_enc=blob))


def test_a_damaged_name_is_reported_and_the_list_still_shows(shop: Shop) -> None:
    bad = add(shop).id
    good = add(shop, name="Trần Bình", mobile="0987 111 222", addresses=(HOME,)).id
    blob = bytearray(stored_name(shop, bad))
    blob[-1] ^= 0xFF
    tamper_name(shop, bad, bytes(blob))
    rows = {r.id: r for r in shop.services.customers.search_customers(shop.sales, "")}
    assert rows[bad].damaged and rows[bad].full_name == ""
    assert rows[good].full_name == "Trần Bình" and rows[good].province == "TP. Hồ Chí Minh"
    assert rows[good].retention_until is not None
    with pytest.raises(DamagedRecord):
        shop.services.customers.get_customer(shop.sales, bad)
    damaged = shop.services.audit.entries(shop.director, AuditFilter(action=Action.RECORD_DAMAGED))
    assert damaged[0].target_id == str(bad) and damaged[0].staff_id == shop.sales.staff_id


def test_sealed_values_cannot_be_swapped_between_customers(shop: Shop) -> None:
    a = add(shop).id
    b = add(shop, name="Trần Bình", mobile="0987 111 222").id
    tamper_name(shop, b, stored_name(shop, a))
    with pytest.raises(DamagedRecord):
        shop.services.customers.get_customer(shop.sales, b)
