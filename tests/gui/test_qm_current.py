"""Every finished translation in a resources/i18n/*_zh_CN.ts file is in the compiled .qm the app loads: a
translation typed into the .ts after `scripts/i18n.py update` compiled it would otherwise show in English (the
GUI tests translate their expected texts with the same .qm, so they cannot see a stale one)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*_zh_CN.ts"))


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.stem for p in TS_FILES])
def test_the_compiled_translations_are_those_of_the_ts_file(qapp, ts):
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm"))), f"{ts.with_suffix('.qm').name} is missing"
    stale = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or message.get("numerus"):
                continue
            source = message.findtext("source")
            if translator.translate(name, source) != (tr.text or ""):
                stale.append(f"{name}: {source!r}")
    assert not stale, f"{len(stale)} translations not compiled; run scripts/i18n.py update: {stale[:5]}"
