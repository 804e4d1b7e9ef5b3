"""One date field for every form: typed as dd/mm/yyyy, with a calendar in the user's language.

Staff type dates the way they write them ("15/03/2014", "15032014", "15-3-2014"); leaving the
field shows the date in one form, dd/mm/yyyy. The calendar (the button, or Alt+Down / F4) is
only a help: it never takes the keyboard focus in the form, so Tab goes in and out in one press.
An optional field may stay empty: empty means "no date", nothing else stands for it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from shopprivacy.domain.errors import ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "DateField"
BIRTH_CALENDAR_YEARS = 30  # an empty birth date opens the calendar on a typical adult's year
Day = date  # the class's own date() method hides the name inside its body
TYPED = re.compile(r"^\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\s*$")


def parse_day(text: str, today: date) -> date | None:
    """What was typed as a date (None for nothing typed); ValueError if it is not a date.

    Day first, as in Vietnam; eight digits are ddmmyyyy, six ddmmyy; a four-digit first part is
    a year (2014-03-15). A two-digit year is the most recent one not after this year."""
    text = text.strip()
    if not text:
        return None
    digits = re.fullmatch(r"\d{6}|\d{8}", text)
    if digits:
        parts = [text[:2], text[2:4], text[4:]]
    else:
        match = TYPED.match(text)
        if match is None:
            raise ValueError(text)
        parts = list(match.groups())
        if len(parts[0]) == 4:
            parts.reverse()
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) <= 2:
        year += 2000 if year <= today.year % 100 else 1900
    elif len(parts[2]) != 4:
        raise ValueError(text)
    return date(year, month, day)


def calendar_locale() -> QLocale:
    """The calendar's month and day names follow the app's language (vi_VN in Vietnamese)."""
    # The locale name is itself translated, so the catalogue in use decides it.
    return QLocale(QCoreApplication.translate(CTX, "en_GB"))


def _opens_calendar(event: QKeyEvent) -> bool:
    """F4 or Alt+Down, as on Qt's own date edits."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DateField(QWidget):
    """``changed`` fires when the date it stands for changes (typed and left, or picked).

    ``value()`` is the date shown, or None (empty or not readable); ``checked_value()`` says
    why not with a ValidationError naming ``field`` (else the object name). ``date()``,
    ``setDate()`` and the range setters speak QDate like Qt's own date edits."""

    changed = Signal()

    def __init__(
        self,
        today: date,
        value: date | None = None,
        *,
        optional: bool = False,
        birth: bool = False,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today, self.optional, self.birth, self.field = today, optional, birth, field
        self.minimum, self.maximum = date(1900, 1, 1), date(2999, 12, 31)
        self._last: date | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate(CTX, "dd/mm/yyyy"))
        self.edit.setValidator(QRegularExpressionValidator(r"[0-9/.\- ]{0,10}"))
        self.edit.setClearButtonEnabled(optional)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▦")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab never stops on it
        self.button.setToolTip(QCoreApplication.translate(CTX, "Choose on a calendar (Alt+Down)"))
        self.button.setAccessibleName(QCoreApplication.translate(CTX, "Calendar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar: QCalendarWidget | None = None
        self.button.clicked.connect(self.open_calendar)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textChanged.connect(self._text_changed)
        self.set_value(value)

    # -- value ------------------------------------------------------------------------------

    def value(self) -> date | None:
        try:
            return self.checked_value()
        except ValidationError:
            return None

    def checked_value(self) -> date | None:
        """The date, None when an optional field is empty, else ValidationError."""
        field = self.field or self.objectName() or None
        try:
            day = parse_day(self.edit.text(), self.today)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Type the date as day/month/year, e.g. 15/03/2014."),
                field=field,
            ) from None
        if day is None:
            if self.optional:
                return None
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a date."), field=field)
        if not self.minimum <= day <= self.maximum:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a date from {first} to {last}."),
                field=field,
                first=f"{self.minimum:%d/%m/%Y}",
                last=f"{self.maximum:%d/%m/%Y}",
            )
        return day

    def set_value(self, value: date | None) -> None:
        self.edit.setText("" if value is None else f"{value:%d/%m/%Y}")
        self._typed()

    def set_range(self, first: date | None = None, last: date | None = None) -> None:
        self.minimum = first or self.minimum
        self.maximum = last or self.maximum

    # QDate speaking, like QDateEdit, for the forms that compute with QDate.
    def date(self) -> QDate:
        day = self.value()
        return QDate() if day is None else _qdate(day)

    def setDate(self, day: QDate) -> None:
        self.set_value(_pydate(day) if day.isValid() else None)

    def setMaximumDate(self, day: QDate) -> None:
        self.maximum = _pydate(day)

    def setMinimumDate(self, day: QDate) -> None:
        self.minimum = _pydate(day)

    def maximumDate(self) -> QDate:
        return _qdate(self.maximum)

    def minimumDate(self) -> QDate:
        return _qdate(self.minimum)

    def text(self) -> str:
        return self.edit.text()

    # -- typing -----------------------------------------------------------------------------

    def _typed(self) -> None:
        """Leaving the field: a readable date is rewritten as dd/mm/yyyy; anything else stays
        as typed, marked, until fixed (the form's Save says what is wrong)."""
        try:
            day = parse_day(self.edit.text(), self.today)
        except ValueError:
            day = None
            readable = False
        else:
            readable = True
        if day is not None:
            shown = f"{day:%d/%m/%Y}"
            if self.edit.text() != shown:
                self.edit.setText(shown)
        self.edit.setProperty("unreadable", not readable)
        self.edit.setStyleSheet("" if readable else "QLineEdit { border: 2px solid #b00020; }")
        self._emit_if_changed()

    def _text_changed(self, _text: str) -> None:
        # A date typed in full counts at once (a child's birth date shows the guardian section
        # before the field is left); emptying it too.
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        now = self.value()
        if now != self._last:
            self._last = now
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and _opens_calendar(event):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    # -- calendar ---------------------------------------------------------------------------

    def start_day(self) -> Day:
        """Where the calendar opens: the date typed, else ~30 years ago for a birth date, else
        today; always inside the allowed range."""
        day = self.value()
        if day is None:
            day = self.today
            if self.birth:
                day = day.replace(year=day.year - BIRTH_CALENDAR_YEARS, day=min(day.day, 28))
        return min(max(day, self.minimum), self.maximum)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("date_calendar")
        calendar.setLocale(calendar_locale())
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setDateRange(_qdate(self.minimum), _qdate(self.maximum))
        start = self.start_day()
        calendar.setSelectedDate(_qdate(start))
        calendar.setCurrentPage(start.year, start.month)
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.adjustSize()
        calendar.move(self._popup_place(calendar.size()))
        self.calendar = calendar
        calendar.show()
        calendar.move(self._popup_place(calendar.frameGeometry().size()))  # its real size now
        calendar.setFocus()

    def _popup_place(self, size: QSize) -> QPoint:
        """Under the field, or above it when the screen ends first (a field low on a small
        screen), never past the screen's right edge."""
        place = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry()
        if place.y() + size.height() > screen.bottom():
            place = self.mapToGlobal(self.rect().topLeft()) - QPoint(0, size.height())
        place.setX(max(screen.left(), min(place.x(), screen.right() - size.width())))
        return place

    def _picked(self, day: QDate) -> None:
        self.set_value(_pydate(day))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.edit.setFocus()


class DateTimeEdit(QDateTimeEdit):
    """A date and time (dd/MM/yyyy HH:mm) that Tab leaves in one press, like every other field;
    the arrow keys and typing move between day, month, year, hour and minute. Its calendar
    speaks the app's language."""

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            ),
            parent,
        )
        self.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.setCalendarPopup(True)
        self.calendarWidget().setLocale(calendar_locale())
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateTimeEdit spends Tab on its sections (five presses to get out): skip that.
        return QWidget.focusNextPrevChild(self, next)
