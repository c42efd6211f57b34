<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LettersLabels</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="12" />
        <source>Withdraw consent (撤回同意)</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="12" />
        <source>Delete my data (删除)</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="13" />
        <source>Access, copy and explanation (查阅、复制、解释说明)</source>
        <translation>查阅、复制、解释说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="14" />
        <source>Follow-up after silence (催告)</source>
        <translation>催告（对方未答复）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="14" />
        <source>Complaint to a regulator (投诉举报)</source>
        <translation>向监管部门投诉举报</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="18" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="18" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="18" />
        <source>Chinese and English (Chinese first)</source>
        <translation>中英双语（中文在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="22" />
        <source>FaceLedger: replies due</source>
        <translation>人脸账本：答复期限提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="26" />
        <source>{0}: no reply since {1}. Next: {2}.</source>
        <translation>{0}：自 {1} 起未答复。下一步：{2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="30" />
        <source>{0}: reply due on {1}.</source>
        <translation>{0}：答复期限为 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="34" />
        <source>{0} overdue, {1} due within 3 days</source>
        <translation>{0} 项已逾期，{1} 项将在 3 天内到期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_labels.py" line="38" />
        <source>Show FaceLedger</source>
        <translation>显示人脸账本</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="72" />
        <source>&lt;h2&gt;Letters&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;信函&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="73" />
        <source>Open a vault first: letters are written from your ledger.</source>
        <translation>请先打开一个保险库：信函根据您的账本生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="75" />
        <source>Needs a next letter</source>
        <translation>需要再写一封信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="80" />
        <source>Write it</source>
        <translation>撰写</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="87" />
        <source>1. Holder and facts</source>
        <translation>1. 持有方与事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="87" />
        <source>2. Law and letter</source>
        <translation>2. 法律依据与信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="88" />
        <source>3. Preview and send</source>
        <translation>3. 预览与发送</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="101" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="102" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="122" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="373" />
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="123" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="377" />
        <source>Collection</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="127" />
        <source>Your details (printed in the letter; only what the holder needs)</source>
        <translation>您的信息（将写入信函；只提供对方所需的信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="134" />
        <source>member, card or account number the holder knows you by</source>
        <translation>对方用来识别您的会员号、卡号或账户号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="135" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="136" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="374" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="137" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="138" />
        <source>Postal address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="139" />
        <source>Member / account no.</source>
        <translation>会员号／账户号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="158" />
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="159" />
        <source>Your own deadline: no statute fixes a number of days (PIPL says 及时, promptly).</source>
        <translation>这是您自己设定的期限：法律没有规定具体天数（《个人信息保护法》要求“及时”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="163" />
        <source>e.g. the city's cyberspace administration or market regulation bureau</source>
        <translation>例如：市网信办或市场监督管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="174" />
        <source>Letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="175" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="176" />
        <source>Reply within</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="177" />
        <source>Earlier request</source>
        <translation>此前的请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="167" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="178" />
        <source>Suggested addressee</source>
        <translation>建议的收件部门</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="168" />
        <source>Where a complaint can go, in the order the facts suggest. Choosing one fills in the regulator; write the office of your place.</source>
        <translation>按事实建议的投诉去向，依次排列。选择后会填入收件部门；请写明您所在地的具体部门。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="170" />
        <source>Full detail: every provision with its text in the letter</source>
        <translation>详细版：列出全部条文并在正文中引用原文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="171" />
        <source>Full detail</source>
        <translation>详细版</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="172" />
        <source>By default the letter cites the few provisions that matter and puts their texts in an annex, so that its body fits on two pages.</source>
        <translation>默认只引用最关键的几条规定，条文原文放在附件中，使正文不超过两页。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="179" />
        <source>Regulator (complaint)</source>
        <translation>受理部门（投诉）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="180" />
        <source>Regulator e-mail</source>
        <translation>受理部门电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="184" />
        <source>Which letter fits, and what would change it:</source>
        <translation>适合先发哪种信函，以及哪些事实会改变判断：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="185" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="186" />
        <source>Use the suggested letter</source>
        <translation>使用建议的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="190" />
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="192" />
        <source>What the law says about these facts:</source>
        <translation>针对这些事实的法律规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="194" />
        <source>Findings</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="213" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="214" />
        <source>Export Word…</source>
        <translation>导出 Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="215" />
        <source>Save e-mail…</source>
        <translation>保存电子邮件…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="216" />
        <source>Open in mail client</source>
        <translation>在邮件程序中打开</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="217" />
        <source>Copy text</source>
        <translation>复制正文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="218" />
        <source>Add deadline to calendar…</source>
        <translation>将期限加入日历…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="219" />
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="341" />
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="346" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="366" />
        <source>&lt;p&gt;Add a holder and how it took your face on the Ledger page first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请先在“账本”页面添加持有方及其采集您人脸的情况。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="373" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="374" />
        <source>(none: the letter can be printed or sent by post)</source>
        <translation>（无：信函可以打印或邮寄）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="377" />
        <source>(none recorded: the letter will state no facts)</source>
        <translation>（未记录：信函将不陈述事实）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="381" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="381" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="382" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="384" />
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="382" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="383" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="385" />
        <source>Consent</source>
        <translation>同意情况</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="386" />
        <source>The holder relies on</source>
        <translation>持有方所称的处理依据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="388" />
        <source>Used to recognise you</source>
        <translation>是否用于识别您的身份</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="392" />
        <source>Whose face</source>
        <translation>谁的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="397" />
        <source>Inferred</source>
        <translation>推断的特征</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="421" />
        <source>Choose a holder first.</source>
        <translation>请先选择持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="452" />
        <source>Which letter fits first</source>
        <translation>适合先发的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="452" />
        <source>Where a complaint can go</source>
        <translation>投诉去向</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="453" />
        <source>Facts that would change the analysis</source>
        <translation>会改变判断的事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="453" />
        <source>Time limits</source>
        <translation>时效</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="536" />
        <source>What the letter rests on</source>
        <translation>信函所依据的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="536" />
        <source>What may have been breached</source>
        <translation>可能违反的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="537" />
        <source>What the department may and must do</source>
        <translation>部门的职责</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="538" />
        <source>What a court may order</source>
        <translation>法院的救济</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="538" />
        <source>The 2023 draft (not law)</source>
        <translation>2023年征求意见稿（不是法律）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="557" />
        <source>The wording of this article is not verified: the letter cites it by number only.</source>
        <translation>该条原文尚未核实：信函只引用条文编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="543" />
        <source>No provision applies to these facts on these dates.</source>
        <translation>按这些事实和日期，没有可适用的条文。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="566" />
        <source>Reference {0}. Reply requested by {1} ({2} working days).</source>
        <translation>编号 {0}。要求在 {1} 前答复（{2} 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="583" />
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="600" />
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="617" />
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="675" />
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="628" />
        <source>Recorded as request {0} (draft). Mark it sent when it has gone out.</source>
        <translation>已记录为请求 {0}（草稿）。寄出后请标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="644" />
        <source>The letter is too long for a mail link: its text is on the clipboard. Paste it into the message, or use “Save e-mail…” and open that file.</source>
        <translation>信函太长，无法放入邮件链接：正文已复制到剪贴板。请粘贴到邮件中，或使用“保存电子邮件…”并打开该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="653" />
        <source>The letter's text is on the clipboard.</source>
        <translation>信函正文已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="658" />
        <source>Save the deadline</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="673" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="689" />
        <source>Request {0} marked as sent on {1}; reply due {2}.</source>
        <translation>请求 {0} 已于 {1} 标记为已发送；答复期限 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="699" />
        <source>Your name is needed: it is printed in the letter.</source>
        <translation>需要填写您的姓名：它会写在信函中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="704" />
        <source>Give at least one way to answer you: an e-mail address, a phone number or a postal address.</source>
        <translation>请至少提供一种对方答复您的方式：电子邮箱、电话或通信地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="706" />
        <source>“{0}” is not an e-mail address.</source>
        <translation>“{0}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="714" />
        <source>Letters</source>
        <translation>信函</translation>
    </message>
</context>
</TS>