"""The access review: the audit log as the director's working screen.

Entries for a period (filtered by staff, customer, action), a summary per staff account, the
flags of ``domain.access_flags`` with their reviews, and the chain's state.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain import access_flags
from shopprivacy.domain.access_flags import Flag, FlagRules
from shopprivacy.domain.audit import Action, AuditRecord, VerifyResult
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import NotFound, ValidationError
from shopprivacy.domain.settings import BURST_COUNT, BURST_MINUTES, CLOSE_HOUR, OPEN_HOUR
from shopprivacy.domain.staff import Actor, Role
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.audit import verify_chain
from shopprivacy.services.authz import require
from shopprivacy.services.settings import SettingsService
from shopprivacy.services.vault import Vault
from shopprivacy.storage.access_review_models import AccessFlagReview
from shopprivacy.storage.models import AuditEntry, Staff

# More entries than this in one period is better split into shorter periods.
MAX_ENTRIES = 50_000
MAX_NOTE = 2000
TABLE = "access_flag_reviews"
OPENED = frozenset({Action.CUSTOMER_VIEWED})
PRINTS = frozenset(
    {
        Action.CUSTOMER_PRINTED,
        Action.REPORT_PRINTED,
        Action.REQUEST_LETTER_PRINTED,
        Action.CUSTOMER_DATA_REPORT_MADE,
    }
)


@dataclass(frozen=True)
class ReviewQuery:
    """Whole days on the shop's clock, both included; the other fields narrow the entries."""

    date_from: date
    date_to: date
    staff_id: int | None = None
    customer_id: int | None = None
    action: str | None = None


@dataclass(frozen=True)
class StaffSummary:
    staff_id: int | None
    username: str
    role: Role | None
    active: bool
    locked: bool
    actions: int = 0
    opened: int = 0
    opened_per_day: dict[date, int] = field(default_factory=dict)
    prints: int = 0
    exports: int = 0
    failed_logins: int = 0
    refused: int = 0

    @property
    def busiest_day(self) -> int:
        return max(self.opened_per_day.values(), default=0)


@dataclass(frozen=True)
class FlagReview:
    reviewed_by: str
    reviewed_at: datetime
    note: str


@dataclass(frozen=True)
class ReviewedFlag:
    flag: Flag
    review: FlagReview | None = None


@dataclass(frozen=True)
class AccessReview:
    query: ReviewQuery
    entries: list[AuditRecord]  # newest first, after every filter
    summaries: list[StaffSummary]
    flags: list[ReviewedFlag]
    chain: VerifyResult
    staff_names: dict[int, str]
    truncated: bool  # the period holds more than MAX_ENTRIES


def period_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """[start of date_from, end of date_to) on the shop's clock, as UTC instants."""
    start = datetime.combine(date_from, time(0), SHOP_ZONE).astimezone(UTC)
    end = datetime.combine(date_to + timedelta(days=1), time(0), SHOP_ZONE).astimezone(UTC)
    return start, end


