"""Published versions of the privacy policy (never changed), each readable, printable on A4 as
PDF and exportable as a web page; and the editor dialog that publishes a new one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.policy_document import export_policy_pdf, policy_html
from shopprivacy.services import Services
from shopprivacy.ui.desk.labels import day_text, time_text
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.policy_editor import PolicyEditor
from shopprivacy.ui.widgets import MessageLabel, confirmation
from shopprivacy.ui.workers import Workers


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_html(services: Services, version: PolicyVersion, path: Path, language: str) -> Path:
    """The version as a standalone page for the shop's website (UTF-8)."""
    page = policy_html(version, services.shop.profile().name, language)
    path.write_text(page, encoding="utf-8")
    return path


class PolicyEditorDialog(QDialog):
    """Edit a draft and publish it. Publishing asks first (a published version never changes)
    and is reached only by its button or Ctrl+Enter; ``published`` carries the version."""

    published = Signal(object)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        text: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setObjectName("policy_editor_dialog")
        self.setWindowTitle(self.tr("Draft of the data protection policy"))
        self.editor = PolicyEditor(today)
        self.editor.set_text(text)
        self.publish_button = QPushButton(self.tr("Publish this version…"))
        self.publish_button.setObjectName("publish")
        self.publish_button.setToolTip(self.tr("Ctrl+Enter"))
        self.close_button = QPushButton(self.tr("Close (the draft is kept)"))
        self.close_button.setObjectName("close_draft")
        for button in (self.publish_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.confirm_box: QMessageBox | None = None
        self.publish_button.clicked.connect(self.ask_publish)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.ask_publish)
        # A policy is long: as much of the screen as a laptop gives, within reason.
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 130, metrics.height() * 44
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def ask_publish(self) -> None:
        self.editor.message.clear_message()
        try:
            day = self.editor.effective_on()
        except ValidationError as exc:
            self.editor.message.show_error(error_text(exc))
            self.editor.focus_field(error_field(exc))
            return
        box, yes = confirmation(
            self,
            "confirm_publish",
            self.tr("Publish the policy"),
            self.tr("Publish version {label}, in force from {day}?").format(
                label=self.editor.label_text(), day=day_text(day)
            ),
            self.tr(
                "A published version never changes: to change it later you publish a new "
                "version. Consents recorded from that day name this version."
            ),
            (self.tr("Publish"), "confirm_publish_yes"),
            self.tr("Cancel"),
        )
        self.confirm_box = box
        yes.clicked.connect(self.publish)
        box.open()

    def publish(self) -> None:
        try:
            version = self.services.policies.publish(
                self.actor,
                self.editor.label_text(),
                self.editor.effective_on(),
                self.editor.policy_text(),
            )
        except Exception as exc:
            self.editor.message.show_error(error_text(exc))
            self.editor.focus_field(error_field(exc))
            return
        self.published.emit(version)
        self.accept()


class VersionsBox(QWidget):
    """The list of versions (newest first) with the selected one's text beside it."""

    draft_requested = Signal()

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.versions: list[PolicyVersion] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("versions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("In force from"), self.tr("Published")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.viewer = QTextBrowser()
        self.viewer.setObjectName("version_text")
        self.viewer.setOpenExternalLinks(False)
        self.draft_button = QPushButton(self.tr("Draft a new version…"))
        self.draft_button.setObjectName("draft")
        # The shop's policy is in Vietnamese; an English one serves foreign customers.
        self.draft_language = QComboBox()
        self.draft_language.setObjectName("draft_language")
        self.draft_language.addItem("Tiếng Việt", "vi")
        self.draft_language.addItem("English", "en")
        self.draft_language.setCurrentIndex(max(self.draft_language.findData(screen_language()), 0))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.html_button = QPushButton(self.tr("Export HTML…"))
        self.html_button.setObjectName("export_html")
        self.message = MessageLabel()
        self.message.setObjectName("versions_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(QLabel(self.tr("in")))
        buttons.addWidget(self.draft_language)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.html_button)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.viewer)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.draft_button.clicked.connect(self.draft_requested)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.html_button.clicked.connect(self.ask_html)
        self.table.itemSelectionChanged.connect(self._show_selected)

    def reload(self) -> None:
        self.versions = list(reversed(self.services.policies.list_versions()))
        current = self.services.policies.current_version()
        self.table.setRowCount(len(self.versions))
        for row, v in enumerate(self.versions):
            label = v.label
            if current is not None and v.id == current.id:
                label = self.tr("{label} (in force)").format(label=v.label)
            for column, text in enumerate(
                (label, day_text(v.effective_on), time_text(v.created_at))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # The whole list stays readable beside the text: as wide as its columns.
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self.table.setMinimumWidth(header.length() + 2 * self.table.frameWidth() + 4)
        if self.versions:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> PolicyVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        chosen = self.selected()
        self.pdf_button.setEnabled(chosen is not None)
        self.html_button.setEnabled(chosen is not None)
        if chosen is None:
            self.viewer.setPlainText(
                self.tr("No version is published yet. Draft one, read it, then publish it.")
            )
        else:
            self.viewer.setMarkdown(chosen.text)

    def ask_pdf(self) -> None:
        self._ask(self.tr("Save PDF…"), ".pdf", self.tr("PDF files (*.pdf)"), self.save_pdf)

    def ask_html(self) -> None:
        self._ask(self.tr("Export HTML…"), ".html", self.tr("Web pages (*.html)"), self.save_html)

    def _ask(
        self,
        title: str,
        suffix: str,
        kinds: str,
        save: Callable[[PolicyVersion, Path], None],
    ) -> None:
        """Where to save the selected version (the shop's usual file name offered)."""
        chosen = self.selected()
        if chosen is None:
            return
        name = f"chinh-sach-bao-ve-du-lieu-{chosen.label}{suffix}"
        path, _f = QFileDialog.getSaveFileName(self, title, name, kinds)
        if path:
            save(chosen, Path(path))

    def save_pdf(self, version: PolicyVersion, path: Path) -> None:
        """Printed on A4 in a worker (the service audits it as a print)."""
        path = with_suffix(path, ".pdf")
        services, actor, lang = self.services, self.actor, screen_language()
        self._run(lambda: export_policy_pdf(services, actor, version, path, lang), path)

    def save_html(self, version: PolicyVersion, path: Path) -> None:
        path = with_suffix(path, ".html")
        services, lang = self.services, screen_language()
        self._run(lambda: save_html(services, version, path, lang), path)

    def _run(self, work: Callable[[], object], path: Path) -> None:
        self.pdf_button.setEnabled(False)
        self.html_button.setEnabled(False)
        self.message.clear_message()
        self.workers.run(work, lambda _r: self._done(path, None), lambda exc: self._done(path, exc))

    def _done(self, path: Path, error: BaseException | None) -> None:
        self._show_selected()
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(self.tr("Saved: {path}").format(path=path))
