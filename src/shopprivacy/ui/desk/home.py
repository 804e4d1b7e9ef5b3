"""The sales desk's home: one search box, the customer list, and the ways to add customers.

Search runs as the user types (after a short pause), newest customers first, page by page.
Enter or a double click opens the customer; Ctrl+F comes back to the box, Ctrl+N starts a new
customer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.services.customer_index import QueryKind
from shopprivacy.services.desk_queries import DeskLine, DeskPage, DeskQueries
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_list_model import CustomerListModel
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.export_dialog import ExportDialog
from shopprivacy.ui.desk.import_wizard import ImportWizard
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers

DEBOUNCE_MS = 150
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DeskHome(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        workers: Workers | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.workers = workers or Workers()
        self.queries = DeskQueries(services.vault)
        self.view_dialogs: list[CustomerView] = []

        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Type a name, phone or email"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.setObjectName("new_customer")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.import_button = QPushButton(self.tr("Import a spreadsheet…"))
        self.import_button.setObjectName("import_customers")
        self.export_button = QPushButton(self.tr("Marketing list…"))
        self.export_button.setObjectName("export_marketing")
        self.new_button.setVisible(allows(actor.role, Permission.CREATE_CUSTOMER))
        self.import_button.setVisible(allows(actor.role, Permission.IMPORT_CUSTOMERS))
        self.export_button.setVisible(allows(actor.role, Permission.EXPORT_MARKETING))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        tools = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("search_status")
        tools.addWidget(self.status, 1)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)

        self.model = CustomerListModel(self.queries_first_page, self.queries_page, self)
        self.view = QTableView()
        self.view.setObjectName("customer_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = self.fontMetrics().averageCharWidth()
        digit = self.fontMetrics().horizontalAdvance("0")  # phones and dates: digits are wider
        for column, room in enumerate((28 * width, 15 * digit, 24 * width, 16 * width, 13 * digit)):
            # Wide enough for the usual value and for the header in either language.
            header_width = header.sectionSizeFromContents(column).width()
            self.view.setColumnWidth(column, max(room, header_width + width * 2))
        self.empty = paragraph("")
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.message = MessageLabel()
        self.message.setObjectName("desk_message")

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Customers")))
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.model.failed.connect(lambda exc: self.message.show_error(error_text(exc)))
        self.new_button.clicked.connect(self.new_customer)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.open_export)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        if allows(actor.role, Permission.CREATE_CUSTOMER):
            QShortcut(QKeySequence("Ctrl+N"), self, self.new_customer)
        self._focused_once = False
        self.run_search()

    # -- the service calls the model makes ------------------------------------------------

    def queries_first_page(self, text: str, limit: int) -> DeskPage:
        return self.queries.first_page(self.actor, text, limit)

    def queries_page(self, text: str, limit: int, offset: int) -> list[DeskLine]:
        return self.queries.list_page(self.actor, text, limit, offset)

    # -- searching --------------------------------------------------------------------------

    def run_search(self) -> None:
        self.timer.stop()
        self.message.clear_message()
        text = self.search.text()
        self.model.set_query(text)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._show_state(text)

    def _show_state(self, text: str) -> None:
        total = self.model.total
        kind = self.services.customers.query_kind(text)
        if total:
            self.stack.setCurrentWidget(self.view)
        elif kind is QueryKind.ALL:
            self.empty.setText(
                self.tr(
                    "No customers yet. Press “New customer” (Ctrl+N) to add the first one, "
                    "or import the shop's old spreadsheet."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        elif kind is QueryKind.NOTHING:
            self.empty.setText(
                self.tr(
                    "Type a name, phone or email. A phone number needs at least its last 4 digits."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(
                self.tr(
                    "No customer matches “{text}”. Check the spelling, try the last digits "
                    "of the phone, or add a new customer."
                ).format(text=text.strip())
            )
            self.stack.setCurrentWidget(self.empty)
        how = {
            QueryKind.NAME: self.tr("by name"),
            QueryKind.PHONE_TAIL: self.tr("by the end of a phone number"),
            QueryKind.PHONE: self.tr("by phone number"),
            QueryKind.EMAIL: self.tr("by email"),
        }.get(kind, "")
        count = (
            self.tr("{n} or more customers").format(n=total)
            if self.model.more
            else self.tr("{n} customers").format(n=total)
        )
        status = self.tr("{count}, searched {how}").format(count=count, how=how) if how else count
        if self.model.more:
            status = self.tr("{status}: type more to narrow the list").format(status=status)
        self.status.setText(status)

    def refresh_list(self) -> None:
        """Reload the list after an add, import, change or erase, so the count beside it is true."""
        self.model.refresh()
        self._show_state(self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, self.search, self.search.setFocus)  # cancelled if closed first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key in ENTER_KEYS:
                    if self.timer.isActive():
                        self.run_search()  # Enter right after typing: search first
                    self.open_current()
                    return True
                if key == Qt.Key.Key_Down and self.model.rowCount():
                    self.view.setFocus()
                    return True
            elif watched is self.view and key in ENTER_KEYS:
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # -- opening ----------------------------------------------------------------------------

    def open_current(self) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.open_row(row)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_customer(self.model.customer_id(row))

    def open_customer(self, customer_id: int) -> CustomerView:
        view = CustomerView(self.services, self.actor, customer_id, self.workers, self)
        view.changed.connect(self.refresh_list)
        view.open_customer.connect(self.open_customer)
        view.finished.connect(lambda _r: self._forget(view))
        self.view_dialogs.append(view)
        view.open()
        return view

    def _forget(self, view: CustomerView) -> None:
        if view in self.view_dialogs:
            self.view_dialogs.remove(view)
        view.deleteLater()
        self.focus_search()

    def new_customer(self) -> CustomerForm | None:
        if not allows(self.actor.role, Permission.CREATE_CUSTOMER):
            return None
        self.form = CustomerForm(self.services, self.actor, parent=self)
        self.form.saved.connect(self._created)
        self.form.open_existing.connect(self.open_customer)
        self.form.open()
        return self.form

    def _created(self, details: CustomerDetails) -> None:
        self.refresh_list()
        self.message.show_ok(
            self.tr("{name} was added as customer no. {id}.").format(
                name=details.full_name, id=details.id
            )
        )
        self.open_customer(details.id)

    def open_import(self) -> ImportWizard:
        self.import_wizard = ImportWizard(self.services, self.actor, self.workers, self)
        self.import_wizard.imported.connect(self.refresh_list)
        self.import_wizard.open()
        return self.import_wizard

    def open_export(self) -> ExportDialog:
        self.export_dialog = ExportDialog(self.services, self.actor, self.workers, self)
        self.export_dialog.open()
        return self.export_dialog
