"""Consents: per purpose, an append-only history; the newest entry is what is in force.

Nothing is granted by default (silence or a pre-ticked box is not consent), and a grant keeps
what the customer was told, because proving consent is the shop's burden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "consents"


class Purpose(StrEnum):
    MARKETING_EMAIL = "marketing_email"
    MARKETING_POST = "marketing_post"
    MARKETING_PHONE = "marketing_phone"  # calls and SMS
    MARKETING_ZALO = "marketing_zalo"
    PERSONALISED_OFFERS = "personalised_offers"
    PARTNER_SHARING = "partner_sharing"  # with installation partners

    @property
    def label(self) -> str:
        """English source of the purpose's name; front ends translate it in context 'consents'."""
        return PURPOSE_LABELS[self]

    @property
    def is_marketing_channel(self) -> bool:
        return self in MARKETING_CHANNELS


PURPOSE_LABELS = {
    Purpose.MARKETING_EMAIL: QT_TRANSLATE_NOOP(CTX, "Marketing by email"),
    Purpose.MARKETING_POST: QT_TRANSLATE_NOOP(CTX, "Marketing by post"),
    Purpose.MARKETING_PHONE: QT_TRANSLATE_NOOP(CTX, "Marketing by phone call or SMS"),
    Purpose.MARKETING_ZALO: QT_TRANSLATE_NOOP(CTX, "Marketing by Zalo"),
    Purpose.PERSONALISED_OFFERS: QT_TRANSLATE_NOOP(CTX, "Personalised offers"),
    Purpose.PARTNER_SHARING: QT_TRANSLATE_NOOP(CTX, "Sharing with installation partners"),
}

MARKETING_CHANNELS = (
    Purpose.MARKETING_EMAIL,
    Purpose.MARKETING_POST,
    Purpose.MARKETING_PHONE,
    Purpose.MARKETING_ZALO,
)


class ConsentMethod(StrEnum):
    """How the customer said it."""

    SIGNED_FORM = "signed_form"  # signed at the desk
    PHONE = "phone"
    WEB_FORM = "web_form"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"  # said at the desk, no signature (enough for a withdrawal)

    @property
    def label(self) -> str:
        return METHOD_LABELS[self]


METHOD_LABELS = {
    ConsentMethod.SIGNED_FORM: QT_TRANSLATE_NOOP(CTX, "Signed form at the desk"),
    ConsentMethod.PHONE: QT_TRANSLATE_NOOP(CTX, "Phone call"),
    ConsentMethod.WEB_FORM: QT_TRANSLATE_NOOP(CTX, "Web form"),
    ConsentMethod.EMAIL: QT_TRANSLATE_NOOP(CTX, "Email"),
    ConsentMethod.LETTER: QT_TRANSLATE_NOOP(CTX, "Letter"),
    ConsentMethod.IN_PERSON: QT_TRANSLATE_NOOP(CTX, "In person at the desk"),
}


@dataclass(frozen=True)
class ConsentNotice:
    """What the customer was told when agreeing: the purpose, the channel and how often."""

    purpose: str
    channel: str
    frequency: str


def default_notice(purpose: Purpose) -> ConsentNotice:
    """The shop's standard wording (English source; translated in context 'consents' when
    shown, and stored in the language it was shown in)."""
    return DEFAULT_NOTICES[purpose]


_MONTHLY = QT_TRANSLATE_NOOP(CTX, "At most twice a month")
DEFAULT_NOTICES = {
    Purpose.MARKETING_EMAIL: ConsentNotice(
        QT_TRANSLATE_NOOP(CTX, "News and offers about our products and services"),
        QT_TRANSLATE_NOOP(CTX, "Email"),
        _MONTHLY,
    ),
    Purpose.MARKETING_POST: ConsentNotice(
        QT_TRANSLATE_NOOP(CTX, "News and offers about our products and services"),
        QT_TRANSLATE_NOOP(CTX, "Post"),
        QT_TRANSLATE_NOOP(CTX, "At most once a month"),
    ),
    Purpose.MARKETING_PHONE: ConsentNotice(
        QT_TRANSLATE_NOOP(CTX, "News and offers about our products and services"),
        QT_TRANSLATE_NOOP(CTX, "Phone calls and SMS"),
        _MONTHLY,
    ),
    Purpose.MARKETING_ZALO: ConsentNotice(
        QT_TRANSLATE_NOOP(CTX, "News and offers about our products and services"),
        QT_TRANSLATE_NOOP(CTX, "Zalo messages"),
        _MONTHLY,
    ),
    Purpose.PERSONALISED_OFFERS: ConsentNotice(
        QT_TRANSLATE_NOOP(CTX, "Offers chosen from what you bought from us"),
        QT_TRANSLATE_NOOP(CTX, "The channels you agreed to above"),
        _MONTHLY,
    ),
    Purpose.PARTNER_SHARING: ConsentNotice(
        QT_TRANSLATE_NOOP(
            CTX, "Your name, phone and address given to our installation partner for your order"
        ),
        QT_TRANSLATE_NOOP(CTX, "The partner calls you to arrange the installation"),
        QT_TRANSLATE_NOOP(CTX, "Only for each installation"),
    ),
}


@dataclass(frozen=True)
class ConsentChange:
    """A grant or withdrawal to record. A grant needs the notice shown and the policy version;
    a withdrawal needs neither and takes effect at once."""

    purpose: Purpose
    granted: bool
    method: ConsentMethod
    notice: ConsentNotice | None = None
    policy_version_id: int | None = None


@dataclass(frozen=True)
class ConsentRecord:
    """One entry of the history, as recorded; never changed afterwards."""

    id: int
    customer_id: int
    purpose: Purpose
    granted: bool
    at: datetime
    staff_id: int | None
    method: ConsentMethod
    policy_version_id: int | None
    notice: ConsentNotice | None


def in_force(history: list[ConsentRecord]) -> dict[Purpose, bool]:
    """Each purpose's state: the newest entry wins; a purpose never recorded is not granted."""
    state = dict.fromkeys(Purpose, False)
    for record in sorted(history, key=lambda r: r.id):
        state[record.purpose] = record.granted
    return state


@dataclass(frozen=True)
class PolicyVersion:
    """A version of the shop's privacy policy as shown to customers from ``effective_on``."""

    id: int
    label: str
    effective_on: date
    text: str
    created_at: datetime
