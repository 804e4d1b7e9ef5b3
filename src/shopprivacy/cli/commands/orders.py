"""``order add``: record what was sold or installed for a customer, as at the sales desk."""

from __future__ import annotations

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.domain.orders import NewOrder
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "order",
        QT_TRANSLATE_NOOP("cli", "orders: what was sold or installed (the sales desk)"),
        dest="order_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli", "record an order for a customer (sales and director); prints the order id"
    )
    p = group.add_parser("add", help=help_text, description=help_text)
    p.add_argument(
        "customer_id",
        type=int,
        metavar="CUSTOMER_ID",
        help=QT_TRANSLATE_NOOP("cli", "the customer's number"),
    )
    p.add_argument(
        "--item",
        required=True,
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("cli", "what was sold or installed"),
    )
    p.add_argument(
        "--sold-on",
        required=True,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the sale date (not in the future)"),
    )
    p.add_argument(
        "--warranty-months",
        type=int,
        default=0,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "months of warranty (default 0: none)"),
    )
    set_handler(
        p, run_add, description="--item", sold_on="--sold-on", warranty_months="--warranty-months"
    )


def run_add(ctx: CliContext) -> int:
    """Sales or director. Audit: ``order_added`` (the service)."""
    a = ctx.args
    sold_on = parse_date(a.sold_on, "--sold-on")
    assert sold_on is not None  # a required option
    services, actor = ctx.sign_in()
    made = services.orders.add_order(
        actor, a.customer_id, NewOrder(sold_on, a.item, a.warranty_months)
    )
    out = ctx.out
    out.result(
        {"id": made.id},
        out.tr(
            QT_TRANSLATE_NOOP("cli", "Order #{id} added for customer #{customer}."),
            id=made.id,
            customer=made.customer_id,
        ),
    )
    return 0
