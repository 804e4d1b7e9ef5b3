"""``request ...`` and ``report customer``: the care desk's work from a script."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.requests import RequestType
from shopprivacy.services.audit import AuditFilter
from tests.cli.conftest import Cli
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, Shop
from tests.reports.conftest import pdf_text
from tests.services.request_helpers import NAME, customer_with_order, open_request, worked

CARE_NEW = "Hoa-sen#Ben-nuoc-31"


@pytest.fixture
def desk(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    ran = cli("--user", "cskh1", "passwd", password=CARE_PASSWORD, new_password=CARE_NEW)
    assert ran.code == 0, ran.err
    return cli


def care(cli: Cli, *argv: str) -> tuple[int, str, str]:
    ran = cli("--user", "cskh1", *argv, password=CARE_NEW)
    return ran.code, ran.out, ran.err


def director(cli: Cli, *argv: str) -> tuple[int, str, str]:
    ran = cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)
    return ran.code, ran.out, ran.err


def test_open_prints_the_number_and_the_due_time(desk: Cli, shop: Shop) -> None:
    customer = customer_with_order(shop)
    ran = desk("--user", "cskh1", "--json", "request", "open", str(customer.id), "--type",
               "access", "--note", "Khách muốn xem dữ liệu", password=CARE_NEW)  # fmt: skip
    assert ran.code == 0, ran.err
    data = ran.json()
    assert data["status"] == "new" and data["due"] and data["customer_id"] == customer.id
    code, out, _ = care(desk, "request", "open", str(customer.id), "--type", "complaint")
    assert code == 0 and "#2" in out


def test_deletion_from_a_script_wrong_role_then_director(desk: Cli, shop: Shop) -> None:
    customer = customer_with_order(shop)
    code, out, err = care(desk, "--json", "request", "open", str(customer.id), "--type", "deletion")
    assert code == 0, err
    req = json.loads(out)["id"]
    for step in (
        ("identity", str(req), "--method", "call_back"),
        ("start", str(req)),
        ("submit", str(req)),
    ):
        code, _, err = care(desk, "request", *step)
        assert code == 0, err
    code, _, err = care(desk, "request", "complete", str(req))
    assert code == 1  # needs the director's approval
    code, _, err = care(desk, "request", "approve", str(req))
    assert code == 4
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, target_id=str(req))
    )
    assert refused
    code, _, err = director(desk, "request", "approve", str(req))
    assert code == 0, err
    code, _, err = care(desk, "request", "complete", str(req))
    assert code == 0, err
    assert shop.services.customers.search_customers(shop.sales, NAME) == []


def test_director_rejects_with_a_reason(desk: Cli, shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.DELETION, customer.id)
    shop.services.requests.request_approval(shop.care, req.id)
    code, _, _ = director(desk, "request", "reject", str(req.id), "--reason", " ")
    assert code == 1
    code, _, err = director(
        desk, "request", "reject", str(req.id), "--reason", "Đang có tranh chấp"
    )
    assert code == 0, err
    assert shop.services.requests.get_request(shop.director, req.id).reason == "Đang có tranh chấp"


def test_list_overdue(desk: Cli, shop: Shop) -> None:
    customer = customer_with_order(shop)
    old = open_request(
        shop,
        RequestType.ACCESS,
        customer.id,
        received_at=shop.services.vault.now() - timedelta(days=20),
    )
    open_request(shop, RequestType.ACCESS, customer.id)
    ran = desk("--user", "cskh1", "--json", "request", "list", "--overdue", password=CARE_NEW)
    assert ran.code == 0, ran.err
    assert [r["id"] for r in ran.json()] == [old.id]
    _, out, _ = care(desk, "request", "list")
    assert "QUÁ HẠN" in out and NAME in out


def test_report_customer_writes_the_pdf_and_json(desk: Cli, shop: Shop, tmp_path: Path) -> None:
    customer = customer_with_order(shop)
    pdf, data = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.json"
    code, _, err = care(
        desk, "report", "customer", str(customer.id), "--out", str(pdf), "--data", str(data)
    )
    assert code == 0, err
    assert NAME in pdf_text(pdf) and NAME in data.read_text(encoding="utf-8")


def test_sales_may_not_open_requests(desk: Cli, shop: Shop) -> None:
    customer = customer_with_order(shop)
    new = "Cua-so#Binh-minh-42"
    assert desk("--user", "banhang1", "passwd", password=SALES_PASSWORD, new_password=new).code == 0
    ran = desk("--user", "banhang1", "request", "open", str(customer.id), "--type", "access",
               password=new)  # fmt: skip
    assert ran.code == 4


def test_complaint_from_an_unknown_caller_worked_from_a_script(
    desk: Cli, shop: Shop, tmp_path: Path
) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.COMPLAINT, None, requester_name="Chị Hương")
    steps = [
        ("match", str(req.id), str(customer.id)),
        ("identity", str(req.id), "--method", "order_details"),
        ("start", str(req.id)),
        ("note", str(req.id), "--text", "Đã hỏi đối tác lắp đặt", "--finding"),
        ("outcome", str(req.id), "--outcome", "Đối tác gọi nhầm số", "--remedy", "Đã nhắc đối tác"),
        ("complete", str(req.id)),
        ("letter", str(req.id), "--out", str(tmp_path / "thu.pdf")),
    ]
    for step in steps:
        code, _, err = care(desk, "request", *step)
        assert code == 0, (step, err)
    assert "Đối tác gọi nhầm số" in pdf_text(tmp_path / "thu.pdf")
