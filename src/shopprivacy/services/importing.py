"""Importing an existing spreadsheet of customers.

Two steps for the desk: ``preview`` (headers, a few rows, a suggested column mapping) and
``run_import`` (validate every row, then write all valid rows in ONE transaction: either they all
land or, on cancel or any failure, nothing does). The report names each rejected row and why;
rejected rows can be written to a CSV the user fixes and imports again. ``run_import`` reports
progress through a callback and polls a cancel flag, so the GUI runs it in a worker thread.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_rules import CustomerRules
from shopprivacy.domain.customer_validation import CleanDraft
from shopprivacy.domain.customers import ContactKind, Source, field_of
from shopprivacy.domain.errors import ShopPrivacyError, ValidationError
from shopprivacy.domain.import_profiles import PROFILE_BY_KEY, Profile, Recognition, recognise
from shopprivacy.domain.importing import (
    NAME_PARTS,
    DuplicateChoice,
    ImportField,
    ImportPreview,
    ImportReport,
    RowProblem,
)
from shopprivacy.domain.spreadsheets import csv_safe
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.customer_bulk import insert_many
from shopprivacy.services.customer_rules import load_rules, local_day
from shopprivacy.services.import_files import Table, read_table
from shopprivacy.services.import_merge import merge_clean, merge_into_existing
from shopprivacy.services.import_origin import record_origin
from shopprivacy.services.import_rows import row_draft, validate_row
from shopprivacy.services.vault import Vault
from shopprivacy.storage.private_files import StagedFile

BATCH = 500  # customers inserted per round of statements
PROGRESS_EVERY = 100
REASON_HEADER = QT_TRANSLATE_NOOP("import", "Reason")


class Stage(StrEnum):
    CHECKING = "checking"
    SAVING = "saving"


@dataclass(frozen=True)
class ImportProgress:
    stage: Stage
    done: int
    total: int


class _Cancelled(Exception):
    pass


@dataclass
class _Plan:
    """What phase one decided: new records, merges into existing ones, and the report's rows."""

    new: list[CleanDraft]
    merges: dict[int, CleanDraft]
    problems: list[tuple[RowProblem, tuple[str, ...]]]
    warnings: list[RowProblem] = field(default_factory=list)
    duplicates: int = 0
    merged: int = 0  # duplicate rows merged, into a stored customer or an earlier row
    blank: int = 0


@dataclass(frozen=True)
class _Reading:
    """How this file's cells are read: its dates' order and its phones' label columns."""

    month_first: bool
    kind_labels: Mapping[int, int]
    kinds_collected: frozenset[ContactKind]


CONSENT_NOTICE = QT_TRANSLATE_NOOP(
    "import",
    "Not imported: {columns}. A marketing consent counts only with how and when the customer "
    "gave it: record it with the customer.",
)


def _recognised(
    table: Table,
) -> tuple[Profile | None, dict[int, ImportField], tuple[Message, ...]]:
    """The file's source, the suggested mapping and what to tell about the whole file."""
    found = recognise(table.headers)
    return _profile(table, found), found.mapping, _notices(table, found)


def _profile(table: Table, found: Recognition) -> Profile | None:
    return PROFILE_BY_KEY[table.profile] if table.profile else found.profile


def _notices(table: Table, found: Recognition) -> tuple[Message, ...]:
    notices = table.notices
    if found.consent_columns:
        columns = ", ".join(found.consent_columns)
        notices += (Message("import", CONSENT_NOTICE, {"columns": columns}),)
    return notices


