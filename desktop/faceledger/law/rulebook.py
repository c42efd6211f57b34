"""The rules: which facts make which provisions support the user, and why (zh, en).

Each rule is data: id, topic, axis ("collection": judged on the collection date; "rights": on as_of),
the letter types it supports, a small pure predicate on the facts, and its citations. The engine
(faceledger.law.rules) drops every citation whose instrument is not in force on the rule's date, so
a rule may list the provisions of several periods (CSL-2016:41 and CSL-2025:43; PSAPL-2012:42 and
PSAPL-2025:50) and each set of facts gets those of its own date. Rules are ordered from the most
specific: the first rule to cite a provision gives its reason.

A citation names the part of its article the reason rests on (``Part``: paragraph, items), its role
(obligation, right, remedy, regulator, definition; default ``ROLE_OF``) and whether it is one of the few
``key`` provisions a short letter cites. Reasons are our own words; they never quote an article (letters
quote from the catalog, and only confirmed texts). Unknown facts (None) trigger nothing, except the
rights every person has.

What the holder says it relies on matters (PIPL Art. 13): only consent-based processing is judged by the
consent rules. Where it claims a contract, employment or a legal duty, or where the basis is unknown in a
sector where a legal duty is common, the letter asks for its basis and the necessity of the face, asks
for an alternative, and asserts neither unlawfulness nor damages.
"""

from __future__ import annotations

from datetime import date

from faceledger.law.catalog import Part, get_catalog
from faceledger.law.facts import Facts
from faceledger.law.rules import Cite, Rule
from faceledger.text import Text

DRAFT_PUBLISHED = date(2023, 8, 8)
MEASURES_IN_FORCE = date(2025, 6, 1)
PSVIS_IN_FORCE = date(2025, 4, 1)

# Holders that deal with the user as a consumer (the Consumer Rights Law applies).
CONSUMER_CATEGORIES = ("payment", "transport", "hotel", "retail", "attraction", "leisure", "finance", "telecom",
                       "online")
# Sectors where a legal duty to identify people is common (customer identification, real names, check-in
# registration, HR management, schools): an unknown basis is not presumed to be consent there.
DUTY_COMMON_CATEGORIES = ("finance", "telecom", "transport", "hotel", "government", "workplace", "school")
# Business premises named by SPC-FR-2021 Art. 2(1) (hotels, malls, banks, stations, airports, stadiums, ...).
BUSINESS_PREMISES = ("hotel", "retail", "finance", "transport", "attraction", "leisure")
VIOLATION_CONSENTS = ("none", "bundled", "coerced")

T = Text
P = Part

# The usual role of a provision (a citation may say otherwise).
ROLE_OF: dict[str, str] = {
    **dict.fromkeys(("CIVIL-CODE:1034", "SPC-FR-2021:1", "FRT-MEASURES-2025:19", "NDSMR-2024:62"), "definition"),
    **dict.fromkeys(("PIPL:60", "PIPL:61", "PIPL:65", "PIPL:66", "PIPL:70", "FRT-MEASURES-2025:16",
                     "FRT-MEASURES-2025:17", "CRPL-2013:39", "CRPL-2013:46", "CRPL-REGS-2024:26",
                     "CRPL-REGS-2024:46", "PSVIS-2025:24", "APL-2021:36"), "regulator"),
    **dict.fromkeys(("PIPL:69", "SPC-FR-2021:2", "SPC-FR-2021:3", "SPC-FR-2021:4", "SPC-FR-2021:8",
                     "SPC-FR-2021:9", "CIVIL-CODE:995", "CIVIL-CODE:997", "CIVIL-CODE:1182", "CIVIL-CODE:1183",
                     "CIVIL-CODE:188", "CIVIL-CODE:196", "CRPL-2013:50"), "remedy"),
    **dict.fromkeys(("PIPL:15", "PIPL:44", "PIPL:45", "PIPL:47", "PIPL:48", "PIPL:49", "CIVIL-CODE:1037",
                     "CIVIL-CODE:1032", "CIVIL-CODE:23", "CIVIL-CODE:27", "CSL-2016:43", "CSL-2025:45",
                     "MPL-2020:72", "MPL-2020:16", "SPC-FR-2021:10", "SPC-FR-2021:12"), "right"),
}


# -- predicates on the facts (small and pure) ---------------------------------------------------------
def consumer(f: Facts) -> bool:
    return f.holder.category in CONSUMER_CATEGORIES


def business_premises(f: Facts) -> bool:
    return f.holder.category in BUSINESS_PREMISES or f.collection.place == "public"


def residential(f: Facts) -> bool:
    return f.collection.place == "residential" or f.holder.category == "residential"


def in_private_space(f: Facts) -> bool:
    return f.collection.place == "private_space" or f.collection.private_space is not None


def not_private(f: Facts) -> bool:
    return not in_private_space(f)


def consent_based(f: Facts) -> bool:
    """Judged by the consent rules: consent claimed, or nothing claimed where consent is the usual basis."""
    basis = f.collection.legal_basis_claimed or "unknown"
    return basis == "consent" or (basis == "unknown" and f.holder.category not in DUTY_COMMON_CATEGORIES)


def basis_in_question(f: Facts) -> bool:
    """A contract, employment or legal duty is claimed, or may be: the holder is asked for its basis."""
    return not consent_based(f)


def consent_is(*values: str):
    return lambda f: consent_based(f) and f.collection.consent in values


def no_alternative(f: Facts) -> bool:
    return f.collection.alternative_offered is False


def refused_without_face(f: Facts) -> bool:
    return f.collection.service_refused_without_face is True


def minor_without_guardian(f: Facts) -> bool:
    return f.collection.minor_under_14 is True and f.collection.guardian_consent is not True


def minor_with_guardian(f: Facts) -> bool:
    return f.collection.minor_under_14 is True and f.collection.guardian_consent is True


def infers_sensitive(f: Facts) -> bool:
    return bool(f.collection.sensitive_inference)


def public_without_sign(f: Facts) -> bool:
    return f.collection.place == "public" and f.collection.signage is False


def public_place(f: Facts) -> bool:
    return f.collection.place == "public"


def verified_where_presented(f: Facts) -> bool:
    """One-to-one verification: the person presents the face to a device to prove who they are (a gate, a
    counter). Whether such a device is the image-capture or identity-recognition equipment "installed in a
    public place" of PIPL Art. 26 and Measures Art. 13 para. 1 (cameras that take in whoever passes, for
    public security) is open: the letter says "if"."""
    return f.collection.identification == "verification"


def public_sign_why(device_zh: str, device_en: str, rule_zh: str, rule_en: str):
    """The signage duty for a device in a public place; for one-to-one verification, conditional on the device
    being one (``verified_where_presented``)."""
    def why(f: Facts) -> Text:
        if verified_where_presented(f):
            return T(f"如该身份核验设备属于在公共场所安装的{device_zh}，则{rule_zh}；现场未设置显著的提示标识。",
                     f"If this verification device counts as {device_en} installed in a public place, it {rule_en}; "
                     "there was no conspicuous sign.")
        return T(f"在公共场所采集人脸而没有显著的提示标识；公共场所的{device_zh}{rule_zh}。",
                 f"The face was captured in a public place without conspicuous signs; {device_en} in a public place "
                 f"{rule_en}.")
    return why


def purpose_not_stated(f: Facts) -> bool:
    return f.collection.purpose_stated is False


def off_device(f: Facts) -> bool:
    return f.collection.stored_off_device is True


def off_device_without_consent(f: Facts) -> bool:
    """Face-recognition data off the device without the separate consent that allows it (Measures Art. 8
    para. 1); images that identify nobody (a filter app's selfies) are not concerned."""
    return off_device(f) and f.collection.consent != "separate" and f.collection.identification != "none"


def retention_not_stated(f: Facts) -> bool:
    return f.collection.retention_stated is False


def over_100k(f: Facts) -> bool:
    return f.collection.scale_over_100k is True


def recognition_possible(f: Facts) -> bool:
    return f.collection.identification != "none"


def relationship_ended(f: Facts) -> bool:
    return f.collection.relationship_ended is True


def under_measures(f: Facts) -> bool:
    d = f.collection_date
    return d is not None and d >= MEASURES_IN_FORCE


def camera(f: Facts) -> bool:
    return f.collection.context == "camera"


def acting_for(*values: str):
    return lambda f: f.acting_for in values


def unlawful_collection(f: Facts) -> bool:
    """Facts that by themselves show the collection broke a rule (grounds for deletion and damages).

    Only consent-based processing is judged by the consent rules; where the holder relies (or may rely) on
    a contract, employment or a legal duty, nothing but a camera in a private space is asserted unlawful:
    the holder is asked for its basis instead. Face as the only way in breaks an explicit rule only from
    the Measures (2025-06-01) on; before that it is an argument (necessity), not a breach. Storage off the
    device is not counted: a law or the person's separate consent may allow it.
    """
    if in_private_space(f):
        return True
    if not consent_based(f):
        return False
    c = f.collection
    return (c.consent in VIOLATION_CONSENTS or refused_without_face(f) or minor_without_guardian(f)
            or public_without_sign(f) or purpose_not_stated(f)
            or (under_measures(f) and no_alternative(f) and recognition_possible(f)))


