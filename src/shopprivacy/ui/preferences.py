"""Per-PC preferences (not shop data): the display language, where the windows were left."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from shopprivacy.i18n import available_languages
from shopprivacy.i18n.catalog import DEFAULT_LANGUAGE

LANGUAGES = ("vi", "en")


class Preferences:
    """Stored with QSettings (the registry on Windows, an INI file elsewhere). Nothing personal
    is ever kept here."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("shopprivacy", "shopprivacy")

    def language(self) -> str:
        value = self._settings.value("language", DEFAULT_LANGUAGE)
        return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language in LANGUAGES and language in [*available_languages(), "vi"]:
            self._settings.setValue("language", language)
            self._settings.sync()

    def window_geometry(self, name: str) -> QByteArray | None:
        """Where the window ``name`` was last left on this PC (size and position only)."""
        value = self._settings.value(f"windows/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, name: str, geometry: QByteArray) -> None:
        self._settings.setValue(f"windows/{name}", geometry)
        self._settings.sync()
