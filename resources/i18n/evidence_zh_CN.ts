<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="31"/>
        <source>{0}  ({1} entries)</source>
        <translation>{0}（{1} 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="33"/>
        <source>Case id {0}
Opened {1} (UTC)
Time zone {2}</source>
        <translation>案件编号 {0}
建立于 {1}（UTC）
时区 {2}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="60"/>
        <source>Correct entry {0}</source>
        <translation>更正第 {0} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="60"/>
        <source>Add an entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="64"/>
        <source>The log is append-only: entry {0} stays as it is, and this new entry records the correction.</source>
        <translation>记录只能追加：第 {0} 条保持原样，本条新记录载明更正内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="73"/>
        <source>e.g. SMS: face recognition now required at the gate</source>
        <translation>例如：短信通知入园须使用人脸识别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="75"/>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DD 或 YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="77"/>
        <source>How it was obtained (证据来源)</source>
        <translation>如何取得（证据来源）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="79"/>
        <source>What it shows and what it proves (证明对象)</source>
        <translation>内容及所要证明的事实（证明对象）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="81"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="81"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="82"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="82"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="83"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="88"/>
        <source>Exhibit files (drop them here). The originals are hashed and kept encrypted in the vault.</source>
        <translation>证据文件（可拖放到此处）。原件会计算哈希并加密保存在数据库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="94"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="95"/>
        <source>Add exhibit files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="97"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="98"/>
        <source>Remove the selected files</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="111"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="113"/>
        <source>Phone, camera, app…</source>
        <translation>手机、相机、应用…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="115"/>
        <source>Capture method</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="115"/>
        <source>Captured on</source>
        <translation>采集日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="116"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="116"/>
        <source>Collected by</source>
        <translation>收集人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="135"/>
        <source>Correction of entry {0}: {1}</source>
        <translation>更正第 {0} 条：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="91"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="151"/>
        <source>Exhibit files</source>
        <translation>证据文件</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="51"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="51"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="51"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="51"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="51"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="52"/>
        <source>Timestamp</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="52"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="74"/>
        <source>[corrects {0}] </source>
        <translation>[更正第 {0} 条] </translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="43"/>
        <source>&lt;h2&gt;Evidence&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;证据&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="45"/>
        <source>Verify a bundle…</source>
        <translation>核验证据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="46"/>
        <source>Check a bundle you received: no vault and no network needed</source>
        <translation>核验收到的证据包：无需数据库，也无需联网</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="52"/>
        <source>Open a vault to keep an evidence log. You can verify a bundle without one.</source>
        <translation>打开数据库后才能记录证据；核验证据包则无需数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="60"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="64"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="67"/>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="77"/>
        <source>Add entry…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="80"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="82"/>
        <source>From the ledger…</source>
        <translation>从账本添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="83"/>
        <source>Add a letter you sent (and its reply) from the ledger, in one step</source>
        <translation>一步添加账本中已发出的信函（及其答复）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="85"/>
        <source>Timestamp…</source>
        <translation>可信时间戳…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="87"/>
        <source>Export bundle…</source>
        <translation>导出证据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="89"/>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="90"/>
        <source>Correct the selected entry</source>
        <translation>更正所选记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="91"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="99"/>
        <source>Entries of the case</source>
        <translation>案件的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="109"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="120"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="121"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="122"/>
        <source>Cancel the running task</source>
        <translation>取消正在进行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="130"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="204"/>
        <source>No cases yet.</source>
        <translation>还没有案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="205"/>
        <source>A case (案件) is the record of one dispute: what was agreed, what changed, what you asked and what was refused, each with its date and its exhibits (photos, receipts, letters).</source>
        <translation>一个案件就是一次纠纷的完整记录：当初约定了什么、后来改变了什么、你提出了什么要求、对方拒绝了什么，每一项都附有日期和证据文件（照片、收据、信函）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="207"/>
        <source>Start with “New case…”. Entries cannot be edited or deleted afterwards: a mistake is fixed with a correction that points to it, and the exported bundle lets anyone check that nothing was changed.</source>
        <translation>请从“新建案件…”开始。记录一经保存便不能修改或删除：如有错误，可添加一条指向原记录的更正；导出的证据包可让任何人核验其中内容未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="235"/>
        <source>Case id</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="235"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="236"/>
        <source>Entries</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="236"/>
        <source>Chain head</source>
        <translation>链头哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="237"/>
        <source>Signing key</source>
        <translation>签名公钥指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="241"/>
        <source>{0} timestamp request(s) are queued; use Timestamp… to retry.</source>
        <translation>有 {0} 个时间戳请求在排队；请点“可信时间戳…”重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="254"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="254"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="255"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="255"/>
        <source>Recorded (UTC)</source>
        <translation>记录时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="256"/>
        <source>Previous hash</source>
        <translation>前一条哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="256"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="258"/>
        <source>Corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="258"/>
        <source>entry {0}</source>
        <translation>第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="265"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="275"/>
        <source>Timestamped {0} by {1}</source>
        <translation>时间戳：{0}，由 {1} 签发</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="302"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="311"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="324"/>
        <source>Case “{0}” opened.</source>
        <translation>已新建案件“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="68"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="328"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="328"/>
        <source>Name of the case (案件名称):</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="341"/>
        <source>Entry {0} recorded; hash {1}.</source>
        <translation>已记录第 {0} 条，哈希 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="343"/>
        <source>Hashing and storing exhibits…</source>
        <translation>正在计算哈希并保存证据文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="392"/>
        <source>, reply {0}</source>
        <translation>，{0} 答复</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="393"/>
        <source>{0}: {1} sent {2}{3}</source>
        <translation>{0}：{1}，{2} 发出{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="407"/>
        <source>Added {0} entries from the ledger.</source>
        <translation>已从账本添加 {0} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="409"/>
        <source>Adding from the ledger…</source>
        <translation>正在从账本添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="418"/>
        <source>The ledger has no sent letters yet.</source>
        <translation>账本中还没有已发出的信函。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="89"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="421"/>
        <source>From the ledger</source>
        <translation>从账本添加</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="421"/>
        <source>Letter sent:</source>
        <translation>已发信函：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="446"/>
        <source>Asking the timestamp authority…</source>
        <translation>正在向时间戳服务机构申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="469"/>
        <source>Bundle written: {0} ({1} entries, {2} exhibits, {3} timestamps). Chain head {4}.</source>
        <translation>证据包已写出：{0}（{1} 条记录，{2} 个证据文件，{3} 个时间戳）。链头 {4}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="472"/>
        <source>Writing the bundle…</source>
        <translation>正在写出证据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="91"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="476"/>
        <source>Export bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="477"/>
        <source>ZIP bundle (*.zip)</source>
        <translation>ZIP 证据包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="489"/>
        <source>The bundle is intact.</source>
        <translation>证据包完整无误。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="489"/>
        <source>The bundle does NOT verify.</source>
        <translation>证据包核验未通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="494"/>
        <source>Checking the bundle…</source>
        <translation>正在核验证据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="47"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="497"/>
        <source>Verify a bundle</source>
        <translation>核验证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="498"/>
        <source>ZIP bundle (*.zip);;All files (*)</source>
        <translation>ZIP 证据包 (*.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>StampDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="186"/>
        <source>Trusted timestamp (RFC 3161)</source>
        <translation>可信时间戳（RFC 3161）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="188"/>
        <source>FaceLedger will send only the SHA-256 hashes of the entries (never their content or files) to the Time Stamping Authority you choose. If it cannot be reached, the request is queued and nothing is lost.</source>
        <translation>人脸账本只会把记录的 SHA-256 哈希值（绝不含内容或文件）发送给您选择的时间戳服务机构（TSA）。无法连接时，请求会排队等待重试，不会丢失任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="197"/>
        <source>The TSA&apos;s root certificate (PEM); empty: system roots</source>
        <translation>TSA 的根证书（PEM）；留空则使用系统根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="198"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="204"/>
        <source>The chain head (covers every entry so far)</source>
        <translation>链头（涵盖目前所有记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="205"/>
        <source>Every entry not yet stamped, and the head</source>
        <translation>每条尚无时间戳的记录，以及链头</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="206"/>
        <source>TSA address</source>
        <translation>TSA 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="207"/>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="208"/>
        <source>Stamp</source>
        <translation>加盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="216"/>
        <source>TSA root certificate</source>
        <translation>TSA 根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="217"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
</TS>
