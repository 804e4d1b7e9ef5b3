"""Consents: nothing granted by default, history never overwritten, opt-out in one call,
children need their guardian first, policy versions."""

from __future__ import annotations

from datetime import date

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import (
    MARKETING_CHANNELS,
    ConsentChange,
    ConsentMethod,
    ConsentNotice,
    Purpose,
    default_notice,
)
from shopprivacy.domain.customer_validation import GuardianRequired
from shopprivacy.domain.customers import Guardian
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.customer_helpers import add, draft, grant, policy

EMAIL = Purpose.MARKETING_EMAIL


def test_a_new_customer_has_nothing_granted(shop: Shop) -> None:
    made = add(shop)
    assert not any(made.consent_state.values()) and set(made.consent_state) == set(Purpose)


def test_grant_then_withdraw_keeps_both_in_the_history(shop: Shop) -> None:
    made = add(shop)
    grant(shop, made.id, EMAIL)
    shop.services.consents.record_consent(
        shop.care, made.id, ConsentChange(EMAIL, False, ConsentMethod.PHONE)
    )
    seen = shop.services.customers.get_customer(shop.sales, made.id)
    assert [(c.purpose, c.granted) for c in seen.consents] == [(EMAIL, False), (EMAIL, True)]
    given = seen.consents[1]
    assert given.notice == default_notice(EMAIL) and given.policy_version_id == policy(shop)
    assert given.staff_id == shop.sales.staff_id and given.method is ConsentMethod.SIGNED_FORM
    assert seen.consent_state[EMAIL] is False


def test_a_grant_must_say_what_the_customer_was_told(shop: Shop) -> None:
    made = add(shop)
    vague = ConsentNotice("Tin khuyến mãi", "Email", "")
    for change, field in [
        (ConsentChange(EMAIL, True, ConsentMethod.SIGNED_FORM, vague, policy(shop)), "notice"),
        (
            ConsentChange(EMAIL, True, ConsentMethod.SIGNED_FORM, default_notice(EMAIL)),
            "policy_version",
        ),
    ]:
        with pytest.raises(ValidationError) as info:
            shop.services.consents.record_consent(shop.sales, made.id, change)
        assert info.value.field == field
    assert not shop.services.consents.consent_state(shop.sales, made.id)[EMAIL]


def test_opt_out_is_one_call_and_immediate(shop: Shop) -> None:
    made = add(shop)
    for purpose in (EMAIL, Purpose.MARKETING_ZALO, Purpose.PARTNER_SHARING):
        grant(shop, made.id, purpose)
    withdrawn = shop.services.consents.opt_out(shop.care, made.id, ConsentMethod.PHONE)
    assert {r.purpose for r in withdrawn} == {EMAIL, Purpose.MARKETING_ZALO}
    state = shop.services.consents.consent_state(shop.care, made.id)
    assert not any(state[p] for p in MARKETING_CHANNELS)
    assert state[Purpose.PARTNER_SHARING]  # not a marketing channel: asked separately
    log = shop.services.audit.entries(shop.director, AuditFilter(action=Action.CONSENT_RECORDED))
    assert [(e.staff_id, e.detail["granted"]) for e in log[:2]] == [
        (shop.care.staff_id, False),
        (shop.care.staff_id, False),
    ]


def test_care_records_a_consent_but_only_the_director_keeps_policy_versions(shop: Shop) -> None:
    made = add(shop)
    grant_change = ConsentChange(
        EMAIL, True, ConsentMethod.SIGNED_FORM, default_notice(EMAIL), policy(shop)
    )
    shop.services.consents.record_consent(shop.care, made.id, grant_change)
    with pytest.raises(PermissionDenied):
        shop.services.policies.add_version(shop.sales, "x", "y", date(2026, 1, 1))


def child(shop: Shop, age: int, guardian: Guardian | None = None) -> int:
    birth = date(date.today().year - age, 1, 1)
    return shop.services.customers.create_customer(
        shop.sales,
        draft(name="Lê Minh Khang", mobile="0977 000 111", birth=birth, guardian=guardian),
    ).id


def test_a_child_needs_the_guardian_before_any_consent(shop: Shop) -> None:
    cid = child(shop, 10)
    with pytest.raises(GuardianRequired) as info:
        grant(shop, cid, EMAIL)
    assert info.value.child_too and info.value.field == "guardian"


def test_from_seven_the_child_must_agree_as_well(shop: Shop) -> None:
    mum = Guardian("Lê Thị Hoa", phone="0903 111 222", consent_method=ConsentMethod.SIGNED_FORM)
    cid = child(shop, 10, mum)
    with pytest.raises(GuardianRequired):
        grant(shop, cid, EMAIL)
    details = shop.services.customers.get_customer(shop.sales, cid)
    both = Guardian(
        "Lê Thị Hoa", "0903 111 222", consent_method=ConsentMethod.SIGNED_FORM, child_agreed=True
    )
    shop.services.customers.update_customer(
        shop.sales,
        cid,
        draft(name="Lê Minh Khang", mobile="0977 000 111", birth=details.birth_date, guardian=both),
        details.version,
    )
    grant(shop, cid, EMAIL)
    seen = shop.services.customers.get_customer(shop.sales, cid)
    assert seen.consent_state[EMAIL] and seen.guardian_consent_at is not None


def test_under_seven_the_guardian_alone_consents(shop: Shop) -> None:
    dad = Guardian("Lê Văn Nam", email="nam@gmail.com", consent_method=ConsentMethod.SIGNED_FORM)
    cid = child(shop, 5, dad)
    grant(shop, cid, EMAIL)


def test_the_shop_may_raise_the_age(shop: Shop) -> None:
    cid = child(shop, 17)
    grant(shop, cid, EMAIL)  # 17 is an adult under the law's default
    shop.services.customer_rules.set_minor_age(shop.director, 18)
    with pytest.raises(GuardianRequired):
        grant(shop, cid, Purpose.MARKETING_POST)
    with pytest.raises(ValidationError):
        shop.services.customer_rules.set_minor_age(shop.director, 15)  # below the law


def test_director_lists_customers_who_consented_under_an_older_policy(shop: Shop) -> None:
    old_policy = shop.services.policies.add_version(
        shop.director, "2025", "Bản cũ", date(2025, 1, 1)
    )
    a, b = add(shop).id, add(shop, name="Trần Bình", mobile="0987 111 222").id
    for cid in (a, b):
        shop.services.consents.record_consent(
            shop.sales,
            cid,
            ConsentChange(
                EMAIL, True, ConsentMethod.SIGNED_FORM, default_notice(EMAIL), old_policy.id
            ),
        )
    shop.services.policies.add_version(shop.director, "2026", "Bản mới", date(2026, 1, 1))
    grant(shop, b, EMAIL)  # b agreed again under the new text
    assert shop.services.policies.customers_on_older_versions(shop.director) == [a]
    assert [v.label for v in shop.services.policies.list_versions()] == ["2025", "2026"]
