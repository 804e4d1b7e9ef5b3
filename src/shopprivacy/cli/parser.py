"""An argparse parser whose help and usage errors speak the user's language.

Help texts are written in English and marked with ``QT_TRANSLATE_NOOP("cli", ...)``; the
formatter looks each one up in the catalogue when help is shown. Usage errors raise
``UsageProblem`` instead of exiting, so ``main`` decides how to report them (plain or JSON).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn, cast

from shopprivacy.cli.problems import CliProblem
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    Subparsers = argparse._SubParsersAction

Translate = Callable[[str, str], str]

# argparse's own words, so they can be translated like ours.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("cli", "usage: "),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "the command"),
)


class UsageProblem(Exception):
    """The command line itself is wrong (exit 2). ``detail`` is argparse's English text."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


def _identity(_context: str, source: str) -> str:
    return source


class TranslatingFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, translate: Translate) -> None:
        super().__init__(prog, max_help_position=32)
        self._tr = translate

    def _t(self, text: str | None) -> str | None:
        if not text or text == argparse.SUPPRESS:
            return text
        return self._tr("cli", text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return self._t(action.help)

    def add_text(self, text: str | None) -> None:
        super().add_text(self._t(text))

    def start_section(self, heading: str | None) -> None:
        super().start_section(self._t(heading))

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        # argparse passes prefix="" when it builds a sub-command's prog: keep that empty.
        if prefix is None:
            prefix = self._tr("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class CliParser(argparse.ArgumentParser):
    """Subparsers are made with ``type(self)``, so the translation reaches every level."""

    translate: Translate = staticmethod(_identity)

    def _get_formatter(self) -> argparse.HelpFormatter:
        return TranslatingFormatter(self.prog, type(self).translate)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageProblem(message)


def parser_class(translate: Translate) -> type[CliParser]:
    """A parser class bound to one language's catalogue."""
    return cast(
        type[CliParser],
        type("LocalizedCliParser", (CliParser,), {"translate": staticmethod(translate)}),
    )


def add_group(
    subparsers: Subparsers, name: str, help_text: str, dest: str
) -> tuple[argparse.ArgumentParser, Subparsers]:
    """A command with its own sub-commands (``user add``, ``audit verify`` ...)."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    children = parser.add_subparsers(dest=dest, metavar="COMMAND", required=True)
    return parser, children


def set_handler(parser: argparse.ArgumentParser, handler: Any, **field_options: str) -> None:
    """Attach the handler; ``field_options`` maps a service's field name to the option a user
    types (``full_name="--director-name"``) so a refusal can point at it."""
    parser.set_defaults(handler=handler, field_options=field_options)


def parse_date(value: str | None, option: str) -> date | None:
    """A ``YYYY-MM-DD`` option value; a wrong form is a usage problem stated in the user's
    language (argparse's own type errors would be English)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP("cli", "{option} takes a date written YYYY-MM-DD, e.g. 2026-11-23."),
            option=option,
        ) from None


# argparse's own complaints are English; the common ones are restated in the user's language.
_ARGPARSE_PATTERNS = (
    (
        re.compile(r"^the following arguments are required: (?P<names>.+)$"),
        QT_TRANSLATE_NOOP("cli", "Missing: {names}."),
    ),
    (
        re.compile(r"^unrecognized arguments: (?P<names>.+)$"),
        QT_TRANSLATE_NOOP("cli", "Not understood: {names}."),
    ),
    (
        re.compile(
            r"^argument (?P<name>\S+): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.+)\)$"
        ),
        QT_TRANSLATE_NOOP("cli", "{value} is not a choice for {name}. Choose one of: {choices}."),
    ),
    (
        re.compile(r"^argument (?P<name>\S+): expected one argument$"),
        QT_TRANSLATE_NOOP("cli", "{name} needs a value after it."),
    ),
    (
        re.compile(r"^argument (?P<name>\S+): invalid int value: (?P<value>.+)$"),
        QT_TRANSLATE_NOOP("cli", "{name} takes a whole number, not {value}."),
    ),
)


def explain_usage(detail: str, translate: Translate) -> str:
    """argparse's message in the user's language where it is a common one, else as it is."""
    for pattern, source in _ARGPARSE_PATTERNS:
        match = pattern.match(detail)
        if match:
            names = {
                k: v.replace("COMMAND", translate("cli", "the command"))
                for k, v in match.groupdict().items()
            }
            return translate("cli", source).format(**names)
    return detail
