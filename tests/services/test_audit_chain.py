import sqlite3

import pytest

from shopprivacy.domain.staff import Role
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop


def _run_sql(shop: Shop, sql: str) -> None:
    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    con.execute(sql)
    con.commit()
    con.close()


def test_a_whole_chain_verifies(shop: Shop) -> None:
    result = shop.services.audit.verify(shop.director)
    assert result.ok and result.checked >= 4 and len(result.head_hash) == 64


@pytest.mark.sqlite_only("edits audit rows with the sqlite3 tool")
def test_editing_one_row_is_caught_at_that_row(shop: Shop) -> None:
    _run_sql(shop, "UPDATE audit_log SET action='signed_in' WHERE seq=3")
    result = shop.services.audit.verify(shop.director)
    assert not result.ok and result.broken_seq == 3 and result.problem == "altered"


@pytest.mark.sqlite_only("edits audit rows with the sqlite3 tool")
def test_deleting_one_row_is_caught(shop: Shop) -> None:
    _run_sql(shop, "DELETE FROM audit_log WHERE seq=2")
    result = shop.services.audit.verify(shop.director)
    assert not result.ok and result.broken_seq == 2 and result.problem == "missing"


@pytest.mark.sqlite_only("edits audit rows with the sqlite3 tool")
def test_deleting_the_newest_rows_is_caught_by_the_sealed_head(shop: Shop) -> None:
    _run_sql(shop, "DELETE FROM audit_log WHERE seq >= (SELECT max(seq) - 1 FROM audit_log)")
    result = shop.services.audit.verify(shop.director)
    assert not result.ok and result.problem == "truncated"


def test_staff_changes_are_logged_with_the_acting_director(shop: Shop) -> None:
    entries = shop.services.audit.entries(shop.director, AuditFilter(action="staff_added"))
    assert {e.target_id for e in entries} == {
        str(shop.director.staff_id),
        str(shop.sales.staff_id),
        str(shop.care.staff_id),
    }
    assert all(e.staff_id == shop.director.staff_id for e in entries)


def test_audit_detail_never_holds_names(shop: Shop) -> None:
    shop.services.staff.list_staff(shop.director)
    for entry in shop.services.audit.entries(shop.director):
        assert "Lê Văn Hùng" not in str(entry.detail)
    assert shop.actor(Role.DIRECTOR) == shop.director
