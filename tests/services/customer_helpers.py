"""Small builders shared by the sales-desk tests."""

from __future__ import annotations

from datetime import date

from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose, default_notice
from shopprivacy.domain.customers import (
    Address,
    ContactKind,
    ContactPoint,
    CustomerDetails,
    CustomerDraft,
    Guardian,
)
from tests.conftest import Shop

ANH = "Nguyễn Văn Ánh"


def draft(
    name: str = ANH,
    mobile: str = "0912 345 678",
    email: str = "",
    birth: date | None = None,
    guardian: Guardian | None = None,
    **kw: object,
) -> CustomerDraft:
    contacts = []
    if mobile:
        contacts.append(ContactPoint(ContactKind.MOBILE, mobile))
    if email:
        contacts.append(ContactPoint(ContactKind.PERSONAL_EMAIL, email))
    return CustomerDraft(
        full_name=name,
        contacts=tuple(contacts),
        birth_date=birth,
        guardian=guardian,
        **kw,  # type: ignore[arg-type]
    )


def add(shop: Shop, **kw: object) -> CustomerDetails:
    return shop.services.customers.create_customer(shop.sales, draft(**kw))  # type: ignore[arg-type]


HOME = Address(street="12 Lê Lợi", ward="Phường Bến Thành", province="TP. Hồ Chí Minh")


def policy(shop: Shop) -> int:
    current = shop.services.policies.current_version()
    if current is not None:
        return current.id
    return shop.services.policies.add_version(
        shop.director, "2026-01", "Chính sách bảo vệ dữ liệu cá nhân...", date(2026, 1, 1)
    ).id


def grant(shop: Shop, customer_id: int, purpose: Purpose) -> None:
    shop.services.consents.record_consent(
        shop.sales,
        customer_id,
        ConsentChange(
            purpose, True, ConsentMethod.SIGNED_FORM, default_notice(purpose), policy(shop)
        ),
    )
