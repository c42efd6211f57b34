<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="692"/>
        <source>Recorded as request {0} (draft) with %n file(s). Mark it sent when it has gone out.</source>
        <translation>
            <numerusform>Recorded as request {0} (draft) with %n file. Mark it sent when it has gone out.</numerusform>
            <numerusform>Recorded as request {0} (draft) with %n files. Mark it sent when it has gone out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/letters_page.py" line="695"/>
        <source>Request {0} now has %n file(s).</source>
        <translation>
            <numerusform>Request {0} now has %n file.</numerusform>
            <numerusform>Request {0} now has %n files.</numerusform>
        </translation>
    </message>
</context>
</TS>
