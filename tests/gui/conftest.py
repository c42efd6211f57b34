"""GUI tests run offscreen by default; ``--onscreen`` shows real windows (Dangerzone's switch)."""

import os



def pytest_addoption(parser):
    parser.addoption("--onscreen", action="store_true", default=False, help="run GUI tests on a real display")


def pytest_configure(config):
    if not config.getoption("--onscreen", default=False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
