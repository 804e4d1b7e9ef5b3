"""``recovery-sheet new``: the director replaces a lost sheet from the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

from shopprivacy.domain.audit import Action
from shopprivacy.security.recovery import normalize_recovery_code
from shopprivacy.services.audit import AuditFilter
from tests.cli.conftest import Cli
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, MemoryKeyring, Shop

NEW_PASSWORD = "Mua-he#Da-lat-2027"


def test_the_director_makes_a_new_sheet_and_the_old_code_stops_working(
    cli: Cli, shop: Shop, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    cli.db = shop.db.url
    sheet = tmp_path / "to-ma-moi.pdf"
    ran = cli(
        "--json", "--user", "giamdoc", "recovery-sheet", "new", "--out", str(sheet),
        password=DIRECTOR_PASSWORD,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    doc = ran.json()
    code = doc["recovery_code"]
    assert normalize_recovery_code(code) == code != shop.recovery_code
    assert doc == {"recovery_code": code, "director": "giamdoc", "path": str(sheet)}
    assert code not in ran.err and "không còn dùng được" in ran.err
    printed = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True).stdout
    assert code.split("-")[0] in printed
    exported = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.REPORT_EXPORTED)
    )
    assert [e.detail["kind"] for e in exported] == ["recovery_sheet"]

    memory_keyring.move_to_another_pc()
    old = cli(
        "recover", "--director", "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
        new_password=NEW_PASSWORD,
    )  # fmt: skip
    assert old.code == 5
    new = cli(
        "recover",
        "--director",
        "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE=code,
        new_password=NEW_PASSWORD,
    )
    assert new.code == 0, new.err


def test_without_json_the_code_is_printed_once_on_its_own_line(cli: Cli, shop: Shop) -> None:
    cli.db = shop.db.url
    ran = cli("--user", "giamdoc", "recovery-sheet", "new", password=DIRECTOR_PASSWORD)
    assert ran.code == 0, ran.err
    label, code = ran.out.strip().rsplit(" ", 1)
    assert label == "Mã khôi phục:" and normalize_recovery_code(code) == code
    assert "QUAN TRỌNG" in ran.err


def test_care_cannot_make_a_new_sheet(cli: Cli, shop: Shop) -> None:
    cli.db = shop.db.url
    care_own = "Cham-soc#Rieng-2027"
    assert cli("--user", "cskh1", "passwd", password=CARE_PASSWORD, new_password=care_own).code == 0
    ran = cli("--json", "--user", "cskh1", "recovery-sheet", "new", password=care_own)
    assert ran.code == 4
    assert "recovery_code" not in ran.out
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED)
    )
    assert refused[0].detail["permission"] == "replace_recovery_code"


def test_a_sheet_that_cannot_be_saved_still_shows_the_new_code(
    cli: Cli, shop: Shop, tmp_path: Path
) -> None:
    cli.db = shop.db.url
    nowhere = tmp_path / "khong-co-thu-muc-nay" / "to.pdf"
    ran = cli(
        "--json", "--user", "giamdoc", "recovery-sheet", "new", "--out", str(nowhere),
        password=DIRECTOR_PASSWORD,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert "path" not in doc and not nowhere.exists()
    assert "Không lưu được tệp PDF" in ran.err
    # The code shown is the one in force.
    assert shop.auth().recover(doc["recovery_code"], "giamdoc", NEW_PASSWORD)
