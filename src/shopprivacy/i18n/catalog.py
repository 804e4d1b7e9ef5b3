"""Read Qt Linguist ``.ts`` files into a plain dictionary.

Reading the XML sources directly (instead of compiled ``.qm`` files) keeps the tree free of build
outputs and lets the command line translate without a Qt application object.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from shopprivacy.i18n.resources import i18n_dir

DEFAULT_LANGUAGE = "vi"


@dataclass
class Catalog:
    language: str
    entries: dict[tuple[str, str], str] = field(default_factory=dict)

    def translate(self, context: str, source: str) -> str:
        return self.entries.get((context, source)) or source


def placeholders(text: str) -> set[str]:
    """Names of ``{placeholders}`` in a format string."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def parse_ts(path: Path) -> dict[tuple[str, str], str]:
    tree = ET.parse(path)  # noqa: S314 - bundled resource
    entries: dict[tuple[str, str], str] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or not (tr.text or "").strip():
                continue
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            entries[(name, source)] = tr.text or ""
    return entries


def available_languages() -> list[str]:
    langs = {"en"}
    folder = i18n_dir()
    if folder.is_dir():
        langs.update(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.ts")))
    return sorted(langs)


@lru_cache(maxsize=4)
def load_catalog(language: str) -> Catalog:
    """The catalogue for ``language`` ('vi', 'en'); English is the source and needs no file.

    Each area of the product keeps its own file in ``resources/i18n/<language>/``; they merge.
    """
    catalog = Catalog(language)
    if language == "en":
        return catalog
    for path in sorted((i18n_dir() / language).glob("*.ts")):
        catalog.entries.update(parse_ts(path))
    return catalog
