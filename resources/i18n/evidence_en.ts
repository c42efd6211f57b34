<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_models.py" line="33"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="271"/>
        <source>%n timestamp request(s) queued; use Timestamp… to retry.</source>
        <translation>
            <numerusform>%n timestamp request queued; use Timestamp… to retry.</numerusform>
            <numerusform>%n timestamp requests queued; use Timestamp… to retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="305"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/evidence_page.py" line="459"/>
        <source>Added %n entries from the ledger.</source>
        <translation>
            <numerusform>Added %n entry from the ledger.</numerusform>
            <numerusform>Added %n entries from the ledger.</numerusform>
        </translation>
    </message>
</context>
</TS>
