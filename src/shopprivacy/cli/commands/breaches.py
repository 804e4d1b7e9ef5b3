"""``breach open|list|show|notified|customers-notified|close`` and the papers ``notice``,
``incident-record`` and ``letters``: the breach register from a script, as on the director's
screen (director only, same service, same audit)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import Output, table
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.breaches import CTX as LABELS
from shopprivacy.domain.breaches import (
    BreachInfo,
    BreachSummary,
    DataCategory,
    NewBreach,
    clock,
)
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.breach_notice import BreachPaper, export_breach_paper
from shopprivacy.reports.text import format_datetime

TIME_FORMS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d")


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "breach",
        QT_TRANSLATE_NOOP("cli", "the breach register and its papers, as in the app (director)"),
        dest="breach_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli", "record a personal data breach; the 72 hours to notify A05 start when it was found"
    )
    p = group.add_parser("open", help=help_text, description=help_text)
    p.add_argument(
        "--found", metavar="'YYYY-MM-DD HH:MM'",
        help=QT_TRANSLATE_NOOP("cli", "when the breach was found, shop time (else now)"),
    )  # fmt: skip
    p.add_argument(
        "--happened", metavar="'YYYY-MM-DD HH:MM'",
        help=QT_TRANSLATE_NOOP("cli", "when it happened, about (else when it was found)"),
    )  # fmt: skip
    p.add_argument(
        "--data", required=True, metavar="KIND,...",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the kinds of data affected, separated by commas: names, phones, emails, addresses, "
            "birth_dates, orders, notes, consents, requests",
        ),
    )  # fmt: skip
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--all", dest="all_customers", action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "every customer was affected"),
    )  # fmt: skip
    who.add_argument(
        "--customer", dest="customers", type=int, action="append", metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "an affected customer (repeat for each one)"),
    )  # fmt: skip
    p.add_argument(
        "--what", required=True, metavar="TEXT",
        help=QT_TRANSLATE_NOOP("cli", "what happened"),
    )  # fmt: skip
    p.add_argument("--measures", default="", metavar="TEXT",
                   help=QT_TRANSLATE_NOOP("cli", "the measures taken"))  # fmt: skip
    set_handler(
        p, run_open, happened_at="--happened", found_at="--found", categories="--data",
        customers="--customer", description="--what",
    )  # fmt: skip

    help_text = QT_TRANSLATE_NOOP("cli", "the register: every breach and its 72-hour clock")
    set_handler(group.add_parser("list", help=help_text, description=help_text), run_list)

    help_text = QT_TRANSLATE_NOOP("cli", "one breach in full")
    p = group.add_parser("show", help=help_text, description=help_text)
    p.add_argument("breach_id", type=int, metavar="BREACH_ID")
    set_handler(p, run_show)

    help_text = QT_TRANSLATE_NOOP("cli", "record that A05 was notified, with its reference")
    p = group.add_parser("notified", help=help_text, description=help_text)
    p.add_argument("breach_id", type=int, metavar="BREACH_ID")
    p.add_argument("--reference", required=True, metavar="REF")
    _at_option(p)
    set_handler(p, run_notified)

    help_text = QT_TRANSLATE_NOOP("cli", "record that the affected customers were told")
    p = group.add_parser("customers-notified", help=help_text, description=help_text)
    p.add_argument("breach_id", type=int, metavar="BREACH_ID")
    _at_option(p)
    set_handler(p, run_customers_notified)

    help_text = QT_TRANSLATE_NOOP("cli", "close the breach with a note on how it ended")
    p = group.add_parser("close", help=help_text, description=help_text)
    p.add_argument("breach_id", type=int, metavar="BREACH_ID")
    p.add_argument("--note", required=True, metavar="TEXT")
    set_handler(p, run_close, closing_note="--note")

    for name, paper, help_text in (
        ("notice", BreachPaper.AUTHORITY_NOTICE,
         QT_TRANSLATE_NOOP("cli", "the notification to A05 as a PDF")),
        ("incident-record", BreachPaper.INCIDENT_RECORD,
         QT_TRANSLATE_NOOP("cli", "the incident record (biên bản) as a PDF")),
        ("letters", BreachPaper.CUSTOMER_LETTERS,
         QT_TRANSLATE_NOOP("cli", "one letter per affected customer, as a PDF")),
    ):  # fmt: skip
        p = group.add_parser(name, help=help_text, description=help_text)
        p.add_argument("breach_id", type=int, metavar="BREACH_ID")
        p.add_argument("--out", required=True, metavar="FILE.pdf")
        set_handler(p, run_paper)
        p.set_defaults(paper=paper)


def _at_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--at", metavar="'YYYY-MM-DD HH:MM'",
        help=QT_TRANSLATE_NOOP("cli", "when, shop time (else now)"),
    )  # fmt: skip


def parse_time(value: str | None, option: str) -> datetime | None:
    """A shop-clock time typed as ``YYYY-MM-DD HH:MM`` (or a day), as aware UTC."""
    if value is None:
        return None
    for form in TIME_FORMS:
        try:
            local = datetime.strptime(value.strip(), form)
        except ValueError:
            continue
        return local.replace(tzinfo=SHOP_ZONE).astimezone(UTC)
    raise CliProblem(
        2,
        QT_TRANSLATE_NOOP(
            "cli", "{option} takes a time written YYYY-MM-DD HH:MM, e.g. 2026-11-23 17:30."
        ),
        option=option,
    )


def _categories(text: str) -> tuple[DataCategory, ...]:
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    known = {c.value for c in DataCategory}
    if not names or any(n not in known for n in names):
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP("cli", "--data takes some of: {choices}."),
            choices=",".join(c.value for c in DataCategory),
        )
    return tuple(DataCategory(n) for n in names)


def _summary_data(b: BreachSummary, now: datetime) -> dict[str, Any]:
    state = clock(b.found_at, b.authority_notified_at, now)
    return {
        "id": b.id, "status": str(b.status), "happened_at": b.happened_at,
        "found_at": b.found_at, "deadline": b.deadline, "clock": str(state.state),
        "all_customers": b.all_customers, "customers": b.customer_count,
        "categories": [str(c) for c in b.categories],
        "authority_notified_at": b.authority_notified_at,
    }  # fmt: skip


def _info_data(b: BreachInfo, now: datetime) -> dict[str, Any]:
    state = clock(b.found_at, b.authority_notified_at, now)
    return {
        "id": b.id, "status": str(b.status), "happened_at": b.happened_at,
        "found_at": b.found_at, "recorded_at": b.recorded_at, "deadline": b.deadline,
        "clock": str(state.state), "categories": [str(c) for c in b.categories],
        "all_customers": b.all_customers, "customer_ids": list(b.customer_ids),
        "description": b.description, "measures": b.measures,
        "authority_notified_at": b.authority_notified_at,
        "authority_reference": b.authority_reference,
        "customers_notified_at": b.customers_notified_at, "closed_at": b.closed_at,
        "closing_note": b.closing_note,
    }  # fmt: skip


def _clock_words(out: Output, found: datetime, notified: datetime | None, now: datetime) -> str:
    state = clock(found, notified, now)
    return f"{state.icon} {out.render(state.words())}"


def _human(out: Output, b: BreachInfo, now: datetime) -> str:
    lang = out.catalog.language
    rows = [
        (out.tr(QT_TRANSLATE_NOOP("cli", "Breach")), f"#{b.id}"),
        (out.tr(QT_TRANSLATE_NOOP("cli", "Status")), out.tr(b.status.label, LABELS)),
        (out.tr(QT_TRANSLATE_NOOP("cli", "Found")), format_datetime(b.found_at, lang)),
        (out.tr(QT_TRANSLATE_NOOP("cli", "Notify A05 by")), format_datetime(b.deadline, lang)),
        (out.tr(QT_TRANSLATE_NOOP("cli", "Clock")),
         _clock_words(out, b.found_at, b.authority_notified_at, now)),
        (out.tr(QT_TRANSLATE_NOOP("cli", "Data")),
         ", ".join(out.tr(c.label, LABELS) for c in b.categories)),
        (out.tr(QT_TRANSLATE_NOOP("cli", "Customers")),
         out.tr(QT_TRANSLATE_NOOP("cli", "all ({n})"), n=len(b.customer_ids))
         if b.all_customers else ", ".join(f"#{c}" for c in b.customer_ids)),
        (out.tr(QT_TRANSLATE_NOOP("cli", "What happened")), b.description),
    ]  # fmt: skip
    if b.authority_reference:
        rows.append((out.tr(QT_TRANSLATE_NOOP("cli", "A05 reference")), b.authority_reference))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def run_open(ctx: CliContext) -> int:
    """Director only. Audit: ``breach_recorded``."""
    a = ctx.args
    categories = _categories(a.data)
    found = parse_time(a.found, "--found")
    happened = parse_time(a.happened, "--happened")
    services, actor = ctx.sign_in()
    now = services.vault.now()
    new = NewBreach(
        happened_at=happened or found or now,
        found_at=found or now,
        categories=categories,
        customer_ids=None if a.all_customers else tuple(a.customers),
        description=a.what,
        measures=a.measures,
    )
    info = services.breaches.record_breach(actor, new)
    lang = ctx.out.catalog.language
    ctx.out.say(
        QT_TRANSLATE_NOOP("cli", "Breach #{id} recorded. Notify A05 by {deadline}."),
        id=info.id,
        deadline=format_datetime(info.deadline, lang),
    )
    ctx.out.result(_info_data(info, now), str(info.id))
    return 0


def run_list(ctx: CliContext) -> int:
    """Director only. Audit: ``breaches_listed``."""
    services, actor = ctx.sign_in()
    breaches = services.breaches.list_breaches(actor)
    now = services.vault.now()
    out, lang = ctx.out, ctx.out.catalog.language
    headers = [
        out.tr(QT_TRANSLATE_NOOP("cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Found")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Status")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Customers")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Clock")),
    ]
    rows = [
        (b.id, format_datetime(b.found_at, lang), out.tr(b.status.label, LABELS),
         out.tr(QT_TRANSLATE_NOOP("cli", "all ({n})"), n=b.customer_count)
         if b.all_customers else b.customer_count,
         _clock_words(out, b.found_at, b.authority_notified_at, now))
        for b in breaches
    ]  # fmt: skip
    out.result([_summary_data(b, now) for b in breaches], table(headers, rows))
    return 0


def run_show(ctx: CliContext) -> int:
    """Director only. Audit: ``breach_viewed``."""
    services, actor = ctx.sign_in()
    info = services.breaches.get_breach(actor, ctx.args.breach_id)
    now = services.vault.now()
    ctx.out.result(_info_data(info, now), _human(ctx.out, info, now))
    return 0


def _stepped(ctx: CliContext, info: BreachInfo, now: datetime) -> int:
    ctx.out.say(
        QT_TRANSLATE_NOOP("cli", "Breach #{id}: {status}."),
        id=info.id,
        status=ctx.out.tr(info.status.label, LABELS),
    )
    ctx.out.result(_info_data(info, now))
    return 0


def run_notified(ctx: CliContext) -> int:
    """Director only. Audit: ``breach_authority_notified``."""
    at = parse_time(ctx.args.at, "--at")
    services, actor = ctx.sign_in()
    now = services.vault.now()
    info = services.breaches.mark_authority_notified(
        actor, ctx.args.breach_id, at or now, ctx.args.reference
    )
    return _stepped(ctx, info, now)


def run_customers_notified(ctx: CliContext) -> int:
    """Director only. Audit: ``breach_customers_notified``."""
    at = parse_time(ctx.args.at, "--at")
    services, actor = ctx.sign_in()
    now = services.vault.now()
    info = services.breaches.mark_customers_notified(actor, ctx.args.breach_id, at or now)
    return _stepped(ctx, info, now)


def run_close(ctx: CliContext) -> int:
    """Director only. Audit: ``breach_closed``."""
    services, actor = ctx.sign_in()
    info = services.breaches.close_breach(actor, ctx.args.breach_id, ctx.args.note)
    return _stepped(ctx, info, services.vault.now())


def run_paper(ctx: CliContext) -> int:
    """Director only. Audit: the breach service's read (``breach_viewed`` or
    ``breach_letters_made``), then ``report_exported`` with the paper as kind."""
    a = ctx.args
    services, actor = ctx.sign_in()
    path = Path(a.out)
    pages = export_breach_paper(
        services, actor, a.breach_id, BreachPaper(a.paper), path, ctx.out.catalog.language
    )
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=path, pages=pages)
    ctx.out.result({"path": str(path), "pages": pages, "breach_id": a.breach_id})
    return 0
