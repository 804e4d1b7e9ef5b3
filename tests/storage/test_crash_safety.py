"""The PC loses power (the process is killed with SIGKILL) in the middle of work: the database
opens consistent, each transaction is whole or absent, and the audit chain verifies."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from shopprivacy.domain.requests import RequestType, Status
from shopprivacy.domain.staff import Actor
from shopprivacy.services.audit import verify_chain
from shopprivacy.storage.customer_models import Customer
from shopprivacy.storage.models import AuditEntry, ErasureLedger, Staff
from tests import postgres_support
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.services.request_helpers import worked

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]


def child_url(shop: Shop) -> str:
    """The child has no test keyring: on a server that wants a password it gets the URL with
    the password, through its stdin only."""
    server = postgres_support.server()
    if shop.db.is_postgresql and server is not None and server.password:
        from sqlalchemy.engine import make_url

        return make_url(shop.db.url).set(password=server.password).render_as_string(False)
    return shop.db.url


def run_until(shop: Shop, actor: Actor, orders: dict[str, Any], ready: Any) -> list[str]:
    """Start the dying desk, wait until ``ready(line)`` says it is in the middle, kill it."""
    vault = shop.services.vault
    orders = {
        "url": child_url(shop),
        "staff_share": vault.keys.staff_share.hex(),
        "device_share": vault.keys.device_share.hex(),
        "vault_id": vault.vault_id,
        "staff_id": actor.staff_id,
        "username": actor.username,
        "role": str(actor.role),
        **orders,
    }
    shop.db.dispose()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(json.dumps(orders) + "\n")
    child.stdin.flush()
    seen: list[str] = []
    deadline = time.monotonic() + 120
    try:
        for line in child.stdout:
            seen.append(line.strip())
            if ready(line.strip()):
                break
            assert time.monotonic() < deadline, seen[-5:]
        else:
            pytest.fail(f"the desk finished or died before the moment: {seen[-5:]}")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return seen


def assert_consistent(shop: Shop) -> None:
    if shop.db.is_sqlite:
        with shop.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    result = verify_chain(shop.services.vault)
    assert result.ok, result


def count(shop: Shop, query: Any) -> int:
    with shop.db.transaction() as session:
        return int(session.execute(query).scalar_one())


def test_killed_mid_transaction_leaves_the_committed_whole_and_the_rest_absent(
    shop: Shop,
) -> None:
    entries_before = count(shop, select(func.count()).select_from(AuditEntry))
    staff_before = count(shop, select(func.count()).select_from(Staff))

    seen = run_until(
        shop,
        shop.director,
        {"mode": "audit"},
        lambda line: line.startswith("progress") and int(line.split()[1]) >= 400,
    )

    assert "committed" in seen
    if shop.db.is_sqlite:  # the unfinished transaction really reached the disk (the WAL)
        assert shop.path.with_name(shop.path.name + "-wal").stat().st_size > 100_000
    assert_consistent(shop)
    assert count(shop, select(func.count()).select_from(AuditEntry)) == entries_before + 10
    assert count(shop, select(func.count()).select_from(Staff)) == staff_before
    # And the shop carries on where it stopped.
    shop.services.staff.list_staff(shop.director)
    assert verify_chain(shop.services.vault).ok


def test_an_import_killed_half_way_is_absent(shop: Shop, tmp_path: Path) -> None:
    file = tmp_path / "khach_cu.csv"
    given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Minh", "Ngọc"]
    with open(file, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Họ và tên", "Số điện thoại"])
        for i in range(700):
            writer.writerow([f"Nguyễn Văn {given[i % 10]}", f"0903{i:06d}"])
    customers_before = count(shop, select(func.count()).select_from(Customer))

    run_until(
        shop,
        shop.sales,
        {"mode": "import", "file": str(file)},
        lambda line: line.startswith("saving") and int(line.split()[1]) >= 560,  # after the first flush (500)
    )

    assert_consistent(shop)
    assert count(shop, select(func.count()).select_from(Customer)) == customers_before
    assert shop.services.customers.search_customers(shop.director, "0903000001") == []


def test_an_erasure_killed_half_way_has_not_begun(shop: Shop) -> None:
    customer = add(shop, name="Lương Thị Thảo", mobile="0918 246 802")
    req = worked(shop, RequestType.DELETION, customer.id)
    shop.services.requests.request_approval(shop.care, req.id)
    shop.services.requests.approve(shop.director, req.id)

    run_until(
        shop, shop.care, {"mode": "erase", "request_id": req.id}, lambda line: line == "erasing"
    )

    assert_consistent(shop)
    details = shop.services.customers.get_customer(shop.director, customer.id)
    assert details.full_name == "Lương Thị Thảo"
    assert count(shop, select(func.count()).select_from(ErasureLedger)) == 0
    # The request is still waiting, and carrying it out now works.
    assert shop.services.requests.complete(shop.care, req.id).status is Status.DONE
    assert count(shop, select(func.count()).select_from(ErasureLedger)) == 1
