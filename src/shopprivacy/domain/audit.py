"""What the audit log records. Feature areas add their actions here, so the access review can
name every one of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    VAULT_CREATED = "vault_created"
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_UNLOCKED = "account_unlocked"
    SIGNED_OUT = "signed_out"
    SCREEN_LOCKED = "screen_locked"
    RECOVERED = "recovered"
    RECOVERY_FAILED = "recovery_failed"
    DEVICE_ENROLLED = "device_enrolled"
    PERMISSION_REFUSED = "permission_refused"
    STAFF_ADDED = "staff_added"
    STAFF_DEACTIVATED = "staff_deactivated"
    STAFF_PASSWORD_RESET = "staff_password_reset"
    PASSWORD_CHANGED = "password_changed"
    STAFF_VIEWED = "staff_viewed"
    # The signed confidentiality undertaking: its date and version, never a name
    STAFF_UNDERTAKING_RECORDED = "staff_undertaking_recorded"
    SETTING_CHANGED = "setting_changed"
    SHOP_PROFILE_CHANGED = "shop_profile_changed"
    AUDIT_VERIFIED = "audit_verified"
    AUDIT_VIEWED = "audit_viewed"
    RECORD_DAMAGED = "record_damaged"
    # Sales desk: customer records, orders, consents, marketing, import
    CUSTOMER_CREATED = "customer_created"
    CUSTOMER_UPDATED = "customer_updated"
    CUSTOMER_VIEWED = "customer_viewed"
    CUSTOMER_PRINTED = "customer_printed"
    CUSTOMER_SEARCHED = "customer_searched"  # by a full phone number or email: counts as a read
    ORDER_ADDED = "order_added"
    CONSENT_RECORDED = "consent_recorded"
    POLICY_VERSION_ADDED = "policy_version_added"
    OUTDATED_CONSENTS_LISTED = "outdated_consents_listed"
    POLICY_DRAFTED = "policy_drafted"
    POLICY_CHECKED = "policy_checked"
    PROCESSING_PURPOSE_SAVED = "processing_purpose_saved"
    PROCESSING_STOPPED = "processing_stopped"  # no basis left for any purpose of a customer
    PROCESSING_REFUSED = "processing_refused"  # an order, export or disclosure refused for it
    MARKETING_EXPORTED = "marketing_exported"
    CUSTOMERS_IMPORTED = "customers_imported"
    IMPORT_CHECKED = "import_checked"  # a dry run: nothing written
    # Customer care: requests about a customer's data
    REQUEST_OPENED = "request_opened"
    REQUEST_VIEWED = "request_viewed"
    REQUESTS_LISTED = "requests_listed"
    REQUEST_MATCHED = "request_matched"
    REQUEST_ACKNOWLEDGED = "request_acknowledged"
    REQUEST_IDENTITY_CHECKED = "request_identity_checked"
    REQUEST_ASSIGNED = "request_assigned"
    REQUEST_STARTED = "request_started"
    REQUEST_NOTE_ADDED = "request_note_added"
    REQUEST_EXTENDED = "request_extended"
    REQUEST_APPROVAL_ASKED = "request_approval_asked"
    REQUEST_APPROVED = "request_approved"
    REQUEST_REJECTED = "request_rejected"
    REQUEST_REFUSED = "request_refused"
    REQUEST_COMPLETED = "request_completed"
    REQUEST_CORRECTION_MADE = "request_correction_made"
    REQUEST_LETTER_PRINTED = "request_letter_printed"
    REQUEST_DEADLINES_CHANGED = "request_deadlines_changed"
    REQUEST_WAITING = "request_waiting"
    REQUEST_RESUMED = "request_resumed"
    CUSTOMER_DATA_REPORT_MADE = "customer_data_report_made"
    CUSTOMER_ERASED = "customer_erased"
    # Printed reports: detail names the report kind and page count
    REPORT_PRINTED = "report_printed"
    REPORT_EXPORTED = "report_exported"  # saved as a PDF file
    # Backups: detail holds the backup's id, row counts and replayed erasures, never a path
    BACKUP_CREATED = "backup_created"
    BACKUP_RESTORED = "backup_restored"
    # Retention: detail holds counts only; each erasure is also a ``customer_erased``
    RETENTION_LISTED = "retention_listed"
    RETENTION_PURGED = "retention_purged"
    # Access review: a flag marked reviewed (the note is sealed in its own table)
    ACCESS_FLAG_REVIEWED = "access_flag_reviewed"
    # Third parties and disclosures: ids, basis and field codes only, never names or purposes
    PARTNER_ADDED = "partner_added"
    PARTNER_UPDATED = "partner_updated"
    DISCLOSURE_RECORDED = "disclosure_recorded"
    DISCLOSURE_REFUSED = "disclosure_refused"
    DISCLOSURES_LISTED = "disclosures_listed"
    # Breach register (director): detail holds ids, counts and category codes only
    BREACH_RECORDED = "breach_recorded"
    BREACHES_LISTED = "breaches_listed"
    BREACH_VIEWED = "breach_viewed"
    BREACH_AUTHORITY_NOTIFIED = "breach_authority_notified"
    BREACH_CUSTOMERS_NOTIFIED = "breach_customers_notified"
    BREACH_CLOSED = "breach_closed"
    BREACH_LETTERS_MADE = "breach_letters_made"  # customers' names and addresses read
    # A new printed recovery code: detail says why (``director`` or ``used``), never the code
    RECOVERY_CODE_REPLACED = "recovery_code_replaced"
    # Desk enrolment codes: detail never holds the code
    DESK_ENROLMENT_CODE_ISSUED = "desk_enrolment_code_issued"
    DESK_ENROLMENT_FAILED = "desk_enrolment_failed"
    # Insider guards: what a sign-in found wrong before writing onto the chain
    AUDIT_BREAK_RECORDED = "audit_break_recorded"  # the director signed in over a broken chain
    PENDING_EVENT_REJECTED = "pending_event_rejected"  # a parked event whose seal is wrong
    PENDING_EVENT_MISSING = "pending_event_missing"  # a parked event this desk wrote is gone
    CUSTOMERS_LISTED = "customers_listed"  # a bulk listing: count and ids, a read of them all
    ROWS_BOUND = "rows_bound"  # contacts and consents from before row seals, sealed once


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime
    staff_id: int | None
    action: str
    target_type: str | None
    target_id: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    hash: str = ""


@dataclass(frozen=True)
class VerifyResult:
    """``ok`` when the chain is whole; otherwise the first broken entry and what is wrong."""

    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None
