"""An insider with the database file and an SQLite tool against the audit log: cutting off its
newest entries, wiping it, deleting its sealed head, copying an older file back, and forging or
deleting parked failed sign-ins. Each is caught at the next sign-in, before anything is written."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import select

from shopprivacy.domain.errors import AuditLogBroken, AuthenticationError, IntegrityProblem
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from shopprivacy.storage.models import AuditEntry
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop

pytestmark = pytest.mark.sqlite_only("tampers with the SQLite file")


def run_sql(shop: Shop, *statements: str) -> None:
    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()


def newest_seq(shop: Shop) -> int:
    con = sqlite3.connect(shop.path)
    (seq,) = con.execute("SELECT max(seq) FROM audit_log").fetchone()
    con.close()
    return int(seq)


def entry_count(shop: Shop) -> int:
    with shop.db.transaction() as s:
        return len(s.scalars(select(AuditEntry.seq)).all())


def signed_in_once(shop: Shop) -> None:
    """A normal day: the director signs in on this desk (its anchor moves to the head)."""
    shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)


def test_cutting_off_the_newest_entries_and_moving_the_head_is_refused(shop: Shop) -> None:
    signed_in_once(shop)
    shop.services.staff.list_staff(shop.director)
    shop.services.staff.list_staff(shop.director)
    last = newest_seq(shop)
    run_sql(
        shop,
        f"DELETE FROM audit_log WHERE seq > {last - 2}",
        f"UPDATE audit_head SET seq = {last - 2}, "
        f"hash = (SELECT hash FROM audit_log WHERE seq = {last - 2})",
    )
    before = entry_count(shop)
    with pytest.raises(AuditLogBroken) as info:
        shop.auth().sign_in("banhang1", SALES_PASSWORD)
    assert info.value.exit_code == 5 and info.value.problem in {"truncated", "rolled_back"}
    assert entry_count(shop) == before  # nothing re-sealed over the cut


def test_cutting_entries_off_a_desk_never_signed_in_is_caught_by_the_head_seal(
    shop: Shop, memory_keyring: object
) -> None:
    shop.services.staff.list_staff(shop.director)
    last = newest_seq(shop)
    run_sql(
        shop,
        f"DELETE FROM audit_log WHERE seq = {last}",
        f"UPDATE audit_head SET seq = {last - 1}, "
        f"hash = (SELECT hash FROM audit_log WHERE seq = {last - 1})",
    )
    with pytest.raises(AuditLogBroken) as info:
        shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert info.value.problem == "truncated"


def test_a_wiped_log_and_head_is_refused(shop: Shop) -> None:
    signed_in_once(shop)
    run_sql(shop, "DELETE FROM audit_log", "DELETE FROM audit_head")
    with pytest.raises(AuditLogBroken) as info:
        shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert info.value.problem == "head_missing"
    assert entry_count(shop) == 0


def test_a_deleted_head_is_an_integrity_problem_not_a_crash(shop: Shop) -> None:
    run_sql(shop, "DELETE FROM audit_head")
    with pytest.raises(IntegrityProblem):
        shop.auth().sign_in("banhang1", SALES_PASSWORD)


def test_an_older_copy_of_the_file_is_reported(shop: Shop) -> None:
    shop.db.dispose()
    old = shop.path.with_name("old.db")
    shutil.copyfile(shop.path, old)
    signed_in_once(shop)  # this desk has now seen a newer log than the copy
    shop.db.dispose()
    shutil.copyfile(old, shop.path)
    with pytest.raises(AuditLogBroken) as info:
        shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert info.value.problem == "rolled_back"


def test_only_the_director_can_carry_on_and_the_break_stays_in_the_log(shop: Shop) -> None:
    signed_in_once(shop)
    run_sql(shop, "DELETE FROM audit_head")
    with pytest.raises(AuditLogBroken):
        shop.auth().sign_in("banhang1", SALES_PASSWORD, accept_audit_break=True)
    signed = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD, accept_audit_break=True)
    services = Services(signed.vault)
    recorded = services.audit.entries(signed.actor, AuditFilter(action="audit_break_recorded"))
    assert [e.detail["problem"] for e in recorded] == ["head_missing"]
    assert recorded[0].staff_id == signed.actor.staff_id
    # From here the shop works again, and every desk signs in.
    shop.auth().sign_in("banhang1", SALES_PASSWORD)


def test_a_parked_row_with_a_detail_named_session_cannot_stop_sign_in(shop: Shop) -> None:
    run_sql(
        shop,
        "INSERT INTO audit_pending (at, staff_id, action, detail, mac) VALUES "
        "('2026-12-01 08:00:00.000000', NULL, 'sign_in_failed', '{\"session\": 1}', '')",
    )
    signed = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    entries = Services(signed.vault).audit.entries(
        signed.actor, AuditFilter(action="sign_in_failed")
    )
    # It joined, but marked as carrying no seal: no desk with a key wrote it.
    assert [e.detail.get("unsealed") for e in entries] == [True]


def test_a_forged_or_changed_parked_row_does_not_join_as_what_it_claims(shop: Shop) -> None:
    auth = shop.auth()
    with pytest.raises(AuthenticationError):
        auth.sign_in("banhang1", "not-the-password")
    run_sql(
        shop,
        # Blame the director instead of the clerk, keeping the (now wrong) seal.
        "UPDATE audit_pending SET staff_id = 1",
        "INSERT INTO audit_pending (at, staff_id, action, detail, mac) VALUES "
        "('2026-12-01 08:00:00.000000', 1, 'account_locked', '{}', '" + "ab" * 32 + "')",
    )
    signed = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    services = Services(signed.vault)
    rejected = services.audit.entries(signed.actor, AuditFilter(action="pending_event_rejected"))
    assert sorted(e.detail["claimed_action"] for e in rejected) == [
        "account_locked",
        "sign_in_failed",
    ]
    assert services.audit.entries(signed.actor, AuditFilter(action="account_locked")) == []


def test_deleting_a_failed_sign_in_parked_on_this_desk_is_noticed(shop: Shop) -> None:
    auth = shop.auth()
    signed_in_once(shop)
    with pytest.raises(AuthenticationError):
        auth.sign_in("banhang1", "not-the-password")
    run_sql(shop, "DELETE FROM audit_pending")
    signed = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    services = Services(signed.vault)
    missing = services.audit.entries(signed.actor, AuditFilter(action="pending_event_missing"))
    assert len(missing) == 1 and len(missing[0].detail["ids"]) == 1
