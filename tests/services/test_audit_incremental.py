"""The quick audit check from the last point found whole, and what it leaves to the full check."""

import sqlite3

import pytest

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.audit_point import VERIFIED_POINT
from tests.conftest import Shop


def _run_sql(shop: Shop, sql: str) -> None:
    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    con.execute(sql)
    con.commit()
    con.close()


def _write_entries(shop: Shop, n: int) -> None:
    for _ in range(n):
        shop.services.staff.list_staff(shop.director)


def test_after_a_full_check_only_the_new_entries_are_read(shop: Shop) -> None:
    full = shop.services.audit.verify(shop.director)
    _write_entries(shop, 3)
    quick = shop.services.audit.verify_since_last(shop.director)
    # The point's own entry, the full check's own entry, then the three new ones.
    assert quick.ok and quick.checked == 5 and quick.head_seq == full.head_seq + 4
    again = shop.services.audit.verify_since_last(shop.director)
    assert again.ok and again.checked == 2  # the point moved on to the previous check's head
    entries = shop.services.audit.entries(shop.director, AuditFilter(action="audit_verified"))
    assert entries[0].detail["since"] == quick.head_seq and entries[0].detail["ok"] is True


def test_without_a_point_everything_is_read(shop: Shop) -> None:
    head_seq = shop.services.audit.head()[0]
    result = shop.services.audit.verify_since_last(shop.director)
    assert result.ok and result.checked == head_seq


@pytest.mark.sqlite_only("edits audit rows with the sqlite3 tool")
def test_an_edit_after_the_point_is_caught(shop: Shop) -> None:
    point = shop.services.audit.verify(shop.director).head_seq
    _write_entries(shop, 3)
    _run_sql(shop, f"UPDATE audit_log SET detail='{{}}' WHERE seq={point + 2}")
    result = shop.services.audit.verify_since_last(shop.director)
    assert not result.ok and result.broken_seq == point + 2 and result.problem == "altered"


@pytest.mark.sqlite_only("edits audit rows with the sqlite3 tool")
def test_an_edit_of_the_point_entry_itself_is_caught(shop: Shop) -> None:
    point = shop.services.audit.verify(shop.director).head_seq
    _run_sql(shop, f"UPDATE audit_log SET action='signed_in' WHERE seq={point}")
    result = shop.services.audit.verify_since_last(shop.director)
    assert not result.ok and result.broken_seq == point and result.problem == "altered"


@pytest.mark.sqlite_only("edits audit rows with the sqlite3 tool")
def test_an_edit_before_the_point_is_left_to_the_full_check(shop: Shop) -> None:
    shop.services.audit.verify(shop.director)
    _run_sql(shop, "UPDATE audit_log SET action='signed_in' WHERE seq=3")
    assert shop.services.audit.verify_since_last(shop.director).ok
    full = shop.services.audit.verify(shop.director)
    assert not full.ok and full.broken_seq == 3 and full.problem == "altered"


@pytest.mark.sqlite_only("edits the settings table with the sqlite3 tool")
def test_a_point_moved_without_the_key_is_ignored(shop: Shop) -> None:
    shop.services.audit.verify(shop.director)
    _run_sql(shop, "UPDATE audit_log SET action='signed_in' WHERE seq=3")
    # Someone moves the point onto the newest entry, with a made-up seal.
    _run_sql(
        shop,
        f"UPDATE settings SET value=(SELECT seq || ':' || hash || ':' || '{'0' * 64}' "
        f"FROM audit_log ORDER BY seq DESC LIMIT 1) WHERE key='{VERIFIED_POINT}'",
    )
    result = shop.services.audit.verify_since_last(shop.director)
    assert not result.ok and result.broken_seq == 3


def test_only_the_director_runs_it_and_a_refusal_is_logged(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.audit.verify_since_last(shop.sales)
    with pytest.raises(PermissionDenied):
        shop.services.audit.verify_since_last(shop.care)
    refused = shop.services.audit.entries(shop.director, AuditFilter(staff_id=shop.care.staff_id))
    assert refused[0].action == "permission_refused"
    assert refused[0].detail["permission"] == "verify_audit"
