"""Running ``shopprivacy-admin`` in-process: environment through monkeypatch, output through
capsys, and no real waiting between failed sign-ins."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from shopprivacy.cli import context
from shopprivacy.cli.main import main
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services.auth import AuthService
from shopprivacy.storage.database import Database

ENV_NAMES = (
    "SHOPPRIVACY_DB",
    "SHOPPRIVACY_USER",
    "SHOPPRIVACY_PASSWORD",
    "SHOPPRIVACY_NEW_PASSWORD",
    "SHOPPRIVACY_LANG",
    "SHOPPRIVACY_DEBUG",
    "SHOPPRIVACY_RECOVERY_CODE",
    "SHOPPRIVACY_DESK_CODE",
)


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        """The one JSON document on stdout (fails if there is anything else)."""
        decoder = json.JSONDecoder()
        doc, end = decoder.raw_decode(self.out)
        assert self.out[end:].strip() == "", f"more than one JSON document: {self.out!r}"
        return doc


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.db: Path | str | None = None

    def __call__(
        self,
        *argv: str,
        password: str | None = None,
        new_password: str | None = None,
        **env: str,
    ) -> Ran:
        for name, value in (
            ("SHOPPRIVACY_PASSWORD", password),
            ("SHOPPRIVACY_NEW_PASSWORD", new_password),
        ):
            if value is None:
                self.monkeypatch.delenv(name, raising=False)
            else:
                self.monkeypatch.setenv(name, value)
        for name, value in env.items():
            self.monkeypatch.setenv(name, value)
        self.capsys.readouterr()
        prefix = ["--db", str(self.db)] if self.db is not None else []
        code = main([*prefix, *argv])
        captured = self.capsys.readouterr()
        for name in env:
            self.monkeypatch.delenv(name, raising=False)
        return Ran(code, captured.out, captured.err)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the sign-in slowdown asked for, instead of waiting."""
    waits: list[float] = []

    def fast_auth(db: Database, devices: KeyringDeviceStore) -> AuthService:
        return AuthService(db, devices, sleep=waits.append)

    monkeypatch.setattr(context, "make_auth_service", fast_auth)
    return waits


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> Iterator[Cli]:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    yield Cli(capsys, monkeypatch)
