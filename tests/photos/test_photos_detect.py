"""The tile pyramid (photos/detect.py): every face size is covered whole, at the model's scale, by few tiles;
unsure tile detections count only when the landmark model sees a face."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from faceledger.photos import detect as D

from .conftest import astronaut_rgb


@pytest.mark.parametrize("width,height,min_ied", [(2000, 1500, 10.0), (2016, 1512, 10.0), (1512, 2016, 10.0),
                                                  (1600, 1200, 10.0), (3000, 2000, 5.0), (900, 700, 4.0)])
def test_every_face_lies_whole_in_a_tile_that_shows_it_big_enough(width, height, min_ied):
    levels = D.tile_plan(width, height, min_ied)
    whole = max(width, height) * D.MODEL_IED_PX / D.FULL_INPUT
    rng = np.random.default_rng(1)
    t = D.FULL_INPUT
    for _ in range(400):
        ied = float(np.exp(rng.uniform(math.log(min_ied), math.log(whole))))
        box = D.BOX_PER_IED * ied
        if box >= min(width, height):
            continue
        x, y = rng.uniform(0, width - box), rng.uniform(0, height - box)
        ok = False
        for lv in levels:
            if lv.fx < min(1.0, D.MODEL_IED_PX / ied) * 0.99:  # shows the face too small (never enlarged)
                continue
            bx, by, bs = x * lv.fx, y * lv.fy, box * lv.fx
            if any(ox <= bx and oy <= by and bx + bs <= ox + t and by + bs <= oy + t for ox, oy in lv.origins):
                ok = True
                break
        assert ok, (width, height, ied, x, y)


def test_tile_origins_stay_inside_each_level_and_reach_its_edges():
    for lv in D.tile_plan(2016, 1512, 10.0):
        w, h = lv.size
        xs = sorted({x for x, _ in lv.origins})
        ys = sorted({y for _, y in lv.origins})
        assert xs[0] == 0 and ys[0] == 0
        assert xs[-1] + D.FULL_INPUT >= w and ys[-1] + D.FULL_INPUT >= h
        assert all(x + D.FULL_INPUT <= max(w, D.FULL_INPUT) for x in xs)


def test_tile_count_of_a_12_mp_photo():
    """A 4000x3000 photo decoded at half size, faces from 20 px between the eyes: the plan before the
    overlap choice needed 82 tiles (92 for a 4032x3024 phone photo)."""
    count = lambda w, h: sum(len(lv.origins) for lv in D.tile_plan(w, h, 10.0))  # noqa: E731
    assert count(2000, 1500) <= 80
    assert count(2016, 1512) <= 80


@pytest.mark.parametrize("first_pass", [True, False])
def test_unsure_detections_need_the_landmark_model(first_pass):
    """YuNet's candidates (first_pass) and BlazeFace's tile detections under their sure scores count only
    when the landmark model sees a face there."""
    rgb = astronaut_rgb()
    fd = D.FaceDetector(threads=1)
    try:
        found = fd.detect(rgb) if first_pass else fd.blazeface(rgb, tiles=False)
    finally:
        fd.close()
    face = max(found, key=lambda d: d.score)
    assert face.score >= (D.YUNET_SURE if first_pass else D.SURE_TILE)
    unsure = dataclasses.replace(face, score=0.4 if first_pass else 0.25)
    # the same detection moved onto noise: the landmark model sees no face there
    noise = np.random.default_rng(2).integers(0, 255, rgb.shape, dtype=np.uint8)
    assert D.confirmed(rgb, [unsure]) == [unsure]
    assert D.confirmed(noise, [unsure]) == []
    assert D.confirmed(noise, [face]) == [face]  # a sure detection is not second-guessed here


def test_accept_rule():
    """The thresholds of detect.accept(), as measured on the dev sets (docs/photos.md §2)."""
    def yn(score, width=120):
        return D.Detection((0, 0, width, width * 1.2), score, ((0, 0),) * 5, "yunet")

    assert D.accept(yn(0.9), None)                       # sure
    assert D.accept(yn(0.7), 0.3) and not D.accept(yn(0.7), 0.05)  # the landmark model decides
    assert D.accept(yn(0.7, width=30), 0.0)              # too small for the landmark model: the score
    assert not D.accept(yn(0.6, width=30), 0.0)
    assert D.accept(yn(0.4), 0.97) and not D.accept(yn(0.4), 0.9) and not D.accept(yn(0.2), 1.0)
