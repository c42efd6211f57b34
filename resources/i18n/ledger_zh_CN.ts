<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="95"/>
        <source>Find who holds your face</source>
        <translation>找出谁持有您的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="105"/>
        <source>&lt;h3&gt;Where has your face been taken?&lt;/h3&gt;&lt;p&gt;Tick every one that has happened to you. Next, you will say who it was and answer a few quick questions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;您的人脸在哪些地方被采集过？&lt;/h3&gt;&lt;p&gt;勾选所有您经历过的情形。接下来，请说明是谁采集的，并回答几个简短的问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="131"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="132"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="152"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="133"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="152"/>
        <source>Add to my ledger</source>
        <translation>加入我的账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="153"/>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="164"/>
        <source>Tick at least one, or Cancel.</source>
        <translation>请至少勾选一项，或点击取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="188"/>
        <source>Say who it was (a name is enough).</source>
        <translation>请说明是谁（填写名称即可）。</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="258"/>
        <source>How {0} took your face</source>
        <translation>{0} 如何采集了您的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="263"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="264"/>
        <source>What for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="266"/>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="267"/>
        <source>Private space:</source>
        <translation>私密空间：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="269"/>
        <source>Consent:</source>
        <translation>同意方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="271"/>
        <source>The holder relies on:</source>
        <translation>持有方所称的处理依据：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="273"/>
        <source>The holder relies on</source>
        <translation>持有方所称的处理依据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="274"/>
        <source>What the holder says its processing rests on. Only consent-based processing is judged by the consent rules; otherwise the letter asks for its basis.</source>
        <translation>持有方称其处理所依据的情形。只有以同意为依据的处理才按同意规则判断；否则信函会请其说明依据。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="277"/>
        <source>Used to recognise you:</source>
        <translation>是否用于识别您的身份：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="279"/>
        <source>Used to recognise you</source>
        <translation>是否用于识别您的身份</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="297"/>
        <source>Inferred from the face:</source>
        <translation>从人脸推断了：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="298"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="300"/>
        <source>Whose face this is</source>
        <translation>这是谁的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="301"/>
        <source>As for the holder</source>
        <translation>与该持有方的设置相同</translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="210"/>
        <source>Edit holder</source>
        <translation>编辑持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="210"/>
        <source>Add holder</source>
        <translation>添加持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="214"/>
        <source>Name (Chinese)*:</source>
        <translation>名称（中文）*：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="215"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="216"/>
        <source>Category*:</source>
        <translation>类别*：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="219"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="219"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="220"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="220"/>
        <source>Postal address:</source>
        <translation>邮寄地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="221"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="221"/>
        <source>Web form (URL):</source>
        <translation>网页表单（网址）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="222"/>
        <source>Personal-information officer:</source>
        <translation>个人信息保护负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="224"/>
        <source>Sources (one per line):</source>
        <translation>信息来源（每行一条）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="226"/>
        <source>Last verified:</source>
        <translation>最近核实：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="227"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="229"/>
        <source>Whose entries these are</source>
        <translation>这些记录是谁的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="230"/>
        <source>Mine (as in my sender profile)</source>
        <translation>我本人的（按寄信人信息）</translation>
    </message>
</context>
<context>
    <name>HolderTableModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46"/>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="46"/>
        <source>Collections</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="47"/>
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="47"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="47"/>
        <source>Next due</source>
        <translation>下一截止日</translation>
    </message>
