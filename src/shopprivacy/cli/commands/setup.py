"""``init``: a new encrypted shop database, its profile and the director's account."""

from __future__ import annotations

from shopprivacy.cli.commands.recovery_sheet import show_recovery_code
from shopprivacy.cli.context import CliContext, no_keyring_warning
from shopprivacy.cli.parser import Subparsers, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.staff import NewStaff, Role, ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services.setup import create_vault


def register(subparsers: Subparsers) -> None:
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "create a new shop database with its director account; prints the recovery code once",
    )
    p = subparsers.add_parser("init", help=help_text, description=help_text)
    p.add_argument(
        "--shop-name",
        required=True,
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the shop's (data controller's) name"),
    )
    p.add_argument(
        "--director",
        required=True,
        metavar="LOGIN_NAME",
        help=QT_TRANSLATE_NOOP("cli", "the director's login name"),
    )
    p.add_argument(
        "--director-name",
        metavar="FULL_NAME",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the director's full name"),
    )
    p.add_argument(
        "--director-phone",
        metavar="PHONE",
        help=QT_TRANSLATE_NOOP("cli", "the director's phone number"),
    )
    p.add_argument(
        "--shop-address",
        metavar="ADDRESS",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the shop's address"),
    )
    p.add_argument(
        "--shop-phone",
        metavar="PHONE",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the shop's phone number"),
    )
    p.add_argument(
        "--shop-email",
        metavar="EMAIL",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the shop's email address"),
    )
    set_handler(
        p,
        run_init,
        full_name="--director-name",
        username="--director",
        phone="--director-phone",
    )


def run_init(ctx: CliContext) -> int:
    """Anyone, where no shop database exists yet. Audit: ``vault_created``, ``staff_added``."""
    a = ctx.args
    db = ctx.database()
    if db.exists():
        raise CliProblem(
            1,
            QT_TRANSLATE_NOOP(
                "cli", "A shop database already exists at {where}. Nothing was changed."
            ),
            where=ctx.where(),
        )
    if not ctx.devices.available:
        no_keyring_warning(ctx.out)
    profile = ShopProfile(
        name=a.shop_name, address=a.shop_address, phone=a.shop_phone, email=a.shop_email
    )
    director = NewStaff(
        username=a.director.strip().lower(),
        role=Role.DIRECTOR,
        full_name=a.director_name,
        phone=a.director_phone or None,
    )
    password = ctx.new_password()
    result = create_vault(db, ctx.devices, profile, director, password)
    protected = result.vault.device_protected
    out = ctx.out
    out.say(
        QT_TRANSLATE_NOOP("cli", "Created the shop database at {where} for director {username}."),
        where=ctx.where(),
        username=result.actor.username,
    )
    if protected:
        out.say(
            QT_TRANSLATE_NOOP(
                "cli",
                "This computer is enrolled: its key store (OS keyring) holds a secret the "
                "database needs besides a password.",
            )
        )
    show_recovery_code(
        out,
        result.recovery_code,
        {"device_protected": protected, "director": result.actor.username},
    )
    return 0
