"""Running the import service in a worker: progress as a percentage, a cancel flag, the report.

Shared by the wizard's check (a dry run) and its import, so both show progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from shopprivacy.domain.customers import Source
from shopprivacy.domain.importing import DuplicateChoice, ImportField, ImportReport
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.services.importing import ImportProgress, Stage
from shopprivacy.ui.workers import Workers


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def percent_reporter(
    emit: Callable[[int, int], None], dry_run: bool
) -> Callable[[ImportProgress], None]:
    """Checking fills the bar (a dry run) or its first half; saving fills the second half.
    Only whole-percent changes are sent, so a big file does not flood the GUI thread."""
    last = [-1]

    def notify(p: ImportProgress) -> None:
        share = p.done / p.total if p.total else 1.0
        if dry_run:
            value = int(100 * share)
        else:
            value = int(50 * share) + (50 if p.stage is Stage.SAVING else 0)
        if value != last[0]:
            last[0] = value
            emit(value, 100)

    return notify


class ImportJob(QObject):
    """One run of ``run_import``. ``progress(percent)``, then ``done(report)`` or
    ``failed(error)``."""

    progress = Signal(int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.cancel_flag = threading.Event()
        self.running = False

    def start(
        self,
        services: Services,
        actor: Actor,
        path: Path,
        mapping: Mapping[int, ImportField],
        duplicates: DuplicateChoice,
        source: Source,
        dry_run: bool,
        rejects_path: Path | None = None,
    ) -> None:
        self.cancel_flag = threading.Event()
        flag = self.cancel_flag
        chosen = dict(mapping)
        self.running = True

        def work(emit: Callable[[int, int], None]) -> ImportReport:
            return services.importer.run_import(
                actor,
                path,
                chosen,
                duplicates=duplicates,
                dry_run=dry_run,
                source=source,
                rejects_path=rejects_path,
                translate=_translate,
                progress=percent_reporter(emit, dry_run),
                cancel=flag.is_set,
            )

        self.workers.run(work, self._done, self._failed, lambda d, _t: self.progress.emit(d))

    def cancel(self) -> None:
        self.cancel_flag.set()

    def _done(self, report: ImportReport) -> None:
        self.running = False
        self.done.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(error)
