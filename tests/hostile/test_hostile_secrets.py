"""Secrets at rest: what the user puts into a vault through the command line is not in any file FaceLedger keeps.

Markers go in through the CLI: a holder's name, note and e-mail, a case name and description, an evidence title and
description, an exhibit's file name and content, the text of a letter generated from the ledger (kept in the
vault), the user's own name, e-mail and ID number (the sender profile: the app's Letters page saves it, there is
no command for it, so the test calls what that page calls), and the passphrase itself (from the environment and
from a file).
Then a backup is made and restored as a second vault, and an `evidence add` of a 16 MiB exhibit is killed with
SIGKILL while the attachment streams in, leaving its half-written temporary file.

Every file under FACELEDGER_HOME, the backup, the temporary folder the commands ran with (TMPDIR) and every member
of any ZIP among them (decompressed) is searched for each marker in every encoding in ``encodings`` (UTF-8 and its
upper/lower case, UTF-16 and UTF-32 in both byte orders, GB18030, Big5 where the marker is encodable, UTF-7,
base64 and base64url of UTF-8 at each of the three alignments, hex of UTF-8 and of UTF-16 BE (PDF strings) in both
cases, URL encoding (both cases and with '+'), JSON \\u escapes (both cases), HTML entities, quoted-printable,
Python's \\x escapes); the file names are searched too. 0 hits. The letter (-o) and the ledger export are plaintext
by design and excluded; they serve as the positive control: the markers are found there, in UTF-8 and, as the
export carries the letter in base64, at all three base64 alignments. No evidence bundle is exported: a bundle is
plaintext by design too.
"""

from __future__ import annotations

import base64
import json
import os
import quopri
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import zipfile
from pathlib import Path

MARKERS = {
    "holder name": "金門大廈物管公司QZH17",
    "holder note": "備忘：門禁刷臉從未同意QZN29",
    "holder e-mail": "qz.leak.probe31@example.org",
    "case name": "刷脸门禁纠纷案QZC53",
    "case description": "小区业主与物业的人脸门禁争议QZE59",
    "evidence title": "物业短信通知截图QZT67",
    "evidence description": "门口张贴的告示内容QZD71",
    "exhibit file name": "收据扫描件QZF97",
    "exhibit content": "人脸采集同意书正文QZX83",
    "sender name": "李小龍QZS41",
    "sender ID number": "11010519491231002X",
    "sender e-mail": "li.qzs.sender43@example.net",
    "passphrase": "秘密口令Marker-PW-7781",
}


