"""Adding another desk: the director makes a one-time code that lets one more PC share this
shop's database, without spending the printed recovery sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from shopprivacy.domain.audit import Action
from shopprivacy.domain.staff import Actor
from shopprivacy.security.enrolment_code import VALID_FOR
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, slots
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault


@dataclass(frozen=True)
class EnrolmentCode:
    """Shown once to the director; kept out of ``repr`` so no log line or trace carries it."""

    code: str = field(repr=False)
    expires_at: datetime


class DeskEnrolmentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def issue_enrolment_code(self, actor: Actor, allow_keyring_less: bool = False) -> EnrolmentCode:
        """Director only (ENROLL_DESK). Makes a code that enrolls one more PC within a day: it
        unwraps this PC's device share only, so a staff member must still type their own password
        on the new desk. Replaces an unused code. Stored only as a key slot under a key derived
        from the code, never in clear. Only with ``allow_keyring_less`` may the code enrol a PC
        without an OS keyring: such a desk makes a copy of the file open anywhere with a
        password, so it is the director's explicit choice. Audit: ``desk_enrolment_code_issued``
        (``replaced`` says whether an unused code stopped working, ``keyring_less_allowed`` the
        choice; never the code itself)."""
        require(self.vault, actor, Permission.ENROLL_DESK)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            code, replaced = slots.replace_enrolment_slot(
                session, self.vault.keys, now, allow_keyring_less
            )
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.DESK_ENROLMENT_CODE_ISSUED,
                replaced=replaced,
                keyring_less_allowed=allow_keyring_less,
                valid_hours=int(VALID_FOR.total_seconds() // 3600),
            )
        return EnrolmentCode(code, now + VALID_FOR)
