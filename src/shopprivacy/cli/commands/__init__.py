"""The command groups of ``shopprivacy-admin``: one module per group, listed in COMMANDS.

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
5. Add a row to COMMANDS below for each top-level name the module registers: the name, the same
   help text as the module gives it, and the module(s) that fill it (order = order in ``--help``).
   Only the modules of the command being run are imported, so ``--help`` and every command start
   fast; a test checks that the rows match what the modules register.
6. Tests go in ``tests/cli/test_<group>.py``: run ``main([...])`` in-process with ``monkeypatch``
   for the environment and ``capsys`` for the output: the ``cli`` fixture of
   ``tests/cli/conftest.py`` does both (``cli.db = shop.db.url`` then
   ``ran = cli("--json", "--user", "giamdoc", "customer", "find", "Hùng", password=...)``;
   ``ran.code``, ``ran.out``, ``ran.err``, ``ran.json()`` which fails unless stdout is exactly one
   JSON document). Failed sign-ins do not wait there (``make_auth_service`` is swapped).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterator
from typing import Any, NamedTuple

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

REPORT_MODULES = ("requests", "access_review", "disclosures")


class Command(NamedTuple):
    """A top-level name of ``shopprivacy-admin``, its help, and the modules that register it."""

    name: str
    help: str
    modules: tuple[str, ...]


COMMANDS: tuple[Command, ...] = (
    Command(
        "init",
        QT_TRANSLATE_NOOP(
            "cli",
            "create a new shop database with its director account; prints the recovery code once",
        ),
        ("setup",),
    ),
    Command("user", QT_TRANSLATE_NOOP("cli", "staff accounts (director only)"), ("users",)),
    Command(
        "passwd",
        QT_TRANSLATE_NOOP(
            "cli",
            "change your password (current one from $SHOPPRIVACY_PASSWORD, new one from "
            "$SHOPPRIVACY_NEW_PASSWORD, else asked for); a director naming someone else resets "
            "theirs, and they must change it at next sign-in",
        ),
        ("passwd",),
    ),
    Command(
        "recover",
        QT_TRANSLATE_NOOP(
            "cli",
            "use the printed recovery code to set a new director password and enroll this computer "
            "(the code from $SHOPPRIVACY_RECOVERY_CODE, the new password from "
            "$SHOPPRIVACY_NEW_PASSWORD, else both asked for)",
        ),
        ("recover",),
    ),
    Command(
        "recovery-sheet",
        QT_TRANSLATE_NOOP("cli", "the printed recovery code (director only)"),
        ("recovery_sheet",),
    ),
    Command(
        "desk",
        QT_TRANSLATE_NOOP("cli", "add another computer (desk) to the shop's database"),
        ("desk",),
    ),
    Command(
        "customer", QT_TRANSLATE_NOOP("cli", "customer records (the sales desk)"), ("customers",)
    ),
    Command(
        "order",
        QT_TRANSLATE_NOOP("cli", "orders: what was sold or installed (the sales desk)"),
        ("orders",),
    ),
    Command(
        "consent",
        QT_TRANSLATE_NOOP("cli", "customers' consents (sales, customer care, director)"),
        ("consents",),
    ),
    Command(
        "policy",
        QT_TRANSLATE_NOOP("cli", "the shop's privacy policy: draft, publish, show, check"),
        ("policy",),
    ),
    Command(
        "marketing",
        QT_TRANSLATE_NOOP("cli", "marketing lists (director and sales)"),
        ("spreadsheets",),
    ),
    Command(
        "import",
        QT_TRANSLATE_NOOP(
            "cli",
            "import customers from a spreadsheet (CSV, Excel, OpenDocument) or a phone's vCards: "
            "every valid row lands together or none does (director and sales)",
        ),
        ("spreadsheets",),
    ),
    Command(
        "audit",
        QT_TRANSLATE_NOOP("cli", "check and read the audit log (director only)"),
        ("audit",),
    ),
    Command(
        "request",
        QT_TRANSLATE_NOOP(
            "cli", "customers' requests about their data (customer care and director)"
        ),
        ("requests",),
    ),
    Command("report", QT_TRANSLATE_NOOP("cli", "print reports as PDF files"), REPORT_MODULES),
    Command(
        "disclosure",
        QT_TRANSLATE_NOOP("cli", "customer data given to third parties (director, sales)"),
        ("disclosures",),
    ),
    Command(
        "partner",
        QT_TRANSLATE_NOOP("cli", "the register of third parties and their agreements"),
        ("disclosures",),
    ),
    Command(
        "breach",
        QT_TRANSLATE_NOOP("cli", "the breach register and its papers, as in the app (director)"),
        ("breaches",),
    ),
    Command(
        "retention",
        QT_TRANSLATE_NOOP("cli", "customers kept past their retention date (director only)"),
        ("retention",),
    ),
    Command(
        "backup",
        QT_TRANSLATE_NOOP("cli", "make and restore encrypted backups (director only)"),
        ("backup",),
    ),
    Command(
        "db",
        QT_TRANSLATE_NOOP("cli", "the shop's database server (several desks on PostgreSQL)"),
        ("db",),
    ),
)

COMMAND_NAMES = frozenset(command.name for command in COMMANDS)


def command_module(name: str) -> Any:
    """Import one command module (``"customers"``) when its command runs."""
    return importlib.import_module(f"{__name__}.{name}")


class _OnlyOne:
    """The subparsers a module registers into when only ``name`` is being run: that name reaches
    the real parser, the module's other names go to a scratch parser nobody reads."""

    def __init__(self, real: Any, name: str) -> None:
        self._real = real
        self._name = name
        self._scratch = argparse.ArgumentParser(add_help=False).add_subparsers()

    @property
    def choices(self) -> Any:
        # Both, so a module that looks up a group it made earlier (``report``) finds it; the
        # scratch one first, since the real parser holds only a listing for the others.
        return {**self._real.choices, **self._scratch.choices}

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        target = self._real if name == self._name else self._scratch
        return target.add_parser(name, **kwargs)


def register_commands(subparsers: Any, running: str | None) -> None:
    """Every top-level name with its help; only the command being run (``running``) gets its
    module imported and its arguments, so the others cost nothing at start."""
    for command in COMMANDS:
        if command.name == running:
            for module in command.modules:
                command_module(module).register(_OnlyOne(subparsers, command.name))
        else:
            subparsers.add_parser(command.name, help=command.help, description=command.help)


def all_modules() -> Iterator[Any]:
    """Every command module, imported (for tests that check them all)."""
    seen: set[str] = set()
    for command in COMMANDS:
        for module in command.modules:
            if module not in seen:
                seen.add(module)
                yield command_module(module)
