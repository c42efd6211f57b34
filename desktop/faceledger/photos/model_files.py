"""The model files FaceLedger ships in ``resources/models/`` and where they came from.

MediaPipe's three (BlazeFace short and full range, the face mesh) are taken unchanged from Google's
``mediapipe==0.10.21`` wheel on PyPI (Apache-2.0); YuNet, which no registry package ships, unchanged from
its authors' repository at a pinned commit (Apache-2.0; the same weights OpenCV's model zoo publishes under
MIT). ``scripts/derive_models.py`` re-derives them and checks these hashes; ``verify_models`` (the
release self-test, and a test) checks the shipped files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from faceledger.errors import FaceLedgerError
from faceledger.paths import resource

SOURCE_PACKAGE = "mediapipe==0.10.21"
# The wheel the hashes were taken from (the model files are identical in every platform's wheel).
SOURCE_WHEEL = "mediapipe-0.10.21-cp311-cp311-manylinux_2_28_x86_64.whl"
SOURCE_WHEEL_SHA256 = "05dc4a9e593655a79558d05d6227d31018c2537a4bd3362b51e230cf22aecfe3"
LICENSE_MEMBER = "mediapipe-0.10.21.dist-info/LICENSE"
LICENSE_SHA256 = "8707eef0533987efc5b155d64761eeb6e20793f50b9bd1a68dad1cf4719d0ed8"


@dataclass(frozen=True)
class ModelFile:
    name: str
    member: str  # path inside the wheel
    sha256: str
    size: int
    purpose: str


SHORT_RANGE = ModelFile(
    "face_detection_short_range.tflite",
    "mediapipe/modules/face_detection/face_detection_short_range.tflite",
    "bbff11cebd1eb27a1e004cae0b0e63ec8c551cbf34a4451148b4908b8db3eca8", 229_714,
    "BlazeFace short-range detector (faces within about 2 m, 128x128 input)")
FULL_RANGE = ModelFile(
    "face_detection_full_range_sparse.tflite",
    "mediapipe/modules/face_detection/face_detection_full_range_sparse.tflite",
    "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1", 676_746,
    "BlazeFace full-range detector (faces up to about 5 m, 192x192 input)")
FACE_LANDMARK = ModelFile(
    "face_landmark.tflite",
    "mediapipe/modules/face_landmark/face_landmark.tflite",
    "1055cb9d4a9ca8b8c688902a3a5194311138ba256bcc94e336d8373a5f30c814", 1_242_398,
    "Face mesh, 468 landmarks on a 192x192 face crop (run with LiteRT)")

# YuNet is not in any registry package: it is vendored from the authors' repository (README.md beside it)
YUNET_SOURCE = ("github.com/ShiqiYu/libfacedetection.train", "0047ac24afb1a50a0c6105001c89d1b5b805dbf1")
YUNET = ModelFile(
    "yunet_s_dynamic.onnx", "onnx/yunet_s_dynamic.onnx",
    "daede24002cc8590f457998cc5e6c9e8b82f45f6bd969506a8913cd4ed10a2d3", 237_823,
    "YuNet face detector (2023mar weights, any input size; run with onnxruntime)")
# licence files beside it, with their SHA-256: Apache-2.0 of the authors' repository, and MIT of OpenCV's
# model zoo, which publishes the same weights (face_detection_yunet_2023mar.onnx)
YUNET_LICENSES = {
    "LICENSE-libfacedetection.train": "d096f0e4f790316e1df89675682a51c68ca64745a611689ccd37bd246835440e",
    "LICENSE-opencv_zoo": "c83b8120c50ccbd4c4f96edf53141bdd566ebb8f8e9227e415326aa1b1aba958",
}

# What the check runs: YUNET with its first convolution rewritten to take the picture's interleaved RGB bytes
# (scripts/yunet_interleave.py; same weights, outputs within 2e-5), derived by scripts/derive_models.py
YUNET_INTERLEAVED = ModelFile(
    "yunet_s_interleaved.onnx", "derived from yunet_s_dynamic.onnx by scripts/yunet_interleave.py",
    "a46ce1bc028faa1e82890c88913e1f187ac075d04e40bb7ae2877992a647804b", 237_824,
    "YuNet taking interleaved RGB rows (1, 1, H, 3W) as input (run with onnxruntime)")

MEDIAPIPE_MODELS = (SHORT_RANGE, FULL_RANGE, FACE_LANDMARK)
MODELS = (*MEDIAPIPE_MODELS, YUNET, YUNET_INTERLEAVED)


def models_dir() -> Path:
    return resource("models")


def model_path(model: ModelFile) -> Path:
    """The path of a shipped model file, or a clear error if it is missing."""
    path = models_dir() / model.name
    if not path.is_file():
        raise FaceLedgerError(
            f"The face model file {model.name} is missing from {models_dir()}.",
            "Reinstall FaceLedger, or run scripts/derive_models.py in a source checkout to re-create it.",
            zh=f"人脸模型文件 {model.name} 不在 {models_dir()} 中。",
            hint_zh="请重新安装人脸账本（源代码中可运行 scripts/derive_models.py 重新生成）。")
    return path


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_models() -> list[str]:
    """Problems with the shipped model files (empty when every file is present with its hash)."""
    problems = []
    for m in MODELS:
        path = models_dir() / m.name
        if not path.is_file():
            problems.append(f"{m.name}: missing")
        elif sha256_of(path) != m.sha256:
            problems.append(f"{m.name}: SHA-256 differs from the one recorded")
    return problems
