"""A breach's paperwork as PDFs: the notice to A05, the incident record and one letter per
affected customer, in Vietnamese with the font embedded; each one audited, director only."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.reports.breach_notice import BreachPaper, export_breach_paper
from shopprivacy.reports.official import addressee, greeting, place_name
from shopprivacy.reports.text import local_time
from shopprivacy.services.audit import AuditFilter
from tests.conftest import DIRECTOR, Shop
from tests.reports.conftest import pdf_fonts, pdf_pages, pdf_text
from tests.services.breach_helpers import LOST_LAPTOP, record
from tests.services.customer_helpers import HOME, add


def _png(path: Path) -> None:
    """With SHOPPRIVACY_SCREENSHOTS=1, a small picture of each page in /tmp/shots/breaches for
    a person to look at."""
    tool = shutil.which("pdftoppm")
    if tool and os.environ.get("SHOPPRIVACY_SCREENSHOTS"):
        out = Path("/tmp/shots/breaches")
        out.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-r", "60", "-png", str(path), str(out / path.stem)], check=True)


def test_notice_to_a05_in_vietnamese_with_the_font_embedded(shop: Shop, tmp_path: Path) -> None:
    breach = record(shop, None)
    path = tmp_path / "thong-bao-a05.pdf"
    pages = export_breach_paper(
        shop.services, shop.director, breach.id, BreachPaper.AUTHORITY_NOTICE, path
    )
    text = pdf_text(path)
    _png(path)
    assert pages >= 1
    assert "THÔNG BÁO VI PHẠM DỮ LIỆU CÁ NHÂN" in text.upper()
    assert "Bộ Công an" in text and "A05" in text
    assert "Công ty TNHH Camera An Khang" in text
    assert LOST_LAPTOP in text
    assert "72 giờ" in text
    assert all(embedded for name, embedded in pdf_fonts(path) if "BeVietnam" in name)


def test_notice_to_a05_is_an_official_paper_naming_people_not_logins(
    shop: Shop, tmp_path: Path
) -> None:
    breach = record(shop, None)
    path = tmp_path / "thong-bao-a05.pdf"
    export_breach_paper(shop.services, shop.director, breach.id, BreachPaper.AUTHORITY_NOTICE, path)
    text = " ".join(pdf_text(path).split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    day = local_time(shop.services.vault.now()).date()
    assert f"TP. Hồ Chí Minh, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}" in text
    assert f"{DIRECTOR.full_name} (Giám đốc), điện thoại {DIRECTOR.phone}" in text
    assert DIRECTOR.username not in text


def test_letters_use_an_honorific_and_quy_khach_without_a_name() -> None:
    assert greeting("Nguyễn Văn Ánh", "vi") == "Kính gửi Ông/Bà Nguyễn Văn Ánh,"
    assert greeting("", "vi") == "Kính gửi Quý khách,"
    assert addressee("", "vi") == "Quý khách"
    assert greeting("", "en") == "Dear customer,"


def test_the_place_is_the_province_of_the_shop_address() -> None:
    assert place_name("12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh") == "TP. Hồ Chí Minh"
    assert place_name("5 Trần Phú, Phường 1, Tỉnh Lâm Đồng, Việt Nam") == "Lâm Đồng"
    assert place_name("") == ""


def test_incident_record_lists_the_steps(shop: Shop, tmp_path: Path) -> None:
    breach = record(shop, None)
    shop.services.breaches.mark_authority_notified(
        shop.director, breach.id, shop.services.vault.now(), "Công văn 12/CV-AK"
    )
    path = tmp_path / "bien-ban.pdf"
    export_breach_paper(shop.services, shop.director, breach.id, BreachPaper.INCIDENT_RECORD, path)
    text = pdf_text(path)
    _png(path)
    assert "BIÊN BẢN" in text.upper()
    assert "Công văn 12/CV-AK" in text
    assert "Đã thông báo A05 đúng hạn" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert f"{DIRECTOR.full_name} (Giám đốc)" in text and DIRECTOR.username not in text


def test_one_letter_per_affected_customer_and_every_print_audited(
    shop: Shop, tmp_path: Path
) -> None:
    anh = add(shop, addresses=(HOME,))
    binh = add(shop, name="Trần Thị Bình", mobile="0987 654 321")
    breach = record(shop, (anh.id, binh.id))
    path = tmp_path / "thu-khach-hang.pdf"
    seq, _ = shop.services.audit.head()
    export_breach_paper(shop.services, shop.director, breach.id, BreachPaper.CUSTOMER_LETTERS, path)
    _png(path)
    pages = pdf_pages(path)
    assert len(pages) == 2
    assert "Kính gửi Ông/Bà Nguyễn Văn Ánh," in pages[0] and "12 Lê Lợi" in pages[0]
    assert "Kính gửi Ông/Bà Trần Thị Bình," in pages[1]
    assert DIRECTOR.full_name in pages[1] and DIRECTOR.phone in pages[1]
    assert DIRECTOR.username not in "".join(pages)
    english = tmp_path / "letters-en.pdf"
    export_breach_paper(
        shop.services, shop.director, breach.id, BreachPaper.CUSTOMER_LETTERS, english, "en"
    )
    assert "Dear Mr/Ms Nguyễn Văn Ánh," in pdf_text(english)
    logged = [
        (e.action, e.detail.get("kind"), e.target_id)
        for e in reversed(shop.services.audit.entries(shop.director, AuditFilter()))
        if e.seq > seq and e.action != Action.AUDIT_VIEWED
    ]
    one_print = [
        (Action.BREACH_LETTERS_MADE, None, str(breach.id)),
        (Action.REPORT_EXPORTED, "breach_letters", str(breach.id)),
    ]
    assert logged == one_print * 2


def test_sales_cannot_print_breach_papers(shop: Shop, tmp_path: Path) -> None:
    breach = record(shop, None)
    for paper in BreachPaper:
        with pytest.raises(PermissionDenied):
            export_breach_paper(shop.services, shop.sales, breach.id, paper, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
