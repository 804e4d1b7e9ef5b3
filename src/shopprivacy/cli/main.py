"""``shopprivacy-admin``: the scriptable side of shopprivacy, over the same services as the GUI.

The process exit code is ``main``'s return value: 0 done, 1 refused for a stated reason, 2 usage,
3 sign-in failed or locked, 4 not permitted for this role, 5 integrity problem.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Mapping, Sequence
from typing import Any

from shopprivacy.cli.commands import COMMAND_NAMES, register_commands
from shopprivacy.cli.output import Output
from shopprivacy.cli.parser import (
    CliParser,
    Translate,
    UsageProblem,
    explain_usage,
    parser_class,
)
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.errors import AuditLogBroken, ShopPrivacyError, ValidationError
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.catalog import DEFAULT_LANGUAGE
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

# Nothing heavy is imported above this line: the database, the services and the command's own
# module are imported once the command line is parsed, so ``--help`` and usage errors start in a
# blink and each command loads only what it uses.

PROG = "shopprivacy-admin"
LANGUAGES = ("vi", "en")
USAGE_EXIT = 2

DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli",
    "The shop's admin command line: set up a database, manage staff, check the audit log. "
    "Roles and the audit log apply exactly as in the app.",
)
EPILOG = QT_TRANSLATE_NOOP(
    "cli",
    "Passwords are never given as arguments: the acting user's comes from $SHOPPRIVACY_PASSWORD, "
    "a new one from $SHOPPRIVACY_NEW_PASSWORD, otherwise they are asked for without echo. "
    "Exit codes: 0 done, 1 refused with a reason, 2 wrong usage, 3 sign-in failed or account "
    "locked, 4 not permitted for your role, 5 integrity problem (audit log broken, damaged "
    "record, wrong recovery code).",
)


def build_parser(translate: Translate, running: str | None = None) -> CliParser:
    """The parser for one run: every command is listed, only ``running`` has its arguments."""
    parser = parser_class(translate)(prog=PROG, description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the shop database, a file or a server address "
            "(else $SHOPPRIVACY_DB, else the default in your user data folder)",
        ),
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN_NAME",
        help=QT_TRANSLATE_NOOP("cli", "who is acting (else $SHOPPRIVACY_USER)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print the result as one JSON document"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP("cli", "language of messages (else $SHOPPRIVACY_LANG, else vi)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    register_commands(commands, running)
    return parser


def language(option: str | None, env: Mapping[str, str]) -> str:
    value = (option or env.get("SHOPPRIVACY_LANG") or DEFAULT_LANGUAGE)[:2].lower()
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class _Prescan(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise UsageProblem(message)


def prescan(argv: Sequence[str]) -> tuple[str | None, bool]:
    """--lang and --json before the real parse, so usage errors and help are in the user's
    language and a JSON caller still gets JSON."""
    pre = _Prescan(add_help=False)
    pre.add_argument("--lang")
    pre.add_argument("--json", action="store_true")
    try:
        known, _rest = pre.parse_known_args(list(argv))
    except UsageProblem:
        return None, "--json" in argv
    return known.lang, bool(known.json)


def running_command(argv: Sequence[str]) -> str | None:
    """The top-level command named on the line (``customer`` in ``--db x customer find``), the
    only one whose module is imported; None for ``--help`` alone or an unknown word."""
    pre = _Prescan(add_help=False)
    for option in ("--db", "--user", "--lang"):
        pre.add_argument(option)
    pre.add_argument("--json", action="store_true")
    pre.add_argument("words", nargs="*")
    try:
        known, _rest = pre.parse_known_args(list(argv))
    except UsageProblem:
        return None
    words = known.words or [w for w in _rest if not w.startswith("-")]
    return words[0] if words and words[0] in COMMAND_NAMES else None


def _utf8(stream: Any) -> None:
    """Vietnamese must survive a Windows console or a C locale."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    env = os.environ
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    lang_option, json_mode = prescan(args_list)
    catalog = load_catalog(language(lang_option, env))
    out = Output(catalog, json_mode, sys.stdout, sys.stderr)
    parser = build_parser(catalog.translate, running_command(args_list))
    try:
        args = parser.parse_args(args_list)
    except UsageProblem as problem:
        text = explain_usage(problem.detail, catalog.translate)
        out.error_line(text)
        return _fail(out, USAGE_EXIT, "usage", text)
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else 0

    from shopprivacy.cli.context import CliContext

    ctx = CliContext(args, out, env)
    try:
        code = int(args.handler(ctx))
    except ShopPrivacyError as err:
        code = _service_refused(out, args, err)
    except CliProblem as problem:
        text = out.render(problem.message)
        out.error_line(text)
        code = _fail(out, problem.exit_code, "cli", text)
    except KeyboardInterrupt:
        text = out.tr(QT_TRANSLATE_NOOP("cli", "Cancelled. Nothing more was done."))
        out.plain(text)
        code = _fail(out, 1, "cancelled", text)
    except Exception as exc:
        code = _unexpected(out, env, exc, database=_is_database_error(exc))
    finally:
        ctx.close()
    if out.json_mode and not out.emitted:
        out.result({"ok": code == 0})
    return code


