"""The director's printed access review: who did what, per staff member, anchored to the audit
chain's head; refused to anyone else, and itself audited."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.access_review import (
    build_access_review,
    export_access_review_pdf,
    print_access_review,
)
from shopprivacy.reports.text import local_time
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.setup import create_vault
from shopprivacy.storage.database import Database
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD, SHOP, Shop
from tests.reports.conftest import pdf_pages, pdf_text


def today(shop: Shop) -> date:
    return local_time(shop.services.vault.now()).date()


def test_director_exports_the_access_review_in_vietnamese(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.staff.list_staff(shop.sales)  # a refusal the review must show
    path = tmp_path / "ra-soat.pdf"
    day = today(shop)
    pages = export_access_review_pdf(shop.services, shop.director, day, day, path)
    text = pdf_text(path)
    assert pages >= 1
    assert "RÀ SOÁT TRUY CẬP" in text
    assert f"Từ {day:%d/%m/%Y} đến {day:%d/%m/%Y}" in text
    assert "Công ty TNHH Camera An Khang" in text
    # Every account in the summary, quiet ones too, with its role.
    assert "banhang1 (Bán hàng)" in text and "cskh1 (Chăm sóc khách hàng)" in text
    assert "giamdoc (Giám đốc)" in text
    assert "Thêm tài khoản nhân viên" in text  # staff_added, translated
    assert "Bị từ chối" in text  # the refused call


def test_access_review_ends_with_the_audit_chain_head(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    day = today(shop)
    export_access_review_pdf(shop.services, shop.director, day, day, path)
    last_page = pdf_pages(path)[-1]
    found = re.search(r"Mục số (\d+)\.", last_page)
    assert found is not None
    seq = int(found.group(1))
    entries = shop.services.audit.entries(shop.director, AuditFilter())
    by_seq = {e.seq: e for e in entries}
    # The head printed is the newest entry when the report was made: the export itself is the
    # next entry.
    assert by_seq[seq].hash in last_page
    assert by_seq[seq + 1].action == "report_exported"
    # It closes the report: after the last entry row.
    assert last_page.index(by_seq[seq].hash) > last_page.index("Mốc cuối")


def test_export_is_audited_with_kind_and_pages(shop: Shop, tmp_path: Path) -> None:
    day = today(shop)
    pages = export_access_review_pdf(shop.services, shop.director, day, day, tmp_path / "r.pdf")
    logged = shop.services.audit.entries(shop.director, AuditFilter(action="report_exported"))
    assert logged[0].staff_id == shop.director.staff_id
    assert logged[0].detail == {"kind": "access_review", "pages": pages}


def test_printing_is_audited_as_printed(shop: Shop, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    day = today(shop)
    pages = print_access_review(shop.services, shop.director, day, day, printer)
    assert "RÀ SOÁT TRUY CẬP" in pdf_text(tmp_path / "printed.pdf")
    logged = shop.services.audit.entries(shop.director, AuditFilter(action="report_printed"))
    assert logged[0].detail == {"kind": "access_review", "pages": pages}


@pytest.mark.parametrize("who", ["sales", "care"])
def test_only_the_director_may_have_the_access_review(shop: Shop, tmp_path: Path, who: str) -> None:
    actor: Actor = getattr(shop, who)
    path = tmp_path / "review.pdf"
    day = today(shop)
    with pytest.raises(PermissionDenied):
        export_access_review_pdf(shop.services, actor, day, day, path)
    with pytest.raises(PermissionDenied):
        build_access_review(shop.services, actor, day, day, "vi")
    assert not path.exists()
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action="permission_refused", staff_id=actor.staff_id)
    )
    assert len(refused) == 2
    assert refused[0].detail["permission"] == "view_access_review"
    exported = shop.services.audit.entries(shop.director, AuditFilter(action="report_exported"))
    assert exported == []


def test_a_period_without_activity_says_so(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    export_access_review_pdf(
        shop.services, shop.director, date(2020, 1, 1), date(2020, 1, 31), path
    )
    text = pdf_text(path)
    assert "Không có hoạt động nào trong kỳ này." in text
    assert "Thêm tài khoản nhân viên" not in text


def test_the_period_is_whole_days_in_shop_time(shop: Shop) -> None:
    day = today(shop)
    report = build_access_review(
        shop.services, shop.director, day + timedelta(days=1), day + timedelta(days=3)
    )
    assert "Không có hoạt động nào trong kỳ này." in str(report.blocks)


def test_a_busy_period_spans_pages_with_the_header_row_on_each(shop: Shop, tmp_path: Path) -> None:
    for _ in range(130):
        shop.services.staff.list_staff(shop.director)
    path = tmp_path / "busy.pdf"
    day = today(shop)
    pages = export_access_review_pdf(shop.services, shop.director, day, day, path, lang="en")
    texts = pdf_pages(path)
    assert pages == len(texts) >= 3
    for number, page in enumerate(texts, start=1):
        assert f"Page {number}/{pages}" in page
        if number > 1 and "Staff list viewed" in page:
            assert re.search(r"No\.\s+Time\s+Staff\s+Action\s+Record", page)
    assert "ACCESS REVIEW" in texts[0]


def test_a_demo_database_marks_every_page(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.db'}")
    made = create_vault(db, KeyringDeviceStore(), SHOP, DIRECTOR, DIRECTOR_PASSWORD, demo=True)
    services = Services(made.vault)
    for _ in range(80):
        services.staff.list_staff(made.actor)
    path = tmp_path / "demo.pdf"
    day = local_time(made.vault.now()).date()
    export_access_review_pdf(services, made.actor, day, day, path)
    texts = pdf_pages(path)
    assert len(texts) >= 2
    assert all("DEMO" in page for page in texts)
    db.dispose()
