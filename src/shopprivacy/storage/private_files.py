"""Files with personal data written by this app: readable by this OS account only, and never
seen half-written.

A file is made as a hidden temporary file in the target folder with mode 0600 from its first
byte (``mkstemp``), filled and synced to disk; the caller then records the export in the audit
log, and only after that commits is the file moved into place. An export that is not logged
therefore never appears under its name, and a failure leaves no stray copy behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO

PRIVATE_MODE = 0o600


class StagedFile:
    """A private temporary text file beside ``target``: write to ``handle``, then ``publish``
    (after the audit entry committed) or ``discard``."""

    def __init__(self, target: Path, encoding: str = "utf-8-sig") -> None:
        self.target = Path(target)
        folder = self.target.parent if str(self.target.parent) else Path(".")
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=folder)
        self.temp = Path(name)
        self.handle: IO[str] = os.fdopen(fd, "w", encoding=encoding, newline="")

    def finish_writing(self) -> None:
        """Flush and sync the content to disk, and close it (still under its temporary name)."""
        if self.handle.closed:
            return
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()

    def publish(self) -> Path:
        """Move the finished file into place (atomically on the same folder) with mode 0600."""
        self.finish_writing()
        os.replace(self.temp, self.target)
        restrict(self.target)
        return self.target

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temp)


def restrict(path: Path) -> None:
    """Mode 0600 where the OS has such modes (on Windows the user's profile folder does this)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_MODE)


def create_private(path: Path) -> None:
    """Make ``path`` as an empty file only this account can read, if it does not exist yet, so
    whatever opens it next (SQLite) never creates it with the default, wider mode."""
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
        os.close(fd)
