<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LettersBatchDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="355"/>
        <source>%n row(s); columns: {0}</source>
        <translation>
            <numerusform>%n row; columns: {0}</numerusform>
            <numerusform>%n rows; columns: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="357"/>
        <source>%n row(s); {0} columns (point here to see them)</source>
        <translation>
            <numerusform>%n row; {0} columns (point here to see them)</numerusform>
            <numerusform>%n rows; {0} columns (point here to see them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="459"/>
        <source>Writing %n letter(s)…</source>
        <translation>
            <numerusform>Writing %n letter…</numerusform>
            <numerusform>Writing %n letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="496"/>
        <source>%n written</source>
        <translation>
            <numerusform>%n written</numerusform>
            <numerusform>%n written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="496"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_batch_dialog.py" line="498"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="720"/>
        <source>Recorded as request {0} (draft) with %n file(s). Mark it sent when it has gone out.</source>
        <translation>
            <numerusform>Recorded as request {0} (draft) with %n file. Mark it sent when it has gone out.</numerusform>
            <numerusform>Recorded as request {0} (draft) with %n files. Mark it sent when it has gone out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="723"/>
        <source>Request {0} now has %n file(s).</source>
        <translation>
            <numerusform>Request {0} now has %n file.</numerusform>
            <numerusform>Request {0} now has %n files.</numerusform>
        </translation>
    </message>
</context>
</TS>
