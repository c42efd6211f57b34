"""Fixtures for the evidence tests: a real local TSA (openssl ts -reply on 127.0.0.1)."""

from __future__ import annotations

import pytest

from . import local_tsa


@pytest.fixture(scope="session")
def tsa_server(tmp_path_factory):
    yield from local_tsa.running(tmp_path_factory.mktemp("tsa"))


@pytest.fixture
def tsa(tsa_server):
    tsa_server.mode = "ok"
    tsa_server.requests = 0
    yield tsa_server
    tsa_server.mode = "ok"


@pytest.fixture(scope="session", autouse=True)
def _qt_application(qapp):
    """report.pdf is rendered with Qt: make pytest-qt's QApplication first, so that a later GUI test never
    finds a bare QGuiApplication (which would abort the run)."""
    return qapp
