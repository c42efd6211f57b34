<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="89" />
        <source>Find who holds your face</source>
        <translation>找出谁持有您的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="99" />
        <source>&lt;h3&gt;Where has your face been taken?&lt;/h3&gt;&lt;p&gt;Tick every one that has happened to you. Next, you will say who it was and answer a few quick questions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;您的人脸在哪些地方被采集过？&lt;/h3&gt;&lt;p&gt;勾选所有您经历过的情形。接下来，请说明是谁采集的，并回答几个简短的问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="125" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="126" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="146" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="127" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="146" />
        <source>Add to my ledger</source>
        <translation>加入我的账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="147" />
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="158" />
        <source>Tick at least one, or Cancel.</source>
        <translation>请至少勾选一项，或点击取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="182" />
        <source>Say who it was (a name is enough).</source>
        <translation>请说明是谁（填写名称即可）。</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="196" />
        <source>How {0} took your face</source>
        <translation>{0} 如何采集了您的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="201" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="202" />
        <source>What for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="204" />
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="205" />
        <source>Private space:</source>
        <translation>私密空间：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="207" />
        <source>Consent:</source>
        <translation>同意方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="224" />
        <source>Inferred from the face:</source>
        <translation>从人脸推断了：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="225" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="153" />
        <source>Edit holder</source>
        <translation>编辑持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="153" />
        <source>Add holder</source>
        <translation>添加持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="157" />
        <source>Name (Chinese)*:</source>
        <translation>名称（中文）*：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="158" />
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="159" />
        <source>Category*:</source>
        <translation>类别*：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="162" />
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="162" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="163" />
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="163" />
        <source>Postal address:</source>
        <translation>邮寄地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="164" />
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="164" />
        <source>Web form (URL):</source>
        <translation>网页表单（网址）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="165" />
        <source>Personal-information officer:</source>
        <translation>个人信息保护负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="167" />
        <source>Sources (one per line):</source>
        <translation>信息来源（每行一条）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="169" />
        <source>Last verified:</source>
        <translation>最近核实：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="170" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>HolderTableModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="45" />
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="45" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="45" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="45" />
        <source>Collections</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46" />
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46" />
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
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="140" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="141" />
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="142" />
        <source>e-mail file</source>
        <translation>电子邮件文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="143" />
        <source>text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="154" />
        <source>letter {0} written as {1}</source>
        <translation>已生成信函 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="155" />
        <source>letter {0} written</source>
        <translation>已生成信函 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="157" />
        <source>also saved as {0}</source>
        <translation>另存为{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="160" />
        <source>sent by {0}</source>
        <translation>已通过{0}发出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="161" />
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="165" />
        <source>{0} — {1}</source>
        <translation>{0}——{1}</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="76" />
        <source>&lt;h2&gt;Ledger&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;账本&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="80" />
        <source>Search holders, cities, notes…</source>
        <translation>搜索持有方、城市、备注……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="83" />
        <source>Search holders</source>
        <translation>搜索持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="85" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="167" />
        <source>Find who holds your face…</source>
        <translation>找出谁持有您的人脸……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="90" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="93" />
        <source>Import holders from CSV…</source>
        <translation>从 CSV 导入持有方……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="94" />
        <source>Import a directory file…</source>
        <translation>导入名录文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="95" />
        <source>Export a directory file (no personal facts)…</source>
        <translation>导出名录文件（不含个人情况）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="96" />
        <source>Export the whole ledger (JSON)…</source>
        <translation>导出整个账本（JSON）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="97" />
        <source>Import a ledger export (JSON)…</source>
        <translation>导入账本导出文件（JSON）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="375" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="229" />
        <source>No vault is open. Create or unlock one to keep your ledger.</source>
        <translation>尚未打开保险库。请创建或解锁一个保险库来保存您的账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="245" />
        <source>No holder matches “{0}”.</source>
        <translation>没有与“{0}”匹配的持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="86" />
        <source>Add holder…</source>
        <translation>添加持有方……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="122" />
        <source>Holders</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="138" />
        <source>Holder details</source>
        <translation>持有方详情</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="143" />
        <source>Write a letter…</source>
        <translation>写信函……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="144" />
        <source>Edit…</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="145" />
        <source>Add collection…</source>
        <translation>添加采集记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="146" />
        <source>Record request…</source>
        <translation>记录请求……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="147" />
        <source>Delete…</source>
        <translation>删除……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="222" />
        <source>Open or unlock a vault first.</source>
        <translation>请先打开或解锁保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="241" />
        <source>Your ledger is empty</source>
        <translation>您的账本还是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="242" />
        <source>Most people cannot list who holds their face. A short checklist walks you through the usual places: face payment, gates, hotels, stations, banks, schools, apps.</source>
        <translation>大多数人说不清谁持有自己的人脸信息。一份简短的清单会带您逐一回想常见场所：刷脸支付、门禁闸机、酒店、车站、银行、学校、应用程序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="250" />
        <source>%n request(s) past the reply date. Write the follow-up or complaint now →</source>
        <translation><numerusform>%n 个请求已过答复期限。现在写催告函或投诉 →</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="264" />
        <source>Select a holder in the table first.</source>
        <translation>请先在表格中选择一个持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="268" />
        <source>Select a holder to see its details.</source>
        <translation>选择一个持有方以查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="284" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="284" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="285" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="285" />
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="286" />
        <source>PI officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="286" />
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="287" />
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="288" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="292" />
        <source>How they took your face</source>
        <translation>他们如何采集您的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="292" />
        <source>No collection recorded yet.</source>
        <translation>尚无采集记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="293" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="396" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="293" />
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="293" />
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="300" />
        <source>consent: {0}</source>
        <translation>同意：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="301" />
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="306" />
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="306" />
        <source>Nothing asked yet.</source>
        <translation>尚未提出请求。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="306" />
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="307" />
        <source>discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="317" />
        <source>, due {0}</source>
        <translation>，截止 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="386" />
        <source>Delete holder</source>
        <translation>删除持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="387" />
        <source>Delete {0} with its collections, requests and letters? This cannot be undone. Evidence entries keep their own copies.</source>
        <translation>删除“{0}”及其采集记录、请求和信函？此操作无法撤销。证据条目会保留各自的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="394" />
        <source>Delete collection</source>
        <translation>删除采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="395" />
        <source>Delete the collection of {0}? Requests about it stay, without it.</source>
        <translation>删除 {0} 的采集记录？与之相关的请求会保留，但不再关联这条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="404" />
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="405" />
        <source>Discard the draft “{0}” and its letter files? It was never sent.</source>
        <translation>丢弃草稿“{0}”及其信函文件？它从未发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="407" />
        <source>Delete request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="408" />
        <source>Delete the request “{0}” with its timeline and letter files? This cannot be undone. Evidence entries that cite it keep their own copies.</source>
        <translation>删除请求“{0}”及其时间线和信函文件？此操作无法撤销。引用它的证据条目会保留各自的副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="440" />
        <source>%n holder(s) added to your ledger.</source>
        <translation><numerusform>已向您的账本添加 %n 个持有方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="458" />
        <source>Imported %n holder(s).</source>
        <translation><numerusform>已导入 %n 个持有方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="479" />
        <source>Wrote %n holder(s) to {0}.</source>
        <translation><numerusform>已将 %n 个持有方写入 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="449" />
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="455" />
        <source>Import holders</source>
        <translation>导入持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="455" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="463" />
        <source>Import a directory</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="464" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="477" />
        <source>Directory files (*.json)</source>
        <translation>名录文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="467" />
        <source>{0} added, {1} completed, {2} unchanged, {3} conflict(s).</source>
        <translation>新增 {0} 个，补全 {1} 个，未变 {2} 个，冲突 {3} 处。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="471" />
        <source>Directory imported</source>
        <translation>名录已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="476" />
        <source>Export a directory</source>
        <translation>导出名录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="484" />
        <source>Export the ledger</source>
        <translation>导出账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="485" />
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="494" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="487" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="488" />
        <source>The export file is not encrypted. Keep it somewhere safe.</source>
        <translation>导出文件没有加密，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="493" />
        <source>Import a ledger export</source>
        <translation>导入账本导出文件</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="248" />
        <source>Update request</source>
        <translation>更新请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="248" />
        <source>Record a request</source>
        <translation>记录请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="253" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="260" />
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="265" />
        <source>About collection:</source>
        <translation>涉及的采集：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="266" />
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="268" />
        <source>Sent by:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="270" />
        <source>Date sent:</source>
        <translation>发送日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="271" />
        <source>Reply due:</source>
        <translation>答复期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="272" />
        <source>Reply received:</source>
        <translation>收到答复：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="273" />
        <source>What the reply said:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="275" />
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="276" />
        <source>Note for the timeline:</source>
        <translation>时间线备注：</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="138" />
        <source>Check “{0}”: {1}</source>
        <translation>请检查“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>_ItemPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="46" />
        <source>e.g. the business, estate or app name</source>
        <translation>例如：商家、小区或应用的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="48" />
        <source>Who was it?*</source>
        <translation>是谁？*</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="49" />
        <source>City:</source>
        <translation>城市：</translation>
    </message>
</context>
</TS>