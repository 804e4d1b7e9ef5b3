"""The director's deadline table in Settings: how many days the shop gives itself for each kind
of customer request, never more than the law allows (the service checks the same limits).

Requests already open keep their deadlines; new ones follow the table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.deadlines import (
    LEGAL_MAXIMA,
    DeadlineGroup,
    DeadlineTable,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph

# The columns: the rule's field and the least it may be.
FIELDS = (
    ("acknowledge_days", 1),
    ("complete_days", 1),
    ("complete_days_with_processor", 1),
    ("extension_days", 0),
)


class DeadlineTableBox(QGroupBox):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time allowed for customers' requests"), parent)
        self.setObjectName("deadline_table_box")
        self.services, self.actor = services, actor
        self.rules: DeadlineTable = services.requests.deadline_table()
        self.spins: dict[tuple[DeadlineGroup, str], QSpinBox] = {}
        self.table = QTableWidget(len(DeadlineGroup), len(FIELDS))
        self.table.setObjectName("deadline_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Acknowledge\n(working days)"),
                self.tr("Complete\n(days)"),
                self.tr("With a partner\nacting too (days)"),
                self.tr("One extension\n(days)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, group in enumerate(DeadlineGroup):
            header = QTableWidgetItem(QCoreApplication.translate("requests", group.label))
            self.table.setVerticalHeaderItem(row, header)
            law = LEGAL_MAXIMA[group]
            for column, (name, least) in enumerate(FIELDS):
                spin = QSpinBox()
                spin.setObjectName(f"{group.value}_{name}")
                spin.setRange(least, int(getattr(law, name)))
                spin.setValue(int(getattr(self.rules[group], name)))
                spin.setToolTip(
                    self.tr("The law allows at most {maximum} days.").format(
                        maximum=getattr(law, name)
                    )
                )
                self.spins[(group, name)] = spin
                self.table.setCellWidget(row, column, spin)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)
        self.message = MessageLabel()
        self.message.setObjectName("deadline_message")
        self.save_button = QPushButton(self.tr("Save the deadlines"))
        self.save_button.setObjectName("save_deadlines")
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.save_button)
        row_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The law sets the most time a shop may take; you may promise customers "
                    "less, never more. Requests already open keep the deadlines they were "
                    "given."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(row_layout)
        self.save_button.clicked.connect(self.save)

    def edited(self) -> DeadlineTable:
        table: DeadlineTable = {}
        for group in DeadlineGroup:

            def value(name: str, g: DeadlineGroup = group) -> int:
                return self.spins[(g, name)].value()

            rule = replace(
                self.rules[group],
                acknowledge_days=value("acknowledge_days"),
                complete_days=value("complete_days"),
                complete_days_with_processor=value("complete_days_with_processor"),
                extension_days=value("extension_days"),
            )
            if rule != self.rules[group]:
                table[group] = rule
        return table

    def save(self) -> None:
        """Only the rows that changed go to the service (director only, audited there)."""
        changed = self.edited()
        if not changed:
            self.message.show_info(self.tr("Nothing changed."))
            return
        try:
            self.services.requests.set_deadline_table(self.actor, changed)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.rules = self.services.requests.deadline_table()
        self.message.show_ok(self.tr("Saved. New requests follow these deadlines."))
