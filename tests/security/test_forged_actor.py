"""A sales clerk signed in with their own password hands the services a made-up director Actor:
every service refuses it, nothing is done, and the log names the clerk, not the director."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.staff import Actor, NewStaff, Role
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop


def clerk_services(shop: Shop) -> tuple[Services, Actor]:
    auth = shop.auth()
    signed = auth.sign_in("banhang1", SALES_PASSWORD)
    return Services(signed.vault), signed.actor


def test_a_made_up_director_is_refused_everywhere_and_logged_as_the_clerk(
    shop: Shop, tmp_path: Path
) -> None:
    services, clerk = clerk_services(shop)
    forged = Actor(shop.director.staff_id, "giamdoc", Role.DIRECTOR)
    with pytest.raises(PermissionDenied):
        services.audit.entries(forged)
    with pytest.raises(PermissionDenied):
        services.backup.create_backup(forged, tmp_path / "all.spbak")
    with pytest.raises(PermissionDenied):
        services.staff.add_staff(
            forged, NewStaff("giamdoc2", Role.DIRECTOR, "Người Lạ"), "Mat-khau#Dai-2026-xyz"
        )
    assert not (tmp_path / "all.spbak").exists()
    director = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    logged = Services(director.vault).audit.entries(
        director.actor, AuditFilter(action="permission_refused")
    )
    forged_tries = [e for e in logged if e.detail.get("reason") == "forged_actor"]
    assert len(forged_tries) == 3
    assert {e.staff_id for e in forged_tries} == {clerk.staff_id}
    assert {e.detail["claimed_staff_id"] for e in forged_tries} == {shop.director.staff_id}
    names = {u.username for u in Services(director.vault).staff.list_staff(director.actor)}
    assert "giamdoc2" not in names


def test_a_clerks_own_actor_with_its_role_changed_is_refused(shop: Shop) -> None:
    services, clerk = clerk_services(shop)
    promoted = dataclasses.replace(clerk, role=Role.DIRECTOR)
    with pytest.raises(PermissionDenied):
        services.audit.verify(promoted)


def test_nothing_is_written_in_a_made_up_actors_name_even_without_a_permission_check(
    shop: Shop,
) -> None:
    from shopprivacy.services.session_events import record_sign_out

    services, _ = clerk_services(shop)
    with pytest.raises(PermissionDenied):
        record_sign_out(
            services.vault, Actor(shop.director.staff_id, "giamdoc", Role.DIRECTOR), idle=False
        )


def test_the_issued_actor_still_works(shop: Shop) -> None:
    services, clerk = clerk_services(shop)
    assert services.customers.search_customers(clerk, "An", 10, 0) == []
