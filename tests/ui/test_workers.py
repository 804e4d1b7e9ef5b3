import pytest
from pytestqt.qtbot import QtBot

from shopprivacy.domain.errors import ValidationError
from shopprivacy.ui.workers import Progress, Workers


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, workers: Workers) -> None:
    import threading

    seen: list[tuple[object, bool]] = []
    workers.run(
        lambda: threading.current_thread() is threading.main_thread(),
        lambda on_main: seen.append(
            (on_main, threading.current_thread() is threading.main_thread())
        ),
        lambda e: pytest.fail(str(e)),
    )
    qtbot.waitUntil(lambda: bool(seen))
    # The work ran elsewhere; the callback runs where widgets may be touched.
    assert seen == [(False, True)]
    qtbot.waitUntil(lambda: not workers.busy)


def test_an_error_is_delivered_not_raised(qtbot: QtBot, workers: Workers) -> None:
    errors: list[BaseException] = []

    def fails() -> None:
        raise ValidationError("Enter the shop's name.")

    workers.run(fails, lambda _r: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError)


def test_progress_is_reported(qtbot: QtBot, workers: Workers) -> None:
    steps: list[tuple[int, int]] = []
    done: list[object] = []

    def count(progress: Progress) -> str:
        for i in range(1, 4):
            progress(i, 3)
        return "done"

    workers.run(
        count,
        done.append,
        lambda e: pytest.fail(str(e)),
        on_progress=lambda d, t: steps.append((d, t)),
    )
    qtbot.waitUntil(lambda: bool(done))
    assert steps == [(1, 3), (2, 3), (3, 3)] and done == ["done"]


def test_finished_tasks_leave_nothing_behind(qtbot: QtBot, workers: Workers) -> None:
    done: list[object] = []
    for i in range(20):
        workers.run(lambda i=i: i, done.append, done.append)
    qtbot.waitUntil(lambda: len(done) == 20 and not workers.busy)
    # Their signal objects are deleted on this (the GUI) thread, not left to the collector.
    qtbot.waitUntil(lambda: workers._owner.children() == [])
