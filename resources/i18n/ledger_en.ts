<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="317"/>
        <source>%n request(s) past the reply date. Write the follow-up or complaint now →</source>
        <translation>
            <numerusform>%n request is past its reply date. Write the follow-up or complaint now →</numerusform>
            <numerusform>%n requests are past their reply date. Write the follow-up or complaint now →</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="520"/>
        <source>%n holder(s) added to your ledger.</source>
        <translation>
            <numerusform>%n holder added to your ledger.</numerusform>
            <numerusform>%n holders added to your ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="538"/>
        <source>Imported %n holder(s).</source>
        <translation>
            <numerusform>Imported %n holder.</numerusform>
            <numerusform>Imported %n holders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/ledger_page.py" line="559"/>
        <source>Wrote %n holder(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n holder to {0}.</numerusform>
            <numerusform>Wrote %n holders to {0}.</numerusform>
        </translation>
    </message>
</context>
</TS>
