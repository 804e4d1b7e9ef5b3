"""Run slow work (key derivation, audit verification) off the GUI thread.

Results come back as Qt signals, which Qt queues onto the GUI thread, so callbacks may touch
widgets. A worker never lets an exception escape: it arrives as ``error``.
"""

from __future__ import annotations

from collections.abc import Callable
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
    callback as its only argument."""

    def __init__(self, fn: Callable[..., Any], wants_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; Workers drops it when finished
        self.fn = fn
        self.wants_progress = wants_progress
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            value = self.fn(self.signals.progress.emit) if self.wants_progress else self.fn()
        except Exception as exc:  # delivered to the screen, which explains it
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


class Workers:
    """Starts tasks on a thread pool and keeps them alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(fn, wants_progress=on_progress is not None)
        task.signals.result.connect(on_result)
        task.signals.error.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._running.add(task)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the app, tests)."""
        return self.pool.waitForDone(msecs)
