"""The director's Third parties and Disclosures tabs, driven like a person would."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.disclosures import Basis, PartnerDraft, PartnerKind
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.director.disclosures import DisclosuresPage, RecordDisclosureDialog
from shopprivacy.ui.director.partners import PartnerDialog, PartnersPage, shop_today
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.reports.conftest import pdf_text
from tests.services.customer_helpers import add
from tests.ui.helpers import click, tick, type_into

OK = QDialogButtonBox.StandardButton.Ok


def partner(shop: Shop, name: str, expires_in_days: int) -> int:
    today = shop_today(shop.services)
    draft = PartnerDraft(
        PartnerKind.INSTALLER, name, "0903 111 222", today - timedelta(days=200),
        today + timedelta(days=expires_in_days), "HĐBM-07",
    )  # fmt: skip
    return shop.services.partners.add_partner(shop.director, draft).id


def partners_page(qtbot: QtBot, shop: Shop) -> PartnersPage:
    page = PartnersPage(shop.services, shop.director)
    qtbot.addWidget(page)
    page.show()
    return page


def disclosures_page(qtbot: QtBot, shop: Shop, workers: Workers) -> DisclosuresPage:
    page = DisclosuresPage(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def cell(page: PartnersPage | DisclosuresPage, row: int, column: int) -> str:
    return str(page.model.data(page.model.index(row, column)))


def test_director_adds_a_partner_whose_agreement_has_expired_and_sees_it_marked(
    qtbot: QtBot, shop: Shop, vietnamese: object
) -> None:
    page = partners_page(qtbot, shop)
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, PartnerDialog)
    type_into(qtbot, dialog.name, "Điện lạnh Hoà Bình")
    type_into(qtbot, dialog.reference, "HĐBM-2024/03")
    today = shop_today(shop.services)
    dialog.signed.setDate(QDate(today.year - 2, 1, 1))
    dialog.expires.setDate(QDate(today.year - 1, 1, 1))
    click(qtbot, dialog.buttons.button(OK))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page, 0, 0) == "Điện lạnh Hoà Bình"
    assert cell(page, 0, 1) == "Thợ lắp đặt hoặc đối tác"
    assert cell(page, 0, 3) == "Việt Nam"  # the default country
    assert cell(page, 0, 7) == "Hết hạn"
    icon = page.model.data(page.model.index(0, 7), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert page.message.text() == "✔ Đã lưu Điện lạnh Hoà Bình."


def test_partner_dialog_refuses_an_end_before_the_signature(qtbot: QtBot, shop: Shop) -> None:
    page = partners_page(qtbot, shop)
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, PartnerDialog)
    type_into(qtbot, dialog.name, "Tin hoc Minh")
    dialog.signed.setDate(QDate(2026, 5, 1))
    dialog.expires.setDate(QDate(2026, 4, 1))
    click(qtbot, dialog.buttons.button(OK))
    assert dialog.isVisible()
    assert "cannot expire before it was signed" in dialog.message.text()
    assert shop.services.partners.list_partners(shop.director) == []


def _record_dialog(qtbot: QtBot, page: DisclosuresPage) -> RecordDisclosureDialog:
    click(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RecordDisclosureDialog)
    return dialog


def _fill(qtbot: QtBot, dialog: RecordDisclosureDialog, partner_id: int) -> None:
    type_into(qtbot, dialog.search, "Ánh")
    click(qtbot, dialog.search_button)
    assert dialog.found.count() == 1
    dialog.found.item(0).setCheckState(Qt.CheckState.Checked)
    for name in ("name", "phone", "address"):
        tick(qtbot, dialog.findChild(QWidget, f"field_{name}"))  # type: ignore[arg-type]
    dialog.partner.setCurrentIndex(dialog.partner.findData(partner_id))
    dialog.basis.setCurrentIndex(dialog.basis.findData(Basis.CONTRACT))
    type_into(qtbot, dialog.purpose, "Lắp điều hoà")


def test_a_disclosure_to_a_partner_with_an_expired_agreement_is_refused_on_screen(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    customer = add(shop)
    expired = partner(shop, "Giao hàng Nhanh", -1)
    page = disclosures_page(qtbot, shop, workers)
    dialog = _record_dialog(qtbot, page)
    assert "Hết hạn" in dialog.partner.currentText()
    _fill(qtbot, dialog, expired)
    click(qtbot, dialog.buttons.button(OK))
    assert dialog.isVisible()
    assert "không có thỏa thuận bảo mật còn hiệu lực" in dialog.message.text()
    assert page.model.rowCount() == 0
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.DISCLOSURE_REFUSED))
    )
    assert [e.detail["customer_ids"] for e in refused] == [[customer.id]]


def test_director_records_a_disclosure_and_it_shows_in_the_register(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    customer = add(shop)
    valid = partner(shop, "Công ty Lắp đặt Sao Mai", 100)
    page = disclosures_page(qtbot, shop, workers)
    dialog = _record_dialog(qtbot, page)
    _fill(qtbot, dialog, valid)
    click(qtbot, dialog.buttons.button(OK))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page, 0, 2) == f"#{customer.id}"
    assert cell(page, 0, 3) == "Name, Phone, Address"
    assert cell(page, 0, 5) == "Lắp điều hoà"
    assert page.message.text().startswith("✔ Disclosure no.")


def test_the_register_is_saved_as_a_pdf_in_the_background(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path, vietnamese: object
) -> None:
    page = disclosures_page(qtbot, shop, workers)
    with qtbot.waitSignal(page.printed, timeout=20_000):
        page.save_pdf(tmp_path / "so")
    assert page.message.text().startswith("✔")
    assert "SỔ CUNG CẤP DỮ LIỆU CHO BÊN THỨ BA" in pdf_text(tmp_path / "so.pdf")


def test_only_the_director_has_the_third_party_tabs(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences
) -> None:
    director = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(director)
    titles = [director.tabs.tabText(i) for i in range(director.tabs.count())]
    assert "Third parties" in titles and "Disclosures" in titles
    sales = MainWindow(shop.services, shop.sales, workers, preferences)
    qtbot.addWidget(sales)
    assert sales.partners is None and sales.disclosures is None


@pytest.mark.skipif(not os.environ.get("SHOPPRIVACY_SCREENSHOTS"), reason="screenshots are opt-in")
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshots_of_the_third_party_tabs(
    qtbot: QtBot, shop: Shop, workers: Workers, language: object, lang: str
) -> None:
    language(lang)  # type: ignore[operator]
    folder = Path(os.environ.get("SHOPPRIVACY_SHOTS", "/tmp/shots")) / "disclosures"
    folder.mkdir(parents=True, exist_ok=True)
    add(shop)
    valid = partner(shop, "Công ty Lắp đặt Sao Mai", 100)
    partner(shop, "Giao hàng Nhanh", -5)
    shop.services.partners.add_partner(
        shop.director, PartnerDraft(PartnerKind.AUTHORITY, "Công an Quận 1")
    )
    parts = partners_page(qtbot, shop)
    parts.resize(1000, 360)
    qtbot.wait(50)
    assert parts.grab().save(str(folder / f"partners-{lang}.png"))
    page = disclosures_page(qtbot, shop, workers)
    dialog = _record_dialog(qtbot, page)
    _fill(qtbot, dialog, valid)
    qtbot.wait(50)
    assert dialog.grab().save(str(folder / f"record-dialog-{lang}.png"))
    click(qtbot, dialog.buttons.button(OK))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.wait(50)
    assert page.grab().save(str(folder / f"disclosures-{lang}.png"))
