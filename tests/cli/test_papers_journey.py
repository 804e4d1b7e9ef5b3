"""From an empty database with the admin command line only: the customer's own data report lists
who at the shop used the record, by full name; a breach is recorded and its papers name people,
never logins, under the national heading. Director-only breach commands refuse the others."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from shopprivacy.reports.text import local_time
from tests.cli.conftest import Cli
from tests.conftest import CARE, DIRECTOR, DIRECTOR_PASSWORD, SALES, SHOP
from tests.reports.conftest import pdf_text
from tests.services.breach_helpers import LOST_LAPTOP

PASSWORDS = {SALES.username: "Cua-so#Binh-minh-42", CARE.username: "Hoa-sen#Ben-nuoc-31"}
CUSTOMER = "Nguyễn Văn Ánh"
LOGINS = (DIRECTOR.username, SALES.username, CARE.username)


class Shopfront:
    """The shop's command line, each call signed in as one of its people."""

    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def __call__(self, who: str, *argv: str) -> Any:
        password = DIRECTOR_PASSWORD if who == DIRECTOR.username else PASSWORDS[who]
        ran = self.cli("--json", "--user", who, *argv, password=password)
        assert ran.code == 0, ran.err
        return ran.json()

    def refused(self, who: str, *argv: str) -> int:
        password = DIRECTOR_PASSWORD if who == DIRECTOR.username else PASSWORDS[who]
        return self.cli("--user", who, *argv, password=password).code


@pytest.fixture
def shop(cli: Cli, tmp_path: Path) -> Shopfront:
    cli.db = tmp_path / "cuahang.db"
    made = cli(
        "init", "--shop-name", SHOP.name, "--shop-address", SHOP.address,
        "--shop-phone", SHOP.phone, "--director", DIRECTOR.username,
        "--director-name", DIRECTOR.full_name, "--director-phone", DIRECTOR.phone or "",
        new_password=DIRECTOR_PASSWORD,
    )  # fmt: skip
    assert made.code == 0, made.err
    for staff in (SALES, CARE):
        added = cli(
            "--user", DIRECTOR.username, "user", "add", staff.username, "--role",
            staff.role.value, "--full-name", staff.full_name,
            password=DIRECTOR_PASSWORD, new_password="Tam-thoi#Mat-khau-1",
        )  # fmt: skip
        assert added.code == 0, added.err
        first = cli(
            "--user", staff.username, "passwd",
            password="Tam-thoi#Mat-khau-1", new_password=PASSWORDS[staff.username],
        )  # fmt: skip
        assert first.code == 0, first.err
    return Shopfront(cli)


def add_customer(shop: Shopfront) -> int:
    made = shop(SALES.username, "customer", "add", "--name", CUSTOMER, "--phone", "0912 345 678",
                "--address", "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh")  # fmt: skip
    return int(made["id"])


def test_the_customer_report_lists_who_opened_printed_and_reported_the_record(
    shop: Shopfront, tmp_path: Path
) -> None:
    cid = add_customer(shop)
    shop(CARE.username, "customer", "show", str(cid))
    today = local_time(datetime.now(UTC)).date()
    shop(DIRECTOR.username, "partner", "add", "Điện lạnh Hoà Bình", "--kind", "installer",
         "--signed", str(today - timedelta(days=30)), "--expires", str(today + timedelta(days=300)))  # fmt: skip
    shop(SALES.username, "report", "job-sheet", str(cid), "--to", "dien lanh hoa binh",
         "--work", "Lắp camera", "--out", str(tmp_path / "phieu.pdf"))  # fmt: skip

    pdf, data = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.json"
    shop(CARE.username, "report", "customer", str(cid), "--out", str(pdf), "--data", str(data))

    accessed = json.loads(data.read_text(encoding="utf-8"))["accessed_by"]
    seen = [(a["full_name"], a["role"], a["action"], a["kind"]) for a in accessed]
    assert seen == [
        (SALES.full_name, "sales", "customer_created", None),
        (CARE.full_name, "care", "customer_viewed", None),
        # The job sheet gives the installer the customer's details, then is saved as a PDF.
        (SALES.full_name, "sales", "disclosure_recorded", None),
        (SALES.full_name, "sales", "report_exported", "job_sheet"),
        # The PDF made just before this JSON copy: the report's own making is audited too.
        (CARE.full_name, "care", "customer_data_report_made", None),
    ]
    assert accessed[1]["action_name"] == "Mở hồ sơ khách hàng"
    assert accessed[1]["role_name"] == "Chăm sóc khách hàng"
    assert accessed[3]["action_name"] == "Lưu báo cáo thành PDF: Phiếu công việc cho thợ lắp đặt"
    assert all(a["when"] for a in accessed)
    text = " ".join(pdf_text(pdf).split())
    assert "Nhân viên cửa hàng đã sử dụng hồ sơ" in text
    assert SALES.full_name in text and CARE.full_name in text
    everything = text + data.read_text(encoding="utf-8")
    assert not any(login in everything for login in LOGINS)

    english = tmp_path / "report-en.json"
    shop(CARE.username, "--lang", "en", "report", "customer", str(cid), "--out", str(pdf),
         "--data", str(english))  # fmt: skip
    opened = json.loads(english.read_text(encoding="utf-8"))["accessed_by"][1]
    assert (opened["action_name"], opened["role_name"]) == ("Customer opened", "Customer care")


