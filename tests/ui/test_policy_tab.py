"""The director's "Data protection policy" screen, driven through its widgets: a draft is
published only through its button and a confirmation, the version prints to PDF and exports to
HTML, and a partner abroad added on the partners screen shows up as policy against practice."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.disclosures import PartnerDraft, PartnerKind
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.director.partners import PartnerDialog, PartnersPage
from shopprivacy.ui.director.policy import PolicyPage
from shopprivacy.ui.director.policy_purposes import PurposeDialog
from shopprivacy.ui.director.policy_versions import PolicyEditorDialog
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add, grant
from tests.ui.helpers import click, tick, type_into


def policy_page(qtbot: QtBot, shop: Shop, workers: Workers) -> PolicyPage:
    page = PolicyPage(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_editor(qtbot: QtBot, page: PolicyPage) -> PolicyEditorDialog:
    click(qtbot, page.versions.draft_button)
    dialog = page.editor_dialog
    assert isinstance(dialog, PolicyEditorDialog) and dialog.isVisible()
    return dialog


def confirm(qtbot: QtBot, dialog: PolicyEditorDialog) -> None:
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    yes = box.findChild(QPushButton, "confirm_publish_yes")
    assert isinstance(yes, QPushButton)
    click(qtbot, yes)


def publish(qtbot: QtBot, page: PolicyPage, label: str = "2026-12") -> None:
    dialog = open_editor(qtbot, page)
    type_into(qtbot, dialog.editor.label, label)
    click(qtbot, dialog.publish_button)
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_draft_is_published_only_after_its_button_and_a_confirmation(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    page = policy_page(qtbot, shop, workers)
    assert "Chưa công bố chính sách" in page.in_force.text()
    dialog = open_editor(qtbot, page)
    text = dialog.editor.policy_text()
    assert shop.services.shop.profile().name in text
    type_into(qtbot, dialog.editor.label, "2026-12")
    qtbot.keyClick(dialog.editor.label, Qt.Key.Key_Return)  # Enter never publishes
    assert dialog.isVisible() and dialog.confirm_box is None
    assert shop.services.policies.list_versions() == []
    # Cancelling the question publishes nothing and keeps the text.
    click(qtbot, dialog.publish_button)
    assert dialog.confirm_box is not None
    dialog.confirm_box.reject()
    assert shop.services.policies.list_versions() == []
    assert dialog.editor.policy_text() == text
    click(qtbot, dialog.publish_button)
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [version] = shop.services.policies.list_versions()
    assert version.label == "2026-12" and version.text == text.strip()
    assert page.in_force.text().startswith("Đang áp dụng: phiên bản 2026-12")
    assert page.versions.table.item(0, 0).text() == "2026-12 (đang áp dụng)"
    assert page.message.text() == "✔ Đã công bố phiên bản 2026-12."
    # A second version under the same name is refused, with the text kept in the editor.
    dialog = open_editor(qtbot, page)
    type_into(qtbot, dialog.editor.label, "2026-12")
    click(qtbot, dialog.publish_button)
    confirm(qtbot, dialog)
    assert dialog.isVisible() and "2026-12" in dialog.editor.message.text()
    assert len(shop.services.policies.list_versions()) == 1


def test_the_version_is_saved_as_pdf_and_exported_as_html(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = policy_page(qtbot, shop, workers)
    publish(qtbot, page)
    version = page.versions.selected()
    assert version is not None and version.label == "2026-12"
    page.versions.save_pdf(version, tmp_path / "policy")
    qtbot.waitUntil(lambda: page.versions.message.text().startswith("✔"), timeout=30_000)
    pdf = tmp_path / "policy.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    printed = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert shop.services.shop.profile().name in printed
    # Through the button and its file dialog (answered here as the person would).
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "policy"), ""))
    click(qtbot, page.versions.html_button)
    qtbot.waitUntil(lambda: page.versions.message.text().endswith("policy.html"), timeout=30_000)
    html = (tmp_path / "policy.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert shop.services.shop.profile().name in html


def test_a_partner_abroad_is_shown_against_the_policy_with_both_ways_to_fix_it(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = policy_page(qtbot, shop, workers)
    publish(qtbot, page)
    assert page.check.rows == []
    assert page.check.summary.text().startswith("✔")

    partners = PartnersPage(shop.services, shop.director)
    qtbot.addWidget(partners)
    partners.show()
    click(qtbot, partners.add_button)
    dialog = partners.dialog
    assert isinstance(dialog, PartnerDialog)
    assert dialog.country.currentData() == "VN"  # Vietnam unless told otherwise
    type_into(qtbot, dialog.name, "Cloud Mail Pte")
    dialog.country.setCurrentIndex(dialog.country.findData("SG"))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: partners.model.rowCount() == 1)

    page.hide()
    page.show()  # opening the screen again runs the check
    texts = [page.check.table.item(r, 0).text() for r in range(page.check.table.rowCount())]
    assert any("Cloud Mail Pte" in t for t in texts), texts
    assert page.sections.tabText(page.sections.indexOf(page.check)).endswith(f"({len(texts)})")
    checks = shop.services.audit.entries(shop.director, AuditFilter(action=Action.POLICY_CHECKED))
    assert checks[0].detail["count"] == len(texts)
    row = next(r for r, t in enumerate(texts) if "Cloud Mail Pte" in t)
    page.check.table.selectRow(row)
    with qtbot.waitSignal(page.open_screen) as opened:
        click(qtbot, page.check.practice_button)
    assert opened.args == ["partners"]
    click(qtbot, page.check.policy_button)  # the other way: a fresh draft naming the partner
    assert page.editor_dialog is not None and page.editor_dialog.isVisible()
    assert "Cloud Mail Pte" in page.editor_dialog.editor.policy_text()

    home = DirectorHome(shop.services, shop.director, workers)
    qtbot.addWidget(home)
    assert f"contradicts it: {len(texts)} (" in home.policy_state.text()


def test_customers_under_the_older_version_get_letters_and_an_email_to_copy(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    made = add(shop, email="anh@gmail.com")
    grant(shop, made.id, Purpose.MARKETING_EMAIL)  # under the first version, 2026-01
    page = policy_page(qtbot, shop, workers)
    assert page.older.summary.text().startswith("✔ No customer")
    assert not page.older.letters_button.isEnabled()
    publish(qtbot, page)
    assert page.older.customer_ids == [made.id]
    assert page.older.summary.text().startswith(
        "Customers who agreed to something under an older version: 1."
    )
    page.older.save_letters(tmp_path / "letters")
    qtbot.waitUntil(lambda: page.older.message.text().startswith("✔"), timeout=30_000)
    letters = subprocess.run(
        ["pdftotext", str(tmp_path / "letters.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Nguyễn" in letters  # addressed to the customer
    printed = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.CUSTOMER_PRINTED)
    )
    assert [e.target_id for e in printed][:1] == [str(made.id)]
    click(qtbot, page.older.copy_button)
    email = QApplication.clipboard().text()
    assert email == page.older.email.toPlainText() and "2026-12" in email
    assert page.older.message.text() == "✔ Copied. Paste it into your email program."


def test_the_director_adds_a_purpose_to_the_register_through_its_dialog(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = policy_page(qtbot, shop, workers)
    before = page.purposes.model.rowCount()
    assert before > 0  # the starting register
    click(qtbot, page.purposes.add_button)
    dialog = page.purposes.dialog
    assert isinstance(dialog, PurposeDialog)
    type_into(qtbot, dialog.name, "Lưu hình camera tại công trình của khách")
    dialog.basis.setCurrentIndex(dialog.basis.findData("contract"))
    assert not dialog.consent.isEnabled()  # only a consent-based purpose names a consent
    tick(qtbot, dialog.data["name"])
    type_into(qtbot, dialog.retention, "30 days")
    dialog.months.setValue(1)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: page.purposes.model.rowCount() == before + 1)
    saved = page.purposes.selected()
    assert saved is not None and saved.name == "Lưu hình camera tại công trình của khách"
    assert saved.key == "luu_hinh_camera_tai_cong_trinh_cua"  # made for the director
    assert saved.data_used == ("name",) and saved.retention_months == 1
    assert "saved" in page.purposes.message.text()


def test_keyboard_moves_from_the_text_to_the_name_and_date_and_ctrl_enter_asks_to_publish(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = policy_page(qtbot, shop, workers)
    dialog = open_editor(qtbot, page)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.editor.text.setFocus()
    qtbot.keyClick(dialog.editor.text, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.editor.label
    qtbot.keyClick(dialog.editor.label, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.editor.effective.findChild(QLineEdit) or (
        dialog.focusWidget() is dialog.editor.effective
    )
    qtbot.keyClick(dialog.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.confirm_box is not None and dialog.confirm_box.isVisible()
    dialog.confirm_box.reject()
    assert shop.services.policies.list_versions() == []


def test_only_the_director_has_the_policy_screen(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences
) -> None:
    director = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(director)
    titles = [director.tabs.tabText(i) for i in range(director.tabs.count())]
    assert titles[-2:] == ["Data protection policy", "Settings"]
    sales = MainWindow(shop.services, shop.sales, workers, preferences)
    qtbot.addWidget(sales)
    assert sales.policy is None


def test_the_draft_can_be_written_in_english_for_foreign_customers(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    page = policy_page(qtbot, shop, workers)
    assert page.versions.draft_language.currentData() == "vi"
    page.versions.draft_language.setCurrentIndex(page.versions.draft_language.findData("en"))
    dialog = open_editor(qtbot, page)
    assert dialog.editor.policy_text().startswith("# Personal data protection policy")


def test_a_field_collected_again_after_publishing_is_found_and_settings_fix_it(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences
) -> None:
    window = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(window)
    window.show()
    assert window.settings is not None and window.policy is not None
    rules = window.settings.data_rules
    window.tabs.setCurrentWidget(window.settings_tab)
    tick(qtbot, rules.fields[OptionalField.BIRTH_DATE])  # off, then publish
    click(qtbot, rules.save_button)
    window.tabs.setCurrentWidget(window.policy)
    publish(qtbot, window.policy)
    assert window.policy.check.rows == []
    window.tabs.setCurrentWidget(window.settings_tab)
    tick(qtbot, rules.fields[OptionalField.BIRTH_DATE])  # collected again
    click(qtbot, rules.save_button)
    window.tabs.setCurrentWidget(window.policy)
    check = window.policy.check
    assert [c.code for c in check.rows] == ["field_not_declared"]
    assert check.table.item(0, 0).text() == (
        "The shop collects the field Birth date, which the policy does not declare."
    )
    check.table.selectRow(0)
    click(qtbot, check.practice_button)
    assert window.tabs.currentWidget() is window.settings_tab
    tick(qtbot, rules.fields[OptionalField.BIRTH_DATE])  # fixed on the practice side
    click(qtbot, rules.save_button)
    window.tabs.setCurrentWidget(window.policy)
    assert check.rows == [] and check.summary.text().startswith("✔")


def test_a_named_partner_moved_abroad_is_shown_with_its_country_in_the_readers_words(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    made = shop.services.partners.add_partner(
        shop.director, PartnerDraft(PartnerKind.IT, "Máy chủ Sao Việt")
    )
    page = policy_page(qtbot, shop, workers)
    publish(qtbot, page)  # names the partner, in Vietnam
    assert page.check.rows == []
    shop.services.partners.update_partner(
        shop.director, made.id, PartnerDraft(PartnerKind.IT, "Máy chủ Sao Việt", country="JP")
    )
    page.check.refresh()
    assert [c.code for c in page.check.rows] == ["partner_abroad"]
    shown = page.check.table.item(0, 0).text()
    assert "Máy chủ Sao Việt" in shown and "Nhật Bản" in shown and "JP" not in shown


def test_a_purpose_kept_longer_than_the_policy_says_is_fixed_in_the_register(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    page = policy_page(qtbot, shop, workers)
    publish(qtbot, page)
    page.sections.setCurrentWidget(page.purposes)
    keys = [p.key for p in page.purposes.model.rows]
    page.purposes.table.selectRow(keys.index("accounting"))
    click(qtbot, page.purposes.edit_button)
    dialog = page.purposes.dialog
    assert isinstance(dialog, PurposeDialog)
    assert dialog.name.text() == "Lập hóa đơn và lưu chứng từ kế toán"
    dialog.months.setValue(60)  # 5 years instead of the 10 the policy states
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = next(p for p in page.purposes.model.rows if p.key == "accounting")
    assert saved.name == "Invoices and accounting documents"  # the default wording stays
    page.check.refresh()
    assert [c.code for c in page.check.rows] == ["purpose_retention_differs"]
    assert "Lập hóa đơn và lưu chứng từ kế toán" in page.check.table.item(0, 0).text()
    page.sections.setCurrentWidget(page.check)
    page.check.table.selectRow(0)
    click(qtbot, page.check.practice_button)
    assert page.sections.currentWidget() is page.purposes
