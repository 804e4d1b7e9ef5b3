"""What every command handler receives: the parsed arguments, the output, the database and a
lazy sign-in.

Passwords never come from arguments: the acting user's from ``$SHOPPRIVACY_PASSWORD`` or a no-echo
prompt, a new one from ``$SHOPPRIVACY_NEW_PASSWORD`` or a prompt asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Mapping
from typing import NamedTuple

from sqlalchemy.engine import make_url

from shopprivacy.cli.output import Output
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.errors import AccountLocked, AuthenticationError
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.auth import AuthService
from shopprivacy.storage.database import Database
from shopprivacy.storage.locations import resolve_database

PASSWORD_ENV = "SHOPPRIVACY_PASSWORD"
NEW_PASSWORD_ENV = "SHOPPRIVACY_NEW_PASSWORD"
USER_ENV = "SHOPPRIVACY_USER"
PROMPT_TRIES = 3


class SignedInUser(NamedTuple):
    services: Services
    actor: Actor


def make_device_store() -> KeyringDeviceStore:
    """This PC's key store (the OS keyring, or the explicit no-keyring state)."""
    return KeyringDeviceStore()


def make_auth_service(db: Database, devices: KeyringDeviceStore) -> AuthService:
    """The one place the command line builds AuthService (tests swap in one that does not sleep
    between failed sign-ins)."""
    return AuthService(db, devices)


def no_keyring_warning(out: Output) -> None:
    out.warn(
        QT_TRANSLATE_NOOP(
            "cli",
            "This computer has no key store (OS keyring). The database is protected by "
            "passwords only: a stolen copy of the file is not tied to this computer.",
        )
    )


class CliContext:
    def __init__(
        self, args: argparse.Namespace, out: Output, env: Mapping[str, str] | None = None
    ) -> None:
        self.args = args
        self.out = out
        self.env = os.environ if env is None else env
        self._db: Database | None = None
        self._signed_in: SignedInUser | None = None
        self._password: str | None = None
        self._devices: KeyringDeviceStore | None = None

    @property
    def devices(self) -> KeyringDeviceStore:
        # Made on first use: help and usage errors never touch the OS keyring.
        if self._devices is None:
            self._devices = make_device_store()
        return self._devices

    # -- the database ------------------------------------------------------------------------
    @property
    def db_url(self) -> str:
        return resolve_database(self.args.db)

    def database(self) -> Database:
        """The database named by --db / $SHOPPRIVACY_DB / the default (not opened yet)."""
        if self._db is None:
            self._db = Database(self.db_url)
        return self._db

    def where(self) -> str:
        """The database as shown to the user: the file, or the server URL without password."""
        db = self.database()
        if db.path is not None:
            return str(db.path)
        return make_url(db.url).render_as_string(hide_password=True)

    def existing_database(self) -> Database:
        """The database, refusing before anything is created when there is no shop there."""
        db = self.database()
        if not db.exists():
            raise CliProblem(
                1,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "There is no shop database at {where}. Create one with "
                    "'shopprivacy-admin init', or choose another with --db.",
                ),
                where=self.where(),
            )
        return db

    def auth(self) -> AuthService:
        db = self.existing_database()
        service = make_auth_service(db, self.devices)
        service.open_database()
        return service

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    # -- who and with what password ----------------------------------------------------------
    @property
    def interactive(self) -> bool:
        return sys.stdin is not None and sys.stdin.isatty()

    def username(self, fallback: str | None = None) -> str:
        name = self.args.user or self.env.get(USER_ENV) or fallback
        if name:
            return str(name).strip().lower()
        if self.interactive:
            answer = input(self.out.tr(QT_TRANSLATE_NOOP("cli", "Login name: "))).strip()
            if answer:
                return answer.lower()
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP(
                "cli", "Say who is signing in: --user LOGIN_NAME or $SHOPPRIVACY_USER."
            ),
        )

    def password(self) -> str:
        """The acting user's password (asked at most once per run)."""
        if self._password is None:
            self._password = self.env.get(PASSWORD_ENV) or self._prompt_once(
                QT_TRANSLATE_NOOP("cli", "Password: "), PASSWORD_ENV
            )
        return self._password

    def new_password(self) -> str:
        """A password being set: from $SHOPPRIVACY_NEW_PASSWORD, else typed twice."""
        from_env = self.env.get(NEW_PASSWORD_ENV)
        if from_env:
            return from_env
        for _ in range(PROMPT_TRIES):
            first = self._prompt_once(QT_TRANSLATE_NOOP("cli", "New password: "), NEW_PASSWORD_ENV)
            second = self._prompt_once(
                QT_TRANSLATE_NOOP("cli", "Type the new password again: "), NEW_PASSWORD_ENV
            )
            if first == second:
                return first
            self.out.say(QT_TRANSLATE_NOOP("cli", "The two passwords are not the same. Again."))
        raise CliProblem(
            1, QT_TRANSLATE_NOOP("cli", "The two passwords were not the same. Nothing was changed.")
        )

    def secret(self, env_name: str, prompt: str) -> str:
        """A code (recovery code, desk code) from ``$env_name``, else typed without echo. Never
        an argument: arguments show in the process list and the shell's history."""
        from_env = self.env.get(env_name)
        if from_env:
            return from_env
        if not self.interactive:
            raise CliProblem(
                2,
                QT_TRANSLATE_NOOP(
                    "cli", "No code given: set ${env_name} or run the command in a terminal."
                ),
                env_name=env_name,
            )
        return getpass.getpass(self.out.tr(prompt), stream=sys.stderr)

    def _prompt_once(self, prompt: str, env_name: str) -> str:
        if not self.interactive:
            raise CliProblem(
                2,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "No password given: set ${env_name} or run the command in a terminal.",
                ),
                env_name=env_name,
            )
        return getpass.getpass(self.out.tr(prompt), stream=sys.stderr)

    # -- signing in --------------------------------------------------------------------------
    def sign_in(
        self,
        username: str | None = None,
        allow_must_change: bool = False,
        accept_audit_break: bool = False,
    ) -> SignedInUser:
        """Sign in once per run and return the services with the acting staff member.

        Refuses accounts that must change their password first (except for ``passwd``).
        ``accept_audit_break`` (``audit record-break``, a director) carries on over a broken
        audit log, recording the break in it.
        """
        if self._signed_in is not None:
            return self._signed_in
        auth = self.auth()
        who = self.username(fallback=username)
        try:
            signed = auth.sign_in(who, self.password(), accept_audit_break=accept_audit_break)
        except AccountLocked:
            self.out.error_line(
                self.out.tr(QT_TRANSLATE_NOOP("cli", "Account {username} is locked."), username=who)
            )
            raise
        except AuthenticationError:
            self.out.error_line(
                self.out.tr(
                    QT_TRANSLATE_NOOP("cli", "Could not sign in as {username}."), username=who
                )
            )
            raise
        if not signed.vault.device_protected:
            no_keyring_warning(self.out)
        elif signed.vault.open_anywhere:
            self.out.warn(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "A desk was added on a computer without a key store (OS keyring): because "
                    "of it, a copy of the database opens on any computer with a valid password.",
                )
            )
        if signed.must_change_password and not allow_must_change:
            raise CliProblem(
                3,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{username} must choose a new password before doing anything else: "
                    "run 'shopprivacy-admin --user {username} passwd'.",
                ),
                username=signed.actor.username,
            )
        self._signed_in = SignedInUser(Services(signed.vault), signed.actor)
        return self._signed_in
