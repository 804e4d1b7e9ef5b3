"""Checks a built folder holds what the app loads by name or from files, which a build cannot
notice by itself: resources, migration scripts, keyring backends, database drivers, holiday and
phone data, Qt plugins. Prints what is missing and exits 1, else a one-line summary.

    uv run --with pyinstaller==6.22.3 python packaging/check_bundle.py dist/shopprivacy

(PyInstaller's archive reader is used to list the modules packed inside the programs.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
IS_WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""

MODULES = [
    "shopprivacy.app",
    "shopprivacy.cli.main",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "keyring.backends.fail",
    "keyring.backends.chainer",
    "holidays.countries.vietnam",
    "phonenumbers.data.region_VN",
    "email_validator",
    "openpyxl",
] + (
    ["keyring.backends.Windows", "win32ctypes.core", "tzdata"]
    if IS_WINDOWS
    else ["keyring.backends.SecretService", "secretstorage", "jeepney.io.blocking"]
)
LEFT_OUT = ["phonenumbers.geodata", "PySide6.QtNetwork", "PySide6.QtQml", "tkinter", "pytest"]

PLUGINS = ["platforms/*qoffscreen*", "imageformats/*qsvg*", "imageformats/*qico*"] + (
    ["platforms/qwindows*"]
    if IS_WINDOWS
    else ["platforms/libqxcb*", "printsupport/libcups*", "platforminputcontexts/*ibus*"]
)


def packed_modules(exe: Path) -> set[str]:
    return set(CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)


def source_modules() -> set[str]:
    """Every module of our package, as the import system names it."""
    names = set()
    for path in (SRC / "shopprivacy").rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.add(".".join(parts))
    return names


def check(dist: Path) -> list[str]:
    problems: list[str] = []
    internal = dist / "_internal"
    exes = [dist / f"shopprivacy{EXE_SUFFIX}", dist / f"shopprivacy-admin{EXE_SUFFIX}"]
    for exe in exes:
        if not exe.is_file():
            problems.append(f"program missing: {exe.name}")
    if problems:
        return problems

    for exe in exes:
        packed = packed_modules(exe)
        migrations = {m for m in source_modules() if ".migrations" in m}
        for name in sorted((source_modules() - migrations) | set(MODULES)):
            if name not in packed:
                problems.append(f"{exe.name}: module not packed: {name}")
        for name in LEFT_OUT:
            if name in packed:
                problems.append(f"{exe.name}: packed but meant to be left out: {name}")

    # Files the app opens by path: resources/ (fonts, translations, icons) and the migrations.
    for source in sorted((ROOT / "resources").rglob("*")):
        if source.is_file() and not (internal / source.relative_to(ROOT)).is_file():
            problems.append(f"resource missing: {source.relative_to(ROOT)}")
    migrations_dir = SRC / "shopprivacy" / "storage" / "migrations"
    for source in sorted(migrations_dir.rglob("*")):
        wanted = source.is_file() and "__pycache__" not in source.parts
        if wanted and not (internal / source.relative_to(SRC)).is_file():
            problems.append(f"migration file missing: {source.relative_to(SRC)}")

    if not list(internal.glob("psycopg_binary/_psycopg*")):
        problems.append("psycopg's bundled libpq binding (psycopg_binary._psycopg) missing")
    if not list(internal.glob("holidays/locale/vi/LC_MESSAGES/VN.mo")):
        problems.append("Vietnamese holiday names (holidays/locale/vi/.../VN.mo) missing")
    for pattern in PLUGINS:
        if not list(internal.glob(f"PySide6/**/plugins/{pattern}")):
            problems.append(f"Qt plugin missing: {pattern}")
    return problems


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(dist: Path) -> int:
    problems = check(dist)
    for problem in problems:
        print(f"BUNDLE CHECK: {problem}")
    if problems:
        print(f"BUNDLE CHECK FAILED: {len(problems)} problem(s) in {dist}")
        return 1
    files = sum(1 for f in dist.rglob("*") if f.is_file())
    print(
        f"BUNDLE CHECK: {dist} is complete ({folder_size(dist) / 2**20:.0f} MiB in {files} files)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(
        main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "shopprivacy"))
    )
