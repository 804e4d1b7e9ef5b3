"""``user add|list|deactivate|unlock|undertaking``: the director's staff administration."""

from __future__ import annotations

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import Output, table
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.domain.staff import NewStaff, Role, StaffInfo, Undertaking
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission, allows


def register(subparsers: Subparsers) -> None:
    _, users = add_group(
        subparsers,
        "user",
        QT_TRANSLATE_NOOP("cli", "staff accounts (director only)"),
        dest="user_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "add a staff account; its first password comes from $SHOPPRIVACY_NEW_PASSWORD or is "
        "asked for, and must be changed at first sign-in",
    )
    p = users.add_parser("add", help=help_text, description=help_text)
    p.add_argument(
        "username", metavar="LOGIN_NAME", help=QT_TRANSLATE_NOOP("cli", "the new login name")
    )
    p.add_argument(
        "--role",
        required=True,
        choices=[r.value for r in Role],
        help=QT_TRANSLATE_NOOP("cli", "director, sales or care (customer care)"),
    )
    p.add_argument(
        "--full-name",
        metavar="FULL_NAME",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the person's full name"),
    )
    p.add_argument(
        "--phone", metavar="PHONE", help=QT_TRANSLATE_NOOP("cli", "the person's phone number")
    )
    p.add_argument(
        "--birth-date",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP(
            "cli", "the person's birth date (only used to refuse passwords built from it)"
        ),
    )
    set_handler(p, run_add)

    help_text = QT_TRANSLATE_NOOP("cli", "list staff accounts")
    p = users.add_parser("list", help=help_text, description=help_text)
    set_handler(p, run_list)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "deactivate an account: it opens nothing any more, anywhere"
    )
    p = users.add_parser("deactivate", help=help_text, description=help_text)
    p.add_argument("username", metavar="LOGIN_NAME")
    set_handler(p, run_deactivate)

    help_text = QT_TRANSLATE_NOOP("cli", "unlock an account locked after failed sign-ins")
    p = users.add_parser("unlock", help=help_text, description=help_text)
    p.add_argument("username", metavar="LOGIN_NAME")
    set_handler(p, run_unlock)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "record the confidentiality undertaking the person signed (keep the signed paper in "
        "their staff file)",
    )
    p = users.add_parser("undertaking", help=help_text, description=help_text)
    p.add_argument("username", metavar="LOGIN_NAME")
    p.add_argument(
        "--signed",
        required=True,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the date it was signed"),
    )
    p.add_argument(
        "--version",
        required=True,
        metavar="VERSION",
        help=QT_TRANSLATE_NOOP("cli", "the version or label of the undertaking, e.g. CK-2026"),
    )
    set_handler(
        p, run_undertaking, undertaking_signed_on="--signed", undertaking_version="--version"
    )


def role_name(out: Output, role: Role) -> str:
    return out.tr(role.label, context="roles")


def run_add(ctx: CliContext) -> int:
    """Director only. Audit: ``staff_added`` (the service)."""
    a = ctx.args
    new = NewStaff(
        username=a.username.strip().lower(),
        role=Role(a.role),
        full_name=a.full_name,
        phone=a.phone or None,
        birth_date=parse_date(a.birth_date, "--birth-date"),
    )
    services, actor = ctx.sign_in()
    # Ask for the new password only when the role may add staff; otherwise the service refuses
    # (and logs the attempt) without anyone typing a password for nothing.
    password = ctx.new_password() if allows(actor.role, Permission.MANAGE_STAFF) else ""
    info = services.staff.add_staff(actor, new, password)
    ctx.out.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Added {username} ({role}). They must choose their own password at first sign-in.",
        ),
        username=info.username,
        role=role_name(ctx.out, info.role),
    )
    ctx.out.result(
        {
            "id": info.id,
            "username": info.username,
            "role": info.role.value,
            "must_change_password": info.must_change_password,
        }
    )
    return 0


