"""A deletion request from an empty database, with only the admin command line: the clock
waits on the customer and moves the due date, a second request is caught, the wrong role is
refused and logged, and the letter printed after the erasure still reaches the person."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shopprivacy.services.vault import Vault
from tests.cli.conftest import Cli
from tests.reports.conftest import pdf_text

DIRECTOR_PW = "Bao-mat#Kho-khach-2026"
CARE_FIRST = "Tam-thoi#Cham-soc-11"
CARE_PW = "Hoa-sen#Ben-nuoc-31"
CUSTOMER = "Đặng Thị Thu Hương"
ADDRESS = "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh"
CARE_NAME = "Lê Thị Hồng Nhung"
SHOP_PHONE = "028 3822 1234"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The vault's clock for every command run in this test; move it with ``clock[0] += ...``."""
    now = [datetime.now(UTC)]
    monkeypatch.setattr(Vault, "now", lambda self: now[0])
    return now


@pytest.fixture
def shop_cli(cli: Cli, tmp_path: Path, clock: list[datetime]) -> Cli:
    cli.db = tmp_path / "shop" / "cuahang.db"
    ran = cli("init", "--shop-name", "Công ty TNHH Camera An Khang", "--director", "giamdoc",
              "--director-name", "Trần Thị Bích Ngọc", "--shop-phone", SHOP_PHONE,
              new_password=DIRECTOR_PW)  # fmt: skip
    assert ran.code == 0, ran.err
    ran = cli("--user", "giamdoc", "user", "add", "cskh1", "--role", "care", "--full-name",
              CARE_NAME, "--phone", "0935 111 222", password=DIRECTOR_PW,
              new_password=CARE_FIRST)  # fmt: skip
    assert ran.code == 0, ran.err
    ran = cli("--user", "cskh1", "passwd", password=CARE_FIRST, new_password=CARE_PW)
    assert ran.code == 0, ran.err
    return cli


def runner(cli: Cli, user: str, password: str) -> Callable[..., tuple[int, str, str]]:
    def run(*argv: str) -> tuple[int, str, str]:
        ran = cli("--user", user, *argv, password=password)
        return ran.code, ran.out, ran.err

    return run


def show(cli: Cli, req: int) -> dict[str, object]:
    ran = cli("--user", "cskh1", "--json", "request", "show", str(req), password=CARE_PW)
    assert ran.code == 0, ran.err
    data = ran.json()
    assert isinstance(data, dict)
    return data


def test_deletion_journey_from_an_empty_database(
    shop_cli: Cli, clock: list[datetime], tmp_path: Path
) -> None:
    care = runner(shop_cli, "cskh1", CARE_PW)
    director = runner(shop_cli, "giamdoc", DIRECTOR_PW)
    code, out, err = director("--json", "customer", "add", "--name", CUSTOMER, "--phone",
                              "0903 123 456", "--address", ADDRESS)  # fmt: skip
    assert code == 0, err
    customer = str(json.loads(out)["id"])

    ran = shop_cli("--user", "cskh1", "--json", "request", "open", customer, "--type", "deletion",
                   "--honorific", "ba", "--note", "Khách gọi điện xin xóa dữ liệu",
                   password=CARE_PW)  # fmt: skip
    assert ran.code == 0, ran.err
    req = ran.json()["id"]
    due_before = datetime.fromisoformat(ran.json()["due"])

    # A second open request of the same kind is caught, naming the first; nothing is stored.
    code, out, err = care("request", "open", customer, "--type", "deletion")
    assert code == 1 and f"yêu cầu số {req}" in err and out == ""
    code, _, err = care("request", "identity", str(req), "--method", "call_back", "--note",
                        "Gọi lại số đã lưu")  # fmt: skip
    assert code == 0, err

    # The customer must send a copy of their ID card: the clock stops.
    code, _, err = care("request", "wait", str(req), "--reason", "Chờ khách gửi bản sao CCCD")
    assert code == 0, err
    clock[0] += timedelta(days=3)
    code, _, err = care("request", "start", str(req))
    assert code == 1 and "đang chờ khách hàng" in err.lower()
    code, out, _ = care("request", "show", str(req))
    assert code == 0 and "Đang chờ khách hàng từ" in out and "Chờ khách gửi bản sao CCCD" in out
    waiting = show(shop_cli, req)
    assert waiting["waiting_since"] and waiting["waiting_reason"] == "Chờ khách gửi bản sao CCCD"
    code, _, err = care("request", "resume", str(req))
    assert code == 0, err
    resumed = show(shop_cli, req)
    assert datetime.fromisoformat(str(resumed["due"])) - due_before == timedelta(days=3)
    assert resumed["paused_days"] == 3.0 and resumed["waiting_since"] is None
    kinds = [h["kind"] for h in resumed["history"]]  # type: ignore[attr-defined]
    assert kinds[-2:] == ["waiting", "resumed"]
    assert resumed["identity_checked_by"] == CARE_NAME

    for step in ("start", "submit"):
        code, _, err = care("request", step, str(req))
        assert code == 0, err
    code, _, err = care("request", "approve", str(req))
    assert code == 4
    code, out, err = director("--json", "audit", "list", "--action", "permission_refused")
    assert code == 0 and str(req) in out
    code, _, err = care("request", "complete", str(req))
    assert code == 1  # the director has not approved yet
    code, _, err = director("request", "approve", str(req))
    assert code == 0, err
    code, _, err = care("request", "complete", str(req))
    assert code == 0, err
    code, out, err = director("--json", "customer", "find", "Hương")
    assert code == 0 and json.loads(out) == []

    # After the erasure the letter is still addressed to the person, by post.
    letter = tmp_path / "thu.pdf"
    code, _, err = care("request", "letter", str(req), "--out", str(letter))
    assert code == 0, err
    text = " ".join(pdf_text(letter).split())
    assert f"Kính gửi Bà {CUSTOMER}" in text and ADDRESS in text
    assert CARE_NAME in text and SHOP_PHONE in text and "cskh1" not in text
    assert "Người gửi yêu cầu số" not in text
    assert show(shop_cli, req)["letter_ready"] is True

    # Now the customer has no open deletion any more: a new one would be about a stub.
    code, _, err = care("request", "open", customer, "--type", "deletion")
    assert code == 1
