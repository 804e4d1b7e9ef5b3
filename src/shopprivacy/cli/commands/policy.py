"""``policy draft|publish|list|show|check|purposes``: the shop's privacy policy from a script."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import table
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.consents import PolicyVersion, Purpose
from shopprivacy.domain.policy import Contradiction
from shopprivacy.domain.policy_text import purpose_name, purpose_retention
from shopprivacy.domain.policy_words import FIELD_WORDS, country, word
from shopprivacy.domain.requests import Channel
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.policy_document import (
    export_change_notice_pdf,
    export_policy_pdf,
    policy_html,
)
from shopprivacy.reports.render import atomic_private_write

LANGS = ("vi", "en")


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "policy",
        QT_TRANSLATE_NOOP("cli", "the shop's privacy policy: draft, publish, show, check"),
        dest="policy_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "draft the policy from the shop's settings, partners, purposes and retention rules "
        "(Markdown; director)",
    )
    p = group.add_parser("draft", help=help_text, description=help_text)
    p.add_argument("--out", required=True, metavar="FILE.md")
    lang_help = QT_TRANSLATE_NOOP("cli", "language of the policy (default: Vietnamese)")
    p.add_argument("--lang", dest="doc_lang", choices=LANGS, default=None, help=lang_help)
    set_handler(p, run_draft)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "publish a version of the policy from a file; a published version never changes"
    )
    p = group.add_parser("publish", help=help_text, description=help_text)
    p.add_argument("--label", required=True, metavar="L")
    p.add_argument("--effective", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--file", required=True, metavar="FILE")
    set_handler(p, run_publish, text="--file", label="--label")

    help_text = QT_TRANSLATE_NOOP("cli", "the published versions")
    p = group.add_parser("list", help=help_text, description=help_text)
    set_handler(p, run_list)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "a version's text (the one in force by default), as a PDF or a web page if asked"
    )
    p = group.add_parser("show", help=help_text, description=help_text)
    p.add_argument("label", nargs="?", metavar="LABEL")
    p.add_argument("--pdf", metavar="FILE.pdf")
    p.add_argument("--html", metavar="FILE.html")
    set_handler(p, run_show)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "compare what the app records with the policy in force; exit 1 listing each "
        "contradiction (director)",
    )
    p = group.add_parser("check", help=help_text, description=help_text)
    set_handler(p, run_check)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "customers who agreed under an older version: the letters (PDF, one per customer) and "
        "the email telling them what changed (director)",
    )
    p = group.add_parser("notice", help=help_text, description=help_text)
    p.add_argument("--pdf", metavar="FILE.pdf")
    p.add_argument("--email", metavar="FILE.txt")
    set_handler(p, run_notice)

    help_text = QT_TRANSLATE_NOOP("cli", "the register of processing purposes")
    p = group.add_parser("purposes", help=help_text, description=help_text)
    set_handler(p, run_purposes)


@contextmanager
def _writing(path: str | Path) -> Iterator[None]:
    """A file that cannot be written (no such folder, no right) is a stated refusal."""
    try:
        yield
    except OSError as err:
        raise CliProblem(
            1, QT_TRANSLATE_NOOP("cli", "Cannot write {path}."), path=str(path)
        ) from err


def _lang(ctx: CliContext, chosen: str | None = None) -> str:
    return chosen or ("en" if ctx.out.catalog.language == "en" else "vi")


def _version_data(v: PolicyVersion) -> dict[str, object]:
    return {"id": v.id, "label": v.label, "effective_on": v.effective_on.isoformat()}


def _param_words(ctx: CliContext, name: str, value: str) -> str:
    """A code in a finding in the reader's words (the JSON keeps the codes)."""
    out, lang = ctx.out, _lang(ctx)
    if name == "field":
        return word(FIELD_WORDS, lang, value)
    if name == "country":
        return country(lang, value)
    if name == "purpose" and value in set(Purpose):
        return out.tr(Purpose(value).label, context="consents")
    if name == "channel" and value in set(Channel):
        return out.tr(Channel(value).label, context="requests")
    return value


def _contradiction_data(ctx: CliContext, c: Contradiction) -> dict[str, object]:
    out = ctx.out
    words = {name: _param_words(ctx, name, value) for name, value in c.params.items()}
    return {
        "code": c.code,
        "message": out.tr(c.message, context="policy", **words),
        "params": c.params,
        "fix_policy": out.tr(c.fix_policy, context="policy") if c.fix_policy else "",
        "fix_practice": out.tr(c.fix_practice, context="policy") if c.fix_practice else "",
    }


def run_draft(ctx: CliContext) -> int:
    """Director only. Audit: ``policy_drafted`` (the service)."""
    a = ctx.args
    services, actor = ctx.sign_in()
    text = services.policies.draft(actor, _lang(ctx, a.doc_lang))
    path = Path(a.out)
    with _writing(path):
        atomic_private_write(path, text.encode("utf-8"))
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path}."), path=path)
    ctx.out.result({"path": str(path)})
    return 0


