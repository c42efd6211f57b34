<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="96" />
        <source>Easy to match</source>
        <translation>容易比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="96" />
        <source>Matchable</source>
        <translation>可以比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="97" />
        <source>Harder to match today</source>
        <translation>目前较难比对</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="97" />
        <source>No face found</source>
        <translation>没有找到人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="101" />
        <source>&lt;h2&gt;Photo check&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;照片检查&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="103" />
        <source>Open photos…</source>
        <translation>打开照片……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="107" />
        <source>Drop photos here or open them. Everything happens on this computer: no photo is sent anywhere.</source>
        <translation>把照片拖到这里，或点击“打开照片”。所有处理都在本机完成：照片不会被发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="113" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="114" />
        <source>Protect</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="115" />
        <source>Folder scan</source>
        <translation>文件夹扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="145" />
        <source>Drop photos here, or use “Open photos…”.
Folders dropped here are scanned on the Folder scan tab.</source>
        <translation>把照片拖到这里，或点击“打开照片……”。
拖入的文件夹会在“文件夹扫描”标签页中扫描。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="162" />
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="271" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="162" />
        <source>Eye distance</source>
        <translation>两眼间距</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="163" />
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="163" />
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="163" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="164" />
        <source>Distance between the eye centres, in pixels of the photo</source>
        <translation>两眼中心之间的距离（照片像素）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="165" />
        <source>Turn (yaw) / up-down tilt (pitch) / roll, in degrees</source>
        <translation>侧转（偏航）／低头抬头（俯仰）／歪头（翻滚），单位：度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="166" />
        <source>Detail in the face (higher is sharper)</source>
        <translation>脸部细节（数值越高越清晰）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="167" />
        <source>Mean brightness of the face, 0-255</source>
        <translation>脸部平均亮度（0–255）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="180" />
        <source>&lt;b&gt;What this photo reveals&lt;/b&gt;</source>
        <translation>&lt;b&gt;这张照片透露了什么&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="184" />
        <source>Protect this photo…</source>
        <translation>保护这张照片……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="201" />
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="203" />
        <source>Strong blur</source>
        <translation>强模糊</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="203" />
        <source>Coarse pixels</source>
        <translation>粗马赛克</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="204" />
        <source>Solid fill</source>
        <translation>纯色遮盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="207" />
        <source>Remove selected box</source>
        <translation>删除选中的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="210" />
        <source>Restore detected boxes</source>
        <translation>恢复检测到的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="214" />
        <source>Protect and save as…</source>
        <translation>保护并另存为……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="218" />
        <source>Drag on the photo to add a box over a face the check missed; click a box and press Delete to remove it. Faces found again in the result are covered anyway.</source>
        <translation>在照片上拖动，可以给检查漏掉的人脸加框；点击一个框再按 Delete 键可删除它。在结果中再次检测到的人脸无论如何都会被遮盖。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="223" />
        <source>Before: boxes to cover</source>
        <translation>处理前：要遮盖的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="224" />
        <source>After: the protected copy</source>
        <translation>处理后：受保护的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="233" />
        <source>Open a photo on the Check tab first.</source>
        <translation>请先在“检查”标签页打开一张照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="234" />
        <source>The protected copy appears here after it is saved.</source>
        <translation>保存后，受保护的副本会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="238" />
        <source>Detected face</source>
        <translation>检测到的人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="238" />
        <source>Your box</source>
        <translation>您加的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="239" />
        <source>Covered (after)</source>
        <translation>已遮盖（处理后）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="251" />
        <source>Scan a folder…</source>
        <translation>扫描文件夹……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="256" />
        <source>Save report (JSON and CSV)…</source>
        <translation>保存报告（JSON 和 CSV）……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="263" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="270" />
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="401" />
        <source>Cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="271" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="271" />
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="271" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="373" />
        <source>Checking {0}…</source>
        <translation>正在检查 {0}……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="375" />
        <source>({0} more waiting)</source>
        <translation>（还有 {0} 张在等待）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="404" />
        <source>{0} could not be checked: {1}</source>
        <translation>{0} 无法检查：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="421" />
        <source>{0} could not be checked:
{1}</source>
        <translation>{0} 无法检查：
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="424" />
        <source>Cannot read this file</source>
        <translation>无法读取这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="437" />
        <source>faces found: {0}</source>
        <translation>找到 {0} 张人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="443" />
        <source>Nothing: this file carries no place, time, device or owner information.</source>
        <translation>没有：这个文件不含地点、时间、设备或主人信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="468" />
        <source>Face {0}</source>
        <translation>人脸 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="485" />
        <source>Open photos</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="486" />
        <source>Photos ({0});;All files (*)</source>
        <translation>照片 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="517" />
        <source>A folder scan is already running; drop the folder again when it ends.</source>
        <translation>已经有一个文件夹扫描正在进行；请在它结束后再拖入这个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="555" />
        <source>Protecting…</source>
        <translation>正在保护……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="556" />
        <source>Covering faces and checking the result…</source>
        <translation>正在遮盖人脸并检查结果……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="562" />
        <source>Nothing was written.</source>
        <translation>没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="564" />
        <source>Not protected: nothing was written.</source>
        <translation>未能保护：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="568" />
        <source>{0} face(s) could still be detected after covering. Add boxes by hand over them, or choose Solid fill, and try again.</source>
        <translation>遮盖后仍能检测到 {0} 张人脸。请手动在这些人脸上加框，或选择“纯色遮盖”，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="574" />
        <source>The photo was not protected.</source>
        <translation>这张照片没有被保护。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="581" />
        <source>Protected copy saved: {0}</source>
        <translation>受保护的副本已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="584" />
        <source>detected</source>
        <translation>检测到</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="584" />
        <source>found by the second detector</source>
        <translation>第二个检测器发现</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="585" />
        <source>your box or a reviewed box</source>
        <translation>您加的框或确认过的框</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="585" />
        <source>found again in the result</source>
        <translation>在结果中再次发现</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="586" />
        <source>blurred</source>
        <translation>已模糊</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="586" />
        <source>pixelated</source>
        <translation>已打马赛克</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="586" />
        <source>filled</source>
        <translation>已纯色遮盖</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="587" />
        <source>EXIF (camera data)</source>
        <translation>EXIF（相机数据）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="587" />
        <source>GPS position</source>
        <translation>GPS 位置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="588" />
        <source>embedded thumbnail</source>
        <translation>内嵌缩略图</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="588" />
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="588" />
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="589" />
        <source>colour profile</source>
        <translation>颜色配置文件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="589" />
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="590" />
        <source>text fields</source>
        <translation>文字字段</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="591" />
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="601" />
        <source>Covered regions:</source>
        <translation>遮盖的区域：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="604" />
        <source>Region {0} ({1}): {2}, {3}×{4} px at {5}, {6}</source>
        <translation>区域 {0}（{1}）：{2}，{3}×{4} 像素，位置 {5}, {6}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="596" />
        <source>none was present</source>
        <translation>原文件没有元数据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="597" />
        <source>Metadata removed: {0}</source>
        <translation>已删除的元数据：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="599" />
        <source>Metadata still present: {0}</source>
        <translation>仍然存在的元数据：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="592" />
        <source>Checked again with both detectors (MediaPipe at two sizes, and Haar): no face was found in the protected copy ({0} round(s)). Detection can miss faces: look at the result yourself before you share it.</source>
        <translation>已用两个检测器重新检查（MediaPipe 在两种尺寸下检测，另加 Haar）：受保护的副本中没有找到人脸（共 {0} 轮）。检测也可能漏掉人脸：分享之前请自己再看一遍结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="162" />
        <source>Pose</source>
        <translation>姿态</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="607" />
        <source>(strengthened: a face was still found under the first cover)</source>
        <translation>（已加强：第一次遮盖后仍检测到人脸）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="618" />
        <source>Save the protected copy</source>
        <translation>保存受保护的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="619" />
        <source>JPEG (*.jpg);;PNG (*.png);;WebP (*.webp)</source>
        <translation>JPEG (*.jpg);;PNG (*.png);;WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="664" />
        <source>Cancelling: waiting for the photos being checked…</source>
        <translation>正在取消：等待正在检查的照片完成……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="676" />
        <source>{0} of {1} photo(s) checked in {2:.1f} s. Easy to match: {3}; matchable: {4}; harder to match today: {5}; no face: {6}; cannot read: {7}; other files skipped: {8}.</source>
        <translation>共 {1} 张照片，已检查 {0} 张，用时 {2:.1f} 秒。容易比对：{3}；可以比对：{4}；目前较难比对：{5}；没有人脸：{6}；无法读取：{7}；跳过的其他文件：{8}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="681" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="690" />
        <source>Choose a folder of photos</source>
        <translation>选择照片所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="705" />
        <source>Report saved: {0} and {1}</source>
        <translation>报告已保存：{0} 和 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="709" />
        <source>Save the scan report</source>
        <translation>保存扫描报告</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="711" />
        <source>JSON and CSV (*.json)</source>
        <translation>JSON 和 CSV (*.json)</translation>
    </message>
</context>
</TS>