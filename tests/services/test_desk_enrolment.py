"""Adding another desk with a one-time code from the director: it enrolls one PC for any staff
member who also knows their own password, expires after a day, and leaves the printed recovery
sheet unspent."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import AuthenticationError, PermissionDenied, WrongEnrolmentCode
from shopprivacy.domain.staff import Role
from shopprivacy.reports.labels import action_label
from shopprivacy.security.enrolment_code import normalize_enrolment_code
from shopprivacy.services import Services, slots
from shopprivacy.services.audit import AuditFilter
from shopprivacy.storage.base import utcnow
from tests.conftest import CARE_PASSWORD, SALES_PASSWORD, SHOP, MemoryKeyring, Shop

NEW_PASSWORD = "Mua-he#Da-lat-2027"


def audit_text(shop: Shop) -> str:
    entries = shop.services.audit.entries(shop.director, AuditFilter(limit=10_000))
    return json.dumps([(e.action, e.target_id, e.detail) for e in entries])


def test_a_desk_code_enrolls_another_pc_for_a_sales_account_and_opens_the_vault_there(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    issued = shop.services.desk_enrolment.issue_enrolment_code(shop.director)
    code = issued.code
    assert normalize_enrolment_code(code) == code and len(code.replace("-", "")) * 5 >= 100
    assert code not in repr(issued)
    assert timedelta(hours=23) < issued.expires_at - utcnow() <= timedelta(hours=24)

    memory_keyring.move_to_another_pc()
    auth = shop.auth()
    signed = auth.enrol_desk("banhang1", SALES_PASSWORD, code.lower().replace("-", " "))
    assert signed.actor.role == Role.SALES and memory_keyring.holds_device_secret()
    # The vault really opens here: the shop's sealed details read back on this desk.
    assert Services(signed.vault).shop.profile().name == SHOP.name
    assert auth.sign_in("banhang1", SALES_PASSWORD).actor.username == "banhang1"

    enrolled = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DEVICE_ENROLLED)
    )
    assert enrolled[0].staff_id == shop.sales.staff_id
    assert enrolled[0].detail["via"] == "enrolment_code"
    issued_entries = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_CODE_ISSUED)
    )
    assert [e.staff_id for e in issued_entries] == [shop.director.staff_id]
    assert action_label(Action.DESK_ENROLMENT_CODE_ISSUED, "vi") == "Tạo mã để thêm máy tính khác"
    assert shop.services.audit.verify(shop.director).ok


def test_a_desk_code_works_once(shop: Shop, memory_keyring: MemoryKeyring) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)
    memory_keyring.move_to_another_pc()
    with pytest.raises(WrongEnrolmentCode) as info:
        shop.auth().enrol_desk("cskh1", CARE_PASSWORD, code)
    assert info.value.exit_code == 5
    assert not memory_keyring.holds_device_secret()
    # The failure was parked and joins the chain at the next sign-in, in plain words.
    failed = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_FAILED)
    )
    assert failed == []  # not yet: nobody has signed in since
    memory_keyring.move_to_another_pc()
    new_code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    shop.auth().enrol_desk("cskh1", CARE_PASSWORD, new_code)
    failed = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_FAILED)
    )
    assert [(e.staff_id, e.detail["reason"]) for e in failed] == [(shop.care.staff_id, "no_code")]
    assert action_label(Action.DESK_ENROLMENT_FAILED, "vi") == "Nhập sai mã thêm máy"
    assert shop.services.audit.verify(shop.director).ok


def test_a_new_code_replaces_an_unused_one(shop: Shop, memory_keyring: MemoryKeyring) -> None:
    first = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    second = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    assert first != second
    memory_keyring.move_to_another_pc()
    with pytest.raises(WrongEnrolmentCode):
        shop.auth().enrol_desk("banhang1", SALES_PASSWORD, first)
    shop.auth().enrol_desk("banhang1", SALES_PASSWORD, second)
    made = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_CODE_ISSUED)
    )
    assert [e.detail["replaced"] for e in reversed(made)] == [False, True]


def test_an_expired_code_opens_nothing(shop: Shop, memory_keyring: MemoryKeyring) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    a_day_later = shop.auth(clock=lambda: utcnow() + timedelta(hours=24, minutes=1))
    with pytest.raises(WrongEnrolmentCode):
        a_day_later.enrol_desk("banhang1", SALES_PASSWORD, code)
    assert not memory_keyring.holds_device_secret()
    # Even back inside the day it stays gone: the expired slot was removed.
    with pytest.raises(WrongEnrolmentCode):
        shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)


def test_just_inside_the_day_the_code_still_works(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    later = shop.auth(clock=lambda: utcnow() + timedelta(hours=23, minutes=50))
    assert later.enrol_desk("banhang1", SALES_PASSWORD, code).actor.username == "banhang1"


def test_the_code_without_the_right_password_opens_nothing(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    with pytest.raises(AuthenticationError) as info:
        shop.auth().enrol_desk("banhang1", "not-the-password", code)
    assert not isinstance(info.value, WrongEnrolmentCode)
    with pytest.raises(AuthenticationError):
        shop.auth().enrol_desk("nobody", SALES_PASSWORD, code)
    assert not memory_keyring.holds_device_secret()
    # Not spent by the failures: with the password it still enrolls this PC.
    shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)
    failed = shop.services.audit.entries(shop.director, AuditFilter(action=Action.SIGN_IN_FAILED))
    assert {e.detail["reason"] for e in failed} == {"wrong_password", "unknown_account"}


def test_a_password_without_a_code_does_not_enroll(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    shop.services.desk_enrolment.issue_enrolment_code(shop.director)
    memory_keyring.move_to_another_pc()
    for typed in ("", "AAAAA-BBBBB-CCCCC-DDDDD", "not a code"):
        with pytest.raises(WrongEnrolmentCode):
            shop.auth().enrol_desk("banhang1", SALES_PASSWORD, typed)
    assert not memory_keyring.holds_device_secret()


@pytest.mark.parametrize("role", [Role.SALES, Role.CARE])
def test_sales_and_care_cannot_make_a_desk_code(shop: Shop, role: Role) -> None:
    actor = shop.actor(role)
    with pytest.raises(PermissionDenied) as info:
        shop.services.desk_enrolment.issue_enrolment_code(actor)
    assert info.value.exit_code == 4
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, staff_id=actor.staff_id)
    )
    assert [e.detail["permission"] for e in refused] == ["enroll_desk"]
    assert not shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_CODE_ISSUED)
    )


def test_the_recovery_code_still_works_after_a_desk_was_enrolled(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)
    memory_keyring.move_to_another_pc()
    recovered = shop.auth().recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)
    assert recovered.actor.username == "giamdoc"


@pytest.mark.sqlite_only("reads the database file's bytes")
def test_the_code_is_nowhere_in_the_audit_log_or_the_database_file(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    used = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    shop.auth().enrol_desk("banhang1", SALES_PASSWORD, used)
    waiting = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    text = audit_text(shop)
    shop.db.checkpoint()
    stored = b"".join(p.read_bytes() for p in shop.path.parent.glob("shop.db*"))
    for code in (used, waiting):
        for form in (code, code.replace("-", "")):
            assert form not in text and form.encode() not in stored


def test_the_code_unwraps_this_pcs_device_share_and_never_the_staff_share(shop: Shop) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    keys = shop.services.vault.keys
    with shop.db.transaction() as session:
        opened = slots.open_enrolment_slot(session, code, utcnow())
        assert slots.recovery_slot_id(session) is not None  # the sheet's slot is untouched
    assert isinstance(opened, slots.OpenedEnrolment)
    assert opened.device_share == keys.device_share
    assert keys.staff_share not in opened.device_share
