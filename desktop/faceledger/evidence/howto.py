"""HOW-TO-VERIFY.txt: checking a bundle with standard tools alone (sha256sum, openssl, jq), in zh and en.

The procedure trusts nothing in the bundle that the signature does not cover: it checks the signature
first, then the key against the case header (and against the fingerprint the sender gave), then every
file against the list of SHA-256s inside the signed manifest (and that nothing was added), then the
chain (genesis hash, every entry's hash, every prev_hash link, the signed head), then each timestamp
token over the entry hash taken from entries.jsonl (never a hash written in this text).

Every command line starts with ``$ `` and fails (exit status not 0) when its check fails, so the same
lines can be run as a script; tests/hostile runs them against every attack on a bundle.
"""

from __future__ import annotations

from dataclasses import dataclass

from faceledger.evidence.bundle_layout import ENTRIES, MANIFEST, PUBLIC_KEY, SIGNATURE, SUMS
from faceledger.safetext import for_terminal

PROMPT = "  $ "


@dataclass(frozen=True)
class TokenLine:
    path: str
    seq: int
    digest: str
    ca_path: str
    gen_time: str


UNPACK = "mkdir bundle && unzip -q bundle.zip -d bundle && cd bundle"
SIGNATURE_CMD = f"openssl pkeyutl -verify -pubin -inkey {PUBLIC_KEY} -rawin -in {MANIFEST} -sigfile {SIGNATURE}"
KEY_CMD = (f"K=$(openssl pkey -pubin -in {PUBLIC_KEY} -outform DER | tail -c 32 | sha256sum | cut -c1-64); "
           f"echo \"signing key SHA-256: $K\"; test \"$K\" = \"$(jq -r .case.signing_key.sha256 {MANIFEST})\" "
           "&& echo \"key = case header: OK\"")
FILES_CMD = (f"jq -r '.files | to_entries[] | \"\\(.value)  \\(.key)\"' {MANIFEST} > ../signed.sha256 "
             "&& sha256sum --strict -c ../signed.sha256")
NOTHING_ADDED_CMD = (f"(jq -r '.files | keys[]' {MANIFEST}; printf '%s\\n' {MANIFEST} {SIGNATURE} {SUMS}) "
                     "| LC_ALL=C sort > ../expected.txt && find . -type f | sed 's|^\\./||' | LC_ALL=C sort "
                     "| diff ../expected.txt - && echo \"no file added or missing: OK\"")
SUMS_CMD = f"sha256sum --strict -c {SUMS}"
GENESIS_CMD = (f"test \"$(jq -cjS .case {MANIFEST} | sha256sum | cut -c1-64)\" = "
               f"\"$(jq -r .genesis_hash {MANIFEST})\" && echo \"genesis hash: OK\"")
ENTRY_HASHES_CMD = ("bad=0; while IFS= read -r l; do test \"$(printf '%s' \"$l\" | jq -cjS 'del(.hash, .timestamps)' "
                    "| sha256sum | cut -c1-64)\" = \"$(printf '%s' \"$l\" | jq -r .hash)\" || { bad=1; "
                    "echo \"WRONG hash: entry $(printf '%s' \"$l\" | jq .seq)\"; }; done < " + ENTRIES
                    + "; test $bad = 0 && echo \"every entry's hash: OK\"")
LINKS_CMD = (f"jq -r '\"\\(.seq) \\(.prev_hash) \\(.hash)\"' {ENTRIES} | awk -v g=\"$(jq -r .genesis_hash {MANIFEST})\" "
             f"-v h=\"$(jq -r .chain.head_hash {MANIFEST})\" -v n=\"$(jq -r .chain.entries {MANIFEST})\" "
             "'{ if ($1 != NR || $2 != (NR == 1 ? g : p)) { print \"BROKEN link at entry \" NR; bad = 1 } p = $3 } "
             "END { if (bad || NR != n || p != h) { print \"chain: FAILED\"; exit 1 } "
             "print \"prev_hash links from the genesis hash to the signed head: OK (\" NR \" entries)\" }'")


