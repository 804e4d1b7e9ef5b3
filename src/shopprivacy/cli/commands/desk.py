"""``desk``: adding another PC (desk) to the shop's database with a one-time code from the
director, instead of the printed recovery code."""

from __future__ import annotations

from shopprivacy.cli.context import CliContext, no_keyring_warning
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.text import format_datetime

DESK_CODE_ENV = "SHOPPRIVACY_DESK_CODE"


def register(subparsers: Subparsers) -> None:
    _parser, children = add_group(
        subparsers,
        "desk",
        QT_TRANSLATE_NOOP("cli", "add another computer (desk) to the shop's database"),
        dest="desk_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "director: make a one-time code (valid 24 hours) to type on the new computer; "
        "an older unused code stops working",
    )
    p = children.add_parser("enrol-code", help=help_text, description=help_text)
    p.add_argument(
        "--allow-no-keyring",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "let the code add a computer without a key store (OS keyring); a copy of the "
            "database then opens on any computer with a valid password",
        ),
    )
    set_handler(p, run_enrol_code)
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "on the new computer: enroll it with the director's code and your own login name and "
        "password (the code from $SHOPPRIVACY_DESK_CODE, the password from "
        "$SHOPPRIVACY_PASSWORD, else both asked for)",
    )
    p = children.add_parser("enrol", help=help_text, description=help_text)
    set_handler(p, run_enrol)


def run_enrol_code(ctx: CliContext) -> int:
    """Director only (ENROLL_DESK; refused and logged for anyone else). Audit:
    ``desk_enrolment_code_issued`` (never the code)."""
    services, actor = ctx.sign_in()
    issued = services.desk_enrolment.issue_enrolment_code(
        actor, allow_keyring_less=ctx.args.allow_no_keyring
    )
    out = ctx.out
    expires = format_datetime(issued.expires_at, out.catalog.language)
    out.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "On the new computer, run 'shopprivacy-admin --user LOGIN_NAME desk enrol' and type "
            'this code when asked (or choose "This is a new desk" at sign-in). It works once, '
            "until {time}. Each person still signs in with their own password.",
        ),
        time=expires,
    )
    label = out.tr(QT_TRANSLATE_NOOP("cli", "Desk code:"))
    out.result(
        {"enrolment_code": issued.code, "expires_at": issued.expires_at.isoformat()},
        f"{label} {issued.code}",
    )
    return 0


def run_enrol(ctx: CliContext) -> int:
    """Any active staff member with the director's code. Audit: ``device_enrolled``
    (``via=enrolment_code``) and ``signed_in``; a wrong, expired or used code is parked as
    ``desk_enrolment_failed``."""
    auth = ctx.auth()
    who = ctx.username()
    code = ctx.secret(DESK_CODE_ENV, QT_TRANSLATE_NOOP("cli", "Desk code: "))
    signed = auth.enrol_desk(who, ctx.password(), code)
    out = ctx.out
    out.say(
        QT_TRANSLATE_NOOP(
            "cli", "This computer is enrolled: {username} can sign in here from now on."
        ),
        username=signed.actor.username,
    )
    if not signed.vault.device_protected:
        no_keyring_warning(out)
    out.result(
        {
            "ok": True,
            "username": signed.actor.username,
            "device_protected": signed.vault.device_protected,
        },
        out.tr(QT_TRANSLATE_NOOP("cli", "Enrolled.")),
    )
    return 0