def _fail(out: Output, code: int, kind: str, text: str, **extra: Any) -> int:
    """In JSON mode a failure is still exactly one document on stdout."""
    if out.json_mode and not out.emitted:
        out.result(
            {"ok": False, "error": {"exit_code": code, "kind": kind, "message": text, **extra}}
        )
    return code


def _is_database_error(exc: BaseException) -> bool:
    # SQLAlchemy is imported only by commands that use the database: if it was never loaded, the
    # error cannot be one of its own.
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.SQLAlchemyError)


def _service_refused(out: Output, args: argparse.Namespace, err: ShopPrivacyError) -> int:
    text = out.render(err.message)
    out.error_line(text)
    extra: dict[str, Any] = {}
    from shopprivacy.services.staff_records import PasswordRefused

    if isinstance(err, PasswordRefused):
        reasons = [out.render(r) for r in err.reasons if isinstance(r, Message)]
        for reason in reasons:
            out.plain(f"  - {reason}")
        extra["reasons"] = reasons
    if isinstance(err, AuditLogBroken):
        extra.update(problem=err.problem, broken_seq=err.seq)
    if isinstance(err, ValidationError) and err.field:
        extra["field"] = err.field
        option = _option_for(args, err.field)
        if option:
            out.plain(out.tr(QT_TRANSLATE_NOOP("cli", "Check {option}."), option=option))
    return _fail(out, err.exit_code, type(err).__name__, text, **extra)


def _option_for(args: argparse.Namespace, field: str) -> str | None:
    options: dict[str, str] = getattr(args, "field_options", None) or {}
    if field in options:
        return options[field]
    return "--" + field.replace("_", "-") if hasattr(args, field) else None


def _unexpected(out: Output, env: Mapping[str, str], exc: BaseException, database: bool) -> int:
    # The exception's own text may quote stored values (SQL parameters): only its kind is shown.
    kind = type(exc).__name__
    if database:
        source = QT_TRANSLATE_NOOP(
            "cli",
            "The database could not be read or written ({kind}). Check the --db path, the disk, "
            "and that the file is a shop database.",
        )
    else:
        source = QT_TRANSLATE_NOOP(
            "cli",
            "Something unexpected went wrong ({kind}). Nothing more is shown here, to keep "
            "personal data off the screen; run again with SHOPPRIVACY_DEBUG=1 for details.",
        )
    text = out.tr(source, kind=kind)
    out.error_line(text)
    if env.get("SHOPPRIVACY_DEBUG") == "1":
        traceback.print_exception(exc, file=out.stderr)
    return _fail(out, 1, "unexpected", text)


if __name__ == "__main__":
    raise SystemExit(main())
