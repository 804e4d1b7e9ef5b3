"""``audit verify`` and ``audit list``; tampering done with the real ``sqlite3`` tool."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta

import pytest

from shopprivacy.domain.deadlines import SHOP_ZONE
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop

SQLITE3 = shutil.which("sqlite3")


@pytest.fixture
def at_shop(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    return cli


def director(cli: Cli, *argv: str) -> tuple[int, str, str]:
    ran = cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)
    return ran.code, ran.out, ran.err


def tamper(shop: Shop, sql: str) -> None:
    """What someone with the file and an SQLite tool could do."""
    assert SQLITE3, "the sqlite3 tool is needed for this test (apt-get install sqlite3)"
    shop.db.dispose()
    subprocess.run([SQLITE3, str(shop.path), sql], check=True, capture_output=True)


def test_a_whole_audit_log_verifies(at_shop: Cli) -> None:
    ran = at_shop("--json", "--user", "giamdoc", "audit", "verify", password=DIRECTOR_PASSWORD)
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert set(doc) == {"ok", "checked", "head_seq", "head_hash", "broken_seq", "problem"}
    assert doc["ok"] is True and doc["broken_seq"] is None and doc["problem"] is None
    assert doc["checked"] == doc["head_seq"] >= 4 and len(doc["head_hash"]) == 64
    code, out, _ = director(at_shop, "audit", "verify")
    assert code == 0 and "còn nguyên vẹn" in out


@pytest.mark.sqlite_only("edits the file with the sqlite3 tool")
def test_editing_one_audit_row_with_sqlite3_exits_5_naming_it(at_shop: Cli, shop: Shop) -> None:
    tamper(shop, "UPDATE audit_log SET target_id = '99' WHERE seq = 3;")
    ran = at_shop("--json", "--user", "giamdoc", "audit", "verify", password=DIRECTOR_PASSWORD)
    assert ran.code == 5
    doc = ran.json()
    assert doc["ok"] is False and doc["broken_seq"] == 3 and doc["problem"] == "altered"
    assert doc["checked"] == 2
    assert "bị hỏng ở mục số 3" in ran.err and "bị sửa" in ran.err


@pytest.mark.sqlite_only("deletes with the sqlite3 tool")
def test_deleting_one_audit_row_with_sqlite3_exits_5_naming_it(at_shop: Cli, shop: Shop) -> None:
    tamper(shop, "DELETE FROM audit_log WHERE seq = 2;")
    code, out, err = director(at_shop, "audit", "verify")
    assert code == 5
    assert "mục số 2" in err and "bị xóa" in err
    assert out == ""


@pytest.mark.sqlite_only("deletes with the sqlite3 tool")
def test_deleting_the_newest_audit_row_is_caught_too(at_shop: Cli, shop: Shop) -> None:
    newest = director(at_shop, "--json", "audit", "list", "--limit", "1")[1]
    seq = json.loads(newest)[0]["seq"]
    tamper(shop, f"DELETE FROM audit_log WHERE seq = {seq};")
    ran = at_shop("--json", "--user", "giamdoc", "audit", "verify", password=DIRECTOR_PASSWORD)
    # Signing in to verify appends after the gap, so the gap itself is named.
    assert ran.code == 5 and ran.json()["broken_seq"] == seq


def test_audit_list_filters_by_staff_and_action(at_shop: Cli, shop: Shop) -> None:
    ran = at_shop(
        "--json",
        "--user",
        "giamdoc",
        "audit",
        "list",
        "--action",
        "staff_added",
        password=DIRECTOR_PASSWORD,
    )
    assert ran.code == 0
    added = ran.json()
    assert {e["target_id"] for e in added} == {
        str(shop.director.staff_id),
        str(shop.sales.staff_id),
        str(shop.care.staff_id),
    }
    assert [e["seq"] for e in added] == sorted((e["seq"] for e in added), reverse=True)

    ran = at_shop(
        "--json",
        "--user",
        "giamdoc",
        "audit",
        "list",
        "--user",
        "giamdoc",
        "--limit",
        "3",
        password=DIRECTOR_PASSWORD,
    )
    mine = ran.json()
    assert len(mine) == 3 and {e["staff_id"] for e in mine} == {shop.director.staff_id}


def test_audit_list_by_day(at_shop: Cli) -> None:
    shop_today = datetime.now(SHOP_ZONE).date()  # days are the shop's (Vietnam) days
    tomorrow = (shop_today + timedelta(days=1)).isoformat()
    code, out, _ = director(at_shop, "audit", "list", "--since", tomorrow)
    assert code == 0 and "Không có mục nào khớp." in out
    today = shop_today.isoformat()
    code, out, _ = director(at_shop, "audit", "list", "--since", today, "--until", today)
    assert code == 0 and "signed_in" in out and "Thời gian" in out.splitlines()[0]
    code, _, err = director(at_shop, "audit", "list", "--since", "hôm qua")
    assert code == 2 and "--since" in err


def test_reading_the_audit_log_is_itself_logged(at_shop: Cli) -> None:
    director(at_shop, "audit", "list")
    ran = at_shop(
        "--json",
        "--user",
        "giamdoc",
        "audit",
        "list",
        "--action",
        "audit_viewed",
        password=DIRECTOR_PASSWORD,
    )
    assert len(ran.json()) == 1  # the first reading (this one is logged after it is read)


@pytest.mark.sqlite_only("deletes with the sqlite3 tool")
def test_a_deleted_head_exits_5_and_the_director_records_it(at_shop: Cli, shop: Shop) -> None:
    tamper(shop, "DELETE FROM audit_head;")
    ran = at_shop("--user", "banhang1", "customer", "find", "An", password=SALES_PASSWORD)
    assert ran.code == 5 and "Traceback" not in ran.err
    assert "nhật ký" in ran.err.lower()
    ran = at_shop(
        "--json", "--user", "giamdoc", "audit", "record-break", password=DIRECTOR_PASSWORD
    )
    assert ran.code == 0, ran.err
    code, out, _ = director(at_shop, "--json", "audit", "list", "--action", "audit_break_recorded")
    assert code == 0 and [e["detail"]["problem"] for e in json.loads(out)] == ["head_missing"]
