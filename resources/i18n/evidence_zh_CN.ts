<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="33"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="35"/>
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
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="77"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="77"/>
        <source>{0} is known</source>
        <translation>{0}已知</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="84"/>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="84"/>
        <source>{0}: time known</source>
        <translation>{0}：已知具体时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="85"/>
        <source>{0}: time</source>
        <translation>{0}：时间</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="164"/>
        <source>Correct entry {0}</source>
        <translation>更正第 {0} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="164"/>
        <source>Add an entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="168"/>
        <source>The log is append-only: entry {0} stays as it is, and this new entry records the correction.</source>
        <translation>记录只能追加：第 {0} 条保持原样，本条新记录载明更正内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="177"/>
        <source>e.g. SMS: face recognition now required at the gate</source>
        <translation>例如：短信通知入园须使用人脸识别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="182"/>
        <source>How it was obtained (证据来源)</source>
        <translation>如何取得（证据来源）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="184"/>
        <source>What it shows and what it proves (证明对象)</source>
        <translation>内容及所要证明的事实（证明对象）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="186"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="186"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="178"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="187"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="180"/>
        <source>In the case&apos;s time zone, {0}</source>
        <translation>按案件的时区（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="187"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="188"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="193"/>
        <source>in the case&apos;s time zone, {0}</source>
        <translation>按案件的时区：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="196"/>
        <source>Exhibit files (drop them here). The originals are hashed and kept encrypted in the vault.</source>
        <translation>证据文件（可拖放到此处）。原件会计算哈希并加密保存在保险库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="202"/>
        <source>Add files…</source>
        <translation>添加文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="203"/>
        <source>Add exhibit files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="205"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="206"/>
        <source>Remove the selected files</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="220"/>
        <source>Phone, camera, app…</source>
        <translation>手机、相机、应用……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="222"/>
        <source>Capture method</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="218"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="222"/>
        <source>Captured on</source>
        <translation>采集日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="223"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="223"/>
        <source>Collected by</source>
        <translation>收集人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="228"/>
        <source>Once recorded, the entry is permanent: it cannot be edited or deleted, only corrected by a later entry.</source>
        <translation>记录一经保存即永久保留：不能修改或删除，只能用之后的一条更正记录加以更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="232"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="236"/>
        <source>Record permanently</source>
        <translation>永久记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="236"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="244"/>
        <source>Correction of entry {0}: {1}</source>
        <translation>更正第 {0} 条：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="199"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="260"/>
        <source>Exhibit files</source>
        <translation>证据文件</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="67"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="68"/>
        <source>Timestamp</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="68"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="95"/>
        <source>[corrects {0}] </source>
        <translation>【更正第 {0} 条】</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="96"/>
        <source> — corrected by entry {0}</source>
        <translation>（已由第 {0} 条记录更正）</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="51"/>
        <source>Verify a bundle…</source>
        <translation>核验证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="52"/>
        <source>Check a bundle you received: no vault and no network needed</source>
        <translation>核验收到的证据包：无需保险库，也无需联网</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="58"/>
        <source>Open a vault to keep an evidence log. You can verify a bundle without one.</source>
        <translation>打开保险库后才能记录证据；核验证据包则无需保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="66"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="70"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="78"/>
        <source>New case…</source>
        <translation>新建案件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="90"/>
        <source>What a case is</source>
        <translation>什么是案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="92"/>
        <source>Open your first case…</source>
        <translation>建立第一个案件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="93"/>
        <source>Open your first case</source>
        <translation>建立第一个案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="105"/>
        <source>Add entry…</source>
        <translation>添加记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="108"/>
        <source>Correct…</source>
        <translation>更正……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="110"/>
        <source>From the ledger…</source>
        <translation>从账本添加……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="111"/>
        <source>Add a letter you sent (and its reply) from the ledger, in one step</source>
        <translation>一步添加账本中已发出的信函（及其答复）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="113"/>
        <source>Timestamp…</source>
        <translation>可信时间戳……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="115"/>
        <source>Export bundle…</source>
        <translation>导出证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="117"/>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="118"/>
        <source>Correct the selected entry</source>
        <translation>更正所选记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="119"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="126"/>
        <source>Entries of the case</source>
        <translation>案件的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="136"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="148"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="149"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="150"/>
        <source>Cancel the running task</source>
        <translation>取消正在进行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="158"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="235"/>
        <source>No cases yet.</source>
        <translation>还没有案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="236"/>
        <source>A case (案件) is the record of one dispute: what was agreed, what changed, what you asked and what was refused, each with its date and its exhibits (photos, receipts, letters).</source>
        <translation>一个案件就是一次纠纷的完整记录：当初约定了什么、后来改变了什么、您提出了什么要求、对方拒绝了什么，每一项都附有日期和证据文件（照片、收据、信函）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="265"/>
        <source>Case id</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="265"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="266"/>
        <source>Entries</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="266"/>
        <source>Chain head</source>
        <translation>链头哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="267"/>
        <source>Signing key</source>
        <translation>签名公钥指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="284"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="284"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="285"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="285"/>
        <source>Recorded (UTC)</source>
        <translation>记录时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="286"/>
        <source>Previous hash</source>
        <translation>前一条哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="286"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="288"/>
        <source>Corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="288"/>
        <source>entry {0}</source>
        <translation>第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="291"/>
        <source>Corrected by</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="291"/>
        <source>entry {0} (this entry stays as it was recorded)</source>
        <translation>第 {0} 条（本条记录保持原样）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="299"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="305"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="310"/>
        <source>Timestamped {0} by {1}</source>
        <translation>时间戳：{0}，由 {1} 签发</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="337"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="346"/>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="366"/>
        <source>Case “{0}” opened.</source>
        <translation>已新建案件“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="79"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="390"/>
        <source>Entry {0} recorded; hash {1}.</source>
        <translation>已记录第 {0} 条，哈希 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="392"/>
        <source>Hashing and storing exhibits…</source>
        <translation>正在计算哈希并保存证据文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="443"/>
        <source>, reply {0}</source>
        <translation>，{0} 答复</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="445"/>
        <source>{0}: {1} sent {2}{3}</source>
        <translation>{0}：{1}，{2} 发出{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="461"/>
        <source>Adding from the ledger…</source>
        <translation>正在从账本添加……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="470"/>
        <source>The ledger has no sent letters yet.</source>
        <translation>账本中还没有已发出的信函。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="117"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="473"/>
        <source>From the ledger</source>
        <translation>从账本添加</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="49"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="238"/>
        <source>Entries cannot be edited or deleted afterwards: a mistake is fixed with a correction that points to it, and the exported bundle lets anyone check that nothing was changed.</source>
        <translation>记录保存后不能修改或删除：如有错误，用一条指向它的更正记录加以更正；导出的证据包可供任何人核验内容未被改动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="271"/>
        <source>%n timestamp request(s) queued; use Timestamp… to retry.</source>
        <translation>
            <numerusform>有 %n 个时间戳请求在排队；请点“可信时间戳……”重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="459"/>
        <source>Added %n entries from the ledger.</source>
        <translation>
            <numerusform>已从账本添加 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="473"/>
        <source>Letter sent:</source>
        <translation>已发信函：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="498"/>
        <source>Asking the timestamp authority…</source>
        <translation>正在向时间戳服务机构申请……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="525"/>
        <source>Bundle written: {0} ({1} entries, {2} exhibits, {3} timestamps). Chain head {4}.</source>
        <translation>证据包已写出：{0}（{1} 条记录，{2} 个证据文件，{3} 个时间戳）。链头 {4}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="528"/>
        <source>Writing the bundle…</source>
        <translation>正在写出证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="119"/>
        <source>Export bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="556"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="573"/>
        <source>The bundle is intact.</source>
        <translation>证据包完整无误。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="573"/>
        <source>The bundle does NOT verify.</source>
        <translation>证据包核验未通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="560"/>
        <source>Checking the bundle…</source>
        <translation>正在核验证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="53"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="599"/>
        <source>Verify a bundle</source>
        <translation>核验证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="557"/>
        <source>FAILED: {0}</source>
        <translation>未通过：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="578"/>
        <source>Case: {0} ({1})</source>
        <translation>案件：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="586"/>
        <source>Trusted timestamps:</source>
        <translation>可信时间戳：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="588"/>
        <source>entry {0}: {1} by {2}</source>
        <translation>第 {0} 条记录：{1}，由 {2} 签发</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="600"/>
        <source>ZIP bundle (*.zip);;All files (*)</source>
        <translation>ZIP 证据包 (*.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="389"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="411"/>
        <source>Export bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="392"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="405"/>
        <source>Bundle file</source>
        <translation>证据包文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="394"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="394"/>
        <source>Choose where to save the bundle</source>
        <translation>选择证据包的保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="399"/>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="400"/>
        <source>Chinese (exhibit list 证据目录, report)</source>
        <translation>中文（证据目录、证据报告）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="401"/>
        <source>English (exhibit list, report)</source>
        <translation>英文（证据目录、证据报告）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="403"/>
        <source>The language of report.pdf and the exhibit list; for a court in China, choose 中文.</source>
        <translation>report.pdf 和证据目录使用的语言；提交给中国法院时请选择中文。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="406"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="408"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="408"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="412"/>
        <source>ZIP bundle (*.zip)</source>
        <translation>ZIP 证据包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="355"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="358"/>
        <source>Name of the case</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="359"/>
        <source>e.g. 郭某诉某野生动物世界</source>
        <translation>例如：郭某诉某野生动物世界</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="360"/>
        <source>What the case is about</source>
        <translation>案件说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="362"/>
        <source>Time zone of the events</source>
        <translation>事件发生地的时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="363"/>
        <source>Dates and times of the entries are in this zone; it is recorded in the signed case header and cannot be changed later.</source>
        <translation>各条记录的日期和时间都按这个时区理解；它写入签名的案件信息，之后不能更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="365"/>
        <source>Name of the case (案件名称)</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="366"/>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="367"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="369"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="373"/>
        <source>Open the case</source>
        <translation>建立案件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="373"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StampDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="295"/>
        <source>Trusted timestamp (RFC 3161)</source>
        <translation>可信时间戳（RFC 3161）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="297"/>
        <source>FaceLedger will send only the SHA-256 hashes of the entries (never their content or files) to the Time Stamping Authority you choose. If it cannot be reached, the request is queued and nothing is lost.</source>
        <translation>人脸账本只会把记录的 SHA-256 哈希值（绝不含内容或文件）发送给您选择的时间戳服务机构（TSA）。无法连接时，请求会排队等待重试，不会丢失任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="319"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="325"/>
        <source>The chain head (covers every entry so far)</source>
        <translation>链头（涵盖目前所有记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="326"/>
        <source>Every entry not yet stamped, and the head</source>
        <translation>每条尚无时间戳的记录，以及链头</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="307"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="328"/>
        <source>TSA address</source>
        <translation>TSA 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="303"/>
        <source>Time Stamping Authority</source>
        <translation>时间戳服务机构</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="306"/>
        <source>Another address…</source>
        <translation>其他地址……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="315"/>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="329"/>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="316"/>
        <source>Empty: the system&apos;s roots</source>
        <translation>留空：使用系统根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="317"/>
        <source>The TSA&apos;s root certificate (PEM). FreeTSA&apos;s is not among the system&apos;s roots: download cacert.pem from freetsa.org and choose it here.</source>
        <translation>时间戳服务机构的根证书（PEM 格式）。FreeTSA 的根证书不在系统根证书中：请从 freetsa.org 下载 cacert.pem 并在此选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="319"/>
        <source>Choose the root certificate</source>
        <translation>选择根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="324"/>
        <source>What to stamp</source>
        <translation>加盖范围</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="327"/>
        <source>Authority</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="330"/>
        <source>Stamp</source>
        <translation>加盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="332"/>
        <source>Request timestamp</source>
        <translation>申请时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="332"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="343"/>
        <source>TSA root certificate</source>
        <translation>TSA 根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/evidence_dialogs.py" line="344"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
</TS>