def pushed_to_face(f: Facts) -> bool:
    return no_alternative(f) or refused_without_face(f)


def always(f: Facts) -> bool:
    return True


def collected_without_consent(f: Facts) -> bool:
    return consent_based(f) and (f.collection.consent in VIOLATION_CONSENTS or minor_without_guardian(f))


def prior_unanswered(f: Facts) -> bool:
    return f.prior is not None and f.prior.unanswered_on(f.as_of)


def prior_is(*types: str):
    return lambda f: f.prior is not None and f.prior.type in types


def years_later(d: date, years: int) -> date:
    """The last day of a period of whole years from ``d``: the same day of the month that many years later, or
    the month's last day when there is none (Feb 29): how periods in years are counted. Nothing here is cited
    in a letter (the references do not hold the Civil Code's articles on counting periods)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def old_collection(f: Facts) -> bool:
    """Collected more than two years before the letter (two calendar years, not 730 days): the time limits
    matter."""
    d = f.collection_date
    return d is not None and f.as_of > years_later(d, 2)


def continuing(f: Facts) -> bool:
    """The holder still keeps (or uses) the face on as_of: a request ignored or refused, or kept after the
    relationship ended."""
    return prior_unanswered(f) or relationship_ended(f)


def _all(*preds):
    return lambda f: all(p(f) for p in preds)


def _zh_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


# -- reasons built from the facts ---------------------------------------------------------------------
def provides_service(f: Facts) -> bool:
    """The holder provides the person a product or service (PIPL Arts. 16 and 47 para. 1 item (2) speak of
    products or services); an employer does not provide its employees one."""
    return f.holder.category != "workplace"


def service_ended(f: Facts) -> bool:
    """The relationship that ended was the holder's product or service (a card, an account, a flat, a course
    of care): PIPL Art. 47 para. 1 item (2). Employment is not a product or service the employer provides:
    for a former employee only item (1) (the purpose is met or no longer needs the data) applies."""
    return relationship_ended(f) and provides_service(f)


def ended_items(f: Facts) -> list[int]:
    """PIPL Art. 47 para. 1 items for a relationship that has ended."""
    if not relationship_ended(f):
        return []
    return [1, 2] if service_ended(f) else [1]


def ended_why(f: Facts) -> Text:
    if service_ended(f):
        return T("与持有方的关系已经结束，处理目的已实现或者不再必要，持有方也已停止提供相应的产品或者服务",
                 "the relationship has ended, so the purpose is met or no longer needs the data and the holder no longer "
                 "provides its product or service")
    return T("与持有方的关系已经结束，处理目的已实现或者不再必要",
             "the relationship has ended, so the purpose is met or no longer needs the data")


CONSENT_GIVEN = ("separate", "bundled", "coerced")


def consent_withdrawn(f: Facts) -> bool:
    """Consent is the basis and was given (in whatever form): the letter withdraws it outright. Otherwise (no
    consent given, or another basis claimed or possible) it withdraws only "to the extent" consent is the
    basis."""
    return consent_based(f) and f.collection.consent in CONSENT_GIVEN


def deletion_items(f: Facts) -> Part | None:
    """PIPL Art. 47 para. 1: the grounds the facts give (a close relative cites the paragraph)."""
    if f.acting_for == "close_relative":
        return P(1)
    if in_private_space(f):
        return P(1, (4,))  # unlawful; there is no consent to withdraw
    items = ended_items(f)
    items.append(3)  # the letter withdraws consent (to the extent the processing rests on it)
    if unlawful_collection(f):
        items.append(4)
    return P(1, tuple(items)) if items else P(1)


def deletion_why(f: Facts) -> Text:
    zh, en = [], []
    if relationship_ended(f):
        zh.append(ended_why(f).zh)
        en.append(ended_why(f).en)
    if f.acting_for != "close_relative" and not in_private_space(f):
        zh.append("同意已经撤回" if consent_withdrawn(f) else "如以同意为依据，同意已经撤回")
        en.append("consent is withdrawn" if consent_withdrawn(f) else "consent, if it is the basis, is withdrawn")
    if unlawful_collection(f):
        zh.append("处理违反法律、行政法规")
        en.append("the processing breaches the law")
    if not zh:
        return T("具备法定删除情形时，处理者应当主动删除；处理者未删除的，个人有权请求删除。",
                 "Where a ground for deletion exists the holder must delete on its own; if it does not, the "
                 "person may demand deletion.")
    first = "; ".join(en)
    return T(f"{'；'.join(zh)}。有上述情形的，处理者应当主动删除；处理者未删除的，个人有权请求删除。",
             f"{first[:1].upper() + first[1:]}. The holder must then delete on its own; if it does not, the person "
             "may demand deletion.")


def basis_part(f: Facts) -> Part:
    basis = f.collection.legal_basis_claimed
    return {"legal_duty": P(1, (3,)), "contract": P(1, (2,)), "employment": P(1, (2,))}.get(basis or "", P(1))


def basis_why(f: Facts) -> Text:
    """What PIPL Art. 13 para. 1 (or the item the holder invokes) says and why it matters on these facts. The
    demand that the holder state its basis is the letter's own (the request items), not the article's."""
    basis = f.collection.legal_basis_claimed
    if basis == "legal_duty":
        return T("为履行法定职责或者法定义务所必需，是可以处理个人信息的情形之一；持有方称其依据此项，而此项以存在法定的职责或者义务、且处理人脸为履行该职责或者义务所必需为前提。",
                 "Processing needed to perform a statutory duty or obligation is one of the grounds for processing; the "
                 "holder relies on it, which presupposes a duty laid down by law and that processing the face is "
                 "necessary to perform it.")
    if basis == "contract":
        return T("为订立、履行个人作为一方当事人的合同所必需，是可以处理个人信息的情形之一；持有方称其依据此项，而此项以处理人脸为订立、履行该合同所必需为前提。",
                 "Processing necessary to make or perform a contract to which the person is a party is one of the "
                 "grounds for processing; the holder relies on it, which presupposes that the face is necessary for "
                 "that contract.")
    if basis == "employment":
        return T("按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需，是可以处理个人信息的情形之一；持有方称其依据此项，而此项以存在相应的劳动规章制度、集体合同，且处理人脸为人力资源管理所必需为前提。",
                 "Processing necessary for HR management under lawfully made work rules and collective contracts is one "
                 "of the grounds for processing; the holder relies on it, which presupposes such rules or contracts and "
                 "that the face is necessary for HR management.")
    return T("只有具备本款所列情形之一，个人信息处理者方可处理个人信息，取得个人同意只是其中一种；持有方依据的是哪一种情形尚不清楚。",
             "Personal information may be processed only on one of the grounds this paragraph lists, consent being "
             "only one of them; which ground the holder relies on is not known.")


PRIOR_ZH = {"withdrawal": "撤回同意的通知", "deletion": "删除请求", "access": "查阅、复制请求",
            "explanation": "解释说明请求", "followup": "催告函", "complaint": "投诉", "other": "请求"}
PRIOR_EN = {"withdrawal": "notice withdrawing consent", "deletion": "deletion request",
            "access": "access request", "explanation": "request for an explanation", "followup": "follow-up",
            "complaint": "complaint", "other": "request"}


def prior_fact(f: Facts) -> Text:
    """What became of the earlier request, in a few words (the letter states the request itself)."""
    p = f.prior
    assert p is not None
    what_zh = f"{_zh_date(p.date_sent)}的{PRIOR_ZH.get(p.type, '请求')}"
    what_en = f"the {PRIOR_EN.get(p.type, 'request')} of {p.date_sent}"
    if p.outcome == "refused":
        return T(f"持有方拒绝了{what_zh}", f"the holder refused {what_en}")
    if p.outcome == "partial":
        return T(f"持有方只部分满足了{what_zh}", f"the holder met {what_en} only in part")
    return T(f"持有方未答复{what_zh}", f"the holder has not answered {what_en}")


def _in_force(instrument: str, on: date) -> bool:
    return get_catalog().instrument(instrument).in_force_on(on)


def requested_on(f: Facts) -> date | None:
    """The day the earlier request was made: the answer to it is judged by the rules in force then."""
    return date.fromisoformat(f.prior.date_sent) if f.prior is not None else None


def still_held(f: Facts) -> bool:
    """The facts say the holder still keeps the face: it refused (or only partly met) a request to delete it
    or to stop, or it keeps it after the relationship ended. Silence alone does not say so."""
    refused = (f.prior is not None and f.prior.type in ("deletion", "withdrawal")
               and f.prior.outcome in ("refused", "partial"))
    return refused or relationship_ended(f)


def pipl_deletion_unmet(f: Facts) -> bool:
    """PIPL Art. 47 (delete on its own once a ground exists) is breached by an ignored deletion or withdrawal:
    made under the PIPL, or made before it where the facts say the face is still held after 2021-11-01 (the
    keeping continues; the refusal itself was judged by the law of its day)."""
    when = requested_on(f)
    if not prior_is("deletion", "withdrawal")(f) or when is None:
        return False
    return _in_force("PIPL", when) or still_held(f)


def csl_deletion_id(f: Facts) -> str:
    """The Cybersecurity Law's deletion article in force on the day of the request (same words, new number)."""
    when = requested_on(f)
    return "CSL-2025:45" if when is not None and _in_force("CSL-2025", when) else "CSL-2016:43"


