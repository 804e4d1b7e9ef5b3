"""The policy's register, draft, publish and the rules around them, through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.disclosures import PartnerDraft, PartnerKind
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.domain.policy import LegalBasis, ProcessingPurpose
from shopprivacy.domain.staff import ShopProfile
from shopprivacy.storage.customer_models import PolicyVersionRow
from shopprivacy.storage.models import AuditEntry
from tests.conftest import Shop


def _actions(shop: Shop) -> list[str]:
    with shop.db.transaction() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_a_new_shop_has_the_default_register(shop: Shop) -> None:
    purposes = shop.services.policies.purposes(shop.sales)
    keys = {p.key for p in purposes}
    assert {"order_fulfilment", "warranty", "accounting", "requests"} <= keys
    consent = {p.consent_purpose for p in purposes if p.basis is LegalBasis.CONSENT}
    assert consent == set(Purpose)
    accounting = next(p for p in purposes if p.key == "accounting")
    assert accounting.basis is LegalBasis.LEGAL_OBLIGATION and accounting.retention_months == 120


def test_the_director_edits_the_register_and_it_is_audited(shop: Shop) -> None:
    p = shop.services.policies
    saved = p.save_purpose(shop.director, ProcessingPurpose(
        None, "loyalty_card", "Thẻ khách hàng thân thiết", LegalBasis.CONTRACT,
        ("name", "mobile_phone"), "Đến khi khách trả thẻ", None))  # fmt: skip
    assert saved.id is not None
    changed = p.save_purpose(shop.director, ProcessingPurpose(
        saved.id, "loyalty_card", "Thẻ thành viên", LegalBasis.CONTRACT, ("name",), "", 24))  # fmt: skip
    assert changed.name == "Thẻ thành viên"
    assert [x.name for x in p.purposes(shop.care) if x.key == "loyalty_card"] == ["Thẻ thành viên"]
    assert _actions(shop).count(Action.PROCESSING_PURPOSE_SAVED) == 2
    with pytest.raises(ValidationError):
        p.save_purpose(shop.director, ProcessingPurpose(
            None, "ads", "Quảng cáo", LegalBasis.CONSENT, ("name",), "", None))  # fmt: skip


@pytest.mark.parametrize("role", ["sales", "care"])
def test_only_the_director_drafts_publishes_checks_and_edits(shop: Shop, role: str) -> None:
    actor = getattr(shop, role)
    p = shop.services.policies
    purpose = p.purposes(actor)[0]
    for call in (
        lambda: p.draft(actor),
        lambda: p.facts(actor),
        lambda: p.publish(actor, "v1", date(2026, 1, 1), "x"),
        lambda: p.check(actor),
        lambda: p.contradiction_count(actor),
        lambda: p.change_notice(actor),
        lambda: p.save_purpose(actor, purpose),
        lambda: p.customers_on_older_versions(actor),
        lambda: p.notice_addressees(actor, [1]),
    ):
        before = _actions(shop).count(Action.PERMISSION_REFUSED)
        with pytest.raises(PermissionDenied):
            call()
        assert _actions(shop).count(Action.PERMISSION_REFUSED) == before + 1


def test_draft_reflects_the_shop_profile_and_partners(shop: Shop) -> None:
    s = shop.services
    profile = s.shop.profile()
    s.shop.update_profile(shop.director, ShopProfile(
        profile.name, profile.address, profile.phone, profile.email, hours="8:00–17:30",
        dp_officer="Trần Thị Bích Ngọc", dp_officer_phone="0903 123 456", installs_cameras=True))  # fmt: skip
    s.partners.add_partner(shop.director, PartnerDraft(
        PartnerKind.IT, "CloudMail Pte. Ltd.", country="SG"))  # fmt: skip
    assert s.shop.profile().dp_officer == "Trần Thị Bích Ngọc"
    text = s.policies.draft(shop.director, "vi")
    assert "Trần Thị Bích Ngọc" in text and "8:00–17:30" in text
    assert "CloudMail Pte. Ltd." in text and "Singapore" in text
    assert "Hình ảnh camera" in text
    assert "Dữ liệu của quý khách được lưu trữ và xử lý tại Việt Nam" not in text
    english = s.policies.draft(shop.director, "en")
    assert "Camera footage" in english and "transferred abroad: Singapore" in english
    assert Action.POLICY_DRAFTED in _actions(shop)


def test_a_published_version_is_stored_with_its_facts_and_never_changes(shop: Shop) -> None:
    p = shop.services.policies
    text = p.draft(shop.director)
    version, found = p.publish_checked(shop.director, "2026-12", date(2026, 1, 1), text)
    assert found == []
    assert p.current_version() == version
    assert p.version_by_label("2026-12").text == text.strip()
    facts = p.version_facts(version.id)
    assert facts is not None and facts.shop_name == shop.services.shop.profile().name
    with pytest.raises(Exception):  # noqa: B017 - a label is published once
        p.publish(shop.director, "2026-12", date(2026, 2, 1), "other text")
    # Every public method that takes a label or a version leaves the stored text alone.
    p.draft(shop.director)
    p.check(shop.director)
    p.publish(shop.director, "2027-01", date(2026, 2, 1), "Bản mới")
    p.change_notice(shop.director)
    with shop.db.transaction() as session:
        row = session.scalars(
            select(PolicyVersionRow).where(PolicyVersionRow.label == "2026-12")
        ).one()
        assert row.text == text.strip()


def test_a_grant_binds_to_a_version_already_in_force(shop: Shop) -> None:
    from datetime import timedelta

    from shopprivacy.domain.consents import ConsentChange, ConsentMethod, default_notice
    from shopprivacy.services.customer_rules import local_day
    from tests.services.customer_helpers import add

    p = shop.services.policies
    today = local_day(shop.services.vault.now())
    later = p.publish(shop.director, "sau", today + timedelta(days=30), "Bản sắp tới")
    customer = add(shop)
    purpose = Purpose.MARKETING_EMAIL
    change = ConsentChange(purpose, True, ConsentMethod.SIGNED_FORM, default_notice(purpose),
                           later.id)  # fmt: skip
    with pytest.raises(ValidationError, match="not in force yet"):
        shop.services.consents.record_consent(shop.sales, customer.id, change)
    now = p.publish(shop.director, "nay", today, "Bản hiện hành")
    record = shop.services.consents.record_consent(
        shop.sales, customer.id, replace(change, policy_version_id=now.id)
    )
    assert record.policy_version_id == now.id


def test_no_code_path_can_change_a_published_version(shop: Shop) -> None:
    """Besides the services offering no update, the storage refuses any ORM change to a stored
    version, and no module writes to one."""
    from pathlib import Path

    from shopprivacy.storage.policy_models import PublishedVersionChanged

    version = shop.services.policies.publish(shop.director, "v1", date(2026, 1, 1), "Bản gốc")
    with pytest.raises(PublishedVersionChanged), shop.db.transaction() as session:
        row = session.get(PolicyVersionRow, version.id)
        assert row is not None
        row.text = "Bản đã sửa"
    assert shop.services.policies.version_by_label("v1").text == "Bản gốc"
    src = Path(__file__).resolve().parents[2] / "src" / "shopprivacy"
    for path in src.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        assert "update(PolicyVersionRow" not in code, path
        assert "delete(PolicyVersionRow" not in code, path
