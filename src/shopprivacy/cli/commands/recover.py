"""``recover``: the printed recovery code sets a new director password and enrolls this PC."""

from __future__ import annotations

from shopprivacy.cli.commands.recovery_sheet import show_recovery_code
from shopprivacy.cli.context import CliContext, no_keyring_warning
from shopprivacy.cli.parser import Subparsers, set_handler
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CODE_ENV = "SHOPPRIVACY_RECOVERY_CODE"


def register(subparsers: Subparsers) -> None:
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "use the printed recovery code to set a new director password and enroll this computer "
        "(the code from $SHOPPRIVACY_RECOVERY_CODE, the new password from "
        "$SHOPPRIVACY_NEW_PASSWORD, else both asked for)",
    )
    p = subparsers.add_parser("recover", help=help_text, description=help_text)
    p.add_argument(
        "--director",
        required=True,
        metavar="LOGIN_NAME",
        help=QT_TRANSLATE_NOOP("cli", "the director account to recover"),
    )
    set_handler(p, run_recover, username="--director")


def _code(ctx: CliContext) -> str:
    """The recovery code from $SHOPPRIVACY_RECOVERY_CODE, else typed without echo."""
    return ctx.secret(CODE_ENV, QT_TRANSLATE_NOOP("cli", "Recovery code: "))


def run_recover(ctx: CliContext) -> int:
    """Anyone holding the code. Audit: ``recovered``, ``device_enrolled``,
    ``recovery_code_replaced`` (the typed code is spent; the new one is printed once),
    ``signed_in``."""
    auth = ctx.auth()
    code = _code(ctx)
    director = ctx.args.director.strip().lower()
    new = ctx.new_password()
    signed = auth.recover(code, director, new)
    out = ctx.out
    out.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Recovered: {username} has a new password and this computer is enrolled. "
            "The recovery code you typed is used up: its sheet no longer works. Destroy it and "
            "keep the new code below instead.",
        ),
        username=signed.actor.username,
    )
    if not signed.vault.device_protected:
        no_keyring_warning(out)
    show_recovery_code(
        out,
        signed.recovery_code,
        {
            "ok": True,
            "director": signed.actor.username,
            "device_protected": signed.vault.device_protected,
        },
    )
    return 0
