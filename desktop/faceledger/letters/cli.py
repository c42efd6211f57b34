"""`faceledger letter` (one letter) and `faceledger letters batch|due` (advocates' batch, reminders).

    faceledger letter FACTS.json --type deletion --lang bilingual --format pdf -o letter.pdf
    faceledger letter --holder 3 [--collection 7] --type withdrawal -o w.pdf [--sent --channel email]
    faceledger letters batch people.csv --type deletion --lang zh --format pdf --out letters/
    faceledger letters due [--ics due.ics] [--json]

Only light imports here (start-up time is measured): the work happens in the handlers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
LANGS = ("zh", "en", "bilingual")
FORMATS = ("pdf", "docx", "eml", "txt", "html")
CHANNELS = ("email", "post", "web_form", "in_person", "phone", "app", "other")


def register(sub, parents) -> None:
    v = [parents["vault"]]
    p = sub.add_parser(
        "letter", parents=v, help="write a request letter (withdrawal, deletion, access, follow-up, complaint)",
        description="Write one letter from FACTS.json (the `law check` facts plus a sender block and an optional "
                    "letter block), or from a holder and collection in the vault (then it is recorded as a "
                    "request). See docs/letters.md.")
    p.add_argument("facts", nargs="?", metavar="FACTS.json", help="facts file (omit with --holder)")
    p.add_argument("--holder", type=int, help="holder id in the vault (instead of FACTS.json)")
    p.add_argument("--collection", type=int, help="collection id of that holder (default: its latest)")
    p.add_argument("--prior", type=int, metavar="REQUEST_ID",
                   help="the earlier request a follow-up or complaint refers to (vault mode)")
    p.add_argument("--type", required=True, choices=TYPES)
    p.add_argument("--lang", default="zh", choices=LANGS, help="zh, en or bilingual (zh first); default zh")
    p.add_argument("--format", choices=FORMATS, help="default: from the -o file's suffix, else pdf")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--reply-days", type=int, help="working days you give for a reply (default 15)")
    p.add_argument("--reference", help="reference printed on the letter (default: a new FL-YYYYMMDD-XXXXXX)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", type=_date_arg,
                   help="the letter's date in vault mode (default today)")
    p.add_argument("--sent", action="store_true", help="vault mode: record the request as sent today")
    p.add_argument("--channel", choices=CHANNELS, help="vault mode: how you send it")
    p.add_argument("--attach-pdf", action="store_true", help="eml: attach the letter as PDF too")
    p.add_argument("--ics", metavar="FILE", help="also write the reply deadline as a calendar file")
    p.add_argument("--detail", choices=("short", "full"), default="short",
                   help="short (default): the few provisions that matter, texts in an annex; full: every "
                        "provision with its text inline")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=cmd_letter)

    p = sub.add_parser("profile", help="the sender profile letters written from the vault are signed with")
    ps = p.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    a = ps.add_parser("set", parents=v, help="set (or change) your name and contact for letters")
    a.add_argument("--name", help="your name as you sign letters (required the first time)")
    a.add_argument("--email")
    a.add_argument("--phone")
    a.add_argument("--postal-address", dest="postal_address")
    a.add_argument("--city")
    a.add_argument("--account-id", dest="account_id", help="member, card or account number (often per holder)")
    a.add_argument("--id-number", dest="id_number", help="only if holders truly need it (printed masked)")
    a.add_argument("--id-number-display", dest="id_number_display", choices=("masked", "full"))
    a.add_argument("--acting-for", dest="acting_for", choices=("self", "guardian", "close_relative", "agent"),
                   help="default for every entry of this vault (an advocate: agent); entries may say otherwise")
    a.add_argument("--subject-name", dest="subject_name", help="whose face it is (with --acting-for)")
    a.add_argument("--subject-relation", dest="subject_relation", help="their relation to you, e.g. 委托人")
    a.add_argument("--subject-birth-date", dest="subject_birth_date", help="YYYY-MM-DD (optional)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_profile_set)
    a = ps.add_parser("show", parents=v, help="show the sender profile")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_profile_show)

    p = sub.add_parser("letters", help="batch letters for advocates; due and overdue requests")
    ls = p.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    b = ls.add_parser(
        "batch", help="one letter per CSV row (person x holder), with an index.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write one letter per row of a CSV file. Columns:\n\n" + _batch_columns_help())
    b.add_argument("csv", metavar="FILE.csv")
    b.add_argument("--type", required=True, choices=TYPES)
    b.add_argument("--lang", default="zh", choices=LANGS)
    b.add_argument("--format", default="pdf", choices=FORMATS)
    b.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: one per CPU core for batches of 100 rows or more, else 1)")
    b.add_argument("--json", action="store_true", help="print the summary as JSON")
    b.set_defaults(handler=cmd_batch)
    d = ls.add_parser("due", parents=v, help="requests due or overdue, with the suggested next letter")
    d.add_argument("--ics", metavar="FILE", help="write the due dates of open requests as a calendar file")
    d.add_argument("--today", metavar="YYYY-MM-DD", type=_date_arg, help=argparse.SUPPRESS)
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_due)


def _date_arg(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _batch_columns_help() -> str:
    from faceledger.letters import batch

    doc = batch.__doc__ or ""
    start = doc.find("  required")
    end = doc.find("Every row is checked")
    return doc[start:end].rstrip() if start >= 0 else ""


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "pdf"


def cmd_letter(args: argparse.Namespace) -> int:
    from faceledger.errors import InvalidValue
    from faceledger.letters.compose import compose, load_letter_input
    from faceledger.letters.export import render, write_letter
    from faceledger.outfile import check_output_path, write_bytes_atomic
    from faceledger.output import print_json

    fmt = _format_for(args)
    if (args.facts is None) == (args.holder is None):
        raise InvalidValue("Give either FACTS.json or --holder ID (not both).", field="facts")
    if args.ics:
        check_output_path(args.ics, "calendar file")  # before the letter is written or recorded
    out = Path(args.output)
    vault = None
    request = None
    try:
        if args.facts is not None:
            if args.sent or args.prior or args.collection:
                raise InvalidValue("--sent, --prior and --collection work with --holder (vault mode) only.",
                                   field="holder")
            facts, extras = load_letter_input(args.facts)
            opts = extras.options()
        else:
            from faceledger.ledger import store
            from faceledger.letters import record
            from faceledger.letters.profile import with_standing
            from faceledger.vault.session import open_from_args

            vault = open_from_args(args)
            facts = record.facts_from_ledger(vault, args.holder, args.collection, as_of=args.as_of)
            if facts.sender is None:
                raise InvalidValue("No sender profile in this vault: run `faceledger profile set --name ... "
                                   "--email ...`, set it in the app's Letters page, or use FACTS.json with a sender "
                                   "block.", field="sender",
                                   zh="这个保险库中没有寄信人信息：请运行 `faceledger profile set --name … --email …`，"
                                      "或在应用的“信函”页面填写，或使用带 sender 的 FACTS.json。")
            facts = with_standing(facts)
            opts = {}
            if args.prior is not None:
                opts["prior"] = record.prior_from_request(store.get_request(vault, args.prior))
        if args.reply_days is not None:
            opts["reply_days"] = args.reply_days
        if args.reference:
            opts["reference"] = args.reference
        letter = compose(facts, args.type, args.lang, detail=args.detail, **opts)
        rendered = render(letter)
        write_letter(rendered, fmt, out, attach_pdf=args.attach_pdf)
        if vault is not None:
            from faceledger.letters import record

            request = record.record_letter(vault, rendered, fmt, out.read_bytes(), holder_id=args.holder,
                                           collection_id=facts.collection.id, sent=args.sent,
                                           channel=args.channel)
        if args.ics:
            from faceledger.letters.deadlines import DueItem, to_ics

            write_bytes_atomic(args.ics, to_ics([DueItem(
                letter.deadline.due, f"{letter.title.zh} – {letter.holder.name_zh}（{letter.reference}）",
                f"Reply due for {letter.reference}", f"{letter.reference}@faceledger")]), "calendar file")
    finally:
        if vault is not None:
            vault.close()
    for w in letter.warnings:
        print(f"warning: {w.en}", file=sys.stderr)
    if args.json:
        from faceledger.letters.export import page_counts

        pages, body_pages = page_counts(rendered)
        print_json({"file": str(out), "format": fmt, "type": letter.type, "lang": letter.lang,
                    "detail": letter.detail, "reference": letter.reference, "date": letter.date.isoformat(),
                    "due_date": letter.deadline.due.isoformat(), "calendar_known": letter.deadline.calendar_known,
                    "citations": [c.provision_id for c in letter.citations],
                    "groups": [{"id": gid, "citations": [c.provision_id for c in items]}
                               for gid, items in letter.citation_groups()],
                    "pages": pages, "body_pages": body_pages,
                    "addressee": letter.addressee,
                    "request_id": request.id if request else None,
                    "warnings": [w.to_dict() for w in letter.warnings]})
    else:
        print(f"{out}: {letter.display_title}, {letter.reference}, reply due {letter.deadline.due.isoformat()}"
              + (f"; recorded as request {request.id}" if request else ""))
    return 0


class _ProgressBar:
    """A one-line progress bar on stderr when it is a terminal (silent otherwise)."""

    def __init__(self, width: int = 30):
        self.width = width
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.tty or total <= 0:
            return
        filled = int(self.width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {100 * done // total}%")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_batch(args: argparse.Namespace) -> int:
    import time

    from faceledger.letters.batch import run_batch
    from faceledger.output import print_json

    t0 = time.perf_counter()
    result = run_batch(args.csv, args.out, args.type, args.lang, args.format, progress=_ProgressBar(),
                       jobs=args.jobs)
    elapsed = time.perf_counter() - t0
    if args.json:
        print_json({"out": str(result.out_dir), "index": str(result.index_path), "ok": result.ok,
                    "failed": result.failed, "seconds": round(elapsed, 3),
                    "errors": [{"row": r.row, "error": r.error} for r in result.rows if r.status == "error"]})
    else:
        print(f"{result.ok} letter(s) written to {result.out_dir}, {result.failed} row(s) failed "
              f"({elapsed:.1f} s); index: {result.index_path}")
        from faceledger.safetext import for_terminal

        for r in result.rows:  # with the person: "row 5" is line 6 of the spreadsheet, below its header
            if r.status == "error":
                who = f" ({for_terminal(r.sender)})" if r.sender else ""
                print(f"  row {r.row}{who}: {r.error}", file=sys.stderr)
    return 0 if result.failed == 0 else 3


def cmd_due(args: argparse.Namespace) -> int:
    from datetime import date

    from faceledger.ledger import store
    from faceledger.letters import record
    from faceledger.letters.deadlines import DueItem, to_ics
    from faceledger.outfile import check_output_path, write_bytes_atomic
    from faceledger.output import print_json, print_table
    from faceledger.vault.session import open_from_args

    today = args.today or date.today()
    if args.ics:
        check_output_path(args.ics, "calendar file")
    with open_from_args(args) as vault:
        open_reqs = [r for r in store.list_requests(vault, state="open") if r.due_date]
        holders = {h.id: h for h in store.list_holders(vault)}
        steps = {s.request.id: s for s in record.next_steps(vault, today)}
    rows = []
    for r in sorted(open_reqs, key=lambda r: r.due_date or ""):
        step = steps.get(r.id)
        rows.append({"request": r.id, "holder": holders[r.holder_id].name_zh if r.holder_id in holders else "",
                     "type": r.type, "state": r.display_state(today), "due_date": r.due_date,
                     "reference": r.reference, "next": step.letter_type if step else None,
                     "why": step.why.en if step else None})
    for rid, step in steps.items():
        if rid not in {row["request"] for row in rows}:
            r = step.request
            rows.append({"request": r.id, "holder": holders[r.holder_id].name_zh if r.holder_id in holders else "",
                         "type": r.type, "state": r.state, "due_date": r.due_date, "reference": r.reference,
                         "next": step.letter_type, "why": step.why.en})
    if args.ics:
        items = [DueItem(date.fromisoformat(row["due_date"]),
                         f"回复期限 / reply due: {row['holder']} ({row['type']}, {row['reference'] or row['request']})",
                         uid=f"request-{row['request']}@faceledger") for row in rows if row["due_date"]]
        write_bytes_atomic(args.ics, to_ics(items), "calendar file")
    if args.json:
        print_json({"today": today.isoformat(), "requests": rows})
    else:
        print_table(["id", "holder", "type", "state", "due", "reference", "next"],
                    [[r["request"], r["holder"], r["type"], r["state"], r["due_date"] or "", r["reference"] or "",
                      r["next"] or ""] for r in rows])
    return 0


def cmd_profile_set(args: argparse.Namespace) -> int:
    from faceledger.letters.profile import PROFILE_FIELDS, updated_profile
    from faceledger.letters.record import load_sender, save_sender
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    changes = {k: getattr(args, k) for k in (*PROFILE_FIELDS, "acting_for", "subject_name", "subject_relation",
                                              "subject_birth_date")}
    with open_from_args(args) as vault:
        sender = updated_profile(load_sender(vault), changes)
        save_sender(vault, sender)
    if args.json:
        print_json(_profile_dict(sender))
    else:
        print(f"Sender profile saved: {sender.name}" + (f" ({sender.acting_for} for {sender.subject.name})"
                                                        if sender.subject else ""))
    return 0


def _profile_dict(sender) -> dict:
    d = {k: v for k, v in sender.to_dict().items() if v is not None}
    if sender.id_number:
        d["id_number"] = sender.id_number_shown  # masked unless the profile says full
    return d


def cmd_profile_show(args: argparse.Namespace) -> int:
    from faceledger.letters.record import load_sender
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        sender = load_sender(vault)
    if args.json:
        print_json({"profile": _profile_dict(sender) if sender else None})
        return 0
    if sender is None:
        print("No sender profile yet: `faceledger profile set --name ... --email ...`.\n"
              "还没有寄信人信息：请运行 `faceledger profile set --name … --email …`。")
        return 0
    for key, value in _profile_dict(sender).items():
        if key == "subject":
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        print(f"{key:18} {value}")
    return 0
