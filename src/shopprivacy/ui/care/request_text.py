"""The words of the request screen that are read from one request alone: where it stands, its
clock (with the time it stood still) and the recorded identity check."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from shopprivacy.domain.requests import RequestInfo, RequestType, Status
from shopprivacy.ui.care.queue_model import shop_time

CTX = "request_screens"


def _req(text: str) -> str:
    return QCoreApplication.translate("requests", text)


def duration_text(span: timedelta) -> str:
    """Whole days and hours, as staff count a pause ("2 days 3 h")."""
    hours = int(span.total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    if days and hours:
        return QCoreApplication.translate(CTX, "{days} days {hours} h").format(
            days=days, hours=hours
        )
    if days:
        return QCoreApplication.translate(CTX, "{days} days").format(days=days)
    return QCoreApplication.translate(CTX, "{hours} h").format(hours=hours)


def stages(info: RequestInfo) -> list[Status]:
    """The road of this kind of request: only a deletion passes by the director."""
    road = [Status.NEW, Status.IDENTITY_CHECKED, Status.IN_PROGRESS]
    if info.type is RequestType.DELETION:
        road += [Status.AWAITING_APPROVAL, Status.APPROVED]
    return [*road, Status.DONE]


def progress_text(info: RequestInfo) -> str:
    """Every stage of the road, the ones passed ticked and the current one marked."""
    if info.status is Status.REFUSED:
        return QCoreApplication.translate(
            CTX, "Where it stands: refused. Only the letter can still be printed."
        )
    road = stages(info)
    here = road.index(info.status) if info.status in road else 0
    parts = []
    for i, stage in enumerate(road):
        mark = "✔" if i < here or info.status is Status.DONE else ("▶" if i == here else "·")
        parts.append(f"{mark} {_req(stage.label)}")
    return QCoreApplication.translate(CTX, "Where it stands:") + " " + "  ›  ".join(parts)


def clock_text(info: RequestInfo, now: datetime) -> str:
    """Received, the two deadlines in force, and any pause: the due dates already include
    the time the clock stood still."""
    lines = [
        QCoreApplication.translate(
            CTX, "Received {received}. Acknowledge by {ack}. Complete by {due}."
        ).format(
            received=shop_time(info.received_at),
            ack=shop_time(info.acknowledge_due),
            due=shop_time(info.due),
        )
    ]
    if info.acknowledged_at is not None:
        lines.append(
            QCoreApplication.translate(CTX, "Customer told we received it: {when}.").format(
                when=shop_time(info.acknowledged_at)
            )
        )
    if info.extended_due is not None:
        lines.append(
            QCoreApplication.translate(CTX, "Extended once: {reason}").format(
                reason=info.extension_reason or "—"
            )
        )
    if info.waiting_since is not None:
        lines.append(
            QCoreApplication.translate(
                CTX,
                "Waiting on the customer since {since} ({span}): {reason}. The clock is "
                "stopped; the due date moves on by the time waited when work resumes.",
            ).format(
                since=shop_time(info.waiting_since),
                span=duration_text(now - info.waiting_since),
                reason=info.waiting_reason or "—",
            )
        )
    if info.paused > timedelta(0):
        lines.append(
            QCoreApplication.translate(
                CTX,
                "The clock stood still {span} in all; the due dates moved on by the days "
                "waited (complete by {due}).",
            ).format(
                span=duration_text(info.paused),
                due=shop_time(info.due),
            )
        )
    if info.linked_to is not None:
        lines.append(
            QCoreApplication.translate(
                CTX, "Linked to the earlier open request no. {id} of the same customer."
            ).format(id=info.linked_to)
        )
    if info.status is Status.REFUSED and info.reason:
        lines.append(
            QCoreApplication.translate(CTX, "Refused because: {reason}").format(reason=info.reason)
        )
    if info.closed_at is not None:
        lines.append(
            QCoreApplication.translate(CTX, "Closed {when}.").format(when=shop_time(info.closed_at))
        )
    return "\n".join(lines)


def identity_text(info: RequestInfo) -> str:
    """The recorded check, read-only: how, the note, who (full name) and when."""
    if info.identity_method is None:
        return ""
    method = _req(info.identity_method.label)
    who = info.identity_checked_by_name or QCoreApplication.translate(CTX, "(name not kept)")
    when = shop_time(info.identity_checked_at)
    text = QCoreApplication.translate(CTX, "✔ Checked: {method}.").format(method=method)
    if info.identity_detail:
        text += " " + QCoreApplication.translate(CTX, "Details: {detail}.").format(
            detail=info.identity_detail
        )
    return (
        text + " " + QCoreApplication.translate(CTX, "By {who}, {when}.").format(who=who, when=when)
    )


def result_text(info: RequestInfo) -> str:
    """A complaint's recorded outcome and remedy (this request's own), on new lines."""
    text = ""
    if info.outcome:
        text += "\n" + QCoreApplication.translate(CTX, "What we found: {outcome}").format(
            outcome=info.outcome
        )
    if info.remedy:
        text += "\n" + QCoreApplication.translate(CTX, "What we do about it: {remedy}").format(
            remedy=info.remedy
        )
    return text


def who_text(info: RequestInfo, customer_name: str | None) -> str:
    if info.customer_id is None:
        return info.requester_name or QCoreApplication.translate(CTX, "(no name)")
    name = customer_name or info.requester_name or ""
    return f"#{info.customer_id} {name}".rstrip()