def prior_lead(f: Facts) -> str:
    """The provision whose line states what became of the earlier request; the other duties it breached are
    listed after it without repeating the fact (the letter states the request itself). A deletion refused
    before the PIPL took effect is stated against the Cybersecurity Law, unless the keeping that continued
    after it is."""
    kind = f.prior.type if f.prior is not None else ""
    if kind in ("deletion", "withdrawal"):
        if pipl_deletion_unmet(f) and _in_force("PIPL", f.as_of):
            return "PIPL:47"
        return csl_deletion_id(f) if kind == "deletion" else "PIPL:15"
    return {"access": "PIPL:45", "explanation": "PIPL:48"}.get(kind, "PIPL:50")


def prior_duty(provision: str, zh, en, since: str | None = None):
    """A duty the ignored or refused request invoked; the first such line adds that it is still unmet (a
    continuing breach). ``since``: the instrument of a duty judged on as_of; for a request made before it
    took effect, the line says the face has been kept since it did."""
    def why(f: Facts) -> Text:
        duty_zh, duty_en = (zh(f), en(f)) if callable(zh) else (zh, en)
        if prior_lead(f) != provision:
            return T(f"{duty_zh}。", f"{duty_en}.")
        fact = prior_fact(f)
        fact_en = fact.en[:1].upper() + fact.en[1:]
        when = requested_on(f)
        start = get_catalog().instrument(since).in_force if since else None
        if start is not None and when is not None and when < start:
            return T(f"{duty_zh}；{fact.zh}，本法{_zh_date(start.isoformat())}施行后仍未删除，这一状态持续至今。",
                     f"{duty_en}. {fact_en} and has not deleted the face since this Law took effect on "
                     f"{start.isoformat()}; this continues to date.")
        return T(f"{duty_zh}；{fact.zh}，这一状态持续至今。", f"{duty_en}. {fact_en}, and this continues to date.")
    return why


def prior_deletion_part(f: Facts) -> Part:
    """PIPL Art. 47 para. 1 items a refused or ignored deletion (or withdrawal) rests on."""
    if relationship_ended(f):
        return P(1, tuple(ended_items(f)))
    items = []
    if (f.prior is not None and f.prior.type == "withdrawal") or consent_withdrawn(f):
        items.append(3)  # the request withdrew consent (a deletion request withdraws consent that was given)
    if unlawful_collection(f):
        items.append(4)
    return P(1, tuple(items)) if items else P(1)


def prior_deletion_zh(f: Facts) -> str:
    if relationship_ended(f):
        return ended_why(f).zh + "，持有方本应主动删除相关人脸信息"
    grounds = {3: "同意已经撤回" if consent_based(f) else "如以同意为依据，同意已经撤回", 4: "处理违反法律、行政法规"}
    why = "；".join(grounds[i] for i in prior_deletion_part(f).items)
    return f"{why}，持有方应当删除相关人脸信息" if why else "持有方应当删除相关人脸信息"


def prior_deletion_en(f: Facts) -> str:
    if relationship_ended(f):
        why = ended_why(f).en
        return why[:1].upper() + why[1:] + "; the holder therefore had to delete the face on its own"
    grounds = {3: "consent has been withdrawn" if consent_based(f) else "if consent is the basis, it has been withdrawn",
              4: "the processing breaches the law"}
    why = " and ".join(grounds[i] for i in prior_deletion_part(f).items)
    return (why[:1].upper() + why[1:] + ", so the holder must delete the face") if why else \
        "The holder must delete the face"


# -- reasons reused by several rules ------------------------------------------------------------------
CSL_OPERATOR_CONSENT = T(
    "如果持有方通过网络收集、使用个人信息（即网络运营者），须遵循合法、正当、必要原则，公开规则，明示目的、方式和范围并经被收集者同意，不得收集与其服务无关的个人信息。",
    "If the holder collects or uses personal information through a network (as a network operator), it had to act "
    "lawfully, properly and only as needed, publish its rules, state purpose, method and scope, obtain consent, and "
    "not collect data unrelated to its service.")
CSL_DELETION_ZH = ("如果持有方通过网络收集、使用个人信息（即网络运营者），个人发现其违反法律、行政法规的规定或者双方的约定"
                   "收集、使用个人信息的，有权要求其删除，网络运营者应当采取措施予以删除")
CSL_DELETION_EN = ("If the holder collects or uses personal information through a network (as a network operator), a "
                   "person who finds that it collected or used their data in breach of the law or of the parties' "
                   "agreement may require it to delete the data, and the operator must take measures to do so")
CSL_DELETION = T(CSL_DELETION_ZH + "。", CSL_DELETION_EN + ".")
CSL_NECESSARY = T("网络运营者收集个人信息须遵循必要原则，不得收集与其提供的服务无关的个人信息。",
                  "A network operator may collect personal data only as needed and nothing unrelated to its service.")
CRPL_CONSENT = T(
    "持有方作为经营者收集消费者个人信息，须明示目的、方式和范围并经消费者同意，公开收集、使用规则。",
    "As a business collecting a consumer's data, the holder had to state purpose, method and scope, obtain the "
    "consumer's consent and publish its rules.")
CRPL_REGS_FORCED = T(
    "经营者不得以一次概括授权、默认授权等方式，强制或者变相强制消费者同意收集、使用与经营活动无直接关系的个人信息。",
    "A business may not, by one blanket or default authorisation or otherwise, force a consumer to consent to the "
    "collection or use of personal information not directly related to its business.")

_BEFORE_SUIT = ("followup",)


