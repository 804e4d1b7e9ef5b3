"""A breach as a director would record it, for the service, report and screen tests."""

from __future__ import annotations

from datetime import timedelta

from shopprivacy.domain.breaches import BreachInfo, DataCategory, NewBreach
from tests.conftest import Shop

LOST_LAPTOP = "Máy tính xách tay của cửa hàng bị mất cắp tại quầy"
MEASURES = "Đổi mật khẩu, khoá tài khoản, báo công an phường"


def record(shop: Shop, customer_ids: tuple[int, ...] | None, hours_ago: float = 2) -> BreachInfo:
    now = shop.services.vault.now()
    return shop.services.breaches.record_breach(
        shop.director,
        NewBreach(
            happened_at=now - timedelta(hours=hours_ago + 10),
            found_at=now - timedelta(hours=hours_ago),
            categories=(DataCategory.NAMES, DataCategory.PHONES, DataCategory.ADDRESSES),
            customer_ids=customer_ids,
            description=LOST_LAPTOP,
            measures=MEASURES,
        ),
    )
