"""``disclosure record``, ``partner add|list`` and ``report disclosures`` from a script."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.reports.text import local_time
from shopprivacy.services.audit import AuditFilter
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop
from tests.reports.conftest import pdf_text
from tests.services.customer_helpers import add

SALES_NEW = "Cua-hang#Dien-may-58"


@pytest.fixture
def desk(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    ran = cli("--user", "banhang1", "passwd", password=SALES_PASSWORD, new_password=SALES_NEW)
    assert ran.code == 0, ran.err
    return cli


def director(cli: Cli, *argv: str) -> tuple[int, str, str]:
    ran = cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)
    return ran.code, ran.out, ran.err


def sales(cli: Cli, *argv: str) -> tuple[int, str, str]:
    ran = cli("--user", "banhang1", *argv, password=SALES_NEW)
    return ran.code, ran.out, ran.err


def add_partner(cli: Cli, shop: Shop, name: str, expires_in_days: int) -> int:
    today = local_time(shop.services.vault.now()).date()
    code, out, err = director(
        cli, "--json", "partner", "add", name, "--kind", "installer",
        "--signed", str(today - timedelta(days=100)),
        "--expires", str(today + timedelta(days=expires_in_days)), "--agreement-ref", "HĐ-7",
    )  # fmt: skip
    assert code == 0, err
    return int(out.split('"id":')[1].split("}")[0])


def test_sales_records_a_disclosure_to_a_partner_named_without_accents(
    desk: Cli, shop: Shop
) -> None:
    customer = add(shop)
    pid = add_partner(desk, shop, "Điện lạnh Hoà Bình", 200)
    code, out, err = sales(
        desk, "--json", "disclosure", "record", str(customer.id), "--to", "dien lanh hoa binh",
        "--fields", "name,phone,address", "--basis", "contract", "--purpose", "Lắp điều hoà",
    )  # fmt: skip
    assert code == 0, err
    assert f'"partner_id": {pid}' in out and '"basis": "contract"' in out
    assert "Đã ghi lần cung cấp dữ liệu" in err


def test_a_partner_with_an_expired_agreement_is_refused_with_exit_1(desk: Cli, shop: Shop) -> None:
    customer = add(shop)
    pid = add_partner(desk, shop, "Giao hàng Nhanh", -3)
    code, _out, err = sales(
        desk, "disclosure", "record", str(customer.id), "--to", str(pid),
        "--fields", "name,phone", "--basis", "contract", "--purpose", "Giao hàng",
    )  # fmt: skip
    assert code == 1
    assert "thỏa thuận bảo mật" in err
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.DISCLOSURE_REFUSED))
    )
    assert len(refused) == 1


def test_a_legal_request_by_sales_exits_4(desk: Cli, shop: Shop) -> None:
    customer = add(shop)
    code, _out, err = director(desk, "--json", "partner", "add", "Công an Quận 1", "--kind",
                              "authority")  # fmt: skip
    assert code == 0, err
    code, _out, _err = sales(
        desk, "disclosure", "record", str(customer.id), "--to", "Công an",
        "--fields", "name", "--basis", "legal_request", "--reference", "12/CV", "--purpose", "x",
    )  # fmt: skip
    assert code == 4


def test_unknown_field_is_a_usage_error(desk: Cli, shop: Shop) -> None:
    code, _out, err = sales(
        desk, "disclosure", "record", "1", "--to", "1", "--fields", "name,password",
        "--basis", "contract",
    )  # fmt: skip
    assert code == 2 and "--fields" in err


def test_partner_list_marks_an_expired_agreement(desk: Cli, shop: Shop) -> None:
    add_partner(desk, shop, "Sao Mai", 30)
    add_partner(desk, shop, "Tin học Minh", -1)
    code, out, _err = director(desk, "partner", "list")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert "KHÔNG CÒN HIỆU LỰC" in lines["2"] and "còn hiệu lực" in lines["1"]


def test_director_writes_the_register_as_a_pdf(desk: Cli, shop: Shop, tmp_path: Path) -> None:
    customer = add(shop)
    add_partner(desk, shop, "Sao Mai", 30)
    assert sales(desk, "disclosure", "record", str(customer.id), "--to", "sao mai", "--fields",
                 "name", "--basis", "contract", "--purpose", "Lắp camera")[0] == 0  # fmt: skip
    today = local_time(shop.services.vault.now()).date()
    out = tmp_path / "register.pdf"
    code, _o, err = director(desk, "report", "disclosures", "--from", str(today), "--to",
                             str(today), "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert "SỔ CUNG CẤP DỮ LIỆU CHO BÊN THỨ BA" in pdf_text(out)
    code, _o, _e = sales(desk, "report", "disclosures", "--from", str(today), "--to",
                         str(today), "--out", str(tmp_path / "no.pdf"))  # fmt: skip
    assert code == 4


def test_sales_prints_a_job_sheet_which_records_the_disclosure(
    desk: Cli, shop: Shop, tmp_path: Path
) -> None:
    customer = add(shop)
    add_partner(desk, shop, "Sao Mai", 30)
    out = tmp_path / "phieu.pdf"
    code, _o, err = sales(desk, "report", "job-sheet", str(customer.id), "--to", "sao mai",
                          "--work", "Lắp camera", "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert "Nguyễn Văn Ánh" in pdf_text(out)
    [recorded] = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.DISCLOSURE_RECORDED))
    )
    assert recorded.detail["job_sheet"] is True
