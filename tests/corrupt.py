"""Helpers for the tests that break a copy of the data package on purpose."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kznetworks.data import DataPackage, DataValidationError


def rehash(descriptor: Path, name: str) -> None:
    """Update one resource's hash after a deliberate edit (to reach a later rule)."""
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    for res in meta["resources"]:
        if res["name"] == name:
            raw = (descriptor.parent / res["path"]).read_bytes()
            res["hash"] = "sha256:" + hashlib.sha256(raw).hexdigest()
            res["bytes"] = len(raw)
    descriptor.write_text(json.dumps(meta, indent=2), encoding="utf-8")


def edit_csv(
    descriptor: Path,
    name: str,
    edit: Callable[[list[list[str]]], list[list[str]]],
    rehashed: bool = True,
) -> Path:
    """Apply ``edit`` to the rows (header first) of one resource of a copy."""
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    rel = next(r["path"] for r in meta["resources"] if r["name"] == name)
    path = descriptor.parent / rel
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(edit(rows))
    path.write_text(buffer.getvalue(), encoding="utf-8")
    if rehashed:
        rehash(descriptor, name)
    return path


def set_cell(descriptor: Path, name: str, row: int, column: str, value: str) -> Path:
    """Set one cell (data row ``row``, counted from 1) of a resource of a copy."""

    def edit(rows: list[list[str]]) -> list[list[str]]:
        rows[row][rows[0].index(column)] = value
        return rows

    return edit_csv(descriptor, name, edit)


def edit_descriptor(descriptor: Path, edit: Callable[[dict], None]) -> None:
    """Apply ``edit`` to the parsed descriptor of a copy and write it back."""
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    edit(meta)
    descriptor.write_text(json.dumps(meta, indent=2), encoding="utf-8")


def errors(descriptor: Path) -> str:
    """The message ``validate()`` raises for a copy (the test fails if it passes)."""
    with pytest.raises(DataValidationError) as info:
        DataPackage(descriptor).validate()
    return str(info.value)
