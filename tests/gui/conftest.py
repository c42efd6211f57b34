"""GUI tests run offscreen by default; ``--onscreen`` shows real windows (Dangerzone's switch)."""

import os

import pytest


def pytest_addoption(parser):
    parser.addoption("--onscreen", action="store_true", default=False, help="run GUI tests on a real display")


def pytest_configure(config):
    if not config.getoption("--onscreen", default=False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"



@pytest.fixture(autouse=True)
def _interface_language_back_to_english():
    """A test that opened the window in Chinese (or pseudo-localised) leaves the translators installed: the
    next test would read Chinese where it expects the source language. Every test starts in English."""
    yield
    from faceledger.gui import i18n

    if i18n._current != "en" or i18n.pseudo_active():
        i18n.install("en")
