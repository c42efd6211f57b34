<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="32"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="34"/>
        <source>Case id {0}
Opened {1} (UTC)
Time zone {2}</source>
        <translation>案件编号 {0}
建立于 {1}（UTC）
时区 {2}</translation>
    </message>
</context>
<context>
    <name>DateTimeRow</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="76"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="76"/>
        <source>{0} is known</source>
        <translation>{0}已知</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="83"/>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="83"/>
        <source>{0}: time known</source>
        <translation>{0}：已知具体时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="84"/>
        <source>{0}: time</source>
        <translation>{0}：时间</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="163"/>
        <source>Correct entry {0}</source>
        <translation>更正第 {0} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="163"/>
        <source>Add an entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="167"/>
        <source>The log is append-only: entry {0} stays as it is, and this new entry records the correction.</source>
        <translation>记录只能追加：第 {0} 条保持原样，本条新记录载明更正内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="176"/>
        <source>e.g. SMS: face recognition now required at the gate</source>
        <translation>例如：短信通知入园须使用人脸识别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="181"/>
        <source>How it was obtained (证据来源)</source>
        <translation>如何取得（证据来源）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="183"/>
        <source>What it shows and what it proves (证明对象)</source>
        <translation>内容及所要证明的事实（证明对象）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="185"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="185"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="177"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="186"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="179"/>
        <source>In the case&apos;s time zone, {0}</source>
        <translation>按案件的时区（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="186"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="187"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="192"/>
        <source>in the case&apos;s time zone, {0}</source>
        <translation>按案件的时区：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="195"/>
        <source>Exhibit files (drop them here). The originals are hashed and kept encrypted in the vault.</source>
        <translation>证据文件（可拖放到此处）。原件会计算哈希并加密保存在保险库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="201"/>
        <source>Add files…</source>
        <translation>添加文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="202"/>
        <source>Add exhibit files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="204"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="205"/>
        <source>Remove the selected files</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="219"/>
        <source>Phone, camera, app…</source>
        <translation>手机、相机、应用……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="221"/>
        <source>Capture method</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="217"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="221"/>
        <source>Captured on</source>
        <translation>采集日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="222"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="222"/>
        <source>Collected by</source>
        <translation>收集人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="227"/>
        <source>Once recorded, the entry is permanent: it cannot be edited or deleted, only corrected by a later entry.</source>
        <translation>记录一经保存即永久保留：不能修改或删除，只能用之后的一条更正记录加以更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="231"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="235"/>
        <source>Record permanently</source>
        <translation>永久记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="235"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="243"/>
        <source>Correction of entry {0}: {1}</source>
        <translation>更正第 {0} 条：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="198"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="259"/>
        <source>Exhibit files</source>
        <translation>证据文件</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="66"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="66"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="66"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="66"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="66"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>Timestamp</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="94"/>
        <source>[corrects {0}] </source>
        <translation>[更正第 {0} 条] </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="95"/>
        <source> — corrected by entry {0}</source>
        <translation>（已由第 {0} 条记录更正）</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="47"/>
        <source>&lt;h2&gt;Evidence&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;证据&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="49"/>
        <source>Verify a bundle…</source>
        <translation>核验证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="50"/>
        <source>Check a bundle you received: no vault and no network needed</source>
        <translation>核验收到的证据包：无需保险库，也无需联网</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="56"/>
        <source>Open a vault to keep an evidence log. You can verify a bundle without one.</source>
        <translation>打开保险库后才能记录证据；核验证据包则无需保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="64"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="68"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="76"/>
        <source>New case…</source>
        <translation>新建案件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="88"/>
        <source>What a case is</source>
        <translation>什么是案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="90"/>
        <source>Open your first case…</source>
        <translation>建立第一个案件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="91"/>
        <source>Open your first case</source>
        <translation>建立第一个案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="103"/>
        <source>Add entry…</source>
        <translation>添加记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="106"/>
        <source>Correct…</source>
        <translation>更正……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="108"/>
        <source>From the ledger…</source>
        <translation>从账本添加……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="109"/>
        <source>Add a letter you sent (and its reply) from the ledger, in one step</source>
        <translation>一步添加账本中已发出的信函（及其答复）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="111"/>
        <source>Timestamp…</source>
        <translation>可信时间戳……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="113"/>
        <source>Export bundle…</source>
        <translation>导出证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="115"/>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="116"/>
        <source>Correct the selected entry</source>
        <translation>更正所选记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="117"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="125"/>
        <source>Entries of the case</source>
        <translation>案件的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="135"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="147"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="149"/>
        <source>Cancel the running task</source>
        <translation>取消正在进行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="157"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="234"/>
        <source>No cases yet.</source>
        <translation>还没有案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="235"/>
        <source>A case (案件) is the record of one dispute: what was agreed, what changed, what you asked and what was refused, each with its date and its exhibits (photos, receipts, letters).</source>
        <translation>一个案件就是一次纠纷的完整记录：当初约定了什么、后来改变了什么、您提出了什么要求、对方拒绝了什么，每一项都附有日期和证据文件（照片、收据、信函）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="264"/>
        <source>Case id</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="264"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="265"/>
        <source>Entries</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="265"/>
        <source>Chain head</source>
        <translation>链头哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="266"/>
        <source>Signing key</source>
        <translation>签名公钥指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="283"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="283"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="284"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="284"/>
        <source>Recorded (UTC)</source>
        <translation>记录时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="285"/>
        <source>Previous hash</source>
        <translation>前一条哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="285"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="287"/>
        <source>Corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="287"/>
        <source>entry {0}</source>
        <translation>第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="290"/>
        <source>Corrected by</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="290"/>
        <source>entry {0} (this entry stays as it was recorded)</source>
        <translation>第 {0} 条（本条记录保持原样）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="298"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="308"/>
        <source>Timestamped {0} by {1}</source>
        <translation>时间戳：{0}，由 {1} 签发</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="335"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="344"/>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="364"/>
        <source>Case “{0}” opened.</source>
        <translation>已新建案件“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="77"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="388"/>
        <source>Entry {0} recorded; hash {1}.</source>
        <translation>已记录第 {0} 条，哈希 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="390"/>
        <source>Hashing and storing exhibits…</source>
        <translation>正在计算哈希并保存证据文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="440"/>
        <source>, reply {0}</source>
        <translation>，{0} 答复</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="441"/>
        <source>{0}: {1} sent {2}{3}</source>
        <translation>{0}：{1}，{2} 发出{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="457"/>
        <source>Adding from the ledger…</source>
        <translation>正在从账本添加……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="466"/>
        <source>The ledger has no sent letters yet.</source>
        <translation>账本中还没有已发出的信函。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="115"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="469"/>
        <source>From the ledger</source>
        <translation>从账本添加</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="237"/>
        <source>Entries cannot be edited or deleted afterwards: a mistake is fixed with a correction that points to it, and the exported bundle lets anyone check that nothing was changed.</source>
        <translation>记录保存后不能修改或删除：如有错误，用一条指向它的更正记录加以更正；导出的证据包可供任何人核验内容未被改动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="270"/>
        <source>%n timestamp request(s) queued; use Timestamp… to retry.</source>
        <translation>
            <numerusform>有 %n 个时间戳请求在排队；请点“可信时间戳……”重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="455"/>
        <source>Added %n entries from the ledger.</source>
        <translation>
            <numerusform>已从账本添加 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="469"/>
        <source>Letter sent:</source>
        <translation>已发信函：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="494"/>
        <source>Asking the timestamp authority…</source>
        <translation>正在向时间戳服务机构申请……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="521"/>
        <source>Bundle written: {0} ({1} entries, {2} exhibits, {3} timestamps). Chain head {4}.</source>
        <translation>证据包已写出：{0}（{1} 条记录，{2} 个证据文件，{3} 个时间戳）。链头 {4}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="524"/>
        <source>Writing the bundle…</source>
        <translation>正在写出证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="117"/>
        <source>Export bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="552"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="569"/>
        <source>The bundle is intact.</source>
        <translation>证据包完整无误。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="569"/>
        <source>The bundle does NOT verify.</source>
        <translation>证据包核验未通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="556"/>
        <source>Checking the bundle…</source>
        <translation>正在核验证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="51"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="595"/>
        <source>Verify a bundle</source>
        <translation>核验证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="553"/>
        <source>FAILED: {0}</source>
        <translation>未通过：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="574"/>
        <source>Case: {0} ({1})</source>
        <translation>案件：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="582"/>
        <source>Trusted timestamps:</source>
        <translation>可信时间戳：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="584"/>
        <source>entry {0}: {1} by {2}</source>
        <translation>第 {0} 条记录：{1}，由 {2} 签发</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="596"/>
        <source>ZIP bundle (*.zip);;All files (*)</source>
        <translation>ZIP 证据包 (*.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="388"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="410"/>
        <source>Export bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="391"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="404"/>
        <source>Bundle file</source>
        <translation>证据包文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="393"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="393"/>
        <source>Choose where to save the bundle</source>
        <translation>选择证据包的保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="398"/>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="402"/>
        <source>The language of report.pdf and the exhibit list; for a court in China, choose 中文.</source>
        <translation>report.pdf 和证据目录使用的语言；提交给中国法院时请选择中文。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="405"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="407"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="407"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="411"/>
        <source>ZIP bundle (*.zip)</source>
        <translation>ZIP 证据包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="354"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="357"/>
        <source>Name of the case</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="358"/>
        <source>e.g. 郭某诉某野生动物世界</source>
        <translation>例如：郭某诉某野生动物世界</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="359"/>
        <source>What the case is about</source>
        <translation>案件说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="361"/>
        <source>Time zone of the events</source>
        <translation>事件发生地的时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="362"/>
        <source>Dates and times of the entries are in this zone; it is recorded in the signed case header and cannot be changed later.</source>
        <translation>各条记录的日期和时间都按这个时区理解；它写入签名的案件信息，之后不能更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="364"/>
        <source>Name of the case (案件名称)</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="365"/>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="366"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="368"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="372"/>
        <source>Open the case</source>
        <translation>建立案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="372"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StampDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="294"/>
        <source>Trusted timestamp (RFC 3161)</source>
        <translation>可信时间戳（RFC 3161）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="296"/>
        <source>FaceLedger will send only the SHA-256 hashes of the entries (never their content or files) to the Time Stamping Authority you choose. If it cannot be reached, the request is queued and nothing is lost.</source>
        <translation>人脸账本只会把记录的 SHA-256 哈希值（绝不含内容或文件）发送给您选择的时间戳服务机构（TSA）。无法连接时，请求会排队等待重试，不会丢失任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="318"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="324"/>
        <source>The chain head (covers every entry so far)</source>
        <translation>链头（涵盖目前所有记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="325"/>
        <source>Every entry not yet stamped, and the head</source>
        <translation>每条尚无时间戳的记录，以及链头</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="306"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="327"/>
        <source>TSA address</source>
        <translation>TSA 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="302"/>
        <source>Time Stamping Authority</source>
        <translation>时间戳服务机构</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="305"/>
        <source>Another address…</source>
        <translation>其他地址……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="314"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="328"/>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="315"/>
        <source>Empty: the system&apos;s roots</source>
        <translation>留空：使用系统根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="316"/>
        <source>The TSA&apos;s root certificate (PEM). FreeTSA&apos;s is not among the system&apos;s roots: download cacert.pem from freetsa.org and choose it here.</source>
        <translation>时间戳服务机构的根证书（PEM 格式）。FreeTSA 的根证书不在系统根证书中：请从 freetsa.org 下载 cacert.pem 并在此选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="318"/>
        <source>Choose the root certificate</source>
        <translation>选择根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="323"/>
        <source>What to stamp</source>
        <translation>加盖范围</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="326"/>
        <source>Authority</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="329"/>
        <source>Stamp</source>
        <translation>加盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="331"/>
        <source>Request timestamp</source>
        <translation>申请时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="331"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="342"/>
        <source>TSA root certificate</source>
        <translation>TSA 根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="343"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
</TS>
