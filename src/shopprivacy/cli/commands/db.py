"""``db set-password`` / ``db forget-password``: the PostgreSQL password of a multi-desk shop,
kept in this PC's keyring (never in a file, a URL or a scheduled task)."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security import db_credentials
from shopprivacy.security.db_credentials import ServerAccount


def register(subparsers: Subparsers) -> None:
    _, db = add_group(
        subparsers,
        "db",
        QT_TRANSLATE_NOOP("cli", "the shop's database server (several desks on PostgreSQL)"),
        dest="db_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "keep the password for the --db PostgreSQL server in this computer's keyring "
        "(from $SHOPPRIVACY_NEW_PASSWORD, else asked twice)",
    )
    p = db.add_parser("set-password", help=help_text, description=help_text)
    set_handler(p, run_set_password)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "remove the --db server's password from this computer's keyring"
    )
    p = db.add_parser("forget-password", help=help_text, description=help_text)
    set_handler(p, run_forget_password)


def _account(ctx: CliContext) -> ServerAccount:
    db = ctx.database()
    account = db.server_account
    if account is None:
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP(
                "cli",
                "Only a PostgreSQL server has a password: give it with "
                "--db postgresql+psycopg://USER@HOST:PORT/DATABASE (without the password).",
            ),
        )
    if make_url(db.url).password is not None:
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP(
                "cli", "Leave the password out of --db: it is asked for and kept in the keyring."
            ),
        )
    return account


def run_set_password(ctx: CliContext) -> int:
    """Anyone at this PC: stores a secret of this PC only, nothing in the database, no audit."""
    account = _account(ctx)
    db_credentials.store_password(account, ctx.new_password())
    ctx.out.result(
        {"stored": True, "entry": account.entry},
        ctx.out.tr(
            QT_TRANSLATE_NOOP("cli", "The password for {entry} is now kept in this keyring."),
            entry=account.entry,
        ),
    )
    return 0


def run_forget_password(ctx: CliContext) -> int:
    """Anyone at this PC. No audit (nothing in the database changes)."""
    account = _account(ctx)
    removed = db_credentials.forget_password(account)
    ctx.out.result(
        {"removed": removed, "entry": account.entry},
        ctx.out.tr(
            QT_TRANSLATE_NOOP("cli", "The password for {entry} was removed from this keyring.")
            if removed
            else QT_TRANSLATE_NOOP("cli", "This keyring held no password for {entry}."),
            entry=account.entry,
        ),
    )
    return 0
