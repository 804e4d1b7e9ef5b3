"""Policy against practice: every place where what the shop does (as the app records it)
contradicts what the policy in force declares, with a fix on either side."""

from __future__ import annotations

from dataclasses import dataclass

from shopprivacy.domain.policy import Contradiction, PolicyFacts, fold_name
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "policy"
LAW_KINDS = frozenset({"auditor", "lawyer", "authority"})  # the policy names them as kinds


@dataclass(frozen=True)
class DisclosureSeen:
    """A disclosure made while the policy was in force (categories only, no personal data)."""

    disclosure_id: int
    partner_name: str
    partner_kind: str
    country: str
    basis: str
    written_consent: bool  # the customer's partner-sharing consent was given in writing


@dataclass(frozen=True)
class Practice:
    """What the app records now; ``current`` is built exactly like a policy's facts."""

    current: PolicyFacts
    disclosures: tuple[DisclosureSeen, ...] = ()
    consent_purposes_used: frozenset[str] = frozenset()
    request_channels_used: frozenset[str] = frozenset()


def _c(code: str, message: str, fix_policy: str, fix_practice: str, **params: str) -> Contradiction:
    return Contradiction(code, message, dict(params), fix_policy, fix_practice)


_REPUBLISH = QT_TRANSLATE_NOOP(CTX, "Publish a new version of the policy that declares it.")


def find_contradictions(declared: PolicyFacts, practice: Practice) -> list[Contradiction]:
    now = practice.current
    found: list[Contradiction] = []
    for f in now.fields:
        if f not in declared.fields:
            found.append(_c(
                "field_not_declared",
                QT_TRANSLATE_NOOP(CTX, "The shop collects the field {field}, which the policy does not declare."),  # noqa: E501
                _REPUBLISH,
                QT_TRANSLATE_NOOP(CTX, "Switch the field off in Settings."),
                field=f,
            ))  # fmt: skip
    named = declared.partner_names()
    abroad_ok = {fold_name(p.name) for p in declared.partners if p.abroad}
    for p in now.partners:
        if p.kind in LAW_KINDS:
            continue
        if fold_name(p.name) not in named:
            found.append(_c(
                "partner_not_named",
                QT_TRANSLATE_NOOP(CTX, "The partner {partner} is in the register but the policy does not name it."),  # noqa: E501
                _REPUBLISH,
                QT_TRANSLATE_NOOP(CTX, "Remove the partner or stop passing data to it."),
                partner=p.name,
            ))  # fmt: skip
        elif p.abroad and (declared.data_stays_in_vietnam or fold_name(p.name) not in abroad_ok):
            found.append(_abroad(p.name, p.country))
    for d in practice.disclosures:
        if d.partner_kind not in LAW_KINDS and fold_name(d.partner_name) not in named:
            found.append(_c(
                "disclosure_not_named",
                QT_TRANSLATE_NOOP(CTX, "Data was disclosed to {partner} (disclosure #{id}), which the policy does not name."),  # noqa: E501
                _REPUBLISH,
                QT_TRANSLATE_NOOP(CTX, "Disclose only to partners the policy names."),
                partner=d.partner_name, id=str(d.disclosure_id),
            ))  # fmt: skip
        if d.country.upper() != "VN" and declared.data_stays_in_vietnam:
            found.append(_abroad(d.partner_name, d.country))
        if d.basis == "consent" and declared.written_consent_for_sharing and not d.written_consent:
            found.append(_c(
                "sharing_without_written_consent",
                QT_TRANSLATE_NOOP(CTX, "Disclosure #{id} to {partner} relied on a consent not given in writing, but the policy promises written consent."),  # noqa: E501
                QT_TRANSLATE_NOOP(CTX, "Publish a version that does not promise written consent."),
                QT_TRANSLATE_NOOP(CTX, "Get the customer's signed consent before sharing."),
                partner=d.partner_name, id=str(d.disclosure_id),
            ))  # fmt: skip
    if now.retention_months_without_order != declared.retention_months_without_order:
        found.append(_c(
            "retention_differs",
            QT_TRANSLATE_NOOP(CTX, "Customers without orders are kept {now} months; the policy says {declared}."),  # noqa: E501
            _REPUBLISH,
            QT_TRANSLATE_NOOP(CTX, "Set the months in Settings back to the policy's."),
            now=str(now.retention_months_without_order),
            declared=str(declared.retention_months_without_order),
        ))  # fmt: skip
    found += _purpose_contradictions(declared, now)
    stated = {str(p) for p in declared.consent_purposes()}
    for purpose in sorted(practice.consent_purposes_used - stated):
        found.append(_c(
            "consent_purpose_undeclared",
            QT_TRANSLATE_NOOP(CTX, "Consents are recorded for {purpose}, a purpose the policy does not state."),  # noqa: E501
            _REPUBLISH,
            QT_TRANSLATE_NOOP(CTX, "Stop recording consents for this purpose."),
            purpose=purpose,
        ))  # fmt: skip
    for channel in sorted(practice.request_channels_used - set(declared.request_channels)):
        found.append(_c(
            "channel_undeclared",
            QT_TRANSLATE_NOOP(CTX, "Requests come in by {channel}, a channel the policy does not list."),  # noqa: E501
            _REPUBLISH,
            QT_TRANSLATE_NOOP(CTX, "Point customers to the channels the policy lists."),
            channel=channel,
        ))  # fmt: skip
    return _unique(found)


def _purpose_contradictions(declared: PolicyFacts, now: PolicyFacts) -> list[Contradiction]:
    """A purpose in the register the policy does not state, or kept for another time."""
    stated = {p.key: p for p in declared.purposes if p.active}
    found = []
    for p in now.purposes:
        if not p.active:
            continue
        was = stated.get(p.key)
        if was is None:
            found.append(_c(
                "purpose_not_declared",
                QT_TRANSLATE_NOOP(CTX, "The register has the purpose {purpose}, which the policy does not state."),  # noqa: E501
                _REPUBLISH,
                QT_TRANSLATE_NOOP(CTX, "Switch the purpose off in the register."),
                purpose=p.name,
            ))  # fmt: skip
        elif was.retention_months != p.retention_months:
            found.append(_c(
                "purpose_retention_differs",
                QT_TRANSLATE_NOOP(CTX, "Data for {purpose} is kept {now} months; the policy says {declared}."),  # noqa: E501
                _REPUBLISH,
                QT_TRANSLATE_NOOP(CTX, "Set the purpose's months back to the policy's."),
                purpose=p.name, now=str(p.retention_months or "-"),
                declared=str(was.retention_months or "-"),
            ))  # fmt: skip
    return found


def _abroad(name: str, country: str) -> Contradiction:
    return _c(
        "partner_abroad",
        QT_TRANSLATE_NOOP(CTX, "Data goes to {partner} in {country}, but the policy says data stays in Vietnam."),  # noqa: E501
        QT_TRANSLATE_NOOP(CTX, "Publish a version that names the transfer abroad."),
        QT_TRANSLATE_NOOP(CTX, "Use a partner that keeps data in Vietnam."),
        partner=name, country=country.upper(),
    )  # fmt: skip


def _unique(found: list[Contradiction]) -> list[Contradiction]:
    seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    out = []
    for c in found:
        key = (c.code, tuple(sorted(c.params.items())))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
