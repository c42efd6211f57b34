"""Ledger commands: holder, collection, request, export, import, directory, checklist."""

from __future__ import annotations

import argparse
from dataclasses import fields

from faceledger.ledger.model import (
    ACTING_FOR,
    CONSENTS,
    CONTEXTS,
    HOLDER_CATEGORIES,
    IDENTIFICATIONS,
    LEGAL_BASES,
    PLACES,
    PRIVATE_SPACES,
    REQUEST_CHANNELS,
    REQUEST_STATES,
    REQUEST_TYPES,
)

_HOLDER_OPTS = (("--name-en", "name_en"), ("--city", "city"), ("--address", "address"), ("--email", "email"),
                ("--postal-address", "postal_address"), ("--phone", "phone"), ("--web-form", "web_form"),
                ("--pi-officer", "pi_officer"), ("--notes", "notes"), ("--last-verified", "last_verified"))
_YESNO = ("yes", "no", "unknown")


def _subject_options(a) -> None:
    """Whose face the entries are, when you keep them for someone else (a child, a deceased relative, a client)."""
    a.add_argument("--acting-for", choices=ACTING_FOR,
                   help="you write as the person (self), a guardian, a close relative or an agent")
    a.add_argument("--subject-name", help="the person whose face it is (with --acting-for other than self)")
    a.add_argument("--subject-relation", help="that person's relation to you, e.g. 女儿, 父亲, 委托人")
    a.add_argument("--subject-birth-date", help="YYYY-MM-DD (optional; for a child it settles 'under 14')")


def _subject_from(args, current=None):
    """(acting_for, subject) from the options, keeping what is not given; --acting-for self clears the subject."""
    from faceledger.ledger.model import Subject

    acting, subject = current if current else (None, None)
    if args.acting_for is not None:
        acting = args.acting_for
        if acting == "self":
            subject = None
    if acting not in (None, "self") and (args.subject_name or args.subject_relation or args.subject_birth_date
                                         or subject is None):
        base = subject or Subject(name="")
        subject = Subject(name=args.subject_name or base.name, relation=args.subject_relation or base.relation,
                          birth_date=args.subject_birth_date or base.birth_date)
    return acting, subject