def test_a_breach_from_the_command_line_to_its_papers(shop: Shopfront, tmp_path: Path) -> None:
    cid = add_customer(shop)
    opened = shop(DIRECTOR.username, "breach", "open", "--customer", str(cid),
                  "--data", "names,phones,addresses", "--what", LOST_LAPTOP)  # fmt: skip
    bid = opened["id"]
    assert opened["status"] == "open" and opened["customer_ids"] == [cid]
    assert [b["id"] for b in shop(DIRECTOR.username, "breach", "list")] == [bid]

    notice = tmp_path / "thong-bao-a05.pdf"
    shop(DIRECTOR.username, "breach", "notice", str(bid), "--out", str(notice))
    text = " ".join(pdf_text(notice).split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "TP. Hồ Chí Minh, ngày" in text
    assert f"{DIRECTOR.full_name} (Giám đốc), điện thoại {DIRECTOR.phone}" in text
    assert LOST_LAPTOP in text
    assert not any(login in text for login in LOGINS)

    letters = tmp_path / "thu.pdf"
    shop(DIRECTOR.username, "breach", "letters", str(bid), "--out", str(letters))
    assert f"Kính gửi Ông/Bà {CUSTOMER}," in pdf_text(letters)

    assert shop.refused(DIRECTOR.username, "breach", "close", str(bid), "--note", "Xong") == 1
    shop(DIRECTOR.username, "breach", "notified", str(bid), "--reference", "12/CV-AK")
    shop(DIRECTOR.username, "breach", "customers-notified", str(bid))
    closed = shop(DIRECTOR.username, "breach", "close", str(bid), "--note", "Đã thay máy")
    assert closed["status"] == "closed" and closed["authority_reference"] == "12/CV-AK"
    record = tmp_path / "bien-ban.pdf"
    shop(DIRECTOR.username, "breach", "incident-record", str(bid), "--out", str(record))
    assert "12/CV-AK" in pdf_text(record)


def test_breach_commands_are_for_the_director_and_check_their_input(
    shop: Shopfront, cli: Cli
) -> None:
    cid = add_customer(shop)
    assert shop.refused(SALES.username, "breach", "list") == 4
    assert shop.refused(CARE.username, "breach", "open", "--all", "--data", "names",
                        "--what", LOST_LAPTOP) == 4  # fmt: skip
    refused = shop(DIRECTOR.username, "audit", "list", "--action", "permission_refused")
    assert len(refused) == 2
    assert shop.refused(DIRECTOR.username, "breach", "open", "--all", "--data", "faces",
                        "--what", LOST_LAPTOP) == 2  # fmt: skip
    assert shop.refused(DIRECTOR.username, "breach", "open", "--customer", str(cid),
                        "--data", "names", "--what", LOST_LAPTOP, "--found", "hôm qua") == 2  # fmt: skip
    ran = cli("--user", DIRECTOR.username, "breach", "open", "--customer", str(cid + 40),
              "--data", "names", "--what", LOST_LAPTOP, password=DIRECTOR_PASSWORD)  # fmt: skip
    assert ran.code == 1 and f"khách hàng số {cid + 40}" in ran.err
    assert shop(DIRECTOR.username, "breach", "list") == []
