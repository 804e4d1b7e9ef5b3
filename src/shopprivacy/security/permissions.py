"""The one permission table: the service layer enforces it, the screens read it to hide actions."""

from __future__ import annotations

from enum import StrEnum

from shopprivacy.domain.staff import Role


class Permission(StrEnum):
    # Every role
    FIND_CUSTOMER = "find_customer"
    VIEW_CUSTOMER = "view_customer"
    CHANGE_OWN_PASSWORD = "change_own_password"
    # Sales desk
    CREATE_CUSTOMER = "create_customer"
    EDIT_CUSTOMER = "edit_customer"
    MANAGE_ORDERS = "manage_orders"
    VIEW_FULL_CONTACT = "view_full_contact"
    EXPORT_MARKETING = "export_marketing"
    IMPORT_CUSTOMERS = "import_customers"
    RECORD_PARTNER_DISCLOSURE = "record_partner_disclosure"
    # Sales and customer care
    RECORD_CONSENT = "record_consent"
    # Customer care
    WORK_REQUESTS = "work_requests"
    MARK_OPT_OUT = "mark_opt_out"
    PRINT_CUSTOMER_REPORT = "print_customer_report"
    # The director alone
    MANAGE_STAFF = "manage_staff"
    CHANGE_SETTINGS = "change_settings"
    VIEW_ACCESS_REVIEW = "view_access_review"
    VERIFY_AUDIT = "verify_audit"
    VIEW_OVERVIEW = "view_overview"
    APPROVE_DISCLOSURE = "approve_disclosure"
    APPROVE_DELETION = "approve_deletion"
    MANAGE_PARTNERS = "manage_partners"
    MANAGE_POLICY_VERSIONS = "manage_policy_versions"
    MANAGE_BREACHES = "manage_breaches"
    PRINT_DISCLOSURE_REPORTS = "print_disclosure_reports"
    BACKUP_RESTORE = "backup_restore"
    PURGE_RETENTION = "purge_retention"
    REPLACE_RECOVERY_CODE = "replace_recovery_code"
    ENROLL_DESK = "enroll_desk"


_EVERYONE = {Permission.FIND_CUSTOMER, Permission.VIEW_CUSTOMER, Permission.CHANGE_OWN_PASSWORD}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.DIRECTOR: frozenset(Permission),
    Role.SALES: frozenset(
        _EVERYONE
        | {
            Permission.CREATE_CUSTOMER,
            Permission.EDIT_CUSTOMER,
            Permission.MANAGE_ORDERS,
            Permission.VIEW_FULL_CONTACT,
            Permission.EXPORT_MARKETING,
            Permission.IMPORT_CUSTOMERS,
            Permission.RECORD_PARTNER_DISCLOSURE,
            Permission.RECORD_CONSENT,
        }
    ),
    Role.CARE: frozenset(
        _EVERYONE
        | {
            Permission.RECORD_CONSENT,
            Permission.WORK_REQUESTS,
            Permission.MARK_OPT_OUT,
            Permission.PRINT_CUSTOMER_REPORT,
        }
    ),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]
