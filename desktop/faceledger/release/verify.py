"""Checking a downloaded release folder: the signature on SHA256SUMS, then every artifact's checksum.

The report names each thing that failed (wrong key, changed signature or comment, a changed, missing
or unreadable artifact, a malformed SHA256SUMS line) so the user knows exactly what not to trust.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from faceledger.errors import FaceLedgerError, NotFound
from faceledger.release.checksums import SIGNATURE_SUFFIX, SUMS_NAME, parse_sums, sha256_file
from faceledger.release.keys import release_public_key
from faceledger.release.minisign import PublicKey, Signature, verify

OK, CHANGED, MISSING, UNREADABLE = "ok", "changed", "missing", "unreadable"


@dataclass(frozen=True)
class ArtifactCheck:
    name: str
    status: str  # OK / CHANGED / MISSING / UNREADABLE
    expected: str
    actual: str | None = None
    detail: str = ""


@dataclass
class VerificationReport:
    folder: Path
    key_id: str
    signature_ok: bool = False
    signature_message: str = ""
    trusted_comment: str | None = None
    artifacts: list[ArtifactCheck] = field(default_factory=list)
    sums_problems: list[str] = field(default_factory=list)
    not_listed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.signature_ok and not self.sums_problems and bool(self.artifacts)
                and all(a.status == OK for a in self.artifacts))

    def failures(self) -> list[str]:
        out = [] if self.signature_ok else [f"signature: {self.signature_message}"]
        out += [f"{SUMS_NAME} {p}" for p in self.sums_problems]
        if self.signature_ok and not self.artifacts and not self.sums_problems:
            out.append(f"{SUMS_NAME} lists no artifacts")
        for a in self.artifacts:
            if a.status != OK:
                out.append(f"{a.name}: {a.detail}")
        return out

    def lines(self) -> list[str]:
        out = [f"Release folder: {self.folder}"]
        if self.signature_ok:
            out.append(f"OK       signature on {SUMS_NAME} by the FaceLedger release key {self.key_id}")
            out.append(f"         trusted comment: {self.trusted_comment}")
        else:
            out.append(f"FAILED   signature on {SUMS_NAME}: {self.signature_message}")
        for p in self.sums_problems:
            out.append(f"FAILED   {SUMS_NAME} {p}")
        for a in self.artifacts:
            if a.status == OK:
                out.append(f"OK       {a.name}")
            else:
                out.append(f"FAILED   {a.name}: {a.detail}")
        for name in self.not_listed:
            out.append(f"NOTE     {name} is not listed in {SUMS_NAME}; it was not checked and is not vouched for")
        if self.ok:
            out.append(f"VERIFIED: the signature and all {len(self.artifacts)} checksums are good.")
        else:
            fails = self.failures()
            if not self.signature_ok and self.artifacts:
                out.append(f"(the checksums above come from an unverified {SUMS_NAME} and prove nothing)")
            out.append(f"NOT VERIFIED: {len(fails)} problem(s). Do not install or run these files.")
        return out


def verify_release(folder: Path, public_key: PublicKey | None = None) -> VerificationReport:
    folder = Path(folder)
    key = public_key or release_public_key()
    if not folder.is_dir():
        raise NotFound(f"{folder} is not a folder.", "Give the folder that holds SHA256SUMS and the downloads.")
    report = VerificationReport(folder=folder, key_id=key.key_id_hex)
    sums_path, sig_path = folder / SUMS_NAME, folder / (SUMS_NAME + SIGNATURE_SUFFIX)
    if not sums_path.is_file():
        report.signature_message = f"{SUMS_NAME} is missing from the folder."
        return report
    sums_bytes = sums_path.read_bytes()
    if not sig_path.is_file():
        report.signature_message = f"{sig_path.name} is missing: the checksums are unsigned."
    else:
        try:
            sig = Signature.parse(sig_path.read_bytes())
            verify(sums_bytes, sig, key)
        except FaceLedgerError as err:
            report.signature_message = err.message
        else:
            report.signature_ok = True
            report.trusted_comment = sig.trusted_comment.replace("\t", "  ")
    try:
        text = sums_bytes.decode("utf-8")
    except UnicodeDecodeError:
        report.sums_problems.append("is not UTF-8 text.")
        return report
    parsed = parse_sums(text)
    report.sums_problems.extend(parsed.bad_lines)
    for entry in parsed.entries:
        path = folder / entry.name
        if not path.is_file():
            report.artifacts.append(ArtifactCheck(entry.name, MISSING, entry.sha256, detail="missing from the folder"))
            continue
        try:
            actual = sha256_file(path)
        except OSError as err:
            report.artifacts.append(ArtifactCheck(entry.name, UNREADABLE, entry.sha256, detail=f"cannot read: {err}"))
            continue
        if actual == entry.sha256:
            report.artifacts.append(ArtifactCheck(entry.name, OK, entry.sha256, actual))
        else:
            report.artifacts.append(ArtifactCheck(
                entry.name, CHANGED, entry.sha256, actual,
                detail=f"checksum does not match: the file was changed or damaged "
                       f"(expected {entry.sha256[:16]}…, got {actual[:16]}…)"))
    listed = {e.name for e in parsed.entries}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        # signatures (.minisig) vouch for themselves against the key; they are never listed
        if p.is_file() and rel not in listed and rel != SUMS_NAME and not rel.endswith(SIGNATURE_SUFFIX):
            report.not_listed.append(rel)
    return report
