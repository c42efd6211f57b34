"""Fixtures of the hostile suite: a genuine stamped bundle (real local TSA on 127.0.0.1), built once.

The suite plays an attacker and a careless user; every loop in it is bounded in count and time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evidence import bundle_tools, guo_bing, local_tsa  # noqa: E402,F401  (shared with tests/evidence)


@pytest.fixture(scope="session")
def hostile_tsa(tmp_path_factory):
    yield from local_tsa.running(tmp_path_factory.mktemp("hostile-tsa"))


@pytest.fixture(scope="session")
def genuine(tmp_path_factory, hostile_tsa, qapp):
    """(bundle path, members, export result) of a stamped example case, with report.pdf."""
    return guo_bing.exported_bundle(tmp_path_factory.mktemp("hostile-home"), hostile_tsa, lang="zh")
