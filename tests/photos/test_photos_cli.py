"""The CLI contract of `faceledger photo check|protect|scan`."""

from __future__ import annotations

import json

import pytest

from faceledger.cli import main

from .conftest import astronaut_rgb, jpeg_with_exif


def test_check_json(tmp_path, astro_png, capsys):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"")
    assert main(["photo", "check", "--json", str(astro_png), str(bad), str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["ok"] for o in out] == [True, False, False]
    good = out[0]
    assert good["verdict"] == "high" and good["width"] == 512 and len(good["faces"]) == 1
    assert len(good["faces"][0]["box"]) == 4 and isinstance(good["faces"][0]["reasons"], list)
    assert out[1]["error"] and out[1]["verdict"] is None


def test_check_table_zh(astro_png, capsys):
    assert main(["photo", "check", "--lang", "zh", str(astro_png)]) == 0
    assert "两眼间距" in capsys.readouterr().out


def test_usage_error_is_2():
    with pytest.raises(SystemExit) as e:
        main(["photo", "check"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["photo", "protect", "x.jpg"])
    assert e.value.code == 2


def test_protect_json(tmp_path, capsys):
    src = jpeg_with_exif(tmp_path / "me.jpg", astronaut_rgb())
    out = tmp_path / "safe.jpg"
    assert main(["photo", "protect", str(src), "-o", str(out), "--method", "pixelate", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["faces_before"] >= 1 and rep["faces_after"] == 0 and rep["output"] == str(out)
    assert "gps" in rep["metadata_removed"] and out.is_file()


def test_protect_unreadable_input(tmp_path, capsys):
    bad = tmp_path / "bad.jpg"
    bad.write_text("text")
    assert main(["photo", "protect", str(bad), "-o", str(tmp_path / "o.jpg")]) == 1
    assert "not a picture" in capsys.readouterr().err


def test_scan_report(tmp_path, astro_png, capsys):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.png").write_bytes(astro_png.read_bytes())
    assert main(["photo", "scan", str(d), "--json", "--workers", "1", "--report", str(tmp_path / "r")]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["checked"] == 1 and rep["results"][0]["verdict"] == "high"
    assert (tmp_path / "r.json").is_file() and (tmp_path / "r.csv").is_file()


def test_scan_progress_reaches_a_terminal(tmp_path, astro_png):
    """The scan's threads send file descriptor 2 nowhere while they check (the C decoders' warnings); the
    progress still reaches the terminal, every step of it, through a descriptor of its own."""
    import os
    import pty
    import sys
    from pathlib import Path

    d = tmp_path / "d"
    d.mkdir()
    for i in range(4):
        (d / f"a{i}.png").write_bytes(astro_png.read_bytes())
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI on a terminal
        os.chdir(desktop)
        os.execv(sys.executable, [sys.executable, "-m", "faceledger", "photo", "scan", str(d), "--workers", "2",
                                  "--lang", "en"])
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    text = out.decode("utf-8", errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text[-1000:]
    steps = [p.strip() for p in text.split("\r") if p.strip().endswith("%")]
    assert steps == ["25%", "50%", "75%", "100%"], text[-1000:]
    assert "4 photo(s) in" in text and "on 2 thread(s)" in text
