"""Builders for the customer-care request tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.orders import NewOrder
from shopprivacy.domain.requests import (
    Channel,
    IdentityMethod,
    NewRequest,
    RequestInfo,
    RequestType,
)
from shopprivacy.domain.staff import Actor
from tests.conftest import Shop
from tests.services.customer_helpers import HOME, add

NAME = "Đặng Thị Thu Hương"
MOBILE = "0938 765 432"
EMAIL = "huong.dang@example.vn"


def customer_with_order(shop: Shop, sold_days_ago: int = 30, warranty: int = 24) -> CustomerDetails:
    made = add(shop, name=NAME, mobile=MOBILE, email=EMAIL, addresses=(HOME,), notes="Khách quen")
    sold = shop.services.vault.now().date() - timedelta(days=sold_days_ago)
    shop.services.orders.add_order(
        shop.sales, made.id, NewOrder(sold, "Camera IP 4MP, lắp đặt tại nhà", warranty)
    )
    return made


def open_request(
    shop: Shop,
    kind: RequestType,
    customer_id: int | None,
    actor: Actor | None = None,
    note: str | None = "Khách gọi điện yêu cầu",
    received_at: datetime | None = None,
    anyway: bool = True,
    **kw: object,
) -> RequestInfo:
    """Opens even a second request of the same type (linked); the duplicate rule has its own
    tests."""
    return shop.services.requests.open_request(
        actor or shop.care,
        NewRequest(
            kind,
            Channel.PHONE,
            customer_id=customer_id,
            note=note,
            received_at=received_at,
            **kw,  # type: ignore[arg-type]
        ),
        anyway=anyway,
    )


def worked(shop: Shop, kind: RequestType, customer_id: int | None, **kw: object) -> RequestInfo:
    """A request opened, identity checked and started by care."""
    req = open_request(shop, kind, customer_id, **kw)
    requests = shop.services.requests
    requests.record_identity_check(shop.care, req.id, IdentityMethod.CALL_BACK)
    return requests.start(shop.care, req.id)


def today(shop: Shop) -> date:
    return shop.services.vault.now().date()