def register(sub, parents) -> None:
    v = [parents["vault"]]
    # ---- holder
    p = sub.add_parser("holder", help="businesses and bodies that hold your face data")
    hs = p.add_subparsers(dest="holder_command", metavar="ACTION", required=True)
    a = hs.add_parser("add", parents=v, help="add a holder; prints its id")
    a.add_argument("--name", required=True, help="name (Chinese, as the business calls itself)")
    a.add_argument("--category", required=True, choices=HOLDER_CATEGORIES)
    for opt, dest in _HOLDER_OPTS:
        a.add_argument(opt, dest=dest)
    a.add_argument("--source", dest="sources", action="append", default=[], help="where the contact data comes from")
    _subject_options(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_holder_add)
    a = hs.add_parser("list", parents=v, help="list holders")
    a.add_argument("--search", "-s", help="search in names, city and notes")
    a.add_argument("--category", choices=HOLDER_CATEGORIES)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_holder_list)
    a = hs.add_parser("show", parents=v, help="a holder with its collections and requests")
    a.add_argument("id", type=int)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_holder_show)
    a = hs.add_parser("edit", parents=v, help="change a holder's fields")
    a.add_argument("id", type=int)
    a.add_argument("--name")
    a.add_argument("--category", choices=HOLDER_CATEGORIES)
    for opt, dest in _HOLDER_OPTS:
        a.add_argument(opt, dest=dest)
    a.add_argument("--source", dest="sources", action="append")
    _subject_options(a)
    a.set_defaults(handler=cmd_holder_edit)
    a = hs.add_parser("rm", parents=v, help="remove a holder with its collections and requests")
    a.add_argument("id", type=int)
    a.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    a.set_defaults(handler=cmd_holder_rm)

    # ---- collection
    p = sub.add_parser("collection", help="occasions on which a holder took your face")
    cs = p.add_subparsers(dest="collection_command", metavar="ACTION", required=True)
    a = cs.add_parser("add", parents=v, help="record a collection of your face; prints its id")
    a.add_argument("--holder", type=int, required=True, help="holder id")
    a.add_argument("--date", help="YYYY-MM-DD")
    a.add_argument("--context", choices=CONTEXTS)
    a.add_argument("--place", choices=PLACES)
    a.add_argument("--private-space", choices=PRIVATE_SPACES)
    a.add_argument("--consent", choices=CONSENTS)
    for f in ("purpose_stated", "alternative_offered", "service_refused_without_face", "signage", "minor_under_14",
              "guardian_consent", "stored_off_device", "retention_stated", "scale_over_100k"):
        a.add_argument("--" + f.replace("_", "-"), dest=f, choices=_YESNO)
    a.add_argument("--sensitive-inference", help="comma-separated: race, ethnicity, religion, health, other")
    a.add_argument("--legal-basis-claimed", choices=LEGAL_BASES, help="what the holder says it relies on")
    a.add_argument("--identification", choices=IDENTIFICATIONS,
                   help="verification (1:1), identification (1:N), none (images only) or unknown")
    a.add_argument("--relationship-ended", choices=_YESNO, help="card expired, moved out, left the job, account closed")
    _subject_options(a)
    a.add_argument("--notes")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_collection_add)
    a = cs.add_parser("list", parents=v, help="list collections")
    a.add_argument("--holder", type=int)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_collection_list)

    # ---- request
    p = sub.add_parser("request", help="what you asked of holders, and where it stands")
    rs = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    a = rs.add_parser("add", parents=v, help="record a request; prints its id")
    a.add_argument("--holder", type=int, required=True)
    a.add_argument("--type", required=True, choices=REQUEST_TYPES)
    a.add_argument("--collection", type=int)
    a.add_argument("--state", choices=REQUEST_STATES, default=None, help="default: sent if --sent is given, else draft")
    a.add_argument("--channel", choices=REQUEST_CHANNELS)
    a.add_argument("--sent", dest="date_sent", help="date sent, YYYY-MM-DD")
    a.add_argument("--due", dest="due_date", help="reply due, YYYY-MM-DD")
    a.add_argument("--reference")
    a.add_argument("--notes")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_request_add)
    a = rs.add_parser("list", parents=v, help="list requests")
    a.add_argument("--holder", type=int)
    a.add_argument("--state", choices=(*REQUEST_STATES, "overdue", "open"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_request_list)
    a = rs.add_parser("update", parents=v, help="record a reply or a change of state")
    a.add_argument("id", type=int)
    a.add_argument("--state", choices=REQUEST_STATES)
    a.add_argument("--channel", choices=REQUEST_CHANNELS)
    a.add_argument("--sent", dest="date_sent")
    a.add_argument("--due", dest="due_date")
    a.add_argument("--reply-date")
    a.add_argument("--reply", dest="reply_summary", help="what the reply said")
    a.add_argument("--reference")
    a.add_argument("--notes")
    a.add_argument("--note", dest="event_note", help="a note for the timeline")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_request_update)

    # ---- export / import
    a = sub.add_parser("export", parents=v, help="export the whole ledger")
    a.add_argument("--json", dest="file", required=True, metavar="FILE", help="write JSON to FILE")
    a.set_defaults(handler=cmd_export)
    a = sub.add_parser("import", parents=v, help="import a ledger export (JSON) or holders from CSV")
    a.add_argument("file")
    a.add_argument("--csv", action="store_true", help="the file is a CSV of holders (see README for columns)")
    a.set_defaults(handler=cmd_import)

    # ---- directory
    p = sub.add_parser("directory", help="shareable lists of holders (no personal facts)")
    ds = p.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    a = ds.add_parser("export", parents=v, help="write holders' public details to a directory file")
    a.add_argument("file")
    a.add_argument("--title", default="")
    a.add_argument("--holder", type=int, action="append", dest="holders", help="only these holder ids")
    a.set_defaults(handler=cmd_directory_export)
    a = ds.add_parser("import", parents=v, help="merge a directory file into the ledger")
    a.add_argument("file")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_directory_import)

    # ---- checklist
    a = sub.add_parser("checklist", help="the common ways faces are taken in China (a guide to your ledger)")
    a.add_argument("--lang", choices=("zh", "en"), default="zh")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_checklist)


def _yn(value):
    return None if value in (None, "unknown") else value == "yes"


