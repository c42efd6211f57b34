<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatchRowsModel</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="105"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="105"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="105"/>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="105"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="106"/>
        <source>File or error</source>
        <translation>文件或错误</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="107"/>
        <source>Written</source>
        <translation>已写出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="107"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="107"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_preview.py" line="141"/>
        <source>Letter preview</source>
        <translation>信函预览</translation>
    </message>
</context>
<context>
    <name>LettersBatchDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="147"/>
        <source>Letters for many people</source>
        <translation>为多人生成信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="153"/>
        <source>One letter per row of a CSV file (a spreadsheet saved as CSV): who writes, to which holder, and the facts. Each letter is a file in the output folder; index.csv there lists every row.</source>
        <translation>CSV 文件（另存为 CSV 的电子表格）中的每一行生成一封信函：谁写信、写给哪个持有方，以及相关事实。每封信函是输出文件夹中的一个文件；该文件夹中的 index.csv 列出每一行的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="160"/>
        <source>Choose a CSV file, or drop one here</source>
        <translation>选择一个 CSV 文件，或把它拖放到这里</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="159"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="265"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="161"/>
        <source>Choose the CSV file…</source>
        <translation>选择 CSV 文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="164"/>
        <source>About the CSV file</source>
        <translation>CSV 文件的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="170"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="180"/>
        <source>Letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="174"/>
        <source>Language of the letters</source>
        <translation>信函的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="176"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="176"/>
        <source>Word (DOCX)</source>
        <translation>Word（DOCX）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="176"/>
        <source>E-mail (.eml)</source>
        <translation>电子邮件（.eml）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="178"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="182"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="179"/>
        <source>An e-mail file needs the holder&apos;s e-mail address (holder_email).</source>
        <translation>电子邮件文件需要持有方的电子邮箱（holder_email 列）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="181"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="185"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="186"/>
        <source>a new folder beside the CSV file</source>
        <translation>CSV 文件旁边的一个新文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="187"/>
        <source>Choose the output folder…</source>
        <translation>选择输出文件夹……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="192"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="193"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="196"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="472"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="197"/>
        <source>Cancel the batch</source>
        <translation>取消批量生成</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="201"/>
        <source>Batch status</source>
        <translation>批量生成状态</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="211"/>
        <source>Letters written</source>
        <translation>已生成的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="229"/>
        <source>Save a template CSV…</source>
        <translation>保存模板 CSV……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="230"/>
        <source>Every column, and one example row to replace with your own.</source>
        <translation>包含所有列和一行示例，请把示例换成您自己的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="231"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="232"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="233"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="294"/>
        <source>The batch is running.</source>
        <translation>批量生成正在进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="296"/>
        <source>Reading the CSV file…</source>
        <translation>正在读取 CSV 文件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="298"/>
        <source>Choose a CSV file first.</source>
        <translation>请先选择一个 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="300"/>
        <source>The CSV file has no rows below its header.</source>
        <translation>这个 CSV 文件在标题行下面没有数据行。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="305"/>
        <source>Start the batch first: its folder opens here.</source>
        <translation>请先开始批量生成：完成后可以在这里打开它的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="314"/>
        <source>Choose the CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="315"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="329"/>
        <source>Reading…</source>
        <translation>正在读取……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="335"/>
        <source>{0} letters</source>
        <translation>{0} 信函</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="355"/>
        <source>%n row(s); columns: {0}</source>
        <translation>
            <numerusform>%n 行；列：{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="357"/>
        <source>%n row(s); {0} columns (point here to see them)</source>
        <translation>
            <numerusform>%n 行；{0} 列（指向此处可查看列名）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="361"/>
        <source>No rows below the header: add one row per person and holder.</source>
        <translation>标题行下面没有数据行：请为每个人和每个持有方各写一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="392"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="408"/>
        <source>Save a template CSV</source>
        <translation>保存模板 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="409"/>
        <source>letters template</source>
        <translation>信函模板</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="410"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="425"/>
        <source>Template saved: {0}. Replace its example row with one row per person and holder, save it as CSV, then choose it here.</source>
        <translation>模板已保存：{0}。请把其中的示例行换成您的数据（每个人和持有方各一行），另存为 CSV，然后在这里选择它。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="434"/>
        <source>Choose an output folder for the letters.</source>
        <translation>请为信函选择一个输出文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="438"/>
        <source>{0} is a file, not a folder: choose a folder for the letters.</source>
        <translation>{0} 是文件，不是文件夹：请为信函选择一个文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="459"/>
        <source>Writing %n letter(s)…</source>
        <translation>
            <numerusform>正在生成 %n 封信函……</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="466"/>
        <source>The folder is not empty</source>
        <translation>文件夹不是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="467"/>
        <source>{0} already holds files. index.csv would be replaced; the letters already there stay beside the new ones (one is replaced only by a letter with the same file name). Write into this folder anyway?</source>
        <translation>{0} 中已有文件。index.csv 将被替换；文件夹中原有的信函会保留，与新信函放在一起（只有同名的信函才会被替换）。仍要写入这个文件夹吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="471"/>
        <source>Write into this folder</source>
        <translation>写入这个文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="487"/>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="496"/>
        <source>%n written</source>
        <translation>
            <numerusform>已写出 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="496"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="498"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 行已跳过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="499"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="500"/>
        <source>Cancelled: {0}. index.csv in the folder lists every row.</source>
        <translation>已取消：{0}。文件夹中的 index.csv 列出了每一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="501"/>
        <source>Done: {0}. index.csv in the folder lists every row.</source>
        <translation>已完成：{0}。文件夹中的 index.csv 列出了每一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="504"/>
        <source>Letters for many people stopped: {0}.</source>
        <translation>为多人生成信函已停止：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="558"/>
        <source>Stop the batch?</source>
        <translation>停止批量生成？</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="559"/>
        <source>The batch is still running. Stop it and close? The letters written so far are kept; the rows not reached are listed as skipped in index.csv.</source>
        <translation>批量生成仍在进行。要停止并关闭吗？已写出的信函会保留；尚未处理的行会在 index.csv 中列为已跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="562"/>
        <source>Stop and close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="563"/>
        <source>Keep running</source>
        <translation>继续运行</translation>
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
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="85"/>
        <source>Open a vault first: letters are written from your ledger.</source>
        <translation>请先打开一个保险库：信函根据您的账本生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="87"/>
        <source>Needs a next letter</source>
        <translation>需要再写一封信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="90"/>
        <source>Requests that need a next letter</source>
        <translation>需要写下一封信函的请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="93"/>
        <source>Write it</source>
        <translation>撰写</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="100"/>
        <source>1. Holder and facts</source>
        <translation>1. 持有方与事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="100"/>
        <source>2. Law and letter</source>
        <translation>2. 法律依据与信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="101"/>
        <source>3. Preview and send</source>
        <translation>3. 预览与发送</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="104"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="116"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="117"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="138"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="454"/>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="139"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="458"/>
        <source>Collection</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="142"/>
        <source>Facts from the ledger</source>
        <translation>账本中的事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="154"/>
        <source>member, card or account number the holder knows you by</source>
        <translation>持有方用来识别您的会员号、卡号或账户号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="155"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="156"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="455"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="157"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="158"/>
        <source>Postal address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="159"/>
        <source>Member / account no.</source>
        <translation>会员号／账户号</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="178"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="179"/>
        <source>Your own deadline: no statute fixes a number of days (PIPL says 及时, promptly).</source>
        <translation>这是您自己设定的期限：法律没有规定具体天数（《个人信息保护法》要求“及时”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="183"/>
        <source>e.g. the city&apos;s cyberspace administration or market regulation bureau</source>
        <translation>例如：市网信办或市场监督管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="187"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="202"/>
        <source>Suggested addressee</source>
        <translation>建议的收件部门</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="188"/>
        <source>Where a complaint can go, in the order the facts suggest. Choosing one fills in the regulator; write the office of your place.</source>
        <translation>按事实建议的投诉去向，依次排列。选择后会填入收件部门；请写明您所在地的具体部门。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="190"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="191"/>
        <source>Full detail</source>
        <translation>详细版</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="192"/>
        <source>every provision with its text in the letter</source>
        <translation>列出全部条文，并在正文中引用原文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="196"/>
        <source>By default the letter cites the few provisions that matter and puts their texts in an annex, so that its body fits on two pages.</source>
        <translation>默认只引用最关键的几条规定，条文原文放在附件中，使正文不超过两页。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="198"/>
        <source>Letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="199"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="200"/>
        <source>Reply within</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="201"/>
        <source>Earlier request</source>
        <translation>此前的请求</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="203"/>
        <source>Regulator (complaint)</source>
        <translation>受理部门（投诉）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="204"/>
        <source>Regulator e-mail</source>
        <translation>受理部门电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="208"/>
        <source>Which letter fits, and what would change it:</source>
        <translation>适合先发哪种信函，以及哪些事实会改变判断：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="211"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="212"/>
        <source>Use the suggested letter</source>
        <translation>使用建议的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="216"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="218"/>
        <source>What the law says about these facts:</source>
        <translation>针对这些事实的法律规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="220"/>
        <source>What the law says</source>
        <translation>法律规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="233"/>
        <source>Reference and reply date</source>
        <translation>编号与答复期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="242"/>
        <source>Save or send:</source>
        <translation>保存或发送：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="243"/>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="244"/>
        <source>Export Word…</source>
        <translation>导出 Word……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="245"/>
        <source>Save e-mail…</source>
        <translation>保存电子邮件……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="246"/>
        <source>An e-mail ready to send: the letter in its text and as a PDF attachment. Open the file with your mail program.</source>
        <translation>可直接发送的电子邮件：正文即信函全文，并附信函 PDF。请用您的邮件程序打开该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="248"/>
        <source>Open in mail client</source>
        <translation>在邮件程序中打开</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="249"/>
        <source>Copy text</source>
        <translation>复制正文</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="255"/>
        <source>Then:</source>
        <translation>然后：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="256"/>
        <source>Mark as sent…</source>
        <translation>标记为已发出……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="257"/>
        <source>Discard draft…</source>
        <translation>丢弃草稿……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="258"/>
        <source>Add deadline to calendar…</source>
        <translation>将期限加入日历……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="279"/>
        <source>Export the letter or open it in your mail client first: that records the request.</source>
        <translation>请先导出信函或在邮件程序中打开它：这样才会记录这个请求。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="281"/>
        <source>This request is already marked as sent.</source>
        <translation>这个请求已标记为已发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="283"/>
        <source>A sent request is not a draft: delete it on the Ledger page if you must.</source>
        <translation>已发出的请求不是草稿：如确需移除，请在“账本”页面删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="323"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="608"/>
        <source>Open or unlock a vault first: letters are written from your ledger.</source>
        <translation>请先打开或解锁保险库：信函根据您的账本生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="361"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0}——{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="467"/>
        <source>The holder relies on</source>
        <translation>持有方所称的处理依据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="469"/>
        <source>Used to recognise you</source>
        <translation>是否用于识别您的身份</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="473"/>
        <source>Whose face</source>
        <translation>谁的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="533"/>
        <source>Which letter fits first</source>
        <translation>适合先发的信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="533"/>
        <source>Where a complaint can go</source>
        <translation>投诉去向</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="534"/>
        <source>Facts that would change the analysis</source>
        <translation>会改变判断的事实</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="534"/>
        <source>Time limits</source>
        <translation>时效</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="535"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="624"/>
        <source>What the letter rests on</source>
        <translation>信函所依据的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="624"/>
        <source>What may have been breached</source>
        <translation>可能违反的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="625"/>
        <source>What the department may and must do</source>
        <translation>部门的职责</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="626"/>
        <source>What a court may order</source>
        <translation>法院的救济</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="626"/>
        <source>The 2023 draft (not law)</source>
        <translation>2023年征求意见稿（不是法律）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="720"/>
        <source>Recorded as request {0} (draft) with %n file(s). Mark it sent when it has gone out.</source>
        <translation>
            <numerusform>已记录为请求 {0}（草稿），含 %n 个文件。寄出后请标记为已发出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="723"/>
        <source>Request {0} now has %n file(s).</source>
        <translation>
            <numerusform>请求 {0} 现有 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="422"/>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="427"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="447"/>
        <source>&lt;p&gt;Add a holder and how it took your face on the Ledger page first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请先在“账本”页面添加持有方及其采集您人脸的情况。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="454"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="455"/>
        <source>(none: the letter can be printed or sent by post)</source>
        <translation>（无：信函可以打印或邮寄）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="458"/>
        <source>(none recorded: the letter will state no facts)</source>
        <translation>（未记录：信函将不陈述事实）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="462"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="462"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="463"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="465"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="463"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="464"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="466"/>
        <source>Consent</source>
        <translation>同意情况</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="478"/>
        <source>Inferred</source>
        <translation>推断的特征</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="502"/>
        <source>Choose a holder first.</source>
        <translation>请先选择持有方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="609"/>
        <source>This is the last step.</source>
        <translation>这已是最后一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="646"/>
        <source>The wording of this article is not verified: the letter cites it by number only.</source>
        <translation>该条原文尚未核实：信函只引用条文编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="631"/>
        <source>No provision applies to these facts on these dates.</source>
        <translation>按这些事实和日期，没有可适用的条文。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="79"/>
        <source>Letters for many people…</source>
        <translation>为多人生成信函……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="80"/>
        <source>One letter per row of a CSV file: for advocates writing for many people at once.</source>
        <translation>CSV 文件中的每一行生成一封信函：适合同时为许多人写信的维权工作者。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="144"/>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="146"/>
        <source>Printed in the letter; give only what the holder needs to find you.</source>
        <translation>将写入信函；只需提供持有方找到您所需的信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="655"/>
        <source>Reference {0}. Reply requested by {1} ({2} working days).</source>
        <translation>编号 {0}。要求在 {1} 前答复（{2} 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="671"/>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="688"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="700"/>
        <source>The holder has no e-mail address: add one on the Ledger page, or send the PDF by post.</source>
        <translation>这个持有方没有电子邮箱：请在“账本”页面添加，或邮寄 PDF 打印件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="706"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="770"/>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="739"/>
        <source>The letter is too long for a mail link: its text is on the clipboard. Paste it into the message, or use “Save e-mail…” and open that file.</source>
        <translation>信函太长，无法放入邮件链接：正文已复制到剪贴板。请粘贴到邮件中，或使用“保存电子邮件……”并打开该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="748"/>
        <source>The letter&apos;s text is on the clipboard.</source>
        <translation>信函正文已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="753"/>
        <source>Save the deadline</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="768"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="797"/>
        <source>Reference {0}. Sent on {1}; reply due {2}.</source>
        <translation>编号 {0}。已于 {1} 发出；答复期限 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="799"/>
        <source>Request {0} marked as sent on {1}; reply due {2}.</source>
        <translation>请求 {0} 已于 {1} 标记为已发送；答复期限 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="810"/>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="811"/>
        <source>Discard request {0} and its letter files? It was never sent.</source>
        <translation>丢弃请求 {0} 及其信函文件？它从未发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="822"/>
        <source>The draft was discarded.</source>
        <translation>草稿已丢弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="830"/>
        <source>Your name is needed: it is printed in the letter.</source>
        <translation>需要填写您的姓名：它会写在信函中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="835"/>
        <source>Give at least one way to answer you: an e-mail address, a phone number or a postal address.</source>
        <translation>请至少提供一种对方答复您的方式：电子邮箱、电话或通信地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="837"/>
        <source>“{0}” is not an e-mail address.</source>
        <translation>“{0}”不是有效的电子邮箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="77"/>
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="845"/>
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
