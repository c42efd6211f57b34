<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_preview.py" line="141"/>
        <source>Letter preview</source>
        <translation>信函预览</translation>
    </message>
</context>
<context>
    <name>LettersLabels</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="12"/>
        <source>Withdraw consent (撤回同意)</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="12"/>
        <source>Delete my data (删除)</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="13"/>
        <source>Access, copy and explanation (查阅、复制、解释说明)</source>
        <translation>查阅、复制、解释说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="14"/>
        <source>Follow-up after silence (催告)</source>
        <translation>催告（对方未答复）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="14"/>
        <source>Complaint to a regulator (投诉举报)</source>
        <translation>向监管部门投诉举报</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="18"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="18"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="18"/>
        <source>Chinese and English (Chinese first)</source>
        <translation>中英双语（中文在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="22"/>
        <source>FaceLedger: replies due</source>
        <translation>人脸账本：答复期限提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="26"/>
        <source>{0}: no reply since {1}. Next: {2}.</source>
        <translation>{0}：自 {1} 起未答复。下一步：{2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="30"/>
        <source>{0}: reply due on {1}.</source>
        <translation>{0}：答复期限为 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="34"/>
        <source>{0} overdue, {1} due within 3 days</source>
        <translation>{0} 项已逾期，{1} 项将在 3 天内到期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="38"/>
        <source>Show FaceLedger</source>
        <translation>显示人脸账本</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="76"/>
        <source>Open a vault first: letters are written from your ledger.</source>
        <translation>请先打开一个保险库：信函根据您的账本生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="78"/>
        <source>Needs a next letter</source>
        <translation>需要再写一封信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="81"/>
        <source>Requests that need a next letter</source>
        <translation>需要写下一封信函的请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="84"/>
        <source>Write it</source>
        <translation>撰写</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="91"/>
        <source>1. Holder and facts</source>
        <translation>1. 持有方与事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="91"/>
        <source>2. Law and letter</source>
        <translation>2. 法律依据与信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="92"/>
        <source>3. Preview and send</source>
        <translation>3. 预览与发送</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="95"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="107"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="108"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="129"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="427"/>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="130"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="431"/>
        <source>Collection</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="133"/>
        <source>Facts from the ledger</source>
        <translation>账本中的事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="145"/>
        <source>member, card or account number the holder knows you by</source>
        <translation>持有方用来识别您的会员号、卡号或账户号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="146"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="147"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="428"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="148"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="149"/>
        <source>Postal address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="150"/>
        <source>Member / account no.</source>
        <translation>会员号／账户号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="169"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="170"/>
        <source>Your own deadline: no statute fixes a number of days (PIPL says 及时, promptly).</source>
        <translation>这是您自己设定的期限：法律没有规定具体天数（《个人信息保护法》要求“及时”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="174"/>
        <source>e.g. the city&apos;s cyberspace administration or market regulation bureau</source>
        <translation>例如：市网信办或市场监督管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="178"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="194"/>
        <source>Suggested addressee</source>
        <translation>建议的收件部门</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="179"/>
        <source>Where a complaint can go, in the order the facts suggest. Choosing one fills in the regulator; write the office of your place.</source>
        <translation>按事实建议的投诉去向，依次排列。选择后会填入收件部门；请写明您所在地的具体部门。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="181"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="182"/>
        <source>Full detail</source>
        <translation>详细版</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="183"/>
        <source>every provision with its text in the letter</source>
        <translation>列出全部条文，并在正文中引用原文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="188"/>
        <source>By default the letter cites the few provisions that matter and puts their texts in an annex, so that its body fits on two pages.</source>
        <translation>默认只引用最关键的几条规定，条文原文放在附件中，使正文不超过两页。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="190"/>
        <source>Letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="191"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="192"/>
        <source>Reply within</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="193"/>
        <source>Earlier request</source>
        <translation>此前的请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="195"/>
        <source>Regulator (complaint)</source>
        <translation>受理部门（投诉）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="196"/>
        <source>Regulator e-mail</source>
        <translation>受理部门电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="200"/>
        <source>Which letter fits, and what would change it:</source>
        <translation>适合先发哪种信函，以及哪些事实会改变判断：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="203"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="204"/>
        <source>Use the suggested letter</source>
        <translation>使用建议的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="208"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="210"/>
        <source>What the law says about these facts:</source>
        <translation>针对这些事实的法律规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="212"/>
        <source>What the law says</source>
        <translation>法律规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="233"/>
        <source>Save or send:</source>
        <translation>保存或发送：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="234"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="235"/>
        <source>Export Word…</source>
        <translation>导出 Word……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="236"/>
        <source>Save e-mail…</source>
        <translation>保存电子邮件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="237"/>
        <source>Open in mail client</source>
        <translation>在邮件程序中打开</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="238"/>
        <source>Copy text</source>
        <translation>复制正文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="244"/>
        <source>Then:</source>
        <translation>然后：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="245"/>
        <source>Mark as sent…</source>
        <translation>标记为已发出……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="246"/>
        <source>Discard draft…</source>
        <translation>丢弃草稿……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="247"/>
        <source>Add deadline to calendar…</source>
        <translation>将期限加入日历……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="268"/>
        <source>Export the letter or open it in your mail client first: that records the request.</source>
        <translation>请先导出信函或在邮件程序中打开它：这样才会记录这个请求。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="270"/>
        <source>This request is already marked as sent.</source>
        <translation>这个请求已标记为已发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="272"/>
        <source>A sent request is not a draft: delete it on the Ledger page if you must.</source>
        <translation>已发出的请求不是草稿：如确需移除，请在“账本”页面删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="297"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="580"/>
        <source>Open or unlock a vault first: letters are written from your ledger.</source>
        <translation>请先打开或解锁保险库：信函根据您的账本生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="334"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0}——{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="440"/>
        <source>The holder relies on</source>
        <translation>持有方所称的处理依据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="442"/>
        <source>Used to recognise you</source>
        <translation>是否用于识别您的身份</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="446"/>
        <source>Whose face</source>
        <translation>谁的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="506"/>
        <source>Which letter fits first</source>
        <translation>适合先发的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="506"/>
        <source>Where a complaint can go</source>
        <translation>投诉去向</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="507"/>
        <source>Facts that would change the analysis</source>
        <translation>会改变判断的事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="507"/>
        <source>Time limits</source>
        <translation>时效</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="596"/>
        <source>What the letter rests on</source>
        <translation>信函所依据的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="596"/>
        <source>What may have been breached</source>
        <translation>可能违反的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="597"/>
        <source>What the department may and must do</source>
        <translation>部门的职责</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="598"/>
        <source>What a court may order</source>
        <translation>法院的救济</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="598"/>
        <source>The 2023 draft (not law)</source>
        <translation>2023年征求意见稿（不是法律）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="692"/>
        <source>Recorded as request {0} (draft) with %n file(s). Mark it sent when it has gone out.</source>
        <translation>
            <numerusform>已记录为请求 {0}（草稿），含 %n 个文件。寄出后请标记为已发出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="695"/>
        <source>Request {0} now has %n file(s).</source>
        <translation>
            <numerusform>请求 {0} 现有 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="395"/>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="400"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="420"/>
        <source>&lt;p&gt;Add a holder and how it took your face on the Ledger page first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请先在“账本”页面添加持有方及其采集您人脸的情况。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="427"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="428"/>
        <source>(none: the letter can be printed or sent by post)</source>
        <translation>（无：信函可以打印或邮寄）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="431"/>
        <source>(none recorded: the letter will state no facts)</source>
        <translation>（未记录：信函将不陈述事实）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="435"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="435"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="436"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="438"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="436"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="437"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="439"/>
        <source>Consent</source>
        <translation>同意情况</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="451"/>
        <source>Inferred</source>
        <translation>推断的特征</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="475"/>
        <source>Choose a holder first.</source>
        <translation>请先选择持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="581"/>
        <source>This is the last step.</source>
        <translation>这已是最后一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="618"/>
        <source>The wording of this article is not verified: the letter cites it by number only.</source>
        <translation>该条原文尚未核实：信函只引用条文编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="603"/>
        <source>No provision applies to these facts on these dates.</source>
        <translation>按这些事实和日期，没有可适用的条文。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="135"/>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="137"/>
        <source>Printed in the letter; give only what the holder needs to find you.</source>
        <translation>将写入信函；只需提供持有方找到您所需的信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="627"/>
        <source>Reference {0}. Reply requested by {1} ({2} working days).</source>
        <translation>编号 {0}。要求在 {1} 前答复（{2} 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="643"/>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="660"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="672"/>
        <source>The holder has no e-mail address: add one on the Ledger page, or send the PDF by post.</source>
        <translation>这个持有方没有电子邮箱：请在“账本”页面添加，或邮寄 PDF 打印件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="678"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="742"/>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="711"/>
        <source>The letter is too long for a mail link: its text is on the clipboard. Paste it into the message, or use “Save e-mail…” and open that file.</source>
        <translation>信函太长，无法放入邮件链接：正文已复制到剪贴板。请粘贴到邮件中，或使用“保存电子邮件……”并打开该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="720"/>
        <source>The letter&apos;s text is on the clipboard.</source>
        <translation>信函正文已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="725"/>
        <source>Save the deadline</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="740"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="767"/>
        <source>Request {0} marked as sent on {1}; reply due {2}.</source>
        <translation>请求 {0} 已于 {1} 标记为已发送；答复期限 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="778"/>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="779"/>
        <source>Discard request {0} and its letter files? It was never sent.</source>
        <translation>丢弃请求 {0} 及其信函文件？它从未发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="790"/>
        <source>The draft was discarded.</source>
        <translation>草稿已丢弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="798"/>
        <source>Your name is needed: it is printed in the letter.</source>
        <translation>需要填写您的姓名：它会写在信函中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="803"/>
        <source>Give at least one way to answer you: an e-mail address, a phone number or a postal address.</source>
        <translation>请至少提供一种对方答复您的方式：电子邮箱、电话或通信地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="805"/>
        <source>“{0}” is not an e-mail address.</source>
        <translation>“{0}”不是有效的电子邮箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="75"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="813"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_sent_dialog.py" line="18"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_sent_dialog.py" line="36"/>
        <source>Mark as sent</source>
        <translation>标记为已发出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_sent_dialog.py" line="20"/>
        <source>The reply is due counted from the day the letter went out.</source>
        <translation>答复期限从信函实际发出之日起计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_sent_dialog.py" line="27"/>
        <source>Sent on:</source>
        <translation>发出日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_sent_dialog.py" line="33"/>
        <source>Sent by:</source>
        <translation>发送方式：</translation>
    </message>
</context>
</TS>
