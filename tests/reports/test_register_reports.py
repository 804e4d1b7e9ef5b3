"""The printed request register (open, overdue, share answered in time) and retention register:
record numbers and dates only, director only, each print audited."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.requests import RequestType
from shopprivacy.reports.register_reports import (
    export_request_register_pdf,
    export_retention_register_pdf,
)
from shopprivacy.reports.text import local_time
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.reports.conftest import pdf_text
from tests.reports.test_breach_reports import _png
from tests.services.customer_helpers import add
from tests.services.request_helpers import NAME, customer_with_order, open_request, worked


def test_request_register_counts_open_overdue_and_answered_in_time(
    shop: Shop, tmp_path: Path
) -> None:
    customer = customer_with_order(shop)
    now = shop.services.vault.now()
    late = open_request(shop, RequestType.ACCESS, customer.id, received_at=now - timedelta(days=40))
    answered = worked(shop, RequestType.COMPLAINT, customer.id)
    shop.services.requests.refuse(shop.director, answered.id, "Không đủ căn cứ")
    day = local_time(now).date()
    path = tmp_path / "so-yeu-cau.pdf"
    export_request_register_pdf(shop.services, shop.director, day - timedelta(days=60), day, path)
    _png(path)
    text = pdf_text(path)
    assert "SỔ YÊU CẦU" in text.upper()
    assert "1 / 1 (100 %)" in text  # answered in time
    assert "✖ quá hạn" in text and f"#{customer.id}" in text and str(late.id) in text
    assert NAME not in text  # record numbers only
    with pytest.raises(PermissionDenied):
        export_request_register_pdf(shop.services, shop.care, day, day, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_retention_register_lists_records_past_their_date(shop: Shop, tmp_path: Path) -> None:
    old = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    vault = shop.services.vault
    real = vault.clock
    vault.clock = lambda: real() + timedelta(days=3 * 365)
    seq, _ = shop.services.audit.head()
    path = tmp_path / "luu-tru.pdf"
    export_retention_register_pdf(shop.services, shop.director, path)
    _png(path)
    text = pdf_text(path)
    assert "QUÁ HẠN LƯU TRỮ" in text.upper()
    assert f"#{old.id}" in text and "Trịnh" not in text
    actions = [
        (e.action, e.detail.get("kind"))
        for e in reversed(shop.services.audit.entries(shop.director, AuditFilter()))
        if e.seq > seq and e.action != Action.AUDIT_VIEWED
    ]
    assert actions == [
        (Action.RETENTION_LISTED, None),
        (Action.REPORT_EXPORTED, "retention_register"),
    ]
    with pytest.raises(PermissionDenied):
        export_retention_register_pdf(shop.services, shop.sales, tmp_path / "y.pdf")