</context>
<context>
    <name>LedgerLabels</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="10"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="31"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="11"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="12"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="13"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="14"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="44"/>
        <source>Residential</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="15"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="45"/>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="16"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="17"/>
        <source>Park / attraction</source>
        <translation>公园 / 景区</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="18"/>
        <source>Gym, pool, cinema or venue</source>
        <translation>健身房、游泳馆、影院等文体场所</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="19"/>
        <source>Bank / finance</source>
        <translation>银行 / 金融</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="20"/>
        <source>Telecom</source>
        <translation>电信</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="21"/>
        <source>Healthcare</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="22"/>
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="23"/>
        <source>Online / app</source>
        <translation>网络 / 应用</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="24"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="36"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="118"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="130"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="156"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="30"/>
        <source>Entry gate</source>
        <translation>门禁</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="32"/>
        <source>Check-in</source>
        <translation>入住登记</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="33"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="34"/>
        <source>Identity verification</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="35"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="42"/>
        <source>Public place</source>
        <translation>公共场所</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="43"/>
        <source>Private space</source>
        <translation>私密空间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="46"/>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="52"/>
        <source>Hotel room</source>
        <translation>酒店客房</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="53"/>
        <source>Bathroom</source>
        <translation>浴室</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="54"/>
        <source>Toilet</source>
        <translation>卫生间</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="55"/>
        <source>Changing room</source>
        <translation>更衣室</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="61"/>
        <source>Not asked</source>
        <translation>未征求同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="62"/>
        <source>Bundled into terms</source>
        <translation>捆绑在协议中</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="63"/>
        <source>Separate consent</source>
        <translation>单独同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="64"/>
        <source>Coerced (no face, no service)</source>
        <translation>被迫（不刷脸就不给服务）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="65"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="99"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="164"/>
        <source>Unknown</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="71"/>
        <source>Purpose stated</source>
        <translation>说明了目的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="72"/>
        <source>Alternative offered</source>
        <translation>提供了替代方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="73"/>
        <source>Refused without face</source>
        <translation>不刷脸即被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="74"/>
        <source>Signs on site</source>
        <translation>现场有提示标识</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="75"/>
        <source>Minor under 14</source>
        <translation>不满十四周岁</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="76"/>
        <source>Guardian consented</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="77"/>
        <source>Stored off the device</source>
        <translation>存储在设备以外</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="78"/>
        <source>Retention stated</source>
        <translation>说明了保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="79"/>
        <source>100,000 people or more</source>
        <translation>达到十万人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="80"/>
        <source>Relationship ended</source>
        <translation>关系已经结束</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="86"/>
        <source>Your consent</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="87"/>
        <source>A contract with you</source>
        <translation>与您的合同</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="88"/>
        <source>Employment (HR management)</source>
        <translation>劳动用工（人力资源管理）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="89"/>
        <source>A legal duty</source>
        <translation>法定义务</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="90"/>
        <source>Not said / unknown</source>
        <translation>未说明／不知道</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="96"/>
        <source>Verifies who you are (1:1)</source>
        <translation>核验您的身份（一对一）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="97"/>
        <source>Picks you out of many (1:N)</source>
        <translation>从多人中辨识您（一对多）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="98"/>
        <source>Images only, no recognition</source>
        <translation>只处理图像，不识别身份</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="105"/>
        <source>My own face</source>
        <translation>我本人的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="106"/>
        <source>My child&apos;s (I am the guardian)</source>
        <translation>我孩子的（我是监护人）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="107"/>
        <source>A deceased close relative&apos;s</source>
        <translation>已故近亲属的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="108"/>
        <source>A client&apos;s (written authorisation)</source>
        <translation>委托人的（有书面授权）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="114"/>
        <source>Race</source>
        <translation>种族</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="115"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="116"/>
        <source>Religion</source>
        <translation>宗教信仰</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="117"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="124"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="125"/>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="126"/>
        <source>Access and copy</source>
        <translation>查阅复制</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="127"/>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="128"/>
        <source>Follow-up</source>
        <translation>跟进催告</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="129"/>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="136"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="137"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="138"/>
        <source>Awaiting reply</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="139"/>
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="140"/>
        <source>Partly complied</source>
        <translation>部分照办</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="141"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="142"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="143"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="144"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="150"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="151"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="152"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="153"/>
        <source>In person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="154"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="155"/>
        <source>In the app</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="162"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="163"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="170"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="171"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="172"/>
        <source>e-mail file</source>
        <translation>电子邮件文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="173"/>
        <source>text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="184"/>
        <source>letter {0} written as {1}</source>
        <translation>已生成信函 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="185"/>
        <source>letter {0} written</source>
        <translation>已生成信函 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="187"/>
        <source>also saved as {0}</source>
        <translation>另存为{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="190"/>
        <source>sent by {0}</source>
        <translation>已通过{0}发出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="191"/>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_labels.py" line="195"/>
        <source>{0} — {1}</source>
        <translation>{0}——{1}</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="83"/>
        <source>Search holders, cities, notes…</source>
        <translation>搜索持有方、城市、备注……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="86"/>
        <source>Search holders</source>
        <translation>搜索持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="88"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="182"/>
        <source>Find who holds your face…</source>
        <translation>找出谁持有您的人脸……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="93"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="96"/>
        <source>Import holders from CSV…</source>
        <translation>从 CSV 导入持有方……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="97"/>
        <source>Import a directory file…</source>
        <translation>导入名录文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="98"/>
        <source>Export a directory file (no personal facts)…</source>
        <translation>导出名录文件（不含个人情况）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="99"/>
        <source>Export the whole ledger (JSON)…</source>
        <translation>导出整个账本（JSON）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="100"/>
        <source>Import a ledger export (JSON)…</source>
        <translation>导入账本导出文件（JSON）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="455"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="294"/>
        <source>No vault is open. Create or unlock one to keep your ledger.</source>
        <translation>尚未打开保险库。请创建或解锁一个保险库来保存您的账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="312"/>
        <source>No holder matches “{0}”.</source>
        <translation>没有与“{0}”匹配的持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="89"/>
        <source>Add holder…</source>
        <translation>添加持有方……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="79"/>
        <source>Ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="125"/>
        <source>Holders</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="139"/>
        <source>Holder details</source>
        <translation>持有方详情</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="156"/>
        <source>Write a letter…</source>
        <translation>写信函……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="157"/>
        <source>Edit…</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="158"/>
        <source>Add collection…</source>
        <translation>添加采集记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="159"/>
        <source>Record request…</source>
        <translation>记录请求……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="160"/>
        <source>Delete…</source>
        <translation>删除……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="287"/>
        <source>Open or unlock a vault first.</source>
        <translation>请先打开或解锁保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="308"/>
        <source>Your ledger is empty</source>
        <translation>您的账本还是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="309"/>
        <source>Most people cannot list who holds their face. A short checklist walks you through the usual places: face payment, gates, hotels, stations, banks, schools, apps.</source>
        <translation>大多数人说不清谁持有自己的人脸信息。一份简短的清单会带您逐一回想常见场所：刷脸支付、门禁闸机、酒店、车站、银行、学校、应用程序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="317"/>
        <source>%n request(s) past the reply date. Write the follow-up or complaint now →</source>
        <translation>
            <numerusform>%n 个请求已过答复期限。现在写催告函或投诉 →</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="331"/>
        <source>Select a holder in the table first.</source>
        <translation>请先在表格中选择一个持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="335"/>
        <source>Select a holder to see its details.</source>
        <translation>选择一个持有方以查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="337"/>
        <source>Then {0} drafts a withdrawal or deletion request to it, and {1} records another time it took your face.</source>
        <translation>然后，{0}可为其起草撤回同意或删除请求，{1}可记录对方又一次采集您人脸的情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="339"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="340"/>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="356"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="356"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="357"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="357"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="358"/>
        <source>PI officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="358"/>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="359"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="360"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="364"/>
        <source>How they took your face</source>
        <translation>他们如何采集您的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="364"/>
        <source>No collection recorded yet.</source>
        <translation>尚无采集记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="365"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="476"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="365"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="365"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="366"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="373"/>
        <source>consent: {0}</source>
        <translation>同意：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="375"/>
        <source>relies on: {0}</source>
        <translation>持有方所称依据：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="380"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="381"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="386"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="386"/>
        <source>Nothing asked yet.</source>
        <translation>尚未提出请求。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="386"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="387"/>
        <source>discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="397"/>
        <source>, due {0}</source>
        <translation>，截止 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="466"/>
        <source>Delete holder</source>
        <translation>删除持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="467"/>
        <source>Delete {0} with its collections, requests and letters? This cannot be undone. Evidence entries keep their own copies.</source>
        <translation>删除“{0}”及其采集记录、请求和信函？此操作无法撤销。证据条目会保留各自的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="474"/>
        <source>Delete collection</source>
        <translation>删除采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="475"/>
        <source>Delete the collection of {0}? Requests about it stay, without it.</source>
        <translation>删除 {0} 的采集记录？与之相关的请求会保留，但不再关联这条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="484"/>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="485"/>
        <source>Discard the draft “{0}” and its letter files? It was never sent.</source>
        <translation>丢弃草稿“{0}”及其信函文件？它从未发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="487"/>
        <source>Delete request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="488"/>
        <source>Delete the request “{0}” with its timeline and letter files? This cannot be undone. Evidence entries that cite it keep their own copies.</source>
        <translation>删除请求“{0}”及其时间线和信函文件？此操作无法撤销。引用它的证据条目会保留各自的副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="520"/>
        <source>%n holder(s) added to your ledger.</source>
        <translation>
            <numerusform>已向您的账本添加 %n 个持有方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="538"/>
        <source>Imported %n holder(s).</source>
        <translation>
            <numerusform>已导入 %n 个持有方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="559"/>
        <source>Wrote %n holder(s) to {0}.</source>
        <translation>
            <numerusform>已将 %n 个持有方写入 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="529"/>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="535"/>
        <source>Import holders</source>
        <translation>导入持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="535"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="543"/>
        <source>Import a directory</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="544"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="557"/>
        <source>Directory files (*.json)</source>
        <translation>名录文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="547"/>
        <source>{0} added, {1} completed, {2} unchanged, {3} conflict(s).</source>
        <translation>新增 {0} 个，补全 {1} 个，未变 {2} 个，冲突 {3} 处。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="551"/>
        <source>Directory imported</source>
        <translation>名录已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="556"/>
        <source>Export a directory</source>
        <translation>导出名录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="564"/>
        <source>Export the ledger</source>
        <translation>导出账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="565"/>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="574"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="567"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="568"/>
        <source>The export file is not encrypted. Keep it somewhere safe.</source>
        <translation>导出文件没有加密，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="573"/>
        <source>Import a ledger export</source>
        <translation>导入账本导出文件</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="84"/>
        <source>{0}: known</source>
        <translation>{0}：已知</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="327"/>
        <source>Update request</source>
        <translation>更新请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="327"/>
        <source>Record a request</source>
        <translation>记录请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="332"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="339"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="344"/>
        <source>About collection:</source>
        <translation>涉及的采集：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="345"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="347"/>
        <source>Sent by:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="349"/>
        <source>Date sent:</source>
        <translation>发送日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="350"/>
        <source>Reply due:</source>
        <translation>答复期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="351"/>
        <source>Reply received:</source>
        <translation>收到答复：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="352"/>
        <source>What the reply said:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="354"/>
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="355"/>
        <source>Note for the timeline:</source>
        <translation>时间线备注：</translation>
    </message>
</context>
<context>
    <name>WhoseFace</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="108"/>
        <source>Whose face</source>
        <translation>谁的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="111"/>
        <source>Their name</source>
        <translation>其姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="113"/>
        <source>to you, e.g. 女儿, 父亲, 委托人</source>
        <translation>与您的关系，如女儿、父亲、委托人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="114"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="116"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="117"/>
        <source>Whose face:</source>
        <translation>谁的人脸：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="118"/>
        <source>Their name:</source>
        <translation>其姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="119"/>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="120"/>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_dialogs.py" line="195"/>
        <source>Check “{0}”: {1}</source>
        <translation>请检查“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>_ItemPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="46"/>
        <source>e.g. the business, estate or app name</source>
        <translation>例如：商家、小区或应用的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="48"/>
        <source>Who was it?*</source>
        <translation>是谁？*</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/ledger_checklist.py" line="49"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
</context>
</TS>
