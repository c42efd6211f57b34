<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="85" />
        <source>Find who holds your face</source>
        <translation>找出谁持有你的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="95" />
        <source>&lt;h3&gt;Where has your face been taken?&lt;/h3&gt;&lt;p&gt;Tick every one that has happened to you. Next, you will say who it was and answer a few quick questions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;你的人脸在哪些地方被采集过？&lt;/h3&gt;&lt;p&gt;勾选所有你经历过的情形。接下来，请说明是谁采集的，并回答几个简短的问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="122" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="123" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="139" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="124" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="139" />
        <source>Add to my ledger</source>
        <translation>加入我的账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="140" />
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="151" />
        <source>Tick at least one, or Cancel.</source>
        <translation>请至少勾选一项，或点击取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="173" />
        <source>Say who it was (a name is enough).</source>
        <translation>请说明是谁（填写名称即可）。</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="180" />
        <source>How {0} took your face</source>
        <translation>{0} 如何采集了你的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="185" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="186" />
        <source>What for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="188" />
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="189" />
        <source>Private space:</source>
        <translation>私密空间：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="191" />
        <source>Consent:</source>
        <translation>同意方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="208" />
        <source>Inferred from the face:</source>
        <translation>从人脸推断了：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="209" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="137" />
        <source>Edit holder</source>
        <translation>编辑持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="137" />
        <source>Add holder</source>
        <translation>添加持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="141" />
        <source>Name (Chinese)*:</source>
        <translation>名称（中文）*：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="142" />
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="143" />
        <source>Category*:</source>
        <translation>类别*：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="146" />
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="146" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="147" />
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="147" />
        <source>Postal address:</source>
        <translation>邮寄地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="148" />
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="148" />
        <source>Web form (URL):</source>
        <translation>网页表单（网址）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="149" />
        <source>Personal-information officer:</source>
        <translation>个人信息保护负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="151" />
        <source>Sources (one per line):</source>
        <translation>信息来源（每行一条）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="153" />
        <source>Last verified:</source>
        <translation>最近核实：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="154" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>HolderTableModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="43" />
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="43" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="43" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="43" />
        <source>Collections</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="44" />
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="44" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="44" />
        <source>Next due</source>
        <translation>下一截止日</translation>
    </message>
