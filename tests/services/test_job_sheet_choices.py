"""What the job sheet screen may offer: the partners under a valid agreement today, and only the
details a job needs (name, phone, address), fewer when the job needs fewer."""

from __future__ import annotations

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.disclosures import DisclosedField, PartnerDraft, PartnerKind
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.services.test_disclosures import authority, partner, today


def test_only_partners_under_an_agreement_valid_today_are_offered(shop: Shop) -> None:
    valid = partner(shop, name="Công ty Lắp đặt Sao Mai")
    last_day = partner(shop, name="Giao hàng Nhanh", expires_in_days=0)
    partner(shop, name="Điện lạnh Hoà Bình", expires_in_days=-1)
    authority(shop)  # no agreement: an authority is answered by law, never sent a job sheet
    future = PartnerDraft(PartnerKind.IT, "Tin học Minh", "", today(shop).replace(year=2099))
    shop.services.partners.add_partner(shop.director, future)
    offered = shop.services.partners.list_partners_with_agreement(shop.sales)
    assert sorted(p.id for p in offered) == sorted([valid, last_day])


def test_care_is_offered_no_partners(shop: Shop) -> None:
    partner(shop)
    with pytest.raises(PermissionDenied):
        shop.services.partners.list_partners_with_agreement(shop.care)


def test_a_job_sheet_with_fewer_details_records_and_carries_only_those(shop: Shop) -> None:
    customer = add(shop)
    sheet = shop.services.disclosures.record_job_sheet(
        shop.sales, customer.id, partner(shop), "Lắp đặt", (DisclosedField.NAME,)
    )
    assert sheet.customer_name == "Nguyễn Văn Ánh" and sheet.phone == "" and sheet.address == ""
    assert sheet.disclosure.fields == (DisclosedField.NAME,)


def test_a_job_sheet_never_carries_more_than_name_phone_and_address(shop: Shop) -> None:
    customer = add(shop, email="anh@example.com")
    fields = (DisclosedField.NAME, DisclosedField.EMAIL)
    with pytest.raises(ValidationError) as refused:
        shop.services.disclosures.record_job_sheet(
            shop.sales, customer.id, partner(shop), "Lắp đặt", fields
        )
    assert refused.value.field == "fields"
    logged = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.DISCLOSURE_RECORDED))
    )
    assert logged == []
