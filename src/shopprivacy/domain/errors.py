"""Errors every layer raises and every front end explains.

Each error carries a translatable Message and an exit code from the admin command line's contract:
1 refused for a stated reason, 3 authentication, 4 not permitted, 5 integrity.
"""

from __future__ import annotations

from typing import Any

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

CTX = "errors"


class ShopPrivacyError(Exception):
    exit_code = 1

    def __init__(self, source: str, **params: Any) -> None:
        self.message = Message(CTX, source, params)
        super().__init__(self.message.render())


class ValidationError(ShopPrivacyError):
    """Bad input; ``field`` names the form field so the screen can point at it."""

    def __init__(self, source: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(source, **params)


class NotFound(ShopPrivacyError):
    pass


class ConflictError(ShopPrivacyError):
    pass


class AuthenticationError(ShopPrivacyError):
    exit_code = 3


class AccountLocked(AuthenticationError):
    pass


class DeviceNotEnrolled(AuthenticationError):
    pass


class PermissionDenied(ShopPrivacyError):
    exit_code = 4


class IntegrityProblem(ShopPrivacyError):
    exit_code = 5


class DamagedRecord(IntegrityProblem):
    def __init__(self, table: str, row_id: object) -> None:
        self.table = table
        self.row_id = row_id
        super().__init__(
            QT_TRANSLATE_NOOP(
                CTX,
                "Record {table} #{row_id} is damaged and cannot be read. "
                "The other records are not affected.",
            ),
            table=table,
            row_id=row_id,
        )


class WrongRecoveryCode(IntegrityProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(CTX, "The recovery code is not right for this database.")
        )


class WrongEnrolmentCode(IntegrityProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                CTX,
                "This desk code is not right, has expired or was already used. "
                "Ask the director for a new one.",
            )
        )


class AuditLogBroken(IntegrityProblem):
    """Found at sign-in, before anything was written: entries were cut off, the log wiped, its
    sealed head deleted, or the file is older than this desk last saw."""

    def __init__(self, problem: str, seq: int | None) -> None:
        self.problem = problem
        self.seq = seq
        super().__init__(
            QT_TRANSLATE_NOOP(
                CTX,
                "The audit log in this database has been tampered with or replaced by an older "
                "copy (problem: {problem}, at entry #{seq}). Nothing was signed in or written. "
                "Tell the director: only the director can record this and carry on.",
            ),
            problem=problem,
            seq=seq if seq is not None else "?",
        )


class KeyringRequired(ShopPrivacyError):
    """A desk code used on a PC without an OS keyring, which the director did not allow."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                CTX,
                "This computer has no secure key store (OS keyring), and a desk without one "
                "would let a copy of the database open on any computer with a password. The "
                "code was not used. Ask the director for a code that allows such a desk "
                "('shopprivacy-admin desk enrol-code --allow-no-keyring'), or use a computer "
                "with a key store.",
            )
        )
