"""`faceledger evidence ...`: cases, entries, timestamps, bundle export and verification.

Contract (used by checks outside the tests; keep it stable):
  evidence case new NAME                      prints the case id
  evidence add CASE --title T --kind K --occurred YYYY-MM-DD [--file F]... [--source S] [--description D]
  evidence list CASE --json
  evidence stamp CASE --tsa URL [--ca-file PEM]
  evidence export CASE -o FILE
  evidence verify FILE                        no vault, no network; exit 0 if intact, 1 naming the first failure
"""

from __future__ import annotations

import argparse
import sys

from faceledger.evidence.model import CAPTURE_METHODS, ENTRY_KINDS


def register(sub, parents) -> None:
    v = [parents["vault"]]
    p = sub.add_parser("evidence", help="append-only evidence log: cases, exhibits, timestamps, bundles")
    es = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)

    c = es.add_parser("case", help="evidence cases (案件)")
    cs = c.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    a = cs.add_parser("new", parents=v, help="open a new case; prints its id")
    a.add_argument("name")
    a.add_argument("--description")
    a.add_argument("--timezone", help="IANA time zone of the events (default: this computer's)")
    a.set_defaults(handler=cmd_case_new)
    a = cs.add_parser("list", parents=v, help="list cases")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_case_list)

    a = es.add_parser("add", parents=v, help="append an entry (with exhibit files) to a case")
    _entry_options(a, kind_required=True)
    a.set_defaults(handler=cmd_add)

    a = es.add_parser("correct", parents=v,
                      help="append a correction of an entry (the corrected entry stays as it was)")
    _entry_options(a, kind_required=False)
    a.add_argument("seq", type=int, help="number of the entry being corrected")
    a.set_defaults(handler=cmd_correct)

    a = es.add_parser("add-request", parents=v,
                      help="add a ledger request's letter sent and its reply to a case, in one step")
    a.add_argument("case")
    a.add_argument("request", type=int, help="request id (see `faceledger request list`)")
    g = a.add_mutually_exclusive_group()
    g.add_argument("--letter-only", action="store_true")
    g.add_argument("--reply-only", action="store_true")
    a.add_argument("--collector", help="who collected it")
    a.set_defaults(handler=cmd_add_request)

    a = es.add_parser("list", parents=v, help="a case's entries in order")
    a.add_argument("case")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)

    a = es.add_parser("stamp", parents=v,
                      help="get RFC 3161 timestamps from a Time Stamping Authority you choose (network)")
    a.add_argument("case")
    a.add_argument("--tsa", required=True, metavar="URL", help="the TSA's address, e.g. https://freetsa.org/tsr")
    a.add_argument("--ca-file", metavar="PEM", help="the TSA's root certificate(s) (default: the system's roots)")
    a.add_argument("--entries", action="store_true",
                   help="stamp every entry not yet stamped (default: only the chain head)")
    a.add_argument("--retry", action="store_true", help="only retry stamps queued after earlier failures")
    a.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for the TSA (default 20)")
    a.set_defaults(handler=cmd_stamp)

    a = es.add_parser("export", parents=v, help="write a bundle (ZIP) anyone can verify")
    a.add_argument("case")
    a.add_argument("-o", "--output", required=True, metavar="FILE")
    a.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of report.pdf (default zh)")
    a.set_defaults(handler=cmd_export)

    a = es.add_parser("verify", help="check a bundle: no vault and no network needed")
    a.add_argument("file")
    a.add_argument("--key", metavar="SHA256", help="also require this signing-key fingerprint")
    a.add_argument("--tsa-ca", metavar="PEM", help="check timestamps against this root instead of the bundle's")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_verify)


def _entry_options(a: argparse.ArgumentParser, *, kind_required: bool) -> None:
    a.add_argument("case")
    a.add_argument("--title", required=kind_required)
    a.add_argument("--kind", required=kind_required, choices=list(ENTRY_KINDS))
    a.add_argument("--occurred", required=kind_required, metavar="DATE",
                   help="when it happened: YYYY-MM-DD (or YYYY-MM-DDTHH:MM), in the case's time zone")
    a.add_argument("--file", action="append", default=[], metavar="F", help="an exhibit file (repeatable)")
    a.add_argument("--source", help="how it was obtained (证据来源)")
    a.add_argument("--description", help="what it shows, what it proves (证明对象)")
    a.add_argument("--timezone", help="time zone of --occurred (default: the case's)")
    a.add_argument("--captured", metavar="DATE", help="when the exhibit files were captured")
    a.add_argument("--capture-method", help=f"how: {', '.join(CAPTURE_METHODS)} or your own words")
    a.add_argument("--device", help="device and app used to capture")
    a.add_argument("--collector", help="who collected the exhibits")
    a.add_argument("--json", action="store_true")


def _vault(args):
    from faceledger.vault.session import open_from_args

    return open_from_args(args)


def _progress_printer():
    last = [-1]

    def progress(pct: int) -> None:
        if sys.stderr.isatty() and pct != last[0]:
            last[0] = pct
            print(f"\r{pct:3d}%", end="", file=sys.stderr, flush=True)
            if pct >= 100:
                print(file=sys.stderr)

    return progress


def cmd_case_new(args) -> int:
    from faceledger.evidence import store

    with _vault(args) as vault:
        case = store.create_case(vault, args.name, description=args.description, timezone=args.timezone)
    print(case.uid)
    return 0


