"""The Qt application's look and language: bundled fonts and a translator over our catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.catalog import Catalog
from shopprivacy.i18n.resources import resources_dir

FONT_FAMILY = "Be Vietnam Pro"
FONT_FILES = (
    "BeVietnamPro-Regular.ttf",
    "BeVietnamPro-Bold.ttf",
    "BeVietnamPro-Italic.ttf",
    "BeVietnamPro-BoldItalic.ttf",
)


def register_fonts() -> bool:
    """Register the bundled Be Vietnam Pro faces. Without them a bare PC may have no font with
    Vietnamese letters at all and every diacritic turns into a box."""
    folder = resources_dir() / "fonts"
    loaded = [QFontDatabase.addApplicationFont(str(folder / name)) for name in FONT_FILES]
    return all(font_id >= 0 for font_id in loaded)


def use_app_font(app: QApplication) -> None:
    """Make Be Vietnam Pro the application font, keeping the system's size (so the user's
    scaling and accessibility settings still apply)."""
    font = QFont(app.font())
    font.setFamilies([FONT_FAMILY])
    app.setFont(font)


class CatalogTranslator(QTranslator):
    """Answers Qt's translation requests from our ``.ts`` catalogue (no compiled .qm files)."""

    def __init__(self, catalog: Catalog, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog

    def language(self) -> str:
        return self.catalog.language

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (a null QString) lets Qt fall back to the English source; "" would blank it.
        return self.catalog.entries.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


def install_language(app: QCoreApplication, language: str) -> CatalogTranslator:
    """Install the translator for ``language``; the caller keeps the returned object alive and
    removes it with ``app.removeTranslator`` to switch language."""
    translator = CatalogTranslator(load_catalog(language), app)
    app.installTranslator(translator)
    return translator
