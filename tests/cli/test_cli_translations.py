"""Every text the command line shows has a Vietnamese translation that keeps its placeholders."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import shopprivacy.cli
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.catalog import parse_ts, placeholders
from shopprivacy.i18n.resources import i18n_dir

CLI_SOURCES = sorted(Path(shopprivacy.cli.__file__).parent.rglob("*.py"))


def marked_texts() -> list[tuple[str, str, str]]:
    """(file, context, source) of every QT_TRANSLATE_NOOP call in the command line's code."""
    found = []
    for path in CLI_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, source = node.args
                assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                    f"{path.name}:{node.lineno}: write the context and text literally, "
                    "so lupdate and this test can read them"
                )
                found.append((path.name, str(context.value), str(source.value)))
    return found


def test_the_command_line_marks_its_texts() -> None:
    assert len(marked_texts()) > 50


@pytest.mark.parametrize(("where", "context", "source"), marked_texts())
def test_every_command_line_text_is_translated_to_vietnamese(
    where: str, context: str, source: str
) -> None:
    translated = load_catalog("vi").entries.get((context, source))
    assert translated, f"{where}: no Vietnamese for {source!r}"
    assert placeholders(translated) == placeholders(source)
    assert "%" not in translated  # argparse %-formats help texts


def test_command_line_translations_keep_their_placeholders() -> None:
    for path in sorted((i18n_dir() / "vi").glob("cli*.ts")):
        for (_context, source), translated in parse_ts(path).items():
            assert placeholders(translated) == placeholders(source), (path.name, source)
