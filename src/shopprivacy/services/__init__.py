"""The use cases. Each checks permission, owns its transaction and writes the audit log; the GUI
and ``shopprivacy-admin`` call only these."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    """Every service over one unlocked vault; built once per sign-in by the front end.

    Each service is made (and its module imported) the first time it is used, so a command or
    a window pays only for the services it calls.
    """

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @cached_property
    def audit(self) -> AuditService:
        from shopprivacy.services.audit import AuditService

        return AuditService(self.vault)

    @cached_property
    def access_review(self) -> AccessReviewService:
        from shopprivacy.services.access_review import AccessReviewService

        return AccessReviewService(self.vault)

    @cached_property
    def overview(self) -> OverviewService:
        from shopprivacy.services.overview import OverviewService

        return OverviewService(self.vault)

    @cached_property
    def backup(self) -> BackupService:
        from shopprivacy.services.backup import BackupService

        return BackupService(self.vault)

    @cached_property
    def settings(self) -> SettingsService:
        from shopprivacy.services.settings import SettingsService

        return SettingsService(self.vault)

    @cached_property
    def shop(self) -> ShopService:
        from shopprivacy.services.shop import ShopService

        return ShopService(self.vault)

    @cached_property
    def staff(self) -> StaffService:
        from shopprivacy.services.staff import StaffService

        return StaffService(self.vault)

    @cached_property
    def customers(self) -> CustomerService:
        from shopprivacy.services.customers import CustomerService

        return CustomerService(self.vault)

    @cached_property
    def customer_rules(self) -> CustomerRulesService:
        from shopprivacy.services.customer_rules import CustomerRulesService

        return CustomerRulesService(self.vault)

    @cached_property
    def consents(self) -> ConsentService:
        from shopprivacy.services.consents import ConsentService

        return ConsentService(self.vault)

    @cached_property
    def orders(self) -> OrderService:
        from shopprivacy.services.orders import OrderService

        return OrderService(self.vault)

    @cached_property
    def policies(self) -> PolicyService:
        from shopprivacy.services.policies import PolicyService

        return PolicyService(self.vault)

    @cached_property
    def marketing(self) -> MarketingService:
        from shopprivacy.services.marketing import MarketingService

        return MarketingService(self.vault)

    @cached_property
    def importer(self) -> ImportService:
        from shopprivacy.services.importing import ImportService

        return ImportService(self.vault)

    @cached_property
    def requests(self) -> RequestService:
        from shopprivacy.services.requests import RequestService

        return RequestService(self.vault)

    @cached_property
    def retention(self) -> RetentionService:
        from shopprivacy.services.retention import RetentionService

        return RetentionService(self.vault)

    @cached_property
    def partners(self) -> PartnerService:
        from shopprivacy.services.partners import PartnerService

        return PartnerService(self.vault)

    @cached_property
    def disclosures(self) -> DisclosureService:
        from shopprivacy.services.disclosures import DisclosureService

        return DisclosureService(self.vault)

    @cached_property
    def breaches(self) -> BreachService:
        from shopprivacy.services.breaches import BreachService

        return BreachService(self.vault)

    @cached_property
    def recovery(self) -> RecoveryCodeService:
        from shopprivacy.services.recovery_codes import RecoveryCodeService

        return RecoveryCodeService(self.vault)

    @cached_property
    def desk_enrolment(self) -> DeskEnrolmentService:
        from shopprivacy.services.desk_enrolment import DeskEnrolmentService

        return DeskEnrolmentService(self.vault)
