"""The shop's one clock: every time shown, and every "today", is on Vietnam's time.

Times are stored in UTC. The PC the app runs on may be set to any zone (a laptop bought abroad,
a server in UTC), so nothing here asks the PC for its local time: consents, guardians, requests,
screens and printed papers all read the same wall clock, Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _shop_zone() -> tzinfo:
    try:
        return ZoneInfo("Asia/Ho_Chi_Minh")
    except ZoneInfoNotFoundError:  # Windows without tz data; Vietnam keeps UTC+7 all year
        return timezone(timedelta(hours=7), "ICT")


SHOP_ZONE = _shop_zone()


def shop_time(moment: datetime) -> datetime:
    """``moment`` on the shop's clock; a time without a zone is a stored one, that is UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SHOP_ZONE)


def shop_today(now: datetime) -> date:
    """The shop's calendar day at ``now`` (pass the vault's clock, so tests can set it)."""
    return shop_time(now).date()


def day_text(day: date | datetime | None) -> str:
    """dd/mm/yyyy as a Vietnamese shop writes it; a stored time is shown on the shop's day."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = shop_time(day).date()
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def time_text(moment: datetime | None) -> str:
    """dd/mm/yyyy hh:mm on the shop's clock."""
    if moment is None:
        return ""
    local = shop_time(moment)
    return f"{day_text(local.date())} {local:%H:%M}"
