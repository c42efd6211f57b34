<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="34"/>
        <source>About FaceLedger</source>
        <translation>关于人脸账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="37"/>
        <source>FaceLedger 人脸账本</source>
        <translation>人脸账本 FaceLedger</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="38"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="39"/>
        <source>Keeps a record of who holds your face data, writes your requests under China&apos;s Personal Information Protection Law, checks and protects photos on this computer, and keeps evidence that can be verified.</source>
        <translation>记录谁持有您的人脸信息，依据《个人信息保护法》撰写您的请求，在本机检查并保护照片，并保存可以验证的证据。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="42"/>
        <source>Your data stays on this computer, encrypted. Nothing is sent over the network unless you ask.</source>
        <translation>您的数据加密保存在本机。除非您要求，不会通过网络发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="46"/>
        <source>Shipped with FaceLedger, and their licences:</source>
        <translation>人脸账本附带的组件及其许可证：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="49"/>
        <source>Shipped components</source>
        <translation>附带的组件</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="52"/>
        <source>Qt {0} and Qt for Python {1} (The Qt Company) — GNU LGPL v3</source>
        <translation>Qt {0} 与 Qt for Python {1}（The Qt Company）——GNU LGPL v3</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="57"/>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="72"/>
        <source>The licence file {0} is missing from this installation.</source>
        <translation>本次安装缺少许可证文件 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/about_dialog.py" line="75"/>
        <source>Qt and Qt for Python are used under the GNU Lesser General Public License version 3; their licence texts come with the PySide6 package FaceLedger is installed with.</source>
        <translation>Qt 与 Qt for Python 依据 GNU 宽通用公共许可证第 3 版使用；其许可证文本随人脸账本所安装的 PySide6 软件包提供。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="93"/>
        <source>Welcome to FaceLedger</source>
        <translation>欢迎使用人脸账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="97"/>
        <source>&lt;h2&gt;Welcome to FaceLedger&lt;/h2&gt;&lt;p&gt;FaceLedger keeps a record of who holds your face data, what you asked of them, and the evidence. Everything stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;First, create your vault. Choose how its key is protected:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用人脸账本&lt;/h2&gt;&lt;p&gt;人脸账本帮您记录谁持有您的人脸信息、您向他们提出了什么请求，以及相关证据。所有内容都加密保存在这台电脑上。&lt;/p&gt;&lt;p&gt;首先，创建您的保险库，并选择如何保护它的密钥：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="108"/>
        <source>This computer&apos;s keychain</source>
        <translation>本机的系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="109"/>
        <source>No passphrase to type; the key is kept by your system&apos;s keychain.</source>
        <translation>无需输入口令；密钥由系统钥匙串保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="111"/>
        <source>A passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="112"/>
        <source>Asked each time you open the app; works everywhere.</source>
        <translation>每次打开程序时询问；在任何系统上都可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="124"/>
        <source>No usable keychain was found on this system ({0}). FaceLedger never stores keys in plaintext, so use a passphrase.</source>
        <translation>本系统没有可用的钥匙串（{0}）。人脸账本从不以明文保存密钥，请使用口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="139"/>
        <source>Vault name:</source>
        <translation>保险库名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="144"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="145"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="146"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="147"/>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="157"/>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="162"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="166"/>
        <source>A few unrelated words make a strong passphrase. If you forget it, nobody can open the vault: keep a backup.</source>
        <translation>几个互不相关的词语就能组成很强的口令。如果忘记口令，任何人都无法打开保险库：请做好备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="176"/>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="178"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="202"/>
        <source>very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="202"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="202"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="202"/>
        <source>good</source>
        <translation>较强</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="202"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="204"/>
        <source>(nothing typed)</source>
        <translation>（尚未输入）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="214"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="54"/>
        <source>FaceLedger 人脸账本</source>
        <translation>人脸账本 FaceLedger</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="61"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="107"/>
        <source>Ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="107"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="107"/>
        <source>Photo check</source>
        <translation>照片检查</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="108"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="108"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="128"/>
        <source>&amp;New holder…</source>
        <translation>新建持有方(&amp;N)……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="129"/>
        <source>Letters for &amp;many people…</source>
        <translation>为多人生成信函(&amp;M)……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="131"/>
        <source>&amp;Lock vault</source>
        <translation>锁定保险库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="132"/>
        <source>&amp;Unlock vault…</source>
        <translation>解锁保险库(&amp;U)……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="134"/>
        <source>&amp;Back up the vault…</source>
        <translation>备份保险库(&amp;B)……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="135"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="139"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="145"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="146"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="147"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="154"/>
        <source>&amp;About FaceLedger</source>
        <translation>关于人脸账本(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="210"/>
        <source>This part of FaceLedger is coming in a later version.</source>
        <translation>人脸账本的这一部分将在后续版本中推出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="212"/>
        <source>This page could not be opened: {0}</source>
        <translation>无法打开此页面：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="252"/>
        <source>Your ledger is kept in your vault, encrypted.</source>
        <translation>您的账本加密保存在保险库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="253"/>
        <source>Letters are written from your ledger, which is kept in your vault.</source>
        <translation>信函根据您的账本生成，而账本保存在保险库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="254"/>
        <source>Unlock to go on checking photos.</source>
        <translation>解锁后继续检查照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="255"/>
        <source>Your evidence log is kept in your vault, encrypted.</source>
        <translation>您的证据记录加密保存在保险库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="342"/>
        <source>Update check failed: {0}</source>
        <translation>检查更新失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="379"/>
        <source>Cannot open the vault</source>
        <translation>无法打开保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="401"/>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="433"/>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="457"/>
        <source>Reminders are unavailable: {0}</source>
        <translation>提醒功能不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="502"/>
        <source>Vault: {0}</source>
        <translation>保险库：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="504"/>
        <source>Locked: {0}</source>
        <translation>已锁定：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="506"/>
        <source>No vault open</source>
        <translation>未打开保险库</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="305"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="307"/>
        <source>FaceLedger backups (*.flbackup *.zip)</source>
        <translation>人脸账本备份 (*.flbackup *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="312"/>
        <source>Name for the restored vault:</source>
        <translation>恢复后的保险库名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="320"/>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="318"/>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="327"/>
        <source>Passphrase of the backup:</source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="330"/>
        <source>Nothing was restored</source>
        <translation>没有恢复任何内容</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="237"/>
        <source>Unlock vault</source>
        <translation>解锁保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="240"/>
        <source>Enter the passphrase of vault “{0}”.</source>
        <translation>请输入保险库“{0}”的口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="243"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="253"/>
        <source>&lt;p&gt;Nobody can recover a forgotten passphrase: FaceLedger keeps no copy and has no back door. Try the words you usually use, and check the keyboard layout and Caps Lock.&lt;/p&gt;&lt;p&gt;If you made a backup, restore it with the backup&apos;s own passphrase. Without either, start a new vault.&lt;/p&gt;</source>
        <translation>&lt;p&gt;忘记的口令无法找回：人脸账本不保存口令副本，也没有后门。请试试您常用的词语，并检查键盘布局和大写锁定键。&lt;/p&gt;&lt;p&gt;如果您做过备份，可以用备份自己的口令恢复。两者都没有时，只能新建保险库。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="261"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="263"/>
        <source>Forgot the passphrase?</source>
        <translation>忘记口令？</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="265"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="290"/>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>口令错误。未做任何更改，请重试。</translation>
    </message>
</context>
<context>
    <name>VaultDialogs</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="59"/>
        <source>Show passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="75"/>
        <source>Caps Lock is on.</source>
        <translation>大写锁定已打开。</translation>
    </message>
</context>
<context>
    <name>VaultGate</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="26"/>
        <source>default vault</source>
        <translation>默认保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="49"/>
        <source>Create a vault…</source>
        <translation>创建保险库……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="50"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="68"/>
        <source>Your vault is locked</source>
        <translation>您的保险库已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="69"/>
        <source>The vault “{0}” is locked</source>
        <translation>保险库“{0}”已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="71"/>
        <source>Unlock…</source>
        <translation>解锁……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="73"/>
        <source>No vault is open</source>
        <translation>没有打开的保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="74"/>
        <source>Open a vault…</source>
        <translation>打开保险库……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_gate.py" line="76"/>
        <source>You have no vault yet</source>
        <translation>您还没有保险库</translation>
    </message>
</context>
</TS>
