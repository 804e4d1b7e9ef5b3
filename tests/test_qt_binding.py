"""Guards against a Qt binding that miscounts references to None/True.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``True`` on every signal emit and to
``None`` on every call of a method returning nothing; a long report or a day at the desk then
aborted the process ("deallocating None"). We pin a release without the defect; this test
fails loudly if an upgrade brings it back.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont


class Pinger(QObject):
    ping = Signal(object)


def test_emitting_signals_keeps_true_alive(qapp: object) -> None:
    pinger = Pinger()
    before = sys.getrefcount(True)
    for _ in range(2000):
        pinger.ping.emit(1)
    assert abs(sys.getrefcount(True) - before) < 50


def test_setters_keep_none_alive(qapp: object) -> None:
    font, obj = QFont(), QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
