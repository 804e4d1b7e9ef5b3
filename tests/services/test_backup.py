"""The director backs up while the shop works, and restores without bringing erased customers,
old passwords or deactivated accounts back."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.errors import (
    ConflictError,
    IntegrityProblem,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from shopprivacy.domain.requests import RequestType, Status
from shopprivacy.domain.settings import BACKUP_REMINDER_DAYS
from shopprivacy.domain.staff import ShopProfile
from shopprivacy.services import audit_log, erasure_replay
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.backup import BackupService
from shopprivacy.storage import backup_format, backup_tables
from shopprivacy.storage.customer_models import Customer
from shopprivacy.storage.models import ErasureLedger
from tests.conftest import CARE, DIRECTOR, SALES, SALES_PASSWORD, SHOP, Shop
from tests.services import breach_helpers
from tests.services.customer_helpers import add
from tests.services.request_helpers import worked


def backup(shop: Shop, tmp_path: Path, name: str = "shop.spbak") -> Path:
    target = tmp_path / "backups" / name
    target.parent.mkdir(exist_ok=True)
    shop.services.backup.create_backup(shop.director, target)
    return target


def erase(shop: Shop, customer_id: int) -> None:
    """A deletion request carried out the shop's way: care works it, the director approves."""
    req = worked(shop, RequestType.DELETION, customer_id)
    shop.services.requests.request_approval(shop.care, req.id)
    shop.services.requests.approve(shop.director, req.id)
    assert shop.services.requests.complete(shop.care, req.id).status is Status.DONE


def test_a_restore_brings_back_the_shop_as_it_was(shop: Shop, tmp_path: Path) -> None:
    kept = add(shop, name="Trần Minh Khôi", mobile="0913 111 222")
    file = backup(shop, tmp_path)
    shop.services.shop.update_profile(shop.director, ShopProfile(name="Cửa hàng Mới"))
    later = add(shop, name="Võ Thị Lan", mobile="0913 333 444")

    result = shop.services.backup.restore_backup(shop.director, file)

    assert shop.services.shop.profile().name == SHOP.name
    assert (
        shop.services.customers.get_customer(shop.director, kept.id).full_name == "Trần Minh Khôi"
    )
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.director, later.id)
    assert result.rows_restored > 0 and result.erasures_replayed == 0
    # New customers after the restore get fresh ids (PostgreSQL's counters moved past the rows).
    again = add(shop, name="Đặng Quốc Bảo", mobile="0913 555 666")
    assert again.id > kept.id


def test_a_customer_erased_after_the_backup_stays_erased(shop: Shop, tmp_path: Path) -> None:
    gone = add(shop, name="Lý Thị Hồng", mobile="0914 222 333")
    stays = add(shop, name="Bùi Văn Tài", mobile="0914 444 555")
    file = backup(shop, tmp_path)
    erase(shop, gone.id)

    result = shop.services.backup.restore_backup(shop.director, file)

    assert result.erasures_replayed == 1
    with shop.db.transaction() as session:
        row = session.get(Customer, gone.id)
        assert row is not None and row.full_name_enc is None and row.erased_at is not None
        ledger = session.query(ErasureLedger).all()
        assert [e.customer_id for e in ledger] == [gone.id]  # the ledger survived the restore
    found = shop.services.customers.search_customers(shop.director, "Lý Thị Hồng")
    assert all(c.id != gone.id for c in found)
    assert shop.services.customers.get_customer(shop.director, stays.id).full_name == "Bùi Văn Tài"


def test_only_erasures_missing_from_the_backup_are_replayed(shop: Shop, tmp_path: Path) -> None:
    before = add(shop, name="Hồ Thị Mai", mobile="0915 100 200")
    after = add(shop, name="Phan Văn Đức", mobile="0915 300 400")
    erase(shop, before.id)
    file = backup(shop, tmp_path)
    erase(shop, after.id)
    calls: list[int] = []

    def watch(_session: object, _vault: object, customer_id: int) -> None:
        calls.append(customer_id)

    erasure_replay.register_eraser(watch)
    try:
        result = shop.services.backup.restore_backup(shop.director, file)
    finally:
        erasure_replay.unregister_eraser(watch)
    assert calls == [after.id] and result.erasures_replayed == 1


