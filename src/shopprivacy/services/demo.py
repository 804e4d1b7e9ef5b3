"""The practice (demo) shop: a throwaway database filled with invented Vietnamese customers.

Everything goes through the real services, so the demo shows exactly what a shop would see: the
audit log, deadlines, masking per role. The database is marked ``vault_meta.demo``, which puts
DEMO on every printed page. Its device secret lives in this process only (``DemoDeviceStore``),
so nothing of a demo reaches the PC's keyring and the file opens nowhere once the app exits.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from shopprivacy.domain.breaches import DataCategory, NewBreach
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose, default_notice
from shopprivacy.domain.demo_data import sample_customers
from shopprivacy.domain.disclosures import (
    Basis,
    DisclosedField,
    NewDisclosure,
    PartnerDraft,
    PartnerKind,
)
from shopprivacy.domain.requests import Channel, IdentityMethod, NewRequest, RequestType
from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.domain.staff import Actor, NewStaff, Role, ShopProfile
from shopprivacy.security.device import DeviceSecret, KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.actors import issue_actor
from shopprivacy.services.setup import create_vault
from shopprivacy.storage.database import Database

# One password for the three practice accounts, shown on the sign-in screen of a demo. It is
# only ever used on a database that is deleted when the app closes.
DEMO_PASSWORD = "Demo#Cua-so-xanh-2026"
SHOP = ShopProfile(
    name="Điện máy Ánh Dương (cửa hàng thử nghiệm)",
    address="123 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh",
    phone="028 3822 0000",
    email="cskh@anhduong.example",
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    full_name: str


DEMO_ACCOUNTS = (
    DemoAccount("giamdoc", Role.DIRECTOR, "Phạm Minh Châu"),
    DemoAccount("banhang", Role.SALES, "Lê Thu Hà"),
    DemoAccount("cskh", Role.CARE, "Trần Quốc Bảo"),
)


class DemoDeviceStore(KeyringDeviceStore):
    """A device secret held in memory for this run only: the demo never writes to the keyring."""

    def __init__(self) -> None:
        self._secrets: dict[str, DeviceSecret] = {}
        self._notes: dict[tuple[str, str], str] = {}

    @property
    def available(self) -> bool:
        return True

    @property
    def backend_name(self) -> str:
        return "demo (memory)"

    def load(self, vault_id: str) -> DeviceSecret | None:
        return self._secrets.get(vault_id)

    def enroll(self, vault_id: str) -> DeviceSecret:
        secret = DeviceSecret(uuid.uuid4().hex, os.urandom(32))
        self._secrets[vault_id] = secret
        return secret

    def recall(self, vault_id: str, name: str) -> str | None:
        return self._notes.get((vault_id, name))

    def remember(self, vault_id: str, name: str, value: str) -> None:
        self._notes[(vault_id, name)] = value


@dataclass(frozen=True)
class DemoShop:
    services: Services
    actors: dict[Role, Actor]
    customer_ids: list[int]
    request_ids: dict[str, int]


def build_demo(
    db: Database,
    devices: KeyringDeviceStore,
    customers: int = 150,
    progress: Callable[[int, int], None] | None = None,
) -> DemoShop:
    """Create the demo database at ``db`` (which must not exist) and fill it; ``progress(done,
    total)`` hears of each step (the accounts, each customer, the requests, the rest).

    Who may call: the app's ``--demo`` start-up and tests, on a fresh throwaway database.
    Audit: whatever each real service writes (vault creation, staff, customers, orders, consents,
    requests, a disclosure, a breach), exactly as in a shop.
    """
    count = max(customers, 20)  # the requests below need a few customers, two with consent
    total = count + 3
    step = progress or (lambda _done, _total: None)
    step(0, total)
    director_info = DEMO_ACCOUNTS[0]
    setup = create_vault(
        db,
        devices,
        SHOP,
        NewStaff(director_info.username, Role.DIRECTOR, director_info.full_name),
        DEMO_PASSWORD,
        demo=True,
    )
    services = Services(setup.vault)
    actors = {Role.DIRECTOR: setup.actor}
    for account in DEMO_ACCOUNTS[1:]:
        actors[account.role] = _add_account(services, setup.actor, account)
    step(1, total)
    today = shop_today(setup.vault.now())  # the shop's day, not UTC's
    # The policy drafted from the shop's own settings, as the wizard offers on day one.
    text = services.policies.draft(setup.actor)
    policy = services.policies.add_version(
        setup.actor, "2026-01", text, min(date(2026, 1, 1), today)
    ).id
    ids = _add_customers(
        services, actors[Role.SALES], policy, count, today, lambda n: step(1 + n, total)
    )
    requests = _add_requests(services, actors, ids)
    step(total - 1, total)
    _add_disclosure_and_breach(services, actors, ids, today)
    step(total, total)
    return DemoShop(services, actors, ids, requests)


def _add_account(services: Services, director: Actor, account: DemoAccount) -> Actor:
    """Added by the director like any account, then its first-sign-in change done at once so the
    practice accounts open straight on their screens."""
    first = DEMO_PASSWORD + "-1"
    info = services.staff.add_staff(
        director, NewStaff(account.username, account.role, account.full_name), first
    )
    # Issued as a sign-in would: the practice accounts act through the same checks.
    actor = issue_actor(services.vault, info.id, account.username, account.role)
    services.staff.change_own_password(actor, first, DEMO_PASSWORD)
    return actor


def _add_customers(
    services: Services,
    sales: Actor,
    policy: int,
    count: int,
    today: date,
    added: Callable[[int], None],
) -> list[int]:
    ids = []
    for sample in sample_customers(count, today):
        made = services.customers.create_customer(sales, sample.draft)
        ids.append(made.id)
        for order in sorted(sample.orders, key=lambda o: o.sold_on):
            services.orders.add_order(sales, made.id, order)
        _grant(services, sales, made.id, sample.consents, policy)
        added(len(ids))
    return ids


def _grant(
    services: Services, actor: Actor, customer_id: int, purposes: Iterable[Purpose], policy: int
) -> None:
    for purpose in purposes:
        change = ConsentChange(
            purpose, True, ConsentMethod.SIGNED_FORM, default_notice(purpose), policy
        )
        services.consents.record_consent(actor, customer_id, change)


def _add_requests(services: Services, actors: dict[Role, Actor], ids: list[int]) -> dict[str, int]:
    """One request of each kind, in the states a care desk meets: new, being worked, waiting for
    the director, overdue (received weeks ago, back-dated as a late-logged letter would be), and
    one from someone not yet matched to a customer. Plus one marketing opt-out at the desk."""
    care, sales = actors[Role.CARE], actors[Role.SALES]
    flow = services.requests
    now = services.vault.now()
    made: dict[str, int] = {}

    def open_(key: str, kind: RequestType, channel: Channel, days_ago: int, **kw: object) -> int:
        new = NewRequest(kind, channel, received_at=now - timedelta(days=days_ago), **kw)  # type: ignore[arg-type]
        made[key] = flow.open_request(care, new).id
        return made[key]

    open_("access_new", RequestType.ACCESS, Channel.PHONE, 0, customer_id=ids[0],
          note="Khách muốn biết cửa hàng đang giữ những thông tin gì của mình.")  # fmt: skip
    late = open_("access_overdue", RequestType.ACCESS, Channel.LETTER, 16, customer_id=ids[1],
                 note="Thư tay gửi qua bưu điện, xin bản sao dữ liệu.")  # fmt: skip
    flow.record_identity_check(care, late, IdentityMethod.ID_DOCUMENT)
    fix = open_("correction", RequestType.CORRECTION, Channel.IN_PERSON, 3, customer_id=ids[2],
                note="Khách đã chuyển nhà, xin sửa địa chỉ.")  # fmt: skip
    flow.record_identity_check(care, fix, IdentityMethod.ID_DOCUMENT)
    flow.start(care, fix)
    erase = open_("deletion", RequestType.DELETION, Channel.EMAIL, 5, customer_id=ids[3],
                  note="Khách không mua nữa, đề nghị xóa toàn bộ thông tin.")  # fmt: skip
    flow.record_identity_check(care, erase, IdentityMethod.EMAIL_ON_FILE)
    flow.start(care, erase)
    flow.request_approval(care, erase, "Đã kiểm tra: không còn bảo hành đang hiệu lực.")
    # A withdrawal takes effect on marketing the moment it is logged.
    consenting = _customers_with_consent(services, care, ids[7:])
    with_consent = consenting[0]
    open_("withdrawal", RequestType.WITHDRAWAL, Channel.PHONE, 1, customer_id=with_consent,
          note="Khách không muốn nhận tin khuyến mãi nữa.")  # fmt: skip
    calls = "Khách phàn nàn bị gọi điện quảng cáo nhiều lần."
    complaint = open_("complaint_overdue", RequestType.COMPLAINT, Channel.EMAIL, 30,
                      customer_id=ids[5], note=calls)  # fmt: skip
    flow.acknowledge(care, complaint)
    open_("unmatched", RequestType.ACCESS, Channel.WEB_FORM, 1,
          requester_name="Trương Thị Bích", requester_contact="0909 555 123",
          note="Gửi qua trang web, chưa rõ là khách nào.")  # fmt: skip
    # And one customer who opted out of everything at the desk, without a formal request.
    services.consents.opt_out(sales, consenting[1], ConsentMethod.IN_PERSON)
    return made


def _add_disclosure_and_breach(
    services: Services, actors: dict[Role, Actor], ids: list[int], today: date
) -> None:
    """An installer the shop shares addresses with under a contract, one disclosure to it, and
    one breach found yesterday evening, still inside its 72-hour clock."""
    director = actors[Role.DIRECTOR]
    installer = services.partners.add_partner(
        director,
        PartnerDraft(
            PartnerKind.INSTALLER,
            "Công ty TNHH Điện lạnh Minh Phát",
            "0903 111 222",
            today - timedelta(days=300),
            today + timedelta(days=400),
            "HĐ-LĐ-2026/01",
        ),
    )
    services.disclosures.record_disclosure(
        actors[Role.SALES],
        NewDisclosure(
            (ids[8],),
            installer.id,
            (DisclosedField.NAME, DisclosedField.PHONE, DisclosedField.ADDRESS),
            Basis.CONTRACT,
            "Lắp đặt điều hòa tại nhà khách.",
        ),
    )
    now = services.vault.now()
    services.breaches.record_breach(
        director,
        NewBreach(
            happened_at=now - timedelta(hours=26),
            found_at=now - timedelta(hours=20),
            categories=(DataCategory.NAMES, DataCategory.PHONES),
            customer_ids=tuple(ids[10:20]),
            description="Nhân viên gửi nhầm danh sách 10 khách (tên, số điện thoại) vào nhóm Zalo.",
            measures="Đã yêu cầu xóa tin nhắn, nhắc nhở nhân viên.",
        ),
    )


def _customers_with_consent(services: Services, actor: Actor, ids: list[int]) -> list[int]:
    """The first two customers who agreed to some marketing (the sample always has some)."""
    found = []
    for customer_id in ids:
        if any(services.consents.consent_state(actor, customer_id).values()):
            found.append(customer_id)
            if len(found) == 2:
                break
    return found
