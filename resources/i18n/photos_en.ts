<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PhotosPage</name>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="759"/>
        <source>After {0} rounds of covering, %n face(s) could still be detected; they are marked with ! on the photo. Draw a box over each of them (or select it and make it larger), or choose Solid fill as the method, and protect again.</source>
        <translation>
            <numerusform>After {0} rounds of covering, %n face could still be detected; it is marked with ! on the photo. Draw a box over it (or select it and make it larger), or choose Solid fill as the method, and protect again.</numerusform>
            <numerusform>After {0} rounds of covering, %n faces could still be detected; they are marked with ! on the photo. Draw a box over each of them (or select it and make it larger), or choose Solid fill as the method, and protect again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="787"/>
        <source>Checked again with the detectors (YuNet and MediaPipe at two sizes, and Haar): no face was found in the protected copy (%n round(s)). Detection can miss faces: look at the result yourself before you share it.</source>
        <translation>
            <numerusform>Checked again with the detectors (YuNet and MediaPipe at two sizes, and Haar): no face was found in the protected copy (%n round). Detection can miss faces: look at the result yourself before you share it.</numerusform>
            <numerusform>Checked again with the detectors (YuNet and MediaPipe at two sizes, and Haar): no face was found in the protected copy (%n rounds). Detection can miss faces: look at the result yourself before you share it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="882"/>
        <source>{0} of %n photo(s) checked in {1:.1f} s. Easy to match: {2}; matchable: {3}; harder to match today: {4}; no face: {5}; cannot read: {6}; other files skipped: {7}.</source>
        <translation>
            <numerusform>{0} of %n photo checked in {1:.1f} s. Easy to match: {2}; matchable: {3}; harder to match today: {4}; no face: {5}; cannot read: {6}; other files skipped: {7}.</numerusform>
            <numerusform>{0} of %n photos checked in {1:.1f} s. Easy to match: {2}; matchable: {3}; harder to match today: {4}; no face: {5}; cannot read: {6}; other files skipped: {7}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/faceledger/gui/pages/photos_page.py" line="916"/>
        <source>Protecting %n photo(s)…</source>
        <translation>
            <numerusform>Protecting %n photo…</numerusform>
            <numerusform>Protecting %n photos…</numerusform>
        </translation>
    </message>
</context>
</TS>
