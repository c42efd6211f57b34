"""Encrypted attachment store.

Each blob is a file named by a random id (the name says nothing about the content) holding:
``b"FLB1" | salt(32) | chunk*``. A per-blob key comes from HKDF(store key, salt); each chunk is
AES-256-GCM over at most 1 MiB of plaintext with the nonce ``counter(11 bytes) | final(1 byte)``, so
reordering, truncation and extension are all detected. The SHA-256 of the plaintext is computed
while writing (streamed, any size) and returned to the caller.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from faceledger.errors import RESTORE_HINT_ZH, FaceLedgerError, NotFound, VaultCorrupt, os_reason_zh
from faceledger.vault.keys import derive

MAGIC = b"FLB1"
CHUNK = 1 << 20
TAG = 16
_ID = re.compile(r"^[0-9a-f]{32}$")

Progress = Callable[[int], None]


def _nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


class BlobStore:
    def __init__(self, root: Path, key: bytes):
        self.root = root
        self._key = key

    # ------------------------------------------------------------ paths
    def path(self, blob_id: str) -> Path:
        if not _ID.match(blob_id):
            raise NotFound(f"Not an attachment id: {blob_id!r}",
                           zh=f"不是附件编号：{blob_id!r}")
        return self.root / blob_id[:2] / blob_id

    def exists(self, blob_id: str) -> bool:
        return self.path(blob_id).exists()

    def ids(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir():
                for f in sorted(sub.iterdir()):
                    if _ID.match(f.name):
                        yield f.name

    def remove_leftovers(self, older_than_s: float = 600) -> int:
        """Delete half-written attachments (``.<id>.tmp``) left by a process killed while writing.

        Only files untouched for ``older_than_s`` go (a write in progress touches its file with every
        chunk), so a write in another process (the app and the command line on one vault) is never cut. Returns how many were removed."""
        if not self.root.is_dir():
            return 0
        import time

        cutoff = time.time() - older_than_s
        removed = 0
        for tmp in self.root.glob("*/.*.tmp"):
            try:
                if tmp.is_file() and tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                continue  # gone already, or not ours to remove: never fail an open over it
        return removed

    # ------------------------------------------------------------ writing
    def put_bytes(self, data: bytes) -> tuple[str, str, int]:
        import io

        return self.put_stream(io.BytesIO(data))

    def put_file(self, path: str | os.PathLike, progress: Progress | None = None) -> tuple[str, str, int]:
        try:
            f = open(path, "rb")
        except FileNotFoundError:
            raise FaceLedgerError(f"File not found: {path}",
                                  zh=f"找不到文件：{path}") from None
        except IsADirectoryError:
            raise FaceLedgerError(f"This is a folder, not a file: {path}",
                                  zh=f"这是文件夹，不是文件：{path}") from None
        except OSError as err:
            raise FaceLedgerError(f"Cannot read {path}: {err.strerror or err}",
                                  zh=f"无法读取 {path}：{os_reason_zh(err)}") from None
        with f:
            return self.put_stream(f, progress)

    def put_stream(self, src: BinaryIO, progress: Progress | None = None) -> tuple[str, str, int]:
        """Encrypt ``src`` into a new blob. Returns (blob_id, sha256 hex of the plaintext, size)."""
        blob_id = secrets.token_hex(16)
        dest = self.path(blob_id)
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = dest.with_name(f".{blob_id}.tmp")
        salt = secrets.token_bytes(32)
        aes = AESGCM(derive(self._key, "blob", salt=salt))
        digest = hashlib.sha256()
        size = 0
        counter = 0
        try:
            with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
                out.write(MAGIC + salt)
                chunk = src.read(CHUNK)
                while True:
                    nxt = src.read(CHUNK) if len(chunk) == CHUNK else b""
                    final = not nxt
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(aes.encrypt(_nonce(counter, final), chunk, None))
                    counter += 1
                    if progress:
                        progress(size)
                    if final:
                        break
                    chunk = nxt
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise FaceLedgerError(f"Could not store the attachment: {err.strerror or err}",
                                  "Check the free disk space and try again.",
                                  zh=f"无法保存附件：{os_reason_zh(err)}",
                                  hint_zh="请检查磁盘剩余空间后重试。") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return blob_id, digest.hexdigest(), size

    # ------------------------------------------------------------ reading
    def iter_chunks(self, blob_id: str) -> Iterator[bytes]:
        p = self.path(blob_id)
        try:
            f = open(p, "rb")
        except FileNotFoundError:
            raise NotFound(f"Attachment {blob_id} is missing from the vault.",
                           "Restore the vault from a backup with `faceledger vault restore`.",
                           zh=f"保险库中缺少附件 {blob_id}。",
                           hint_zh=RESTORE_HINT_ZH) from None
        with f:
            head = f.read(len(MAGIC) + 32)
            if len(head) != len(MAGIC) + 32 or not head.startswith(MAGIC):
                raise VaultCorrupt(f"Attachment {blob_id} is damaged (bad header).",
                                   zh=f"附件 {blob_id} 已损坏（文件头错误）。")
            aes = AESGCM(derive(self._key, "blob", salt=head[len(MAGIC):]))
            counter = 0
            block = f.read(CHUNK + TAG)
            while True:
                nxt = f.read(CHUNK + TAG)
                final = not nxt
                try:
                    yield aes.decrypt(_nonce(counter, final), block, None)
                except InvalidTag:
                    raise VaultCorrupt(f"Attachment {blob_id} is damaged or was altered.",
                                       "Restore the vault from a backup with `faceledger vault restore`.",
                                       zh=f"附件 {blob_id} 已损坏或被改动过。",
                                       hint_zh=RESTORE_HINT_ZH) from None
                if final:
                    return
                counter += 1
                block = nxt

    def read_bytes(self, blob_id: str) -> bytes:
        return b"".join(self.iter_chunks(blob_id))

    def export_to(self, blob_id: str, dest: str | os.PathLike) -> str:
        """Decrypt into ``dest``; returns the SHA-256 of what was written."""
        digest = hashlib.sha256()
        tmp = Path(f"{dest}.part")
        try:
            with open(tmp, "wb") as out:
                for chunk in self.iter_chunks(blob_id):
                    digest.update(chunk)
                    out.write(chunk)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        return digest.hexdigest()

    def delete(self, blob_id: str) -> None:
        self.path(blob_id).unlink(missing_ok=True)