class ImportService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def preview(self, actor: Actor, path: Path, sample_rows: int = 10) -> ImportPreview:
        """Director and sales (IMPORT_CUSTOMERS): the file's headers, its first rows and a
        suggested mapping. Reads the file only, nothing in the database: not audited."""
        require(self.vault, actor, Permission.IMPORT_CUSTOMERS)
        table = read_table(path)
        profile, mapping, notices = _recognised(table)
        return ImportPreview(
            headers=table.headers,
            sample=tuple(cells for _, cells in table.rows[:sample_rows]),
            mapping=mapping,
            total_rows=len(table.rows),
            profile=profile.key if profile else None,
            notices=notices,
            sample_numbers=tuple(n for n, _ in table.rows[:sample_rows]),
        )

    def run_import(
        self,
        actor: Actor,
        path: Path,
        mapping: Mapping[int, ImportField] | None = None,
        *,
        duplicates: DuplicateChoice = DuplicateChoice.SKIP,
        dry_run: bool = False,
        source: Source = Source.OTHER,
        rejects_path: Path | None = None,
        translate: Callable[[str, str], str] | None = None,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Director and sales (IMPORT_CUSTOMERS). ``mapping``: column index -> field (default:
        the suggestion). ``dry_run`` checks everything and writes nothing. Rejected rows go to
        ``rejects_path`` (CSV: the original columns plus the reason) when given. Cancelling
        returns a report with ``cancelled`` set and nothing written.
        Audit: ``customers_imported`` (counts, the recognised source, new id range, merged ids;
        the file's name is not kept: it may name a person) and ``customer_updated``
        per merged customer; a dry run writes ``import_checked`` with the counts."""
        require(self.vault, actor, Permission.IMPORT_CUSTOMERS)
        table = read_table(path)
        found = recognise(table.headers)
        profile, notices = _profile(table, found), _notices(table, found)
        chosen = dict(mapping) if mapping is not None else found.mapping
        if not {ImportField.FULL_NAME, *NAME_PARTS} & set(chosen.values()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose the column that holds the customer's name."),
                field="mapping",
            )
        notify = progress or (lambda _p: None)
        stop = cancel or (lambda: False)
        ids: list[int] = []
        try:
            with self.vault.db.transaction() as session:
                rules = load_rules(session)
                ignored = {i for i, f in chosen.items() if not rules.collects(f.switch)}
                active = {i: f for i, f in chosen.items()
                          if i not in ignored and f is not ImportField.IGNORE}  # fmt: skip
                reading = _Reading(
                    profile.month_first if profile else False,
                    found.kind_labels,
                    frozenset(k for k in ContactKind if rules.collects(field_of(k))),
                )
                plan = self._check(
                    session, table, active, rules, duplicates, source, reading, notify, stop
                )
                counts: dict[str, Any] = {
                    "rows": len(table.rows), "new": len(plan.new), "duplicates": plan.duplicates,
                    "merged": plan.merged, "rejected": len(plan.problems), "blank": plan.blank,
                    "left_out": len(plan.warnings), "profile": profile.key if profile else None,
                }  # fmt: skip
                if dry_run:
                    audit_log.append(session, self.vault, actor, Action.IMPORT_CHECKED, **counts)
                else:
                    ids = self._save(session, actor, plan, rules, notify, stop)
                    batch = record_origin(session, self.vault, actor, ids, path.name, profile)
                    audit_log.append(
                        session, self.vault, actor, Action.CUSTOMERS_IMPORTED, "customer", None,
                        first_id=ids[0] if ids else None, last_id=ids[-1] if ids else None,
                        merged_ids=sorted(plan.merges), import_batch=batch, **counts,
                    )  # fmt: skip
        except _Cancelled:
            return ImportReport(len(table.rows), 0, 0, 0, 0, dry_run=dry_run, cancelled=True,
                                profile=profile.key if profile else None)  # fmt: skip
        written = (
            self._write_rejects(rejects_path, table, plan, translate) if plan.problems else None
        )
        return ImportReport(
            rows_read=len(table.rows),
            imported=len(plan.new),
            duplicates=plan.duplicates,
            merged=plan.merged,
            blank=plan.blank,
            rejected=tuple(p for p, _ in plan.problems),
            ignored_columns=tuple(table.headers[i] for i in sorted(ignored)),
            dry_run=dry_run,
            rejects_file=written,
            customer_ids=tuple(ids),
            profile=profile.key if profile else None,
            mapping=tuple(
                (header, chosen.get(i, ImportField.IGNORE))
                for i, header in enumerate(table.headers)
            ),
            warnings=tuple(plan.warnings),
            notices=notices,
        )

    def _check(
        self,
        session: Session,
        table: Table,
        mapping: Mapping[int, ImportField],
        rules: CustomerRules,
        choice: DuplicateChoice,
        source: Source,
        reading: _Reading,
        notify: Callable[[ImportProgress], None],
        stop: Callable[[], bool],
    ) -> _Plan:
        plan = _Plan([], {}, [])
        today = local_day(self.vault.now())
        valid: list[CleanDraft] = []
        for done, (row_no, cells) in enumerate(table.rows):
            if stop():
                raise _Cancelled
            if done % PROGRESS_EVERY == 0:
                notify(ImportProgress(Stage.CHECKING, done, len(table.rows)))
            if not any(c.strip() for c in cells):
                plan.blank += 1
                continue
            try:
                draft, left_out = row_draft(
                    cells, mapping, source, reading.month_first, reading.kind_labels,
                    reading.kinds_collected,
                )  # fmt: skip
                valid.append(validate_row(draft, rules, today, left_out))
            except ValidationError as exc:
                plan.problems.append((RowProblem(row_no, exc.message, exc.field), cells))
                continue
            plan.warnings += [RowProblem(row_no, why, name) for name, why in left_out]
        stored = customer_records.holders(
            session, self.vault, [c for clean in valid for c in clean.contacts]
        )
        holder: dict[tuple[ContactKind, str], int] = {}  # contact -> index in plan.new
        for clean in valid:
            in_file = next((holder[c] for c in clean.contacts if c in holder), None)
            in_db = next((stored[c] for c in clean.contacts if c in stored), None)
            if in_file is None and in_db is None:
                plan.new.append(clean)
                holder.update(dict.fromkeys(clean.contacts, len(plan.new) - 1))
                continue
            plan.duplicates += 1
            if choice is not DuplicateChoice.MERGE:
                continue
            plan.merged += 1
            if in_file is not None:
                plan.new[in_file] = merge_clean(plan.new[in_file], clean)
                holder.update(dict.fromkeys(clean.contacts, in_file))
            elif in_db is not None:
                base = plan.merges.get(in_db)
                plan.merges[in_db] = merge_clean(base, clean) if base else clean
        notify(ImportProgress(Stage.CHECKING, len(table.rows), len(table.rows)))
        return plan

    def _save(
        self,
        session: Session,
        actor: Actor,
        plan: _Plan,
        rules: CustomerRules,
        notify: Callable[[ImportProgress], None],
        stop: Callable[[], bool],
    ) -> list[int]:
        now, months = self.vault.now(), rules.retention_months_without_order
        total = len(plan.new) + len(plan.merges)
        ids: list[int] = []
        names: dict[str, bytes] = {}
        for start in range(0, len(plan.new), BATCH):
            if stop():
                raise _Cancelled
            notify(ImportProgress(Stage.SAVING, start, total))
            batch = plan.new[start : start + BATCH]
            ids += insert_many(session, self.vault, batch, actor.staff_id, now, months, names)
        for done, (customer_id, extra) in enumerate(plan.merges.items(), start=len(plan.new)):
            if stop():
                raise _Cancelled
            notify(ImportProgress(Stage.SAVING, done, total))
            fields = merge_into_existing(session, self.vault, customer_id, extra, rules, actor, now)
            audit_log.append(
                session, self.vault, actor, Action.CUSTOMER_UPDATED, "customer", customer_id,
                fields=fields, via="import",
            )  # fmt: skip
        notify(ImportProgress(Stage.SAVING, total, total))
        if stop():  # a cancel at the last moment still undoes every row written above
            raise _Cancelled
        return ids

    def _write_rejects(
        self,
        path: Path | None,
        table: Table,
        plan: _Plan,
        translate: Callable[[str, str], str] | None,
    ) -> Path | None:
        if path is None:
            return None
        say = translate or (lambda _c, s: s)
        staged: StagedFile | None = None
        try:
            # The rows hold customers' details: readable by this OS account only, never seen
            # half-written (a private temporary file moved into place).
            staged = StagedFile(path)
            writer = csv.writer(staged.handle)
            writer.writerow([*table.headers, say("import", REASON_HEADER)])
            for problem, cells in plan.problems:
                reason = problem.reason.render(translate)
                writer.writerow([*(csv_safe(c) for c in cells), csv_safe(reason)])
            staged.publish()
        except OSError as exc:
            if staged is not None:
                staged.discard()
            raise ShopPrivacyError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The import is done, but the rejected rows could not be written to {path}.",
                ),
                path=str(path),
            ) from exc
        return path
