"""The sales desk's home. A placeholder until the customer desk is built on it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.widgets import heading, paragraph


class DeskHome(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Customer desk")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Here you will find customers, add new ones and record their consent. "
                    "This screen is being prepared."
                )
            )
        )
        layout.addStretch(1)
