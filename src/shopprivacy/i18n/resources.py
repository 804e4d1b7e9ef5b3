"""Where bundled resources live, from a source checkout or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    # src/shopprivacy/i18n/resources.py -> repository root
    return Path(__file__).resolve().parents[3] / "resources"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"