def cmd_holder_add(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.ledger.model import Holder
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    acting, subject = _subject_from(args)
    h = Holder(name_zh=args.name, category=args.category, sources=args.sources, acting_for=acting, subject=subject,
               **{dest: getattr(args, dest) for _, dest in _HOLDER_OPTS})
    with open_from_args(args) as vault:
        store.add_holder(vault, h)
    if args.json:
        print_json(h.to_dict())
    else:
        print(h.id)
    return 0


def _summary_dict(s) -> dict:
    d = s.holder.to_dict()
    d.update(collections=s.collections, open_requests=s.open_requests, overdue=s.overdue, next_due=s.next_due)
    return d


def cmd_holder_list(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.output import print_json, print_table
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        rows = store.holder_summaries(vault, args.search)
    if args.category:
        rows = [r for r in rows if r.holder.category == args.category]
    if args.json:
        print_json([_summary_dict(r) for r in rows])
    elif not rows:
        print("No holders." if not args.search else f"No holder matches {args.search!r}.")
    else:
        print_table(["id", "name", "category", "city", "collections", "open", "overdue"],
                    [[r.holder.id, r.holder.display_name, r.holder.category, r.holder.city, r.collections,
                      r.open_requests, r.overdue or ""] for r in rows])
    return 0


def cmd_holder_show(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        h = store.get_holder(vault, args.id)
        colls = store.list_collections(vault, h.id)
        reqs = store.list_requests(vault, holder_id=h.id)
        events = {r.id: store.request_events(vault, r.id) for r in reqs}
    if args.json:
        d = h.to_dict()
        d["collections"] = [c.to_dict() for c in colls]
        d["requests"] = [{**r.to_dict(), "events": [e.__dict__ for e in events[r.id]]} for r in reqs]
        print_json(d)
        return 0
    print(f"#{h.id} {h.display_name}  [{h.category}]")
    for f in ("city", "address", "email", "postal_address", "phone", "web_form", "pi_officer", "last_verified",
              "notes"):
        val = getattr(h, f)
        if val:
            print(f"  {f:15} {val}")
    if h.sources:
        print(f"  {'sources':15} {'; '.join(h.sources)}")
    if h.subject:
        print(f"  {'acting_for':15} {h.acting_for}: {h.subject.name} ({h.subject.relation or '-'})")
    print(f"Collections ({len(colls)}):")
    for c in colls:
        facts = ", ".join(f"{k}={_shown_value(v)}" for k, v in c.facts().items()
                          if v not in (None, [], "") and k != "date")
        print(f"  #{c.id} {c.date or '(no date)'}  {facts}")
    print(f"Requests ({len(reqs)}):")
    for r in reqs:
        print(f"  #{r.id} {r.type:11} {r.display_state():18} sent {r.date_sent or '-'}  due {r.due_date or '-'}")
        for e in events[r.id]:
            code, detail = e.what()
            what = " ".join([code, *(f"{k}={v}" for k, v in sorted(detail.items()))]) if code else ""
            said = "; ".join(x for x in (what, e.user_note or "") if x)
            print(f"      {e.date} {e.state}" + (f": {said}" if said else ""))
    return 0


def _shown_value(v) -> str:
    """A fact as the user typed it: yes/no (the input's words), lists joined; never Python's True/False."""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (list, tuple)):
        return "+".join(map(str, v))
    return str(v)


def cmd_holder_edit(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        h = store.get_holder(vault, args.id)
        if args.name is not None:
            h.name_zh = args.name
        if args.category is not None:
            h.category = args.category
        for _, dest in _HOLDER_OPTS:
            val = getattr(args, dest)
            if val is not None:
                setattr(h, dest, val or None)
        if args.sources is not None:
            h.sources = args.sources
        h.acting_for, h.subject = _subject_from(args, (h.acting_for, h.subject))
        store.update_holder(vault, h)
    print(f"Updated holder {h.id}.")
    return 0


def cmd_holder_rm(args: argparse.Namespace) -> int:
    import sys

    from faceledger.ledger import store
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        h = store.get_holder(vault, args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                print("Not removed: add --yes to confirm.", file=sys.stderr)
                return 1
            if input(f"Remove {h.display_name} with its collections and requests? [y/N] ").strip().lower() != "y":
                print("Not removed.")
                return 1
        store.delete_holder(vault, args.id)
    print(f"Removed holder {args.id}.")
    return 0


def cmd_collection_add(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.ledger.model import BOOL_FACTS, Collection
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    acting, subject = _subject_from(args)
    c = Collection(holder_id=args.holder, date=args.date, context=args.context, place=args.place,
                   private_space=args.private_space, consent=args.consent,
                   sensitive_inference=args.sensitive_inference or [], notes=args.notes,
                   legal_basis_claimed=args.legal_basis_claimed, identification=args.identification,
                   relationship_ended=_yn(args.relationship_ended), acting_for=acting, subject=subject,
                   **{f: _yn(getattr(args, f)) for f in BOOL_FACTS})
    with open_from_args(args) as vault:
        store.add_collection(vault, c)
    if args.json:
        print_json(c.to_dict())
    else:
        print(c.id)
    return 0


def cmd_collection_list(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.output import print_json, print_table
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        colls = store.list_collections(vault, args.holder)
    if args.json:
        print_json([c.to_dict() for c in colls])
    else:
        print_table(["id", "holder", "date", "context", "place", "consent", "alternative"],
                    [[c.id, c.holder_id, c.date, c.context, c.place, c.consent, c.alternative_offered]
                     for c in colls])
    return 0


def cmd_request_add(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.ledger.model import Request
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    state = args.state or ("sent" if args.date_sent else "draft")
    r = Request(holder_id=args.holder, type=args.type, state=state, collection_id=args.collection,
                channel=args.channel, date_sent=args.date_sent, due_date=args.due_date, reference=args.reference,
                notes=args.notes)
    with open_from_args(args) as vault:
        store.add_request(vault, r)
    if args.json:
        print_json(r.to_dict())
    else:
        print(r.id)
    return 0


def cmd_request_list(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.output import print_json, print_table
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        reqs = store.list_requests(vault, holder_id=args.holder, state=args.state)
        names = {h.id: h.name_zh for h in store.list_holders(vault)}
    if args.json:
        print_json([r.to_dict() for r in reqs])
    else:
        print_table(["id", "holder", "type", "state", "sent", "due", "reply"],
                    [[r.id, names.get(r.holder_id, r.holder_id), r.type, r.display_state(), r.date_sent,
                      r.due_date, r.reply_date] for r in reqs])
    return 0


def cmd_request_update(args: argparse.Namespace) -> int:
    from faceledger.ledger import store
    from faceledger.ledger.model import Request
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    names = {f.name for f in fields(Request)}
    changes = {k: v for k, v in vars(args).items() if k in names and k not in ("id", "type") and v is not None}
    with open_from_args(args) as vault:
        r = store.update_request(vault, args.id, event_note=args.event_note, **changes)
    if args.json:
        print_json(r.to_dict())
    else:
        print(f"Request {r.id}: {r.display_state()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from faceledger.ledger.transfer import export_json
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        n = export_json(vault, args.file)
    print(f"Exported {n} holders to {args.file}. The file is NOT encrypted: keep it safe.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from faceledger.ledger.transfer import import_holders_csv, import_json
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        if args.csv or args.file.lower().endswith(".csv"):
            n = import_holders_csv(vault, args.file)
            print(f"Imported {n} holders.")
        else:
            print(import_json(vault, args.file).summary())
    return 0


def cmd_directory_export(args: argparse.Namespace) -> int:
    from faceledger.ledger.directory import export_directory
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        n = export_directory(vault, args.file, title=args.title, holder_ids=args.holders)
    print(f"Wrote {n} holders (names, categories, contact channels, sources; no personal facts) to {args.file}.")
    return 0


def cmd_directory_import(args: argparse.Namespace) -> int:
    from faceledger.ledger.directory import merge_directory
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        rep = merge_directory(vault, args.file)
    if args.json:
        print_json({"added": rep.added, "updated": rep.updated, "unchanged": rep.unchanged,
                    "conflicts": [c.__dict__ for c in rep.conflicts]})
    else:
        print(rep.summary())
        for c in rep.conflicts:
            print(f"  conflict: {c}")
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    from faceledger.ledger.checklist import load_checklist
    from faceledger.output import print_json

    cl = load_checklist()
    if args.json:
        print_json([{"id": i.id, "question": i.question.get(args.lang), "examples": i.examples.get(args.lang),
                     "category": i.category, "facts": list(i.facts)} for i in cl.items])
        return 0
    for n, i in enumerate(cl.items, 1):
        print(f"{n:2}. {i.question.get(args.lang)}\n    {i.examples.get(args.lang)}")
    print("\nFor each yes: `faceledger holder add --name ... --category ...` then `faceledger collection add ...`,"
          " or use the checklist in the app (Ledger → Find who holds your face).")
    return 0
