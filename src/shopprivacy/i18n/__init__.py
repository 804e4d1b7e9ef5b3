"""Translation catalogue shared by the GUI and the command line.

Source strings are English; translations live in ``resources/i18n/*.ts`` (Qt Linguist files).
This package has no Qt dependency, so the command line and the services' error messages use the
same catalogue as the widgets (the GUI wraps it in a QTranslator).
"""

from shopprivacy.i18n.catalog import Catalog, available_languages, load_catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

__all__ = ["QT_TRANSLATE_NOOP", "Catalog", "Message", "available_languages", "load_catalog"]
