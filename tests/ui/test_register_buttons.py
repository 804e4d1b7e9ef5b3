"""The director saves the printed registers from the app: the retention register from the
Retention tab, the request register from the overview; both written in a worker."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.director.retention import RetentionPage
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import click


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def choose(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[str]) -> None:
    def fake(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(path), "PDF files (*.pdf)"

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", fake)


def test_retention_register_is_saved_as_pdf(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, asked = tmp_path / "retention.pdf", []
    choose(monkeypatch, path, asked)
    page = RetentionPage(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: path.exists() and page.pdf_button.isEnabled(), timeout=30_000)
    assert asked[0].startswith("luu-tru-") and asked[0].endswith(".pdf")
    assert "Records past their retention date" in pdf_text(path)
    assert f"Saved: {path}" in page.message.text()


def test_request_register_is_saved_as_pdf(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, asked = tmp_path / "requests.pdf", []
    choose(monkeypatch, path, asked)
    page = DirectorHome(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.register_button)
    qtbot.waitUntil(lambda: path.exists() and page.register_button.isEnabled(), timeout=30_000)
    assert "Register of requests" in pdf_text(path)
    assert f"Saved: {path}" in page.register_message.text()


def test_buttons_speak_vietnamese(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    retention = RetentionPage(shop.services, shop.director, workers)
    home = DirectorHome(shop.services, shop.director, workers)
    qtbot.addWidget(retention)
    qtbot.addWidget(home)
    assert retention.pdf_button.text() == "Lưu danh sách thành PDF…"
    assert home.register_button.text() == "Lưu sổ yêu cầu thành PDF…"
