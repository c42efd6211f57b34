"""The shipped models are the ones derived from mediapipe 0.10.21, and cv2 is the one cv2 package."""

from __future__ import annotations

import cv2

from faceledger.photos import model_files


def test_models_match_recorded_hashes():
    assert model_files.verify_models() == []
    lic = model_files.models_dir() / "LICENSE"
    assert "Apache License" in lic.read_text()
    assert model_files.sha256_of(lic) == model_files.LICENSE_SHA256


def test_single_cv2_with_cascades():
    assert cv2.__version__ == "5.1.0"
    assert hasattr(cv2, "CascadeClassifier")
    assert not cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml").empty()