def token_command(t: TokenLine) -> str:
    """The check of one token, over the entry hash read from entries.jsonl (not one written here)."""
    return (f"openssl ts -verify -digest \"$(jq -r 'select(.seq == {int(t.seq)}) | .hash' {ENTRIES})\" "
            f"-in {t.path} -CAfile {t.ca_path}")


def commands(tokens: list[TokenLine]) -> list[str]:
    """Every command of the procedure, in order (the same in both languages)."""
    return [UNPACK, SIGNATURE_CMD, KEY_CMD, FILES_CMD, NOTHING_ADDED_CMD, SUMS_CMD, GENESIS_CMD, ENTRY_HASHES_CMD,
            LINKS_CMD] + [token_command(t) for t in tokens]


def _cmd(c: str) -> str:
    return PROMPT + c + "\n"


def how_to_verify(case_name: str, head_hash: str, entry_count: int, key_fingerprint: str,
                  tokens: list[TokenLine]) -> str:
    tok = "".join(_cmd(token_command(t)) for t in tokens)
    name = for_terminal(case_name)  # a name cannot add lines (or instructions) to this file
    zh_tokens = (tok + "  每条命令都应显示 \u201cVerification: OK\u201d。-CAfile 是时间戳服务机构（TSA）的根证书；"
                 "请与该机构公布的根证书核对，而不要只相信包内的副本。\n") if tokens else \
        ("  警告：本证据包没有任何可信时间戳。其中的日期只是签名人自己的说法：持有这把密钥的人可以在任何时候写出它。\n")
    en_tokens = (tok + "  Each must say \"Verification: OK\". -CAfile is the Time Stamping Authority's root "
                 "certificate;\n  compare it with the one the TSA publishes rather than trusting the copy in the "
                 "bundle.\n") if tokens else \
        ("  WARNING: this bundle carries NO trusted timestamp. Its dates are only the signer's word: whoever\n"
         "  holds the key could have written it at any time.\n")
    return f"""FaceLedger 证据包 / evidence bundle — 如何核验 / HOW TO VERIFY
案件 / Case: {name}
记录条数 / Entries: {entry_count}
链头哈希 / Chain head (SHA-256 of the last entry): {head_hash}
签名公钥指纹 / Signing key fingerprint (SHA-256 of the raw Ed25519 public key): {key_fingerprint}

======================================================================
中文
======================================================================
核验本证据包不需要人脸账本，也不需要联网，只需要 unzip、openssl、sha256sum、jq 和 awk。
每条以 $ 开头的命令都可以原样粘贴到终端（bash）中运行；检查不通过时，命令会显示错误并以非零状态退出。
本文件本身也在证据包里：请只相信签名所覆盖的内容，即第 3 步核对过的文件。

0. 在一个空文件夹中解压（证据包改名为 bundle.zip）：
{_cmd(UNPACK)}
1. 清单签名：{MANIFEST} 由 Ed25519 私钥签名，签名在 {SIGNATURE}，公钥在 {PUBLIC_KEY}。
{_cmd(SIGNATURE_CMD)}  应显示 \u201cSignature Verified Successfully\u201d。

2. 签名密钥：计算公钥指纹，并与案件信息（{MANIFEST} 中的 case.signing_key.sha256）比对。
{_cmd(KEY_CMD)}  应显示 \u201ckey = case header: OK\u201d。请再把显示的指纹与发送方另行（当面、电话或其他渠道）告诉您的
  指纹比对：伪造者可以用自己的密钥重新签署整个证据包，只有这一步能识破。

3. 每个文件都与签过名的清单相符：从 {MANIFEST}（已签名）取出每个文件的 SHA-256 逐一核对，
  并确认没有多出或缺少文件。{SUMS} 没有签名，只是方便核对，最后再查一遍。
{_cmd(FILES_CMD)}{_cmd(NOTHING_ADDED_CMD)}{_cmd(SUMS_CMD)}  每一行都应显示 \u201cOK\u201d 或 \u201c成功\u201d。exhibits/ 中每个证据文件的文件名就是其 SHA-256。

4. 哈希链：{ENTRIES} 每行一条记录，按序号 1、2、3……排列，不得缺号。
  - 创世哈希是 {MANIFEST} 中 case 对象按 RFC 8785（JSON 规范化）序列化后的 SHA-256，须等于 genesis_hash；
  - 每条记录的 hash 是该记录去掉 hash 字段后按 RFC 8785 序列化的 SHA-256；
  - 第 1 条的 prev_hash 等于创世哈希，之后每条的 prev_hash 等于前一条的 hash；
  - 最后一条的 hash 即链头，须等于已签名的 {MANIFEST} 中的 chain.head_hash。
  本包的字段名均为 ASCII、数值均为整数、文本中没有控制字符，此时 jq -cjS 的输出与 RFC 8785 一致。
{_cmd(GENESIS_CMD)}{_cmd(ENTRY_HASHES_CMD)}{_cmd(LINKS_CMD)}  任何一条被修改、删除、插入、重复或调换顺序，都会使之后的链接或链头对不上。

5. 可信时间戳（RFC 3161）：每个时间戳所盖的是某一条记录的哈希值，这个哈希值取自 {ENTRIES}。
{zh_tokens}
也可以运行 faceledger evidence verify bundle.zip，它会逐项检查并指出第一处问题。

======================================================================
English
======================================================================
Checking this bundle needs neither FaceLedger nor a network: only unzip, openssl, sha256sum, jq and awk.
Every command line starting with $ can be pasted into a terminal (bash) as it is; when its check fails it
says so and exits with a non-zero status. This file is itself in the bundle: trust only what the signature
covers, that is the files checked in step 3.

0. Unpack into an empty folder (with the bundle renamed bundle.zip):
{_cmd(UNPACK)}
1. Manifest signature: {MANIFEST} is signed with an Ed25519 key; the signature is {SIGNATURE}, the
  public key {PUBLIC_KEY}.
{_cmd(SIGNATURE_CMD)}  It must say "Signature Verified Successfully".

2. Signing key: compute the key's fingerprint and compare it with the case header
  (case.signing_key.sha256 in {MANIFEST}).
{_cmd(KEY_CMD)}  It must say "key = case header: OK". Then compare the fingerprint shown with the one the sender gave you
  separately (in person, by phone, another channel): a forger can re-sign a whole bundle with a key of
  their own, and only this comparison exposes it.

3. Every file matches the signed manifest: check each file against the SHA-256 listed in {MANIFEST} (which
  is signed), and that no file was added or removed. {SUMS} is not signed; it is a convenience, checked last.
{_cmd(FILES_CMD)}{_cmd(NOTHING_ADDED_CMD)}{_cmd(SUMS_CMD)}  Every line must say OK. Each exhibit in exhibits/ is named by its own SHA-256.

4. The chain: {ENTRIES} holds one entry per line, numbered 1, 2, 3, ... without gaps.
  - the genesis hash is the SHA-256 of the "case" object of {MANIFEST} as RFC 8785 canonical JSON, and must
    equal genesis_hash;
  - each entry's hash is the SHA-256 of the entry without its "hash" field, as RFC 8785 JSON;
  - entry 1's prev_hash is the genesis hash; every later prev_hash is the hash of the entry before it;
  - the last entry's hash is the chain head and must equal chain.head_hash in the signed {MANIFEST}.
  Field names here are ASCII, numbers integers and texts free of control characters, for which the
  output of jq -cjS is RFC 8785.
{_cmd(GENESIS_CMD)}{_cmd(ENTRY_HASHES_CMD)}{_cmd(LINKS_CMD)}  Changing, removing, inserting, duplicating or reordering any entry breaks a later link or the head.

5. Trusted timestamps (RFC 3161): each token stamps the hash of one entry, taken here from {ENTRIES}.
{en_tokens}
Or run `faceledger evidence verify bundle.zip`, which checks all of it and names the first problem.
"""
