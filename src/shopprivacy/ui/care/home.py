"""Customer care's home: the request queue. A placeholder until requests are built on it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.widgets import heading, paragraph


class CareHome(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Customer requests")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Here you will work customers' requests: access, correction, deletion, "
                    "consent withdrawal and complaints, each with its deadline. "
                    "This screen is being prepared."
                )
            )
        )
        layout.addStretch(1)
