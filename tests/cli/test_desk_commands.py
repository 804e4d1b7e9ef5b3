"""``desk enrol-code`` and ``desk enrol``: one more computer joins with the director's one-time
code and a staff member's own password; the recovery sheet is left alone."""

from __future__ import annotations

from shopprivacy.domain.audit import Action
from shopprivacy.security.enrolment_code import normalize_enrolment_code
from shopprivacy.services.audit import AuditFilter
from tests.cli.conftest import Cli
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, MemoryKeyring, Shop


def test_the_director_makes_a_code_and_a_sales_account_enrolls_another_computer(
    cli: Cli, shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    cli.db = shop.db.url
    made = cli("--json", "--user", "giamdoc", "desk", "enrol-code", password=DIRECTOR_PASSWORD)
    assert made.code == 0, made.err
    doc = made.json()
    code = doc["enrolment_code"]
    assert normalize_enrolment_code(code) == code and set(doc) == {"enrolment_code", "expires_at"}
    assert code not in made.err and "desk enrol" in made.err

    memory_keyring.move_to_another_pc()
    wrong = cli(
        "--user", "banhang1", "desk", "enrol", password="sai-mat-khau", SHOPPRIVACY_DESK_CODE=code
    )
    assert wrong.code == 3 and not memory_keyring.holds_device_secret()
    ran = cli(
        "--json", "--user", "banhang1", "desk", "enrol", password=SALES_PASSWORD,
        SHOPPRIVACY_DESK_CODE=code,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert ran.json() == {"ok": True, "username": "banhang1", "device_protected": True}
    again = cli(
        "--user", "banhang1", "desk", "enrol", password=SALES_PASSWORD, SHOPPRIVACY_DESK_CODE=code
    )
    argument = cli("--user", "banhang1", "desk", "enrol", "--code", code, password=SALES_PASSWORD)
    assert argument.code == 2  # never an argument: it would show in the process list
    assert again.code == 5 and "Mã thêm máy không đúng" in again.err
    enrolled = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DEVICE_ENROLLED)
    )
    assert enrolled[0].detail["via"] == "enrolment_code"


def test_care_cannot_make_a_desk_code(cli: Cli, shop: Shop) -> None:
    cli.db = shop.db.url
    care_own = "Cham-soc#Rieng-2027"
    assert cli("--user", "cskh1", "passwd", password=CARE_PASSWORD, new_password=care_own).code == 0
    ran = cli("--json", "--user", "cskh1", "desk", "enrol-code", password=care_own)
    assert ran.code == 4, ran.err
    assert "enrolment_code" not in ran.out
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, staff_id=shop.care.staff_id)
    )
    assert [e.detail["permission"] for e in refused] == ["enroll_desk"]
    assert not shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_CODE_ISSUED)
    )
