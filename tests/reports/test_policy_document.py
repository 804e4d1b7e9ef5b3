"""The drafted policy printed on A4 for a shop with partners (one abroad), its own retention
months and some fields switched off: every section says what this shop does. Also the change
notice letters, one per customer, each audited as a print."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose, default_notice
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.disclosures import PartnerDraft, PartnerKind
from shopprivacy.domain.staff import ShopProfile
from shopprivacy.reports.policy_document import export_change_notice_pdf, export_policy_pdf
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.customer_rules import local_day
from tests.conftest import Shop
from tests.reports.conftest import _tool, pdf_fonts, pdf_pages, pdf_text
from tests.services.customer_helpers import add

PNG_DIR = Path("/tmp/policy-pdf")


def _set_up(shop: Shop) -> None:
    s, d = shop.services, shop.director
    old = s.shop.profile()
    s.shop.update_profile(d, ShopProfile(
        old.name, old.address, old.phone, old.email, hours="8:00–17:30 từ thứ Hai đến thứ Bảy",
        dp_officer="Trần Thị Bích Ngọc", dp_officer_phone="0903 123 456", installs_cameras=True))  # fmt: skip
    signed = local_day(s.vault.now()) - timedelta(days=10)
    s.partners.add_partner(d, PartnerDraft(PartnerKind.INSTALLER, "Điện lạnh Minh Phát",
                                           agreement_signed_on=signed))  # fmt: skip
    s.partners.add_partner(d, PartnerDraft(PartnerKind.IT, "CloudMail Pte. Ltd.",
                                           agreement_signed_on=signed, country="SG"))  # fmt: skip
    s.customer_rules.set_retention_months(d, 18)
    s.customer_rules.set_field_collected(d, OptionalField.BIRTH_DATE, False)
    s.customer_rules.set_field_collected(d, OptionalField.HOME_PHONE, False)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_drafted_policy_pdf_reflects_the_shops_settings(shop: Shop, tmp_path: Path) -> None:
    _set_up(shop)
    p = shop.services.policies
    version = p.publish(shop.director, "2026-12", date(2026, 12, 1), p.draft(shop.director))
    pdf = tmp_path / "chinh-sach.pdf"
    pages = export_policy_pdf(shop.services, shop.director, version, pdf, "vi")
    assert pages >= 2 and len(pdf_pages(pdf)) == pages
    assert all(embedded for _name, embedded in pdf_fonts(pdf))
    text = _flat(pdf_text(pdf))
    # Controller and contact
    assert "Công ty TNHH Camera An Khang" in text
    assert "028 3822 1234 (8:00–17:30 từ thứ Hai đến thứ Bảy)" in text
    assert (
        "Người phụ trách bảo vệ dữ liệu cá nhân: Trần Thị Bích Ngọc, điện thoại 0903 123 456"
        in text
    )
    # Data collected: the switched-off fields are not declared
    assert "email cá nhân" in text and "địa chỉ cơ quan" in text
    assert "ngày sinh" not in text and "số điện thoại nhà riêng" not in text
    # Purposes with their legal basis
    assert "Bảo hành và chăm sóc sau bán hàng" in text
    assert "nghĩa vụ theo quy định của pháp luật" in text and "sự đồng ý của quý khách" in text
    # Recipients: the partner register with the country abroad, and the kinds the law allows
    assert "Điện lạnh Minh Phát (lắp đặt)" in text
    assert (
        "CloudMail Pte. Ltd. (dịch vụ công nghệ thông tin) — dữ liệu được chuyển ra nước ngoài: Singapore"
        in text
    )
    assert "lưu trữ và xử lý tại Việt Nam" not in text
    assert "kiểm toán viên" in text and "luật sư" in text
    # Retention: the shop's own months, warranty, accounting documents
    assert "18 tháng kể từ lần liên hệ gần nhất" in text and "10 năm" in text
    # Security, rights with the deadlines in force, minors, cameras, changes
    assert "mã hóa" in text and "ghi nhật ký" in text
    assert "Xóa dữ liệu: xác nhận đã nhận trong 2 ngày làm việc, giải quyết trong 20 ngày" in text
    assert "gọi điện thoại: 028 3822 1234" in text and "gửi email: lienhe@ankhang.vn" in text
    assert "dưới 16 tuổi" in text
    assert "Hình ảnh camera" in text and "10. Thay đổi chính sách" in text
    assert "Phiên bản 2026-12" in text or "2026-12" in text

    PNG_DIR.mkdir(exist_ok=True)
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "60", str(pdf), str(PNG_DIR / "page")],
                   check=True)  # fmt: skip
    assert len(list(PNG_DIR.glob("page-*.png"))) >= pages
    entries = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.REPORT_EXPORTED))
    )
    assert entries[0].detail["kind"] == "privacy_policy"


def test_change_notice_letters_one_per_customer_each_audited(shop: Shop, tmp_path: Path) -> None:
    p = shop.services.policies
    first = p.publish(shop.director, "2026-01", date(2026, 1, 1), p.draft(shop.director))
    anh, binh = add(shop), add(shop, name="Trần Bình", mobile="0987 111 222")
    for c in (anh, binh):
        change = ConsentChange(Purpose.MARKETING_EMAIL, True, ConsentMethod.SIGNED_FORM,
                               default_notice(Purpose.MARKETING_EMAIL), first.id)  # fmt: skip
        shop.services.consents.record_consent(shop.sales, c.id, change)
    _set_up(shop)
    p.publish(shop.director, "2026-06", date(2026, 6, 1), p.draft(shop.director))
    assert p.customers_on_older_versions(shop.director) == [anh.id, binh.id]
    notice = p.change_notice(shop.director)
    assert (
        "Thời gian giữ dữ liệu khách chưa mua hàng: từ 24 tháng thành 18 tháng." in notice.changes
    )
    assert any("CloudMail Pte. Ltd. (Singapore)" in c for c in notice.changes)
    assert "Không còn thu thập: ngày sinh." in notice.changes
    assert "2026-06" in notice.email_subject or "01/06/2026" in notice.email_subject

    pdf = tmp_path / "thong-bao.pdf"
    pages = export_change_notice_pdf(shop.services, shop.director, [anh.id, binh.id], pdf)
    assert pages == 2
    letters = [_flat(t) for t in pdf_pages(pdf)]
    assert "Nguyễn Văn Ánh" in letters[0] and "Trần Bình" in letters[1]
    assert all("từ 24 tháng thành 18 tháng" in t for t in letters)
    printed = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.CUSTOMER_PRINTED))
    )
    assert sorted(e.target_id for e in printed) == sorted([str(anh.id), str(binh.id)])