def cmd_case_list(args) -> int:
    from faceledger.evidence import store
    from faceledger.output import print_json, print_table

    with _vault(args) as vault:
        cases = store.list_cases(vault)
    if args.json:
        print_json([{"id": c.uid, "number": c.id, "name": c.name, "description": c.description,
                     "timezone": c.timezone, "created_at": c.created_at, "entries": c.entry_count,
                     "head_hash": c.head_hash, "signing_key": c.key_fingerprint} for c in cases])
    else:
        print_table(["#", "id", "name", "entries", "created"],
                    [(c.id, c.uid, c.name, c.entry_count, c.created_at) for c in cases])
    return 0


def _new_entry(args, *, kind=None, title=None, occurred=None):
    from faceledger.evidence.model import ExhibitSource, NewEntry

    files = [ExhibitSource(path=f, captured_at=args.captured, capture_method=args.capture_method,
                           device=args.device, collector=args.collector) for f in args.file]
    return NewEntry(kind=args.kind or kind, title=args.title or title, occurred_at=args.occurred or occurred,
                    description=args.description, source=args.source, timezone=args.timezone, exhibits=files)


def _print_entry(entry, as_json: bool) -> None:
    from faceledger.output import print_json

    if as_json:
        print_json(entry.as_json())
    else:
        print(f"entry {entry.seq}  {entry.hash}")
        for ex in entry.exhibits:
            print(f"  exhibit {ex.sha256}  {ex.size} bytes  {ex.filename}")


def cmd_add(args) -> int:
    from faceledger.evidence import store

    with _vault(args) as vault:
        entry = store.add_entry(vault, args.case, _new_entry(args), progress=_progress_printer())
    _print_entry(entry, args.json)
    return 0


def cmd_correct(args) -> int:
    from faceledger.evidence import store

    with _vault(args) as vault:
        case = store.get_case(vault, args.case)
        old = store.get_entry(vault, case, args.seq)
        new = _new_entry(args, kind=old.kind, title=f"更正第{old.seq}条：{old.title}", occurred=old.occurred_at)
        entry = store.correct_entry(vault, case, args.seq, new, progress=_progress_printer())
    _print_entry(entry, args.json)
    return 0


def cmd_add_request(args) -> int:
    from faceledger.evidence.from_ledger import add_request_entries

    with _vault(args) as vault:
        entries = add_request_entries(vault, args.case, args.request, letter=not args.reply_only,
                                      reply=not args.letter_only, collector=args.collector)
    for e in entries:
        _print_entry(e, False)
    return 0


def cmd_list(args) -> int:
    from faceledger.evidence import store
    from faceledger.output import print_json, print_table

    with _vault(args) as vault:
        case = store.get_case(vault, args.case)
        entries = store.list_entries(vault, case)
        queued = vault.query("SELECT count(*) FROM ev_stamp_queue WHERE case_id = ? AND state = 'pending'",
                             (case.id,))[0][0]
    if args.json:
        print_json({"case": {"id": case.uid, "name": case.name, "timezone": case.timezone,
                             "genesis_hash": case.genesis_hash, "signing_key": case.key_fingerprint,
                             "head_hash": case.head_hash, "stamps_queued": queued},
                    "entries": [e.as_json() for e in entries]})
    else:
        print(f"{case.name}  ({case.uid})")
        print_table(["#", "occurred", "kind", "title", "exhibits", "stamps", "hash"],
                    [(e.seq, e.occurred_at, e.kind, e.title, len(e.exhibits), len(e.timestamps), e.hash[:16])
                     for e in entries])
        if queued:
            print(f"{queued} timestamp request(s) queued; retry with `faceledger evidence stamp {args.case} "
                  "--tsa URL --retry`.")
    return 0


def cmd_stamp(args) -> int:
    from faceledger.evidence import stamping

    with _vault(args) as vault:
        ca_pem = stamping.read_ca_file(args.ca_file) if args.ca_file else None
        report = stamping.stamp_case(vault, args.case, args.tsa, ca_pem=ca_pem, all_entries=args.entries,
                                     retry_only=args.retry, timeout=args.timeout)
    for line in report.lines():
        print(line)
    return 0 if not report.failed else 3


def cmd_export(args) -> int:
    from faceledger.evidence.bundle_export import export_case

    with _vault(args) as vault:
        result = export_case(vault, args.case, args.output, lang=args.lang, progress=_progress_printer())
    print(f"wrote {result.path}  ({result.entries} entries, {result.exhibits} exhibits, "
          f"{result.timestamps} timestamps)")
    print(f"chain head {result.head_hash}")
    print(f"signing key SHA-256 {result.key_fingerprint}")
    return 0


def cmd_verify(args) -> int:
    from faceledger.evidence.bundle_verify import verify_bundle
    from faceledger.output import print_json

    tsa_ca = None
    if args.tsa_ca:
        from faceledger.evidence.stamping import read_ca_file

        tsa_ca = read_ca_file(args.tsa_ca)
    result = verify_bundle(args.file, expected_key=args.key, tsa_ca_pem=tsa_ca)
    if args.json:
        print_json(result.as_json())
    else:
        for line in result.lines():
            print(line)
    return 0 if result.ok else 1
