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


def _sources(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    out = set()
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") not in ("vanished", "obsolete"):
                out.add((ctx.findtext("name"), msg.findtext("source")))
    return out


def test_the_translation_files_hold_every_string_of_the_sources(tmp_path):
    """``check`` reads the .ts files: a string added to the code without ``i18n.py update`` is in none of them
    and shows in English in the Chinese interface while the check says "all translated" (the vault gate's
    "Your vault is locked" did). lupdate is run again on the sources, into a copy, and compared."""
    import subprocess

    mod = _i18n()
    missing = []
    for group, files in mod.groups().items():
        for lang in mod.LANGS:
            committed = mod.I18N / f"{group}_{lang}.ts"
            fresh = tmp_path / f"{group}_{lang}.ts"
            extra = ["-pluralonly"] if lang == "en" else []
            subprocess.run([mod._tool("lupdate"), "-silent", *extra, "-source-language", "en", "-target-language",
                            lang, *map(str, files), "-ts", str(fresh)], check=True)
            want = _sources(fresh) if fresh.exists() else set()
            have = _sources(committed) if committed.exists() else set()
            missing += [f"{committed.name}: {c}: {s!r}" for c, s in sorted(want - have)]
    assert not missing, "run scripts/i18n.py update, then translate:\n" + "\n".join(missing)


def test_evidence_plurals_in_english(qapp):
    from faceledger.gui import i18n
    from PySide6.QtCore import QCoreApplication

    i18n.install("en")
    tr = QCoreApplication.translate
    assert tr("EvidencePage", "Added %n entries from the ledger.", "", 1) == "Added 1 entry from the ledger."
    assert tr("CaseListModel", "%n entries", "", 1) == "1 entry"
    assert tr("EvidencePage", "%n timestamp request(s) queued; use Timestamp… to retry.", "", 2).startswith(
        "2 timestamp requests queued")
