"""Printed disclosure reports: the register for a period, one customer's disclosures, and the
installer's job sheet that records its own disclosure."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customers import Address
from shopprivacy.domain.disclosures import (
    Basis,
    DisclosedField,
    NewDisclosure,
    PartnerDraft,
    PartnerKind,
)
from shopprivacy.domain.errors import ConflictError, PermissionDenied
from shopprivacy.reports.disclosure_report import (
    export_customer_disclosures_pdf,
    export_disclosure_register_pdf,
)
from shopprivacy.reports.job_sheet import export_job_sheet_pdf
from shopprivacy.reports.text import local_time
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.reports.conftest import pdf_fonts, pdf_text
from tests.services.customer_helpers import add


def today(shop: Shop) -> date:
    return local_time(shop.services.vault.now()).date()


def installer(shop: Shop, expires_in_days: int = 300) -> int:
    draft = PartnerDraft(
        PartnerKind.INSTALLER, "Công ty Lắp đặt Sao Mai", "0903 111 222",
        today(shop) - timedelta(days=30), today(shop) + timedelta(days=expires_in_days),
        "HĐBM-2025/07",
    )  # fmt: skip
    return shop.services.partners.add_partner(shop.director, draft).id


def one_disclosure(shop: Shop) -> int:
    customer = add(shop)
    new = NewDisclosure(
        (customer.id,), installer(shop), (DisclosedField.NAME, DisclosedField.PHONE),
        Basis.CONTRACT, "Lắp camera tại nhà", "HĐ-0412",
    )  # fmt: skip
    shop.services.disclosures.record_disclosure(shop.sales, new)
    return customer.id


def flat(path: Path) -> str:
    """The PDF's words in reading order (a table cell's wrapped lines stay together)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def logged(shop: Shop, action: Action) -> list[dict[str, object]]:
    return [
        e.detail
        for e in shop.services.audit.entries(shop.director, AuditFilter(action=str(action)))
    ]


def test_director_exports_the_disclosure_register_in_vietnamese(shop: Shop, tmp_path: Path) -> None:
    customer_id = one_disclosure(shop)
    path = tmp_path / "so-cung-cap.pdf"
    day = today(shop)
    pages = export_disclosure_register_pdf(shop.services, shop.director, day, day, path)
    text = flat(path)
    assert pages >= 1
    assert "SỔ CUNG CẤP DỮ LIỆU CHO BÊN THỨ BA" in pdf_text(path)
    assert f"Từ {day:%d/%m/%Y} đến {day:%d/%m/%Y}" in text
    assert "Công ty Lắp đặt" in text and "Sao Mai" in text and "Lắp camera tại nhà" in text
    assert "Hợp đồng với đối tác đã cam kết bảo mật (HĐ-0412)" in text
    assert f"#{customer_id}" in text and "banhang1" in text
    assert "Trang 1" in text  # the renderer's page numbers
    assert all(embedded for _name, embedded in pdf_fonts(path))
    [exported] = logged(shop, Action.REPORT_EXPORTED)
    assert exported["kind"] == "disclosure_register"


def test_sales_cannot_print_the_register(shop: Shop, tmp_path: Path) -> None:
    day = today(shop)
    with pytest.raises(PermissionDenied):
        export_disclosure_register_pdf(shop.services, shop.sales, day, day, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_one_customers_disclosures_in_english(shop: Shop, tmp_path: Path) -> None:
    customer_id = one_disclosure(shop)
    path = tmp_path / "customer.pdf"
    export_customer_disclosures_pdf(shop.services, shop.director, customer_id, path, "en")
    text = flat(path)
    assert "Nguyễn Văn Ánh" in text and "Contract with a bound partner" in text
    assert "Name, Phone" in text


def test_the_job_sheet_prints_only_name_phone_and_address_and_records_the_disclosure(
    shop: Shop, tmp_path: Path
) -> None:
    customer = add(
        shop,
        email="anh@example.com",
        addresses=(Address(street="12 Lê Lợi", ward="Phường Bến Thành", province="TP. HCM"),),
    )
    path = tmp_path / "phieu.pdf"
    export_job_sheet_pdf(
        shop.services, shop.sales, customer.id, installer(shop), path, "Lắp điều hoà"
    )
    text = flat(path)
    assert "Nguyễn Văn Ánh" in text and "0912 345 678" in text and "12 Lê Lợi" in text
    assert "anh@example.com" not in text
    [recorded] = logged(shop, Action.DISCLOSURE_RECORDED)
    assert recorded["job_sheet"] is True and recorded["basis"] == "contract"
    assert logged(shop, Action.REPORT_EXPORTED)[0]["kind"] == "job_sheet"


def test_no_job_sheet_for_an_installer_whose_agreement_expired(shop: Shop, tmp_path: Path) -> None:
    customer = add(shop)
    path = tmp_path / "phieu.pdf"
    with pytest.raises(ConflictError):
        export_job_sheet_pdf(shop.services, shop.sales, customer.id, installer(shop, -1), path)
    assert not path.exists()
    assert logged(shop, Action.DISCLOSURE_REFUSED)[0]["reason"] == "no_valid_agreement"
