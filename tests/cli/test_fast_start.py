"""The command line starts fast: importing its entry module loads no Qt, no Alembic and no
database layer, ``--help`` loads no ORM models, and the listing of commands is exactly what the
command modules register (only the module of the command being run is imported)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shopprivacy.cli.commands import COMMANDS, all_modules
from shopprivacy.cli.main import build_parser, running_command
from shopprivacy.storage import migrate
from tests.conftest import DIRECTOR_PASSWORD

HEAVY = ("PySide6", "alembic", "sqlalchemy", "holidays", "shopprivacy.storage.models")


def _loaded_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """Names of the modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env
    )
    assert run.returncode == 0, run.stderr[-2000:]
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


@pytest.mark.sqlite_only("a shop file made by the command line")
def test_a_command_on_a_current_schema_imports_no_alembic_and_a_new_one_does(
    tmp_path: Path,
) -> None:
    """Alembic is imported only when a migration is due: creating the shop migrates, using it
    afterwards does not."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPPRIVACY_")}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        SHOPPRIVACY_DB=str(tmp_path / "shop.db"),
        SHOPPRIVACY_USER="giamdoc",
        SHOPPRIVACY_PASSWORD=DIRECTOR_PASSWORD,
        SHOPPRIVACY_NEW_PASSWORD=DIRECTOR_PASSWORD,
    )
    init = ["init", "--shop-name", "Cửa hàng An Khang", "--director", "giamdoc",
            "--director-name", "Trần Thị Bích Ngọc"]  # fmt: skip
    made = _loaded_after(_run_main(init), env)
    used = _loaded_after(_run_main(["--json", "user", "list"]), env)
    assert "alembic" in made
    assert "alembic" not in used and "holidays" not in used and "PySide6" not in used


def _run_main(argv: list[str]) -> str:
    return (
        "import contextlib, io\n"
        "from shopprivacy.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    assert main({argv!r}) == 0"
    )