def test_an_old_backup_does_not_revive_accounts_or_passwords(shop: Shop, tmp_path: Path) -> None:
    file = backup(shop, tmp_path)
    shop.services.staff.deactivate(shop.director, shop.care.staff_id)
    shop.services.backup.restore_backup(shop.director, file)
    staff = {s.username: s for s in shop.services.staff.list_staff(shop.director)}
    assert not staff[CARE.username].active
    assert shop.auth().sign_in(SALES.username, SALES_PASSWORD).actor == shop.sales


def test_the_audit_trail_is_never_rewound(shop: Shop, tmp_path: Path) -> None:
    file = backup(shop, tmp_path)
    shop.services.staff.list_staff(shop.director)
    before = shop.services.audit.head()
    shop.services.backup.restore_backup(shop.director, file)
    assert shop.services.audit.head()[0] > before[0]
    assert shop.services.audit.verify(shop.director).ok
    made = shop.services.audit.entries(shop.director, AuditFilter(action="backup_created"))
    done = shop.services.audit.entries(shop.director, AuditFilter(action="backup_restored"))
    assert len(made) == 1 and made[0].detail["rows"] > 0
    assert len(done) == 1 and done[0].detail["erasures_replayed"] == 0
    for entry in made + done:
        assert str(tmp_path) not in json.dumps(entry.detail) and "spbak" not in str(entry.detail)


def test_sales_and_care_can_neither_back_up_nor_restore(shop: Shop, tmp_path: Path) -> None:
    file = backup(shop, tmp_path)
    for actor in (shop.sales, shop.care):
        with pytest.raises(PermissionDenied):
            shop.services.backup.create_backup(actor, tmp_path / "x.spbak")
        with pytest.raises(PermissionDenied):
            shop.services.backup.restore_backup(actor, file)
    assert not (tmp_path / "x.spbak").exists()
    refused = shop.services.audit.entries(shop.director, AuditFilter(action="permission_refused"))
    assert len(refused) == 4


def test_the_backup_file_reveals_nothing_beyond_its_manifest(shop: Shop, tmp_path: Path) -> None:
    add(shop, name="Ngô Thị Thanh Trúc", mobile="0916 777 888", email="truc.ngo@gmail.com")
    file = backup(shop, tmp_path)
    data = file.read_bytes()
    clear = [SHOP.name, SHOP.phone, DIRECTOR.full_name, SALES.full_name, "Ngô Thị Thanh Trúc"]
    clear += ["truc.ngo@gmail.com", "+84916777888", "0916777888", "banhang1", "giamdoc"]
    for value in clear:
        assert value.encode() not in data, value
    # Not even the ciphertext stored in the database shows: the payload is encrypted again.
    with shop.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT name_enc FROM shop_profile").scalar()
    assert bytes(stored)[:24] not in data
    assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
    assert [p.name for p in file.parent.iterdir()] == [file.name]  # no temp file left behind


def test_the_manifest_tells_what_is_inside(shop: Shop, tmp_path: Path) -> None:
    file = backup(shop, tmp_path)
    manifest = shop.services.backup.describe(file)
    assert manifest.vault_id == shop.services.vault.vault_id
    assert manifest.row_counts["staff"] == 3 and manifest.schema_revision
    assert manifest.source_backend == shop.db.backend
    assert len(manifest.payload_sha256) == 64 and manifest.recovery_slot is not None


