"""The published policy on paper (A4 PDF through the shop's report machinery), as a standalone
HTML page for the shop's website, and the letters telling customers what changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    Block,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    ReportDocument,
    Signature,
)
from shopprivacy.reports.output import export_and_log, shop_report
from shopprivacy.reports.request_wording import label
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services

CTX = "policy_reports"
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def t(lang: str, source: str, **params: object) -> str:
    return label(lang, CTX, source, **params)


def _plain(text: str) -> str:
    return _BOLD.sub(r"\1", text)


def markdown_blocks(text: str) -> list[Block]:
    """The policy's Markdown as report blocks: "## " headings, "- " items, paragraphs; the
    "# " title is the report's own title."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("### "):
            blocks.append(Heading(_plain(line[4:]), 2))
        elif line.startswith("## "):
            blocks.append(Heading(_plain(line[3:])))
        elif line.startswith(("- ", "* ")):
            blocks.append(Paragraph("•  " + _plain(line[2:])))
        else:
            blocks.append(Paragraph(_plain(line)))
    return blocks


def _subtitle(version: PolicyVersion, lang: str) -> str:
    return t(lang, QT_TRANSLATE_NOOP(CTX, "Version {label}, in force from {day}"),
             label=version.label, day=version.effective_on.strftime("%d/%m/%Y"))  # fmt: skip


def build_policy_document(
    services: Services, actor: Actor, version: PolicyVersion, language: str = "vi"
) -> ReportDocument:
    title = t(language, QT_TRANSLATE_NOOP(CTX, "Personal data protection policy"))
    doc = shop_report(services, actor, title, _subtitle(version, language), language)
    return doc.add(*markdown_blocks(version.text))


def export_policy_pdf(
    services: Services, actor: Actor, version: PolicyVersion, path: Path, language: str = "vi"
) -> int:
    """Any signed-in staff member; returns the pages. Audit: ``report_exported`` kind
    ``privacy_policy`` with the version."""
    doc = build_policy_document(services, actor, version, language)
    return export_and_log(services, actor, doc, path, "privacy_policy",
                          Permission.FIND_CUSTOMER, "policy_version", version.id)  # fmt: skip


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=True)
    return _BOLD.sub(r"<strong>\1</strong>", escaped)


def policy_html(version: PolicyVersion, shop_name: str, language: str = "vi") -> str:
    """A standalone page (no scripts, no outside files); every text is escaped."""
    lang = "en" if language == "en" else "vi"
    title = f"{t(lang, QT_TRANSLATE_NOOP(CTX, 'Personal data protection policy'))} – {shop_name}"
    body: list[str] = []
    in_list = False
    for raw in version.text.splitlines():
        line = raw.strip()
        is_item = line.startswith(("- ", "* "))
        if in_list and not is_item:
            body.append("</ul>")
            in_list = False
        if not line:
            continue
        if is_item:
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{_inline(line[2:])}</li>")
        elif line.startswith("### "):
            body.append(f"<h3>{_inline(line[4:])}</h3>")
        elif line.startswith("## "):
            body.append(f"<h2>{_inline(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{_inline(line[2:])}</h1>")
        else:
            body.append(f"<p>{_inline(line)}</p>")
    if in_list:
        body.append("</ul>")
    note = html.escape(_subtitle(version, lang))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        "<style>body{font-family:'Be Vietnam Pro',Arial,sans-serif;max-width:46em;margin:2em auto;"
        "padding:0 1em;line-height:1.55;color:#222}h1{font-size:1.6em}h2{font-size:1.2em;"
        "margin-top:1.6em}.version{color:#555}</style>\n</head>\n<body>\n"
        f'<p class="version">{note}</p>\n' + "\n".join(body) + "\n</body>\n</html>\n"
    )


def build_change_notices(
    services: Services, actor: Actor, customer_ids: list[int], language: str = "vi"
) -> ReportDocument:
    """Director only: one letter per customer (a page each), what changed in the policy."""
    notice = services.policies.change_notice(actor, language)
    version = services.policies.current_version()
    title = t(language, QT_TRANSLATE_NOOP(CTX, "Notice of changes to our privacy policy"))
    subtitle = _subtitle(version, language) if version else ""
    profile = services.shop.profile()
    doc = shop_report(services, actor, title, subtitle, language, profile)
    people = services.policies.notice_addressees(actor, customer_ids)
    for i, who in enumerate(people):
        if i:
            doc.add(PageBreak())
        items = [(t(language, QT_TRANSLATE_NOOP(CTX, "To")), who.name or f"#{who.customer_id}")]
        if who.address:
            items.append((t(language, QT_TRANSLATE_NOOP(CTX, "Address")), who.address))
        doc.add(KeyValues(tuple(items)))
        greeting, _, rest = notice.letter.partition("\n\n")
        if who.name:
            greeting = t(language, QT_TRANSLATE_NOOP(CTX, "Dear {name},"), name=who.name)
        doc.add(Paragraph(greeting))
        doc.add(*markdown_blocks(rest))
        doc.add(Signature(t(language, QT_TRANSLATE_NOOP(CTX, "For the shop")), profile.name))
    return doc


def export_change_notice_pdf(
    services: Services, actor: Actor, customer_ids: list[int], path: Path, language: str = "vi"
) -> int:
    """Director only: the letters as one PDF, a page per customer; returns the pages. Audit:
    ``customer_printed`` per customer (the service) and ``report_exported`` kind
    ``policy_change_notice``."""
    doc = build_change_notices(services, actor, customer_ids, language)
    return export_and_log(services, actor, doc, path, "policy_change_notice",
                          Permission.MANAGE_POLICY_VERSIONS)  # fmt: skip
