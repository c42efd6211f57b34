<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="18" />
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;设置&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="20" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="23" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="26" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="29" />
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="35" />
        <source>Back up…</source>
        <translation>备份……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="36" />
        <source>Restore a backup…</source>
        <translation>从备份恢复……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="37" />
        <source>Change key / passphrase…</source>
        <translation>更换密钥 / 口令……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="38" />
        <source>Open or create another vault…</source>
        <translation>打开或新建其他保险库……</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="46" />
        <source>OS keychain: available ({0})</source>
        <translation>系统钥匙串：可用（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="47" />
        <source>OS keychain: not available ({0}). Vaults here use a passphrase; FaceLedger never stores keys in plaintext.</source>
        <translation>系统钥匙串：不可用（{0}）。本机的保险库使用口令保护；人脸账本从不以明文保存密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="54" />
        <source>Reminders and network</source>
        <translation>提醒与网络</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="56" />
        <source>Show reply deadlines in the system tray</source>
        <translation>在系统托盘中显示答复期限</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="58" />
        <source>Check for FaceLedger updates when the app starts (off by default)</source>
        <translation>启动时检查人脸账本更新（默认关闭）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="61" />
        <source>Check for updates now</source>
        <translation>立即检查更新</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="67" />
        <source>FaceLedger sends nothing over the network unless you ask: an update check, or a timestamp for your evidence. Photos never leave this computer.</source>
        <translation>除非你主动要求（检查更新，或为证据申请时间戳），人脸账本不会通过网络发送任何内容。照片永远不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="113" />
        <source>No vault is open.</source>
        <translation>尚未打开保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="116" />
        <source>OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="116" />
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="118" />
        <source>&lt;b&gt;{0}&lt;/b&gt; — key kept by: {1}&lt;br&gt;{2} holders, {3} collections, {4} requests, {5} attachments&lt;br&gt;&lt;span style='color:#555'&gt;{6}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — 密钥保管方式：{1}&lt;br&gt;{2} 个持有方，{3} 条采集记录，{4} 项请求，{5} 个附件&lt;br&gt;&lt;span style='color:#555'&gt;{6}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="129" />
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="130" />
        <source>FaceLedger backups (*.flbackup)</source>
        <translation>人脸账本备份 (*.flbackup)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="133" />
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="156" />
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="134" />
        <source>Passphrase that will protect the backup file:</source>
        <translation>用于保护备份文件的口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="140" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="142" />
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="143" />
        <source>Backup written to {0} ({1} attachments). Keep its passphrase: without it the backup cannot be opened.</source>
        <translation>备份已写入 {0}（{1} 个附件）。请牢记口令：没有口令就无法打开备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="149" />
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="153" />
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="150" />
        <source>FaceLedger backups (*.flbackup *.zip)</source>
        <translation>人脸账本备份 (*.flbackup *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="153" />
        <source>Name for the restored vault:</source>
        <translation>恢复后的保险库名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="156" />
        <source>Passphrase of the backup:</source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="162" />
        <source>Nothing was restored</source>
        <translation>未恢复任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="177" />
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="180" />
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="177" />
        <source>New passphrase (at least 8 characters):</source>
        <translation>新口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="180" />
        <source>Repeat the new passphrase:</source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="181" />
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="186" />
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="181" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="188" />
        <source>The vault has a new key.</source>
        <translation>保险库已更换新密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="194" />
        <source>Open or create a vault</source>
        <translation>打开或新建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="195" />
        <source>Vault name (type a new name to create one):</source>
        <translation>保险库名称（输入新名称即可新建）：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="207" />
        <source>Update checks are not available in this build.</source>
        <translation>此版本不支持检查更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/pages/settings_page.py" line="210" />
        <source>Checking…</source>
        <translation>正在检查……</translation>
    </message>
</context>
</TS>