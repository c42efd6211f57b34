<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="40"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="44"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="47"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="50"/>
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="56"/>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="164"/>
        <source>Unlock…</source>
        <translation>解锁……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="57"/>
        <source>Back up…</source>
        <translation>备份……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="58"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="59"/>
        <source>Change key / passphrase…</source>
        <translation>更换密钥 / 口令……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="60"/>
        <source>Open or create another vault…</source>
        <translation>打开或新建其他保险库……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="68"/>
        <source>OS keychain: available ({0})</source>
        <translation>系统钥匙串：可用（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="69"/>
        <source>OS keychain: not available ({0}). Vaults here use a passphrase; FaceLedger never stores keys in plaintext.</source>
        <translation>系统钥匙串：不可用（{0}）。本机的保险库使用口令保护；人脸账本从不以明文保存密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="76"/>
        <source>Locking</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="81"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="82"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="83"/>
        <source>Lock after this many idle minutes:</source>
        <translation>闲置多少分钟后锁定：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="84"/>
        <source>Lock when the screen locks</source>
        <translation>屏幕锁定时一并锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="86"/>
        <source>Lock now with Ctrl+L. Locking closes the vault and everything shown from it; unlocking brings you back where you were.</source>
        <translation>按 Ctrl+L 立即锁定。锁定会关闭保险库及其显示的全部内容；解锁后回到您离开时的位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="93"/>
        <source>Reminders and network</source>
        <translation>提醒与网络</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="95"/>
        <source>Show reply deadlines in the system tray</source>
        <translation>在系统托盘中显示答复期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="97"/>
        <source>Check for FaceLedger updates when the app starts (off by default)</source>
        <translation>启动时检查人脸账本更新（默认关闭）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="100"/>
        <source>Check for updates now</source>
        <translation>立即检查更新</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="106"/>
        <source>FaceLedger sends nothing over the network unless you ask: an update check, or a timestamp for your evidence. Photos never leave this computer.</source>
        <translation>除非您主动要求（检查更新，或为证据申请时间戳），人脸账本不会通过网络发送任何内容。照片永远不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="159"/>
        <source>Open or unlock a vault first.</source>
        <translation>请先打开或解锁保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="164"/>
        <source>Open a vault…</source>
        <translation>打开保险库……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="167"/>
        <source>The vault “{0}” is locked.</source>
        <translation>保险库“{0}”已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="168"/>
        <source>No vault is open.</source>
        <translation>尚未打开保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="171"/>
        <source>OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="171"/>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="172"/>
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n 个持有方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="173"/>
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n 条采集记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="174"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="175"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="178"/>
        <source>key kept by: {0}</source>
        <translation>密钥保管方式：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="188"/>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="189"/>
        <source>FaceLedger backups (*.flbackup)</source>
        <translation>人脸账本备份 (*.flbackup)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="192"/>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="197"/>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="193"/>
        <source>Passphrase that will protect the backup file:</source>
        <translation>用于保护备份文件的口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="197"/>
        <source>Repeat the backup&apos;s passphrase:</source>
        <translation>请再次输入备份口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="206"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="208"/>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="209"/>
        <source>Backup written to {0} ({1} attachments). Keep its passphrase: without it the backup cannot be opened.</source>
        <translation>备份已写入 {0}（{1} 个附件）。请牢记口令：没有口令就无法打开备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="230"/>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="233"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="230"/>
        <source>New passphrase (at least 8 characters):</source>
        <translation>新口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="233"/>
        <source>Repeat the new passphrase:</source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="201"/>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="234"/>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="239"/>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="201"/>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="234"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="241"/>
        <source>The vault has a new key.</source>
        <translation>保险库已更换新密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="247"/>
        <source>Open or create a vault</source>
        <translation>打开或新建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="248"/>
        <source>Vault name (type a new name to create one):</source>
        <translation>保险库名称（输入新名称即可新建）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="260"/>
        <source>Update checks are not available in this build.</source>
        <translation>此版本不支持检查更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="263"/>
        <source>Checking…</source>
        <translation>正在检查……</translation>
    </message>
</context>
</TS>
