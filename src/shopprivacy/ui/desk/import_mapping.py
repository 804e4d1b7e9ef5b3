"""The import's column mapping: a field chooser over each column, above the file's first rows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from shopprivacy.domain.importing import ImportField, ImportPreview


class MappingTable(QTableWidget):
    """Row 0 holds one chooser per column; the rows under it are the file as read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.choosers: list[QComboBox] = []

    def labels(self) -> dict[ImportField, str]:
        return {
            ImportField.FULL_NAME: self.tr("Full name"),
            ImportField.FAMILY_NAME: self.tr("Family name"),
            ImportField.MIDDLE_NAME: self.tr("Middle name"),
            ImportField.GIVEN_NAME: self.tr("Given name"),
            ImportField.MOBILE: self.tr("Mobile"),
            ImportField.HOME_PHONE: self.tr("Home phone"),
            ImportField.OFFICE_PHONE: self.tr("Office phone"),
            ImportField.PERSONAL_EMAIL: self.tr("Personal email"),
            ImportField.COMPANY_EMAIL: self.tr("Company email"),
            ImportField.ADDRESS: self.tr("Address"),
            ImportField.WARD: self.tr("Ward or commune"),
            ImportField.DISTRICT: self.tr("District (old address)"),
            ImportField.PROVINCE: self.tr("Province or city"),
            ImportField.AREA: self.tr("Area (province - district)"),
            ImportField.BIRTH_DATE: self.tr("Birth date"),
            ImportField.NOTES: self.tr("Notes"),
            ImportField.IGNORE: self.tr("— do not import —"),
        }

    def show_preview(self, preview: ImportPreview) -> None:
        self.clear()
        self.choosers = []
        self.setColumnCount(len(preview.headers))
        self.setRowCount(len(preview.sample) + 1)
        self.setHorizontalHeaderLabels(list(preview.headers))
        self.setVerticalHeaderLabels(
            [self.tr("Import as")]
            + [str(n) for n in preview.sample_numbers or range(2, len(preview.sample) + 2)]
        )
        labels = self.labels()
        for column in range(len(preview.headers)):
            chooser = QComboBox()
            chooser.setObjectName(f"map_column_{column}")
            for field, text in labels.items():
                chooser.addItem(text, field.value)
            chosen = preview.mapping.get(column, ImportField.IGNORE)
            chooser.setCurrentIndex(chooser.findData(chosen.value))
            self.setCellWidget(0, column, chooser)
            self.choosers.append(chooser)
        for row, cells in enumerate(preview.sample, start=1):
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))

    def mapping(self) -> dict[int, ImportField]:
        return {i: ImportField(c.currentData()) for i, c in enumerate(self.choosers)}

    def choose(self, column: int, field: ImportField) -> None:
        chooser = self.choosers[column]
        chooser.setCurrentIndex(chooser.findData(field.value))
