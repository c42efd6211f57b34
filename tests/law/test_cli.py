"""`faceledger law check|show|list|verify` on real files."""

from __future__ import annotations

import json

import pytest
from faceledger.cli import main
from faceledger.law.catalog import get_catalog

from tests.law.helpers import GUO_BING, GYM_2024, reference_dir


def write(tmp_path, data, name="facts.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_check_json_contract(tmp_path, capsys):
    assert main(["law", "check", write(tmp_path, GYM_2024), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["findings", "suggested_letters", "notes", "what_would_change"]
    assert out["findings"], "the gym facts have findings"
    for f in out["findings"]:
        assert list(f) == ["provision", "status", "role", "why_zh", "why_en"]
        assert f["status"] in ("in_force", "superseded", "draft")
        assert f["role"] in ("obligation", "right", "remedy", "regulator", "definition", "draft")
    assert all(list(s)[:3] == ["type", "why_zh", "why_en"] for s in out["suggested_letters"])
    provisions = [f["provision"] for f in out["findings"]]
    assert "PIPL:29" in provisions and len(provisions) == len(set(provisions))


def test_check_json_by_letter_type(tmp_path, capsys):
    assert main(["law", "check", write(tmp_path, GYM_2024), "--json", "--type", "access"]) == 0
    provisions = {f["provision"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {"PIPL:45", "PIPL:48"} <= provisions and "PIPL:15" not in provisions


def test_check_readable_listing_is_bilingual(tmp_path, capsys):
    assert main(["law", "check", write(tmp_path, GUO_BING)]) == 0
    out = capsys.readouterr().out
    assert "收集是否合法" in out and "Was the collection lawful" in out
    assert "《中华人民共和国网络安全法》第四十一条" in out
    assert "为什么：" in out and "Why: " in out


def test_check_lists_drafts_apart(tmp_path, capsys):
    assert main(["law", "check", write(tmp_path, GYM_2024)]) == 0
    out = capsys.readouterr().out
    drafts = out.split("== 征求意见稿（不是法律）The 2023 draft (not law) ==")[1]
    assert "FRT-DRAFT-2023:Q9" in drafts and "征求意见稿，未生效" in drafts


def test_check_unknown_date_says_so(tmp_path, capsys):
    data = {"holder": {"name": "x", "category": "other"}, "collection": {"consent": "none"}, "as_of": "2026-01-05"}
    assert main(["law", "check", write(tmp_path, data)]) == 0
    assert "collection date is unknown" in capsys.readouterr().out


@pytest.mark.parametrize(("collection", "field"), [({"consent": "maybe"}, "collection.consent"),
                                                   ({"smell": "bad"}, "collection.smell")])
def test_check_rejects_bad_values_naming_the_field(tmp_path, capsys, collection, field):
    data = {"holder": {"name": "x", "category": "other"}, "collection": collection}
    assert main(["law", "check", write(tmp_path, data), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and field.split(".")[1] in captured.err and "Traceback" not in captured.err


def test_check_missing_file(tmp_path, capsys):
    assert main(["law", "check", str(tmp_path / "nope.json")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_show_confirmed_and_unconfirmed(capsys):
    assert main(["law", "show", "PIPL:47"]) == 0
    out = capsys.readouterr().out
    assert "《中华人民共和国个人信息保护法》第四十七条" in out and "有下列情形之一的，个人信息处理者应当主动删除个人信息" in out
    assert main(["law", "show", "SPC-FR-2021:9"]) == 0
    out = capsys.readouterr().out
    unverified = get_catalog().provision("SPC-FR-2021:9").unverified_text_zh
    assert "cite by number and subject only" in out and unverified[:12] not in out
    assert main(["law", "show", "SPC-FR-2021:4"]) == 0
    assert "强迫或者变相强迫" in capsys.readouterr().out  # confirmed by a second copy (law-additions.md)
    assert main(["law", "show", "FRT-MEASURES-2025:10"]) == 0
    assert "第十条第一款" in capsys.readouterr().out


def test_show_json_and_unknown(capsys):
    assert main(["law", "show", "CSL-2025:45", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["renumbered_from"] == "CSL-2016:43" and data["confirmed"] is True
    assert main(["law", "show", "PIPL:999"]) == 1
    assert "No provision" in capsys.readouterr().err


def test_list(capsys):
    assert main(["law", "list", "--instrument", "FRT-MEASURES-2025"]) == 0
    out = capsys.readouterr().out
    assert "FRT-MEASURES-2025:13" in out and "20 provisions, 7 quoted in full" in out
    assert main(["law", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["instruments"]) == 21 and len(data["provisions"]) == 153


def test_verify(capsys, monkeypatch):
    ref = reference_dir()
    if ref is None:
        pytest.skip("shared/reference not present")
    assert main(["law", "verify", str(ref)]) == 0
    assert "match the reference byte for byte" in capsys.readouterr().out
    monkeypatch.delenv("FACELEDGER_LAW_REFERENCE", raising=False)
    assert main(["law", "verify"]) == 1
    assert "No reference folder" in capsys.readouterr().err


def test_law_without_action_prints_usage(capsys):
    assert main(["law"]) == 2
    assert "check" in capsys.readouterr().out
