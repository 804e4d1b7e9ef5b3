"""A desk that dies mid-work: run by test_crash_safety.py as a child process and killed there.

Reads its orders as one JSON document on stdin (database URL, the vault's key shares, what to
do) and prints a line at each milestone, flushing, so the test knows when to pull the plug.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from shopprivacy.domain.staff import Actor, Role
from shopprivacy.security.keyslots import VaultKeys
from shopprivacy.services import Services, audit_log, request_erasure
from shopprivacy.services.actors import issue_actor
from shopprivacy.services.importing import Stage
from shopprivacy.services.vault import Vault
from shopprivacy.storage.database import Database
from shopprivacy.storage.models import Staff


def say(line: str) -> None:
    print(line, flush=True)


def audit_and_staff(vault: Vault, actor: Actor) -> None:
    """One small committed transaction, then a huge one that never gets to commit."""
    with vault.db.transaction() as session:
        for i in range(10):
            audit_log.append(session, vault, actor, "crash_test", n=i)
    say("committed")
    with vault.db.transaction() as session:
        if vault.db.is_sqlite:
            # A tiny page cache: the unfinished transaction spills into the WAL file, which is
            # exactly what recovery must then ignore.
            session.connection().exec_driver_sql("PRAGMA cache_size=20")
        for i in range(1_000_000):
            staff = Staff(username=f"tam{i}", role="care", active=True, locked=False)
            session.add(staff)
            session.flush()
            staff.full_name_enc = vault.cipher.seal("staff", "full_name_enc", staff.id, "Tạm")
            audit_log.append(session, vault, actor, "crash_test", "staff", staff.id)
            if i % 100 == 0:
                session.flush()
                say(f"progress {i}")


def import_file(services: Services, actor: Actor, path: str) -> None:
    def progress(p: Any) -> None:
        if p.stage == Stage.SAVING:
            say(f"{p.stage} {p.done} {p.total}")
            time.sleep(0.002)  # leaves the test time to strike while rows are being written

    services.importer.run_import(actor, Path(path), progress=progress)
    say("done")


def erase(services: Services, actor: Actor, request_id: int) -> None:
    def stall(_session: object, _vault: object, _customer_id: int) -> None:
        say("erasing")
        time.sleep(120)

    request_erasure.register_erasure_step(stall)
    services.requests.complete(actor, request_id)
    say("done")


def main() -> None:
    orders = json.loads(sys.stdin.readline())
    keys = VaultKeys(bytes.fromhex(orders["staff_share"]), bytes.fromhex(orders["device_share"]))
    db = Database(orders["url"])
    vault = Vault(db, keys, orders["vault_id"], device_protected=True)
    actor = issue_actor(vault, orders["staff_id"], orders["username"], Role(orders["role"]))
    say("ready")
    if orders["mode"] == "audit":
        audit_and_staff(vault, actor)
    elif orders["mode"] == "import":
        import_file(Services(vault), actor, orders["file"])
    elif orders["mode"] == "erase":
        erase(Services(vault), actor, orders["request_id"])


if __name__ == "__main__":
    main()
