"""Every print and export of a report leaves an audit entry, under the permission the report
itself needs."""

from __future__ import annotations

import pytest

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.security.permissions import Permission
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.reports_log import is_demo, record_report
from tests.conftest import Shop


def test_care_printing_a_customer_report_is_logged(shop: Shop) -> None:
    vault = shop.services.vault
    record_report(
        vault, shop.care, "customer_data", Permission.PRINT_CUSTOMER_REPORT, "customer", 12, pages=2
    )
    entry = shop.services.audit.entries(shop.director, AuditFilter(action="report_printed"))[0]
    assert entry.staff_id == shop.care.staff_id
    assert (entry.target_type, entry.target_id) == ("customer", "12")
    assert entry.detail == {"kind": "customer_data", "pages": 2}


def test_an_export_is_logged_as_exported(shop: Shop) -> None:
    record_report(
        shop.services.vault,
        shop.director,
        "access_review",
        Permission.VIEW_ACCESS_REVIEW,
        exported=True,
    )
    assert shop.services.audit.entries(shop.director, AuditFilter(action="report_exported"))


def test_sales_cannot_log_a_report_their_role_may_not_print(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        record_report(
            shop.services.vault, shop.sales, "disclosures", Permission.PRINT_DISCLOSURE_REPORTS
        )
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action="permission_refused", staff_id=shop.sales.staff_id)
    )
    assert refused[0].detail["permission"] == "print_disclosure_reports"
    assert not shop.services.audit.entries(shop.director, AuditFilter(action="report_printed"))


def test_a_real_shop_is_not_a_demo(shop: Shop) -> None:
    assert is_demo(shop.services.vault) is False
