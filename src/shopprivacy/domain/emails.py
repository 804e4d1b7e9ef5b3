"""Email addresses: syntax checked without any network lookup, one normalised form."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from shopprivacy.domain.errors import ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

MASK = "•"


def normalize_email(text: str, field: str = "email") -> str:
    """The address with its domain in lower case (and the local part too: shops type addresses
    in whatever case the customer said them, and mailboxes at the big providers ignore case)."""
    try:
        info = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This email address is not valid: check it, for example an@gmail.com."
            ),
            field=field,
        ) from exc
    return info.normalized.lower()


def mask_email(address: str) -> str:
    """The first letter and the domain stay: "a•••@gmail.com"."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}{MASK * 3}@{domain}"
