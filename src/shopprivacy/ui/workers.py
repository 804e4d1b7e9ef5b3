"""Run slow work (key derivation, audit verification) off the GUI thread.

Results come back as Qt signals, which Qt queues onto the GUI thread, so callbacks may touch
widgets. A worker never lets an exception escape: it arrives as ``error``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]


class TaskSignals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)
    finished = Signal()


class Task(QRunnable):
    """One call of ``fn``. With ``wants_progress``, ``fn`` gets a ``progress(done, total)``
    callback as its only argument.

    The pool owns and deletes the task when ``run`` returns (auto-delete); the signal object
    belongs to :class:`Workers`, which frees it on the GUI thread once ``finished`` arrives.
    """

    def __init__(self, fn: Callable[..., Any], signals: TaskSignals, wants_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn: Callable[..., Any] | None = fn
        self.signals: TaskSignals | None = signals
        self.wants_progress = wants_progress

    def run(self) -> None:
        signals, fn = self.signals, self.fn
        # Hold nothing after this call: the task is deleted on this thread.
        self.signals = self.fn = None
        if signals is None or fn is None:
            return
        try:
            value = fn(signals.progress.emit) if self.wants_progress else fn()
        except Exception as exc:  # delivered to the screen, which explains it
            signals.error.emit(exc)
        else:
            signals.result.emit(value)
        finally:
            signals.finished.emit()


class Workers:
    """Starts tasks on a thread pool and keeps them alive until they finish.

    A QObject must be freed on its own thread. Each task's signal object is a child of
    ``_owner`` (on the GUI thread), so Qt, not Python's reference count, decides when it goes:
    ``deleteLater`` once ``finished`` arrives, on the GUI thread, wherever the last Python
    reference happens to be dropped.
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._owner = QObject()
        self._running: dict[int, TaskSignals] = {}
        self._next = 0

    def run(
        self,
        fn: Callable[..., Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskSignals:
        signals = TaskSignals(self._owner)
        task = Task(fn, signals, wants_progress=on_progress is not None)
        signals.result.connect(on_result)
        signals.error.connect(on_error)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._next += 1
        key = self._next
        signals.finished.connect(partial(self._finished, key))
        self._running[key] = signals
        self.pool.start(task)
        return signals

    def _finished(self, key: int) -> None:
        signals = self._running.pop(key, None)
        if signals is not None:
            signals.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the app, tests)."""
        return self.pool.waitForDone(msecs)