@pytest.mark.parametrize("damage", ["flipped_byte", "cut_short", "moved_date", "not_a_backup"])
def test_a_damaged_backup_is_refused_and_nothing_changes(
    shop: Shop, tmp_path: Path, damage: str
) -> None:
    file = backup(shop, tmp_path)
    data = bytearray(file.read_bytes())
    if damage == "flipped_byte":
        data[len(data) // 2 + backup_format.HEADER_SIZE // 2] ^= 0x01
    elif damage == "cut_short":
        del data[-100:]
    elif damage == "moved_date":
        data[: backup_format.HEADER_SIZE] = data[: backup_format.HEADER_SIZE].replace(
            b'"created_at":"20', b'"created_at":"21'
        )
    else:
        data = bytearray(b"Ten,So dien thoai\n" * 10)
    file.write_bytes(bytes(data))
    shop.services.shop.update_profile(shop.director, ShopProfile(name="Cửa hàng Mới"))

    with pytest.raises(IntegrityProblem) as caught:
        shop.services.backup.restore_backup(shop.director, file)

    assert caught.value.exit_code == 5
    assert shop.services.shop.profile().name == "Cửa hàng Mới"
    assert not shop.services.audit.entries(shop.director, AuditFilter(action="backup_restored"))


def test_a_backup_of_another_shop_is_refused(shop: Shop, tmp_path: Path) -> None:
    file = tmp_path / "other.spbak"
    other_shop = backup_format.Manifest(
        backup_id="0" * 32,
        vault_id="another-shop",
        created_at="2026-11-01T08:00:00+00:00",
        schema_revision=None,
        source_backend="sqlite",
        row_counts={},
    )
    backup_format.write_backup(file, other_shop, os.urandom(32), [b'{"table":"staff"}\n'])
    with pytest.raises(ConflictError):
        shop.services.backup.restore_backup(shop.director, file)


def test_a_restore_keeps_a_safety_backup_that_itself_restores(shop: Shop, tmp_path: Path) -> None:
    file = backup(shop, tmp_path)
    later = add(shop, name="Cao Thị Yến", mobile="0917 121 212")
    safety_folder = tmp_path / "safety"
    service = BackupService(shop.services.vault, safety_folder=safety_folder)
    result = service.restore_backup(shop.director, file)
    assert result.safety_copy.parent == safety_folder and result.safety_copy.exists()
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.director, later.id)
    service.restore_backup(shop.director, result.safety_copy)
    assert shop.services.customers.get_customer(shop.director, later.id).full_name == "Cao Thị Yến"


