"""The shop details the privacy policy names besides the name and address: when the hotline
answers, the person responsible for data protection, and whether the shop installs cameras
(the policy then has a section on camera footage). Shared by the wizard and Settings."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from shopprivacy.domain.staff import ShopProfile


class ShopPolicyFields(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hours = QLineEdit()
        self.hours.setObjectName("shop_hours")
        self.hours.setPlaceholderText(self.tr("for example: 8:00–20:00, Monday to Saturday"))
        self.dp_officer = QLineEdit()
        self.dp_officer.setObjectName("shop_dp_officer")
        self.dp_officer.setPlaceholderText(self.tr("full name of the person customers can ask"))
        self.dp_officer_phone = QLineEdit()
        self.dp_officer_phone.setObjectName("shop_dp_officer_phone")
        self.installs_cameras = QCheckBox(
            self.tr("The shop installs cameras for customers (the policy covers camera footage)")
        )
        self.installs_cameras.setObjectName("shop_installs_cameras")

    def add_hours_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Hotline hours:"), self.hours)

    def add_officer_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Data protection contact:"), self.dp_officer)
        form.addRow(self.tr("Their phone:"), self.dp_officer_phone)
        form.addRow(self.installs_cameras)

    def show(self, profile: ShopProfile) -> None:
        self.hours.setText(profile.hours)
        self.dp_officer.setText(profile.dp_officer)
        self.dp_officer_phone.setText(profile.dp_officer_phone)
        self.installs_cameras.setChecked(profile.installs_cameras)

    def fill(self, profile: ShopProfile) -> ShopProfile:
        """``profile`` with these fields as typed."""
        return dataclasses.replace(
            profile,
            hours=self.hours.text().strip(),
            dp_officer=self.dp_officer.text().strip(),
            dp_officer_phone=self.dp_officer_phone.text().strip(),
            installs_cameras=self.installs_cameras.isChecked(),
        )
