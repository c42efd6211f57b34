"""How matchable a face is: ``high``, ``medium``, ``low`` (harder to match today) or ``none`` (no face).

Each rule below may cap a face's verdict and always says why, with the number behind it. A photo's
verdict is that of its most matchable face. "low" never means "safe": recognition improves, and a
low-quality face can still be matched against other photos of the same person. The thresholds and
what they rest on are in docs/photos.md; keep the two in step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from faceledger.text import Text

LEVELS = ("none", "low", "medium", "high")

# inter-eye distance, pixels of the full-resolution photo, corrected for yaw
IED_LOW = 20.0      # below: too small for reliable matching
IED_HIGH = 40.0     # at or above: as large as a recogniser's own aligned input (112 px crops, ~40 px IED)
# head pose, degrees
YAW_MEDIUM, YAW_LOW = 25.0, 45.0
PITCH_MEDIUM, PITCH_LOW = 25.0, 45.0
# sharpness (quality.sharpness)
SHARP_LOW, SHARP_MEDIUM = 20.0, 35.0
# exposure of the face (0-255 luminance)
DARK_MEDIUM, DARK_LOW = 45.0, 20.0
BRIGHT_MEDIUM, BRIGHT_LOW = 215.0, 240.0
CONTRAST_MEDIUM = 14.0
CLIPPED_LOW = 0.5
# the landmark model's own confidence that the crop shows a face
PRESENCE_MEDIUM = 0.5


@dataclass(frozen=True)
class Reason:
    code: str
    cap: str       # the highest verdict this reason allows ("high" = no cap, informative)
    text: Text


@dataclass
class FaceFigures:
    ied_px: float | None
    yaw: float | None
    pitch: float | None
    roll: float | None
    sharpness: float | None
    brightness: float | None
    contrast: float | None
    dark_clipped: float | None
    bright_clipped: float | None
    presence: float | None
    rel_size: float
    lower_covered: bool = False   # quality.LowerFace.covered: a mask or an object over the mouth and chin


def effective_ied(ied: float | None, yaw: float | None) -> float | None:
    """Inter-eye distance as it would be facing the camera (as OFIQ does: divide by cos(yaw))."""
    if ied is None:
        return None
    if yaw is None:
        return ied
    return ied / max(math.cos(math.radians(min(abs(yaw), 60.0))), 0.5)


def face_reasons(f: FaceFigures) -> list[Reason]:
    out: list[Reason] = []
    ied = effective_ied(f.ied_px, f.yaw)
    if ied is not None:
        # the measured distance, as the face table shows it; for a turned face also what it would be facing
        # the camera (the figure the rule uses), so the two never seem to disagree
        n = round(f.ied_px) if f.ied_px is not None else round(ied)
        turned_zh = turned_en = ""
        if abs(round(ied) - n) >= 2:
            turned_zh = f"（正对镜头时约 {round(ied)} 像素）"
            turned_en = f" (about {round(ied)} px if it faced the camera)"
        if ied < IED_LOW:
            out.append(Reason("small", "low", Text(
                f"两眼间距只有 {n} 像素{turned_zh}：太小，难以可靠比对。",
                f"The face is {n} px between the eyes{turned_en}: too small for reliable matching.")))
        elif ied < IED_HIGH:
            out.append(Reason("smallish", "medium", Text(
                f"两眼间距 {n} 像素{turned_zh}：偏小，但现代人脸识别系统仍可能比对成功。",
                f"The face is {n} px between the eyes{turned_en}: small, but modern recognition systems can "
                "still match it.")))
        else:
            out.append(Reason("size_ok", "high", Text(
                f"两眼间距 {n} 像素{turned_zh}：足够人脸识别系统使用。",
                f"The face is {n} px between the eyes{turned_en}: large enough for face recognition.")))
    if f.yaw is not None:
        a = round(abs(f.yaw))
        if abs(f.yaw) > YAW_LOW:
            out.append(Reason("profile", "low", Text(
                f"脸侧转约 {a}°（接近侧脸）：侧脸比正脸难比对得多。",
                f"The face is turned about {a}° to the side (near profile): much harder to match than a frontal face.")))
        elif abs(f.yaw) > YAW_MEDIUM:
            out.append(Reason("turned", "medium", Text(
                f"脸侧转约 {a}°：比正脸难比对一些，但常常仍能比对。",
                f"The face is turned about {a}°: somewhat harder to match, but often still matched.")))
    if f.pitch is not None:
        a = round(abs(f.pitch))
        if abs(f.pitch) > PITCH_LOW:
            out.append(Reason("pitch_strong", "low", Text(
                f"头部明显低头或抬头（约 {a}°）：难以比对。",
                f"The head is tilted far up or down (about {a}°): hard to match.")))
        elif abs(f.pitch) > PITCH_MEDIUM:
            out.append(Reason("pitch", "medium", Text(
                f"头部低头或抬头约 {a}°：比对会难一些。",
                f"The head is tilted up or down by about {a}°: somewhat harder to match.")))
    if f.sharpness is not None:
        s = f.sharpness
        if s < SHARP_LOW:
            out.append(Reason("blurred", "low", Text(
                f"脸部很模糊（清晰度 {s:.0f}）：细节不足，难以比对。",
                f"The face is blurred (sharpness {s:.0f}): too little detail for reliable matching.")))
        elif s < SHARP_MEDIUM:
            out.append(Reason("soft", "medium", Text(
                f"脸部有些模糊（清晰度 {s:.0f}）。",
                f"The face is somewhat soft (sharpness {s:.0f}).")))
    if f.brightness is not None:
        b = round(f.brightness)
        if f.dark_clipped is not None and f.dark_clipped > CLIPPED_LOW or f.brightness < DARK_LOW:
            out.append(Reason("too_dark", "low", Text(
                f"脸部太暗（亮度 {b}/255）：大部分细节看不见。",
                f"The face is very dark (brightness {b}/255): most detail is lost.")))
        elif f.bright_clipped is not None and f.bright_clipped > CLIPPED_LOW or f.brightness > BRIGHT_LOW:
            out.append(Reason("too_bright", "low", Text(
                f"脸部过曝（亮度 {b}/255）：大部分细节看不见。",
                f"The face is overexposed (brightness {b}/255): most detail is lost.")))
        elif f.brightness < DARK_MEDIUM:
            out.append(Reason("dark", "medium", Text(
                f"脸部偏暗（亮度 {b}/255）：提亮后仍可能被比对。",
                f"The face is dark (brightness {b}/255): brightening may still make it matchable.")))
        elif f.brightness > BRIGHT_MEDIUM:
            out.append(Reason("bright", "medium", Text(
                f"脸部偏亮（亮度 {b}/255）。", f"The face is bright (brightness {b}/255).")))
        elif f.contrast is not None and f.contrast < CONTRAST_MEDIUM:
            out.append(Reason("flat", "medium", Text(
                f"脸部对比度低（{f.contrast:.0f}）。", f"The face has low contrast ({f.contrast:.0f}).")))
    if f.lower_covered:
        out.append(Reason("covered_lower", "medium", Text(
            "口鼻部位似乎被遮住（口罩、手或物体）：比对更难，但针对戴口罩人脸训练的系统仍常能比对成功。",
            "The mouth and nose seem covered (a mask, a hand or an object): harder to match, but systems trained "
            "on masked faces still often match them.")))
    if f.presence is not None and f.presence < PRESENCE_MEDIUM:
        out.append(Reason("unclear", "medium", Text(
            "脸部特征不清楚，可能被遮挡（口罩、墨镜、手）或不是真人脸。",
            "The facial features are unclear: the face may be covered (mask, sunglasses, hand) or not a real face.")))
    return out


def level_of(reasons: list[Reason]) -> str:
    level = "high"
    for r in reasons:
        if LEVELS.index(r.cap) < LEVELS.index(level):
            level = r.cap
    return level


def photo_level(face_levels: list[str]) -> str:
    if not face_levels:
        return "none"
    return max(face_levels, key=LEVELS.index)


VERDICT_TEXT = {
    "high": Text("容易比对：人脸识别系统可以用这张照片认出您。",
                 "Easy to match: a face-recognition system could recognise you from this photo."),
    "medium": Text("可以比对：条件不理想，但人脸识别系统仍可能认出您。",
                   "Matchable: conditions are not ideal, but a face-recognition system could still recognise you."),
    "low": Text("目前较难比对：但这不等于安全，技术在进步，其他照片也可能被用来比对。",
                "Harder to match today: this does not mean safe; recognition improves and other photos can help."),
    "none": Text("没有找到人脸。检测也可能漏掉很小、被遮挡或侧转的脸：请自己再看一遍。",
                 "No face found. Detection can miss very small, covered or turned faces: look for yourself too."),
}
