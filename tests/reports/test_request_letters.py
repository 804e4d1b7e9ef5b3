"""Reply letters and the customer's own data report, as PDFs with Vietnamese intact."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.customers import ContactKind, ContactPoint
from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.request_letters import LetterKind
from shopprivacy.domain.requests import RequestType
from shopprivacy.reports.customer_data_report import (
    export_customer_data_json,
    export_customer_data_report_pdf,
)
from shopprivacy.reports.request_letters import export_request_letter_pdf
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.reports.conftest import pdf_fonts, pdf_text
from tests.services.customer_helpers import grant
from tests.services.request_helpers import NAME, customer_with_order, open_request, worked

# Set SHOPPRIVACY_LETTER_PNG=/some/folder to keep a PNG of every page for looking at.
PNG_DIR = os.environ.get("SHOPPRIVACY_LETTER_PNG")


def keep_png(pdf: Path) -> None:
    tool = shutil.which("pdftoppm")
    if PNG_DIR and tool:
        Path(PNG_DIR).mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool, "-r", "60", "-png", str(pdf), str(Path(PNG_DIR) / pdf.stem)], check=True
        )


def letter(shop: Shop, request_id: int, tmp_path: Path, name: str, lang: str = "vi") -> str:
    path = tmp_path / f"{name}.pdf"
    assert export_request_letter_pdf(shop.services, shop.care, request_id, path, lang) >= 1
    keep_png(path)
    text = " ".join(pdf_text(path).split())
    assert "Công ty TNHH Camera An Khang" in text
    return text


def test_each_outcome_has_its_letter_in_vietnamese(shop: Shop, tmp_path: Path) -> None:
    customer = customer_with_order(shop)
    requests = shop.services.requests

    ack = open_request(shop, RequestType.ACCESS, customer.id)
    text = letter(shop, ack.id, tmp_path, "da-nhan")
    assert "ĐÃ NHẬN YÊU CẦU" in text.upper() and f"Kính gửi Quý khách {NAME}" in text
    assert "12 Lê Lợi" in text

    extended = worked(shop, RequestType.ACCESS, customer.id)
    requests.extend(shop.care, extended.id, "Cần đối tác lắp đặt gửi lại dữ liệu")
    text = letter(shop, extended.id, tmp_path, "gia-han")
    assert "Cần đối tác lắp đặt gửi lại dữ liệu" in text and "thêm thời gian" in text

    access = worked(shop, RequestType.ACCESS, customer.id)
    requests.customer_data_report(shop.care, customer.id, access.id)
    requests.complete(shop.care, access.id)
    assert "toàn bộ dữ liệu cá nhân" in letter(shop, access.id, tmp_path, "cung-cap")

    correction = worked(shop, RequestType.CORRECTION, customer.id)
    current = requests.customer_for_correction(shop.care, correction.id)
    fixed = (ContactPoint(ContactKind.MOBILE, "0977 111 222"), *current.contacts[1:])
    requests.correct_customer(
        shop.care, correction.id, replace(current.draft(), contacts=fixed), current.version
    )
    requests.complete(shop.care, correction.id)
    text = letter(shop, correction.id, tmp_path, "chinh-sua")
    assert "Số điện thoại và email" in text and "977" in text and "Trước đây" in text

    grant(shop, customer.id, Purpose.MARKETING_ZALO)
    withdrawal = worked(shop, RequestType.WITHDRAWAL, customer.id)
    requests.complete(shop.care, withdrawal.id)
    text = letter(shop, withdrawal.id, tmp_path, "rut-dong-y")
    assert "Các sự đồng ý đã rút lại" in text and "Zalo" in text

    complaint = worked(shop, RequestType.COMPLAINT, customer.id)
    requests.record_complaint_outcome(
        shop.care, complaint.id, "Đối tác dùng số điện thoại sai mục đích", "Đã chấm dứt hợp đồng"
    )
    requests.complete(shop.care, complaint.id)
    text = letter(shop, complaint.id, tmp_path, "khieu-nai")
    assert "Đối tác dùng số điện thoại sai mục đích" in text and "Bộ Công an" in text

    refused = open_request(shop, RequestType.ACCESS, customer.id)
    requests.refuse(shop.care, refused.id, "Không xác minh được danh tính người yêu cầu")
    text = letter(shop, refused.id, tmp_path, "tu-choi")
    assert "Không xác minh được danh tính người yêu cầu" in text and "không thể thực hiện" in text

    deletion = worked(shop, RequestType.DELETION, customer.id)
    requests.request_approval(shop.care, deletion.id)
    requests.approve(shop.director, deletion.id)
    other = open_request(shop, RequestType.CORRECTION, customer.id)
    requests.complete(shop.care, deletion.id)
    text = letter(shop, other.id, tmp_path, "dong-do-xoa")
    assert f"theo yêu cầu số {deletion.id}" in text and f"Kính gửi Quý khách {NAME}" in text
    text = letter(shop, deletion.id, tmp_path, "da-xoa")
    assert "xóa vĩnh viễn" in text and "Luật Kế toán" in text and "còn bảo hành" in text
    # Composed before the erasure: still addressed to the person, who can be sent it by post.
    assert f"Kính gửi Quý khách {NAME}" in text and "12 Lê Lợi" in text
    assert "chỉ giữ họ tên và địa chỉ" in text

    printed = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.REQUEST_LETTER_PRINTED)
    )
    assert {e.detail["kind"] for e in printed} == {k.value for k in LetterKind}


def test_a_letter_cannot_claim_what_has_not_happened(shop: Shop, tmp_path: Path) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.DELETION, customer.id)
    with pytest.raises(ConflictError):
        export_request_letter_pdf(
            shop.services, shop.care, req.id, tmp_path / "x.pdf", kind=LetterKind.DELETED
        )
    assert not (tmp_path / "x.pdf").exists()


def test_letter_in_english_when_asked(shop: Shop, tmp_path: Path) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    shop.services.requests.refuse(shop.care, req.id, "Identity could not be checked")
    text = letter(shop, req.id, tmp_path, "refused-en", lang="en")
    assert "We cannot carry out your request" in text and "Identity could not be checked" in text


def test_customer_data_report_pdf_and_json(shop: Shop, tmp_path: Path) -> None:
    customer = customer_with_order(shop)
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    pdf = tmp_path / "du-lieu-khach-hang.pdf"
    assert export_customer_data_report_pdf(shop.services, shop.care, customer.id, pdf) >= 1
    keep_png(pdf)
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        NAME,
        "Camera IP 4MP, lắp đặt tại nhà",
        "Lịch sử đồng ý",
        "Chúng tôi chưa cung cấp dữ liệu của Quý khách",
        "12 Lê Lợi",
    ):
        assert expected in text
    assert all(embedded for _, embedded in pdf_fonts(pdf))
    out = tmp_path / "du-lieu.json"
    export_customer_data_json(shop.services, shop.care, customer.id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"]["full_name"] == NAME and len(data["orders"]) == 1
    made = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.CUSTOMER_DATA_REPORT_MADE)
    )
    assert len(made) == 2
