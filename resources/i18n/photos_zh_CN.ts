<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="146"/>
        <source>Easy to match</source>
        <translation>容易比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="146"/>
        <source>Matchable</source>
        <translation>可以比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="147"/>
        <source>Harder to match today</source>
        <translation>目前较难比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="147"/>
        <source>No face found</source>
        <translation>没有找到人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="151"/>
        <source>&lt;h2&gt;Photo check&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;照片检查&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="154"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="210"/>
        <source>Open photos…</source>
        <translation>打开照片……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="158"/>
        <source>Drop photos here or open them. Everything happens on this computer: no photo is sent anywhere.</source>
        <translation>把照片拖到这里，或点击“打开照片”。所有处理都在本机完成：照片不会被发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="162"/>
        <source>Photo check sections</source>
        <translation>照片检查的各部分</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="163"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="164"/>
        <source>Protect</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="165"/>
        <source>Folder scan</source>
        <translation>文件夹扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="254"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="261"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="409"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="261"/>
        <source>Eye distance</source>
        <translation>两眼间距</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="262"/>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="262"/>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="262"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="263"/>
        <source>Distance between the eye centres, in pixels of the photo</source>
        <translation>两眼中心之间的距离（照片像素）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="264"/>
        <source>Turn (yaw) / up-down tilt (pitch) / roll, in degrees</source>
        <translation>侧转（偏航）／低头抬头（俯仰）／歪头（翻滚），单位：度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="265"/>
        <source>Detail in the face (higher is sharper)</source>
        <translation>脸部细节（数值越高越清晰）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="266"/>
        <source>Mean brightness of the face, 0-255</source>
        <translation>脸部平均亮度（0–255）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="280"/>
        <source>&lt;b&gt;What this photo reveals&lt;/b&gt;</source>
        <translation>&lt;b&gt;这张照片透露了什么&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="284"/>
        <source>Protect this photo…</source>
        <translation>保护这张照片……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="306"/>
        <source>Strong blur</source>
        <translation>强模糊</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="306"/>
        <source>Coarse pixels</source>
        <translation>粗马赛克</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="307"/>
        <source>Solid fill</source>
        <translation>纯色遮盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="315"/>
        <source>Remove selected box</source>
        <translation>删除选中的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="318"/>
        <source>Restore detected boxes</source>
        <translation>恢复检测到的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="321"/>
        <source>Protect and save as…</source>
        <translation>保护并另存为……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="333"/>
        <source>Before: boxes to cover</source>
        <translation>处理前：要遮盖的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="334"/>
        <source>After: the protected copy</source>
        <translation>处理后：受保护的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="343"/>
        <source>Open a photo on the Check tab first.</source>
        <translation>请先在“检查”标签页打开一张照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="344"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="700"/>
        <source>The protected copy appears here after it is saved.</source>
        <translation>保存后，受保护的副本会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="349"/>
        <source>Detected face</source>
        <translation>检测到的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="349"/>
        <source>Your box</source>
        <translation>您加的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="350"/>
        <source>Covered (after)</source>
        <translation>已遮盖（处理后）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="362"/>
        <source>Scan a folder…</source>
        <translation>扫描文件夹……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="374"/>
        <source>Save report (JSON and CSV)…</source>
        <translation>保存报告（JSON 和 CSV）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="401"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="389"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="408"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="576"/>
        <source>Cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="170"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="175"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="195"/>
        <source>Could a face-recognition system match a face in your photo?</source>
        <translation>人脸识别系统能从您的照片里比对出人脸吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="203"/>
        <source>FaceLedger finds the faces, says how matchable each one is and why, lists what the file&apos;s metadata reveals, and writes a copy with the faces covered. Nothing leaves this computer.</source>
        <translation>人脸账本会找出照片中的人脸，说明每张脸有多容易被比对以及原因，列出文件元数据透露的信息，并另存一份遮盖了人脸的副本。所有处理都不离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="210"/>
        <source>Open photos to check</source>
        <translation>打开要检查的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="218"/>
        <source>or drop photos here. JPEG, PNG, WebP, HEIC, TIFF, BMP, GIF and PPM are read.</source>
        <translation>或把照片拖到这里。支持 JPEG、PNG、WebP、HEIC、TIFF、BMP、GIF 和 PPM。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="222"/>
        <source>Check a whole folder…</source>
        <translation>检查整个文件夹……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="222"/>
        <source>Check a whole folder</source>
        <translation>检查整个文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="231"/>
        <source>Checked photos</source>
        <translation>已检查的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="241"/>
        <source>Photo with face boxes</source>
        <translation>带人脸方框的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="242"/>
        <source>Tab or N and P go from face to face; the table beside shows the selected face&apos;s figures.</source>
        <translation>用 Tab 键或 N、P 键在人脸之间切换；旁边的表格显示所选人脸的数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="244"/>
        <source>Select a photo in the list.</source>
        <translation>请在列表中选择一张照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="260"/>
        <source>{0} px</source>
        <translation>{0} 像素</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="267"/>
        <source>Faces found</source>
        <translation>找到的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="278"/>
        <source>Why: reasons for each face</source>
        <translation>原因：每张脸的说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="281"/>
        <source>What this photo reveals</source>
        <translation>这张照片透露了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="284"/>
        <source>Protect this photo</source>
        <translation>保护这张照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="302"/>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="304"/>
        <source>Protection method</source>
        <translation>保护方式</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="310"/>
        <source>Add a box</source>
        <translation>添加方框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="311"/>
        <source>Adds a box in the middle of the photo: move it with the arrow keys, resize it with Shift and the arrow keys.</source>
        <translation>在照片中央添加一个方框：用方向键移动，按住 Shift 再按方向键调整大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="321"/>
        <source>Protect and save as</source>
        <translation>保护并另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="326"/>
        <source>Drag on the photo to add a box over a face the check missed; click a box and press Delete to remove it. From the keyboard: Tab to the photo, Tab or N/P from box to box, Insert to add a box, arrow keys to move it, Shift+arrow keys to resize it. Faces found again in the result are covered anyway.</source>
        <translation>在照片上拖动，可为检查漏掉的人脸添加方框；点击方框后按 Delete 键可删除。用键盘操作：按 Tab 键进入照片，用 Tab 或 N/P 键在方框之间切换，按 Insert 键添加方框，方向键移动，Shift+方向键调整大小。结果中再次检测到的人脸无论如何都会被遮盖。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="333"/>
        <source>Photo before protection, editable boxes</source>
        <translation>保护前的照片，方框可编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="334"/>
        <source>Protected copy</source>
        <translation>受保护的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="351"/>
        <source>Protection report</source>
        <translation>保护报告</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="362"/>
        <source>Scan a folder</source>
        <translation>扫描文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="366"/>
        <source>Scanned folder</source>
        <translation>扫描的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="368"/>
        <source>Protect all flagged…</source>
        <translation>保护所有标记的照片……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="369"/>
        <source>Protect all flagged photos</source>
        <translation>保护所有标记的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="370"/>
        <source>Writes a protected copy of every photo judged easy to match or matchable into a folder you choose.</source>
        <translation>把每张被判为“容易比对”或“可以比对”的照片的受保护副本写入您选择的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="374"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="381"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="383"/>
        <source>Show photos</source>
        <translation>显示哪些照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="385"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="386"/>
        <source>Flagged: easy to match or matchable</source>
        <translation>已标记：容易比对或可以比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="392"/>
        <source>Find a file name</source>
        <translation>查找文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="393"/>
        <source>Find a file name…</source>
        <translation>查找文件名……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="399"/>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="401"/>
        <source>Cancel the scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="409"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="409"/>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="409"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="414"/>
        <source>Scanned photos</source>
        <translation>扫描到的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="415"/>
        <source>Click a column header to sort; Enter or a double click opens the photo.</source>
        <translation>点击列标题可排序；按 Enter 键或双击可打开照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="428"/>
        <source>Scan summary</source>
        <translation>扫描摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="480"/>
        <source>Open a photo that can be read first.</source>
        <translation>请先打开一张可以读取的照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="482"/>
        <source>Wait until the current check or protection has finished.</source>
        <translation>请等待当前的检查或保护完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="489"/>
        <source>Select a box on the photo first.</source>
        <translation>请先在照片上选择一个方框。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="494"/>
        <source>Scan a folder first: photos judged easy to match or matchable are protected.</source>
        <translation>请先扫描文件夹：被判为“容易比对”或“可以比对”的照片会被保护。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="496"/>
        <source>Scan a folder first.</source>
        <translation>请先扫描文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="541"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="543"/>
        <source>({0} more waiting)</source>
        <translation>（还有 {0} 张在等待）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="607"/>
        <source>{0} could not be checked: {1}</source>
        <translation>{0} 无法检查：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="882"/>
        <source>{0} of %n photo(s) checked in {1:.1f} s. Easy to match: {2}; matchable: {3}; harder to match today: {4}; no face: {5}; cannot read: {6}; other files skipped: {7}.</source>
        <translation>
            <numerusform>共 %n 张照片，已检查 {0} 张，用时 {1:.1f} 秒。容易比对：{2}；可以比对：{3}；目前较难比对：{4}；没有人脸：{5}；无法读取：{6}；跳过的其他文件：{7}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="916"/>
        <source>Protecting %n photo(s)…</source>
        <translation>
            <numerusform>正在保护 %n 张照片……</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="597"/>
        <source>{0} could not be checked:
{1}</source>
        <translation>{0} 无法检查：
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="599"/>
        <source>Cannot read this file</source>
        <translation>无法读取这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="613"/>
        <source>faces found: {0}</source>
        <translation>找到 {0} 张人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="619"/>
        <source>Nothing: this file carries no place, time, device or owner information.</source>
        <translation>没有：这个文件不含地点、时间、设备或主人信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="650"/>
        <source>Face {0}</source>
        <translation>人脸 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="154"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="667"/>
        <source>Open photos</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="668"/>
        <source>Photos ({0});;All files (*)</source>
        <translation>照片 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="692"/>
        <source>A folder scan is already running; drop the folder again when it ends.</source>
        <translation>已经有一个文件夹扫描正在进行；请在它结束后再拖入这个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="746"/>
        <source>Protecting…</source>
        <translation>正在保护……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="747"/>
        <source>Covering faces and checking the result…</source>
        <translation>正在遮盖人脸并检查结果……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="759"/>
        <source>After {0} rounds of covering, %n face(s) could still be detected; they are marked with ! on the photo. Draw a box over each of them (or select it and make it larger), or choose Solid fill as the method, and protect again.</source>
        <translation>
            <numerusform>遮盖 {0} 轮之后，仍能检测到 %n 张人脸，已在照片上用“!”标出。请在每张上画一个方框（或选中后把它放大），或把方式改为“纯色遮盖”，然后再保护一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="768"/>
        <source>The photo was not protected.</source>
        <translation>这张照片没有被保护。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="775"/>
        <source>Protected copy saved: {0}</source>
        <translation>受保护的副本已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="780"/>
        <source>found again in the result</source>
        <translation>在结果中再次发现</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="781"/>
        <source>blurred</source>
        <translation>已模糊</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="781"/>
        <source>pixelated</source>
        <translation>已打马赛克</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="781"/>
        <source>filled</source>
        <translation>已纯色遮盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="782"/>
        <source>EXIF (camera data)</source>
        <translation>EXIF（相机数据）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="782"/>
        <source>GPS position</source>
        <translation>GPS 位置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="783"/>
        <source>embedded thumbnail</source>
        <translation>内嵌缩略图</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="783"/>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="783"/>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="784"/>
        <source>colour profile</source>
        <translation>颜色配置文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="784"/>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="785"/>
        <source>text fields</source>
        <translation>文字字段</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="786"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="787"/>
        <source>Checked again with the detectors (YuNet and MediaPipe at two sizes, and Haar): no face was found in the protected copy (%n round(s)). Detection can miss faces: look at the result yourself before you share it.</source>
        <translation>
            <numerusform>已用检测器（两种尺寸下的 YuNet 和 MediaPipe，以及 Haar）再次检查：受保护的副本中没有找到人脸（共 %n 轮）。检测也可能漏掉人脸：分享之前请自己再看一遍。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="796"/>
        <source>Covered regions:</source>
        <translation>遮盖的区域：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="799"/>
        <source>Region {0} ({1}): {2}, {3}×{4} px at {5}, {6}</source>
        <translation>区域 {0}（{1}）：{2}，{3}×{4} 像素，位置 {5}, {6}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="791"/>
        <source>none was present</source>
        <translation>原文件没有元数据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="792"/>
        <source>Metadata removed: {0}</source>
        <translation>已删除的元数据：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="795"/>
        <source>Metadata still present: {0}</source>
        <translation>仍然存在的元数据：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="261"/>
        <source>Pose</source>
        <translation>姿态</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="755"/>
        <source>Not protected: no file was written.</source>
        <translation>未能保护：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="778"/>
        <source>found by the detectors</source>
        <translation>由检测器找到</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="779"/>
        <source>found by the third detector</source>
        <translation>由第三个检测器找到</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="779"/>
        <source>detected, kept by you</source>
        <translation>检测到，由您保留</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="780"/>
        <source>drawn by you</source>
        <translation>由您画出</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="802"/>
        <source>(strengthened: a face was still found under the first cover)</source>
        <translation>（已加强：第一次遮盖后仍检测到人脸）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="813"/>
        <source>Save the protected copy</source>
        <translation>保存受保护的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="814"/>
        <source>JPEG (*.jpg);;PNG (*.png);;WebP (*.webp)</source>
        <translation>JPEG (*.jpg);;PNG (*.png);;WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="826"/>
        <source>A scan or a protection of the flagged photos is running.</source>
        <translation>正在扫描，或正在保护标记的照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="870"/>
        <source>Cancelling: waiting for the photos being checked…</source>
        <translation>正在取消：等待正在检查的照片完成……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="888"/>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="929"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="893"/>
        <source>Choose a folder of photos</source>
        <translation>选择照片所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="923"/>
        <source>Protected copies written: {0} of {1}.</source>
        <translation>已写入受保护的副本：{0} / {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="925"/>
        <source>Not protected: {0}</source>
        <translation>未能保护：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="934"/>
        <source>Choose a folder for the protected copies</source>
        <translation>选择存放受保护副本的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="949"/>
        <source>Report saved: {0} and {1}</source>
        <translation>报告已保存：{0} 和 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="953"/>
        <source>Save the scan report</source>
        <translation>保存扫描报告</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="955"/>
        <source>JSON and CSV (*.json)</source>
        <translation>JSON 和 CSV (*.json)</translation>
    </message>
</context>
</TS>
