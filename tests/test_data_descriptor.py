"""The descriptor is checked before any data file is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kznetworks.data.descriptor import read_descriptor
from kznetworks.data.errors import DataValidationError


def _write(folder: Path, resources: list) -> Path:
    path = folder / "datapackage.json"
    path.write_text(json.dumps({"resources": resources}), encoding="utf-8")
    return path


SCHEMA = {"fields": [{"name": "a", "type": "string"}]}


def test_a_good_resource_has_no_issue(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("a\n1\n", encoding="utf-8")
    found = read_descriptor(_write(tmp_path, [{"name": "a", "path": "a.csv", "schema": SCHEMA}]))
    assert found.issues == [] and list(found.resources) == ["a"] and not found.broken


@pytest.mark.parametrize(
    ("resource", "rule"),
    [
        ({"name": "a", "path": "a.csv"}, "schema"),
        ({"name": "a", "path": "a.csv", "schema": {"fields": []}}, "schema"),
        (
            {"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}, {"name": "x"}]}},
            "schema",
        ),
        (
            {"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x", "type": "geo"}]}},
            "schema",
        ),
        ({"name": "a", "path": "", "schema": SCHEMA}, "path"),
        ({"name": "a", "path": "..\\a.csv", "schema": SCHEMA}, "path"),
        ({"name": "a", "path": "sub/../../a.csv", "schema": SCHEMA}, "path"),
        ({"name": "a", "path": "sub", "schema": SCHEMA}, "path"),
    ],
)
def test_broken_resources_are_reported_and_never_read(tmp_path: Path, resource, rule) -> None:
    (tmp_path / "sub").mkdir()
    found = read_descriptor(_write(tmp_path, [resource]))
    assert [i.rule for i in found.issues] == [rule] and found.broken == {"a"}


def test_a_resource_without_a_name(tmp_path: Path) -> None:
    found = read_descriptor(_write(tmp_path, [{"path": "a.csv"}, "text"]))
    assert [i.message for i in found.issues] == [
        "resource 1 has no name",
        "resource 2 is not an object",
    ]


@pytest.mark.parametrize("text", ["", "[]", '{"resources": 3}', "{oops"])
def test_unreadable_descriptors_raise(tmp_path: Path, text: str) -> None:
    path = tmp_path / "datapackage.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"datapackage.json"):
        read_descriptor(path)
