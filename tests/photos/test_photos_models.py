"""The shipped models are the ones derived from mediapipe 0.10.21, and cv2 is the one cv2 package."""

from __future__ import annotations

import cv2

from faceledger.photos import model_files


def test_models_match_recorded_hashes():
    assert model_files.verify_models() == []
    lic = model_files.models_dir() / "LICENSE"
    assert "Apache License" in lic.read_text()
    assert model_files.sha256_of(lic) == model_files.LICENSE_SHA256
    assert model_files.YUNET in model_files.MODELS
    for name, digest in model_files.YUNET_LICENSES.items():
        assert model_files.sha256_of(model_files.models_dir() / name) == digest


def test_a_changed_model_file_is_caught(tmp_path, monkeypatch):
    import shutil

    for m in model_files.MODELS:
        shutil.copy(model_files.models_dir() / m.name, tmp_path / m.name)
    (tmp_path / model_files.YUNET.name).write_bytes(b"not the model")
    monkeypatch.setattr(model_files, "models_dir", lambda: tmp_path)
    assert model_files.verify_models() == [f"{model_files.YUNET.name}: SHA-256 differs from the one recorded"]


def test_single_cv2_with_cascades():
    assert cv2.__version__ == "5.1.0"
    assert hasattr(cv2, "CascadeClassifier")
    assert not cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml").empty()
