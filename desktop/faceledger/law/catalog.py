"""The law catalog: instruments and their articles, loaded from resources/law/*.json (one file per instrument).

A provision's id is ``INSTRUMENT:ARTICLE`` (``PIPL:47``, ``CSL-2025:45``, ``GBT35273-2020:8.7``; points of
the 2023 draft that press reports describe without an article number are ``FRT-DRAFT-2023:Q6`` etc.).

Chinese text is quoted only where the research references mark it confirmed (``text_zh``; byte for
byte, checked by tests/law against the reference files). Where a reference has a text it could not
confirm, the text is kept as ``unverified_text_zh`` so that it can be upgraded later, and must never
be shown as a quotation; confirmed parts of such articles are ``excerpts``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, NotFound
from faceledger.law.numerals import article_label_zh, chinese_number
from faceledger.paths import resource

KINDS = ("law", "regulation", "judicial_interpretation", "departmental_rule", "standard", "draft")
KIND_NAMES = {
    "law": ("法律", "law"),
    "regulation": ("行政法规", "administrative regulation"),
    "judicial_interpretation": ("司法解释", "judicial interpretation"),
    "departmental_rule": ("部门规章", "departmental rule"),
    "standard": ("推荐性国家标准", "recommended national standard"),
    "draft": ("征求意见稿", "draft for comment"),
}
# How far the reference could verify an article's Chinese text (best first).
CONFIDENCES = ("confirmed", "single_source", "partial", "secondary", "unconfirmed", "gap")
STATUSES = ("in_force", "not_yet_in_force", "superseded", "ended", "draft")


class CatalogError(FaceLedgerError):
    """The law data shipped with the app is broken (a packaging bug, never the user's fault)."""


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CatalogError(f"law data {where}: {value!r} is not a date.",
                           zh=f"法律数据 {where}：{value!r} 不是日期。") from None


@dataclass(frozen=True)
class Excerpt:
    """A confirmed part of an article whose full text is not confirmed: quotable with its scope."""

    scope_zh: str        # 第一款 / 第一款第一句 / 第一款第（一）项
    scope_en: str        # para. 1 / para. 1, first sentence / item (1)
    text_zh: str
    basis: str           # which second copy confirms it (from the reference)


@dataclass(frozen=True)
class Quotation:
    """What a letter may put in quotation marks, with the citation that goes with it.

    ``segments`` are the exact pieces of the official text quoted; ``text_zh`` joins them with an ellipsis
    line where something is left out (an item quoted with its lead-in: "……：\n……\n（三）……").
    """

    cite_zh: str
    cite_en: str
    text_zh: str
    whole_article: bool
    segments: tuple[str, ...] = ()


OMISSION = "\n……\n"
_ITEM = re.compile(r"^（[一二三四五六七八九十]+）")


@dataclass(frozen=True)
class Part:
    """A paragraph (款) and/or items (项) of an article: what a reason rests on and what a letter quotes.

    ``Part(para=1)`` is the first paragraph; ``Part(items=(3,))`` item (3) of an article whose items sit in
    its only paragraph; ``Part(para=1, items=(1, 2))`` items (1) and (2) of the first paragraph.
    """

    para: int | None = None
    items: tuple[int, ...] = ()

    def merged(self, other: Part | None) -> Part | None:
        """The smallest part covering both (None: the whole article)."""
        if other is None or (self.para or 1) != (other.para or 1):
            return None
        if not self.items or not other.items:
            return Part(self.para or other.para)
        return Part(self.para or other.para, tuple(sorted(set(self.items) | set(other.items))))

    def scope_zh(self, multi_para: bool) -> str:
        para = f"第{chinese_number(self.para)}款" if self.para and (multi_para or not self.items) else ""
        return para + "、".join(f"第（{chinese_number(i)}）项" for i in self.items)

    def scope_en(self, multi_para: bool) -> str:
        bits = []
        if self.para and (multi_para or not self.items):
            bits.append(f"para. {self.para}")
        if self.items:
            nums = [f"({i})" for i in self.items]
            bits.append(("item " if len(nums) == 1 else "items ") + (" and ".join(nums) if len(nums) <= 2 else
                                                                     ", ".join(nums[:-1]) + " and " + nums[-1]))
        return ", ".join(bits)


def article_structure(text: str) -> list[tuple[str, list[str]]]:
    """An article's lines as paragraphs with their items: [(paragraph line, [item lines]), ...]."""
    paras: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        if _ITEM.match(line) and paras:
            paras[-1][1].append(line)
        else:
            paras.append((line, []))
    return paras


def _bare(line: str) -> str:
    """An item's words without its number and closing punctuation (how excerpts store items)."""
    return _ITEM.sub("", line).rstrip("；。，;")


@dataclass(frozen=True)
class Instrument:
    id: str
    title_zh: str
    title_en: str
    short_zh: str
    short_en: str
    kind: str
    issuer_zh: str
    issuer_en: str
    document_number: str | None
    promulgated: date | None
    in_force: date | None
    ended: date | None
    status: str                      # as recorded in the data (today's standing)
    binding: bool
    applies_to_acts_from: date | None
    superseded_by: str | None
    version_zh: str | None           # how a letter tells this version apart (2025年修正前)
    version_en: str | None
    source: str
    notes_en: str

    def status_on(self, on: date) -> str:
        """in_force, not_yet_in_force, superseded, ended or draft, on the given date."""
        if self.kind == "draft" or self.in_force is None:
            return "draft"
        if on < self.in_force:
            return "not_yet_in_force"
        if self.ended is not None and on > self.ended:
            return "superseded" if self.superseded_by else "ended"
        return "in_force"

    def in_force_on(self, on: date) -> bool:
        return self.status_on(on) == "in_force"

    def applies_to_act_on(self, on: date) -> bool:
        """In force on that date and, for a non-retroactive instrument, the act is not older than it."""
        if not self.in_force_on(on):
            return False
        return self.applies_to_acts_from is None or on >= self.applies_to_acts_from

    @property
    def is_draft(self) -> bool:
        return self.kind == "draft"

    def cite_zh(self) -> str:
        if self.kind == "standard":
            return f"{self.document_number}《{self.title_zh}》"
        if self.kind == "draft":
            published = self.promulgated
            when = f"{published.year}年{published.month}月{published.day}日" if published else ""
            return f"《{self.title_zh}》（{self.issuer_zh}{when}公布，未施行）"
        return f"《{self.title_zh}》"

    def cite_en(self) -> str:
        if self.kind == "draft":
            when = self.promulgated.isoformat() if self.promulgated else "undated"
            return f"{self.title_en} ({self.issuer_en}, published {when}; a draft, never in force)"
        if self.kind == "standard":
            return f"{self.document_number} {self.title_en} (recommended standard)"
        return self.title_en


@dataclass(frozen=True)
class Provision:
    id: str
    instrument: Instrument
    article: str                       # "47", "8.7", "Q6"
    number: int | None                 # None for a clause of a standard or an unnumbered draft point
    label_zh: str | None               # 第四十七条
    subject_zh: str
    subject_en: str
    summary_en: str
    confirmed: bool
    confidence: str
    verification: str
    source: str
    text_zh: str | None                # the official text, only when confirmed
    unverified_text_zh: str | None = None   # the reference's text where it is not confirmed: never quote
    excerpts: tuple[Excerpt, ...] = ()
    renumbered_from: str | None = None
    renumbered_to: str | None = None
    note_en: str | None = None
    topics: tuple[str, ...] = field(default=())

    # -- dates -----------------------------------------------------------------------------------
    def status_on(self, on: date) -> str:
        return self.instrument.status_on(on)

    def in_force_on(self, on: date) -> bool:
        return self.instrument.in_force_on(on)

    # -- citations -------------------------------------------------------------------------------
    def _article_zh(self) -> str:
        if self.label_zh:
            return self.label_zh
        if self.instrument.kind == "standard":
            return f"第{self.article}条"
        return ""

    # -- parts -----------------------------------------------------------------------------------
    @property
    def _any_text(self) -> str | None:
        return self.text_zh if self.text_zh is not None else self.unverified_text_zh

    def multi_paragraph(self) -> bool:
        text = self._any_text
        return text is None or len(article_structure(text)) > 1

    def part_scope_zh(self, part: Part | None) -> str:
        return part.scope_zh(self.multi_paragraph()) if part else ""

    def part_scope_en(self, part: Part | None) -> str:
        return part.scope_en(self.multi_paragraph()) if part else ""

    def part_segments(self, part: Part) -> list[str]:
        """The exact lines of the part, as segments to quote (lead-in, then runs of adjacent items)."""
        text = self._any_text
        if text is None:
            return []
        paras = article_structure(text)
        index = (part.para or 1) - 1
        if index >= len(paras):
            raise CatalogError(f"{self.id} has no paragraph {part.para}.", zh=f"{self.id} 没有第{part.para}款。")
        lead, items = paras[index]
        if not part.items:
            return ["\n".join([lead, *items])]
        if max(part.items) > len(items):
            raise CatalogError(f"{self.id} has no item {max(part.items)} in paragraph {index + 1}.",
                               zh=f"{self.id} 第{index + 1}款没有第{max(part.items)}项。")
        runs: list[list[int]] = []
        for i in sorted(part.items):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        segments = ["\n".join(items[i - 1] for i in run) for run in runs]
        if runs[0][0] == 1:  # the first item follows the lead-in: nothing left out between them
            return [lead + "\n" + segments[0]] + segments[1:]
        return [lead] + segments

    def cite_zh(self, on: date | None = None, *, with_former: bool = False) -> str:
        """《中华人民共和国个人信息保护法》第四十七条.

        ``on``: the letter's date; a superseded version is then named as such
        (《中华人民共和国网络安全法》（2025年修正前）第四十一条). ``with_former`` adds the number the same
        text had before a renumbering (第四十五条（原第四十三条）) or, for a superseded version, the number it
        has now (第四十一条（现第四十三条）).
        """
        inst = self.instrument
        head = inst.cite_zh()
        if on is not None and inst.version_zh and inst.status_on(on) in ("superseded", "ended"):
            head = f"{head}（{inst.version_zh}）"
        text = head + self._article_zh()
        if with_former and self.renumbered_from:
            former = self.renumbered_from.split(":", 1)[1]
            text += f"（原{article_label_zh(int(former))}）"
        if with_former and self.renumbered_to and on is not None and inst.status_on(on) == "superseded":
            current = self.renumbered_to.split(":", 1)[1]
            text += f"（现{article_label_zh(int(current))}）"
        return text

    def cite_en(self, on: date | None = None, *, with_former: bool = False) -> str:
        """Personal Information Protection Law of the People's Republic of China, Art. 47."""
        inst = self.instrument
        head = inst.cite_en()
        if on is not None and inst.version_en and inst.status_on(on) in ("superseded", "ended"):
            head = f"{head} ({inst.version_en})"
        if self.number is not None:
            text = f"{head}, Art. {self.article}"
        elif inst.kind == "standard":
            text = f"{head}, clause {self.article}"
        else:
            text = head
        if with_former and self.renumbered_from:
            text += f" (formerly Art. {self.renumbered_from.split(':', 1)[1]})"
        if with_former and self.renumbered_to and on is not None and inst.status_on(on) == "superseded":
            text += f" (now Art. {self.renumbered_to.split(':', 1)[1]})"
        return text

    def cite_short_en(self) -> str:
        """PIPL Art. 47."""
        if self.number is not None:
            return f"{self.instrument.short_en} Art. {self.article}"
        if self.instrument.kind == "standard":
            return f"{self.instrument.short_en} clause {self.article}"
        return f"{self.instrument.short_en} ({self.subject_en})"

    def quotations(self, on: date | None = None, part: Part | None = None) -> list[Quotation]:
        """What may be quoted: the whole article (or the part asked for) if confirmed, else its confirmed
        excerpts (for a part: only the excerpts that are that part). Maybe nothing: then cite by number."""
        if part is None:
            if self.text_zh is not None:
                return [Quotation(self.cite_zh(on), self.cite_en(on), self.text_zh, True, (self.text_zh,))]
            return [Quotation(self.cite_zh(on) + ex.scope_zh, f"{self.cite_en(on)}, {ex.scope_en}", ex.text_zh, False,
                              (ex.text_zh,)) for ex in self.excerpts]
        segments = self.part_segments(part)
        if self.text_zh is not None:
            return [Quotation(self.cite_zh(on) + self.part_scope_zh(part),
                              f"{self.cite_en(on)}, {self.part_scope_en(part)}", OMISSION.join(segments), False,
                              tuple(segments))]
        # the confirmed excerpts that lie inside the part (an item, a paragraph or its first sentence)
        lines = [line for seg in segments for line in seg.split("\n") if not part.items or _ITEM.match(line)]
        return [Quotation(self.cite_zh(on) + ex.scope_zh, f"{self.cite_en(on)}, {ex.scope_en}", ex.text_zh, False,
                          (ex.text_zh,)) for ex in self.excerpts if any(_bare(ex.text_zh) in line for line in lines)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "instrument": self.instrument.id, "article": self.article, "label_zh": self.label_zh,
            "subject_zh": self.subject_zh, "subject_en": self.subject_en, "summary_en": self.summary_en,
            "confirmed": self.confirmed, "confidence": self.confidence, "verification": self.verification,
            "text_zh": self.text_zh, "excerpts": [ex.__dict__ for ex in self.excerpts],
            "cite_zh": self.cite_zh(), "cite_en": self.cite_en(), "kind": self.instrument.kind,
            "status": self.instrument.status, "source": self.source,
            "renumbered_from": self.renumbered_from, "renumbered_to": self.renumbered_to, "note_en": self.note_en,
        }


class Catalog:
    """All instruments and provisions. Use :func:`get_catalog` for the shipped data."""

    def __init__(self, instruments: dict[str, Instrument], provisions: dict[str, Provision]):
        self._instruments = instruments
        self._provisions = provisions

    def instruments(self) -> list[Instrument]:
        return list(self._instruments.values())

    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self._instruments[instrument_id]
        except KeyError:
            raise NotFound(f"No instrument {instrument_id!r} in the law catalog.",
                           f"Known: {', '.join(self._instruments)}",
                           zh=f"法律目录中没有 {instrument_id!r} 这部法规。",
                           hint_zh=f"已有的法规：{', '.join(self._instruments)}") from None

    def provisions(self, instrument_id: str | None = None) -> list[Provision]:
        if instrument_id is None:
            return list(self._provisions.values())
        self.instrument(instrument_id)
        return [p for p in self._provisions.values() if p.instrument.id == instrument_id]

    def provision(self, provision_id: str) -> Provision:
        """``catalog.provision("PIPL:47")``; also accepts ``PIPL 47`` and ``pipl:47``."""
        key = provision_id.strip().replace(" ", ":").upper()
        p = self._provisions.get(key)
        if p is None:
            raise NotFound(f"No provision {provision_id!r} in the law catalog.",
                           "Ids look like PIPL:47 or CSL-2025:45; `faceledger law list` shows them all.",
                           zh=f"法律目录中没有 {provision_id!r} 这一条。",
                           hint_zh="条文编号形如 PIPL:47 或 CSL-2025:45。")
        return p

    def __contains__(self, provision_id: str) -> bool:
        return provision_id in self._provisions

    def __len__(self) -> int:
        return len(self._provisions)


def _excerpts(raw: list[dict[str, Any]], where: str) -> tuple[Excerpt, ...]:
    out = []
    for e in raw or []:
        try:
            out.append(Excerpt(e["scope_zh"], e["scope_en"], e["text_zh"], e["basis"]))
        except KeyError as err:
            raise CatalogError(f"law data {where}: excerpt lacks {err}.",
                               zh=f"法律数据 {where}：摘录缺少 {err}。") from None
    return tuple(out)


def _load_instrument(data: dict[str, Any], path: Path) -> tuple[Instrument, list[Provision]]:
    where = path.name
    try:
        kind = data["kind"]
        if kind not in KINDS:
            raise CatalogError(f"law data {where}: kind {kind!r} is not one of {', '.join(KINDS)}.",
                               zh=f"法律数据 {where}：类型 {kind!r} 不是 {', '.join(KINDS)} 之一。")
        if data["status"] not in STATUSES:
            raise CatalogError(f"law data {where}: status {data['status']!r} is not one of {', '.join(STATUSES)}.",
                               zh=f"法律数据 {where}：状态 {data['status']!r} 不是 {', '.join(STATUSES)} 之一。")
        inst = Instrument(
            id=data["id"], title_zh=data["title_zh"], title_en=data["title_en"], short_zh=data["short_zh"],
            short_en=data["short_en"], kind=kind, issuer_zh=data["issuer_zh"], issuer_en=data["issuer_en"],
            document_number=data.get("document_number"),
            promulgated=_date(data.get("promulgated"), where), in_force=_date(data.get("in_force"), where),
            ended=_date(data.get("ended"), where), status=data["status"], binding=bool(data["binding"]),
            applies_to_acts_from=_date(data.get("applies_to_acts_from"), where),
            superseded_by=data.get("superseded_by"), version_zh=data.get("version_zh"),
            version_en=data.get("version_en"), source=data["source"], notes_en=data.get("notes_en", ""),
        )
        provisions = []
        for a in data["articles"]:
            art = str(a["article"])
            pid = f"{inst.id}:{art}"
            number = int(art) if art.isdigit() else None
            label = a.get("label_zh")
            if number is not None and label != article_label_zh(number):
                raise CatalogError(f"law data {where}: {pid} label {label!r} does not match its number.",
                                   zh=f"法律数据 {where}：{pid} 的标签 {label!r} 与其编号不符。")
            confidence = a["confidence"]
            if confidence not in CONFIDENCES:
                raise CatalogError(f"law data {where}: {pid} confidence {confidence!r} is unknown.",
                                   zh=f"法律数据 {where}：{pid} 的可信度 {confidence!r} 未知。")
            confirmed = bool(a["confirmed"])
            if confirmed != (confidence == "confirmed"):
                raise CatalogError(f"law data {where}: {pid} confirmed flag disagrees with its confidence.",
                                   zh=f"法律数据 {where}：{pid} 的“已核实”标记与其可信度不一致。")
            text = a.get("text_zh")
            if text is not None and not confirmed:
                raise CatalogError(f"law data {where}: {pid} has text_zh but is not confirmed.",
                                   zh=f"法律数据 {where}：{pid} 有中文原文，但未核实。")
            if confirmed and not text:
                raise CatalogError(f"law data {where}: {pid} is confirmed but has no text_zh.",
                                   zh=f"法律数据 {where}：{pid} 已核实，但没有中文原文。")
            provisions.append(Provision(
                id=pid, instrument=inst, article=art, number=number, label_zh=label,
                subject_zh=a["subject_zh"], subject_en=a["subject_en"], summary_en=a["summary_en"],
                confirmed=confirmed, confidence=confidence, verification=a.get("verification", ""),
                source=a.get("source") or inst.source, text_zh=text,
                unverified_text_zh=a.get("unverified_text_zh"), excerpts=_excerpts(a.get("excerpts"), where),
                renumbered_from=a.get("renumbered_from"), renumbered_to=a.get("renumbered_to"),
                note_en=a.get("note_en"), topics=tuple(a.get("topics", ())),
            ))
    except KeyError as err:
        raise CatalogError(f"law data {where}: missing field {err}.",
                           zh=f"法律数据 {where}：缺少字段 {err}。") from None
    return inst, provisions


def load_catalog(directory: Path | None = None) -> Catalog:
    """Read every ``*.json`` instrument file of ``directory`` (default: the shipped resources/law/)."""
    d = directory or resource("law")
    files = sorted(Path(d).glob("*.json"))
    if not files:
        raise CatalogError(f"No law data found in {d}.", "The installation is incomplete; reinstall FaceLedger.",
                           zh=f"在 {d} 中找不到法律数据。",
                           hint_zh="安装不完整，请重新安装人脸账本。")
    instruments: dict[str, Instrument] = {}
    provisions: dict[str, Provision] = {}
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise CatalogError(f"law data {path.name} cannot be read: {err}",
                               zh=f"无法读取法律数据 {path.name}：{err}") from None
        inst, provs = _load_instrument(data, path)
        if inst.id in instruments:
            raise CatalogError(f"law data {path.name}: instrument {inst.id} is defined twice.",
                               zh=f"法律数据 {path.name}：法规 {inst.id} 重复定义。")
        instruments[inst.id] = inst
        for p in provs:
            if p.id in provisions:
                raise CatalogError(f"law data {path.name}: provision {p.id} is defined twice.",
                                   zh=f"法律数据 {path.name}：条文 {p.id} 重复定义。")
            provisions[p.id] = p
    for p in provisions.values():
        for other in (p.renumbered_from, p.renumbered_to):
            if other and other not in provisions:
                raise CatalogError(f"law data: {p.id} refers to unknown provision {other}.",
                                   zh=f"法律数据：{p.id} 引用了未知的条文 {other}。")
    for inst in instruments.values():
        if inst.superseded_by and inst.superseded_by not in instruments:
            raise CatalogError(f"law data: {inst.id} is superseded by unknown instrument {inst.superseded_by}.",
                               zh=f"法律数据：{inst.id} 被未知的法规 {inst.superseded_by} 取代。")
    return Catalog(instruments, provisions)


@lru_cache(maxsize=1)
def get_catalog() -> Catalog:
    """The shipped catalog, read once per process."""
    return load_catalog()
