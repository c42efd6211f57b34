"""Why a photo could not be read, in words a user can act on (zh and en)."""

from __future__ import annotations

from faceledger.errors import FaceLedgerError
from faceledger.text import Text

# kinds, stable for the JSON report and tests
EMPTY = "empty"
TRUNCATED = "truncated"
NOT_IMAGE = "not_image"
UNSUPPORTED = "unsupported_format"
TOO_LARGE = "too_large"
ANIMATED = "animated"
UNREADABLE = "unreadable"
NOT_FOUND = "not_found"


class PhotoError(FaceLedgerError):
    """A photo that cannot be checked; ``kind`` is one of the constants above, ``text`` the zh/en message."""

    def __init__(self, kind: str, text: Text, hint: str | None = None):
        super().__init__(text.en, hint)
        self.kind = kind
        self.text = text


def empty() -> PhotoError:
    return PhotoError(EMPTY, Text("文件是空的（0 字节），里面没有图像。", "The file is empty (0 bytes): there is no image in it."))


def not_found(path: str) -> PhotoError:
    return PhotoError(NOT_FOUND, Text(f"找不到文件：{path}", f"No such file: {path}"))


def truncated() -> PhotoError:
    return PhotoError(TRUNCATED, Text(
        "文件不完整（被截断）：只有图像的一部分。请找到完整的原始文件再检查。",
        "The file is incomplete (truncated): only part of the image is there. Check the complete original."))


SUPPORTED_ZH = "JPEG、PNG、WebP、HEIC/HEIF、TIFF、BMP、GIF（第一帧）和 PPM/PGM/PBM"
SUPPORTED_EN = "JPEG, PNG, WebP, HEIC/HEIF, TIFF, BMP, GIF (first frame) and PPM/PGM/PBM"


def not_image(what: str = "") -> PhotoError:
    extra_en = f" (it looks like {what})" if what else ""
    extra_zh = f"（看起来是{_ZH_KIND.get(what, what)}）" if what else ""
    return PhotoError(NOT_IMAGE, Text(
        f"这个文件不是可读取的图片{extra_zh}。支持 {SUPPORTED_ZH}。",
        f"This file is not a picture FaceLedger can read{extra_en}. Supported: {SUPPORTED_EN}."))


def cannot_open(err: OSError) -> PhotoError:
    """The file itself cannot be opened (no permission, a symbolic link that loops or leads nowhere ...)."""
    import errno

    from faceledger.errors import os_reason_zh

    if err.errno == errno.ELOOP:
        zh, en = "这是一个指向自身的符号链接（链接循环），它不指向任何文件", "it is a symbolic link that loops back on itself"
    elif err.errno == errno.ENOENT:
        zh, en = "它是一个断开的符号链接，指向的文件不存在", "it is a symbolic link to a file that does not exist"
    else:
        zh, en = os_reason_zh(err), err.strerror or str(err)
    return PhotoError(UNREADABLE, Text(f"无法打开这个文件：{zh}。", f"Cannot open the file: {en}."))


def too_big_to_decode(w: int, h: int, need: int, budget: int, protect: bool = False) -> PhotoError:
    """Within the size limits, but decoding this format at this size would take more memory than allowed."""
    mb, lim = mib(need), mib(budget)
    if protect:
        return PhotoError(TOO_LARGE, Text(
            f"图像有 {w} x {h} 像素：保护需要全尺寸处理，约需 {mb} 内存，超过上限 {lim}。"
            "请先另存一份较小的副本（例如长边 6000 像素）再保护。",
            f"The image is {w} x {h} pixels: protecting it works on every pixel and would need about {mb} of "
            f"memory, more than the {lim} allowed. Save a smaller copy (e.g. 6000 px on the long side) and "
            "protect that."))
    return PhotoError(TOO_LARGE, Text(
        f"图像有 {w} x {h} 像素：这种格式不能缩小解码，完整解码约需 {mb} 内存，超过上限 {lim}。"
        "请先另存为 JPEG 或较小的副本再检查。",
        f"The image is {w} x {h} pixels: this format cannot be decoded at a reduced size, and decoding it whole "
        f"would need about {mb} of memory, more than the {lim} allowed. Save it as JPEG or as a smaller copy "
        "first."))


def mib(n: float) -> str:
    """Bytes in binary megabytes, written "MB" as file managers do (150 MiB is "150 MB", not "157 MB")."""
    return f"{n / 2**20:.0f} MB"


def unsupported(fmt: str) -> PhotoError:
    return PhotoError(UNSUPPORTED, Text(
        f"不支持 {fmt} 格式。请先另存为 JPEG 或 PNG。",
        f"The {fmt} format is not supported. Save the picture as JPEG or PNG first."))


def too_large(detail_en: str, detail_zh: str) -> PhotoError:
    return PhotoError(TOO_LARGE, Text(
        f"图像太大，为了保护内存没有解码：{detail_zh}。",
        f"The image is too large to decode safely: {detail_en}."))


def bad_dimensions(w: int, h: int) -> PhotoError:
    return PhotoError(UNREADABLE, Text(
        f"图像头部声明的尺寸无效（{w} x {h}）：文件已损坏。",
        f"The image's header declares an impossible size ({w} x {h}): the file is damaged."))


def animated(frames: int) -> PhotoError:
    return PhotoError(ANIMATED, Text(
        f"这是一个动图（{frames} 帧）。本功能只检查静态照片：请把要检查的那一帧另存为照片。",
        f"This is an animated image ({frames} frames). FaceLedger checks still photos: "
        "save the frame you want to check as a photo."))


def damaged(fmt: str) -> PhotoError:
    """The file starts as a picture of ``fmt`` but holds no readable image after that."""
    return PhotoError(UNREADABLE, Text(
        f"文件开头是 {fmt} 图片，但后面不是图像数据：文件已损坏或不完整（例如下载或复制被中断）。"
        "请找到完整的原始文件再检查。",
        f"The file starts as a {fmt} picture, but what follows is not image data: it is damaged or incomplete "
        "(an interrupted download or copy?). Check the complete original."))


def unreadable(reason: str) -> PhotoError:
    return PhotoError(UNREADABLE, Text(
        f"图像数据损坏，无法解码（{reason}）。",
        f"The image data is damaged and cannot be decoded ({reason})."))


_ZH_KIND = {"plain text": "纯文本", "a PDF document": "PDF 文档", "a ZIP archive": "ZIP 压缩包",
            "a video": "视频", "an HTML page": "网页", "a folder": "文件夹",
            "a device or a pipe, not a file": "设备或管道，而不是文件"}