class AccessReviewService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def rules(self) -> FlagRules:
        settings = SettingsService(self.vault)
        return FlagRules(
            zone=SHOP_ZONE,
            burst_count=settings.get_int(BURST_COUNT),
            burst_minutes=settings.get_int(BURST_MINUTES),
            open_hour=settings.get_int(OPEN_HOUR),
            close_hour=settings.get_int(CLOSE_HOUR),
        )

    def review(self, actor: Actor, query: ReviewQuery) -> AccessReview:
        """Director only (VIEW_ACCESS_REVIEW; refused and logged for anyone else).

        Flags and summaries cover the whole period (for one account when a staff filter is
        set), with active accounts lacking a signed confidentiality undertaking flagged first
        whatever the period; the customer and action filters narrow the list of entries.
        Verifies the chain.
        Audit: ``audit_viewed`` (view ``access_review``, entry and flag counts, chain outcome).
        """
        require(self.vault, actor, Permission.VIEW_ACCESS_REVIEW)
        if query.date_to < query.date_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The end of the period is before its start."),
                field="date_to",
            )
        since, until = period_bounds(query.date_from, query.date_to)
        rules = self.rules()
        chain = verify_chain(self.vault)
        with self.vault.db.transaction() as session:
            staff_rows = session.scalars(select(Staff).order_by(Staff.username)).all()
            stmt = (
                select(AuditEntry)
                .where(AuditEntry.at >= since, AuditEntry.at < until)
                .order_by(AuditEntry.seq.desc())
                .limit(MAX_ENTRIES + 1)
            )
            rows = session.scalars(stmt).all()
            truncated = len(rows) > MAX_ENTRIES
            everyone = [_record(r) for r in rows[:MAX_ENTRIES]]
            gone = {s.id: s.deactivated_at for s in staff_rows if s.deactivated_at is not None}
            # Rules see everyone's entries (an unlock is the director's entry, not the
            # account's); the staff filter then narrows what is shown.
            standing = [
                access_flags.AccountStanding(
                    s.id, s.active, s.created_at, s.undertaking_signed_on is not None
                )
                for s in staff_rows
            ]
            found = [
                f
                for f in [
                    *access_flags.no_undertaking(standing),
                    *access_flags.all_flags(everyone, rules, gone),
                ]
                if query.staff_id is None or f.staff_id == query.staff_id
            ]
            period = [e for e in everyone if query.staff_id in (None, e.staff_id)]
            reviews = self._reviews(session, [f.key for f in found], staff_rows)
            shown = [e for e in period if _matches(e, query)]
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.AUDIT_VIEWED,
                view="access_review",
                count=len(shown),
                flags=len(found),
                chain_ok=chain.ok,
            )
        names = {s.id: s.username for s in staff_rows}
        return AccessReview(
            query=query,
            entries=shown,
            summaries=_summaries(period, staff_rows, query.staff_id),
            flags=[ReviewedFlag(f, reviews.get(f.key)) for f in found],
            chain=chain,
            staff_names=names,
            truncated=truncated,
        )

    def mark_reviewed(self, actor: Actor, flag_key: str, note: str) -> FlagReview:
        """Director only (VIEW_ACCESS_REVIEW). Marks a flag reviewed with a note (sealed: it may
        name people); marking again replaces the note. Audit: ``access_flag_reviewed`` with the
        flag's key and whether a note was written, never the note."""
        require(self.vault, actor, Permission.VIEW_ACCESS_REVIEW, "access_flag", flag_key)
        key = flag_key.strip()
        if not key or len(key) > 96 or key.count(":") != 2:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This flag no longer exists."))
        text = note.strip()
        if len(text) > MAX_NOTE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Keep the note under {limit} characters."),
                field="note",
                limit=MAX_NOTE,
            )
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            row = session.scalars(
                select(AccessFlagReview).where(AccessFlagReview.flag_key == key)
            ).one_or_none()
            again = row is not None
            if row is None:
                row = AccessFlagReview(flag_key=key, reviewed_by=actor.staff_id, reviewed_at=now)
                session.add(row)
                session.flush()
            row.reviewed_by, row.reviewed_at = actor.staff_id, now
            row.note_enc = self.vault.cipher.seal(TABLE, "note_enc", row.id, text)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.ACCESS_FLAG_REVIEWED,
                "access_flag",
                key,
                with_note=bool(text),
                again=again,
            )
        return FlagReview(actor.username, now, text)

    def _reviews(
        self, session: Session, keys: list[str], staff_rows: Sequence[Staff]
    ) -> dict[str, FlagReview]:
        names = {s.id: s.username for s in staff_rows}
        found: dict[str, FlagReview] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            for row in session.scalars(
                select(AccessFlagReview).where(AccessFlagReview.flag_key.in_(chunk))
            ):
                note = self.vault.cipher.open(TABLE, "note_enc", row.id, row.note_enc) or ""
                who = names.get(row.reviewed_by, f"#{row.reviewed_by}")
                found[row.flag_key] = FlagReview(who, row.reviewed_at, note)
        return found


def _record(r: AuditEntry) -> AuditRecord:
    return AuditRecord(
        r.seq, r.at, r.staff_id, r.action, r.target_type, r.target_id, json.loads(r.detail), r.hash
    )


def _matches(e: AuditRecord, q: ReviewQuery) -> bool:
    if q.action is not None and e.action != q.action:
        return False
    return q.customer_id is None or (
        e.target_type == "customer" and e.target_id == str(q.customer_id)
    )


def _summaries(
    entries: list[AuditRecord], staff_rows: Sequence[Staff], only: int | None
) -> list[StaffSummary]:
    """One row per account, quiet ones included: who did nothing matters too."""
    counts: dict[int | None, Counter[str]] = {}
    per_day: dict[int | None, Counter[date]] = {}
    for e in entries:
        c = counts.setdefault(e.staff_id, Counter())
        c["actions"] += 1
        if e.action in OPENED:
            c["opened"] += 1
            per_day.setdefault(e.staff_id, Counter())[e.at.astimezone(SHOP_ZONE).date()] += 1
        if e.action in PRINTS:
            c["prints"] += 1
        if e.action in access_flags.EXPORTS or e.action.endswith("_exported"):
            c["exports"] += 1
        if e.action == Action.SIGN_IN_FAILED:
            c["failed"] += 1
        if e.action == Action.PERMISSION_REFUSED:
            c["refused"] += 1
    result = []
    for s in staff_rows:
        if only is not None and s.id != only:
            continue
        c = counts.pop(s.id, Counter())
        result.append(_summary(s.id, s.username, Role(s.role), s.active, s.locked, c, per_day))
    if only is None and None in counts:  # failed sign-ins with unknown login names
        result.append(_summary(None, "", None, False, False, counts[None], per_day))
    return result


def _summary(
    staff_id: int | None,
    username: str,
    role: Role | None,
    active: bool,
    locked: bool,
    c: Counter[str],
    per_day: dict[int | None, Counter[date]],
) -> StaffSummary:
    return StaffSummary(
        staff_id=staff_id,
        username=username,
        role=role,
        active=active,
        locked=locked,
        actions=c["actions"],
        opened=c["opened"],
        opened_per_day=dict(per_day.get(staff_id, {})),
        prints=c["prints"],
        exports=c["exports"],
        failed_logins=c["failed"],
        refused=c["refused"],
    )