RULES: tuple[Rule, ...] = (
    # ================================= standing (who asks) ==============================================
    Rule("guardian-standing", "standing", "rights", ("withdrawal", "deletion", "access", "followup", "complaint"),
         acting_for("guardian"), (
        Cite("MPL-2020:72", T("父母或者其他监护人要求删除未成年人个人信息的，处理者应当及时删除（法律、行政法规另有规定的除外）。",
                              "When a parent or other guardian asks for a minor's data to be deleted, the processor must "
                              "delete it promptly, unless a law or administrative regulation provides otherwise."), part=P(2), key=True, supports=("deletion", "withdrawal", "followup", "complaint")),
        Cite("CIVIL-CODE:23", T("无民事行为能力人、限制民事行为能力人的监护人是其法定代理人；监护人以此身份提出本请求。",
                                "The guardian of a person without or with limited civil capacity is that person's legal "
                                "representative; the guardian makes this request as such."),
             key=True),
        Cite("CIVIL-CODE:27", T("父母是未成年子女的监护人；父母死亡或者没有监护能力的，由法律规定的其他人按顺序担任。",
                                "Parents are the guardians of their minor children; if they have died or cannot act, others "
                                "act in the order the law sets.")),
        Cite("MPL-2020:16", T("监护人依法代理未成年人实施民事法律行为。",
                              "A guardian acts for the minor in civil juristic acts."), part=P(items=(8,))),
        Cite("PIPL:31", T("处理不满十四周岁未成年人个人信息的同意由父母或者其他监护人作出，因而也由监护人撤回。",
                          "For a child under 14 the parent or guardian gives consent, and so withdraws it."),
             part=P(1), key=True, role="right", supports=("withdrawal",),
             when=lambda f: f.collection.minor_under_14 is True),
    ), description="sender.acting_for is guardian"),

    Rule("close-relative-standing", "standing", "rights", ("deletion", "access", "followup", "complaint"),
         acting_for("close_relative"), (
        Cite("PIPL:49", T("自然人死亡的，其近亲属为了自身的合法、正当利益，可以对死者的相关个人信息行使查阅、复制、更正、删除等权利（死者生前另有安排的除外）。",
                          "A close relative of a deceased person may, for their own lawful and proper interests, exercise "
                          "the rights to access, copy, correct and delete the deceased's data, unless the deceased arranged "
                          "otherwise."), key=True),
    ), description="sender.acting_for is close_relative"),

    # ================================= a request ignored or refused (continuing) =======================
    Rule("prior-request-ignored", "prior_request", "rights", ("complaint", "followup"), prior_unanswered, (
        # keeping the face once a ground for deletion exists: judged on as_of (the keeping continues)
        Cite("PIPL:47", prior_duty("PIPL:47", prior_deletion_zh, prior_deletion_en, since="PIPL"),
             part=prior_deletion_part, role="obligation", key=True, continuing=True, when=pipl_deletion_unmet),
        # the answer to the request: judged by the rules in force on the day it was made
        Cite("PIPL:15", prior_duty("PIPL:15", "基于个人同意处理个人信息的，个人有权撤回其同意，处理者应当提供便捷的撤回同意的方式",
                                   "Where processing rests on consent, the person may withdraw it and the holder must "
                                   "provide a convenient way to do so"),
             part=P(1), role="obligation", key=True, continuing=True, when=prior_is("withdrawal"), on_request=True),
        Cite("PIPL:45", prior_duty("PIPL:45", "个人请求查阅、复制其个人信息的，处理者应当及时提供",
                                   "The holder must provide access and copies promptly"),
             part=P(2), role="obligation", key=True, continuing=True, when=prior_is("access"), on_request=True),
        Cite("PIPL:48", prior_duty("PIPL:48", "个人要求解释说明个人信息处理规则的，处理者应当予以解释说明",
                                   "The holder must explain its processing rules when asked"),
             role="obligation", key=True, continuing=True, when=prior_is("access", "explanation"), on_request=True),
        Cite("PIPL:44", prior_duty("PIPL:44", "个人有权限制、拒绝他人处理其个人信息",
                                   "The person may restrict or refuse the processing"),
             role="obligation", continuing=True, when=prior_is("withdrawal"), on_request=True),
        Cite("PIPL:50", prior_duty("PIPL:50", "处理者应当建立便捷的申请受理和处理机制，拒绝的应当说明理由",
                                   "The holder must have a convenient way to handle requests and must give reasons for "
                                   "a refusal"), part=P(1), role="obligation", key=True, continuing=True, on_request=True),
        Cite("NDSMR-2024:23", prior_duty("NDSMR-2024:23", "网络数据处理者应当及时受理个人的请求，不得设置不合理条件",
                                         "A network data processor must accept such requests promptly, without "
                                         "unreasonable conditions"), role="obligation", key=True, continuing=True,
             on_request=True),
        # before the PIPL (and beside it, for a network operator): the Cybersecurity Law's deletion duty
        Cite("CSL-2016:43", prior_duty("CSL-2016:43", CSL_DELETION_ZH, CSL_DELETION_EN), role="obligation",
             continuing=True, when=_all(prior_is("deletion"), unlawful_collection), on_request=True),
        Cite("CSL-2025:45", prior_duty("CSL-2025:45", CSL_DELETION_ZH, CSL_DELETION_EN), role="obligation",
             continuing=True, when=_all(prior_is("deletion"), unlawful_collection), on_request=True),
    ), description="letter.prior_request refused, partly met, or unanswered past its date (continuing breach); "
                   "the answer is judged on the day of the request, the keeping of the face on as_of"),

    Rule("kept-after-relationship", "relationship", "rights", ("complaint",), relationship_ended, (
        Cite("PIPL:47", lambda f: T(ended_why(f).zh + "，持有方应当主动删除人脸信息，却仍在保存；这一状态持续至今。",
                                    ended_why(f).en[:1].upper() + ended_why(f).en[1:] + "; the holder had to delete "
                                    "the face on its own and still keeps it. This continues to date."),
             part=lambda f: P(1, tuple(ended_items(f))), role="obligation", key=True, continuing=True),
    ), description="collection.relationship_ended is true (the holder keeps the face after it)"),

    # ================================= collection axis ==================================================
    Rule("private-space", "private_space", "collection", ("deletion", "complaint", "access"), in_private_space, (
        Cite("PSVIS-2025:8", T("禁止在旅馆、宾馆等经营接待食宿场所的客房内部以及公共的浴室、卫生间、更衣室等区域内部安装图像采集设备（第一款）；对这些区域负有经营管理责任的单位应当加强日常管理和检查，发现安装的，应当立即报告公安机关（第二款）。",
                               "No image-capture device may be installed inside guest rooms of hotels and similar lodgings "
                               "or inside public bathrooms, toilets and changing rooms (para. 1); whoever manages such "
                               "places must check them and report any device found to the police at once (para. 2)."),
             key=True),
        Cite("PSAPL-2012:42", T("偷窥、偷拍他人隐私的，由公安机关给予治安管理处罚。",
                                "Peeping at or covertly filming another person's private life is punished by the police."),
             part=P(items=(6,)), key=True, supports=("complaint",)),
        Cite("PSAPL-2025:50", T("偷窥、偷拍他人隐私的，由公安机关给予治安管理处罚。",
                                "Peeping at or covertly filming another person's private life is punished by the police."),
             part=P(1, (6,)), key=True, supports=("complaint",)),
        Cite("PSAPL-2025:70", T("如所用设备属于窃照专用器材，非法安装、使用窃照专用器材的，处拘留或者罚款。",
                                "If the device is special covert-photography equipment, installing or using such equipment "
                                "illegally is punished with detention or a fine."), key=True, supports=("complaint",)),
        Cite("FRT-MEASURES-2025:13", T("不得在宾馆客房、公共浴室、公共更衣室、公共卫生间等私密空间内部安装人脸识别设备。",
                                       "No face-recognition device may be installed inside hotel rooms, public bathrooms, "
                                       "changing rooms, toilets and similar private spaces."), part=P(2), key=True),
        Cite("CIVIL-CODE:1033", T("除法律另有规定或者权利人明确同意外，不得拍摄、窥视他人的宾馆房间等私密空间。",
                                  "Without a legal basis or express consent, no one may film or peer into private spaces "
                                  "such as hotel rooms."), part=P(items=(2,)), key=True),
        Cite("CIVIL-CODE:1032", T("私密空间属于隐私权保护的范围。", "Private spaces are protected by the right to privacy."),
             part=P(2)),
        Cite("FRT-DRAFT-2023:Q6", T("在旅馆客房、公共浴室、更衣室、卫生间等场所不得安装图像采集、个人身份识别设备。",
                                    "image-capture and identity-recognition devices be banned in hotel rooms, public "
                                    "bathrooms, changing rooms and toilets.")),
    ), draft_window=(DRAFT_PUBLISHED, PSVIS_IN_FORCE),
        description="place is private_space or a private_space is given"),

    Rule("minor-without-guardian", "minor", "collection", ("withdrawal", "deletion", "complaint"),
         _all(minor_without_guardian, consent_based), (
        Cite("PIPL:31", T("被采集人脸的是不满十四周岁的未成年人，而没有（或不知是否有）父母或其他监护人的同意。",
                          "The face belongs to a child under 14 and no parent's or guardian's consent is known."),
             part=P(1), key=True),
        Cite("FRT-MEASURES-2025:7", T("基于同意处理不满十四周岁未成年人的人脸信息，须取得其父母或其他监护人的同意。",
                                      "Consent-based processing of the face of a child under 14 needs a parent's or "
                                      "guardian's consent."), part=P(1), key=True),
        Cite("NDSMR-2024:22", T("基于同意处理不满十四周岁未成年人的个人信息，须取得监护人同意。",
                                "Consent-based processing of data of a child under 14 needs a guardian's consent."),
             part=P(1, (3,))),
        Cite("PIPL:28", T("不满十四周岁未成年人的个人信息全部属于敏感个人信息。",
                          "All personal information of a child under 14 is sensitive personal information."), part=P(1)),
        Cite("SPC-FR-2021:3", T("法院认定责任时会考虑受害人是否为未成年人。",
                                "Courts take into account that the person is a minor when deciding liability.")),
        Cite("CIVIL-CODE:1035", T("处理个人信息须征得该自然人或者其监护人同意（法律、行政法规另有规定的除外）。",
                                  "Processing requires the consent of the person or their guardian unless the law provides "
                                  "otherwise."), part=P(1, (1,))),
    ), description="minor_under_14 is true, guardian_consent is not true, and the processing is consent-based"),

    Rule("minor-basis-unclear", "minor", "rights", ("withdrawal", "deletion", "access", "complaint"),
         _all(minor_without_guardian, basis_in_question), (
        Cite("PIPL:31", T("处理不满十四周岁未成年人的个人信息，以同意为依据的须取得监护人同意，并须制定专门的处理规则。",
                          "A child's data (under 14) needs a guardian's consent where consent is the basis, and dedicated "
                          "processing rules."),
             key=True, ongoing=True),
        Cite("FRT-MEASURES-2025:7", T("应用人脸识别处理不满十四周岁未成年人人脸信息的，须制定专门的处理规则（第七条第二款），基于同意的还须取得监护人同意。",
                                      "Face recognition on children under 14 needs dedicated processing rules (Art. 7 para. "
                                      "2), and, where consent is the basis, a guardian's consent."), ongoing=True),
    ), description="a child under 14 without a guardian's consent, where the holder relies (or may rely) on another basis"),

    Rule("minor-special-rules", "minor", "collection", ("access",), minor_with_guardian, (
        Cite("PIPL:31", T("被采集的是不满十四周岁未成年人的人脸；即使监护人同意，处理者也须制定专门的个人信息处理规则。",
                          "The face is a child's (under 14); even with a guardian's consent the processor needs "
                          "dedicated processing rules."), part=P(2), key=True),
    ), description="minor_under_14 and guardian_consent are both true"),

    Rule("consent-coerced", "consent", "collection", ("withdrawal", "deletion", "complaint", "followup"),
         consent_is("coerced"), (
        Cite("FRT-MEASURES-2025:12", T("不得以办理业务、提升服务质量等为由误导、欺诈、胁迫个人接受人脸验证。",
                                       "No one may mislead, deceive or coerce a person into face verification on the pretext "
                                       "of business needs or better service."), key=True),
        Cite("PIPL:14", T("基于同意处理个人信息的，同意应当由个人在充分知情的前提下自愿、明确作出；人脸同意却是在不同意即被拒绝的情况下作出的。",
                          "Where processing rests on consent, the consent must be given voluntarily and explicitly by a "
                          "fully informed person; consent to the face was given only because refusing it meant being "
                          "turned away."),
             part=P(1), key=True),
        Cite("PIPL:5", T("不得通过胁迫等方式处理个人信息。", "Processing by coercion is prohibited.")),
        Cite("NDSMR-2024:22", T("不得通过误导、欺诈、胁迫等方式取得同意。",
                                "Consent may not be obtained by misleading, fraud or coercion."), part=P(1, (1,))),
        Cite("CRPL-REGS-2024:23", CRPL_REGS_FORCED, part=P(1), when=consumer),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, part=P(1), key=True, when=consumer),
        Cite("SPC-FR-2021:4", T("同意是被强迫或变相强迫作出的；处理者在诉讼中不能以这种“同意”抗辩。",
                                "The consent was forced or obtained under pressure; a processor cannot rely on such consent "
                                "in court."), part=P(items=(3,)), supports=_BEFORE_SUIT),
    ), description="consent is coerced (consent-based processing)"),

    Rule("consent-bundled", "consent", "collection", ("withdrawal", "deletion", "complaint", "followup"),
         consent_is("bundled"), (
        Cite("PIPL:29", T("人脸属于敏感个人信息，处理须取得个人的单独同意；人脸同意却是与其他条款一并取得的。",
                          "A face is sensitive data, and processing it needs the person's separate consent; consent to the "
                          "face was taken together with other terms."), key=True, recognition=True),
        Cite("FRT-MEASURES-2025:6", T("基于同意处理人脸信息须取得个人自愿、明确作出的单独同意。",
                                      "Consent-based face processing needs voluntary, explicit, separate consent."),
             part=P(1), key=True),
        Cite("PIPL:14", T("基于同意处理个人信息的，同意应当由个人在充分知情的前提下自愿、明确作出；人脸同意却是与其他条款一并取得的。",
                          "Where processing rests on consent, the consent must be given voluntarily and explicitly by a "
                          "fully informed person; consent to the face was taken together with other terms."),
             part=P(1), key=True),
        Cite("NDSMR-2024:22", T("处理生物识别等敏感个人信息须取得单独同意。",
                                "Biometric and other sensitive data need separate consent."), part=P(1, (2,)),
             recognition=True),
        Cite("NDSMR-2024:62", T("单独同意是指针对特定处理专门作出的具体、明确的同意。",
                                "Separate consent means specific, explicit consent given for that particular processing.")),
        Cite("CRPL-REGS-2024:23", CRPL_REGS_FORCED, part=P(1), when=consumer),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        # no Consumer Rights Law Art. 29 here: it asks for the consumer's consent, and bundled consent is consent
        Cite("SPC-FR-2021:4", T("人脸同意与其他授权捆绑在一起；处理者在诉讼中不能以这种捆绑同意抗辩。",
                                "Consent to face processing was bundled with other authorisations; a processor cannot rely "
                                "on bundled consent in court."), part=P(items=(2,)), supports=_BEFORE_SUIT),
    ), description="consent is bundled (consent-based processing)"),

    Rule("consent-none", "consent", "collection", ("withdrawal", "deletion", "complaint", "followup"),
         consent_is("none"), (
        Cite("PIPL:29", T("采集人脸时没有取得个人的单独同意，而人脸属于敏感个人信息。",
                          "The face, which is sensitive data, was taken without the person's separate consent."),
             key=True, recognition=True),
        Cite("PIPL:13", T("没有同意时，只有具备法律列举的其他情形（如订立、履行合同所必需或履行法定职责所必需），处理者才可处理。",
                          "Without consent, processing is lawful only on another ground the law lists (such as necessity "
                          "for a contract or for a legal duty)."), part=P(1), key=True),
        Cite("FRT-MEASURES-2025:6", T("基于同意处理人脸信息须取得个人的单独同意。",
                                      "Consent-based face processing needs separate consent."), part=P(1)),
        Cite("NDSMR-2024:22", T("处理生物识别等敏感个人信息须取得单独同意。",
                                "Biometric and other sensitive data need separate consent."), part=P(1, (2,)),
             recognition=True),
        Cite("CIVIL-CODE:1035", T("处理个人信息须征得该自然人同意（法律、行政法规另有规定的除外）。",
                                  "Processing requires the person's consent unless the law provides otherwise."),
             part=P(1, (1,))),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, part=P(1), key=True, when=consumer),
        Cite("SPC-FR-2021:2", T("基于同意处理人脸信息而未征得单独同意的，法院认定为侵害人格权益。",
                                "Courts treat consent-based face processing without separate consent as an infringement of "
                                "personality rights."), part=P(items=(3,)), supports=_BEFORE_SUIT),
    ), description="consent is none (consent-based processing)"),

    Rule("refused-without-face", "refusal", "collection", ("withdrawal", "complaint", "deletion", "followup"),
         _all(refused_without_face, consent_based), (
        Cite("PIPL:16", T("因不同意提供人脸即被拒绝提供服务；处理者不得以此为由拒绝提供服务，处理人脸信息属于提供该服务所必需的除外。",
                          "The service was refused because the person would not give their face; a processor may not refuse "
                          "a service on that ground unless processing the face is necessary to provide it."), key=True, when=provides_service),
        Cite("FRT-MEASURES-2025:10", T("个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式。",
                                       "When a person refuses face verification, a reasonable and convenient alternative must "
                                       "be offered."), part=P(1), key=True),
        Cite("FRT-MEASURES-2025:12", T("不得以办理业务为由胁迫个人接受人脸验证。",
                                       "No one may coerce a person into face verification on the pretext of business needs.")),
        Cite("CRPL-REGS-2024:23", CRPL_REGS_FORCED, part=P(1), when=consumer),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, part=P(1), key=True, when=consumer),
        Cite("SPC-FR-2021:4", T("以同意处理人脸信息作为提供服务的条件（服务并不必需人脸），处理者在诉讼中不能以此“同意”抗辩。",
                                "Making face consent a condition of a service that does not need it defeats the consent "
                                "defence in court."), part=P(items=(1,)), supports=_BEFORE_SUIT),
        Cite("FRT-DRAFT-2023:Q9", T("宾馆、银行、车站、机场、体育场馆等经营场所，除法律规定外，不得强制个人接受人脸验证。",
                                    "hotels, banks, stations, airports, stadiums and other business premises not force anyone "
                                    "into face verification unless a law requires it."), when=business_premises),
    ), draft_window=(DRAFT_PUBLISHED, MEASURES_IN_FORCE),
        description="service_refused_without_face is true (consent-based processing)"),

    Rule("no-alternative", "alternative", "collection", ("withdrawal", "complaint", "followup"),
         _all(no_alternative, consent_based, recognition_possible), (
        Cite("FRT-MEASURES-2025:10", T("没有提供非人脸的替代方式；存在其他方式可以达到同样目的时，人脸识别不得作为唯一验证方式。",
                                       "No non-face alternative was offered; where another method achieves the same purpose, "
                                       "face recognition may not be the only way."), part=P(1), key=True),
        Cite("SPC-FR-2021:10", T("物业服务企业等建筑物管理人以人脸识别作为出入的唯一验证方式时，业主或使用人可以要求提供其他合理验证方式。",
                                 "Where a property manager makes face recognition the only way in or out, an owner or "
                                 "occupant may demand another reasonable method."), part=P(1), key=True, when=residential),
        Cite("PIPL:6", T("只用人脸而不提供其他方式，不符合“对个人权益影响最小的方式”和最小必要的要求。",
                         "Face-only access is not the least intrusive way and goes beyond what the purpose needs.")),
        Cite("CSL-2016:41", CSL_NECESSARY),
        Cite("CSL-2025:43", CSL_NECESSARY),
        Cite("FRT-DRAFT-2023:Q13", T("物业服务企业等建筑物管理人不得将人脸验证作为出入的唯一方式，并须为不同意者提供其他合理、便捷的方式。",
                                     "property managers not make face verification the only way into a managed area and "
                                     "offer another reasonable, convenient method to those who refuse."), when=residential),
    ), draft_window=(DRAFT_PUBLISHED, MEASURES_IN_FORCE), description="alternative_offered is false (consent-based)"),

    Rule("sensitive-inference", "sensitive_inference", "collection", ("deletion", "access", "complaint"),
         infers_sensitive, (
        Cite("PIPL:28", T("人脸被用于推断种族、民族、宗教或健康等信息；宗教信仰、医疗健康和生物识别信息都是敏感个人信息，只有特定目的和充分必要时才可处理。",
                          "The face was used to infer race, ethnicity, religion or health; religion, health and biometric "
                          "data are sensitive and may be processed only for a specific purpose with sufficient necessity."),
             key=True),
        Cite("PIPL:6", T("从人脸推断与服务无关的特征超出了处理目的所需的最小范围。",
                         "Inferring traits unrelated to the service goes beyond the minimum the purpose needs."), key=True),
        Cite("PIPL:30", T("处理敏感个人信息须告知其必要性及对个人权益的影响。",
                          "The necessity of processing sensitive data and its effect on the person must be explained.")),
        Cite("FRT-MEASURES-2025:4", T("人脸识别须有特定目的和充分必要性，并采取对个人权益影响最小的方式。",
                                      "Face recognition needs a specific purpose, sufficient necessity and the least intrusive "
                                      "method.")),
        Cite("CSL-2016:41", CSL_NECESSARY),
        Cite("CSL-2025:43", CSL_NECESSARY),
        Cite("SPC-FR-2021:2", T("违反合法、正当、必要原则处理人脸信息，法院认定为侵害人格权益。",
                                "Courts treat face processing that breaches lawfulness, propriety or necessity as an "
                                "infringement."), part=P(items=(8,)), supports=_BEFORE_SUIT),
        Cite("FRT-DRAFT-2023:Q10", T("除国家安全、公共安全、紧急情况或取得单独同意外，不得利用人脸识别分析种族、民族、宗教信仰、健康状况等敏感个人信息。",
                                     "facial recognition not be used to analyse race, ethnicity, religion, health or similar "
                                     "sensitive traits, save for national or public security, emergencies or separate "
                                     "consent.")),
    ), draft_window=(DRAFT_PUBLISHED, None),
        description="sensitive_inference lists race, ethnicity, religion, health or other"),

    Rule("public-without-sign", "signage", "collection", ("complaint", "deletion"),
         _all(public_without_sign, not_private), (
        Cite("PIPL:26", public_sign_why(
                 "图像采集、个人身份识别设备", "image-capture or identity-recognition equipment",
                 "须为维护公共安全所必需并设置显著标识，所得信息只能用于公共安全目的（单独同意的除外）",
                 "must be needed for public security and signposted, and what it collects may serve only public "
                 "security unless the person separately consents"), key=True),
        Cite("FRT-MEASURES-2025:13", public_sign_why(
                 "人脸识别设备", "a face-recognition device",
                 "须为维护公共安全所必需，合理确定采集区域并设置显著提示标识",
                 "must be needed for public security, with a reasonable capture area and conspicuous signs"),
             part=P(1), key=True),
        Cite("PSVIS-2025:13", T("公共安全视频系统须设置显著的提示标识（如该设备属于公共安全视频系统）。",
                                "Public-security video systems must carry conspicuous signs (if the device is part of one).")),
        Cite("FRT-DRAFT-2023:Q7", T("公共场所的图像采集、个人身份识别设备须为维护公共安全所必需并设置显著提示标识。",
                                    "devices in public places be necessary for public security and carry conspicuous signs.")),
    ), draft_window=(DRAFT_PUBLISHED, MEASURES_IN_FORCE), description="place is public and signage is false"),

    Rule("public-place", "public_place", "collection", ("complaint", "access"), public_place, (
        Cite("PIPL:26", T("人脸是在公共场所被采集的；这类设备所得信息只能用于维护公共安全，用于其他目的须取得单独同意。",
                          "The face was captured in a public place; what such devices collect may serve only public "
                          "security, and any other use needs separate consent.")),
    ), description="place is public"),

    Rule("purpose-not-stated", "notice", "collection", ("access", "complaint", "deletion"), purpose_not_stated, (
        Cite("PIPL:17", T("处理前未告知处理目的；处理者须事先以显著方式告知处理目的、方式、保存期限等事项。",
                          "No purpose was stated; purpose, method, retention and the like must be told clearly before "
                          "processing."), part=P(1), key=True),
        Cite("FRT-MEASURES-2025:5", T("应用人脸识别前须告知处理目的、方式、保存期限、必要性及对个人权益的影响。",
                                      "Purpose, method, retention, necessity and effect on the person must be told before "
                                      "face recognition."), part=P(1, (2, 3))),
        Cite("PIPL:30", T("处理敏感个人信息还须告知必要性及对个人权益的影响。",
                          "For sensitive data the necessity and effect on the person must also be explained."),
             recognition=True),
        Cite("NDSMR-2024:21", T("个人信息处理规则须集中公开、内容明确具体。",
                                "Processing rules must be published prominently and be specific."), part=P(1)),
        Cite("CIVIL-CODE:1035", T("处理个人信息须公开处理规则，明示处理的目的、方式和范围。",
                                  "Processing requires published rules and a stated purpose, method and scope."),
             part=P(1, (2, 3))),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, part=P(1), key=True, when=consumer),
        Cite("SPC-FR-2021:2", T("未公开人脸信息处理规则或未明示处理目的、方式、范围，法院认定为侵害人格权益。",
                                "Courts treat failing to publish face-processing rules or to state purpose, method and "
                                "scope as an infringement."), part=P(items=(2,)), supports=_BEFORE_SUIT),
    ), description="purpose_stated is false"),

    Rule("stored-off-device", "storage", "collection", ("access", "deletion", "complaint"),
         off_device_without_consent, (
        Cite("FRT-MEASURES-2025:8", T("人脸信息被存储在识别设备之外或通过互联网传输；除法律、行政法规另有规定或取得单独同意外，人脸信息应存储于设备内。",
                                      "The face data was stored off the device or sent over the internet; unless a law "
                                      "provides otherwise or the person separately consented, face data must stay in the "
                                      "device."), part=P(1), key=True),
        Cite("PIPL:51", T("处理者须根据风险采取加密、去标识化、权限管理等安全措施。",
                          "The holder must take security measures suited to the risk, such as encryption, "
                          "de-identification and access control."), part=P(items=(3, 4))),
        Cite("FRT-MEASURES-2025:14", T("人脸识别系统须采取加密、安全审计、访问控制等措施。",
                                       "Face-recognition systems must use encryption, audit and access control.")),
        Cite("PIPL:21", T("委托第三方（如云服务商）处理的，须以合同约定并监督；委托合同终止等情形下，受托人须返还或删除，不得保留。",
                          "If a third party (e.g. a cloud provider) processes it for the holder, a contract must bind and "
                          "the holder supervise it; when the contract ends or fails, the contractor must return or delete "
                          "the data and keep none."), part=P(2)),
    ), description="stored_off_device is true and consent is not separate"),

    Rule("stored-off-device-now", "storage", "rights", ("deletion", "access", "complaint"), off_device_without_consent, (
        Cite("FRT-MEASURES-2025:8", T("人脸信息存储在识别设备之外；只要仍是这样，自2025年6月1日起，除法律、行政法规另有规定或取得单独同意外，人脸信息应存储于设备内、不得通过互联网对外传输。",
                                      "The face data is stored off the device; as long as that continues, from 2025-06-01 it "
                                      "must stay in the device and not be sent over the internet unless a law provides "
                                      "otherwise or the person separately consents."), part=P(1), key=True, ongoing=True),
    ), description="stored_off_device is true and consent is not separate, judged again on as_of (storage is ongoing)"),

    Rule("retention-not-stated", "retention", "collection", ("access", "deletion", "complaint"), retention_not_stated, (
        Cite("PIPL:17", T("没有告知保存期限；保存期限是处理前必须告知的事项。",
                          "No retention period was stated; it is one of the things that must be told before processing."),
             part=P(1, (2,)), key=True),
        Cite("FRT-MEASURES-2025:5", T("人脸信息的保存期限须在处理前告知。",
                                      "The retention period of face data must be told before processing."),
             part=P(1, (2,))),
        Cite("PIPL:19", T("保存期限应为实现处理目的所必要的最短时间。",
                          "Data may be kept only for the shortest time the purpose needs.")),
        Cite("FRT-MEASURES-2025:8", T("人脸信息的保存期限不得超过实现处理目的所必需的最短时间。",
                                      "Face data may not be kept longer than the purpose strictly requires."), part=P(2)),
        Cite("NDSMR-2024:21", T("处理规则须写明保存期限和到期后的处理方式。",
                                "Processing rules must state the retention period and what happens afterwards."),
             part=P(1, (3,))),
    ), description="retention_stated is false"),

    Rule("basis-asked", "basis", "rights", ("withdrawal", "deletion", "access", "followup", "complaint"),
         _all(basis_in_question, not_private), (
        Cite("PIPL:13", basis_why, part=basis_part, key=True, ongoing=True),
        Cite("PIPL:28", T("生物识别信息属于敏感个人信息（第一款）；只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理敏感个人信息（第二款）。",
                          "Biometric data is sensitive personal information (para. 1), which may be processed only for a "
                          "specific purpose, with sufficient necessity and strict protection (para. 2)."),
             key=True, recognition=True, ongoing=True),
        Cite("FRT-MEASURES-2025:10", T("存在其他非人脸识别技术方式可以实现相同目的的，不得将人脸识别技术作为唯一验证方式，个人不同意的，应当提供其他合理、便捷的方式；国家对以人脸识别技术验证个人身份另有规定的，从其规定（第十条第二款）。",
                                       "Where another method serves the same purpose, face recognition may not be the only "
                                       "way to verify identity, and a person who declines must be offered another "
                                       "reasonable, convenient way; a state rule on face verification prevails where there "
                                       "is one (para. 2)."),
             key=True, ongoing=True, when=lambda f: f.collection.alternative_offered is not True
             and not relationship_ended(f)),
        Cite("PIPL:17", T("处理前须以显著方式告知处理目的、方式和保存期限等事项。",
                          "Before processing the holder must clearly tell the person the purpose, method, retention and "
                          "the like."), part=P(1), ongoing=True, supports=("access", "complaint")),
    ), description="legal_basis_claimed is contract, employment or legal_duty, or unknown in a sector where a legal "
                   "duty is common"),

    Rule("face-is-sensitive", "sensitive", "collection", ("withdrawal", "deletion", "access"), recognition_possible, (
        Cite("PIPL:28", T("人脸信息属于生物识别信息，是敏感个人信息，只有在具有特定目的和充分必要性并采取严格保护措施时才可处理。",
                          "Face data is biometric and therefore sensitive personal information, which may be processed "
                          "only for a specific purpose, with sufficient necessity and strict protection."),
             recognition=True, role="definition"),
        Cite("FRT-MEASURES-2025:4", T("应用人脸识别须具有特定目的和充分必要性，采取对个人权益影响最小的方式。",
                                      "Face recognition needs a specific purpose, sufficient necessity and the least "
                                      "intrusive method."), role="definition"),
        Cite("CIVIL-CODE:1034", T("生物识别信息属于受法律保护的个人信息。",
                                  "Biometric information is personal information protected by law."), part=P(2),
             recognition=True),
        Cite("SPC-FR-2021:1", T("人脸信息属于《民法典》所称的生物识别信息。",
                                "Face information is biometric information within the meaning of the Civil Code.")),
    ), description="the face may be used to recognise people (identification is not none)"),

    Rule("assessment", "assessment", "collection", ("access",), recognition_possible, (
        Cite("FRT-MEASURES-2025:9", T("应用人脸识别前须进行个人信息保护影响评估并记录处理情况；可以要求说明是否做过。",
                                      "A prior impact assessment and processing records are required for face recognition; "
                                      "the holder can be asked whether it made one.")),
        Cite("PIPL:55", T("处理敏感个人信息前须进行个人信息保护影响评估并记录处理情况。",
                          "Processing sensitive data requires a prior impact assessment and processing records."),
             part=P(items=(1,)), recognition=True),
    ), description="the face may be used to recognise people (a prior impact assessment is required)"),

    Rule("damages", "remedy", "collection", ("followup",), unlawful_collection, (
        Cite("PIPL:69", T("处理个人信息侵害权益造成损害的，处理者不能证明自己没有过错就须赔偿。",
                          "If the processing caused harm, the holder is liable unless it proves it was not at fault."),
             part=P(1), key=True),
        Cite("SPC-FR-2021:8", T("为制止侵权支出的合理费用（包括调查取证和律师费）可以作为财产损失请求赔偿。",
                                "Reasonable costs of stopping the infringement, including evidence gathering and lawyer's "
                                "fees, can be claimed as loss.")),
        Cite("CIVIL-CODE:1182", T("侵害人身权益造成财产损失的，按损失或侵权人获益赔偿。",
                                  "Property loss from infringing personal rights is compensated.")),
        Cite("CIVIL-CODE:1183", T("造成严重精神损害的，可以请求精神损害赔偿。",
                                  "Serious mental harm can be compensated."), part=P(1)),
        Cite("CRPL-2013:50", T("经营者侵害消费者个人信息受保护的权利，须停止侵害、赔礼道歉并赔偿损失。",
                               "A business infringing a consumer's data rights must stop, apologise and compensate."),
             when=consumer),
    ), description="the facts show an unlawful collection (damages: follow-ups only)"),

    # ================================= rights axis (as_of) ==============================================
    Rule("withdrawal", "withdrawal", "rights", ("withdrawal",), always, (
        Cite("PIPL:15", T("基于同意处理个人信息的，个人有权撤回同意，处理者须提供便捷的撤回方式；撤回不影响撤回前基于同意已进行的处理。",
                          "Where processing rests on consent the person may withdraw it and the holder must make that easy; "
                          "withdrawal does not affect processing done on the basis of consent before it."), key=True),
        Cite("FRT-MEASURES-2025:6", T("基于同意处理人脸信息的，个人有权撤回同意，处理者须提供便捷的撤回方式。",
                                      "Where face processing rests on consent, the person may withdraw it, and the holder must "
                                      "offer an easy way to do so."), part=P(2), role="right"),
        Cite("PIPL:44", T("个人有权限制或者拒绝他人处理其个人信息。",
                          "The person may restrict or refuse the processing of their data.")),
        Cite("PIPL:16", lambda f: T(
                 ("" if consent_based(f) else "如以同意为依据，") + "处理者不得以个人撤回同意为由拒绝提供产品或者服务（处理人脸信息确为提供该产品或者服务所必需的除外）。",
                 ("" if consent_based(f) else "If consent is the basis, ") + "the holder may not refuse its product or "
                 "service because consent is withdrawn, unless the face is truly necessary for it."),
             key=True, when=lambda f: not relationship_ended(f) and provides_service(f)),
        Cite("FRT-MEASURES-2025:10", T("个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式；存在其他非人脸识别技术方式的，人脸识别技术不得作为唯一验证方式。",
                                       "A person who declines face verification must be offered another reasonable, "
                                       "convenient way; where another method serves the purpose, face recognition may not be "
                                       "the only one."), part=P(1), key=True,
             when=lambda f: pushed_to_face(f) and not relationship_ended(f), ongoing=True),
        Cite("SPC-FR-2021:10", T("物业以人脸识别为唯一出入方式的，业主或使用人可以要求提供其他合理验证方式。",
                                 "An owner or occupant may demand another reasonable way in than face recognition."),
             part=P(1), key=True, when=lambda f: residential(f) and pushed_to_face(f) and not relationship_ended(f),
             ongoing=True),
        Cite("NDSMR-2024:23", T("对撤回同意的请求，处理者须及时受理，不得设置不合理条件。",
                                "A withdrawal must be accepted promptly and without unreasonable conditions.")),
    ), description="always (the right to withdraw consent)"),

    Rule("deletion", "deletion", "rights", ("deletion", "withdrawal"), always, (
        Cite("PIPL:47", deletion_why, part=deletion_items, key=True),
        Cite("CIVIL-CODE:1037", T("处理者违反法律、行政法规或约定处理个人信息的，个人有权请求及时删除。",
                                  "Where the holder broke the law or the agreement, the person may demand prompt deletion."),
             part=P(2), key=True, when=unlawful_collection),
        Cite("CSL-2016:43", CSL_DELETION, when=unlawful_collection),
        Cite("CSL-2025:45", CSL_DELETION, when=unlawful_collection),
        Cite("NDSMR-2024:24", T("摄像设备等自动化采集无法避免地采集到、未依法取得同意的个人信息，须删除或者匿名化处理。",
                                "Personal data captured unavoidably by automated collection (a camera) without lawful "
                                "consent must be deleted or anonymised."), when=_all(camera, collected_without_consent)),
        Cite("SPC-FR-2021:12", T("持有方违反双方约定处理人脸信息（例如单方面改为只能刷脸）的，个人可以请求其承担违约责任并删除人脸信息，处理者不能以未约定删除为由抗辩。",
                                 "If the holder processed the face against the parties' agreement (e.g. by switching on its "
                                 "own to face-only entry), the person may claim breach of contract and deletion, even "
                                 "without a deletion clause."), when=_all(refused_without_face, consent_based)),
        Cite("PIPL:19", T("保存期限应为实现处理目的所必要的最短时间。",
                          "Data may be kept only as long as the purpose needs.")),
        Cite("FRT-MEASURES-2025:8", T("人脸信息的保存期限不得超过实现处理目的所必需的最短时间。",
                                      "Face data may not be kept longer than the purpose strictly requires."), part=P(2),
             ongoing=True),
        Cite("PIPL:21", T("委托第三方处理的，委托合同终止等情形下，受托人须返还或删除，不得保留；删除因此须及于受托人持有的副本。",
                          "Where a contractor processes the data, it must return or delete it and keep none when the "
                          "contract ends or fails; deletion therefore covers its copies."), part=P(2), when=off_device),
    ), description="always (the right to deletion); PIPL Art. 47 cites the grounds the facts give"),

    Rule("access", "access", "rights", ("access",), always, (
        Cite("PIPL:45", T("个人有权查阅、复制其个人信息（第一款）；个人请求查阅、复制其个人信息的，处理者应当及时提供（第二款）。",
                          "The person may consult and copy their personal information (para. 1); when the person asks, "
                          "the holder must provide it promptly (para. 2)."), key=True),
        Cite("PIPL:44", T("个人对其个人信息的处理享有知情权。", "The person has the right to know how their data is processed.")),
        Cite("CIVIL-CODE:1037", T("自然人可以依法查阅或者复制其个人信息。", "The person may consult or copy their data."),
             part=P(1)),
        Cite("NDSMR-2024:23", T("查阅、复制请求须及时受理，不得设置不合理条件。",
                                "Access requests must be accepted promptly, without unreasonable conditions.")),
    ), description="always (the right of access)"),

    Rule("explanation", "explanation", "rights", ("access",), always, (
        Cite("PIPL:48", T("个人有权要求处理者解释说明其个人信息处理规则。",
                          "The person may require the holder to explain its processing rules."), key=True),
        Cite("PIPL:17", T("可以要求说明处理目的、方式、种类、保存期限和行使权利的方式。",
                          "The holder can be asked for its purpose, method, kinds of data, retention and how to exercise "
                          "rights."), part=P(1)),
        Cite("PIPL:30", T("可以要求说明处理人脸这一敏感信息的必要性及对个人权益的影响。",
                          "The holder can be asked why processing the face is necessary and how it affects the person."),
             recognition=True),
        Cite("FRT-MEASURES-2025:5", T("应用人脸识别须告知的事项包括保存期限、必要性及对个人权益的影响。",
                                      "What must be told for face recognition includes retention, necessity and the effect "
                                      "on the person."), part=P(1, (2, 3)), ongoing=True),
        Cite("NDSMR-2024:21", T("处理规则须写明保存期限及行使查阅、删除、撤回同意等权利的途径。",
                                "Processing rules must state retention and how to access, delete and withdraw consent."),
             part=P(1)),
    ), description="always (the right to an explanation)"),

    Rule("filing", "filing", "rights", ("access", "complaint"), over_100k, (
        Cite("FRT-MEASURES-2025:15", T("应用人脸识别技术处理的人脸信息存储数量达到10万人的，处理者应当自达到之日起30个工作日内向所在地省级以上网信部门履行备案手续。",
                                       "A processor whose stored face data reaches 100,000 people must file with the "
                                       "provincial (or higher) CAC where it is located within 30 working days of reaching "
                                       "that number."),
             part=P(1), key=True, ongoing=True),
    ), description="scale_over_100k is true (filing duty from 2025-06-01)"),

    Rule("complaint", "complaint", "rights", ("complaint",), always, (
        Cite("PSVIS-2025:24", T("在客房等区域内违法安装的图像采集设备，可以向公安机关举报，公安机关应当依法及时处理。",
                                "Cameras installed in hotel rooms and similar places can be reported to the police, which "
                                "must deal with the report promptly."), part=P(2), key=True, when=in_private_space),
        Cite("PIPL:65", T("任何人都可以向履行个人信息保护职责的部门投诉、举报违法处理活动，部门须依法及时处理并告知结果。",
                          "Anyone may complain about unlawful processing to the authorities, which must deal with it "
                          "promptly and report the outcome."), part=P(1), key=True),
        Cite("PIPL:61", T("受理、处理投诉和举报以及调查、处理违法活动是这些部门的法定职责。",
                          "Receiving complaints and investigating unlawful processing are statutory duties of those "
                          "authorities."), part=P(items=(2, 4)), key=True),
        Cite("PIPL:60", T("网信部门统筹协调，有关部门在各自职责范围内负责个人信息保护。",
                          "The CAC coordinates and the competent departments act within their remits.")),
        Cite("PIPL:66", T("违法处理个人信息的，由履行个人信息保护职责的部门责令改正、给予警告、没收违法所得，拒不改正的并处罚款。",
                          "The authorities order unlawful processing corrected, give warnings and confiscate unlawful gains, "
                          "and fine a processor that refuses to correct it."), part=P(1), key=True),
        Cite("FRT-MEASURES-2025:16", T("网信部门、公安机关等部门依法对应用人脸识别技术处理个人信息的活动实施监督检查，处理者应当予以配合。",
                                       "The CAC, the police and other authorities supervise and inspect face-recognition "
                                       "processing, and processors must cooperate."), part=P(2), ongoing=True),
        Cite("FRT-MEASURES-2025:17", T("对违法应用人脸识别的活动，可以向履行个人信息保护职责的部门投诉、举报，收到的部门应当依法及时处理并告知结果。",
                                       "Unlawful use of face recognition can be reported to the authorities, which must deal "
                                       "with it promptly and report the result."), key=True, ongoing=True),
        Cite("CRPL-2013:39", T("消费争议可以向有关行政部门投诉。", "A consumer dispute can be taken to the administrative department."),
             part=P(items=(3,)), when=consumer),
        Cite("CRPL-REGS-2024:26", T("消费者可以向市场监督管理部门或者其他有关行政部门投诉。",
                                    "Consumers may complain to the market-regulation department or another competent "
                                    "department."), part=P(1), key=True, when=consumer),
        Cite("CRPL-REGS-2024:46", T("投诉须写明真实身份、被投诉人、具体请求和事实；部门须在7个工作日内处理并告知。",
                                    "A complaint must give real identity, respondent, requests and facts; the department "
                                    "answers within 7 working days."), when=consumer),
        Cite("CRPL-2013:46", T("行政部门须在收到消费者投诉之日起七个工作日内处理并告知。",
                               "The department must handle a consumer complaint within seven working days."), key=True,
             when=consumer),
    ), description="always (where to complain: what the department may and must do)"),

    Rule("refusal-remedy", "remedy", "rights", ("followup",), always, (
        Cite("PIPL:50", T("处理者拒绝个人行使权利的请求的，个人可以依法向人民法院提起诉讼。",
                          "A person whose request is refused may sue in a people's court."), part=P(2), role="remedy",
             key=True),
        Cite("CIVIL-CODE:997", T("侵害正在进行或即将发生、不及时制止将造成难以弥补的损害时，可以申请人格权侵害禁令。",
                                 "If the infringement is ongoing or imminent and would cause irreparable harm, a court "
                                 "injunction can be sought."), when=unlawful_collection),
        Cite("SPC-FR-2021:9", T("人脸识别侵权正在进行或即将发生的，可以申请法院责令停止。",
                                "A court can be asked to order ongoing face-recognition infringement stopped."),
             when=unlawful_collection),
    ), description="follow-ups: what happens if the holder still refuses or stays silent"),

    Rule("limitation", "time", "rights", ("followup", "complaint"), old_collection, (
        Cite("CIVIL-CODE:196", T("请求停止侵害的请求权不适用诉讼时效；要求删除人脸信息、停止处理，即属请求停止侵害。",
                                 "A claim to stop an infringement is not time-barred; asking for the face to be deleted and "
                                 "the processing stopped is such a claim."),
             part=P(items=(1,)), key=True, supports=("followup",)),
        Cite("CIVIL-CODE:995", T("人格权受到侵害的，停止侵害、消除影响等请求权不适用诉讼时效。",
                                 "Claims to stop an infringement of personality rights and remove its effects are not "
                                 "time-barred."), key=True, supports=("followup",)),
        Cite("APL-2021:36", T("违法行为两年内未被发现的不再给予行政处罚，但违法行为有连续或者继续状态的，期限从行为终了之日起计算；持有方至今仍保存相关人脸信息，违法状态仍在继续。",
                              "No administrative penalty after two years, but a continuing violation counts from its end; "
                              "the holder still keeps the face, so the violation continues."), key=True, supports=("complaint",), when=continuing),
    ), description="the collection is more than two years old: limitation periods"),
)

# Rules whose duties a letter relies on for what it asks (the holder's basis, its rules for a child's data,
# no refusal of service after withdrawal, deletion by contractors, ...) rather than asserts were breached.
BASIS_RULES = ("basis-asked", "minor-basis-unclear", "guardian-standing", "withdrawal", "deletion", "access",
               "explanation", "filing")
