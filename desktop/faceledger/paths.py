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
