"""`faceledger photo check|protect|scan`: the photo check on the command line (no vault needed).

Contract (kept stable; other tools rely on it):
- ``photo check [--json] PATH...``: with --json a JSON array, one object per input (see check.py);
  exit 0 when every input was processed (a broken file is ``"ok": false``), 2 on usage errors.
- ``photo protect IN -o OUT [--method blur|pixelate|fill] [--json]``: writes OUT, reports
  ``faces_before``, ``faces_after``, ``metadata_removed``, ``output``; exit 1 if ``faces_after > 0``.
- ``photo scan DIR [--json] [--report FILE]``: every photo under DIR; FILE.json and FILE.csv.
Heavy libraries load inside the handlers.
"""

from __future__ import annotations

import argparse
import os
import sys


def _default_lang() -> str:
    env = os.environ.get("FACELEDGER_LANG") or os.environ.get("LANG", "")
    return "zh" if env.lower().startswith("zh") else "en"


def _box(text: str) -> tuple[int, int, int, int]:
    try:
        parts = [int(round(float(v))) for v in text.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or parts[2] <= 0 or parts[3] <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a box: give x,y,width,height in pixels")
    return parts[0], parts[1], parts[2], parts[3]


def register(sub, parents) -> None:  # noqa: ARG001 - no vault needed
    photo = sub.add_parser("photo", help="check photos for matchable faces, protect them, scan folders")
    psub = photo.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=["zh", "en"], default=_default_lang(),
                      help="language of reasons and messages (default: from FACELEDGER_LANG/LANG)")

    c = psub.add_parser("check", parents=[lang], help="is there a face a recognition system could match?")
    c.add_argument("paths", nargs="+", metavar="PATH", help="photo files")
    c.add_argument("--json", action="store_true", help="print a JSON array, one object per input")
    c.set_defaults(handler=cmd_check)

    p = psub.add_parser("protect", parents=[lang],
                        help="cover every face, strip all metadata, and prove it by detecting again")
    p.add_argument("input", metavar="IN")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the new file (.jpg, .png, .webp, ...)")
    p.add_argument("--method", choices=["blur", "pixelate", "fill"], default="blur")
    p.add_argument("--add-box", type=_box, action="append", default=[], metavar="X,Y,W,H",
                   help="also cover this box (pixels of the upright photo); may repeat")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_protect)

    s = psub.add_parser("scan", parents=[lang], help="check every photo under a folder (all cores)")
    s.add_argument("folder", metavar="DIR")
    s.add_argument("--json", action="store_true", help="print the whole report as JSON")
    s.add_argument("--report", metavar="FILE", help="write FILE.json and FILE.csv")
    s.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    s.set_defaults(handler=cmd_scan)


def cmd_check(args: argparse.Namespace) -> int:
    from faceledger.output import print_json, print_table
    from faceledger.photos.check import PhotoResult, check_photo
    from faceledger.photos.detect import quiet_native_stderr
    from faceledger.photos.errors import not_image
    from faceledger.safetext import display_path, for_terminal

    results = []
    for path in args.paths:
        if os.path.isdir(path):
            err = not_image("a folder")
            results.append(PhotoResult(path=path, ok=False, error=err.text, error_kind=err.kind))
        else:
            with quiet_native_stderr():  # libjpeg/libtiff warnings about a damaged file: its row says it
                results.append(check_photo(path))
    if args.json:
        print_json([r.to_dict(args.lang) for r in results])
        return 0
    rows = []
    for r in results:
        # file names (and messages quoting them) may hold control characters or bidi overrides: escaped
        if r.ok:
            rows.append([display_path(r.path), r.verdict, len(r.faces), r.summary(args.lang)])
            for i, f in enumerate(r.faces, 1):
                rows.append(["", f"  #{i} {f.verdict}", f"{f.ied_px or '?'} px",
                             " ".join(x.text.get(args.lang) for x in f.reasons)])
        else:
            rows.append([display_path(r.path), "error", "", for_terminal(r.summary(args.lang))])
    head = ["文件", "结论", "人脸", "说明"] if args.lang == "zh" else ["path", "verdict", "faces", "why"]
    print_table(head, rows)
    return 0


def cmd_protect(args: argparse.Namespace) -> int:
    from faceledger.output import print_json
    from faceledger.photos.protect import ProtectFailed, protect_photo

    try:
        report = protect_photo(args.input, args.output, args.method, extra_boxes=args.add_box)
    except ProtectFailed as err:
        if args.json:
            print_json(err.report.to_dict())
        print(f"faceledger: error: {err.full()}", file=sys.stderr)
        return 1
    if args.json:
        print_json(report.to_dict())
    else:
        zh = args.lang == "zh"
        print(("已写入 " if zh else "Wrote ") + str(report.output))
        print((f"遮盖了 {len(report.covered)} 处（检测到 {report.faces_before} 张脸）；"
               f"重新检测：{report.faces_after} 张脸") if zh else
              (f"Covered {len(report.covered)} region(s) ({report.faces_before} face(s) detected); "
               f"detected again afterwards: {report.faces_after}"))
        removed = ", ".join(report.metadata_removed) or ("无" if zh else "none")
        print(("删除的元数据：" if zh else "Metadata removed: ") + removed)
    return 1 if report.faces_after > 0 else 0


def cmd_scan(args: argparse.Namespace) -> int:
    from faceledger.output import print_json, print_table
    from faceledger.photos.scan import check_report_target, scan_folder, write_reports
    from faceledger.safetext import display_path, for_terminal

    if args.report:
        check_report_target(args.report)  # a missing folder is said now, not after the whole scan
    show = sys.stderr.isatty() and not args.json

    def progress(pct: int) -> None:
        if show:
            print(f"\r{pct:3d}%", end="", file=sys.stderr, flush=True)

    report = scan_folder(args.folder, lang=args.lang, workers=args.workers, progress=progress)
    if show:
        print(file=sys.stderr)
    if args.report:
        j, c = write_reports(report, args.report)
        print(f"report: {display_path(j)} {display_path(c)}", file=sys.stderr)
    if args.json:
        print_json(report.to_dict())
        return 0
    zh = args.lang == "zh"
    rows = [[r["path"], r["verdict"] if r["ok"] else "error", len(r.get("faces", [])),
             "" if r["ok"] else for_terminal(r.get("error", ""))] for r in report.results]
    rows += [[s["path"], "skipped", "", s["why"]] for s in report.to_dict()["skipped"]]
    print_table(["文件", "结论", "人脸", "说明"] if zh else ["path", "verdict", "faces", "error"], rows)
    counts = report.counts()
    if zh:
        print(f"\n{report.seconds:.1f} 秒内用 {report.workers} 个进程检查了 {len(report.results)} 张照片；"
              + "，".join(f"{k}：{v}" for k, v in counts.items()) + f"；跳过 {len(report.skipped)} 个文件")
    else:
        print(f"\n{len(report.results)} photo(s) in {report.seconds:.1f} s on {report.workers} process(es); "
              + ", ".join(f"{k}: {v}" for k, v in counts.items()) + f"; skipped {len(report.skipped)} file(s)")
    return 0
