"""Partners and disclosures: nothing leaves the shop without a basis, an agreement and the right
person's say; every disclosure and every refusal is in the audit log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose
from shopprivacy.domain.customer_data import to_json
from shopprivacy.domain.customers import Address
from shopprivacy.domain.disclosures import (
    Basis,
    DisclosedField,
    NewDisclosure,
    PartnerDraft,
    PartnerKind,
)
from shopprivacy.domain.errors import ConflictError, PermissionDenied, ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.customer_rules import local_day
from tests.conftest import Shop
from tests.services.customer_helpers import add, grant

INSTALLER = "Công ty Lắp đặt Sao Mai"
FIELDS = (DisclosedField.NAME, DisclosedField.PHONE, DisclosedField.ADDRESS)


def today(shop: Shop) -> date:
    return local_day(shop.services.vault.now())


def partner(
    shop: Shop,
    kind: PartnerKind = PartnerKind.INSTALLER,
    name: str = INSTALLER,
    expires_in_days: int | None = 365,
) -> int:
    signed = today(shop) - timedelta(days=400)
    expires = None if expires_in_days is None else today(shop) + timedelta(days=expires_in_days)
    draft = PartnerDraft(kind, name, "0903 111 222", signed, expires, "HĐBM-2025/07")
    return shop.services.partners.add_partner(shop.director, draft).id


def authority(shop: Shop) -> int:
    draft = PartnerDraft(PartnerKind.AUTHORITY, "Công an Quận 1")
    return shop.services.partners.add_partner(shop.director, draft).id


def disclose(
    shop: Shop,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    basis: Basis = Basis.CONTRACT,
    reference: str = "",
) -> int:
    new = NewDisclosure((customer_id,), partner_id, FIELDS, basis, "Lắp điều hoà", reference)
    return shop.services.disclosures.record_disclosure(actor, new).id


def audit(shop: Shop, action: Action) -> list[dict[str, object]]:
    found = shop.services.audit.entries(shop.director, AuditFilter(action=str(action)))
    return [e.detail for e in found]


def withdraw_sharing(shop: Shop, customer_id: int) -> None:
    shop.services.consents.record_consent(
        shop.care, customer_id, ConsentChange(Purpose.PARTNER_SHARING, False, ConsentMethod.PHONE)
    )


def test_disclosure_to_a_partner_with_an_expired_agreement_is_refused_and_logged(
    shop: Shop,
) -> None:
    customer = add(shop)
    expired = partner(shop, expires_in_days=-1)
    with pytest.raises(ConflictError, match="no valid confidentiality agreement"):
        disclose(shop, shop.director, customer.id, expired)
    assert audit(shop, Action.DISCLOSURE_RECORDED) == []
    [refusal] = audit(shop, Action.DISCLOSURE_REFUSED)
    assert refusal["reason"] == "no_valid_agreement"
    assert refusal["customer_ids"] == [customer.id]


def test_an_agreement_is_still_valid_on_its_expiry_day(shop: Shop) -> None:
    customer = add(shop)
    disclose(shop, shop.sales, customer.id, partner(shop, expires_in_days=0))


def test_a_partner_without_any_agreement_is_refused(shop: Shop) -> None:
    customer = add(shop)
    bare = shop.services.partners.add_partner(
        shop.director, PartnerDraft(PartnerKind.DELIVERY, "Giao hàng Nhanh")
    )
    with pytest.raises(ConflictError):
        disclose(shop, shop.director, customer.id, bare.id)


def test_sales_records_a_contract_disclosure_to_a_partner_with_a_valid_agreement(
    shop: Shop,
) -> None:
    customer = add(shop)
    pid = partner(shop)
    made = disclose(shop, shop.sales, customer.id, pid)
    [entry] = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.DISCLOSURE_RECORDED))
    )
    assert entry.target_id == str(made) and entry.staff_id == shop.sales.staff_id
    assert entry.detail == {
        "partner_id": pid, "customer_ids": [customer.id], "fields": ["name", "phone", "address"],
        "basis": "contract", "job_sheet": False,
    }  # fmt: skip
    [listed] = shop.services.disclosures.customer_disclosures(shop.director, customer.id)
    assert listed.partner_name == INSTALLER and listed.purpose == "Lắp điều hoà"


def test_a_legal_request_recorded_by_sales_is_refused_and_logged(shop: Shop) -> None:
    customer = add(shop)
    police = authority(shop)
    with pytest.raises(PermissionDenied):
        disclose(shop, shop.sales, customer.id, police, Basis.LEGAL_REQUEST, "123/CV-CAQ1")
    refused = audit(shop, Action.PERMISSION_REFUSED)
    assert refused[0]["permission"] == "approve_disclosure"


def test_the_director_answers_a_legal_request_without_any_agreement(shop: Shop) -> None:
    customer = add(shop)
    police = authority(shop)
    made = disclose(shop, shop.director, customer.id, police, Basis.LEGAL_REQUEST, "123/CV-CAQ1")
    [info] = shop.services.disclosures.customer_disclosures(shop.director, customer.id)
    assert info.id == made and info.reference == "123/CV-CAQ1"


def test_a_legal_request_needs_its_document_number_and_an_authority(shop: Shop) -> None:
    customer = add(shop)
    with pytest.raises(ValidationError) as no_number:
        disclose(shop, shop.director, customer.id, authority(shop), Basis.LEGAL_REQUEST)
    assert no_number.value.field == "reference"
    with pytest.raises(ValidationError) as not_authority:
        disclose(shop, shop.director, customer.id, partner(shop), Basis.LEGAL_REQUEST, "1/CV")
    assert not_authority.value.field == "partner"


def test_care_cannot_record_any_disclosure(shop: Shop) -> None:
    customer = add(shop)
    with pytest.raises(PermissionDenied):
        disclose(shop, shop.care, customer.id, partner(shop))


def test_consent_basis_needs_partner_sharing_in_force(shop: Shop) -> None:
    customer = add(shop)
    pid = partner(shop)
    with pytest.raises(ConflictError, match="has not agreed"):
        disclose(shop, shop.sales, customer.id, pid, Basis.CONSENT)
    grant(shop, customer.id, Purpose.PARTNER_SHARING)
    disclose(shop, shop.sales, customer.id, pid, Basis.CONSENT)


def test_withdrawing_partner_sharing_stops_the_next_disclosure_at_once(shop: Shop) -> None:
    customer = add(shop)
    pid = partner(shop)
    grant(shop, customer.id, Purpose.PARTNER_SHARING)
    disclose(shop, shop.sales, customer.id, pid, Basis.CONSENT)
    withdraw_sharing(shop, customer.id)
    for basis in (Basis.CONSENT, Basis.CONTRACT):
        with pytest.raises(ConflictError, match="withdrawn"):
            disclose(shop, shop.sales, customer.id, pid, basis)
    reasons = [d["reason"] for d in audit(shop, Action.DISCLOSURE_REFUSED)]
    assert reasons == ["partner_sharing_withdrawn", "partner_sharing_withdrawn"]
    assert len(audit(shop, Action.DISCLOSURE_RECORDED)) == 1


def test_sales_cannot_record_an_audit_disclosure(shop: Shop) -> None:
    customer = add(shop)
    auditor = partner(shop, PartnerKind.AUDITOR, "Kiểm toán An Bình")
    with pytest.raises(PermissionDenied):
        disclose(shop, shop.sales, customer.id, auditor, Basis.AUDIT)
    disclose(shop, shop.director, customer.id, auditor, Basis.AUDIT)


def test_the_form_needs_fields_and_a_purpose(shop: Shop) -> None:
    customer = add(shop)
    pid = partner(shop)
    with pytest.raises(ValidationError) as no_fields:
        shop.services.disclosures.record_disclosure(
            shop.sales, NewDisclosure((customer.id,), pid, (), Basis.CONTRACT, "Lắp")
        )
    assert no_fields.value.field == "fields"
    with pytest.raises(ValidationError) as no_purpose:
        shop.services.disclosures.record_disclosure(
            shop.sales, NewDisclosure((customer.id,), pid, FIELDS, Basis.CONTRACT, "  ")
        )
    assert no_purpose.value.field == "purpose"


def test_only_the_director_keeps_the_partner_register(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.partners.add_partner(
            shop.sales, PartnerDraft(PartnerKind.INSTALLER, "Thợ Tuấn")
        )
    pid = partner(shop)
    [seen_by_sales] = shop.services.partners.list_partners(shop.sales)
    assert seen_by_sales.id == pid and seen_by_sales.contact == ""
    [seen_by_director] = shop.services.partners.list_partners(shop.director)
    assert seen_by_director.contact == "0903 111 222"
    assert [d["kind"] for d in audit(shop, Action.PARTNER_ADDED)] == ["installer"]


def test_an_agreement_cannot_expire_before_it_was_signed(shop: Shop) -> None:
    bad = PartnerDraft(PartnerKind.IT, "Tin học Minh", "", date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError) as err:
        shop.services.partners.add_partner(shop.director, bad)
    assert err.value.field == "agreement_expires_on"


def test_renewing_the_agreement_lets_disclosures_go_again(shop: Shop) -> None:
    customer = add(shop)
    pid = partner(shop, expires_in_days=-10)
    with pytest.raises(ConflictError):
        disclose(shop, shop.sales, customer.id, pid)
    renewed = PartnerDraft(
        PartnerKind.INSTALLER, INSTALLER, "", today(shop), today(shop) + timedelta(days=365)
    )
    shop.services.partners.update_partner(shop.director, pid, renewed)
    disclose(shop, shop.sales, customer.id, pid)


def test_a_partner_is_found_by_id_or_by_name_without_accents(shop: Shop) -> None:
    pid = partner(shop)
    partners = shop.services.partners
    assert partners.find_partner(shop.sales, str(pid)).id == pid
    assert partners.find_partner(shop.sales, "sao mai").id == pid


def test_the_job_sheet_carries_name_phone_and_address_and_records_the_disclosure(
    shop: Shop,
) -> None:
    customer = add(shop, addresses=(Address(street="12 Lê Lợi", province="TP. Hồ Chí Minh"),))
    pid = partner(shop)
    sheet = shop.services.disclosures.record_job_sheet(shop.sales, customer.id, pid, "Lắp đặt")
    assert (sheet.customer_name, sheet.phone) == ("Nguyễn Văn Ánh", "0912 345 678")
    assert "12 Lê Lợi" in sheet.address
    [recorded] = audit(shop, Action.DISCLOSURE_RECORDED)
    assert recorded["job_sheet"] is True and recorded["fields"] == ["name", "phone", "address"]


def test_no_job_sheet_for_a_partner_whose_agreement_expired(shop: Shop) -> None:
    customer = add(shop)
    with pytest.raises(ConflictError):
        shop.services.disclosures.record_job_sheet(
            shop.sales, customer.id, partner(shop, expires_in_days=-1), "Lắp đặt"
        )


def test_the_customers_own_data_report_lists_the_disclosures(shop: Shop) -> None:
    customer = add(shop)
    disclose(shop, shop.sales, customer.id, partner(shop))
    data = to_json(shop.services.requests.customer_data_report(shop.care, customer.id))
    [line] = data["disclosures"]
    assert line["recipient"] == INSTALLER and line["fields"] == ["name", "phone", "address"]
    assert "Lắp điều hoà" in line["basis"]


def test_the_register_lists_a_period_and_is_audited(shop: Shop) -> None:
    first, second = add(shop), add(shop, name="Trần Thị Bích", mobile="0987 654 321")
    pid = partner(shop)
    disclose(shop, shop.sales, first.id, pid)
    disclose(shop, shop.director, second.id, pid)
    now = shop.services.vault.now()
    listed = shop.services.disclosures.list_disclosures(
        shop.director, now - timedelta(days=1), now + timedelta(days=1)
    )
    assert [d.customer_ids for d in listed] == [(first.id,), (second.id,)]
    assert audit(shop, Action.DISCLOSURES_LISTED)[0]["count"] == 2
    with pytest.raises(PermissionDenied):
        shop.services.disclosures.list_disclosures(shop.sales, now, now)


@pytest.mark.sqlite_only("reads the SQLite file and its WAL")
def test_partner_and_disclosure_details_are_not_readable_in_the_file(shop: Shop) -> None:
    customer = add(shop)
    pid = partner(shop, name="Thợ điện Phạm Văn Tuấn")
    disclose(shop, shop.director, customer.id, pid, Basis.CONTRACT, "HĐ-LẮP-0099")
    files = [p for p in shop.path.parent.iterdir() if p.name.startswith(shop.path.name)]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for value in ("Thợ điện Phạm Văn Tuấn", "0903 111 222", "HĐBM-2025/07", "Lắp điều hoà",
                      "HĐ-LẮP-0099"):  # fmt: skip
            assert value.encode() not in data, f"{value!r} readable in {path.name}"
