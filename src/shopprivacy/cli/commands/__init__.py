"""The command groups of ``shopprivacy-admin``: one module per group, listed in COMMAND_MODULES.

How to add a group (``customers``, ``consents``, ``import``, ``requests``, ``reports``,
``disclosures``, ``backup`` ...)
------------------------------------------------------------------------------------------------
1. Create ``cli/commands/<group>.py`` exposing ``register(subparsers: Subparsers) -> None``.
   Make the group's parser with ``add_group(subparsers, "customer", HELP, dest="customer_command")``
   (or ``subparsers.add_parser`` for a single command), add its arguments, and attach each leaf's
   handler with ``set_handler(parser, run_add, full_name="--name")``; the keyword arguments map a
   service's ``ValidationError.field`` to the option the user typed, so a refusal can say
   "Check --name.". Options whose dest equals the field name need no mapping.
2. A handler has the common signature ``def run_x(ctx: CliContext) -> int`` and returns the exit
   code (0 when done). It reads ``ctx.args``, signs in lazily with
   ``services, actor = ctx.sign_in()`` (password from ``$SHOPPRIVACY_PASSWORD`` or a no-echo
   prompt), calls service methods only, and lets ``ShopPrivacyError`` propagate: ``main`` prints its
   message in the user's language and exits with ``err.exit_code`` (1/3/4/5). A refusal of the
   command line's own is ``raise CliProblem(exit_code, QT_TRANSLATE_NOOP("cli", "..."), **params)``
   (``shopprivacy.cli.problems``); dates given as options go through ``parse_date(value,
   "--since")`` (``shopprivacy.cli.parser``), which refuses a bad form with exit 2. A password
   being set comes from ``ctx.new_password()``; never add an option that takes a password.
   Customer days and times are the shop's (``SHOP_ZONE``), as on screens and reports.
3. Print the result once with ``ctx.out.result(data, human_text)``: with ``--json`` ``data`` becomes
   the one JSON document on stdout, otherwise ``human_text`` is printed. Messages for the person
   go to stderr with ``ctx.out.say(...)`` / ``ctx.out.warn(...)``. Never print personal values to
   stderr, and never put them in error parameters beyond what the user typed.
4. Every user-visible string (help texts included) is English marked with
   ``QT_TRANSLATE_NOOP("cli", "...")`` (literal context, ``{name}`` placeholders, no ``%``); add the
   Vietnamese to your own ``resources/i18n/vi/cli_<group>.ts``
   (``uv run pyside6-lupdate src/shopprivacy/cli/commands/<group>.py -ts ...``).
   ``tests/cli/test_cli_translations.py`` fails for any CLI string without a Vietnamese translation.
5. Import the module below and append it to COMMAND_MODULES (order = order in ``--help``).
6. Tests go in ``tests/cli/test_<group>.py``: run ``main([...])`` in-process with ``monkeypatch``
   for the environment and ``capsys`` for the output: the ``cli`` fixture of
   ``tests/cli/conftest.py`` does both (``cli.db = shop.db.url`` then
   ``ran = cli("--json", "--user", "giamdoc", "customer", "find", "Hùng", password=...)``;
   ``ran.code``, ``ran.out``, ``ran.err``, ``ran.json()`` which fails unless stdout is exactly one
   JSON document). Failed sign-ins do not wait there (``make_auth_service`` is swapped).
"""

from __future__ import annotations

from types import ModuleType

from shopprivacy.cli.commands import access_review as access_review
from shopprivacy.cli.commands import audit as audit
from shopprivacy.cli.commands import backup as backup
from shopprivacy.cli.commands import breaches as breaches
from shopprivacy.cli.commands import consents as consents
from shopprivacy.cli.commands import customers as customers
from shopprivacy.cli.commands import db as db
from shopprivacy.cli.commands import desk as desk
from shopprivacy.cli.commands import disclosures as disclosures
from shopprivacy.cli.commands import orders as orders
from shopprivacy.cli.commands import passwd as passwd
from shopprivacy.cli.commands import recover as recover
from shopprivacy.cli.commands import recovery_sheet as recovery_sheet
from shopprivacy.cli.commands import requests as requests
from shopprivacy.cli.commands import retention as retention
from shopprivacy.cli.commands import setup as setup
from shopprivacy.cli.commands import spreadsheets as spreadsheets
from shopprivacy.cli.commands import users as users

COMMAND_MODULES: list[ModuleType] = [
    setup,
    users,
    passwd,
    recover,
    recovery_sheet,
    desk,
    customers,
    orders,
    consents,
    spreadsheets,
    audit,
    requests,
    access_review,
    disclosures,
    retention,
    breaches,
    backup,
    db,
]
