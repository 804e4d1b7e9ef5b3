"""Things in the audit log a director would want raised, each a pure rule over audit entries.

A rule takes entries (any order) and returns flags; it never reads the database, so each one is
tested on audit data made for it. A flag's ``key`` is stable for the same entries, so a review
of it (stored by the service) finds it again on the next look.

One rule looks at the accounts instead of the entries: an active account without a signed
confidentiality undertaking. Its flags hold no entries (``count`` 0) and last until the
undertaking is recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from shopprivacy.domain.audit import Action, AuditRecord
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

# Reading a customer's details, however it happens.
RECORD_OPENED = frozenset({Action.CUSTOMER_VIEWED})
EXPORTS = frozenset({Action.MARKETING_EXPORTED, Action.REPORT_EXPORTED})
# Events an account produces by being refused, not by acting.
_NOT_ACTIVITY = frozenset({Action.SIGN_IN_FAILED, Action.ACCOUNT_LOCKED, Action.STAFF_DEACTIVATED})


class FlagKind(StrEnum):
    MANY_OPENED = "many_opened"
    OUTSIDE_HOURS = "outside_hours"
    EXPORT = "export"
    INACTIVE_ACCOUNT = "inactive_account"
    REFUSED = "refused"
    NO_UNDERTAKING = "no_undertaking"

    @property
    def label(self) -> str:
        """English source; screens translate it in context 'access_flags'."""
        return FLAG_LABELS[self]


FLAG_LABELS = {
    FlagKind.MANY_OPENED: QT_TRANSLATE_NOOP("access_flags", "Many records opened in a short time"),
    FlagKind.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("access_flags", "Used outside opening hours"),
    FlagKind.EXPORT: QT_TRANSLATE_NOOP("access_flags", "Data exported"),
    FlagKind.INACTIVE_ACCOUNT: QT_TRANSLATE_NOOP(
        "access_flags", "Activity of a deactivated or locked account"
    ),
    FlagKind.REFUSED: QT_TRANSLATE_NOOP("access_flags", "Refused: not allowed for the role"),
    FlagKind.NO_UNDERTAKING: QT_TRANSLATE_NOOP(
        "access_flags", "Active account without a signed confidentiality undertaking"
    ),
}


@dataclass(frozen=True)
class FlagRules:
    """The director's thresholds. Hours are whole hours on the shop's clock; ``close_hour`` is
    the first hour the shop is closed (open 8, close 21 means 08:00 to 20:59)."""

    zone: tzinfo
    burst_count: int = 30
    burst_minutes: int = 10
    open_hour: int = 8
    close_hour: int = 21


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    staff_id: int | None
    at: datetime  # the first entry's time
    first_seq: int
    last_seq: int
    count: int  # entries behind the flag

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.staff_id if self.staff_id is not None else '-'}:{self.first_seq}"


def _ordered(entries: Iterable[AuditRecord]) -> list[AuditRecord]:
    return sorted(entries, key=lambda e: e.seq)


def _flag(kind: FlagKind, group: list[AuditRecord]) -> Flag:
    return Flag(kind, group[0].staff_id, group[0].at, group[0].seq, group[-1].seq, len(group))


def many_opened(entries: Iterable[AuditRecord], rules: FlagRules) -> list[Flag]:
    """More than ``burst_count`` records opened by one account within ``burst_minutes``: one
    flag per run, covering every opening that kept the window over the limit."""
    window = timedelta(minutes=rules.burst_minutes)
    per_staff: dict[int | None, list[AuditRecord]] = defaultdict(list)
    for e in _ordered(entries):
        if e.action in RECORD_OPENED and e.staff_id is not None:
            per_staff[e.staff_id].append(e)
    flags: list[Flag] = []
    for opened in per_staff.values():
        start, run_start, run_end = 0, -1, -1
        for end in range(len(opened)):
            while opened[end].at - opened[start].at > window:
                start += 1
            if end - start + 1 > rules.burst_count:
                if run_start < 0 or start > run_end:
                    if run_start >= 0:
                        flags.append(_flag(FlagKind.MANY_OPENED, opened[run_start : run_end + 1]))
                    run_start = start
                run_end = end
        if run_start >= 0:
            flags.append(_flag(FlagKind.MANY_OPENED, opened[run_start : run_end + 1]))
    return sorted(flags, key=lambda f: f.first_seq)


def outside_hours(entries: Iterable[AuditRecord], rules: FlagRules) -> list[Flag]:
    """Anything an account did outside opening hours (shop time): one flag per account and
    day, so a late evening shows once, with how many entries it holds."""
    groups: dict[tuple[int, date], list[AuditRecord]] = defaultdict(list)
    for e in _ordered(entries):
        if e.staff_id is None:
            continue
        local = e.at.astimezone(rules.zone)
        if not rules.open_hour <= local.hour < rules.close_hour:
            groups[(e.staff_id, local.date())].append(e)
    return sorted(
        (_flag(FlagKind.OUTSIDE_HOURS, g) for g in groups.values()), key=lambda f: f.first_seq
    )


def exports(entries: Iterable[AuditRecord]) -> list[Flag]:
    """Every list or report that left the app as a file: each one is worth a look."""
    return [
        _flag(FlagKind.EXPORT, [e])
        for e in _ordered(entries)
        if e.action in EXPORTS or e.action.endswith("_exported")
    ]


def inactive_account(
    entries: Iterable[AuditRecord], deactivated_at: Mapping[int, datetime] | None = None
) -> list[Flag]:
    """Activity by an account after it was deactivated or while it is locked.

    ``deactivated_at`` gives deactivations known from the staff list (possibly before the
    period); locks and unlocks are followed through the entries themselves. Refusals the
    service logs for an inactive account count too.
    """
    gone: dict[int, datetime] = dict(deactivated_at or {})
    locked: set[int] = set()
    flags: list[Flag] = []
    for e in _ordered(entries):
        target = _staff_target(e)
        if e.action == Action.STAFF_DEACTIVATED and target is not None:
            gone.setdefault(target, e.at)
            continue
        if e.action == Action.ACCOUNT_LOCKED:
            who = target if target is not None else e.staff_id
            if who is not None:
                locked.add(who)
            continue
        if e.action == Action.ACCOUNT_UNLOCKED and target is not None:
            locked.discard(target)
            continue
        if e.staff_id is None or e.action in _NOT_ACTIVITY:
            continue
        after_deactivation = e.staff_id in gone and e.at >= gone[e.staff_id]
        refused_inactive = (
            e.action == Action.PERMISSION_REFUSED and e.detail.get("reason") == "account_inactive"
        )
        if after_deactivation or e.staff_id in locked or refused_inactive:
            flags.append(_flag(FlagKind.INACTIVE_ACCOUNT, [e]))
    return flags


def _staff_target(e: AuditRecord) -> int | None:
    if e.target_type != "staff" or e.target_id is None:
        return None
    try:
        return int(e.target_id)
    except ValueError:
        return None


def refused(entries: Iterable[AuditRecord]) -> list[Flag]:
    """Each time the service layer refused an action for the account's role."""
    return [
        _flag(FlagKind.REFUSED, [e])
        for e in _ordered(entries)
        if e.action == Action.PERMISSION_REFUSED and e.detail.get("reason") != "account_inactive"
    ]


@dataclass(frozen=True)
class AccountStanding:
    """What the undertaking rule needs to know of one staff account."""

    staff_id: int
    active: bool
    created_at: datetime
    undertaking_signed: bool


def no_undertaking(accounts: Iterable[AccountStanding]) -> list[Flag]:
    """Every active account whose signed confidentiality undertaking is not recorded: the
    shop's policy promises that everyone with access is bound to confidentiality."""
    return [
        Flag(FlagKind.NO_UNDERTAKING, a.staff_id, a.created_at, 0, 0, 0)
        for a in sorted(accounts, key=lambda a: a.staff_id)
        if a.active and not a.undertaking_signed
    ]


def all_flags(
    entries: Iterable[AuditRecord],
    rules: FlagRules,
    deactivated_at: Mapping[int, datetime] | None = None,
) -> list[Flag]:
    """Every rule over the same entries, oldest first."""
    listed = list(entries)
    found = [
        *many_opened(listed, rules),
        *outside_hours(listed, rules),
        *exports(listed),
        *inactive_account(listed, deactivated_at),
        *refused(listed),
    ]
    return sorted(found, key=lambda f: (f.first_seq, f.kind))
