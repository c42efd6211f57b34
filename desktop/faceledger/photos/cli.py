"""`faceledger` sub-commands of the photos package (not yet implemented)."""

from __future__ import annotations


def register(sub, parents) -> None:  # noqa: ARG001 - filled in by the photos work
    return None