def test_missing_file_and_missing_folder_are_explained(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        shop.services.backup.restore_backup(shop.director, tmp_path / "none.spbak")
    with pytest.raises(ValidationError):
        shop.services.backup.create_backup(shop.director, tmp_path / "no" / "such" / "x.spbak")
    with pytest.raises(ValidationError):
        shop.services.backup.create_backup(shop.director, tmp_path)


def test_progress_is_reported_to_the_end(shop: Shop, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    shop.services.backup.create_backup(
        shop.director, tmp_path / "p.spbak", lambda done, total: seen.append((done, total))
    )
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_the_reminder_is_due_until_a_backup_is_made(shop: Shop, tmp_path: Path) -> None:
    status = shop.services.backup.status()
    assert status.last_backup_at is None and status.overdue
    assert status.reminder_days == BACKUP_REMINDER_DAYS.default
    backup(shop, tmp_path)
    assert not shop.services.backup.status().overdue
    shop.services.settings.set_int(shop.director, BACKUP_REMINDER_DAYS, 3)
    vault = shop.services.vault
    real_clock = vault.clock
    vault.clock = lambda: real_clock() + timedelta(days=3, minutes=1)
    status = shop.services.backup.status()
    assert status.overdue and status.reminder_days == 3 and status.last_backup_at is not None


def test_a_backup_taken_while_desks_write_is_one_consistent_moment(
    shop: Shop, tmp_path: Path
) -> None:
    """Another desk keeps writing audit entries during the backup: the file's log and its
    sealed head must still describe the same instant."""
    vault = shop.services.vault
    stop = threading.Event()
    from shopprivacy.services.vault import Vault
    from shopprivacy.storage.database import Database

    desk = Database(shop.db.url)
    desk_vault = Vault(desk, vault.keys, vault.vault_id, device_protected=True)

    def keep_writing() -> None:
        while not stop.is_set():
            with desk.transaction() as session:
                audit_log.append(session, desk_vault, shop.sales, "desk_test")
            time.sleep(0.001)  # a busy desk, not one holding the write lock for ever

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while shop.services.audit.head()[0] < 30:  # the other desk is well under way
            time.sleep(0.005)
        file = backup(shop, tmp_path)
    finally:
        stop.set()
        writer.join()
        desk.dispose()
    manifest = backup_format.read_manifest(file)
    lines = backup_format.read_lines(file, manifest, vault.keys.master)
    log: list[int] = []
    head_seq = None
    for name, columns, rows in backup_tables.read_tables(lines):
        if name == "audit_log":
            log += [r[columns.index("seq")] for r in rows]
        if name == "audit_head":
            head_seq = rows[0][columns.index("seq")]
    assert head_seq == max(log) == len(log) == manifest.row_counts["audit_log"]


FIRST_RELEASE_TABLES = {
    "vault_meta", "key_slots", "staff", "settings", "shop_profile",
    "audit_log", "audit_head", "audit_pending", "erasure_ledger",
}  # fmt: skip


COLUMNS_ADDED_SINCE = {
    "staff": {"undertaking_signed_on", "undertaking_version", "held_until"},
    "audit_pending": {"mac"},
}


def first_release_backup(shop: Shop, target: Path) -> None:
    """A backup as the first release (schema 0001, before customers existed) wrote it."""
    vault = shop.services.vault
    kept: list[bytes] = []
    counts: dict[str, int] = {}
    keep: list[int] = []
    with shop.db.snapshot() as conn:
        current = None
        for line in backup_tables.export_lines(conn):
            if line.startswith(b"{"):
                header = json.loads(line)
                current = header["table"]
                # Columns added to a first-release table by a later migration were not there.
                later = COLUMNS_ADDED_SINCE.get(current, set())
                keep = [i for i, c in enumerate(header["columns"]) if c not in later]
                header["columns"] = [header["columns"][i] for i in keep]
                line = json.dumps(header, separators=(",", ":")).encode() + b"\n"
                if current in FIRST_RELEASE_TABLES:
                    counts[current] = 0
            elif current in FIRST_RELEASE_TABLES:
                values = json.loads(line)
                line = json.dumps([values[i] for i in keep], ensure_ascii=False,
                                  separators=(",", ":")).encode() + b"\n"  # fmt: skip
            if current in FIRST_RELEASE_TABLES:
                kept.append(line)
                if not line.startswith(b"{"):
                    counts[current] += 1
    manifest = backup_format.Manifest(
        backup_id="1" * 32,
        vault_id=vault.vault_id,
        created_at=vault.now().isoformat(),
        schema_revision="0001",
        source_backend="sqlite",
        row_counts=counts,
    )
    backup_format.write_backup(target, manifest, vault.keys.master, kept)


def test_a_backup_from_before_an_app_update_still_restores(shop: Shop, tmp_path: Path) -> None:
    file = tmp_path / "ban-dau.spbak"
    first_release_backup(shop, file)
    shop.services.shop.update_profile(shop.director, ShopProfile(name="Cửa hàng Mới"))
    later = add(shop, name="Kiều Văn Sơn", mobile="0922 333 444")

    result = shop.services.backup.restore_backup(shop.director, file)

    assert shop.services.shop.profile().name == SHOP.name
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.director, later.id)
    assert result.rows_restored > 0
    assert not [p for p in result.safety_copy.parent.iterdir() if p.suffix == ".db"]  # scratch gone
    assert shop.services.audit.verify(shop.director).ok


def test_a_backup_from_a_newer_app_is_refused(shop: Shop, tmp_path: Path) -> None:
    vault = shop.services.vault
    file = tmp_path / "moi-hon.spbak"
    manifest = backup_format.Manifest(
        backup_id="2" * 32,
        vault_id=vault.vault_id,
        created_at=vault.now().isoformat(),
        schema_revision="9999",
        source_backend="sqlite",
        row_counts={},
    )
    backup_format.write_backup(file, manifest, vault.keys.master, [])
    with pytest.raises(ConflictError):
        shop.services.backup.restore_backup(shop.director, file)
    assert shop.services.shop.profile().name == SHOP.name


def test_a_restore_keeps_the_breach_register_as_it_is_now(shop: Shop, tmp_path: Path) -> None:
    old = add(shop, name="Trần Minh Khôi", mobile="0913 111 222").id
    known = breach_helpers.record(shop, (old,))
    file = backup(shop, tmp_path)
    now = shop.services.vault.now()
    shop.services.breaches.mark_authority_notified(shop.director, known.id, now, "CV-123/A05")
    newer = add(shop, name="Võ Thị Lan", mobile="0913 333 444").id
    found_later = breach_helpers.record(shop, (old, newer))

    result = shop.services.backup.restore_backup(shop.director, file)

    breaches = shop.services.breaches
    assert breaches.get_breach(shop.director, known.id).authority_reference == "CV-123/A05"
    later = breaches.get_breach(shop.director, found_later.id)
    assert later.description == breach_helpers.LOST_LAPTOP  # still opens: same row, same key
    assert later.customer_ids == (old,)  # the customer made after the backup is gone
    restored = shop.services.audit.entries(shop.director, AuditFilter(action="backup_restored"))
    detail = restored[0].detail
    # Kept: two breaches and two links to the older customer; dropped: the newer one's link.
    assert (detail["newer_rows_kept"], detail["newer_rows_dropped"]) == (4, 1)
    assert result.erasures_replayed == 0 and shop.services.audit.verify(shop.director).ok
