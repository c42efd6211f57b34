"""Protection: faces covered, metadata gone, proof by re-detection, the original untouched."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PIL import Image

from faceledger.errors import InvalidValue
from faceledger.photos.check import check_photo
from faceledger.photos.protect import cover, find_faces, protect_photo
from faceledger.photos.reveals import metadata_kinds, read_reveals

from .conftest import ASTRO_BOX, astronaut_rgb, jpeg_with_exif


@pytest.mark.parametrize("method", ["blur", "pixelate", "fill"])
def test_protect_methods(tmp_path, method):
    src = jpeg_with_exif(tmp_path / "me.jpg", astronaut_rgb())
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / f"me_{method}.jpg"
    rep = protect_photo(src, out, method)
    assert rep.faces_before >= 1 and rep.faces_after == 0 and rep.output == str(out)
    assert {"exif", "gps"} <= set(rep.metadata_removed)
    assert rep.metadata_left == []
    with Image.open(out) as img:
        assert read_reveals(img) == {} and metadata_kinds(img) == []
        assert img.size == (512, 512)
    assert check_photo(out).faces == []
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before  # the original is untouched
    # the face region really changed, the rest of the picture did not (much: JPEG re-encode)
    a = np.asarray(Image.open(src)).astype(int)
    b = np.asarray(Image.open(out)).astype(int)
    x, y, w, h = ASTRO_BOX
    assert np.abs(a[y:y + h, x:x + w] - b[y:y + h, x:x + w]).mean() > 10
    assert np.abs(a[400:, 400:] - b[400:, 400:]).mean() < 6


def test_user_boxes_replace_and_extend_detection(tmp_path):
    src = tmp_path / "a.png"
    Image.fromarray(astronaut_rgb()).save(src)
    out = tmp_path / "b.png"
    rep = protect_photo(src, out, "fill", boxes=[ASTRO_BOX], extra_boxes=[(10, 400, 60, 60)])
    b = np.asarray(Image.open(out))
    assert (b[420:440, 25:55] == 0).all()  # the user's extra box is filled
    assert rep.faces_after == 0
    assert [c.source for c in rep.covered][:2] == ["user", "user"]  # re-detection may add more


def test_missed_face_is_caught_by_recheck(tmp_path):
    """If the reviewed boxes leave a face uncovered, re-detection finds it and covers it too."""
    src = tmp_path / "a.png"
    Image.fromarray(astronaut_rgb()).save(src)
    rep = protect_photo(src, tmp_path / "b.png", "blur", boxes=[])
    assert rep.faces_after == 0 and any(c.source == "recheck" for c in rep.covered)


def test_refuses_to_overwrite_the_original_and_bad_names(tmp_path):
    src = tmp_path / "a.jpg"
    Image.fromarray(astronaut_rgb()).save(src)
    with pytest.raises(InvalidValue):
        protect_photo(src, src)
    with pytest.raises(InvalidValue):
        protect_photo(src, tmp_path / "out.gif")
    with pytest.raises(InvalidValue):
        protect_photo(src, tmp_path / "missing_dir" / "out.jpg")


def test_cover_pixelate_is_coarse():
    a = astronaut_rgb().copy()
    cover(a, (150, 60, 150, 150), "pixelate")
    region = a[60:210, 150:300].reshape(-1, 3)
    assert len(np.unique(region, axis=0)) <= 36


def test_find_faces_uses_both_detectors():
    faces = find_faces(astronaut_rgb())
    assert any(src == "mediapipe" for _, src in faces)
