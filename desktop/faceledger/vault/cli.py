"""`faceledger` sub-commands of the vault package (not yet implemented)."""

from __future__ import annotations


def register(sub, parents) -> None:  # noqa: ARG001 - filled in by the vault work
    return None
