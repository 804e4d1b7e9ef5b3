"""The director's overview: requests, the privacy policy (and how often practice contradicts it),
people held, backups, staff counts, the audit log's state and the PC's protection."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.audit import VerifyResult
from shopprivacy.domain.staff import ROLE_LABELS, Actor, Role
from shopprivacy.reports.register_reports import export_request_register_pdf
from shopprivacy.reports.text import SHOP_ZONE, format_datetime
from shopprivacy.services import Services
from shopprivacy.services.backup import BackupStatus
from shopprivacy.services.overview import PeopleHeld
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, OK_STYLE, MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers


class DirectorHome(QWidget):
    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.workers = workers
        self.last_result: VerifyResult | None = None

        self.staff_counts = paragraph("")
        self.staff_counts.setObjectName("staff_counts")
        staff_box = QGroupBox(self.tr("Staff"))
        QVBoxLayout(staff_box).addWidget(self.staff_counts)

        self.audit_state = QLabel()
        self.audit_state.setObjectName("audit_state")
        self.audit_state.setWordWrap(True)
        self.audit_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Verify audit log"))
        self.verify_button.setObjectName("verify_audit")
        self.verify_error = MessageLabel()
        audit_box = QGroupBox(self.tr("Audit log"))
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.addWidget(self.audit_state)
        audit_layout.addWidget(self.verify_error)
        audit_layout.addWidget(self.verify_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.security_state = paragraph(self._security_text())
        self.security_state.setObjectName("security_state")
        security_box = QGroupBox(self.tr("Security of this PC"))
        QVBoxLayout(security_box).addWidget(self.security_state)

        self.request_counts = paragraph("")
        self.request_counts.setObjectName("request_counts")
        self.register_button = QPushButton(self.tr("Save request register as PDF…"))
        self.register_button.setObjectName("request_register_pdf")
        self.register_message = MessageLabel()
        self.register_message.setObjectName("request_register_message")
        requests_box = QGroupBox(self.tr("Customers' requests"))
        requests_layout = QVBoxLayout(requests_box)
        requests_layout.addWidget(self.request_counts)
        requests_layout.addWidget(self.register_message)
        requests_layout.addWidget(self.register_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.people_held = paragraph("")
        self.people_held.setObjectName("people_held")
        people_box = QGroupBox(self.tr("People whose data the shop holds"))
        QVBoxLayout(people_box).addWidget(self.people_held)

        self.backup_state = paragraph("")
        self.backup_state.setObjectName("backup_state")
        backup_box = QGroupBox(self.tr("Backups"))
        QVBoxLayout(backup_box).addWidget(self.backup_state)

        self.policy_state = paragraph("")
        self.policy_state.setObjectName("policy_state")
        policy_box = QGroupBox(self.tr("Data protection policy"))
        QVBoxLayout(policy_box).addWidget(self.policy_state)

        # Two columns: what needs doing on the left, the shop's state on the right, so the
        # overview fits a 1366×768 laptop without scrolling.
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (requests_box, policy_box, people_box, backup_box):
            left.addWidget(box)
        for box in (staff_box, audit_box, security_box):
            right.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Overview")))
        layout.addLayout(columns, 1)
        self.verify_button.clicked.connect(self.verify)
        self.register_button.clicked.connect(self.ask_register_pdf)
        self.refresh()
        self.quick_check()

    def refresh(self) -> None:
        try:
            staff = self.services.staff.list_staff(self.actor)
        except Exception as exc:
            self.staff_counts.setText(error_text(exc))
        else:
            active = Counter(s.role for s in staff if s.active)
            parts = [
                self.tr("{role}: {n}").format(role=self._role(role), n=active.get(role, 0))
                for role in Role
            ]
            self.staff_counts.setText(
                self.tr("Active accounts: {n}").format(n=sum(active.values()))
                + "\n"
                + "\n".join(parts)
            )
        self._show_counts()
        seq, _hash = self.services.audit.head()
        if self.last_result is None:
            self.audit_state.setStyleSheet("")
            self.audit_state.setText(
                self.tr("{n} entries so far. Not verified since you signed in.").format(n=seq)
            )

    def _show_counts(self) -> None:
        """Requests, people held and backups: each box says its own problem, if any."""
        try:
            c = self.services.requests.counts(self.actor)
        except Exception as exc:
            self.request_counts.setText(error_text(exc))
        else:
            self.request_counts.setText(
                self.tr(
                    "Open: {open}\nOverdue: {overdue}\nDue within a day: {due_soon}\n"
                    "Waiting for your approval: {approval}"
                ).format(
                    open=c.open,
                    overdue=c.overdue,
                    due_soon=c.due_soon,
                    approval=c.awaiting_approval,
                )
            )
            self.request_counts.setStyleSheet(ERROR_STYLE if c.overdue else "")
        try:
            people = self.services.overview.people_held(self.actor)
        except Exception as exc:
            self.people_held.setText(error_text(exc))
        else:
            self._show_people(people)
        try:
            self._show_backup(self.services.backup.status())
        except Exception as exc:
            self.backup_state.setText(error_text(exc))
        try:
            self._show_policy()
        except Exception as exc:
            self.policy_state.setText(error_text(exc))

    def _show_policy(self) -> None:
        """The version in force and how many places contradict it."""
        current = self.services.policies.current_version()
        if current is None:
            self.policy_state.setText(
                self.tr(
                    "⚠ No policy is published: no consent can be recorded. Publish one in "
                    "the “Data protection policy” tab."
                )
            )
            self.policy_state.setStyleSheet(ERROR_STYLE)
            return
        found = self.services.policies.contradiction_count(self.actor)
        text = self.tr("In force: version {label}.").format(label=current.label)
        if found:
            text = (
                "⚠ "
                + text
                + " "
                + self.tr(
                    "Places where the shop's practice contradicts it: {n} (see "
                    "“Policy against practice”)."
                ).format(n=found)
            )
        else:
            text += " " + self.tr("✔ The practice matches it.")
        self.policy_state.setText(text)
        self.policy_state.setStyleSheet(ERROR_STYLE if found else "")

    def _show_people(self, people: PeopleHeld) -> None:
        text = self.tr("{n} customers.").format(n=_number(people.count))
        if people.near_limit:
            text = (
                "⚠ "
                + text
                + " "
                + self.tr(
                    "At {limit} people the law's small-business exemptions end: the shop will "
                    "need a data-protection impact assessment and a data-protection officer. "
                    "Prepare now."
                ).format(limit=_number(people.limit))
            )
        self.people_held.setText(text)
        self.people_held.setStyleSheet(ERROR_STYLE if people.near_limit else "")

    def _show_backup(self, status: BackupStatus) -> None:
        if status.last_backup_at is None:
            text = self.tr("⚠ No backup has been made yet. Make one now.")
        else:
            when = format_datetime(status.last_backup_at, screen_language())
            text = self.tr("Last backup: {when}.").format(when=when)
            if status.overdue:
                text = (
                    "⚠ "
                    + text
                    + " "
                    + self.tr("It is more than {days} days old. Make a new one.").format(
                        days=status.reminder_days
                    )
                )
        self.backup_state.setText(text)
        self.backup_state.setStyleSheet(ERROR_STYLE if status.overdue else "")

    @staticmethod
    def _role(role: Role) -> str:
        return QCoreApplication.translate("roles", ROLE_LABELS[role])

    def _security_text(self) -> str:
        vault = self.services.vault
        if vault.device_protected and vault.open_anywhere:
            return self.tr(
                "⚠ Another desk was added on a PC without a secure key store. Because of it, a "
                "copy of the database opens on any PC with a valid password, this one's key "
                "store notwithstanding. Keep every PC and the backups locked away."
            )
        if vault.device_protected:
            return self.tr(
                "✔ Protected by this PC's key store: a copy of the database does not open on "
                "another PC, even with a staff password."
            )
        return self.tr(
            "⚠ This PC has no secure key store. The database is encrypted, but a copy of the "
            "file opens anywhere with a valid password. Keep the PC and its backups locked away."
        )

    def ask_register_pdf(self) -> None:
        today = self.services.vault.now().astimezone(SHOP_ZONE).date()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save request register as PDF…"),
            f"so-yeu-cau-{today:%Y%m%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_register_pdf(Path(path))

    def save_register_pdf(self, path: Path) -> None:
        """The request register of the last 30 days (the shop's calendar), in a worker."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        services, actor, lang = self.services, self.actor, screen_language()
        today = services.vault.now().astimezone(SHOP_ZONE).date()
        start = today - timedelta(days=30)
        self.register_button.setEnabled(False)
        self.register_message.clear_message()
        self.workers.run(
            lambda: export_request_register_pdf(services, actor, start, today, path, lang),
            lambda _pages: self._register_end(path, None),
            lambda exc: self._register_end(path, exc),
        )

    def _register_end(self, path: Path, error: BaseException | None) -> None:
        self.register_button.setEnabled(True)
        if error is not None:
            self.register_message.show_error(error_text(error))
        else:
            self.register_message.show_ok(self.tr("Saved: {path}").format(path=path))

    def quick_check(self) -> None:
        """At sign-in: the entries written since the last check found the log whole. A few
        milliseconds even for a long log, so it runs here; with no earlier check to start from it
        leaves the full check to the button (that one reads every entry, off the GUI thread)."""
        try:
            result = self.services.audit.verify_since_last(self.actor, walk_all_without_point=False)
        except Exception as exc:
            self.verify_error.show_error(error_text(exc))
            return
        if result is not None:
            self._quick_checked(result)

    def _quick_checked(self, result: VerifyResult) -> None:
        if self.last_result is not None:  # a full check already answered
            return
        if not result.ok:
            self._verified(result)
            return
        self.audit_state.setStyleSheet(OK_STYLE)
        self.audit_state.setText(
            self.tr(
                "✔ {n} entries so far; those written since the last check are whole. "
                "Verify audit log reads every entry."
            ).format(n=result.head_seq)
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_error.clear_message()
        self.audit_state.setStyleSheet("")
        self.audit_state.setText(self.tr("Checking every entry of the audit log…"))
        self.workers.run(
            lambda: self.services.audit.verify(self.actor), self._verified, self._failed
        )

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        self.last_result = result
        if result.ok:
            self.audit_state.setStyleSheet(OK_STYLE)
            self.audit_state.setText(
                self.tr("✔ Audit log is whole: {n} entries, head hash {hash}").format(
                    n=result.checked, hash=result.head_hash
                )
            )
            return
        problems = {
            "altered": self.tr("it was changed after it was written"),
            "missing": self.tr("it is missing"),
            "truncated": self.tr("the newest entries were removed"),
            "head_missing": self.tr("the chain's sealed head is missing"),
            "rewritten": self.tr("it is not the entry checked before: the log was rewritten"),
        }
        self.audit_state.setStyleSheet(ERROR_STYLE)
        self.audit_state.setText(
            self.tr(
                "✖ BROKEN: the audit log is not whole. First broken entry: #{seq} ({problem}). "
                "{n} entries before it are whole."
            ).format(
                seq=result.broken_seq,
                problem=problems.get(result.problem or "", result.problem or ""),
                n=result.checked,
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.audit_state.setText("")
        self.verify_error.show_error(error_text(error))


def _number(n: int) -> str:
    """Thousands grouped the way the reader writes them: 80.000 in Vietnamese, 80,000 in English."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if screen_language() == "vi" else grouped
