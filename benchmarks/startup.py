"""Start-up times, each a whole new process as a shop's PC starts it, beside two floors: Python
doing nothing (``python -c pass``) and a bare PySide6 window. The cases take turns (every case
once per round, for several rounds), so a machine that gets busier slows them all alike.

Timed from the second start on (Python's compiled bytecode kept, as on a shop's PC after the
first start; one untimed start of each case comes first).

Targets (issue "Fast to start"): ``--help`` under 0.3 s; a command under 1.0 s plus its key
derivation; the GUI's first window under 1.0 s; ``--demo`` ready under 3 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench_stats import summary

PASSWORD = "Bao-mat#Kho-khach-2026"
APP = "from shopprivacy.app import main; raise SystemExit(main())"
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([])\n"
    "label = QLabel('Xin chào')\n"
    "label.show()\n"
    "app.processEvents()"
)
KDF = (
    "import os, time\n"
    "from shopprivacy.security import kdf\n"
    "start = time.perf_counter()\n"
    "kdf.derive_key(b'x' * 16, os.urandom(16))\n"
    "print(f'derived in {time.perf_counter() - start:.3f} s')"
)


def _admin() -> list[str]:
    script = Path(sys.executable).with_name("shopprivacy-admin")
    return [str(script)] if script.exists() else [sys.executable, "-m", "shopprivacy.cli.main"]


def _environment(folder: Path) -> dict[str, str]:
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPPRIVACY_")}
    # As on a shop's PC from its second start on: Python's compiled bytecode is kept (here in
    # the run's own folder, never in the source tree). Without it every start recompiles
    # SQLAlchemy and the app from source, which roughly doubles these times.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the PC's keyring
        SHOPPRIVACY_DB=str(folder / "shop.db"),
        SHOPPRIVACY_USER="giamdoc",
        SHOPPRIVACY_PASSWORD=PASSWORD,
        SHOPPRIVACY_NEW_PASSWORD=PASSWORD,
    )
    return env


def cases(folder: Path) -> dict[str, list[str]]:
    py, db = sys.executable, str(folder / "shop.db")
    return {
        "python_pass": [py, "-c", "pass"],
        "bare_window": [py, "-c", BARE_WINDOW],
        "help": [*_admin(), "--help"],
        "command": [*_admin(), "--json", "user", "list"],
        "key_derivation": [py, "-c", KDF],
        "gui_first_window": [py, "-c", APP, "--smoke-test", "--db", db],
        "demo_ready": [py, "-c", APP, "--demo", "--smoke-test"],
    }


def _seconds_reported(stdout: str, prefix: str) -> float | None:
    for line in stdout.splitlines():
        if line.startswith(prefix):
            return float(line[len(prefix) :].split()[0])
    return None


def measure_startup(rounds: int, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    env = _environment(folder)
    init = [*_admin(), "init", "--shop-name", "Cửa hàng Điện máy An Khang", "--director",
            "giamdoc", "--director-name", "Trần Thị Bích Ngọc"]  # fmt: skip
    subprocess.run(init, env=env, check=True, capture_output=True, timeout=300)
    wall: dict[str, list[float]] = {name: [] for name in cases(folder)}
    inside: dict[str, list[float]] = {"gui_first_window": [], "demo_ready": [], "kdf": []}
    for argv in cases(folder).values():  # a first start, untimed: compiles the bytecode
        subprocess.run(argv, env=env, capture_output=True, timeout=300, check=False)
    for _ in range(rounds):
        for name, argv in cases(folder).items():
            start = time.perf_counter()
            done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
            wall[name].append((time.perf_counter() - start) * 1000)
            if done.returncode:
                raise SystemExit(f"start-up case {name} failed: {done.stderr[-800:]}")
            first = _seconds_reported(done.stdout, "first window after ")
            if first is not None:
                inside[name].append(first * 1000)
            derived = _seconds_reported(done.stdout, "derived in ")
            if derived is not None:
                inside["kdf"].append(derived * 1000)
    result = {f"{name}_ms": summary(times) for name, times in wall.items()}
    result.update({f"{name}_reported_ms": summary(times) for name, times in inside.items()})
    result["rounds"] = rounds
    return result


def startup_table(result: dict[str, Any]) -> str:
    """Medians of whole processes (start to exit; the GUI rows: start to first window shown, as
    ``--smoke-test`` reports it)."""
    kdf = result["kdf_reported_ms"]["p50"]
    rows = [
        ("`python -c pass` (floor)", result["python_pass_ms"]["p50"], "", None),
        ("A bare PySide6 window, start to exit (floor)", result["bare_window_ms"]["p50"], "", None),
        ("`shopprivacy-admin --help`", result["help_ms"]["p50"], "< 300 ms", 300.0),
        (f"`shopprivacy-admin user list` (incl. one key derivation, {kdf:,.0f} ms)",
         result["command_ms"]["p50"], f"< {1000 + kdf:,.0f} ms (1 s + key derivation)",
         1000.0 + kdf),
        ("GUI: process start to first window (sign-in)",
         result["gui_first_window_reported_ms"]["p50"], "< 1000 ms", 1000.0),
        ("GUI `--demo`: start to sign-in window, practice shop built",
         result["demo_ready_reported_ms"]["p50"], "< 3000 ms", 3000.0),
    ]  # fmt: skip
    lines = [
        f"Start-up, median of {result['rounds']} interleaved rounds",
        "",
        "| Start-up | Time | Target | Met |",
        "|---|---:|---|---|",
    ]
    for label, value, target, limit in rows:
        verdict = "" if limit is None else ("ok" if value < limit else "MISSED")
        lines.append(f"| {label} | {value:,.0f} ms | {target} | {verdict} |")
    return "\n".join(lines)
