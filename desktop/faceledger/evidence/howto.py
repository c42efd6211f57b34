"""HOW-TO-VERIFY.txt: checking a bundle with standard tools alone (sha256sum, openssl), in zh and en."""

from __future__ import annotations

from dataclasses import dataclass

from faceledger.evidence.bundle_layout import ENTRIES, MANIFEST, PUBLIC_KEY, SIGNATURE, SUMS


@dataclass(frozen=True)
class TokenLine:
    path: str
    seq: int
    digest: str
    ca_path: str
    gen_time: str


def _token_commands(tokens: list[TokenLine]) -> str:
    if not tokens:
        return "  (none / 无)\n"
    return "".join(f"  openssl ts -verify -digest {t.digest} -in {t.path} -CAfile {t.ca_path}\n"
                   for t in tokens)


def how_to_verify(case_name: str, head_hash: str, entry_count: int, key_fingerprint: str,
                  tokens: list[TokenLine]) -> str:
    cmds = _token_commands(tokens)
    return f"""FaceLedger 证据包 / evidence bundle — 如何核验 / HOW TO VERIFY
案件 / Case: {case_name}
记录条数 / Entries: {entry_count}
链头哈希 / Chain head (SHA-256 of the last entry): {head_hash}
签名公钥指纹 / Signing key fingerprint (SHA-256 of the raw Ed25519 public key): {key_fingerprint}

======================================================================
中文
======================================================================
核验本证据包不需要 FaceLedger，也不需要联网。先解压：
  unzip bundle.zip -d bundle && cd bundle

1. 文件完整性：逐一核对每个文件的 SHA-256。
  sha256sum -c {SUMS}
  每一行都应显示"成功"或 "OK"。exhibits/ 目录中每个证据文件的文件名就是其 SHA-256。

2. 清单签名：{MANIFEST} 由 Ed25519 私钥签名，签名在 {SIGNATURE}，公钥在 {PUBLIC_KEY}。
  openssl pkeyutl -verify -pubin -inkey {PUBLIC_KEY} -rawin -in {MANIFEST} -sigfile {SIGNATURE}
  应显示 "Signature Verified Successfully"。
  公钥指纹（可与对方另行告知的指纹比对）：
  openssl pkey -pubin -in {PUBLIC_KEY} -outform DER | tail -c 32 | sha256sum

3. 可信时间戳（RFC 3161）：每个时间戳所盖的是某一条记录的哈希值。
{cmds}  每条命令应显示 "Verification: OK"。-CAfile 是时间戳服务机构（TSA）的根证书；
  请与该机构公布的根证书核对，而不要只相信包内的副本。

4. 哈希链规则：{ENTRIES} 每行一条记录，按序号 1、2、3……排列，不得缺号。
  - 每条记录的 hash 是该记录（去掉 hash 字段）按 RFC 8785（JSON 规范化）序列化后的 SHA-256；
  - 第 1 条的 prev_hash 等于案件的创世哈希，即 {MANIFEST} 中 case 对象按 RFC 8785 序列化后的 SHA-256
    （其中记载了签名公钥指纹，因此替换公钥会使整条链失效）；
  - 之后每条的 prev_hash 等于前一条的 hash；
  - 最后一条的 hash 即链头，须与 {MANIFEST} 中 chain.head_hash 相同，而清单已签名。
  任何一条被修改、删除、插入、重复或调换顺序，都会使之后的链接或链头对不上。
  用 jq 可以逐行重算（本包的字段名均为 ASCII，数值均为整数，此时 jq -cS 的输出与 RFC 8785 一致）：
  while IFS= read -r l; do printf '%s' "$l" | jq -cS 'del(.hash)' | tr -d '\\n' | sha256sum; done < {ENTRIES}
  也可以运行 faceledger evidence verify bundle.zip，它会逐项检查并指出第一处问题。

======================================================================
English
======================================================================
Checking this bundle needs neither FaceLedger nor a network. Unpack it first:
  unzip bundle.zip -d bundle && cd bundle

1. File integrity: every file's SHA-256.
  sha256sum -c {SUMS}
  Every line must say OK. Each exhibit in exhibits/ is named by its own SHA-256.

2. Manifest signature: {MANIFEST} is signed with an Ed25519 key; the signature is {SIGNATURE},
  the public key {PUBLIC_KEY}.
  openssl pkeyutl -verify -pubin -inkey {PUBLIC_KEY} -rawin -in {MANIFEST} -sigfile {SIGNATURE}
  It must say "Signature Verified Successfully". The key's fingerprint (compare it with one the sender
  gave you separately):
  openssl pkey -pubin -in {PUBLIC_KEY} -outform DER | tail -c 32 | sha256sum

3. Trusted timestamps (RFC 3161): each token stamps the hash of one entry.
{cmds}  Each must say "Verification: OK". -CAfile is the Time Stamping Authority's root certificate;
  compare it with the one the TSA publishes rather than trusting the copy in the bundle.

4. The chain rule: {ENTRIES} holds one entry per line, numbered 1, 2, 3, ... without gaps.
  - Each entry's hash is the SHA-256 of the entry without its "hash" field, serialised as RFC 8785
    canonical JSON;
  - entry 1's prev_hash is the case's genesis hash: the SHA-256 of the "case" object of {MANIFEST} as
    RFC 8785 JSON (it records the signing key's fingerprint, so replacing the key breaks the chain);
  - every later entry's prev_hash is the hash of the entry before it;
  - the last entry's hash is the chain head and must equal chain.head_hash in the signed {MANIFEST}.
  Changing, removing, inserting, duplicating or reordering any entry breaks a later link or the head.
  jq can recompute each hash (field names here are ASCII and numbers integers, for which jq -cS output
  is RFC 8785):
  while IFS= read -r l; do printf '%s' "$l" | jq -cS 'del(.hash)' | tr -d '\\n' | sha256sum; done < {ENTRIES}
  Or run `faceledger evidence verify bundle.zip`, which checks all of it and names the first problem.
"""
