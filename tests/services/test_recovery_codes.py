"""A printed recovery code opens the vault once, and the director can replace a lost sheet: in
both cases the old code stops working at once and the new one is never stored or logged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import PermissionDenied, WrongRecoveryCode
from shopprivacy.domain.staff import Role
from shopprivacy.reports.labels import action_label
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.security.recovery import normalize_recovery_code
from shopprivacy.services import slots
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.auth import AuthService
from shopprivacy.services.setup import create_vault
from shopprivacy.services.staff_records import PasswordRefused
from shopprivacy.storage.database import Database
from tests.conftest import DIRECTOR, DIRECTOR_PASSWORD, SHOP, MemoryKeyring, Shop

NEW_PASSWORD = "Mua-he#Da-lat-2027"
LATER_PASSWORD = "Mua-thu#Ha-noi-2028"


def audit_text(shop: Shop) -> str:
    """Every audit entry's detail and target, as one text to search."""
    entries = shop.services.audit.entries(shop.director, AuditFilter(limit=10_000))
    return json.dumps([(e.action, e.target_id, e.detail) for e in entries])


def test_a_new_sheet_makes_the_old_code_useless_and_the_new_one_opens_the_vault(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    code = shop.services.recovery.replace_recovery_code(shop.director)
    assert normalize_recovery_code(code) == code != shop.recovery_code

    memory_keyring.move_to_another_pc()
    auth = shop.auth()
    with pytest.raises(WrongRecoveryCode):
        auth.recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)
    assert auth.recover(code, "giamdoc", NEW_PASSWORD).actor.username == "giamdoc"

    made = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.RECOVERY_CODE_REPLACED)
    )
    assert [(e.staff_id, e.detail) for e in reversed(made)] == [
        (shop.director.staff_id, {"reason": "director"}),
        (shop.director.staff_id, {"reason": "used"}),
    ]
    text = audit_text(shop)
    assert code not in text and code.replace("-", "") not in text
    # The old code typed on the new PC joined the chain at the recovery, in plain words.
    failed = shop.services.audit.entries(shop.director, AuditFilter(action=Action.RECOVERY_FAILED))
    assert len(failed) == 1 and action_label(Action.RECOVERY_FAILED, "vi") == "Nhập sai mã khôi phục"
    assert shop.services.audit.verify(shop.director).ok


def test_each_new_sheet_replaces_the_one_before(shop: Shop) -> None:
    first = shop.services.recovery.replace_recovery_code(shop.director)
    second = shop.services.recovery.replace_recovery_code(shop.director)
    assert first != second
    with pytest.raises(WrongRecoveryCode):
        shop.auth().recover(first, "giamdoc", NEW_PASSWORD)
    shop.auth().recover(second, "giamdoc", NEW_PASSWORD)


@pytest.mark.parametrize("role", [Role.SALES, Role.CARE])
def test_sales_and_care_cannot_make_a_new_recovery_sheet(shop: Shop, role: Role) -> None:
    actor = shop.actor(role)
    with pytest.raises(PermissionDenied) as info:
        shop.services.recovery.replace_recovery_code(actor)
    assert info.value.exit_code == 4
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, staff_id=actor.staff_id)
    )
    assert [e.detail["permission"] for e in refused] == ["replace_recovery_code"]
    assert not shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.RECOVERY_CODE_REPLACED)
    )
    # Nothing changed: the sheet printed at set-up still works.
    shop.auth().recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)


def test_a_used_recovery_code_opens_nothing_again_and_the_returned_one_does(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.move_to_another_pc()
    auth = shop.auth()
    recovered = auth.recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)
    new_code = recovered.recovery_code
    assert normalize_recovery_code(new_code) == new_code != shop.recovery_code
    assert new_code not in repr(recovered)  # never into a log line or a trace

    memory_keyring.move_to_another_pc()  # yet another PC: the same sheet is tried again
    with pytest.raises(WrongRecoveryCode):
        auth.recover(shop.recovery_code, "giamdoc", LATER_PASSWORD)
    again = auth.recover(new_code, "giamdoc", LATER_PASSWORD)
    assert again.recovery_code not in (new_code, shop.recovery_code)

    actions = [e.action for e in reversed(shop.services.audit.entries(shop.director))]
    first = actions.index(Action.RECOVERED)
    assert actions[first : first + 4] == [
        Action.RECOVERED,
        Action.DEVICE_ENROLLED,
        Action.RECOVERY_CODE_REPLACED,
        Action.SIGNED_IN,
    ]
    text = audit_text(shop)
    for code in (new_code, again.recovery_code):
        assert code not in text
    assert shop.services.audit.verify(shop.director).ok


def test_no_result_carries_the_code_into_a_log_line(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    made = create_vault(db, KeyringDeviceStore(), SHOP, DIRECTOR, DIRECTOR_PASSWORD)
    assert made.recovery_code not in repr(made)
    auth = AuthService(db, KeyringDeviceStore(), sleep=lambda _s: None)
    recovered = auth.recover(made.recovery_code, "giamdoc", NEW_PASSWORD)
    assert recovered.recovery_code not in repr(recovered)
    db.dispose()


def test_a_refused_new_password_leaves_the_code_unspent(shop: Shop) -> None:
    with pytest.raises(PasswordRefused):
        shop.auth().recover(shop.recovery_code, "giamdoc", "123456")
    assert not shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.RECOVERY_CODE_REPLACED)
    )
    shop.auth().recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)


def test_two_desks_typing_the_same_code_cannot_both_spend_it(shop: Shop) -> None:
    keys = shop.services.vault.keys
    with shop.db.transaction() as session:
        opened = slots.recovery_slot_id(session)
    assert opened is not None
    with shop.db.transaction() as session:
        first = slots.spend_recovery_slot(session, keys, opened)
    with shop.db.transaction() as session:
        second = slots.spend_recovery_slot(session, keys, opened)
    assert first is not None and second is None
    with pytest.raises(WrongRecoveryCode):
        shop.auth().recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)
    shop.auth().recover(first, "giamdoc", NEW_PASSWORD)


@pytest.mark.sqlite_only("reads the database file's bytes")
def test_the_new_code_is_nowhere_in_the_database_file(shop: Shop) -> None:
    code = shop.services.recovery.replace_recovery_code(shop.director)
    recovered = shop.auth().recover(code, "giamdoc", NEW_PASSWORD)
    shop.db.checkpoint()
    stored = b"".join(p.read_bytes() for p in shop.path.parent.glob("shop.db*"))
    for made in (code, recovered.recovery_code):
        assert made.encode() not in stored and made.replace("-", "").encode() not in stored
