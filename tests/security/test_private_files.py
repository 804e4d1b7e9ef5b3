"""Files holding customer data are this account's alone (0600), an export appears under its
name only once its audit entry is committed, and migration safety copies do not pile up."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from shopprivacy.domain.consents import Purpose
from shopprivacy.services import audit_log
from shopprivacy.storage import migrate
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.services.test_orders_and_marketing import grant

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_its_wal_are_private(shop: Shop) -> None:
    if shop.db.path is None:
        pytest.skip("a server database has no file here")
    os.chmod(shop.path, 0o644)  # as an older version left it
    shop.db.dispose()
    shop.services.staff.list_staff(shop.director)
    assert mode(shop.path) == 0o600
    wal = shop.path.with_name(shop.path.name + "-wal")
    assert wal.exists() and mode(wal) == 0o600


def test_a_marketing_export_is_private_and_appears_only_after_it_is_logged(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add(shop, email="yes@gmail.com").id
    grant(shop, cid, Purpose.MARKETING_EMAIL)
    out = tmp_path / "exports" / "email.csv"
    out.parent.mkdir()
    real_append = audit_log.append
    seen_at_logging: list[bool] = []

    def logging_append(*args: object, **kw: object) -> object:
        if args[3] == "marketing_exported":
            seen_at_logging.append(out.exists())
        return real_append(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_log, "append", logging_append)
    shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_EMAIL, out)
    assert seen_at_logging == [False]  # not under its name before the entry was written
    assert mode(out) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["email.csv"]


def test_an_export_whose_audit_entry_fails_leaves_no_file(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add(shop, email="yes@gmail.com").id
    grant(shop, cid, Purpose.MARKETING_EMAIL)
    out = tmp_path / "exports" / "email.csv"
    out.parent.mkdir()

    def broken(*_args: object, **_kw: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(audit_log, "append", broken)
    with pytest.raises(OSError):
        shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_EMAIL, out)
    assert list(out.parent.iterdir()) == []


@pytest.mark.sqlite_only("copies the SQLite file")
def test_safety_copies_are_private_and_only_the_newest_few_are_kept(shop: Shop) -> None:
    shop.db.dispose()
    made = []
    for n in range(5):
        made.append(migrate.safety_copy(shop.path, f"000{n}"))
        os.utime(made[-1], ns=(n * 10**9, n * 10**9))  # distinct ages
    left = sorted(shop.path.parent.glob(f"{shop.path.stem}.before-*"))
    assert len(left) == migrate.KEEP_SAFETY_COPIES
    assert set(left) == set(made[-migrate.KEEP_SAFETY_COPIES :])
    assert all(mode(p) == 0o600 for p in left)


def test_the_import_rejects_file_is_private(shop: Shop, tmp_path: Path) -> None:
    """It holds the rejected rows as typed: names and phones of customers."""
    source = tmp_path / "khach.csv"
    source.write_text("Họ tên,Điện thoại\nNguyễn Văn An,0912 345 678\nTrần Bình,12\n", "utf-8")
    rejects = tmp_path / "sua-lai.csv"
    shop.services.importer.run_import(shop.sales, source, rejects_path=rejects)
    assert rejects.exists()
    assert stat.S_IMODE(rejects.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
