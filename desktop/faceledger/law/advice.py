"""Advice on the facts beyond the findings: which letter fits first, to whom a complaint goes, which facts
would change the analysis, and the time limits for old collections.

    suggested_letters(facts)   # [Suggestion(type="complaint", why=Text(...), to="police"), ...], best first
    unfit_reason(facts, type)  # why a letter type does not fit (and what to send instead), or None
    route(facts)               # [Addressee(id="police", ...), Addressee(id="cac", ...), ...], first = default
    open_questions(facts)      # [Question(field="collection.identification", why=Text(...)), ...]
    time_notes(facts)          # [Text(...), ...] for collections more than two years old

Addressees are kinds of authority, never invented offices: the user fills in the department of their
place. Contact channels that the research reference gives only from secondary or unconfirmed sources
(the CAC's 12377 reporting centre, the 12315 consumer platform) are shown as suggestions with a note to
verify them, and never printed in a letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from faceledger.law import rulebook as rb
from faceledger.law.facts import Facts
from faceledger.text import Text

T = Text
ROUTE_IDS = ("cac", "samr", "police", "education", "housing", "finance", "telecom", "transport",
             "consumer_association", "court", "procuratorate")
VERIFY = T("请先在该部门的官方网站或公告中核实联系方式。", "Verify the contact on the authority's own website or notices first.")


@dataclass(frozen=True)
class Suggestion:
    type: str                 # withdrawal, deletion, access, followup, complaint
    why: Text
    to: str | None = None     # for a complaint: the route id of the first addressee

    def to_json(self) -> dict:
        d = {"type": self.type, "why_zh": self.why.zh, "why_en": self.why.en}
        if self.to:
            d["to"] = self.to
        return d


@dataclass(frozen=True)
class Addressee:
    id: str                   # ROUTE_IDS
    name: Text                # the kind of authority (the user names the office of their place)
    why: Text
    contact: Text | None = None   # a suggested channel, never printed in a letter
    verify: Text = VERIFY

    def to_json(self) -> dict:
        return {"id": self.id, "name_zh": self.name.zh, "name_en": self.name.en, "why_zh": self.why.zh,
                "why_en": self.why.en, "contact_zh": self.contact.zh if self.contact else None,
                "contact_en": self.contact.en if self.contact else None, "verify_zh": self.verify.zh,
                "verify_en": self.verify.en}


@dataclass(frozen=True)
class Question:
    field: str
    why: Text

    def to_json(self) -> dict:
        return {"field": self.field, "why_zh": self.why.zh, "why_en": self.why.en}


NAMES = {
    "cac": T("网信部门（互联网信息办公室）", "the cyberspace administration (CAC office)"),
    "samr": T("市场监督管理部门", "the market regulation department"),
    "police": T("公安机关", "the police (public security organ)"),
    "education": T("教育行政部门", "the education department"),
    "housing": T("住房和城乡建设（物业管理）主管部门", "the housing department (property management)"),
    "finance": T("金融监督管理部门", "the financial regulator"),
    "telecom": T("电信主管部门", "the telecommunications authority"),
    "transport": T("交通运输主管部门", "the transport authority"),
    "consumer_association": T("消费者协会", "the consumers' association"),
    "court": T("人民法院", "a people's court"),
    "procuratorate": T("人民检察院", "the people's procuratorate"),
}
SECTOR = {"school": "education", "residential": "housing", "finance": "finance", "payment": "finance",
          "telecom": "telecom", "transport": "transport"}


def _private(f: Facts) -> bool:
    return rb.in_private_space(f)


# ------------------------------------------------------------------------------------------- route

def route(facts: Facts) -> list[Addressee]:
    """Where a complaint can go, in the order to try; the complaint letter is addressed to the first."""
    f = facts
    out: list[Addressee] = []
    if _private(f):
        out.append(Addressee("police", NAMES["police"], T(
            "在客房、浴室、更衣室等私密区域内安装摄像设备，可以向公安机关举报（《公共安全视频图像信息系统管理条例》第二十四条），"
            "偷拍他人隐私由公安机关依《治安管理处罚法》处罚；请同时要求保全设备和录像。",
            "A camera inside a hotel room, bathroom or changing room can be reported to the police (Public Security "
            "Video Regulations Art. 24), which punish covert filming under the Public Security Administration Punishment "
            "Law; ask them to preserve the device and the recordings.")))
    out.append(Addressee("cac", NAMES["cac"], T(
        "网信部门统筹协调个人信息保护工作（《个人信息保护法》第六十条），受理违法处理个人信息的投诉、举报（第六十五条），"
        "也是《人脸识别技术应用安全管理办法》的制定机关之一。",
        "The CAC coordinates personal-information protection (PIPL Art. 60), takes complaints about unlawful processing "
        "(Art. 65) and co-issued the 2025 face-recognition Measures."),
        contact=T("建议渠道：中央网信办违法和不良信息举报中心（12377 热线、www.12377.cn、jubao@12377.cn）；该中心是否处理个人信息投诉尚未核实。",
                  "Suggested channel: the CAC reporting centre (hotline 12377, www.12377.cn, jubao@12377.cn); whether "
                  "it handles personal-information complaints is not confirmed.")))
    sector = SECTOR.get(f.holder.category)
    if sector:
        why = {
            "education": T("学校的主管部门可以在其职责范围内处理学校处理学生个人信息的问题（《个人信息保护法》第六十条）。",
                           "The school's supervising department can act within its remit (PIPL Art. 60)."),
            "housing": T("物业服务企业以人脸识别作为唯一出入方式的问题，可以向物业管理主管部门反映（《个人信息保护法》第六十条）。",
                         "A property manager's face-only gate can be taken to the department that supervises property "
                         "management (PIPL Art. 60)."),
            "finance": T("银行、支付机构等金融机构由金融监督管理部门在其职责范围内监督（《个人信息保护法》第六十条）。",
                         "Banks and payment institutions are supervised by the financial regulators within their remit "
                         "(PIPL Art. 60)."),
            "telecom": T("电信企业由电信主管部门在其职责范围内监督（《个人信息保护法》第六十条）。",
                         "Telecom operators are supervised by the telecommunications authority within its remit (PIPL Art. "
                         "60)."),
            "transport": T("机场、车站等交通运输经营者由交通运输主管部门在其职责范围内监督（《个人信息保护法》第六十条）。",
                           "Airports, stations and carriers are supervised by the transport authorities within their remit "
                           "(PIPL Art. 60)."),
        }[sector]
        out.append(Addressee(sector, NAMES[sector], why))
    if rb.consumer(f):
        out.append(Addressee("samr", NAMES["samr"], T(
            "消费者与经营者的争议可以向市场监督管理部门投诉，部门应当自收到投诉之日起七个工作日内处理并告知"
            "（《消费者权益保护法》第三十九条、第四十六条）。",
            "A consumer dispute can be taken to market regulation, which must handle it and inform the consumer within "
            "seven working days (Consumer Rights Law Arts. 39, 46)."),
            contact=T("建议渠道：全国12315平台或12315电话；现行的处理规则尚未核实。",
                      "Suggested channel: the national 12315 platform or hotline; the rules now governing it are not "
                      "confirmed.")))
        out.append(Addressee("consumer_association", NAMES["consumer_association"], T(
            "消费者可以请求消费者协会调解（《消费者权益保护法》第三十九条）。",
            "A consumer may ask the consumers' association to mediate (Consumer Rights Law Art. 39).")))
    if (f.prior is not None and f.prior.unanswered_on(f.as_of)) or rb.unlawful_collection(f):
        why = T("持有方拒绝行使权利的请求的，可以依法向人民法院提起诉讼（《个人信息保护法》第五十条第二款）；人格权受到侵害的，"
                "也可以依法请求其承担民事责任（《民法典》第九百九十五条）。",
                "If the holder refuses a rights request, you can sue in a people's court (PIPL Art. 50 para. 2); a person "
                "whose personality rights are infringed may also claim civil liability (Civil Code Art. 995).")
    else:
        why = T("先向持有方提出请求；被拒绝的，可以依法向人民法院提起诉讼（《个人信息保护法》第五十条第二款）。",
                "Make your request to the holder first; if it is refused, you can sue in a people's court (PIPL Art. 50 "
                "para. 2).")
    out.append(Addressee("court", NAMES["court"], why))
    if rb.over_100k(f):
        out.append(Addressee("procuratorate", NAMES["procuratorate"], T(
            "违法处理侵害众多个人权益的，人民检察院、法律规定的消费者组织和国家网信部门确定的组织可以依法提起公益诉讼"
            "（《个人信息保护法》第七十条）；可以向人民检察院反映线索。",
            "Where unlawful processing harms many people, the procuratorate (and designated consumer and other "
            "organisations) may bring a public-interest suit (PIPL Art. 70); you can report it to the procuratorate.")))
    return out


def default_addressee(facts: Facts) -> Addressee:
    return route(facts)[0]


# What a complaint to each kind of authority cites as that authority's duties ("regulator" findings).
_PI_DEPARTMENT = ("PIPL:60", "PIPL:61", "PIPL:65", "PIPL:66", "FRT-MEASURES-2025:16", "FRT-MEASURES-2025:17",
                  "APL-2021:36")
_CONSUMER = ("CRPL-2013:39", "CRPL-2013:46", "CRPL-REGS-2024:26", "CRPL-REGS-2024:46", "APL-2021:36")
# (not for the police: the police law has its own time limit, which the references do not give)
REGULATOR_PROVISIONS = {
    "police": ("PSVIS-2025:24", "FRT-MEASURES-2025:16"),
    "samr": _PI_DEPARTMENT + _CONSUMER,
    "consumer_association": _CONSUMER,
}


_NAME_HINTS = (("公安", "police"), ("派出所", "police"), ("市场监督", "samr"), ("市场监管", "samr"),
               ("消费者协会", "consumer_association"), ("消协", "consumer_association"), ("网信", "cac"),
               ("互联网信息办公室", "cac"), ("教育", "education"), ("住房", "housing"), ("金融", "finance"),
               ("通信管理", "telecom"), ("电信", "telecom"), ("交通运输", "transport"))


def route_id_for(name_zh: str | None) -> str | None:
    """The kind of authority a named office is (公安 → police, 市场监督管理局 → samr, ...), or None."""
    for hint, rid in _NAME_HINTS:
        if name_zh and hint in name_zh:
            return rid
    return None


def regulator_provisions(route_id: str | None) -> tuple[str, ...] | None:
    """The duties a complaint to this authority cites (None: every regulator finding, for a named office)."""
    if route_id is None:
        return None
    return REGULATOR_PROVISIONS.get(route_id, _PI_DEPARTMENT)


# ------------------------------------------------------------------------------------------- letters

def unfit_reason(facts: Facts, letter_type: str) -> Text | None:
    """Why this letter does not fit the facts, naming what to send instead (None when it fits)."""
    if letter_type == "withdrawal" and _private(facts):
        return T("在客房、浴室、更衣室等私密空间内拍摄不能以同意为依据，也无所谓撤回或“其他方式”：请向公安机关投诉、举报"
                 "（complaint），要求保全设备和录像；案件处理完毕后，可以再要求删除（deletion）。",
                 "Filming inside a hotel room, bathroom or changing room cannot rest on consent, so there is nothing to "
                 "withdraw and no 'other method' to ask for: send a complaint to the police (complaint) and ask them to "
                 "preserve the device and recordings; once the matter is closed you can ask for deletion (deletion).")
    if letter_type == "withdrawal" and facts.acting_for == "close_relative":
        return T("近亲属可以对死者的个人信息行使查阅、复制、更正、删除等权利（《个人信息保护法》第四十九条），撤回同意应由本人作出："
                 "请发送删除请求（deletion）或查阅请求（access）。",
                 "A close relative may access, copy, correct or delete a deceased person's data (PIPL Art. 49); consent "
                 "is withdrawn only by the person: send a deletion request (deletion) or an access request (access).")
    if letter_type == "followup" and facts.prior is None:
        return T("催告函针对此前的请求：请先发送请求，或在 letter.prior_request 中写明此前的请求。",
                 "A follow-up refers to an earlier request: send a request first, or give it in letter.prior_request.")
    return None


def suggested_letters(facts: Facts) -> list[Suggestion]:
    """The letters that fit the facts, best first, each with why."""
    f = facts
    out: list[Suggestion] = []
    first = route(f)[0]

    def add(kind: str, why: Text, to: str | None = None) -> None:
        if kind not in {s.type for s in out} and unfit_reason(f, kind) is None:
            out.append(Suggestion(kind, why, to))

    if _private(f):
        add("complaint", T("私密空间内的摄像设备：先向公安机关投诉、举报，要求保全设备和录像，不要先要求对方删除（那是证据）。",
                           "A camera in a private space: report it to the police first and ask them to preserve the device "
                           "and recordings; do not ask the holder to delete first (that is evidence)."), first.id)
        add("deletion", T("案件处理完毕后，可以要求删除拍到的图像。",
                          "Once the matter is closed, you can ask for the images to be deleted."))
        return out
    p = f.prior
    if p is not None and p.unanswered_on(f.as_of):
        if p.outcome in ("refused", "partial") or p.type in ("followup", "complaint"):
            add("complaint", T("此前的请求被拒绝、只部分满足或催告后仍无答复：可以投诉。",
                               "The earlier request was refused, partly met, or a follow-up went unanswered: complain."),
                first.id)
            add("followup", T("也可以先再催告一次，写明仍未完成的事项。",
                              "Or follow up once more, listing what is still outstanding."))
        else:
            add("followup", T("已过您要求的答复期限仍无答复：先发催告函。",
                              "No answer by the date you asked for: send a follow-up first."))
            add("complaint", T("催告后仍不答复的，可以投诉。", "If the follow-up goes unanswered too, complain."), first.id)
    if f.acting_for == "guardian" and f.collection.minor_under_14 is not False:
        add("deletion", T("监护人可以要求删除孩子的个人信息，处理者应当及时删除（《未成年人保护法》第七十二条第二款）。",
                          "A guardian can ask for a child's data to be deleted, and the processor must delete it "
                          "promptly (Minors Protection Law Art. 72 para. 2)."))
    if f.acting_for == "close_relative":
        add("deletion", T("近亲属可以要求删除死者的人脸信息（《个人信息保护法》第四十九条）。",
                          "A close relative can ask for the deceased's face to be deleted (PIPL Art. 49)."))
        add("access", T("也可以先查阅、复制，了解保存了什么。", "Or first ask what is kept (access and copy)."))
    if rb.relationship_ended(f):
        add("deletion", T("关系已经结束（卡到期、搬离、离职或注销账户）：持有方本应主动删除，请求删除（《个人信息保护法》第四十七条第一款第（一）项、第（二）项）。",
                          "The relationship has ended: the holder should have deleted on its own; ask for deletion (PIPL "
                          "Art. 47 para. 1 items (1) and (2))."))
    if rb.basis_in_question(f):
        add("access", T("持有方可能依据合同、劳动管理或法定义务处理人脸：先要求其说明依据、必要性和处理规则，并提供其他方式。",
                        "The holder may rely on a contract, employment or a legal duty: first ask it to state its basis, "
                        "the necessity of the face and its rules, and to offer another way."))
    if rb.pushed_to_face(f) and rb.recognition_possible(f) and rb.consent_based(f) and not rb.relationship_ended(f):
        if rb.residential(f):
            why = T("住宅小区只能刷脸进出：撤回同意，并要求提供其他进出方式（如门禁卡、钥匙）。",
                    "A residential gate with face-only entry: withdraw consent and demand another way in (a card or key).")
        else:
            why = T("只能刷脸或不刷脸就拒绝服务：撤回同意，并要求提供其他方式。",
                    "Face only, or service refused without it: withdraw consent and demand another way.")
        add("withdrawal", why)
    if rb.consent_based(f) and f.collection.identification != "none":
        add("withdrawal", T("处理以同意为依据：撤回同意，要求停止处理并删除。",
                            "The processing rests on consent: withdraw it and ask for the processing to stop and the data "
                            "to be deleted."))
    add("deletion", T("要求删除人脸图像、特征数据及其备份和副本。",
                      "Ask for the face images, templates, backups and copies to be deleted."))
    add("access", T("要求查阅、复制并解释处理规则，了解保存了什么、存在哪里。",
                    "Ask for a copy and an explanation: what is kept and where."))
    if rb.unlawful_collection(f) and not any(s.type == "complaint" for s in out):
        add("complaint", T("如请求被拒绝或无人答复，可以投诉。", "If your request is refused or ignored, you can complain."),
            first.id)
    return out


# ------------------------------------------------------------------------------------------- questions

def open_questions(facts: Facts) -> list[Question]:
    """The unknown facts that would change the analysis, each with how."""
    f = facts
    c = f.collection
    out: list[Question] = []

    def ask(field: str, zh: str, en: str) -> None:
        out.append(Question(field, T(zh, en)))

    if c.date is None:
        ask("collection.date",
            "采集日期决定适用哪些规定（如2021年11月1日起的《个人信息保护法》、2025年6月1日起的《人脸识别技术应用安全管理办法》）；不知道日期时只能列出现在可以行使的权利。",
            "The collection date decides which rules apply (the PIPL from 2021-11-01, the Measures from 2025-06-01); "
            "without it only the rights you have now are listed.")
    if (c.legal_basis_claimed or "unknown") == "unknown":
        if f.holder.category in rb.DUTY_COMMON_CATEGORIES:
            why = T("这类单位常以法定义务、合同或劳动管理为依据：现在的信件请其说明依据。如果它明确以同意为依据，就按同意规则（单独同意、撤回）判断，信件会更强硬。",
                    "Holders of this kind often rely on a legal duty, a contract or HR management, so the letter asks for "
                    "the basis. If it relies on consent, the consent rules (separate consent, withdrawal) apply and the "
                    "letter is firmer.")
        else:
            why = T("现在按同意为依据判断。如果持有方称其依据法定义务或合同处理，信件将改为要求其说明依据和必要性，不再主张违法。",
                    "The processing is judged as consent-based. If the holder says it relies on a legal duty or a contract, "
                    "the letter asks for the basis and the necessity instead of asserting a breach.")
        ask("collection.legal_basis_claimed", why.zh, why.en)
    if (c.identification or "unknown") == "unknown":
        ask("collection.identification",
            "人脸是否被用于识别身份（一对一验证或一对多辨识）？是的话《人脸识别技术应用安全管理办法》直接适用；只是拍照、美颜而不识别的，则不适用，信中的相关内容现在以“如……”的条件句表述。",
            "Is the face used to identify people (1:1 verification or 1:N identification)? If so the 2025 Measures apply "
            "directly; for images only (photos, filters) they do not. The letter now words those points as conditions.")
    if rb.consent_based(f) and c.consent in (None, "unknown"):
        ask("collection.consent",
            "您是如何同意的（没有同意、与其他条款捆绑、被迫，还是单独同意）？这决定能否主张同意无效。",
            "How was consent obtained (none, bundled, forced or separate)? That decides whether the consent can be "
            "challenged.")
    if c.relationship_ended is None and not rb.in_private_space(f):
        ask("collection.relationship_ended",
            "关系是否已经结束（卡到期、搬离、离职、注销账户）？是的话，持有方本应主动删除（《个人信息保护法》第四十七条第一款第（一）项、第（二）项），删除请求更有力。",
            "Has the relationship ended (a card expired, you moved out, left the job, closed the account)? Then the "
            "holder had to delete on its own (PIPL Art. 47 para. 1 items (1), (2)) and a deletion request is stronger.")
    if rb.recognition_possible(f) and c.alternative_offered is None and not rb.in_private_space(f):
        ask("collection.alternative_offered",
            "是否提供了人脸以外的其他方式？没有的话，可以依《人脸识别技术应用安全管理办法》第十条要求提供。",
            "Was another way than the face offered? If not, one can be demanded under Measures Art. 10.")
    if c.place == "public" and c.signage is None:
        ask("collection.signage", "现场是否设置了显著的提示标识？", "Were there conspicuous signs on site?")
    if c.purpose_stated is None and not rb.in_private_space(f):
        ask("collection.purpose_stated", "事先是否告知了处理目的？", "Was the purpose stated beforehand?")
    if c.stored_off_device is None and rb.recognition_possible(f) and not rb.in_private_space(f):
        ask("collection.stored_off_device",
            "人脸信息是否传出设备（如存到服务器或云端）？", "Is the face data sent off the device (to a server or cloud)?")
    if f.acting_for == "guardian" and c.minor_under_14 is None:
        ask("collection.minor_under_14",
            "孩子在采集时是否不满十四周岁（或填写出生日期）？不满十四周岁的，处理须取得监护人同意。",
            "Was the child under 14 when the face was taken (or give the birth date)? Under 14, a guardian's consent is "
            "needed.")
    if f.prior is None and not rb.in_private_space(f):
        ask("letter.prior_request",
            "您是否已经向持有方提出过请求？请求被拒绝或无人答复本身就违反了处理者的义务，投诉时会列为持续的违法行为。",
            "Have you already asked the holder? A request refused or ignored is itself a breach of the holder's duties, "
            "and a complaint cites it as a continuing one.")
    return out


# ------------------------------------------------------------------------------------------- time

def time_notes(facts: Facts) -> list[Text]:
    """Limitation periods for collections more than two years old (Civil Code 188, 196, 995; APL 36)."""
    f = facts
    if not rb.old_collection(f):
        return []
    notes = [
        T("删除、停止处理等要求停止侵害的请求不适用诉讼时效（《民法典》第一百九十六条第（一）项、第九百九十五条）。",
          "Claims to stop the infringement (delete, stop processing) are not time-barred (Civil Code Art. 196 item (1), "
          "Art. 995)."),
        T("请求损害赔偿的诉讼时效为三年，自知道或者应当知道权利受到损害以及义务人之日起计算（《民法典》第一百八十八条）。",
          "A claim for damages must be brought within three years of the day you knew or should have known of the harm "
          "and who caused it (Civil Code Art. 188)."),
    ]
    if date(2021, 7, 15) <= f.as_of:
        if rb.continuing(f):
            notes.append(T("行政处罚的追责期限为两年，但违法行为有连续或者继续状态的，从行为终了之日起计算（《行政处罚法》第三十六条）："
                           "持有方至今仍保存您的人脸信息，这一状态仍在继续。",
                           "Administrative penalties are barred after two years, but a continuing violation counts from its "
                           "end (Administrative Penalty Law Art. 36): the holder still keeps your face, so it continues."))
        else:
            notes.append(T("行政处罚的追责期限为两年，从违法行为发生之日起计算，违法行为有连续或者继续状态的从终了之日起计算"
                           "（《行政处罚法》第三十六条）：只涉及两年前的采集行为的投诉可能无法导致处罚；如持有方仍在保存或使用，请写明。",
                           "Administrative penalties are barred two years after the violation, or after its end if it "
                           "continues (Administrative Penalty Law Art. 36): a complaint about a collection more than two "
                           "years ago alone may lead to no penalty; say so if the holder still keeps or uses the face."))
    return notes
