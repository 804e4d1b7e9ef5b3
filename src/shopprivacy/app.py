"""The composition root: wires the database, key store and services into the GUI."""

from __future__ import annotations


def main() -> int:
    raise SystemExit("The GUI is not built yet.")
