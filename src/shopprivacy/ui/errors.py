"""Turn what the services raise into plain sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopprivacy.domain.errors import ShopPrivacyError
from shopprivacy.i18n.markers import Message


def tr_message(message: Message) -> str:
    """Translate first, then fill in the placeholders (translations may reorder them)."""
    return message.render(lambda ctx, source: QCoreApplication.translate(ctx, source))


def error_text(error: BaseException) -> str:
    """What to tell the user. Our own errors say what is wrong; anything else gets a plain
    sentence with no technical detail (it may carry personal data or confuse)."""
    if isinstance(error, ShopPrivacyError):
        text = tr_message(error.message)
        reasons = getattr(error, "reasons", None)
        if reasons:
            text += "\n" + "\n".join("• " + tr_message(r) for r in reasons)
        return text
    return QCoreApplication.translate(
        "errors",
        "Something went wrong and the action was not completed. Nothing was saved half-way. "
        "If it happens again, restart the app.",
    )


def error_field(error: BaseException) -> str | None:
    """The form field a validation error points at, if any."""
    field = getattr(error, "field", None)
    return field if isinstance(field, str) else None
