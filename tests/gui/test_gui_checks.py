"""The colour roles meet WCAG AA, and the shared GUI checks catch what they are for (each check is shown
failing on a widget built with the defect, and passing once it is fixed)."""

import pytest
from faceledger.gui import colour_roles as CR
from gui_checks import (
    assert_accessible_names,
    assert_pseudo_localised,
    assert_readable_colours,
    by_name,
    dark_palette,
    leftover,
    palette_applied,
    pseudo_localised,
)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget


def test_contrast_ratio_matches_wcag_examples():
    assert CR.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert CR.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert CR.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert CR.contrast_ratio("#767676", "#ffffff") >= 4.5


def test_every_role_meets_aa_in_light_and_dark():
    assert CR.failures() == []
    # the check can fail: the old hard-coded colours on a dark background
    assert CR.contrast_ratio("#444444", CR.DARK_BACKGROUNDS[1]) < CR.AA_TEXT
    assert CR.contrast_ratio("#000000", CR.DARK_BACKGROUNDS[0]) < CR.AA_TEXT


def test_roles_follow_the_palette(qapp):
    assert CR.css(CR.Role.ERROR, dark=False) != CR.css(CR.Role.ERROR, dark=True)
    with palette_applied(dark_palette()):
        assert CR.is_dark_palette()
        assert CR.css(CR.Role.MUTED) == CR.Role.MUTED.value.dark.fg
    assert not CR.is_dark_palette()


def _form(qtbot, *, labelled: bool) -> QWidget:
    w = QWidget()
    form = QFormLayout(w)
    edit = QLineEdit()
    if labelled:
        form.addRow("Name:", edit)
    else:
        form.addRow(edit)
    form.addRow(QPushButton("Save"))
    table = QTableView()
    if labelled:
        table.setAccessibleName("Holders")
    form.addRow(table)
    qtbot.addWidget(w)
    w.show()
    return w


def test_accessible_names_check(qtbot):
    bad = _form(qtbot, labelled=False)
    with pytest.raises(AssertionError, match="QLineEdit"):
        assert_accessible_names(bad)
    good = _form(qtbot, labelled=True)
    assert_accessible_names(good)
    assert isinstance(by_name(good, "Name:", QLineEdit), QLineEdit)
    assert isinstance(by_name(good, "Save", QPushButton), QPushButton)
    with pytest.raises(AssertionError, match="no visible"):
        by_name(good, "Cancel", QPushButton)


def test_pseudo_check_finds_untranslated_text(qtbot):
    with pseudo_localised():
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(QCoreApplication.translate("Test", "Translated")))
        raw = QLabel("draft: letter FL-1 generated")
        lay.addWidget(raw)
        lay.addWidget(QLabel(QCoreApplication.translate("Test", "Holder: {0}").format("某超市")))
        lay.addWidget(QLabel("某公司"))  # data the user typed, shown on its own
        qtbot.addWidget(w)
        w.show()
        with pytest.raises(AssertionError, match="letter"):
            assert_pseudo_localised(w, data=["某公司"])
        raw.setText(QCoreApplication.translate("Test", "Draft"))
        assert_pseudo_localised(w, data=["某公司"])
        with pytest.raises(AssertionError, match="某公司"):
            assert_pseudo_localised(w)  # data must be named to pass
    assert leftover("[Due {0}~~] 2025-03-01 · #12") == ""


def test_colour_check_catches_hard_coded_colours(qtbot):
    with palette_applied(dark_palette()):
        w = QWidget()
        lay = QVBoxLayout(w)
        hard = QLabel("<span style='color:#444'>facts</span>")
        lay.addWidget(hard)
        role = QLabel(f"<span style='color:{CR.css(CR.Role.MUTED)}'>facts</span>")
        lay.addWidget(role)
        qtbot.addWidget(w)
        w.show()
        with pytest.raises(AssertionError, match="#444444"):
            assert_readable_colours(w)
        hard.setText(f"<span style='color:{CR.css(CR.Role.ERROR)}'>late</span>")
        assert_readable_colours(w)
