"""The use cases. Each checks permission, owns its transaction and writes the audit log; the GUI
and ``shopprivacy-admin`` call only these."""

from __future__ import annotations

from shopprivacy.services.access_review import AccessReviewService
from shopprivacy.services.audit import AuditService
from shopprivacy.services.backup import BackupService
from shopprivacy.services.breaches import BreachService
from shopprivacy.services.consents import ConsentService
from shopprivacy.services.customer_rules import CustomerRulesService
from shopprivacy.services.customers import CustomerService
from shopprivacy.services.desk_enrolment import DeskEnrolmentService
from shopprivacy.services.disclosures import DisclosureService
from shopprivacy.services.importing import ImportService
from shopprivacy.services.marketing import MarketingService
from shopprivacy.services.orders import OrderService
from shopprivacy.services.overview import OverviewService
from shopprivacy.services.partners import PartnerService
from shopprivacy.services.policies import PolicyService
from shopprivacy.services.recovery_codes import RecoveryCodeService
from shopprivacy.services.requests import RequestService
from shopprivacy.services.retention import RetentionService
from shopprivacy.services.settings import SettingsService
from shopprivacy.services.shop import ShopService
from shopprivacy.services.staff import StaffService
from shopprivacy.services.vault import Vault


class Services:
    """Every service over one unlocked vault; built once per sign-in by the front end."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.audit = AuditService(vault)
        self.access_review = AccessReviewService(vault)
        self.overview = OverviewService(vault)
        self.backup = BackupService(vault)
        self.settings = SettingsService(vault)
        self.shop = ShopService(vault)
        self.staff = StaffService(vault)
        self.customers = CustomerService(vault)
        self.customer_rules = CustomerRulesService(vault)
        self.consents = ConsentService(vault)
        self.orders = OrderService(vault)
        self.policies = PolicyService(vault)
        self.marketing = MarketingService(vault)
        self.importer = ImportService(vault)
        self.requests = RequestService(vault)
        self.retention = RetentionService(vault)
        self.partners = PartnerService(vault)
        self.disclosures = DisclosureService(vault)
        self.breaches = BreachService(vault)
        self.recovery = RecoveryCodeService(vault)
        self.desk_enrolment = DeskEnrolmentService(vault)
