"""``consent set|opt-out``: recording a customer's consent or its withdrawal from a script."""

from __future__ import annotations

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.consents import (
    ConsentChange,
    ConsentMethod,
    ConsentNotice,
    ConsentRecord,
    Purpose,
    default_notice,
)
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "consent",
        QT_TRANSLATE_NOOP("cli", "customers' consents (sales, customer care, director)"),
        dest="consent_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "record a grant or a withdrawal for one purpose; a grant records the policy version in "
        "force and the shop's standard wording of what the customer was told",
    )
    p = group.add_parser("set", help=help_text, description=help_text)
    p.add_argument("customer_id", type=int, metavar="ID")
    p.add_argument("--purpose", required=True, choices=[x.value for x in Purpose])
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--grant", action="store_true", help=QT_TRANSLATE_NOOP("cli", "agreed"))
    which.add_argument(
        "--withdraw", action="store_true", help=QT_TRANSLATE_NOOP("cli", "no longer agrees")
    )
    p.add_argument(
        "--channel",
        choices=[m.value for m in ConsentMethod],
        help=QT_TRANSLATE_NOOP(
            "cli", "how the customer said it (default: signed_form for a grant, else in_person)"
        ),
    )
    p.add_argument(
        "--policy-version",
        metavar="LABEL",
        help=QT_TRANSLATE_NOOP(
            "cli", "the privacy policy version shown (default: the one in force)"
        ),
    )
    p.add_argument(
        "--told-purpose",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("cli", "the purpose as told, if not the standard wording"),
    )
    p.add_argument(
        "--told-channel", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "the channel as told")
    )
    p.add_argument(
        "--told-frequency", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "how often, as told")
    )
    set_handler(p, run_set, notice="--told-frequency", policy_version="--policy-version")

    help_text = QT_TRANSLATE_NOOP(
        "cli", "withdraw every marketing consent of a customer at once (opt-out)"
    )
    p = group.add_parser("opt-out", help=help_text, description=help_text)
    p.add_argument("customer_id", type=int, metavar="ID")
    p.add_argument(
        "--channel", default=ConsentMethod.IN_PERSON.value, choices=[m.value for m in ConsentMethod]
    )
    set_handler(p, run_opt_out)


def _record_data(r: ConsentRecord) -> dict[str, object]:
    return {"id": r.id, "customer_id": r.customer_id, "purpose": r.purpose.value,
            "granted": r.granted, "at": r.at, "method": r.method.value,
            "policy_version_id": r.policy_version_id}  # fmt: skip


def run_set(ctx: CliContext) -> int:
    """Grants: sales, care, director; withdrawals also whoever may mark opt-outs. Audit:
    ``consent_recorded`` (the service)."""
    a = ctx.args
    purpose = Purpose(a.purpose)
    default_method = ConsentMethod.SIGNED_FORM if a.grant else ConsentMethod.IN_PERSON
    method = ConsentMethod(a.channel) if a.channel else default_method
    services, actor = ctx.sign_in()
    out = ctx.out
    change = ConsentChange(purpose, False, method)
    if a.grant:
        versions = services.policies.list_versions()
        chosen = (
            next((v for v in versions if v.label == a.policy_version), None)
            if a.policy_version
            else services.policies.current_version()
        )
        if chosen is None:
            raise CliProblem(
                1,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "No such privacy policy version. The director records versions first; "
                    "a grant names the one the customer was shown.",
                ),
            )
        standard = default_notice(purpose)
        notice = ConsentNotice(
            a.told_purpose or out.tr(standard.purpose, context="consents"),
            a.told_channel or out.tr(standard.channel, context="consents"),
            a.told_frequency or out.tr(standard.frequency, context="consents"),
        )
        change = ConsentChange(purpose, True, method, notice, chosen.id)
    record = services.consents.record_consent(actor, a.customer_id, change)
    text = (
        QT_TRANSLATE_NOOP("cli", "Consent recorded for customer #{id}: {purpose}.")
        if record.granted
        else QT_TRANSLATE_NOOP("cli", "Withdrawal recorded for customer #{id}: {purpose}.")
    )
    purpose_text = out.tr(purpose.label, context="consents")
    out.result(_record_data(record), out.tr(text, id=a.customer_id, purpose=purpose_text))
    return 0


def run_opt_out(ctx: CliContext) -> int:
    """Sales, care, director. Audit: ``consent_recorded`` per purpose withdrawn (the service)."""
    a = ctx.args
    services, actor = ctx.sign_in()
    records = services.consents.opt_out(actor, a.customer_id, ConsentMethod(a.channel))
    out = ctx.out
    out.result(
        [_record_data(r) for r in records],
        out.tr(
            QT_TRANSLATE_NOOP(
                "cli", "Customer #{id} opted out: {count} marketing consent(s) withdrawn."
            ),
            id=a.customer_id,
            count=len(records),
        ),
    )
    return 0
