"""The rules: which facts make which provisions support the user, and why (zh, en).

Each rule is data: id, topic, axis ("collection": judged on the collection date; "rights": on as_of),
the letter types it supports, a small pure predicate on the facts, and its citations. The engine
(faceledger.law.rules) drops every citation whose instrument is not in force on the rule's date, so
a rule may list the provisions of several periods (CSL-2016:41 and CSL-2025:43; PIPL and the Measures)
and each set of facts gets those of its own date. Rules are ordered from the most specific: the first
rule to cite a provision gives its reason.

Reasons are our own words; they never quote an article (letters quote from the catalog, and only
confirmed texts). Unknown facts (None) trigger nothing, except the rights every person has.
"""

from __future__ import annotations

from datetime import date

from faceledger.law.facts import Facts
from faceledger.law.rules import Cite, Rule
from faceledger.text import Text

DRAFT_PUBLISHED = date(2023, 8, 8)
MEASURES_IN_FORCE = date(2025, 6, 1)
PSVIS_IN_FORCE = date(2025, 4, 1)

# Holders that deal with the user as a consumer (the Consumer Rights Law applies).
CONSUMER_CATEGORIES = ("payment", "transport", "hotel", "retail", "attraction", "finance", "telecom", "online")
# Business premises named by SPC-FR-2021 Art. 2(1) (hotels, malls, banks, stations, airports, stadiums, ...).
BUSINESS_PREMISES = ("hotel", "retail", "finance", "transport", "attraction")
VIOLATION_CONSENTS = ("none", "bundled", "coerced")

T = Text


# -- predicates on the facts (small and pure) ---------------------------------------------------------
def consumer(f: Facts) -> bool:
    return f.holder.category in CONSUMER_CATEGORIES


def business_premises(f: Facts) -> bool:
    return f.holder.category in BUSINESS_PREMISES or f.collection.place == "public"


def residential(f: Facts) -> bool:
    return f.collection.place == "residential" or f.holder.category == "residential"


def in_private_space(f: Facts) -> bool:
    return f.collection.place == "private_space" or f.collection.private_space is not None


def consent_is(*values: str):
    return lambda f: f.collection.consent in values


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


def purpose_not_stated(f: Facts) -> bool:
    return f.collection.purpose_stated is False


def off_device(f: Facts) -> bool:
    return f.collection.stored_off_device is True


def retention_not_stated(f: Facts) -> bool:
    return f.collection.retention_stated is False


def over_100k(f: Facts) -> bool:
    return f.collection.scale_over_100k is True


def under_measures(f: Facts) -> bool:
    d = f.collection_date
    return d is not None and d >= MEASURES_IN_FORCE


def unlawful_collection(f: Facts) -> bool:
    """Facts that by themselves show the collection broke a rule (grounds for deletion and damages).

    Face as the only way in breaks an explicit rule only from the Measures (2025-06-01) on; before that
    it is an argument (necessity), not a breach. Storage off the device is not counted: a law or the
    person's separate consent may allow it, and the facts cannot tell.
    """
    c = f.collection
    return (c.consent in VIOLATION_CONSENTS or refused_without_face(f) or in_private_space(f)
            or minor_without_guardian(f) or public_without_sign(f) or purpose_not_stated(f)
            or (under_measures(f) and no_alternative(f)))


def pushed_to_face(f: Facts) -> bool:
    return no_alternative(f) or refused_without_face(f)


def always(f: Facts) -> bool:
    return True


def collected_without_consent(f: Facts) -> bool:
    return f.collection.consent in VIOLATION_CONSENTS or minor_without_guardian(f)


def _all(*preds):
    return lambda f: all(p(f) for p in preds)


# -- reasons reused by several rules ------------------------------------------------------------------
CSL_OPERATOR_CONSENT = T(
    "如果持有方通过网络收集、使用个人信息（即网络运营者），须遵循合法、正当、必要原则，公开规则，明示目的、方式和范围并经本人同意，不得收集与其服务无关的个人信息。",
    "If the holder collects or uses personal information through a network (as a network operator), it had to act "
    "lawfully, properly and only as needed, publish its rules, state purpose, method and scope, obtain consent, and "
    "not collect data unrelated to its service.")
CRPL_CONSENT = T(
    "持有方作为经营者收集消费者个人信息，须明示目的、方式和范围并经消费者同意，公开收集、使用规则。",
    "As a business collecting a consumer's data, the holder had to state purpose, method and scope, obtain the "
    "consumer's consent and publish its rules.")