def run_publish(ctx: CliContext) -> int:
    """Director only. Audit: ``policy_version_added`` and ``policy_checked`` (the service).
    Contradictions found at publishing are listed as warnings; the version is published."""
    a = ctx.args
    effective = parse_date(a.effective, "--effective")
    assert effective is not None  # required
    try:
        text = Path(a.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CliProblem(1, QT_TRANSLATE_NOOP("cli", "Cannot read {path}."), path=a.file) from err
    services, actor = ctx.sign_in()
    version, found = services.policies.publish_checked(actor, a.label, effective, text)
    out = ctx.out
    for c in found:
        text = out.tr(c.message, context="policy", **c.params)
        out.warn(QT_TRANSLATE_NOOP("cli", "Contradiction: {text}"), text=text)
    data = _version_data(version) | {"contradictions": [_contradiction_data(ctx, c) for c in found]}
    out.result(
        data,
        out.tr(QT_TRANSLATE_NOOP("cli", "Published policy {label}, in force from {day}."),
               label=version.label, day=version.effective_on.isoformat()),
    )  # fmt: skip
    return 0


def run_list(ctx: CliContext) -> int:
    """Every role. Not audited (the shop's own text)."""
    services, _actor = ctx.sign_in()
    versions = services.policies.list_versions()
    current = services.policies.current_version()
    rows = [
        (v.label, v.effective_on.isoformat(), "*" if current and v.id == current.id else "")
        for v in versions
    ]
    out = ctx.out
    headers = (out.tr(QT_TRANSLATE_NOOP("cli", "Version")),
               out.tr(QT_TRANSLATE_NOOP("cli", "In force from")),
               out.tr(QT_TRANSLATE_NOOP("cli", "In force now")))  # fmt: skip
    data = [_version_data(v) | {"in_force": bool(current and v.id == current.id)} for v in versions]
    out.result(data, table(headers, rows))
    return 0


def run_show(ctx: CliContext) -> int:
    """Every role. The PDF is audited (``report_exported``); the text and HTML are the shop's
    own words and are not."""
    a = ctx.args
    services, actor = ctx.sign_in()
    if a.label:
        version = services.policies.version_by_label(a.label)
    else:
        found = services.policies.current_version()
        if found is None:
            raise CliProblem(1, QT_TRANSLATE_NOOP("cli", "No privacy policy is in force yet."))
        version = found
    out = ctx.out
    lang = _lang(ctx)
    data = _version_data(version) | {"text": version.text}
    if a.pdf:
        with _writing(a.pdf):
            pages = export_policy_pdf(services, actor, version, Path(a.pdf), lang)
        out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=a.pdf, pages=pages)
        data["pdf"] = a.pdf
    if a.html:
        page = policy_html(version, services.shop.profile().name, lang)
        with _writing(a.html):
            atomic_private_write(Path(a.html), page.encode("utf-8"))
        out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path}."), path=a.html)
        data["html"] = a.html
    out.result(data, None if (a.pdf or a.html) else version.text.rstrip())
    return 0


def run_check(ctx: CliContext) -> int:
    """Director only. Exit 0 when practice agrees with the policy in force, 1 listing each
    contradiction. Audit: ``policy_checked`` (the service)."""
    services, actor = ctx.sign_in()
    found = services.policies.check(actor)
    out = ctx.out
    data = [_contradiction_data(ctx, c) for c in found]
    if not found:
        clean = QT_TRANSLATE_NOOP("cli", "The app's records agree with the policy in force.")
        out.result(data, out.tr(clean))
        return 0
    fix_policy = QT_TRANSLATE_NOOP("cli", "Fix the policy: {fix}")
    fix_practice = QT_TRANSLATE_NOOP("cli", "Or fix the practice: {fix}")
    lines = []
    for item in data:
        lines.append(f"- {item['message']}")
        for key, source in (("fix_policy", fix_policy), ("fix_practice", fix_practice)):
            if item[key]:
                lines.append("    " + out.tr(source, fix=item[key]))
    out.result(data, "\n".join(lines))
    return 1


def run_notice(ctx: CliContext) -> int:
    """Director only. Audit: ``outdated_consents_listed``; with --pdf ``customer_printed`` per
    customer and ``report_exported`` (the services)."""
    a = ctx.args
    services, actor = ctx.sign_in()
    ids = services.policies.customers_on_older_versions(actor)
    lang = _lang(ctx)
    notice = services.policies.change_notice(actor, lang)
    out = ctx.out
    data: dict[str, object] = {"customer_ids": ids, "changes": notice.changes,
                               "email_subject": notice.email_subject}  # fmt: skip
    if a.pdf and ids:
        with _writing(a.pdf):
            pages = export_change_notice_pdf(services, actor, ids, Path(a.pdf), lang)
        out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=a.pdf, pages=pages)
        data["pdf"] = a.pdf
    if a.email:
        text = f"{notice.email_subject}\n\n{notice.email_body}"
        with _writing(a.email):
            atomic_private_write(Path(a.email), text.encode("utf-8"))
        out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path}."), path=a.email)
        data["email"] = a.email
    human = out.tr(
        QT_TRANSLATE_NOOP("cli", "{count} customer(s) agreed under an older version."),
        count=len(ids),
    )
    out.result(data, "\n".join([human, *(f"- {c}" for c in notice.changes)]))
    return 0


def run_purposes(ctx: CliContext) -> int:
    """Every role. Not audited (the shop's own register)."""
    services, actor = ctx.sign_in()
    purposes = services.policies.purposes(actor)
    out = ctx.out
    data = [{"id": p.id, "key": p.key, "name": p.name, "basis": p.basis.value,
             "data_used": list(p.data_used), "retention": p.retention,
             "retention_months": p.retention_months, "active": p.active,
             "consent_purpose": p.consent_purpose.value if p.consent_purpose else None}
            for p in purposes]  # fmt: skip
    lang = _lang(ctx)
    rows = [(p.key, purpose_name(p, lang), out.tr(p.basis.label, context="policy"),
             purpose_retention(p, lang)) for p in purposes]  # fmt: skip
    headers = (
        out.tr(QT_TRANSLATE_NOOP("cli", "Code")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Purpose")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Legal basis")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Kept")),
    )
    out.result(data, table(headers, rows))
    return 0
