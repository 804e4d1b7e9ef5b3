"""``report access-review``: the director's PDF from a script; refused and logged for others."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.services.audit import AuditFilter
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop


@pytest.fixture
def at_shop(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    return cli


def today() -> str:
    return datetime.now(SHOP_ZONE).date().isoformat()


def test_director_writes_the_access_review_pdf_with_the_chains_head(
    at_shop: Cli, shop: Shop, tmp_path: Path
) -> None:
    out = tmp_path / "review.pdf"
    ran = at_shop(
        "--json", "--user", "giamdoc", "report", "access-review",
        "--from", today(), "--to", today(), "--out", str(out),
        password=DIRECTOR_PASSWORD,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert doc["path"] == str(out) and doc["pages"] >= 1
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=False
    ).stdout
    newest_first = shop.services.audit.entries(shop.director, AuditFilter(limit=2))
    exported, paper_head = newest_first
    assert exported.action == Action.REPORT_EXPORTED
    assert exported.detail["kind"] == "access_review"
    if text:  # poppler installed: the paper ends with the chain's head as it was printed
        assert paper_head.hash in text.replace("\n", "")


def test_sales_is_refused_with_exit_4_and_the_attempt_is_logged(
    at_shop: Cli, shop: Shop, tmp_path: Path
) -> None:
    out = tmp_path / "review.pdf"
    new = "Ban-hang#Mua-he-2026"
    assert (
        at_shop("--user", "banhang1", "passwd", password=SALES_PASSWORD, new_password=new).code == 0
    )
    ran = at_shop(
        "--user", "banhang1", "report", "access-review",
        "--from", today(), "--to", today(), "--out", str(out),
        password=new,
    )  # fmt: skip
    assert ran.code == 4
    assert not out.exists()
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED)
    )
    assert refused[0].staff_id == shop.sales.staff_id
    assert refused[0].detail["permission"] == "view_access_review"


def test_a_bad_date_or_a_reversed_period_is_a_usage_error(at_shop: Cli, tmp_path: Path) -> None:
    out = str(tmp_path / "r.pdf")
    ran = at_shop(
        "--user", "giamdoc", "report", "access-review",
        "--from", "20/11/2026", "--to", today(), "--out", out,
        password=DIRECTOR_PASSWORD,
    )  # fmt: skip
    assert ran.code == 2 and "--from" in ran.err
    ran = at_shop(
        "--user", "giamdoc", "report", "access-review",
        "--from", "2026-11-20", "--to", "2026-11-01", "--out", out,
        password=DIRECTOR_PASSWORD,
    )  # fmt: skip
    assert ran.code == 2