</context>
<context>
    <name>LedgerLabels</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="10" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="30" />
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="11" />
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="12" />
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="13" />
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="14" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="43" />
        <source>Residential</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="15" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="44" />
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="16" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="17" />
        <source>Park / attraction</source>
        <translation>公园 / 景区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="18" />
        <source>Bank / finance</source>
        <translation>银行 / 金融</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="19" />
        <source>Telecom</source>
        <translation>电信</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="20" />
        <source>Healthcare</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="21" />
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="22" />
        <source>Online / app</source>
        <translation>网络 / 应用</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="23" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="35" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="88" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="100" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="126" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="29" />
        <source>Entry gate</source>
        <translation>门禁</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="31" />
        <source>Check-in</source>
        <translation>入住登记</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="32" />
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="33" />
        <source>Identity verification</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="34" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="41" />
        <source>Public place</source>
        <translation>公共场所</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="42" />
        <source>Private space</source>
        <translation>私密空间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="45" />
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="51" />
        <source>Hotel room</source>
        <translation>酒店客房</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="52" />
        <source>Bathroom</source>
        <translation>浴室</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="53" />
        <source>Toilet</source>
        <translation>卫生间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="54" />
        <source>Changing room</source>
        <translation>更衣室</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="60" />
        <source>Not asked</source>
        <translation>未征求同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="61" />
        <source>Bundled into terms</source>
        <translation>捆绑在协议中</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="62" />
        <source>Separate consent</source>
        <translation>单独同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="63" />
        <source>Coerced (no face, no service)</source>
        <translation>被迫（不刷脸就不给服务）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="64" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="134" />
        <source>Unknown</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="70" />
        <source>Purpose stated</source>
        <translation>说明了目的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="71" />
        <source>Alternative offered</source>
        <translation>提供了替代方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="72" />
        <source>Refused without face</source>
        <translation>不刷脸即被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="73" />
        <source>Signs on site</source>
        <translation>现场有提示标识</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="74" />
        <source>Minor under 14</source>
        <translation>不满十四周岁</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="75" />
        <source>Guardian consented</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="76" />
        <source>Stored off the device</source>
        <translation>存储在设备以外</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="77" />
        <source>Retention stated</source>
        <translation>说明了保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="78" />
        <source>Over 100,000 people</source>
        <translation>超过十万人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="84" />
        <source>Race</source>
        <translation>种族</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="85" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="86" />
        <source>Religion</source>
        <translation>宗教信仰</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="87" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="94" />
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="95" />
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="96" />
        <source>Access and copy</source>
        <translation>查阅复制</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="97" />
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="98" />
        <source>Follow-up</source>
        <translation>跟进催告</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="99" />
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="106" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="107" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="108" />
        <source>Awaiting reply</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="109" />
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="110" />
        <source>Partly complied</source>
        <translation>部分照办</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="111" />
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="112" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="113" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="114" />
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="120" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="121" />
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="122" />
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="123" />
        <source>In person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="124" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="125" />
        <source>In the app</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="132" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="133" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="74" />
        <source>&lt;h2&gt;Ledger&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;账本&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="78" />
        <source>Search holders, cities, notes…</source>
        <translation>搜索持有方、城市、备注……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="82" />
        <source>Find who holds your face…</source>
        <translation>找出谁持有你的人脸……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="83" />
        <source>Add holder</source>
        <translation>添加持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="87" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="90" />
        <source>Import holders from CSV…</source>
        <translation>从 CSV 导入持有方……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="91" />
        <source>Import a directory file…</source>
        <translation>导入名录文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="92" />
        <source>Export a directory file (no personal facts)…</source>
        <translation>导出名录文件（不含个人情况）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="93" />
        <source>Export the whole ledger (JSON)…</source>
        <translation>导出整个账本（JSON）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="94" />
        <source>Import a ledger export (JSON)…</source>
        <translation>导入账本导出文件（JSON）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="129" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="130" />
        <source>Add collection</source>
        <translation>添加采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="131" />
        <source>Record request</source>
        <translation>记录请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="132" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="178" />
        <source>No vault is open. Create or unlock one to keep your ledger.</source>
        <translation>尚未打开保险库。请创建或解锁一个保险库来记账。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="186" />
        <source>Your ledger is empty. Most people cannot list who holds their face: “Find who holds your face…” walks you through the usual places.</source>
        <translation>你的账本还是空的。大多数人说不清谁持有自己的人脸：“找出谁持有你的人脸……”会带你逐一回想常见的场合。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="190" />
        <source>No holder matches “{0}”.</source>
        <translation>没有与“{0}”匹配的持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="197" />
        <source>{0} request(s) are past their reply date. Consider a follow-up letter or a complaint to the regulator (Letters page).</source>
        <translation>有 {0} 项请求已过答复期限。可以考虑发送催告函，或向监管部门投诉（见“信函”页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="214" />
        <source>Select a holder to see its details.</source>
        <translation>选择一个持有方以查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="229" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="229" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="230" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="230" />
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="231" />
        <source>PI officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="231" />
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="232" />
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="233" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="237" />
        <source>How they took your face</source>
        <translation>他们如何采集你的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="237" />
        <source>No collection recorded yet.</source>
        <translation>尚无采集记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="238" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="238" />
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="245" />
        <source>consent: {0}</source>
        <translation>同意：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="250" />
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="250" />
        <source>Nothing asked yet.</source>
        <translation>尚未提出请求。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="250" />
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="258" />
        <source>, due {0}</source>
        <translation>，截止 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="307" />
        <source>Delete holder</source>
        <translation>删除持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="308" />
        <source>Delete {0} with its collections and requests? This cannot be undone.</source>
        <translation>删除 {0} 及其采集记录和请求？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="340" />
        <source>{0} holder(s) added to your ledger.</source>
        <translation>已将 {0} 个持有方加入你的账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="347" />
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="353" />
        <source>Import holders</source>
        <translation>导入持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="353" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="356" />
        <source>Imported {0} holders.</source>
        <translation>已导入 {0} 个持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="361" />
        <source>Import a directory</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="362" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="375" />
        <source>Directory files (*.json)</source>
        <translation>名录文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="365" />
        <source>{0} added, {1} completed, {2} unchanged, {3} conflict(s).</source>
        <translation>新增 {0} 个，补全 {1} 个，未变 {2} 个，冲突 {3} 处。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="369" />
        <source>Directory imported</source>
        <translation>名录已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="374" />
        <source>Export a directory</source>
        <translation>导出名录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="377" />
        <source>Wrote {0} holders to {1}.</source>
        <translation>已将 {0} 个持有方写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="382" />
        <source>Export the ledger</source>
        <translation>导出账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="383" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="392" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="385" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="386" />
        <source>The export file is not encrypted. Keep it somewhere safe.</source>
        <translation>导出文件没有加密，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="391" />
        <source>Import a ledger export</source>
        <translation>导入账本导出文件</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="232" />
        <source>Update request</source>
        <translation>更新请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="232" />
        <source>Record a request</source>
        <translation>记录请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="237" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="244" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="247" />
        <source>About collection:</source>
        <translation>涉及的采集：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="248" />
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="250" />
        <source>Sent by:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="252" />
        <source>Date sent:</source>
        <translation>发送日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="253" />
        <source>Reply due:</source>
        <translation>答复期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="254" />
        <source>Reply received:</source>
        <translation>收到答复：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="255" />
        <source>What the reply said:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="257" />
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="258" />
        <source>Note for the timeline:</source>
        <translation>时间线备注：</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="123" />
        <source>Check “{0}”: {1}</source>
        <translation>请检查“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>_ItemPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="42" />
        <source>e.g. the business, estate or app name</source>
        <translation>例如：商家、小区或应用的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="44" />
        <source>Who was it?*</source>
        <translation>是谁？*</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="45" />
        <source>City:</source>
        <translation>城市：</translation>
    </message>
</context>
</TS>