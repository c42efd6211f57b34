"""`faceledger --selftest` run in-process (the frozen bundle runs the same code; CI does not build it)."""

from __future__ import annotations

import os

from faceledger.cli import main
from faceledger.release import selftest


def test_selftest_passes(capsys, fl_home):
    assert main(["--selftest"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("FaceLedger ") and "self-test" in out[0]
    checks = out[1:-1]
    assert [line.split(":")[0] for line in checks] == [
        "OK   models", "OK   modules", "OK   face detection", "OK   PDF letter", "OK   PDF report",
        "OK   vault"]
    assert "score 0.9" in checks[2] and "face mesh presence" in checks[2]
    assert out[-1] == "SELFTEST PASSED: 6 of 6 checks"
    # the vault round trip used a temporary home and put the real one back
    assert os.environ["FACELEDGER_HOME"] == str(fl_home)
    assert not (fl_home / "vaults" / "selftest").exists()


def test_selftest_reports_each_failure(capsys, monkeypatch):
    monkeypatch.setattr(selftest, "TEST_IMAGE", ("selftest", "no-such-photo.jpg"))
    monkeypatch.setattr(selftest, "LETTER_PHRASES", selftest.LETTER_PHRASES + ("这句话不在信里",))
    assert selftest.run_selftest() == 1
    out = capsys.readouterr().out
    assert "FAIL face detection: the test photo" in out and "no-such-photo.jpg is missing" in out
    assert "FAIL PDF letter:" in out and "FAIL PDF report:" in out and "这句话不在信里" in out
    assert "OK   vault" in out
    assert "SELFTEST FAILED: 3 of 6 checks (face detection, PDF letter, PDF report)" in out


def test_detection_in_wrong_place_fails(monkeypatch):
    monkeypatch.setattr(selftest, "EXPECTED_FACE_CENTRE", (400.0, 400.0))
    [result] = selftest.run_checks((("face detection", selftest.check_face_detection),))
    assert not result.ok and "not where it is" in result.detail


def test_pdf_text_read_with_pypdf_when_poppler_is_absent(monkeypatch):
    monkeypatch.setattr(selftest.shutil, "which", lambda name: None)
    for check in (selftest.check_pdf_letter, selftest.check_pdf_report):
        assert "read back with pypdf" in check()


def test_missing_module_is_reported(monkeypatch):
    monkeypatch.setattr(selftest, "LAZY_LIBRARIES", selftest.LAZY_LIBRARIES + ("no_such_library_xyz",))
    [result] = selftest.run_checks((("modules", selftest.check_modules),))
    assert not result.ok and "no_such_library_xyz (ModuleNotFoundError" in result.detail