def _base64_inside(data: bytes, alphabet: bytes | None = None) -> list[bytes]:
    """Base64 of ``data`` as it appears inside a longer base64 text, for each of the three alignments: only the
    characters that depend on ``data`` alone."""
    out = []
    for shift in range(3):
        b = base64.b64encode(b"\0" * shift + data, altchars=alphabet)
        out.append(b[(4 if shift else 0):((shift + len(data)) // 3) * 4])
    return out


def encodings(marker: str) -> dict[str, bytes]:
    """The marker as bytes in every form a careless writer might leave it in (distinct forms only)."""
    u8 = marker.encode("utf-8")
    forms: dict[str, bytes] = {"UTF-8": u8, "UTF-8 lower case": marker.lower().encode(),
                               "UTF-8 upper case": marker.upper().encode()}
    for name, codec in (("UTF-16 LE", "utf-16-le"), ("UTF-16 BE", "utf-16-be"), ("UTF-32 LE", "utf-32-le"),
                        ("UTF-32 BE", "utf-32-be"), ("GB18030", "gb18030"), ("Big5", "big5"), ("UTF-7", "utf-7")):
        try:
            forms[name] = marker.encode(codec)
        except UnicodeEncodeError:  # Big5 has no simplified characters
            pass
    for i, b in enumerate(_base64_inside(u8)):
        forms[f"base64 of UTF-8 (alignment {i})"] = b
    for i, b in enumerate(_base64_inside(u8, b"-_")):
        forms[f"base64url of UTF-8 (alignment {i})"] = b
    forms["hex of UTF-8"] = u8.hex().encode()
    forms["HEX of UTF-8"] = u8.hex().upper().encode()
    forms["hex of UTF-16 BE"] = marker.encode("utf-16-be").hex().encode()
    forms["HEX of UTF-16 BE"] = marker.encode("utf-16-be").hex().upper().encode()
    quoted = urllib.parse.quote(marker, safe="")
    forms["URL encoding"] = quoted.encode()
    forms["URL encoding, lower-case hex"] = re.sub("%[0-9A-F]{2}", lambda m: m.group(0).lower(), quoted).encode()
    forms["URL encoding with +"] = urllib.parse.quote_plus(marker).encode()
    escaped = json.dumps(marker)[1:-1]
    forms["JSON \\u escapes"] = escaped.encode()
    forms["JSON \\u escapes, upper-case hex"] = re.sub(r"\\u[0-9a-f]{4}", lambda m: "\\u" + m.group(0)[2:].upper(),
                                                   escaped).encode()
    forms["HTML hex entities"] = "".join(c if ord(c) < 128 else f"&#x{ord(c):x};" for c in marker).encode()
    forms["HTML decimal entities"] = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in marker).encode()
    forms["quoted-printable"] = quopri.encodestring(u8).rstrip(b"=\n")
    forms["Python \\x escapes"] = "".join(chr(b) if b < 128 else f"\\x{b:02x}" for b in u8).encode()
    distinct: dict[bytes, str] = {}
    for name, b in forms.items():
        distinct.setdefault(b, name)
    return {name: b for b, name in distinct.items() if len(b) >= 8}


def scan(roots: list[Path], patterns: list[tuple[str, str, bytes]]) -> tuple[int, int, list[str]]:
    """(files searched, bytes searched, hits) over every file under ``roots``, ZIP members decompressed."""
    files = size = 0
    hits: list[str] = []

    def search(label: str, data: bytes) -> None:
        nonlocal files, size
        files += 1
        size += len(data)
        hits.extend(f"{label}: {what} as {enc}" for what, enc, p in patterns if p in data)

    for root in roots:
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if not path.is_file():
                continue
            name = str(path.relative_to(root.parent)).encode("utf-8", "surrogateescape")
            hits.extend(f"file name {path}: {what}" for what, enc, p in patterns if enc == "UTF-8" and p in name)
            search(str(path), path.read_bytes())
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as z:
                    for member in z.namelist():
                        search(f"{path}!{member}", z.read(member))
    return files, size, hits


def test_no_secret_at_rest_in_any_encoding(fl_home, tmp_path):
    user = tmp_path / "user"  # the user's own files: what they give the CLI and the exports they ask for
    user.mkdir()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    backups = tmp_path / "backups"
    backups.mkdir()
    pw = MARKERS["passphrase"]
    (user / "pw.txt").write_text(pw + "\n", encoding="utf-8")
    exhibit = user / f"{MARKERS['exhibit file name']}.txt"
    exhibit.write_text(f"收据\n{MARKERS['exhibit content']}\n", encoding="utf-8")
    big = user / "big-exhibit.txt"
    big.write_bytes((MARKERS["exhibit content"] + "\n").encode() * (16 * 1024 * 1024 // 40))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACELEDGER_")}
    env.update(FACELEDGER_HOME=str(fl_home), FACELEDGER_PASSPHRASE=pw, FACELEDGER_LANG="en", TMPDIR=str(tmp),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    def cli(*args: str, **extra: str) -> str:
        p = subprocess.run([sys.executable, "-m", "faceledger", *args], env={**env, **extra}, capture_output=True,
                           text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=user)
        assert p.returncode == 0, f"faceledger {' '.join(args)}: exit {p.returncode}\n{p.stderr}"
        return p.stdout

    t0 = time.monotonic()
    cli("vault", "init", "--passphrase")
    holder = json.loads(cli("holder", "add", "--name", MARKERS["holder name"], "--category", "residential",
                            "--notes", MARKERS["holder note"], "--email", MARKERS["holder e-mail"], "--json"))
    with_file = {"FACELEDGER_PASSPHRASE": ""}  # the passphrase from a file this time
    cli("collection", "add", "--holder", str(holder["id"]), "--date", "2025-03-01", "--context", "entry",
        "--passphrase-file", str(user / "pw.txt"), **with_file)
    _save_sender(pw)
    case = cli("evidence", "case", "new", MARKERS["case name"], "--description", MARKERS["case description"]).split()[0]
    cli("evidence", "add", case, "--title", MARKERS["evidence title"], "--kind", "receipt_payment", "--occurred",
        "2025-05-01", "--description", MARKERS["evidence description"], "--file", str(exhibit))
    cli("letter", "--holder", str(holder["id"]), "--type", "withdrawal", "--lang", "zh", "--format", "txt", "-o",
        str(user / "letter.txt"))
    letter_lines = sorted((ln.strip() for ln in (user / "letter.txt").read_text(encoding="utf-8").splitlines()),
                          key=len)
    longest = letter_lines[-1]
    markers = {**MARKERS, "letter text": longest[len(longest) // 2 - 12:len(longest) // 2 + 12]}
    cli("export", "--json", str(user / "ledger.json"))
    cli("vault", "backup", str(backups / "vault.flbackup"))
    cli("vault", "restore", str(backups / "vault.flbackup"), "--vault", "copy")
    # kill -9 while a 16 MiB exhibit streams into the blob store: its half-written temporary file stays behind
    p = subprocess.Popen([sys.executable, "-m", "faceledger", "evidence", "add", case, "--title", "big", "--kind",
                          "note", "--occurred", "2025-05-02", "--file", str(big)], env=env, cwd=user,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    blobs = fl_home / "vaults" / "default" / "blobs"
    deadline = time.monotonic() + 60
    while p.poll() is None and time.monotonic() < deadline:
        temp = [t for t in blobs.glob("*/.*.tmp") if t.stat().st_size > 2 << 20]
        if temp:
            p.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    p.wait(timeout=30)
    half_written = sum(t.stat().st_size for t in blobs.glob("*/.*.tmp"))
    work_s = time.monotonic() - t0

    patterns = [(what, enc, b) for what, m in markers.items() for enc, b in encodings(m).items()]
    t1 = time.monotonic()
    files, size, hits = scan([fl_home, backups, tmp], patterns)
    scan_s = time.monotonic() - t1
    # the positive control: the exports, plaintext by design, hold what went in
    _, _, control = scan([user / "letter.txt", user / "ledger.json"], patterns)
    found = {h.split(": ", 1)[1].split(" as ")[0] for h in control}
    print(f"\nsecrets at rest: {len(markers)} markers in {len(patterns)} encoded forms "
          f"({len(patterns) / len(markers):.0f} per marker), searched in {files} files and ZIP members "
          f"({size / 1e6:.1f} MB, half-written exhibit {half_written / 1e6:.1f} MB) under FACELEDGER_HOME, the backup "
          f"and TMPDIR: {len(hits)} hits ({work_s:.1f} s of CLI work, {scan_s:.1f} s of search); control: "
          f"{len(found)} markers found in the letter and the ledger export")
    assert not hits, "\n".join(hits[:50])
    assert half_written > 0, "the kill came too late to leave a half-written attachment"
    assert {"holder name", "holder note", "holder e-mail", "sender name", "letter text"} <= found, found
    assert (fl_home / "vaults" / "copy" / "vault.db").is_file() and files >= 12
    for db in fl_home.rglob("vault.db"):
        assert not db.read_bytes().startswith(b"SQLite format 3"), db  # SQLCipher: not even the header in clear


def _save_sender(pw: str) -> None:
    """What the Letters page does when the user fills in their own name and ID number."""
    from faceledger.law.facts import Sender
    from faceledger.letters.record import save_sender
    from faceledger.vault.store import open_vault

    with open_vault("default", pw) as v:
        save_sender(v, Sender(name=MARKERS["sender name"], id_number=MARKERS["sender ID number"],
                           email=MARKERS["sender e-mail"], city="杭州"))
