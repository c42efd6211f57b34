<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="20" />
        <source>Welcome to FaceLedger</source>
        <translation>欢迎使用人脸账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="24" />
        <source>&lt;h2&gt;Welcome to FaceLedger&lt;/h2&gt;&lt;p&gt;FaceLedger keeps a record of who holds your face data, what you asked of them, and the evidence. Everything stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;First, create your vault. Choose how its key is protected:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用人脸账本&lt;/h2&gt;&lt;p&gt;人脸账本帮你记录谁持有你的人脸信息、你向他们提出了什么请求，以及相关证据。所有内容都加密保存在这台电脑上。&lt;/p&gt;&lt;p&gt;首先，创建你的保险库，并选择如何保护它的密钥：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="31" />
        <source>Keep the key in this computer's keychain (no passphrase to type)</source>
        <translation>把密钥保存在本机钥匙串中（无需输入口令）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="32" />
        <source>Protect the key with a passphrase (asked each time you open the app)</source>
        <translation>用口令保护密钥（每次打开应用时输入）</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="39" />
        <source>No usable keychain was found on this system ({0}). FaceLedger never stores keys in plaintext, so use a passphrase.</source>
        <translation>本系统没有可用的钥匙串（{0}）。人脸账本从不以明文保存密钥，请使用口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="59" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="60" />
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="61" />
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="62" />
        <source>A few unrelated words make a strong passphrase. If you forget it, nobody can open the vault: keep a backup.</source>
        <translation>几个互不相关的词语就能组成很强的口令。如果忘记口令，任何人都无法打开保险库：请做好备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="73" />
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="89" />
        <source>very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="89" />
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="89" />
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="89" />
        <source>good</source>
        <translation>较强</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="89" />
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="100" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="42" />
        <source>FaceLedger 人脸账本</source>
        <translation>人脸账本 FaceLedger</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="54" />
        <source>Ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="54" />
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="54" />
        <source>Photo check</source>
        <translation>照片检查</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="55" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="55" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="92" />
        <source>This part of FaceLedger is coming in a later version.</source>
        <translation>人脸账本的这一部分将在后续版本中推出。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="94" />
        <source>This page could not be opened: {0}</source>
        <translation>无法打开此页面：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="155" />
        <source>Cannot open the vault</source>
        <translation>无法打开保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="173" />
        <source>Reminders are unavailable: {0}</source>
        <translation>提醒功能不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="177" />
        <source>Vault: {0}</source>
        <translation>保险库：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/main_window.py" line="177" />
        <source>No vault open</source>
        <translation>未打开保险库</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="119" />
        <source>Unlock vault</source>
        <translation>解锁保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="122" />
        <source>Enter the passphrase of vault “{0}”.</source>
        <translation>请输入保险库“{0}”的口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="134" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/faceledger/gui/vault_dialogs.py" line="146" />
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>口令错误。未做任何更改，请重试。</translation>
    </message>
</context>
</TS>