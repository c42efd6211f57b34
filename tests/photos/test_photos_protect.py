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


def test_reviewed_and_drawn_boxes_extend_detection(tmp_path):
    src = tmp_path / "a.png"
    Image.fromarray(astronaut_rgb()).save(src)
    out = tmp_path / "b.png"
    rep = protect_photo(src, out, "fill", boxes=[ASTRO_BOX, (400, 20, 60, 60)], extra_boxes=[(10, 400, 60, 60)])
    b = np.asarray(Image.open(out))
    assert (b[420:440, 25:55] == 0).all()  # the user's extra box is filled
    assert (b[35:65, 415:445] == 0).all()  # the reviewed box no detector found is filled
    assert rep.faces_after == 0 and rep.faces_before >= 2
    sources = [c.source for c in rep.covered]
    assert "user" in sources and any(s in ("yunet", "mediapipe") for s in sources)
    # a reviewed box is covered once: the one a detector also boxed is not added a second time
    assert [c.box for c in rep.covered if c.source == "reviewed"] == [(400, 20, 60, 60)]


def test_a_removed_box_that_is_a_face_is_covered_by_the_proof(tmp_path):
    """If the user removes the box of a real face, the detectors skip it at first, re-detection finds it in
    the result and covers it all the same."""
    src = tmp_path / "a.png"
    Image.fromarray(astronaut_rgb()).save(src)
    rep = protect_photo(src, tmp_path / "b.png", "blur", boxes=[], removed=[ASTRO_BOX, (178, 63, 90, 113)])
    assert rep.faces_after == 0 and any(c.source == "recheck" for c in rep.covered)


def test_coarse_pixels_on_a_group_with_a_drawn_box(tmp_path):
    """Issue 11: coarse pixels on a group photo failed once the user added a box (the detection was skipped
    and the reviewed boxes alone were covered); now the detectors run either way."""
    import cv2

    rng = np.random.default_rng(11)
    img = np.clip(rng.normal(120, 20, (700, 1100, 3)), 0, 255).astype(np.uint8)
    face = cv2.resize(astronaut_rgb()[0:340, 50:410], (180, 170), interpolation=cv2.INTER_AREA)
    for x, y in ((40, 60), (330, 80), (620, 50), (900, 90), (180, 420), (520, 430)):
        img[y:y + 170, x:x + 180][:, :min(180, 1100 - x)] = face[:, :min(180, 1100 - x)]
    src = tmp_path / "group.png"
    Image.fromarray(img).save(src)
    out = tmp_path / "group-protected.png"
    rep = protect_photo(src, out, "pixelate", boxes=[], extra_boxes=[(850, 450, 120, 120)])
    assert out.is_file() and rep.faces_after == 0 and rep.faces_before >= 5


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
