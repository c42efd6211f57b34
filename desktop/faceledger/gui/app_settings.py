"""Preferences that must be read before any vault is open (language, last vault). No personal data."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields

from faceledger import paths


@dataclass
class AppSettings:
    language: str = ""        # "" = follow the system; "zh_CN" or "en"
    last_vault: str = "default"
    tray_reminders: bool = True
    update_check: bool = False  # periodic update check, off unless the user turns it on
    tsa_url: str = ""
    auto_lock_minutes: int = 10   # lock after this many idle minutes; 0 = never
    lock_on_screen_lock: bool = True

    @classmethod
    def load(cls) -> AppSettings:
        f = paths.config_dir() / "settings.json"
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {x.name for x in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known and isinstance(v, type(getattr(cls(), k)))})

    def save(self) -> None:
        d = paths.private_dir(paths.config_dir())
        tmp = d / "settings.json.tmp"
        tmp.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        os.replace(tmp, d / "settings.json")
