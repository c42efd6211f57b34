"""One Chinese style in every zh_CN translation (the glossary), and every string translated, in Chinese and
in the English plural forms."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_zh_translations_follow_the_glossary():
    assert _i18n().glossary_problems() == []


def test_glossary_check_can_fail(tmp_path):
    import json

    mod = _i18n()
    g = json.loads((ROOT / "resources" / "i18n" / "glossary_zh.json").read_text(encoding="utf-8"))
    g["avoid"]["保险库"] = "金柜"  # a word every file uses: now every use is reported
    alt = tmp_path / "g.json"
    alt.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    assert any("保险库 -> 金柜" in p for p in mod.glossary_problems(alt))


def test_everything_is_translated():
    assert _i18n().unfinished() == []


def test_english_plurals(qapp):
    from faceledger.gui import i18n
    from PySide6.QtCore import QCoreApplication

    i18n.install("en")
    tr = QCoreApplication.translate
    assert tr("SettingsPage", "%n request(s)", "", 1) == "1 request"
    assert tr("SettingsPage", "%n request(s)", "", 3) == "3 requests"
    i18n.install("zh_CN")
    assert tr("SettingsPage", "%n request(s)", "", 3) == "3 个请求"
    i18n.install("en")
