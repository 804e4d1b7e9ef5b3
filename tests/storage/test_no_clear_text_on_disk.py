"""The database file, its WAL and the temp folder hold no personal value in clear."""

from pathlib import Path

import pytest

from tests.conftest import CARE, DIRECTOR, SALES, SHOP, Shop


def personal_values() -> list[str]:
    values = [SHOP.name, SHOP.address, SHOP.phone, SHOP.email]
    for staff in (DIRECTOR, SALES, CARE):
        values += [staff.full_name, staff.phone or ""]
    return [v for v in values if v]


def assert_absent(paths: list[Path], values: list[str]) -> None:
    for path in paths:
        data = path.read_bytes()
        for value in values:
            for form in {value, value.upper(), value.lower()}:
                for encoding in ("utf-8", "utf-16-le"):
                    assert form.encode(encoding) not in data, f"{value!r} readable in {path.name}"


@pytest.mark.sqlite_only("reads the SQLite file and its WAL")
def test_no_personal_value_in_db_wal_or_temp(shop: Shop, tmp_path: Path) -> None:
    shop.services.staff.list_staff(shop.director)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)  # checked before the checkpoint too
    assert_absent(files, personal_values())
    shop.db.checkpoint()
    assert_absent([p for p in tmp_path.rglob("*") if p.is_file()], personal_values())


@pytest.mark.sqlite_only("checks SQLite's pragmas")
def test_sqlite_runs_with_the_safe_pragmas(shop: Shop) -> None:
    with shop.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.sqlite_only("reads the SQLite file")
def test_the_imported_file_name_is_sealed(shop: Shop, tmp_path: Path) -> None:
    """A file may be named after a person ("danh ba chi Lan.vcf"): its name is kept sealed."""
    source = tmp_path / "Danh sach cua Nguyen Thi Huong.csv"
    source.write_text("Họ tên,Điện thoại\nLê Văn Tám,0912 345 678\n", "utf-8")
    shop.services.importer.run_import(shop.sales, source)
    [found] = shop.services.customers.find_customers(shop.sales, "Lê Văn Tám").rows
    details = shop.services.customers.get_customer(shop.sales, found.id)
    assert details.imported_from is not None
    assert details.imported_from.file_name == source.name
    shop.db.checkpoint()
    assert b"Nguyen Thi Huong" not in shop.path.read_bytes()