RULES: tuple[Rule, ...] = (
    # ================================= collection axis ==================================================
    Rule("private-space", "private_space", "collection", ("deletion", "complaint"), in_private_space, (
        Cite("PSVIS-2025:8", T("人脸是在客房、浴室、卫生间或更衣室等私密空间内被采集的；行政法规禁止在这些区域内部安装图像采集设备。",
                               "The face was captured inside a hotel room, bathroom, toilet or changing room; a State Council "
                               "regulation bans image-capture devices inside such places.")),
        Cite("FRT-MEASURES-2025:13", T("《办法》明确禁止在宾馆客房、公共浴室、公共更衣室、公共卫生间等私密空间内部安装人脸识别设备。",
                                       "The Measures forbid face-recognition devices inside hotel rooms, public bathrooms, "
                                       "changing rooms, toilets and similar private spaces.")),
        Cite("CIVIL-CODE:1033", T("未经本人明确同意或法律依据，不得进入、拍摄、窥视宾馆房间等私密空间。",
                                  "Without a legal basis or express consent, no one may film or peer into private spaces such "
                                  "as hotel rooms.")),
        Cite("CIVIL-CODE:1032", T("私密空间属于隐私权保护的范围。", "Private spaces are protected by the right to privacy.")),
        Cite("FRT-DRAFT-2023:Q6", T("在旅馆客房、公共浴室、更衣室、卫生间等场所不得安装图像采集、个人身份识别设备。",
                                    "image-capture and identity-recognition devices be banned in hotel rooms, public "
                                    "bathrooms, changing rooms and toilets.")),
    ), draft_window=(DRAFT_PUBLISHED, PSVIS_IN_FORCE),
        description="place is private_space or a private_space is given"),

    Rule("minor-without-guardian", "minor", "collection", ("withdrawal", "deletion", "complaint"), minor_without_guardian, (
        Cite("PIPL:31", T("被采集人脸的是不满十四周岁的未成年人，而没有（或不知是否有）父母或其他监护人的同意；处理者还须制定专门的处理规则。",
                          "The face belongs to a child under 14 and no parent's or guardian's consent is known; the "
                          "processor also needs dedicated rules for children's data.")),
        Cite("FRT-MEASURES-2025:7", T("基于同意处理不满十四周岁未成年人的人脸信息，须取得其父母或其他监护人的同意。",
                                      "Consent-based processing of the face of a child under 14 needs a parent's or guardian's "
                                      "consent.")),
        Cite("PIPL:28", T("不满十四周岁未成年人的个人信息全部属于敏感个人信息。",
                          "All personal information of a child under 14 is sensitive personal information.")),
        Cite("NDSMR-2024:22", T("处理不满十四周岁未成年人的个人信息须取得监护人同意。",
                                "Processing data of a child under 14 needs a guardian's consent.")),
        Cite("SPC-FR-2021:3", T("法院认定责任时会考虑受害人是否为未成年人。",
                                "Courts take into account that the person is a minor when deciding liability.")),
        Cite("CIVIL-CODE:1035", T("处理个人信息须征得本人或其监护人同意。",
                                  "Processing requires the consent of the person or their guardian.")),
    ), description="minor_under_14 is true and guardian_consent is not true"),

    Rule("minor-special-rules", "minor", "collection", ("access",), minor_with_guardian, (
        Cite("PIPL:31", T("被采集的是不满十四周岁未成年人的人脸：即使监护人同意，处理者也须制定专门的个人信息处理规则。",
                          "The face is a child's (under 14): even with a guardian's consent the processor needs dedicated "
                          "processing rules, which can be asked for.")),
    ), description="minor_under_14 and guardian_consent are both true"),

    Rule("consent-coerced", "consent", "collection", ("withdrawal", "deletion", "complaint"), consent_is("coerced"), (
        Cite("SPC-FR-2021:4", T("同意是被强迫或变相强迫作出的；处理者不能以这种“同意”抗辩。",
                                "The consent was forced or obtained under pressure; a processor cannot rely on such consent "
                                "in court.")),
        Cite("FRT-MEASURES-2025:12", T("不得以办理业务、提升服务质量等为由误导、欺诈、胁迫个人接受人脸验证。",
                                       "No one may mislead, deceive or coerce a person into face verification on the pretext of "
                                       "business needs or better service.")),
        Cite("PIPL:5", T("不得通过胁迫等方式处理个人信息。", "Processing by coercion is prohibited.")),
        Cite("PIPL:14", T("同意必须在充分知情的前提下自愿、明确作出；被强迫的同意不是有效同意。",
                          "Consent must be informed, voluntary and explicit; forced consent is not valid consent.")),
        Cite("NDSMR-2024:22", T("不得通过误导、欺诈、胁迫等方式取得同意。",
                                "Consent may not be obtained by misleading, fraud or coercion.")),
        Cite("CRPL-REGS-2024:23", T("经营者不得强制或者变相强制消费者同意收集与经营活动无直接关系的个人信息。",
                                    "A business may not force a consumer, openly or indirectly, to consent to collection of "
                                    "data not directly needed for its business."), when=consumer),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, when=consumer),
    ), description="consent is coerced"),

    Rule("consent-bundled", "consent", "collection", ("withdrawal", "deletion", "complaint"), consent_is("bundled"), (
        Cite("SPC-FR-2021:4", T("人脸同意与其他授权捆绑在一起；处理者不能以这种捆绑同意抗辩。",
                                "Consent to face processing was bundled with other authorisations; a processor cannot rely on "
                                "bundled consent in court.")),
        Cite("PIPL:29", T("人脸属于敏感个人信息，须取得本人的单独同意；与其他条款捆绑的概括同意不是单独同意。",
                          "A face is sensitive data and needs separate consent; a general consent bundled with other terms "
                          "is not separate consent.")),
        Cite("FRT-MEASURES-2025:6", T("基于同意处理人脸信息须取得本人自愿、明确作出的单独同意。",
                                      "Consent-based face processing needs voluntary, explicit, separate consent.")),
        Cite("PIPL:14", T("同意必须自愿、明确作出。", "Consent must be voluntary and explicit.")),
        Cite("NDSMR-2024:22", T("处理生物识别等敏感个人信息须取得单独同意。",
                                "Biometric and other sensitive data need separate consent.")),
        Cite("NDSMR-2024:62", T("单独同意是指针对特定处理专门作出的具体、明确的同意。",
                                "Separate consent means specific, explicit consent given for that particular processing.")),
        Cite("CRPL-REGS-2024:23", T("经营者不得以一次概括授权、默认授权等方式强制消费者同意。",
                                    "A business may not force consent through one blanket or default authorisation."),
             when=consumer),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, when=consumer),
    ), description="consent is bundled"),

    Rule("consent-none", "consent", "collection", ("withdrawal", "deletion", "complaint"), consent_is("none"), (
        Cite("PIPL:29", T("采集人脸时没有取得本人的单独同意，而人脸属于敏感个人信息。",
                          "The face, which is sensitive data, was taken without the person's separate consent.")),
        Cite("FRT-MEASURES-2025:6", T("基于同意处理人脸信息须取得本人的单独同意。",
                                      "Consent-based face processing needs separate consent.")),
        Cite("PIPL:13", T("没有同意时，只有具备法律列举的其他情形（如订立、履行合同所必需或履行法定职责所必需），处理者才可处理。",
                          "Without consent, processing is lawful only on another ground the law lists (such as necessity "
                          "for a contract or for a legal duty).")),
        Cite("SPC-FR-2021:2", T("未征得单独同意处理人脸信息，法院认定为侵害人格权益。",
                                "Courts treat face processing without separate consent as an infringement of personality "
                                "rights.")),
        Cite("NDSMR-2024:22", T("处理生物识别等敏感个人信息须取得单独同意。",
                                "Biometric and other sensitive data need separate consent.")),
        Cite("CIVIL-CODE:1035", T("处理个人信息须征得本人同意（法律另有规定的除外）。",
                                  "Processing requires the person's consent unless the law provides otherwise.")),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, when=consumer),
    ), description="consent is none"),

    Rule("refused-without-face", "refusal", "collection", ("withdrawal", "complaint", "deletion"), refused_without_face, (
        Cite("PIPL:16", T("因本人不同意提供人脸就拒绝提供服务；除非人脸确为提供该服务所必需，这是不允许的。",
                          "The service was refused because the person would not give their face; that is not allowed unless "
                          "the face is truly necessary for that service.")),
        Cite("SPC-FR-2021:4", T("以同意处理人脸信息作为提供服务的条件（服务并不必需人脸），处理者不能以此“同意”抗辩。",
                                "Making face consent a condition of a service that does not need it defeats the consent "
                                "defence in court.")),
        Cite("FRT-MEASURES-2025:10", T("本人不同意人脸验证时，须提供其他合理、便捷的方式。",
                                       "When a person refuses face verification, a reasonable and convenient alternative must be "
                                       "offered.")),
        Cite("FRT-MEASURES-2025:12", T("不得以办理业务为由胁迫个人接受人脸验证。",
                                       "No one may coerce a person into face verification on the pretext of business needs.")),
        Cite("CRPL-REGS-2024:23", T("经营者不得强制消费者同意收集与经营活动无直接关系的个人信息。",
                                    "A business may not force a consumer to consent to collection not directly needed for its "
                                    "business."), when=consumer),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, when=consumer),
        Cite("FRT-DRAFT-2023:Q9", T("宾馆、银行、车站、机场、体育场馆等经营场所，除法律规定外，不得强制个人接受人脸验证。",
                                    "hotels, banks, stations, airports, stadiums and other business premises not force anyone "
                                    "into face verification unless a law requires it."), when=business_premises),
    ), draft_window=(DRAFT_PUBLISHED, MEASURES_IN_FORCE), description="service_refused_without_face is true"),

    Rule("no-alternative", "alternative", "collection", ("withdrawal", "complaint", "followup"), no_alternative, (
        Cite("FRT-MEASURES-2025:10", T("没有提供非人脸的替代方式；存在其他方式可以达到同样目的时，人脸识别不得作为唯一验证方式。",
                                       "No non-face alternative was offered; where another method achieves the same purpose, face "
                                       "recognition may not be the only way.")),
        Cite("SPC-FR-2021:10", T("物业服务企业等建筑物管理人以人脸识别作为出入的唯一验证方式时，业主或使用人可以要求提供其他合理验证方式。",
                                 "Where a property manager makes face recognition the only way in or out, an owner or occupant may "
                                 "demand another reasonable method."), when=residential),
        Cite("PIPL:6", T("只用人脸而不提供其他方式，不符合“对个人权益影响最小的方式”和最小必要的要求。",
                         "Face-only access is not the least intrusive way and goes beyond what the purpose needs.")),
        Cite("CSL-2016:41", T("网络运营者收集个人信息须遵循必要原则。",
                              "A network operator may collect personal data only as needed.")),
        Cite("FRT-DRAFT-2023:Q13", T("物业服务企业等建筑物管理人不得将人脸验证作为出入的唯一方式，并须为不同意者提供其他合理、便捷的方式。",
                                     "property managers not make face verification the only way into a managed area and offer "
                                     "another reasonable, convenient method to those who refuse."), when=residential),
    ), draft_window=(DRAFT_PUBLISHED, MEASURES_IN_FORCE), description="alternative_offered is false"),

    Rule("sensitive-inference", "sensitive_inference", "collection", ("deletion", "access", "complaint"), infers_sensitive, (
        Cite("PIPL:28", T("人脸被用于推断种族、民族、宗教或健康等信息；宗教信仰、医疗健康和生物识别信息都是敏感个人信息，只有特定目的和充分必要时才可处理。",
                          "The face was used to infer race, ethnicity, religion or health; religion, health and biometric "
                          "data are sensitive and may be processed only for a specific purpose with sufficient necessity.")),
        Cite("PIPL:6", T("从人脸推断与服务无关的特征超出了处理目的所需的最小范围。",
                         "Inferring traits unrelated to the service goes beyond the minimum the purpose needs.")),
        Cite("PIPL:30", T("处理敏感个人信息须告知其必要性及对个人权益的影响。",
                          "The necessity of processing sensitive data and its effect on the person must be explained.")),
        Cite("FRT-MEASURES-2025:4", T("人脸识别须有特定目的和充分必要性，并采取对个人权益影响最小的方式。",
                                      "Face recognition needs a specific purpose, sufficient necessity and the least intrusive "
                                      "method.")),
        Cite("SPC-FR-2021:2", T("违反合法、正当、必要原则处理人脸信息，法院认定为侵害人格权益。",
                                "Courts treat face processing that breaches lawfulness, propriety or necessity as an "
                                "infringement.")),
        Cite("CSL-2016:41", T("网络运营者不得收集与其服务无关的个人信息。",
                              "A network operator may not collect data unrelated to its service.")),
        Cite("CSL-2025:43", T("网络运营者不得收集与其服务无关的个人信息。",
                              "A network operator may not collect data unrelated to its service.")),
        Cite("FRT-DRAFT-2023:Q10", T("除国家安全、公共安全、紧急情况或取得单独同意外，不得利用人脸识别分析种族、民族、宗教信仰、健康状况等敏感个人信息。",
                                     "facial recognition not be used to analyse race, ethnicity, religion, health or similar "
                                     "sensitive traits, save for national or public security, emergencies or separate consent.")),
    ), draft_window=(DRAFT_PUBLISHED, None), description="sensitive_inference lists race, ethnicity, religion, health or other"),

    Rule("public-without-sign", "signage", "collection", ("complaint", "deletion"), public_without_sign, (
        Cite("PIPL:26", T("在公共场所采集人脸而没有显著的提示标识；公共场所的图像采集、身份识别设备须为维护公共安全所必需并设置显著标识，所得信息只能用于公共安全目的（单独同意的除外）。",
                          "The face was captured in a public place without conspicuous signs; such devices must be needed for "
                          "public security and signposted, and what they collect may serve only public security unless the "
                          "person separately consents.")),
        Cite("FRT-MEASURES-2025:13", T("公共场所的人脸识别设备须为维护公共安全所必需，合理确定采集区域并设置显著提示标识。",
                                       "Face-recognition devices in public places must be needed for public security, with a "
                                       "reasonable capture area and conspicuous signs.")),
        Cite("PSVIS-2025:13", T("公共安全视频系统须设置显著的提示标识（如该设备属于公共安全视频系统）。",
                                "Public-security video systems must carry conspicuous signs (if the device is part of one).")),
        Cite("FRT-DRAFT-2023:Q7", T("公共场所的图像采集、个人身份识别设备须为维护公共安全所必需并设置显著提示标识。",
                                    "devices in public places be necessary for public security and carry conspicuous signs.")),
    ), draft_window=(DRAFT_PUBLISHED, MEASURES_IN_FORCE), description="place is public and signage is false"),

    Rule("public-place", "public_place", "collection", ("complaint", "access"), public_place, (
        Cite("PIPL:26", T("人脸是在公共场所被采集的；这类设备所得信息只能用于维护公共安全，用于其他目的须取得单独同意。",
                          "The face was captured in a public place; what such devices collect may serve only public security, "
                          "and any other use needs separate consent.")),
    ), description="place is public"),

    Rule("purpose-not-stated", "notice", "collection", ("access", "complaint", "deletion"), purpose_not_stated, (
        Cite("SPC-FR-2021:2", T("未公开人脸信息处理规则或未明示处理目的、方式、范围，法院认定为侵害人格权益。",
                                "Courts treat failing to publish face-processing rules or to state purpose, method and scope as "
                                "an infringement.")),
        Cite("PIPL:17", T("处理前没有告知处理目的；处理者须事先以显著方式告知身份、目的、方式、种类、保存期限和行使权利的方式。",
                          "The purpose was not stated; before processing the holder must clearly tell who it is, the purpose, "
                          "method, kinds of data, retention period and how to exercise rights.")),
        Cite("FRT-MEASURES-2025:5", T("应用人脸识别前须告知处理目的、方式、保存期限、必要性及对个人权益的影响。",
                                      "Before face recognition the processor must state purpose, method, retention, necessity and "
                                      "effect on the person.")),
        Cite("PIPL:30", T("处理敏感个人信息还须告知必要性及对个人权益的影响。",
                          "For sensitive data the necessity and effect on the person must also be explained.")),
        Cite("NDSMR-2024:21", T("个人信息处理规则须集中公开、内容明确具体。",
                                "Processing rules must be published prominently and be specific.")),
        Cite("CIVIL-CODE:1035", T("处理个人信息须公开处理规则，明示处理的目的、方式和范围。",
                                  "Processing requires published rules and a stated purpose, method and scope.")),
        Cite("CSL-2016:41", CSL_OPERATOR_CONSENT),
        Cite("CSL-2025:43", CSL_OPERATOR_CONSENT),
        Cite("CRPL-2013:29", CRPL_CONSENT, when=consumer),
    ), description="purpose_stated is false"),

    Rule("stored-off-device", "storage", "collection", ("access", "deletion", "complaint"), off_device, (
        Cite("FRT-MEASURES-2025:8", T("人脸信息被存储在识别设备之外或通过互联网传输；除法律、行政法规另有规定或取得单独同意外，人脸信息应存储于设备内。",
                                      "The face data was stored off the device or sent over the internet; unless a law provides "
                                      "otherwise or the person separately consented, face data must stay in the device.")),
        Cite("PIPL:51", T("人脸信息离开设备存储，处理者须证明已采取加密、访问控制等安全措施。",
                          "With face data stored off the device, the holder must show encryption, access control and other "
                          "safeguards.")),
        Cite("FRT-MEASURES-2025:14", T("人脸识别系统须采取加密、安全审计、访问控制等措施。",
                                       "Face-recognition systems must use encryption, audit and access control.")),
        Cite("PIPL:21", T("如由第三方（如云服务商）代为存储，须有委托合同约束，受托方须按约定处理并在结束时删除。",
                          "If a third party (e.g. a cloud provider) stores it, a contract must bind it, and it must delete the "
                          "data when the contract ends.")),
    ), description="stored_off_device is true"),

    Rule("stored-off-device-now", "storage", "rights", ("deletion", "access", "complaint"), off_device, (
        Cite("FRT-MEASURES-2025:8", T("人脸信息存储在识别设备之外；只要仍是这样，自2025年6月1日起，除法律、行政法规另有规定或取得单独同意外，人脸信息应存储于设备内、不得通过互联网对外传输。",
                                      "The face data is stored off the device; as long as that continues, from 2025-06-01 it must "
                                      "stay in the device and not be sent over the internet unless a law provides otherwise or "
                                      "the person separately consents."), ongoing=True),
    ), description="stored_off_device is true, judged again on as_of (storage is ongoing)"),

    Rule("retention-not-stated", "retention", "collection", ("access", "deletion"), retention_not_stated, (
        Cite("PIPL:17", T("没有告知保存期限；保存期限是处理前必须告知的事项。",
                          "No retention period was stated; it is one of the things that must be told before processing.")),
        Cite("FRT-MEASURES-2025:5", T("人脸信息的保存期限须在处理前告知。",
                                      "The retention period of face data must be told before processing.")),
        Cite("PIPL:19", T("保存期限应为实现处理目的所必要的最短时间。",
                          "Data may be kept only for the shortest time the purpose needs.")),
        Cite("FRT-MEASURES-2025:8", T("人脸信息的保存期限不得超过实现处理目的所必需的最短时间。",
                                      "Face data may not be kept longer than the purpose strictly requires.")),
        Cite("NDSMR-2024:21", T("处理规则须写明保存期限和到期后的处理方式。",
                                "Processing rules must state the retention period and what happens afterwards.")),
    ), description="retention_stated is false"),

    Rule("face-is-sensitive", "sensitive", "collection", ("withdrawal", "deletion", "access", "complaint"), always, (
        Cite("PIPL:28", T("人脸信息属于生物识别信息，是敏感个人信息，只有在具有特定目的和充分必要性并采取严格保护措施时才可处理。",
                          "Face data is biometric and therefore sensitive personal information, which may be processed only "
                          "for a specific purpose, with sufficient necessity and strict protection.")),
        Cite("FRT-MEASURES-2025:4", T("应用人脸识别须具有特定目的和充分必要性，采取对个人权益影响最小的方式。",
                                      "Face recognition needs a specific purpose, sufficient necessity and the least intrusive "
                                      "method.")),
        Cite("CIVIL-CODE:1034", T("生物识别信息属于受法律保护的个人信息。", "Biometric information is personal information protected by law.")),
        Cite("SPC-FR-2021:1", T("人脸信息属于《民法典》所称的生物识别信息。",
                                "Face information is biometric information within the meaning of the Civil Code.")),
    ), description="always (a face is biometric, sensitive data)"),

    Rule("assessment", "assessment", "collection", ("access",), always, (
        Cite("FRT-MEASURES-2025:9", T("应用人脸识别前须进行个人信息保护影响评估并记录处理情况；可以要求说明是否做过。",
                                      "A prior impact assessment and processing records are required for face recognition; the "
                                      "holder can be asked whether it made one.")),
        Cite("PIPL:55", T("处理敏感个人信息前须进行个人信息保护影响评估并记录处理情况。",
                          "Processing sensitive data requires a prior impact assessment and processing records.")),
    ), description="always (face processing needs a prior impact assessment)"),

    Rule("damages", "remedy", "collection", ("complaint", "followup"), unlawful_collection, (
        Cite("PIPL:69", T("处理个人信息侵害权益造成损害的，处理者不能证明自己没有过错就须赔偿。",
                          "If the processing caused harm, the holder is liable unless it proves it was not at fault.")),
        Cite("SPC-FR-2021:8", T("为制止侵权支出的合理费用（包括调查取证和律师费）可以作为财产损失请求赔偿。",
                                "Reasonable costs of stopping the infringement, including evidence gathering and lawyer's fees, "
                                "can be claimed as loss.")),
        Cite("CIVIL-CODE:1182", T("侵害人身权益造成财产损失的，按损失或侵权人获益赔偿。",
                                  "Property loss from infringing personal rights is compensated.")),
        Cite("CIVIL-CODE:1183", T("造成严重精神损害的，可以请求精神损害赔偿。",
                                  "Serious mental harm can be compensated.")),
        Cite("CRPL-2013:50", T("经营者侵害消费者个人信息受保护的权利，须停止侵害、赔礼道歉并赔偿损失。",
                               "A business infringing a consumer's data rights must stop, apologise and compensate."),
             when=consumer),
    ), description="the facts show an unlawful collection (damages)"),

    # ================================= rights axis (as_of) ==============================================
    Rule("withdrawal", "withdrawal", "rights", ("withdrawal",), always, (
        Cite("PIPL:15", T("本人有权撤回对处理人脸信息的同意，处理者须提供便捷的撤回方式；撤回不影响撤回前的处理。",
                          "The person may withdraw consent to face processing and the holder must make that easy; withdrawal "
                          "does not affect processing done before it.")),
        Cite("FRT-MEASURES-2025:6", T("基于同意处理人脸信息的，本人有权撤回同意，处理者须提供便捷的撤回方式。",
                                      "Where face processing rests on consent, the person may withdraw it, and the holder must "
                                      "offer an easy way to do so.")),
        Cite("PIPL:44", T("本人有权限制或者拒绝他人处理其个人信息。",
                          "The person may restrict or refuse the processing of their data.")),
        Cite("PIPL:16", T("撤回同意后，处理者不得因此拒绝提供服务（人脸确为服务所必需的除外）。",
                          "After withdrawal the holder may not refuse its service for that reason unless the face is truly "
                          "necessary.")),
        Cite("FRT-MEASURES-2025:10", T("撤回后仍须能使用服务：本人不同意人脸验证时，须提供其他合理、便捷的方式。",
                                       "Service must continue after withdrawal: a person who refuses face verification must be "
                                       "offered a reasonable, convenient alternative."), when=pushed_to_face, ongoing=True),
        Cite("SPC-FR-2021:10", T("物业以人脸识别为唯一出入方式的，业主或使用人可以要求提供其他合理验证方式。",
                                 "An owner or occupant may demand another reasonable way in than face recognition."),
             when=_all(residential, pushed_to_face), ongoing=True),
        Cite("NDSMR-2024:23", T("对撤回同意的请求，处理者须及时受理，不得设置不合理条件。",
                                "A withdrawal must be accepted promptly and without unreasonable conditions.")),
    ), description="always (the right to withdraw consent)"),

    Rule("deletion", "deletion", "rights", ("deletion", "withdrawal"), always, (
        Cite("PIPL:47", T("目的已实现或不再必要、撤回同意、或处理违法时，处理者应主动删除；未删除的，本人有权请求删除。",
                          "The holder must delete on its own when the purpose is met or no longer needs the data, consent is "
                          "withdrawn or processing is unlawful; otherwise the person may demand deletion.")),
        Cite("CIVIL-CODE:1037", T("处理者违反法律、行政法规或约定处理个人信息的，本人有权请求及时删除。",
                                  "Where the holder broke the law or the agreement, the person may demand prompt deletion."),
             when=unlawful_collection),
        Cite("CSL-2016:43", T("网络运营者违反法律、行政法规或约定收集、使用个人信息的，本人有权要求删除。",
                              "Where a network operator collected or used the data in breach of law or agreement, the person may "
                              "require deletion."), when=unlawful_collection),
        Cite("CSL-2025:45", T("网络运营者违反法律、行政法规或约定收集、使用个人信息的，本人有权要求删除。",
                              "Where a network operator collected or used the data in breach of law or agreement, the person may "
                              "require deletion."), when=unlawful_collection),
        Cite("NDSMR-2024:24", T("未依法取得同意而收集的个人信息须删除或匿名化处理。",
                                "Data collected without lawful consent must be deleted or anonymised."),
             when=collected_without_consent),
        Cite("SPC-FR-2021:12", T("如果持有方违反双方约定处理人脸信息（例如单方面改为只能刷脸），本人可以请求其承担违约责任并删除人脸信息，处理者不能以未约定删除为由抗辩。",
                                 "If the holder processed the face against the parties' agreement (e.g. by switching on its own "
                                 "to face-only entry), the person may claim breach of contract and deletion, even without a "
                                 "deletion clause."), when=refused_without_face),
        Cite("PIPL:19", T("保存期限应为实现处理目的所必要的最短时间。",
                          "Data may be kept only as long as the purpose needs.")),
        Cite("FRT-MEASURES-2025:8", T("人脸信息的保存期限不得超过实现处理目的所必需的最短时间。",
                                      "Face data may not be kept longer than the purpose strictly requires."), ongoing=True),
        Cite("PIPL:21", T("受托存储或处理人脸信息的第三方也须删除或返还。",
                          "Contractors that store or process the face data must also delete or return it."), when=off_device),
    ), description="always (the right to deletion)"),

    Rule("access", "access", "rights", ("access",), always, (
        Cite("PIPL:45", T("本人有权查阅、复制其个人信息（包括人脸图像和特征数据），处理者应当及时提供。",
                          "The person may consult and copy their data, face images and templates included, and the holder "
                          "must provide it promptly.")),
        Cite("PIPL:44", T("本人对其个人信息的处理享有知情权。", "The person has the right to know how their data is processed.")),
        Cite("CIVIL-CODE:1037", T("本人可以依法查阅或者复制其个人信息。", "The person may consult or copy their data.")),
        Cite("NDSMR-2024:23", T("查阅、复制请求须及时受理，不得设置不合理条件。",
                                "Access requests must be accepted promptly, without unreasonable conditions.")),
    ), description="always (the right of access)"),

    Rule("explanation", "explanation", "rights", ("access",), always, (
        Cite("PIPL:48", T("本人有权要求处理者解释说明其个人信息处理规则。",
                          "The person may require the holder to explain its processing rules.")),
        Cite("PIPL:17", T("可以要求说明处理目的、方式、种类、保存期限和行使权利的方式。",
                          "The holder can be asked for its purpose, method, kinds of data, retention and how to exercise "
                          "rights.")),
        Cite("PIPL:30", T("可以要求说明处理人脸这一敏感信息的必要性及对个人权益的影响。",
                          "The holder can be asked why processing the face is necessary and how it affects the person.")),
        Cite("FRT-MEASURES-2025:5", T("应用人脸识别须告知的事项包括保存期限、必要性及对个人权益的影响。",
                                      "What must be told for face recognition includes retention, necessity and the effect on "
                                      "the person."), ongoing=True),
        Cite("NDSMR-2024:21", T("处理规则须写明保存期限及行使查阅、删除、撤回同意等权利的途径。",
                                "Processing rules must state retention and how to access, delete and withdraw consent.")),
    ), description="always (the right to an explanation)"),

    Rule("filing", "filing", "rights", ("access", "complaint"), over_100k, (
        Cite("FRT-MEASURES-2025:15", T("持有方存储的人脸信息达到10万人，须在30个工作日内向省级以上网信部门备案；可以询问是否已备案。",
                                       "The holder stores face data of 100,000 people or more and must file with the provincial "
                                       "CAC within 30 working days; it can be asked whether it has filed."), ongoing=True),
    ), description="scale_over_100k is true (filing duty from 2025-06-01)"),

    Rule("complaint", "complaint", "rights", ("complaint",), always, (
        Cite("PIPL:65", T("任何人都可以向履行个人信息保护职责的部门投诉、举报违法处理活动，部门须及时处理并告知结果。",
                          "Anyone may complain about unlawful processing to the authorities, which must deal with it promptly "
                          "and report the outcome.")),
        Cite("PIPL:61", T("受理、处理投诉和举报是这些部门的法定职责。",
                          "Receiving and handling complaints is a statutory duty of those authorities.")),
        Cite("PIPL:60", T("网信部门统筹协调，有关部门在各自职责范围内负责个人信息保护。",
                          "The CAC coordinates and the competent departments act within their remits.")),
        Cite("FRT-MEASURES-2025:17", T("对违法应用人脸识别的活动，可以向履行个人信息保护职责的部门投诉、举报。",
                                       "Unlawful use of face recognition can be reported to the authorities."), ongoing=True),
        Cite("PSVIS-2025:24", T("在私密空间内违法安装的图像采集设备，可以向公安机关举报。",
                                "Cameras installed in private spaces can be reported to the police."), when=in_private_space),
        Cite("CRPL-2013:39", T("消费争议可以向有关行政部门投诉。", "A consumer dispute can be taken to the administrative department."),
             when=consumer),
        Cite("CRPL-REGS-2024:26", T("消费者可以向市场监督管理部门投诉。",
                                    "Consumers may complain to the market-regulation department."), when=consumer),
        Cite("CRPL-REGS-2024:46", T("投诉须写明真实身份、被投诉人、具体请求和事实；部门须在7个工作日内处理并告知。",
                                    "A complaint must give real identity, respondent, requests and facts; the department answers "
                                    "within 7 working days."), when=consumer),
        Cite("CRPL-2013:46", T("行政部门须在收到消费者投诉之日起七个工作日内处理并告知。",
                               "The department must handle a consumer complaint within seven working days."), when=consumer),
    ), description="always (where to complain)"),

    Rule("refusal-remedy", "remedy", "rights", ("withdrawal", "deletion", "access", "followup", "complaint"),
         always, (
        Cite("PIPL:50", T("处理者须建立便捷的申请受理机制，拒绝请求须说明理由；被拒绝的，本人可以向人民法院起诉。",
                          "The holder must have a convenient way to handle requests and give reasons for any refusal; a "
                          "refused person may sue in court.")),
        Cite("NDSMR-2024:23", T("个人行使权利的请求须及时受理，不得设置不合理条件。",
                                "Rights requests must be accepted promptly, without unreasonable conditions."),
             supports=("followup", "withdrawal", "deletion", "access")),
        Cite("PIPL:45", T("查阅、复制请求须及时答复；法律没有规定固定天数，写的是“及时”。",
                          "Access requests must be answered promptly; the law sets no number of days."),
             supports=("followup", "access")),
        Cite("CIVIL-CODE:997", T("侵害正在进行或即将发生、不及时制止将造成难以弥补的损害时，可以申请人格权侵害禁令。",
                                 "If the infringement is ongoing or imminent and would cause irreparable harm, a court "
                                 "injunction can be sought."), when=unlawful_collection, supports=("followup", "complaint")),
        Cite("SPC-FR-2021:9", T("人脸识别侵权正在进行或即将发生的，可以申请法院责令停止。",
                                "A court can be asked to order ongoing face-recognition infringement stopped."),
             when=unlawful_collection, supports=("followup", "complaint")),
    ), description="always (what happens if the holder refuses or stays silent)"),
)
