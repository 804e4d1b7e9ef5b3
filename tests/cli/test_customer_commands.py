"""``customer add|find|show``, ``consent set|opt-out``, ``marketing export``, ``import``: the sales
desk from a script, with the desk's rules, masking and audit."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.services.audit import AuditFilter
from tests.cli.conftest import Cli, Ran
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, Shop
from tests.services.customer_helpers import add, policy

SALES_NEW = "Ban-hang#Cho-lon-42"
CARE_NEW = "Hoa-sen#Ben-nuoc-31"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "messy_customers.csv"


@pytest.fixture
def desk(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    for user, old, new in (
        ("banhang1", SALES_PASSWORD, SALES_NEW),
        ("cskh1", CARE_PASSWORD, CARE_NEW),
    ):
        ran = cli("--user", user, "passwd", password=old, new_password=new)
        assert ran.code == 0, ran.err
    return cli


def sales(cli: Cli, *argv: str) -> Ran:
    return cli("--user", "banhang1", *argv, password=SALES_NEW)


def care(cli: Cli, *argv: str) -> Ran:
    return cli("--user", "cskh1", *argv, password=CARE_NEW)


def test_add_prints_the_new_id_and_find_finds_it_without_accents(desk: Cli, shop: Shop) -> None:
    ran = sales(desk, "--json", "customer", "add", "--name", "Nguyễn Văn Ánh",
                "--phone", "0912.345.678", "--email", "anh@gmail.com",
                "--birth-date", "1985-03-15", "--source", "phone_call")  # fmt: skip
    assert ran.code == 0, ran.err
    new_id = ran.json()["id"]
    found = sales(desk, "--json", "customer", "find", "nguyen van anh").json()
    assert found == [
        {"id": new_id, "name": "Nguyễn Văn Ánh", "phone": "0912 345 678",
         "email": "anh@gmail.com", "last_contact_at": found[0]["last_contact_at"],
         "damaged": False}
    ]  # fmt: skip
    masked = care(desk, "--json", "customer", "find", "5678").json()
    assert (masked[0]["phone"], masked[0]["email"]) == ("•••• ••• 678", "a•••@gmail.com")


def test_add_refusals_point_at_the_option_and_exit_1(desk: Cli) -> None:
    ran = sales(desk, "customer", "add", "--name", "Trần Bình", "--phone", "0912 34")
    assert ran.code == 1 and "--phone" in ran.err
    ran = sales(desk, "--lang", "en", "customer", "add", "--name", "Trần Bình")
    assert ran.code == 1 and "Enter at least one phone number or email." in ran.err
    sales(desk, "customer", "add", "--name", "An", "--phone", "0912 345 678")
    ran = sales(
        desk, "--lang", "en", "customer", "add", "--name", "Bình", "--phone", "+84912345678"
    )
    assert ran.code == 1 and "already has this phone number" in ran.err
    ran = care(desk, "customer", "add", "--name", "Cúc", "--phone", "0987 000 111")
    assert ran.code == 4


def test_show_is_audited_naming_the_staff_and_masked_for_care(desk: Cli, shop: Shop) -> None:
    made = add(shop, email="anh@gmail.com")
    ran = care(desk, "--json", "customer", "show", str(made.id))
    assert ran.code == 0, ran.err
    data = ran.json()
    assert data["masked"] and data["contacts"][0]["value"] == "•••• ••• 678"
    human = sales(desk, "--lang", "en", "customer", "show", str(made.id))
    assert "0912 345 678" in human.out and "Consents in force: -" in human.out
    viewed = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.CUSTOMER_VIEWED, target_id=str(made.id))
    )
    assert {e.staff_id for e in viewed} == {shop.care.staff_id, shop.sales.staff_id}


def test_consent_grant_withdraw_and_opt_out(desk: Cli, shop: Shop) -> None:
    made = add(shop)
    ran = sales(
        desk, "--json", "consent", "set", str(made.id), "--purpose", "marketing_zalo", "--grant"
    )
    assert ran.code == 1  # no policy version yet: a grant must name one
    policy(shop)
    ran = sales(
        desk, "--json", "consent", "set", str(made.id), "--purpose", "marketing_zalo", "--grant"
    )
    assert ran.code == 0, ran.err
    assert ran.json()["granted"]
    sales(desk, "consent", "set", str(made.id), "--purpose", "marketing_email", "--grant")
    history = shop.services.customers.get_customer(shop.sales, made.id).consents
    assert history[0].notice is not None and history[0].notice.channel == "Email"
    assert history[1].notice is not None and history[1].notice.channel == "Tin nhắn Zalo"
    ran = care(desk, "--json", "consent", "opt-out", str(made.id), "--channel", "phone")
    assert ran.code == 0, ran.err
    assert {r["purpose"] for r in ran.json()} == {"marketing_zalo", "marketing_email"}
    state = shop.services.consents.consent_state(shop.care, made.id)
    assert not any(state.values())


def test_marketing_export_writes_only_consenting_customers(
    desk: Cli, shop: Shop, tmp_path: Path
) -> None:
    made = add(shop, email="yes@gmail.com")
    add(shop, name="Trần Bình", mobile="0987 111 222", email="no@gmail.com")
    policy(shop)
    sales(desk, "consent", "set", str(made.id), "--purpose", "marketing_email", "--grant")
    out = tmp_path / "email.csv"
    ran = sales(desk, "--json", "marketing", "export", "--channel", "email", "--out", str(out))
    assert ran.code == 0, ran.err
    assert ran.json()["count"] == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        ["Mã khách hàng", "Họ và tên", "Email"],
        [str(made.id), "Nguyễn Văn Ánh", "yes@gmail.com"],
    ]
    assert care(desk, "marketing", "export", "--channel", "email", "--out", str(out)).code == 4


def test_import_reports_as_json_and_dry_run_writes_nothing(desk: Cli, shop: Shop) -> None:
    ran = sales(desk, "--json", "import", str(SAMPLE), "--dry-run")
    assert ran.code == 0, ran.err
    assert shop.services.customers.count_customers(shop.director, "") == 0
    ran = sales(desk, "--json", "--lang", "en", "import", str(SAMPLE))
    data = ran.json()
    assert (data["imported"], data["duplicates"]) == (6, 1)
    assert [(r["row"], r["reason"]) for r in data["rejected"]] == [
        (8, "This does not look like a person's name: use letters, not formulas."),
        (9, "Enter at least one phone number or email."),
    ]
    assert [(w["row"], w["field"]) for w in data["warnings"]] == [
        (5, "personal_email"), (11, "birth_date"),
    ]  # fmt: skip
    assert data["profile"] is None and data["mapping"]["Số điện thoại"] == "mobile"
    again = sales(desk, "import", str(SAMPLE))  # in Vietnamese, for a person
    assert again.code == 0, again.err
    assert "Dòng 5, đã nhập nhưng bỏ qua thông tin này: Địa chỉ email này không hợp lệ" in again.out
    assert "0 khách hàng mới" in again.out and "7 dòng trùng" in again.out


def test_import_with_an_explicit_mapping(desk: Cli, shop: Shop) -> None:
    ran = sales(desk, "--json", "import", str(SAMPLE), "--dry-run",
                "--map", "3=ignore", "--map", "Ngày sinh=ignore")  # fmt: skip
    assert ran.code == 0, ran.err
    data = ran.json()
    assert data["warnings"] == []  # neither the bad email nor the bad date is read
    assert (data["mapping"]["Email"], data["mapping"]["Ngày sinh"]) == ("ignore", "ignore")
    assert data["mapping"]["Họ và tên"] == "full_name"  # the rest stays as guessed
    ran = sales(desk, "import", str(SAMPLE), "--map", "x=name")
    assert ran.code == 2


def test_director_may_do_it_all(desk: Cli) -> None:
    ran = desk("--user", "giamdoc", "--json", "customer", "add", "--name", "Phạm Cường",
               "--phone", "0903 111 222", password=DIRECTOR_PASSWORD)  # fmt: skip
    assert ran.code == 0, ran.err


def test_find_refuses_an_empty_text_and_a_huge_limit(desk: Cli, shop: Shop) -> None:
    add(shop, name="Nguyễn Văn An", mobile="0901 234 567")
    for text, limit in (("", "50"), ("   ", "50"), ("An", "100000"), ("An", "0")):
        ran = sales(desk, "--json", "customer", "find", text, "--limit", limit)
        assert ran.code == 2, (text, limit, ran.out)
        assert "Nguyễn" not in ran.out


def test_a_long_listing_is_logged_as_a_bulk_read_with_the_ids(desk: Cli, shop: Shop) -> None:
    ids = [
        add(shop, name=f"Nguyễn Văn Khách {chr(65 + i)}", mobile=f"0901 234 {500 + i:03d}").id
        for i in range(25)
    ]
    ran = sales(desk, "--json", "customer", "find", "Nguyễn", "--limit", "100")
    assert ran.code == 0 and len(ran.json()) == 25
    listed = shop.services.audit.entries(shop.director, AuditFilter(action=Action.CUSTOMERS_LISTED))
    assert len(listed) == 1
    assert listed[0].detail["count"] == 25 and sorted(listed[0].detail["ids"]) == sorted(ids)
