"""``passwd [LOGIN_NAME]``: change one's own password, or (director) reset someone else's."""

from __future__ import annotations

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.parser import Subparsers, set_handler
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission, allows


def register(subparsers: Subparsers) -> None:
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "change your password (current one from $SHOPPRIVACY_PASSWORD, new one from "
        "$SHOPPRIVACY_NEW_PASSWORD, else asked for); a director naming someone else resets "
        "theirs, and they must change it at next sign-in",
    )
    p = subparsers.add_parser("passwd", help=help_text, description=help_text)
    p.add_argument(
        "username",
        nargs="?",
        metavar="LOGIN_NAME",
        help=QT_TRANSLATE_NOOP("cli", "whose password (default: yours)"),
    )
    set_handler(p, run_passwd)


def run_passwd(ctx: CliContext) -> int:
    """Everyone for themselves (audit ``password_changed``); the director for others (audit
    ``staff_password_reset``)."""
    target = (ctx.args.username or "").strip().lower() or None
    acting = ctx.username(fallback=target)
    out = ctx.out
    if target is None or target == acting:
        services, actor = ctx.sign_in(acting, allow_must_change=True)
        new = ctx.new_password()
        services.staff.change_own_password(actor, ctx.password(), new)
        out.say(QT_TRANSLATE_NOOP("cli", "Your password is changed."))
        out.result({"ok": True, "username": actor.username, "reset": False})
        return 0
    services, actor = ctx.sign_in(acting)
    staff_id = services.staff.find_id(target)
    # Only a director is asked for the new password; anyone else is refused (and logged) by the
    # service without typing one.
    new = ctx.new_password() if allows(actor.role, Permission.MANAGE_STAFF) else ""
    services.staff.reset_password(actor, staff_id, new)
    out.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Reset the password of {username}. They must choose their own at next sign-in.",
        ),
        username=target,
    )
    out.result({"ok": True, "username": target, "reset": True})
    return 0