def status(out: Output, info: StaffInfo) -> str:
    if info.damaged:
        return out.tr(QT_TRANSLATE_NOOP("cli", "record damaged"))
    if not info.active:
        return out.tr(QT_TRANSLATE_NOOP("cli", "deactivated"))
    if info.locked:
        return out.tr(QT_TRANSLATE_NOOP("cli", "locked"))
    if info.must_change_password:
        return out.tr(QT_TRANSLATE_NOOP("cli", "must change password"))
    return out.tr(QT_TRANSLATE_NOOP("cli", "active"))


def run_list(ctx: CliContext) -> int:
    """Director only. Audit: ``staff_viewed`` (the service)."""
    services, actor = ctx.sign_in()
    staff = services.staff.list_staff(actor)
    out = ctx.out
    headers = [
        out.tr(QT_TRANSLATE_NOOP("cli", "ID")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Login name")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Role")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Full name")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Phone")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Status")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Undertaking")),
    ]
    rows = [
        [s.id, s.username, role_name(out, s.role), s.full_name, s.phone, status(out, s),
         undertaking_text(out, s)]
        for s in staff
    ]  # fmt: skip
    data = [
        {
            "id": s.id,
            "username": s.username,
            "role": s.role.value,
            "full_name": s.full_name,
            "phone": s.phone,
            "active": s.active,
            "locked": s.locked,
            "must_change_password": s.must_change_password,
            "created_at": s.created_at,
            "damaged": s.damaged,
            "undertaking": (
                {"signed_on": s.undertaking.signed_on, "version": s.undertaking.version}
                if s.undertaking
                else None
            ),
        }
        for s in staff
    ]
    out.result(data, table(headers, rows))
    return 0


def run_deactivate(ctx: CliContext) -> int:
    """Director only; not oneself. Audit: ``staff_deactivated`` (the service)."""
    services, actor = ctx.sign_in()
    staff_id = services.staff.find_id(ctx.args.username)
    services.staff.deactivate(actor, staff_id)
    ctx.out.say(
        QT_TRANSLATE_NOOP("cli", "Deactivated {username}: this account opens nothing any more."),
        username=ctx.args.username.strip().lower(),
    )
    ctx.out.result({"ok": True, "id": staff_id})
    return 0


def run_unlock(ctx: CliContext) -> int:
    """Director only. Audit: ``account_unlocked`` (the service)."""
    services, actor = ctx.sign_in()
    staff_id = services.staff.find_id(ctx.args.username)
    services.staff.unlock(actor, staff_id)
    ctx.out.say(
        QT_TRANSLATE_NOOP("cli", "Unlocked {username}."),
        username=ctx.args.username.strip().lower(),
    )
    ctx.out.result({"ok": True, "id": staff_id})
    return 0


def undertaking_text(out: Output, info: StaffInfo) -> str:
    if info.undertaking is None:
        return out.tr(QT_TRANSLATE_NOOP("cli", "not signed"))
    return f"{info.undertaking.version} ({info.undertaking.signed_on:%d/%m/%Y})"


def run_undertaking(ctx: CliContext) -> int:
    """Director only. Audit: ``staff_undertaking_recorded`` (the service)."""
    signed = parse_date(ctx.args.signed, "--signed")
    assert signed is not None  # a required option
    services, actor = ctx.sign_in()
    staff_id = services.staff.find_id(ctx.args.username)
    info = services.staff.record_undertaking(actor, staff_id, Undertaking(signed, ctx.args.version))
    assert info.undertaking is not None
    ctx.out.say(
        QT_TRANSLATE_NOOP(
            "cli", "Recorded for {username}: confidentiality undertaking {version} signed {day}."
        ),
        username=info.username,
        version=info.undertaking.version,
        day=f"{info.undertaking.signed_on:%d/%m/%Y}",
    )
    ctx.out.result(
        {
            "id": info.id,
            "username": info.username,
            "undertaking": {
                "signed_on": info.undertaking.signed_on,
                "version": info.undertaking.version,
            },
        }
    )
    return 0
