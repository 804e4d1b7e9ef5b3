"""Plain names for audit actions and the kinds of record they touch, for reports and the access
review screen. An action without a name here (added later by another area) shows its code."""

from __future__ import annotations

from shopprivacy.domain.audit import Action
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.text import tr

ACTION_LABELS: dict[str, str] = {
    Action.VAULT_CREATED: QT_TRANSLATE_NOOP("reports", "Database created"),
    Action.SIGNED_IN: QT_TRANSLATE_NOOP("reports", "Signed in"),
    Action.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("reports", "Failed sign-in"),
    Action.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP("reports", "Account locked"),
    Action.ACCOUNT_UNLOCKED: QT_TRANSLATE_NOOP("reports", "Account unlocked"),
    Action.SIGNED_OUT: QT_TRANSLATE_NOOP("reports", "Signed out"),
    Action.SCREEN_LOCKED: QT_TRANSLATE_NOOP("reports", "Screen locked"),
    Action.RECOVERED: QT_TRANSLATE_NOOP("reports", "Access recovered with the recovery code"),
    Action.RECOVERY_FAILED: QT_TRANSLATE_NOOP("reports", "Wrong recovery code typed"),
    Action.DEVICE_ENROLLED: QT_TRANSLATE_NOOP("reports", "Computer enrolled"),
    Action.PERMISSION_REFUSED: QT_TRANSLATE_NOOP("reports", "Refused: not allowed for the role"),
    Action.STAFF_ADDED: QT_TRANSLATE_NOOP("reports", "Staff account added"),
    Action.STAFF_DEACTIVATED: QT_TRANSLATE_NOOP("reports", "Staff account deactivated"),
    Action.STAFF_PASSWORD_RESET: QT_TRANSLATE_NOOP("reports", "Staff password reset"),
    Action.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("reports", "Own password changed"),
    Action.STAFF_VIEWED: QT_TRANSLATE_NOOP("reports", "Staff list viewed"),
    Action.SETTING_CHANGED: QT_TRANSLATE_NOOP("reports", "Setting changed"),
    Action.SHOP_PROFILE_CHANGED: QT_TRANSLATE_NOOP("reports", "Shop details changed"),
    Action.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("reports", "Audit log checked"),
    Action.AUDIT_VIEWED: QT_TRANSLATE_NOOP("reports", "Audit log viewed"),
    Action.RECORD_DAMAGED: QT_TRANSLATE_NOOP("reports", "Damaged record found"),
    Action.CUSTOMER_CREATED: QT_TRANSLATE_NOOP("reports", "Customer added"),
    Action.CUSTOMER_UPDATED: QT_TRANSLATE_NOOP("reports", "Customer changed"),
    Action.CUSTOMER_VIEWED: QT_TRANSLATE_NOOP("reports", "Customer opened"),
    Action.CUSTOMER_PRINTED: QT_TRANSLATE_NOOP("reports", "Customer printed"),
    Action.CUSTOMER_SEARCHED: QT_TRANSLATE_NOOP("reports", "Search by full phone or email"),
    Action.ORDER_ADDED: QT_TRANSLATE_NOOP("reports", "Order added"),
    Action.CONSENT_RECORDED: QT_TRANSLATE_NOOP("reports", "Consent recorded"),
    Action.POLICY_VERSION_ADDED: QT_TRANSLATE_NOOP("reports", "Policy version added"),
    Action.OUTDATED_CONSENTS_LISTED: QT_TRANSLATE_NOOP("reports", "Outdated consents listed"),
    Action.POLICY_DRAFTED: QT_TRANSLATE_NOOP("reports", "Privacy policy drafted"),
    Action.POLICY_CHECKED: QT_TRANSLATE_NOOP("reports", "Privacy policy checked against practice"),
    Action.PROCESSING_PURPOSE_SAVED: QT_TRANSLATE_NOOP("reports", "Processing purpose saved"),
    Action.PROCESSING_STOPPED: QT_TRANSLATE_NOOP("reports", "Processing stopped for a customer"),
    Action.PROCESSING_REFUSED: QT_TRANSLATE_NOOP("reports", "Processing refused: no basis left"),
    Action.MARKETING_EXPORTED: QT_TRANSLATE_NOOP("reports", "Marketing list exported"),
    Action.CUSTOMERS_IMPORTED: QT_TRANSLATE_NOOP("reports", "Customers imported"),
    Action.IMPORT_CHECKED: QT_TRANSLATE_NOOP("reports", "Import checked (nothing saved)"),
    Action.REQUEST_OPENED: QT_TRANSLATE_NOOP("reports", "Request opened"),
    Action.REQUEST_VIEWED: QT_TRANSLATE_NOOP("reports", "Request viewed"),
    Action.REQUESTS_LISTED: QT_TRANSLATE_NOOP("reports", "Requests listed"),
    Action.REQUEST_MATCHED: QT_TRANSLATE_NOOP("reports", "Request matched to a customer"),
    Action.REQUEST_ACKNOWLEDGED: QT_TRANSLATE_NOOP("reports", "Request acknowledged"),
    Action.REQUEST_IDENTITY_CHECKED: QT_TRANSLATE_NOOP("reports", "Requester's identity checked"),
    Action.REQUEST_ASSIGNED: QT_TRANSLATE_NOOP("reports", "Request assigned"),
    Action.REQUEST_STARTED: QT_TRANSLATE_NOOP("reports", "Request started"),
    Action.REQUEST_NOTE_ADDED: QT_TRANSLATE_NOOP("reports", "Note added to a request"),
    Action.REQUEST_EXTENDED: QT_TRANSLATE_NOOP("reports", "Request deadline extended"),
    Action.REQUEST_APPROVAL_ASKED: QT_TRANSLATE_NOOP("reports", "Approval asked"),
    Action.REQUEST_APPROVED: QT_TRANSLATE_NOOP("reports", "Request approved"),
    Action.REQUEST_REJECTED: QT_TRANSLATE_NOOP("reports", "Request rejected"),
    Action.REQUEST_REFUSED: QT_TRANSLATE_NOOP("reports", "Request refused"),
    Action.REQUEST_COMPLETED: QT_TRANSLATE_NOOP("reports", "Request completed"),
    Action.REQUEST_CORRECTION_MADE: QT_TRANSLATE_NOOP("reports", "Correction made"),
    Action.REQUEST_LETTER_PRINTED: QT_TRANSLATE_NOOP("reports", "Reply letter printed"),
    Action.REQUEST_DEADLINES_CHANGED: QT_TRANSLATE_NOOP("reports", "Request deadlines changed"),
    Action.REQUEST_WAITING: QT_TRANSLATE_NOOP("reports", "Request waiting on the customer"),
    Action.REQUEST_RESUMED: QT_TRANSLATE_NOOP("reports", "Request resumed"),
    Action.CUSTOMER_DATA_REPORT_MADE: QT_TRANSLATE_NOOP("reports", "Customer's own data report"),
    Action.CUSTOMER_ERASED: QT_TRANSLATE_NOOP("reports", "Customer erased"),
    Action.REPORT_PRINTED: QT_TRANSLATE_NOOP("reports", "Report printed"),
    Action.REPORT_EXPORTED: QT_TRANSLATE_NOOP("reports", "Report saved as PDF"),
    Action.ACCESS_FLAG_REVIEWED: QT_TRANSLATE_NOOP("reports", "Access review flag reviewed"),
    Action.BACKUP_CREATED: QT_TRANSLATE_NOOP("reports", "Backup made"),
    Action.BACKUP_RESTORED: QT_TRANSLATE_NOOP("reports", "Backup restored"),
    Action.RETENTION_LISTED: QT_TRANSLATE_NOOP("reports", "Records past retention listed"),
    Action.RETENTION_PURGED: QT_TRANSLATE_NOOP("reports", "Records past retention erased"),
    Action.STAFF_UNDERTAKING_RECORDED: QT_TRANSLATE_NOOP(
        "reports", "Confidentiality undertaking recorded"
    ),
    Action.PARTNER_ADDED: QT_TRANSLATE_NOOP("reports", "Third party added"),
    Action.PARTNER_UPDATED: QT_TRANSLATE_NOOP("reports", "Third party changed"),
    Action.DISCLOSURE_RECORDED: QT_TRANSLATE_NOOP("reports", "Data given to a third party"),
    Action.DISCLOSURE_REFUSED: QT_TRANSLATE_NOOP("reports", "Disclosure refused"),
    Action.DISCLOSURES_LISTED: QT_TRANSLATE_NOOP("reports", "Disclosure register viewed"),
    Action.BREACH_RECORDED: QT_TRANSLATE_NOOP("reports", "Breach recorded"),
    Action.BREACHES_LISTED: QT_TRANSLATE_NOOP("reports", "Breach register viewed"),
    Action.BREACH_VIEWED: QT_TRANSLATE_NOOP("reports", "Breach opened"),
    Action.BREACH_AUTHORITY_NOTIFIED: QT_TRANSLATE_NOOP(
        "reports", "Authority (A05) notified of a breach"
    ),
    Action.BREACH_CUSTOMERS_NOTIFIED: QT_TRANSLATE_NOOP(
        "reports", "Customers notified of a breach"
    ),
    Action.BREACH_CLOSED: QT_TRANSLATE_NOOP("reports", "Breach closed"),
    Action.BREACH_LETTERS_MADE: QT_TRANSLATE_NOOP("reports", "Breach letters made"),
    Action.RECOVERY_CODE_REPLACED: QT_TRANSLATE_NOOP(
        "reports", "New recovery code made (the old sheet no longer works)"
    ),
    Action.DESK_ENROLMENT_CODE_ISSUED: QT_TRANSLATE_NOOP(
        "reports", "Code made to add another desk"
    ),
    Action.DESK_ENROLMENT_FAILED: QT_TRANSLATE_NOOP("reports", "Wrong desk code typed"),
    Action.AUDIT_BREAK_RECORDED: QT_TRANSLATE_NOOP(
        "reports", "Damaged audit log found and recorded by the director"
    ),
    Action.PENDING_EVENT_REJECTED: QT_TRANSLATE_NOOP(
        "reports", "Forged or changed failed sign-in record refused"
    ),
    Action.PENDING_EVENT_MISSING: QT_TRANSLATE_NOOP(
        "reports", "Failed sign-in record deleted from the database"
    ),
    Action.CUSTOMERS_LISTED: QT_TRANSLATE_NOOP("reports", "Customer list read"),
    Action.ROWS_BOUND: QT_TRANSLATE_NOOP(
        "reports", "Older contacts and consents tied to their customers"
    ),
}

