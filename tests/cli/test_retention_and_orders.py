"""``order add``, ``retention list|purge`` and ``user undertaking`` from an empty database: a new
shop's director and sales clerk, through the command line only.

Yesterday's buyer of a cable without warranty must not be on the purge list; years later, once
their months have passed, they are, and the purge erases exactly the count confirmed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from shopprivacy.services.vault import Vault
from tests.cli.conftest import Cli, Ran
from tests.conftest import DIRECTOR_PASSWORD

SALES_FIRST = "Cua-so#Mat-troi-77"
SALES_OWN = "Ban-hang#Cho-lon-42"


def director(cli: Cli, *argv: str) -> Ran:
    return cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)


def sales(cli: Cli, *argv: str) -> Ran:
    return cli("--user", "banhang1", *argv, password=SALES_OWN)


def ok(ran: Ran) -> Ran:
    assert ran.code == 0, ran.err
    return ran


def years_later(monkeypatch: pytest.MonkeyPatch, years: int) -> None:
    later = timedelta(days=365 * years)
    monkeypatch.setattr(Vault, "now", lambda _self: datetime.now(UTC) + later)


@pytest.fixture
def new_shop(cli: Cli, tmp_path: Path) -> Cli:
    """``init``, a sales clerk added who then chooses their own password: nothing else."""
    cli.db = tmp_path / "cuahang.db"
    ok(cli("init", "--shop-name", "Camera An Khang", "--director", "giamdoc",
           "--director-name", "Trần Thị Bích Ngọc", new_password=DIRECTOR_PASSWORD))  # fmt: skip
    ok(cli("--user", "giamdoc", "user", "add", "banhang1", "--role", "sales",
           "--full-name", "Lê Văn Hùng", password=DIRECTOR_PASSWORD,
           new_password=SALES_FIRST))  # fmt: skip
    ok(cli("--user", "banhang1", "passwd", password=SALES_FIRST, new_password=SALES_OWN))
    return cli


def test_a_buyer_without_warranty_is_kept_and_purged_only_after_their_months(
    new_shop: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = new_shop
    today = date.today().isoformat()
    cable = ok(sales(cli, "--json", "customer", "add", "--name", "Phạm Thị Lan",
                     "--phone", "0903 111 222")).json()["id"]  # fmt: skip
    order = ok(sales(cli, "--json", "order", "add", str(cable), "--item", "Cáp HDMI 5m",
                     "--sold-on", today)).json()  # fmt: skip
    assert isinstance(order["id"], int)
    camera = ok(sales(cli, "--json", "customer", "add", "--name", "Võ Minh Tuấn",
                      "--phone", "0903 333 444")).json()["id"]  # fmt: skip
    ok(sales(cli, "order", "add", str(camera), "--item", "Camera Imou 4MP",
             "--sold-on", today, "--warranty-months", "60"))  # fmt: skip

    assert ok(director(cli, "--json", "retention", "list")).json() == []
    human = ok(director(cli, "retention", "list"))
    assert "Không còn khách hàng nào" in human.out

    years_later(monkeypatch, 3)  # past the 24 months, inside the camera's 5-year warranty
    due = ok(director(cli, "--json", "retention", "list")).json()
    assert [d["id"] for d in due] == [cable]
    assert date.fromisoformat(due[0]["keep_until"]) > date.today()  # counted from the sale

    refused = director(cli, "retention", "purge", "--confirm", "2")
    assert refused.code == 1
    assert "không phải 2" in refused.err and "Chưa xóa ai" in refused.err
    assert [d["id"] for d in ok(director(cli, "--json", "retention", "list")).json()] == [cable]

    assert sales(cli, "retention", "purge", "--confirm", "1").code == 4
    done = ok(director(cli, "--json", "retention", "purge", "--confirm", "1")).json()
    assert done == {"erased": [cable], "held_back": 0}
    assert ok(director(cli, "--json", "retention", "list")).json() == []
    assert director(cli, "customer", "show", str(cable)).code == 1  # erased: no such record
    assert ok(director(cli, "--json", "customer", "show", str(camera))).json()["id"] == camera
    erased = ok(director(cli, "--json", "audit", "list", "--customer", str(cable))).json()
    assert any(e["action"] == "customer_erased" and e["detail"]["orders_kept"] == 1
               for e in erased)  # fmt: skip


def test_order_add_refusals_point_at_the_option(new_shop: Cli) -> None:
    cli = new_shop
    made = ok(sales(cli, "--json", "customer", "add", "--name", "Phạm Thị Lan",
                    "--phone", "0903 111 222")).json()["id"]  # fmt: skip
    future = (date.today() + timedelta(days=3)).isoformat()
    ran = sales(cli, "order", "add", str(made), "--item", "Cáp", "--sold-on", future)
    assert ran.code == 1 and "--sold-on" in ran.err
    ran = sales(cli, "order", "add", str(made), "--item", "Cáp", "--sold-on", "08/12/2026")
    assert ran.code == 2 and "--sold-on" in ran.err
    ran = sales(cli, "order", "add", str(made), "--item", " ", "--sold-on", "2026-01-02")
    assert ran.code == 1 and "--item" in ran.err


def test_the_director_records_a_confidentiality_undertaking_and_the_list_shows_it(
    new_shop: Cli,
) -> None:
    cli = new_shop
    before = ok(director(cli, "--json", "user", "list")).json()
    assert {s["username"]: s["undertaking"] for s in before} == {
        "banhang1": None,
        "giamdoc": None,
    }
    assert "chưa ký" in ok(director(cli, "user", "list")).out

    refused = sales(cli, "user", "undertaking", "banhang1", "--signed", "2026-12-01",
                    "--version", "CK-2026")  # fmt: skip
    assert refused.code == 4
    ran = ok(director(cli, "--json", "user", "undertaking", "banhang1", "--signed",
                      "2026-12-01", "--version", "CK-2026"))  # fmt: skip
    assert ran.json()["undertaking"] == {"signed_on": "2026-12-01", "version": "CK-2026"}
    after = {s["username"]: s["undertaking"] for s in
             ok(director(cli, "--json", "user", "list")).json()}  # fmt: skip
    assert after["banhang1"] == {"signed_on": "2026-12-01", "version": "CK-2026"}
    assert "CK-2026 (01/12/2026)" in ok(director(cli, "user", "list")).out

    blank = director(cli, "user", "undertaking", "banhang1", "--signed", "2026-12-01",
                     "--version", "  ")  # fmt: skip
    assert blank.code == 1 and "--version" in blank.err
    log = ok(director(cli, "--json", "audit", "list")).json()
    recorded = [e for e in log if e["action"] == "staff_undertaking_recorded"]
    assert len(recorded) == 1 and recorded[0]["detail"]["version"] == "CK-2026"
