"""Every permission × every role, through the service layer: allowed calls pass, refused calls
raise PermissionDenied and leave a ``permission_refused`` entry."""

import pytest

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.staff import Role
from shopprivacy.security.permissions import PERMISSIONS, Permission, allows
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.authz import require
from tests.conftest import Shop

DIRECTOR_ONLY = {
    Permission.MANAGE_STAFF,
    Permission.CHANGE_SETTINGS,
    Permission.VIEW_ACCESS_REVIEW,
    Permission.VERIFY_AUDIT,
    Permission.VIEW_OVERVIEW,
    Permission.APPROVE_DISCLOSURE,
    Permission.APPROVE_DELETION,
    Permission.MANAGE_PARTNERS,
    Permission.MANAGE_POLICY_VERSIONS,
    Permission.MANAGE_BREACHES,
    Permission.PRINT_DISCLOSURE_REPORTS,
    Permission.BACKUP_RESTORE,
    Permission.PURGE_RETENTION,
    Permission.REPLACE_RECOVERY_CODE,
    Permission.ENROLL_DESK,
}


def test_table_matches_the_security_model() -> None:
    assert PERMISSIONS[Role.DIRECTOR] == frozenset(Permission)
    for role in (Role.SALES, Role.CARE):
        assert not PERMISSIONS[role] & DIRECTOR_ONLY
    assert allows(Role.SALES, Permission.VIEW_FULL_CONTACT) and not allows(
        Role.CARE, Permission.VIEW_FULL_CONTACT
    )
    assert allows(Role.CARE, Permission.WORK_REQUESTS) and not allows(
        Role.SALES, Permission.WORK_REQUESTS
    )


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_every_permission_for_every_role(shop: Shop, role: Role, permission: Permission) -> None:
    actor = shop.actor(role)
    if allows(role, permission):
        require(shop.services.vault, actor, permission)
        return
    with pytest.raises(PermissionDenied) as info:
        require(shop.services.vault, actor, permission)
    assert info.value.exit_code == 4
    refused = shop.services.audit.entries(shop.director, AuditFilter(action="permission_refused"))
    assert refused[0].staff_id == actor.staff_id and refused[0].detail["permission"] == permission


@pytest.mark.parametrize("role", [Role.SALES, Role.CARE])
def test_staff_admin_services_refuse_non_directors(shop: Shop, role: Role) -> None:
    actor = shop.actor(role)
    from shopprivacy.domain.settings import IDLE_LOCK_MINUTES

    calls = [
        lambda: shop.services.staff.list_staff(actor),
        lambda: shop.services.staff.unlock(actor, shop.director.staff_id),
        lambda: shop.services.staff.deactivate(actor, shop.director.staff_id),
        lambda: shop.services.staff.reset_password(
            actor, shop.director.staff_id, "Mot-mat-khau#Moi-88"
        ),
        lambda: shop.services.settings.set_int(actor, IDLE_LOCK_MINUTES, 10),
        lambda: shop.services.audit.verify(actor),
        lambda: shop.services.audit.entries(actor),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action="permission_refused", staff_id=actor.staff_id)
    )
    assert len(refused) == len(calls)
