"""Every user-visible string has a Vietnamese translation, and no translation loses or invents a
``{placeholder}``.

Strings are found two ways and merged: Qt's own ``pyside6-lupdate`` (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` with a literal context) and a small
``ast`` pass that also resolves a context held in a module constant (``QT_TRANSLATE_NOOP(CTX,
...)``), which lupdate silently skips.

When this fails, add the listed strings to your area's ``resources/i18n/vi/<area>.ts``.
"""

from __future__ import annotations

import ast
import contextlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from shopprivacy.i18n.catalog import placeholders

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "shopprivacy"
VI = ROOT / "resources" / "i18n" / "vi"


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    where: str  # file:line, for the failure message


# --- extraction -------------------------------------------------------------------------------


def _string_constants(tree: ast.Module) -> dict[str, str]:
    consts: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    consts[target.id] = node.value.value
    return consts


def _resolve(node: ast.expr, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        prefix = owner.id if isinstance(owner, ast.Name) else ""
        return f"{prefix}.{func.attr}"
    return ""


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, consts: dict[str, str]) -> None:
        self.path, self.consts = path, consts
        self.classes: list[str] = []
        self.found: list[Found] = []
        self.unresolved: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        if name in ("QT_TRANSLATE_NOOP", "QCoreApplication.translate") and len(node.args) >= 2:
            ctx, src = (_resolve(a, self.consts) for a in node.args[:2])
            if ctx is not None and src is not None:
                self.found.append(Found(ctx, src, where))
            elif name == "QT_TRANSLATE_NOOP" or isinstance(node.args[1], ast.JoinedStr):
                # A marker nobody can extract is a string that will never be translated.
                self.unresolved.append(where)
        elif name == "self.tr" and node.args and self.classes:
            src = _resolve(node.args[0], {})
            if src is not None:
                # PySide6 uses the object's runtime class as the context, so a class that
                # calls self.tr must not be subclassed (lupdate uses the defining class).
                self.found.append(Found(self.classes[-1], src, where))
            elif isinstance(node.args[0], ast.JoinedStr):
                self.unresolved.append(where)
        self.generic_visit(node)


def extract_with_ast() -> tuple[list[Found], list[str]]:
    found: list[Found] = []
    unresolved: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "markers.py":
            continue  # defines QT_TRANSLATE_NOOP itself
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        extractor = _Extractor(path, _string_constants(tree))
        extractor.visit(tree)
        found += extractor.found
        unresolved += extractor.unresolved
    return found, unresolved


def lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
    return tool


def extract_with_lupdate(tmp_path: Path) -> list[Found]:
    out = tmp_path / "extracted.ts"
    subprocess.run(
        [lupdate(), "-extensions", "py", str(SRC), "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    found = []
    for ctx in ET.parse(out).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            loc = msg.find("location")
            where = "?"
            if loc is not None:
                file = (out.parent / loc.get("filename", "")).resolve()
                with contextlib.suppress(ValueError):
                    file = file.relative_to(ROOT)
                where = f"{file}:{loc.get('line')}"
            if name:  # a bare tr(...) outside any class is no Qt call (lupdate guesses)
                found.append(Found(name, msg.findtext("source") or "", where))
    return found


def all_source_strings(tmp_path: Path) -> tuple[dict[tuple[str, str], str], list[str]]:
    by_key: dict[tuple[str, str], str] = {}
    from_ast, unresolved = extract_with_ast()
    for item in [*extract_with_lupdate(tmp_path), *from_ast]:
        by_key.setdefault((item.context, item.source), item.where)
    return by_key, unresolved


# --- the Vietnamese files ---------------------------------------------------------------------


@dataclass(frozen=True)
class Translated:
    context: str
    source: str
    translation: str
    file: str


def vietnamese_entries() -> list[Translated]:
    entries = []
    for path in sorted(VI.glob("*.ts")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            pytest.fail(f"{path.relative_to(ROOT)} is not valid XML: {exc}")
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("obsolete", "vanished"):
                    continue
                entries.append(
                    Translated(
                        name,
                        msg.findtext("source") or "",
                        tr.text or "",
                        str(path.relative_to(ROOT)),
                    )
                )
    return entries


# --- the tests --------------------------------------------------------------------------------


def test_every_visible_string_has_a_vietnamese_translation(tmp_path: Path) -> None:
    sources, _unresolved = all_source_strings(tmp_path)
    translated = {(e.context, e.source) for e in vietnamese_entries() if e.translation.strip()}
    missing = sorted(
        (where, ctx, src) for (ctx, src), where in sources.items() if (ctx, src) not in translated
    )
    if missing:
        lines = [f"  {where}  [{ctx}]  {src!r}" for where, ctx, src in missing]
        pytest.fail(
            f"{len(missing)} string(s) have no Vietnamese translation in resources/i18n/vi/*.ts.\n"
            "Add each to your area's file (context = the [name] shown), e.g.\n"
            "  <context><name>errors</name>\n"
            "    <message><source>English source</source>"
            "<translation>Bản dịch tiếng Việt</translation></message>\n"
            "  </context>\n"
            "or run: uv run pyside6-lupdate <your .py files> -ts resources/i18n/vi/<area>.ts\n"
            "(lupdate skips QT_TRANSLATE_NOOP(CTX, ...) with a variable context: add those "
            "by hand).\n\nMissing:\n" + "\n".join(lines),
            pytrace=False,
        )


def test_translations_keep_exactly_the_sources_placeholders() -> None:
    wrong = []
    for e in vietnamese_entries():
        if not e.translation.strip():
            continue
        try:
            same = placeholders(e.translation) == placeholders(e.source)
        except ValueError as exc:  # an unbalanced brace
            wrong.append(f"  {e.file}  [{e.context}]  {e.source!r}: broken braces ({exc})")
            continue
        if not same:
            wrong.append(
                f"  {e.file}  [{e.context}]  {e.source!r}\n"
                f"      source has {sorted(placeholders(e.source))}, "
                f"translation {e.translation!r} has {sorted(placeholders(e.translation))}"
            )
    if wrong:
        pytest.fail(
            "These translations change the {placeholders} of their source (the value would be "
            "missing or the message would fall back to English):\n" + "\n".join(wrong),
            pytrace=False,
        )


def test_every_marked_string_can_be_extracted() -> None:
    _found, unresolved = extract_with_ast()
    assert not unresolved, (
        "These translation calls use a context or text that is not a plain string literal "
        "(or a module-level string constant), so no tool can extract them; an f-string inside "
        "tr() is never translated. Use a literal and .format(...) after translating:\n  "
        + "\n  ".join(unresolved)
    )


def test_lupdate_and_the_ast_pass_agree_on_qt_calls(tmp_path: Path) -> None:
    """Guards the extractor itself: what lupdate finds, the ast pass finds too, so a string
    lupdate cannot see is the only kind the ast pass adds."""
    from_ast = {(f.context, f.source) for f in extract_with_ast()[0]}
    missed = [f for f in extract_with_lupdate(tmp_path) if (f.context, f.source) not in from_ast]
    assert not missed, [f"{f.where} [{f.context}] {f.source!r}" for f in missed]
