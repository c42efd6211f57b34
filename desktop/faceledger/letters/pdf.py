"""HTML to PDF with Qt (QTextDocument -> QPdfWriter), A4, with the shipped CJK font embedded.

    from faceledger.letters.pdf import render_pdf
    render_pdf("<h1>删除请求</h1><p>…</p>", "letter.pdf", title="删除请求")

- Works on a machine with no Chinese system fonts: the font in ``resources/fonts/`` (Noto Sans SC,
  prepared by ``scripts/prepare_font.py`` so the text layer extracts 生, not the radical ⽣; stack.md §11)
  is registered as an application font and used as the document's default font. Only the glyphs a
  document uses are embedded (a subset), so a one-page letter is a few tens of kilobytes.
- Works in a process with no QApplication: a QGuiApplication is created once (offscreen when there is no
  display); an existing QApplication/QGuiApplication is reused, never a second one made.
- Safe to call from a worker thread once the application object exists (the GUI always has one;
  the CLI calls from the main thread). Creating the application from a worker thread is refused.
- The file is written to a temporary name beside ``out_path`` and moved into place, so a failure never
  leaves a half-written PDF under the final name.

Use the font family in HTML/CSS as ``font_family()`` (``"Noto Sans SC"``); any other family falls back to
system fonts and may lose Chinese glyphs on machines without them.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from faceledger.errors import FaceLedgerError, os_reason_zh

FONT_FILE = "NotoSansSC-Regular.ttf"
FONT_FAMILY = "Noto Sans SC"
DEFAULT_POINT_SIZE = 10.5
# QTextDocument.print_() lays the page out itself with 2 cm margins and a page number at the foot,
# so the writer's own margins are zero (else the two add up to 4 cm).

_lock = threading.Lock()
_app = None  # keeps the QGuiApplication we created alive
_family: str | None = None


def ensure_gui_app():
    """The running QGuiApplication (or QApplication); create a QGuiApplication if there is none."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if threading.current_thread() is not threading.main_thread():
        raise FaceLedgerError("PDF rendering needs Qt set up on the main thread first.",
                              "Call faceledger.letters.pdf.ensure_gui_app() from the main thread before "
                              "rendering PDFs in worker threads.")
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "faceledger"])
    return _app


FONT_REINSTALL_ZH = "请重新安装人脸账本（源代码中可运行 scripts/prepare_font.py 重新生成字体）。"


def font_path() -> Path:
    """The shipped font file (for Qt, the PDF writer and the preview); a clear error if it is missing."""
    from faceledger.paths import resource

    path = resource("fonts", FONT_FILE)
    if not path.is_file():
        raise FaceLedgerError(f"The Chinese font for PDFs is missing: {path}",
                              "Reinstall FaceLedger, or run scripts/prepare_font.py in a source checkout.",
                              zh=f"缺少生成 PDF 所需的中文字体：{path}", hint_zh=FONT_REINSTALL_ZH)
    return path


def font_family() -> str:
    """Register the shipped CJK font (once) and return its family name."""
    global _family
    if _family is not None:
        return _family
    with _lock:
        if _family is not None:
            return _family
        ensure_gui_app()
        from PySide6.QtGui import QFontDatabase

        path = font_path()
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FaceLedgerError(f"Qt could not load the Chinese font {path}.",
                                  "The file may be damaged; reinstall FaceLedger.",
                                  zh=f"无法载入中文字体 {path}。", hint_zh="文件可能已损坏；请重新安装人脸账本。")
        _family = families[0]
        return _family


def make_document(html: str, *, point_size: float = DEFAULT_POINT_SIZE):
    """A QTextDocument holding ``html`` with the CJK font as default (for callers that need the document)."""
    from PySide6.QtGui import QFont, QTextDocument

    family = font_family()
    doc = QTextDocument()
    font = QFont(family)
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def make_writer(path: str | os.PathLike[str], *, title: str | None = None):
    """A QPdfWriter for A4 (no device margins: the document's print layout keeps 2 cm)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from faceledger import APP_NAME, __version__

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setCreator(f"{APP_NAME} {__version__}")
    if title:
        writer.setTitle(title)
    return writer


def _ends_like_a_pdf(path: Path) -> bool:
    """A complete PDF ends with its %%EOF marker (perhaps followed by a line end)."""
    with open(path, "rb") as f:
        f.seek(max(0, path.stat().st_size - 64))
        return b"%%EOF" in f.read()


def render_pdf_bytes(html: str, *, title: str | None = None, folder: str | os.PathLike[str] | None = None) -> bytes:
    """``render_pdf`` into a temporary file (in ``folder`` if given) and return its bytes."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=folder, prefix=".fl-pdf-") as d:
        return render_pdf(html, Path(d) / "out.pdf", title=title).read_bytes()


def render_pdf(html: str, out_path: str | os.PathLike[str], *, title: str | None = None,
               point_size: float = DEFAULT_POINT_SIZE) -> Path:
    """Render ``html`` to an A4 PDF at ``out_path`` (replaced atomically); return the path."""
    out = Path(out_path)
    if out.parent and not out.parent.exists():
        raise FaceLedgerError(f"The folder {out.parent} does not exist.", "Choose an existing folder.",
                              zh=f"文件夹 {out.parent} 不存在。", hint_zh="请选择一个已有的文件夹。")
    doc = make_document(html, point_size=point_size)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        writer = make_writer(tmp, title=title)
        doc.print_(writer)
        del writer  # QPdfWriter finishes the file when it is destroyed
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise FaceLedgerError(f"Qt did not write the PDF {out}.", "Check that the folder is writable.",
                                  zh=f"未能写出 PDF {out}。", hint_zh="请检查该文件夹是否可写。")
        if not _ends_like_a_pdf(tmp):  # Qt does not report write errors: a full disk leaves a cut file
            raise FaceLedgerError(f"Could not write the whole PDF {out}; no file was written.",
                                  "Check that the disk has free space (and no file size limit), then try again.",
                                  zh=f"未能完整写出 PDF {out}；没有写入任何文件。",
                                  hint_zh="请检查磁盘是否还有空间（以及是否有文件大小限制），然后重试。")
        os.replace(tmp, out)
    except OSError as err:
        raise FaceLedgerError(f"Could not write {out}: {err.strerror or err}.",
                              "Check that the folder exists, is writable and has free space.",
                              zh=f"无法写入 {out}：{os_reason_zh(err)}。",
                              hint_zh="请检查该文件夹是否存在、是否可写、磁盘是否还有空间。") from None
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass
    return out
