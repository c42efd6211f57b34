"""Where things live. Data under platformdirs' user data dir, or $FACELEDGER_HOME when set."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from faceledger import APP_ID


def data_home() -> Path:
    env = os.environ.get("FACELEDGER_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def private_dir(p: Path) -> Path:
    """Create ``p`` (and its parents) and make it readable by this user alone (0700): vault and case names
    are a client's name for an advocate, and settings say which vaults exist. Never fails on permissions
    it cannot change (a folder the user does not own)."""
    p.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if p.stat().st_mode & 0o077:
            p.chmod(0o700)
    except OSError:
        pass
    return p


def vaults_dir() -> Path:
    return data_home() / "vaults"


def config_dir() -> Path:
    env = os.environ.get("FACELEDGER_HOME")
    if env:
        return Path(env).expanduser() / "config"
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def resources_dir() -> Path:
    env = os.environ.get("FACELEDGER_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
