"""Head pose (yaw, pitch, roll in degrees) from face landmarks, or roughly from the detector's keypoints.

With the 468-point mesh: ``cv2.solvePnP`` of six mesh points (nose tip, chin, outer eye corners,
mouth corners) against a generic 3D head (the widely used six-point model, in millimetre-like units),
camera focal length = image width, principal point = image centre. Angles: yaw > 0 when the face turns
towards the image's right, roll > 0 when it tilts clockwise on screen; pitch is up/down tilt (its sign
is not relied on: the verdict uses its size only).

Without a mesh (the landmark model gave nothing): roll from the eye line, yaw from where the nose
tip sits between the two ear tragions, pitch from where it sits between the eyes and the mouth.
These are rough (±15°) and marked ``source="keypoints"``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from faceledger.photos.detect import Detection
from faceledger.photos.landmarks import (CHIN, LEFT_EYE_OUTER, MOUTH_LEFT, MOUTH_RIGHT, NOSE_TIP,
                                         RIGHT_EYE_OUTER, FaceMesh)

# camera axes: x right, y down, z away from the camera; a frontal face looks along -z
_MODEL_3D = np.array([
    (0.0, 0.0, 0.0),          # nose tip
    (0.0, 330.0, 65.0),       # chin
    (-225.0, -170.0, 135.0),  # outer corner of the eye on the image's left (subject's right)
    (225.0, -170.0, 135.0),   # outer corner of the eye on the image's right
    (-150.0, 150.0, 125.0),   # mouth corner, image left
    (150.0, 150.0, 125.0),    # mouth corner, image right
])
# The six-point generic head reads faces that look straight at the camera as tilted up by about this
# much (median over frontal portraits: the astronaut test image and the dev set's frontal portraits);
# it is added back. Pitch from six points stays noisy (about +-10 degrees).
PITCH_OFFSET = 17.0
_MESH_IDS = [NOSE_TIP, CHIN, RIGHT_EYE_OUTER, LEFT_EYE_OUTER, MOUTH_RIGHT, MOUTH_LEFT]


@dataclass
class HeadPose:
    yaw: float
    pitch: float
    roll: float
    source: str  # "mesh" or "keypoints"


def pose_from_mesh(mesh: FaceMesh, image_w: int, image_h: int) -> HeadPose | None:
    import cv2

    pts2d = mesh.points[_MESH_IDS, :2].astype(np.float64)
    f = float(max(image_w, image_h))
    cam = np.array([[f, 0, image_w / 2], [0, f, image_h / 2], [0, 0, 1]], dtype=np.float64)
    ok, rvec, _tvec = cv2.solvePnP(_MODEL_3D, pts2d, cam, np.zeros(4), flags=cv2.SOLVEPNP_ITERATIVE)
    if not ok:
        return None
    rot, _ = cv2.Rodrigues(rvec)
    angles = cv2.RQDecomp3x3(rot)[0]  # degrees about x, y, z
    pitch, yaw = float(angles[0]), float(angles[1])
    # roll from the eye line is more robust than the third Euler angle
    (rx, ry), (lx, ly) = mesh.eye_centres()
    roll = math.degrees(math.atan2(ly - ry, lx - rx))
    pitch = _wrap(pitch)
    return HeadPose(round(-yaw, 1), round(_wrap(-pitch + PITCH_OFFSET), 1), round(roll, 1), "mesh")


def _wrap(a: float) -> float:
    while a > 90:
        a -= 180
    while a < -90:
        a += 180
    return a


def pose_from_keypoints(det: Detection) -> HeadPose | None:
    if len(det.keypoints) == 5:
        return _pose_from_five(det)
    if len(det.keypoints) < 6:
        return None
    (rex, rey), (lex, ley), (nx, ny), (mx, my), (rtx, _rty), (ltx, _lty) = det.keypoints[:6]
    roll = math.degrees(math.atan2(ley - rey, lex - rex))
    half = (ltx - rtx) / 2
    yaw = math.degrees(math.asin(max(-1.0, min(1.0, (nx - (rtx + ltx) / 2) / half)))) if abs(half) > 1e-6 else 0.0
    eye_y = (rey + ley) / 2
    span = my - eye_y
    # a frontal face has the nose tip about 0.6 of the way from the eye line to the mouth
    pitch = math.degrees(math.asin(max(-1.0, min(1.0, ((ny - eye_y) / span - 0.6) / 0.6)))) if span > 1e-6 else 0.0
    return HeadPose(round(yaw, 1), round(pitch, 1), round(roll, 1), "keypoints")


def _pose_from_five(det: Detection) -> HeadPose | None:
    """YuNet's five points (eyes, nose tip, mouth corners): roll from the eye line, yaw from how far the
    nose tip sits from the middle of the eyes (in half eye distances), pitch from where it sits between
    the eye line and the mouth. Rough, as the six-point estimate."""
    (rex, rey), (lex, ley), (nx, ny), (rmx, rmy), (lmx, lmy) = det.keypoints[:5]
    roll = math.degrees(math.atan2(ley - rey, lex - rex))
    half = math.hypot(lex - rex, ley - rey) / 2
    if half < 1e-6:
        return None
    c, s = math.cos(math.radians(roll)), math.sin(math.radians(roll))
    ex, ey = (rex + lex) / 2, (rey + ley) / 2
    # nose and mouth in the face's own frame (eye line level)
    dx = (nx - ex) * c + (ny - ey) * s
    dy = -(nx - ex) * s + (ny - ey) * c
    my = -((rmx + lmx) / 2 - ex) * s + ((rmy + lmy) / 2 - ey) * c
    # a frontal nose tip sits about one half eye distance in front of the eye line: its sideways shift
    # is sin(yaw) of that depth; a turned face also shows the eyes closer together (cos(yaw))
    yaw = math.degrees(math.atan2(dx, 1.1 * half))
    pitch = math.degrees(math.asin(max(-1.0, min(1.0, (dy / my - 0.6) / 0.6)))) if my > 1e-6 else 0.0
    return HeadPose(round(yaw, 1), round(pitch, 1), round(roll, 1), "keypoints")
