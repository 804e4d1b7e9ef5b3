"""The PostgreSQL login password, kept in the OS keyring and never in a file or a saved URL.

A shop with several desks types the server's address once (``--db postgresql+psycopg://user@host/db``)
and stores the password on each desk with ``shopprivacy-admin db set-password``. The entry is
named after the account and the database, so one PC can reach several servers.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backends import fail

from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

SERVICE = "shopprivacy-postgres"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAccount:
    """Who connects to which database: the keyring entry's name, nothing secret."""

    user: str
    host: str
    port: int | None
    database: str

    @property
    def entry(self) -> str:
        return f"{self.user}@{self.host}:{self.port or DEFAULT_PORT}/{self.database}"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def load_password(account: ServerAccount) -> str | None:
    """The stored password, or None (no entry, or no keyring on this PC: the server may then
    accept the desk without one, or refuse it with its own message)."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, account.entry)
    except keyring.errors.KeyringError:
        return None


def store_password(account: ServerAccount, password: str) -> None:
    """Keep ``password`` for this account in the OS keyring. Refuses rather than write it
    anywhere else when this PC has no keyring."""
    if not password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the database password."), field="password"
        )
    if not keyring_available():
        raise ConflictError(_NO_KEYRING)
    try:
        keyring.set_password(SERVICE, account.entry, password)
    except keyring.errors.KeyringError as exc:
        raise ConflictError(_NO_KEYRING) from exc


def forget_password(account: ServerAccount) -> bool:
    """Remove the stored password; True when there was one."""
    if not keyring_available() or load_password(account) is None:
        return False
    try:
        keyring.delete_password(SERVICE, account.entry)
    except keyring.errors.KeyringError:
        return False
    return True


_NO_KEYRING = QT_TRANSLATE_NOOP(
    "errors",
    "This computer has no system keyring, so the database password cannot be kept safely. "
    "Set up the keyring first; the password is never written to a file.",
)
