"""The command line starts fast: importing its entry module loads no Qt, no Alembic and no
database layer, ``--help`` loads no ORM models, and the listing of commands is exactly what the
command modules register (only the module of the command being run is imported)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from shopprivacy.cli.commands import COMMANDS, all_modules
from shopprivacy.cli.main import build_parser, running_command
from shopprivacy.storage import migrate

HEAVY = ("PySide6", "alembic", "sqlalchemy", "holidays", "shopprivacy.storage.models")


def _loaded_after(code: str) -> set[str]:
    """Top-level names of the modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(run.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_importing_the_entry_module_loads_no_qt_no_alembic_and_no_database() -> None:
    assert _heavy(_loaded_after("import shopprivacy.cli.main")) == []


def test_help_loads_no_orm_models_and_no_command_module() -> None:
    loaded = _loaded_after(
        "import contextlib, io\n"
        "from shopprivacy.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--help']) == 0"
    )
    assert _heavy(loaded) == []
    commands = sorted(m for m in loaded if m.startswith("shopprivacy.cli.commands."))
    assert commands == []


def test_a_command_imports_only_its_own_module() -> None:
    loaded = _loaded_after(
        "import contextlib, io\n"
        "from shopprivacy.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['customer', '--help'])"
    )
    commands = sorted(m for m in loaded if m.startswith("shopprivacy.cli.commands."))
    assert commands == ["shopprivacy.cli.commands.customers"]
    assert "alembic" not in loaded and "PySide6" not in loaded


def _listing(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(choice.dest, choice.help) for choice in sub._choices_actions]


def test_the_command_table_lists_what_the_modules_register_in_order() -> None:
    registered = argparse.ArgumentParser()
    subparsers = registered.add_subparsers()
    for module in all_modules():
        module.register(subparsers)
    table = [(c.name, c.help) for c in COMMANDS]
    assert sorted(table) == sorted(_listing(registered))
    assert _listing(build_parser(lambda _c, s: s)) == table


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_each_command_gets_its_full_arguments_when_it_runs(command: str) -> None:
    parser = build_parser(lambda _c, s: s, command)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert len(sub.choices[command]._actions) > 1  # more than its -h: the module registered it
    assert _listing(parser) == [(c.name, c.help) for c in COMMANDS]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--help"], None),
        (["--db", "x.db", "--user", "customer", "customer", "find", "An"], "customer"),
        (["--json", "--lang", "en", "report", "customer", "3"], "report"),
        (["--db=x.db", "audit", "verify"], "audit"),
        (["nonsense"], None),
    ],
)
def test_the_running_command_is_the_first_word_after_the_options(
    argv: list[str], expected: str | None
) -> None:
    assert running_command(argv) == expected


def test_the_newest_migration_is_read_without_alembic_the_same_as_alembic_reads_it() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    assert migrate.head_revision() == ScriptDirectory.from_config(config).get_current_head()
