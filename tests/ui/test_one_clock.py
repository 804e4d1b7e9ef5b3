"""One event, one clock: with the PC set to another time zone, a consent, a guardian's consent
and a request recorded at the same moment show the same shop time (Vietnam's) on the desk's
screens, the care queue and the printed papers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.requests import RequestType
from shopprivacy.domain.shop_clock import SHOP_ZONE
from shopprivacy.reports.text import format_datetime
from shopprivacy.ui.care.queue_model import shop_time
from shopprivacy.ui.desk.labels import day_text, time_text
from tests.conftest import Shop
from tests.services.customer_helpers import add, grant
from tests.services.request_helpers import open_request


@pytest.fixture(params=["UTC", "America/Los_Angeles"])
def pc_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The process's own clock set to a zone far from Vietnam's, as on a PC bought abroad."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_a_consent_and_a_request_at_the_same_moment_show_the_same_shop_time(
    shop: Shop, pc_zone: str
) -> None:
    assert time.localtime().tm_gmtoff != 7 * 3600  # the PC really is on another clock
    customer = add(shop)
    grant(shop, customer.id, Purpose.MARKETING_POST)
    consent = shop.services.customers.get_customer(shop.sales, customer.id).consents[0]
    request = open_request(shop, RequestType.ACCESS, customer.id, received_at=consent.at)

    wall = consent.at.astimezone(SHOP_ZONE)
    expected = f"{wall:%d/%m/%Y %H:%M}"
    assert time_text(consent.at) == expected  # the desk's consent panel
    assert shop_time(request.received_at) == expected  # the care queue
    assert format_datetime(request.received_at, "vi") == expected  # the papers
    # The day too, on either side of midnight in Vietnam.
    for hours in (16, 17, 18):
        moment = consent.at.replace(hour=hours, minute=30)
        assert day_text(moment) == f"{moment.astimezone(SHOP_ZONE):%d/%m/%Y}"
    assert day_text(consent.at.replace(hour=17) + timedelta(minutes=1)) != day_text(
        consent.at.replace(hour=16, minute=59)
    )