TARGET_LABELS: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("reports", "staff"),
    "customer": QT_TRANSLATE_NOOP("reports", "customer"),
    "request": QT_TRANSLATE_NOOP("reports", "request"),
    "order": QT_TRANSLATE_NOOP("reports", "order"),
    "disclosure": QT_TRANSLATE_NOOP("reports", "disclosure"),
    "partner": QT_TRANSLATE_NOOP("reports", "partner"),
    "breach": QT_TRANSLATE_NOOP("reports", "breach"),
    "setting": QT_TRANSLATE_NOOP("reports", "setting"),
    "access_flag": QT_TRANSLATE_NOOP("reports", "access review flag"),
}

REPORT_KINDS: dict[str, str] = {
    "access_review": QT_TRANSLATE_NOOP("reports", "Access review"),
    "recovery_sheet": QT_TRANSLATE_NOOP("reports", "Recovery code"),
    "breach_notice": QT_TRANSLATE_NOOP("reports", "Breach notification to A05"),
    "breach_record": QT_TRANSLATE_NOOP("reports", "Breach incident record"),
    "breach_letters": QT_TRANSLATE_NOOP("reports", "Breach letters to customers"),
    "request_register": QT_TRANSLATE_NOOP("reports", "Request register"),
    "retention_register": QT_TRANSLATE_NOOP("reports", "Retention register"),
    "disclosure_register": QT_TRANSLATE_NOOP("reports", "Disclosure register"),
    "customer_disclosures": QT_TRANSLATE_NOOP("reports", "A customer's disclosures"),
    "job_sheet": QT_TRANSLATE_NOOP("reports", "Installer's job sheet"),
}


def action_label(action: str, lang: str) -> str:
    source = ACTION_LABELS.get(action)
    return tr(lang, source) if source else action


def target_label(target_type: str | None, target_id: str | None, lang: str) -> str:
    if not target_type:
        return ""
    source = TARGET_LABELS.get(target_type)
    name = tr(lang, source) if source else target_type
    return f"{name} #{target_id}" if target_id else name
