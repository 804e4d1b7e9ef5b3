"""Interleaving: the three variants (encrypted shop, same app without encryption, plain SQLite)
run as three processes that take turns, one timed step each: A, B, C, A, B, C… within each
operation. Only one of them runs at a time (no shared cores), and a machine that gets busier
during the run slows all three alike, so the ratios hold.

A variant calls ``turns.take(operation, index)`` before each step; the coordinator
(``run_in_turns``) lets the process that is furthest behind in the list of operations go next,
in A, B, C order among equals.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# The order every variant goes through its work; a step's rank decides whose turn it is.
OPERATIONS = (
    "import", "build", "unlock", "search", "phone", "open", "scroll", "report", "audit", "verify",
)  # fmt: skip
GO = b"g"


class Turns:
    """The variant's side. Without file descriptors (a variant run alone) it never waits."""

    def __init__(self, fds: str | None) -> None:
        self._read = self._write = None
        if fds:
            read, write = (int(fd) for fd in fds.split(","))
            self._read, self._write = os.fdopen(read, "rb", 0), os.fdopen(write, "wb", 0)

    def take(self, operation: str, index: int = 0) -> None:
        if self._write is None or self._read is None:
            return
        self._write.write(f"{OPERATIONS.index(operation)} {index}\n".encode())
        if self._read.read(1) != GO:
            raise SystemExit("the benchmark's coordinator went away")

    def each(self, operation: str, items: Iterable[T], step: Callable[[T], Any]) -> list[float]:
        """Milliseconds of ``step(item)`` for each item, one turn per item."""
        times = []
        for index, item in enumerate(items):
            self.take(operation, index)
            start = time.perf_counter()
            step(item)
            times.append((time.perf_counter() - start) * 1000)
        return times


class _Variant:
    def __init__(self, command: Sequence[str]) -> None:
        to_child, self.to_child = os.pipe()
        self.from_child, from_child = os.pipe()
        argv = [*command, "--turn-fds", f"{to_child},{from_child}"]
        self.proc = subprocess.Popen(argv, pass_fds=(to_child, from_child))
        os.close(to_child)
        os.close(from_child)
        self.reader = os.fdopen(self.from_child, "rb", 0)
        self.writer = os.fdopen(self.to_child, "wb", 0)
        self.waiting: tuple[int, int] | None = None
        self.done = False

    def wait_for_turn(self) -> None:
        """Block until the variant asks for its next turn or ends (its step is over)."""
        line = self.reader.readline()
        if not line:
            self.done, self.waiting = True, None
        else:
            rank, index = line.split()
            self.waiting = (int(rank), int(index))


def run_in_turns(commands: Sequence[Sequence[str]]) -> list[int]:
    """Start the variants and give out turns until all have ended; their exit codes."""
    variants = [_Variant(command) for command in commands]
    for variant in variants:
        variant.wait_for_turn()  # each runs up to its first turn; only start-up overlaps
    while not all(v.done for v in variants):
        ready = [(v.waiting, n) for n, v in enumerate(variants) if v.waiting is not None]
        _, n = min(ready)
        variants[n].writer.write(GO)
        variants[n].wait_for_turn()
    for variant in variants:
        variant.writer.close()
        variant.reader.close()
    return [variant.proc.wait() for variant in variants]
