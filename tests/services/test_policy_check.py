"""Policy against practice: each kind of contradiction is found, with a fix on either side, and
a shop that does what its policy says checks clean."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose, default_notice
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.disclosures import (
    Basis,
    DisclosedField,
    NewDisclosure,
    PartnerDraft,
    PartnerKind,
)
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.requests import Channel, NewRequest, RequestType
from shopprivacy.services.customer_rules import local_day
from tests.conftest import Shop
from tests.services.customer_helpers import add

INSTALLER = "Điện lạnh Minh Phát"


def _installer(shop: Shop, name: str = INSTALLER, country: str = "VN") -> int:
    today = local_day(shop.services.vault.now())
    draft = PartnerDraft(PartnerKind.INSTALLER, name, "0903 111 222",
                         today - timedelta(days=30), None, "HĐBM-01", country)  # fmt: skip
    return shop.services.partners.add_partner(shop.director, draft).id


def _publish(shop: Shop, label: str = "2026-01") -> None:
    p = shop.services.policies
    text = p.draft(shop.director)
    _version, found = p.publish_checked(shop.director, label, date(2026, 1, 1), text)
    assert found == []


def _codes(shop: Shop) -> list[str]:
    return [c.code for c in shop.services.policies.check(shop.director)]


def _grant(shop: Shop, customer_id: int, purpose: Purpose, method: ConsentMethod) -> None:
    version = shop.services.policies.current_version()
    assert version is not None
    change = ConsentChange(purpose, True, method, default_notice(purpose), version.id)
    shop.services.consents.record_consent(shop.sales, customer_id, change)


def _disclose(shop: Shop, customer_id: int, partner_id: int, basis: Basis) -> None:
    new = NewDisclosure((customer_id,), partner_id, (DisclosedField.NAME, DisclosedField.PHONE),
                        basis, "Lắp camera", "")  # fmt: skip
    shop.services.disclosures.record_disclosure(shop.sales, new)


def test_a_shop_that_does_what_its_policy_says_checks_clean(shop: Shop) -> None:
    pid = _installer(shop)
    _installer(shop, "CloudMail Pte. Ltd.", "SG")
    shop.services.customer_rules.set_field_collected(shop.director, OptionalField.BIRTH_DATE, False)
    _publish(shop)
    customer = add(shop)
    _grant(shop, customer.id, Purpose.PARTNER_SHARING, ConsentMethod.SIGNED_FORM)
    _grant(shop, customer.id, Purpose.MARKETING_EMAIL, ConsentMethod.SIGNED_FORM)
    _disclose(shop, customer.id, pid, Basis.CONSENT)
    _disclose(shop, customer.id, pid, Basis.CONTRACT)
    shop.services.requests.open_request(
        shop.care, NewRequest(RequestType.ACCESS, Channel.PHONE, customer.id)
    )
    assert _codes(shop) == []
    assert shop.services.policies.contradiction_count(shop.director) == 0


def test_a_field_switched_on_after_publishing_is_not_declared(shop: Shop) -> None:
    shop.services.customer_rules.set_field_collected(shop.director, OptionalField.BIRTH_DATE, False)
    _publish(shop)
    shop.services.customer_rules.set_field_collected(shop.director, OptionalField.BIRTH_DATE, True)
    [found] = shop.services.policies.check(shop.director)
    assert found.code == "field_not_declared" and found.params == {"field": "birth_date"}
    assert found.fix_policy and found.fix_practice


def test_a_partner_the_policy_does_not_name_and_a_disclosure_to_it(shop: Shop) -> None:
    _publish(shop)
    pid = _installer(shop)
    assert _codes(shop) == ["partner_not_named"]
    customer = add(shop)
    _disclose(shop, customer.id, pid, Basis.CONTRACT)
    assert _codes(shop) == ["partner_not_named", "disclosure_not_named"]
    assert shop.services.policies.contradiction_count(shop.director) == 2


def test_a_partner_moving_abroad_when_the_policy_says_data_stays_in_vietnam(shop: Shop) -> None:
    pid = _installer(shop)
    _publish(shop)
    info = next(p for p in shop.services.partners.list_partners(shop.director) if p.id == pid)
    draft = PartnerDraft(info.kind, info.name, info.contact, info.agreement_signed_on,
                         info.agreement_expires_on, info.agreement_reference, "SG")  # fmt: skip
    shop.services.partners.update_partner(shop.director, pid, draft)
    [found] = shop.services.policies.check(shop.director)
    assert found.code == "partner_abroad" and found.params["country"] == "SG"


def test_retention_months_changed_after_publishing(shop: Shop) -> None:
    _publish(shop)
    shop.services.customer_rules.set_retention_months(shop.director, 36)
    [found] = shop.services.policies.check(shop.director)
    assert found.code == "retention_differs"
    assert found.params == {"now": "36", "declared": "24"}


def test_a_consent_purpose_the_policy_does_not_state(shop: Shop) -> None:
    p = shop.services.policies
    zalo = next(x for x in p.purposes(shop.director) if x.key == "marketing_zalo")
    p.save_purpose(shop.director, replace(zalo, active=False))
    _publish(shop)
    assert "Zalo" not in (p.current_version() or p.list_versions()[0]).text
    customer = add(shop)
    # Switched off in the register: the desk cannot record it at all.
    with pytest.raises(ValidationError, match="register of processing purposes"):
        _grant(shop, customer.id, Purpose.MARKETING_ZALO, ConsentMethod.SIGNED_FORM)
    assert p.check(shop.director) == []
    # Switched back on without a new policy: the register and the consents go beyond it.
    p.save_purpose(shop.director, replace(zalo, active=True))
    _grant(shop, customer.id, Purpose.MARKETING_ZALO, ConsentMethod.SIGNED_FORM)
    found = {c.code: c.params for c in p.check(shop.director)}
    assert found == {
        "purpose_not_declared": {"purpose": zalo.name},
        "consent_purpose_undeclared": {"purpose": "marketing_zalo"},
    }


def test_a_request_channel_the_policy_does_not_list(shop: Shop) -> None:
    _publish(shop)
    customer = add(shop)
    shop.services.requests.open_request(
        shop.care, NewRequest(RequestType.ACCESS, Channel.WEB_FORM, customer.id)
    )
    [found] = shop.services.policies.check(shop.director)
    assert found.code == "channel_undeclared" and found.params == {"channel": "web_form"}


def test_sharing_on_a_consent_not_given_in_writing(shop: Shop) -> None:
    pid = _installer(shop)
    _publish(shop)
    customer = add(shop)
    _grant(shop, customer.id, Purpose.PARTNER_SHARING, ConsentMethod.PHONE)
    _disclose(shop, customer.id, pid, Basis.CONSENT)
    [found] = shop.services.policies.check(shop.director)
    assert found.code == "sharing_without_written_consent"
    assert found.params["partner"] == INSTALLER


def test_the_check_is_audited_with_its_count(shop: Shop) -> None:
    from shopprivacy.domain.audit import Action
    from shopprivacy.services.audit import AuditFilter

    _publish(shop)
    shop.services.customer_rules.set_retention_months(shop.director, 12)
    shop.services.policies.check(shop.director)
    entries = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.POLICY_CHECKED))
    )
    assert [e.detail["count"] for e in entries] == [1, 0]  # newest first


def test_a_purpose_added_or_kept_longer_after_publishing(shop: Shop) -> None:
    from shopprivacy.domain.policy import LegalBasis, ProcessingPurpose

    p = shop.services.policies
    _publish(shop)
    accounting = next(x for x in p.purposes(shop.director) if x.key == "accounting")
    p.save_purpose(shop.director, replace(accounting, retention_months=180))
    p.save_purpose(shop.director, ProcessingPurpose(
        None, "loyalty", "Thẻ thành viên", LegalBasis.CONTRACT, ("name",), "2 năm", 24))  # fmt: skip
    found = {c.code: c.params for c in p.check(shop.director)}
    assert found["purpose_retention_differs"]["now"] == "180"
    assert found["purpose_retention_differs"]["declared"] == "120"
    assert found["purpose_not_declared"] == {"purpose": "Thẻ thành viên"}
