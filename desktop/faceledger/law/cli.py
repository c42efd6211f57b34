"""`faceledger law ...`: check facts against the law, show and list the catalog, verify its texts.

    faceledger law check FACTS.json [--json] [--type withdrawal|deletion|access|followup|complaint]
    faceledger law route FACTS.json [--json]
    faceledger law show PIPL:47 [--json]
    faceledger law list [--instrument PIPL] [--json]
    faceledger law verify [REFERENCE_DIR]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

LETTER_TYPES = ("withdrawal", "deletion", "access", "followup", "complaint")
_STATUS_ZH = {"in_force": "现行有效", "superseded": "已被修订或修正", "draft": "征求意见稿，未生效",
              "ended": "已失效", "not_yet_in_force": "尚未施行"}
_ROLE = {"obligation": ("持有方的义务", "holder's duty"), "right": ("您的权利", "your right"),
         "remedy": ("法院救济", "court remedy"), "regulator": ("监管部门", "regulator"),
         "definition": ("定义", "definition"), "draft": ("征求意见稿", "draft")}


def register(sub, parents) -> None:
    law = sub.add_parser("law", help="the law catalog and the rule engine (facts in, findings out)",
                         description="Which provisions support your position, for the facts and the date.")
    lsub = law.add_subparsers(dest="law_command", metavar="ACTION")
    law.set_defaults(handler=lambda args: _usage(law))

    check = lsub.add_parser("check", help="findings for a FACTS.json (see docs/law.md)")
    check.add_argument("facts", metavar="FACTS.json")
    check.add_argument("--json", action="store_true", help='print {"findings": [...]} as JSON')
    check.add_argument("--type", choices=LETTER_TYPES, help="only the findings a letter of this type cites")
    check.set_defaults(handler=_check)

    rt = lsub.add_parser("route", help="where a complaint can go, in order, with why (see docs/law.md)")
    rt.add_argument("facts", metavar="FACTS.json")
    rt.add_argument("--json", action="store_true", help='print {"route": [{"id", "why_zh", "why_en", ...}]}')
    rt.set_defaults(handler=_route)

    show = lsub.add_parser("show", help="one provision: citation, status, text (when confirmed) and summary")
    show.add_argument("provision", metavar="ID", help="e.g. PIPL:47, CSL-2025:45, FRT-MEASURES-2025:10")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    lst = lsub.add_parser("list", help="instruments and provisions of the catalog")
    lst.add_argument("--instrument", metavar="ID", help="only this instrument (e.g. PIPL)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    verify = lsub.add_parser("verify", help="compare every stored Chinese text with the research reference files")
    verify.add_argument("reference", nargs="?", metavar="REFERENCE_DIR",
                        help="folder holding law.md and frt-texts.md (default: $FACELEDGER_LAW_REFERENCE)")
    verify.set_defaults(handler=_verify)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _check(args: argparse.Namespace) -> int:
    from faceledger.law.advice import open_questions, suggested_letters, time_notes
    from faceledger.law.catalog import get_catalog
    from faceledger.law.facts import load_facts
    from faceledger.law.rules import evaluate, findings_for
    from faceledger.output import print_json

    facts = load_facts(args.facts)
    findings = findings_for(facts, args.type) if args.type else evaluate(facts)
    suggestions = suggested_letters(facts)
    notes = time_notes(facts)
    questions = open_questions(facts)
    if args.json:
        print_json({"findings": [f.to_json() for f in findings],
                    "suggested_letters": [s.to_json() for s in suggestions],
                    "notes": [n.to_dict() for n in notes],
                    "what_would_change": [q.to_json() for q in questions]})
        return 0
    cat = get_catalog()
    c = facts.collection
    print(f"持有方 Holder: {facts.holder.name_zh} ({facts.holder.category})")
    print(f"收集日期 Collected: {c.date or '不详 unknown'}    行动日期 As of: {facts.as_of.isoformat()}")
    if c.date is None:
        print("注意：收集日期不详，无法判断收集是否合法，只列出现在可以行使的权利。\n"
              "Note: the collection date is unknown, so only the rights you can exercise now are listed.")
    if not findings:
        print("没有结论。No findings.")
        return 0
    for axis, title in (("collection", "收集是否合法 Was the collection lawful"),
                        ("rights", "现在可以主张的权利 What you can ask for now")):
        group = [f for f in findings if f.axis == axis and f.status != "draft"]
        if group:
            print(f"\n== {title} ==")
            for f in group:
                _print_finding(cat.provision(f.provision), f, facts.as_of)
    drafts = [f for f in findings if f.status == "draft"]
    if drafts:
        print("\n== 征求意见稿（不是法律）The 2023 draft (not law) ==")
        for f in drafts:
            _print_finding(cat.provision(f.provision), f, facts.as_of)
    if suggestions:
        print("\n== 建议先发的信函 Which letter fits first ==")
        for i, s in enumerate(suggestions, 1):
            print(f"{i}. {s.type}{f' → {s.to}' if s.to else ''}: {s.why.zh}\n   {s.why.en}")
    if notes:
        print("\n== 时效 Time limits ==")
        for n in notes:
            print(f"- {n.zh}\n  {n.en}")
    if questions:
        print("\n== 这些事实会改变分析 Facts that would change the analysis ==")
        for q in questions:
            print(f"- {q.field}: {q.why.zh}\n  {q.why.en}")
    return 0


def _route(args: argparse.Namespace) -> int:
    from faceledger.law.advice import route
    from faceledger.law.facts import load_facts
    from faceledger.output import print_json

    addressees = route(load_facts(args.facts))
    if args.json:
        print_json({"route": [a.to_json() for a in addressees]})
        return 0
    for i, a in enumerate(addressees, 1):
        print(f"{i}. [{a.id}] {a.name.zh} / {a.name.en}")
        print(f"   为什么：{a.why.zh}\n   Why: {a.why.en}")
        if a.contact:
            print(f"   {a.contact.zh}\n   {a.contact.en}")
        print(f"   {a.verify.zh} {a.verify.en}")
    return 0


def _print_finding(p, f, as_of) -> None:
    status = f"{_STATUS_ZH.get(f.status, f.status)} / {f.status}"
    role_zh, role_en = _ROLE.get(f.role, (f.role, f.role))
    scope = p.part_scope_zh(f.part)
    print(f"\n[{f.provision}] {p.cite_zh(as_of)}{scope}  ({status}; {role_zh} / {role_en})")
    print(f"  {p.cite_short_en()}: {p.subject_en}")
    print(f"  为什么：{f.why.zh}")
    print(f"  Why: {f.why.en}")
    print(f"  支持 Supports: {', '.join(f.supports)}")


def _show(args: argparse.Namespace) -> int:
    from datetime import date

    from faceledger.law.catalog import KIND_NAMES, get_catalog
    from faceledger.output import print_json

    p = get_catalog().provision(args.provision)
    if args.json:
        print_json(p.to_dict())
        return 0
    inst = p.instrument
    today = date.today()
    kind_zh, kind_en = KIND_NAMES[inst.kind]
    print(f"{p.id}  {p.cite_zh()}")
    print(f"{p.cite_en()}")
    print(f"{kind_zh} / {kind_en}; {inst.issuer_zh} / {inst.issuer_en}")
    dates = [f"promulgated {inst.promulgated}" if inst.promulgated else None,
             f"in force {inst.in_force}" if inst.in_force else None, f"ended {inst.ended}" if inst.ended else None]
    print("; ".join(d for d in dates if d) + f"; today: {p.status_on(today)}")
    print(f"主题 Subject: {p.subject_zh} / {p.subject_en}")
    print(f"Summary (ours): {p.summary_en}")
    if p.text_zh:
        print("\n条文（已核对）Official text (confirmed):")
        for line in p.text_zh.splitlines():
            print(f"  {line}")
    else:
        print(f"\n条文未经核对，只可引用条号和主题，不可作为原文引用。Text not confirmed ({p.confidence}): "
              "cite by number and subject only.")
        for q in p.quotations():
            print(f"  已核对部分 Confirmed part — {q.cite_zh}：{q.text_zh}")
    if p.renumbered_from:
        print(f"Formerly: {p.renumbered_from}")
    if p.renumbered_to:
        print(f"Renumbered as: {p.renumbered_to}")
    if p.note_en:
        print(f"Note: {p.note_en}")
    print(f"Verification: {p.verification or '-'}")
    print(f"Source: {p.source}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from faceledger.law.catalog import get_catalog
    from faceledger.output import print_json, print_table

    cat = get_catalog()
    provisions = cat.provisions(args.instrument.upper() if args.instrument else None)
    if args.json:
        print_json({"instruments": [{"id": i.id, "title_zh": i.title_zh, "title_en": i.title_en, "kind": i.kind,
                                     "status": i.status, "in_force": i.in_force, "ended": i.ended}
                                    for i in cat.instruments() if not args.instrument or i.id == args.instrument.upper()],
                    "provisions": [{"id": p.id, "subject_zh": p.subject_zh, "subject_en": p.subject_en,
                                    "confirmed": p.confirmed, "confidence": p.confidence} for p in provisions]})
        return 0
    print_table(["ID", "quoted", "confidence", "subject"],
                [[p.id, "yes" if p.confirmed else ("part" if p.excerpts else "no"), p.confidence,
                  f"{p.subject_zh} / {p.subject_en}"] for p in provisions])
    quoted = sum(p.confirmed for p in provisions)
    print(f"\n{len(provisions)} provisions, {quoted} quoted in full, "
          f"{sum(1 for p in provisions if not p.confirmed and p.excerpts)} quoted in part, the rest cited only.")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from faceledger.errors import FaceLedgerError
    from faceledger.law.catalog import get_catalog
    from faceledger.law.reference_texts import compare_catalog, load_reference, upgrade_candidates

    ref_dir = args.reference or os.environ.get("FACELEDGER_LAW_REFERENCE")
    if not ref_dir:
        raise FaceLedgerError("No reference folder given.",
                              "Pass the folder that holds law.md and frt-texts.md, or set FACELEDGER_LAW_REFERENCE.")
    cat = get_catalog()
    reference = load_reference(Path(ref_dir))
    problems = compare_catalog(cat, reference)
    for pid in upgrade_candidates(cat, reference):
        print(f"{pid}: the reference now marks this text CONFIRMED; the catalog still cites it only (upgrade it).")
    checked = sum(1 for p in cat.provisions() if p.text_zh or p.unverified_text_zh or p.excerpts)
    for pr in problems:
        print(f"{pr.provision_id}: {pr.problem}")
    if problems:
        print(f"{len(problems)} problem(s) in {checked} stored texts.")
        return 1
    print(f"All {checked} stored texts match the reference byte for byte.")
    return 0
