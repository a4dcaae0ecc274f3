"""The descriptor is checked before any data file is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kznetworks.data.descriptor import read_descriptor, resource_lines
from kznetworks.data.errors import DataValidationError


def _write(folder: Path, resources: list) -> Path:
    path = folder / "datapackage.json"
    path.write_text(json.dumps({"resources": resources}), encoding="utf-8")
    return path


SCHEMA = {"fields": [{"name": "a", "type": "string"}]}


def _field(**spec) -> dict:
    return {"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "a", **spec}]}}


def _schema(**extra) -> dict:
    return {"name": "a", "path": "a.csv", "schema": {**SCHEMA, **extra}}


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
        ({"name": "a", "path": ["a.csv", "b.csv"], "schema": SCHEMA}, "path"),
        (_field(constraints=["required"]), "schema"),
        (_field(constraints={"required": "yes"}), "schema"),
        (_field(constraints={"pattern": "(unclosed"}), "schema"),
        (_field(constraints={"enum": "a"}), "schema"),
        (_field(constraints={"maxLength": 1.5}), "schema"),
        (_field(constraints={"minimum": [0]}), "schema"),
        (_schema(primaryKey=["nope"]), "schema"),
        (_schema(primaryKey=3), "schema"),
        (_schema(uniqueKeys="a"), "schema"),
        (_schema(foreignKeys=[{"fields": "a"}]), "schema"),
        (_schema(foreignKeys=[{"fields": "a", "reference": {"fields": ["a", "b"]}}]), "schema"),
        (_schema(foreignKeys=[{"fields": "zz", "reference": {"fields": "a"}}]), "schema"),
        (_schema(foreignKeys={"fields": "a"}), "schema"),
        (_schema(missingValues="NA"), "schema"),
        (_field(**{"kz:listOf": {"separator": ";"}}), "schema"),
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


@pytest.mark.parametrize("name", ["A", "a b", "<script>", "a\nb", "{#x}", ""])
def test_a_resource_name_outside_the_standard_is_rejected(tmp_path: Path, name: str) -> None:
    found = read_descriptor(_write(tmp_path, [{"name": name, "path": "a.csv", "schema": SCHEMA}]))
    assert [i.rule for i in found.issues] == ["descriptor"] and not found.resources


def test_each_issue_names_the_line_where_the_resource_starts(tmp_path: Path) -> None:
    resources = [{"name": "a", "path": "a.csv", "schema": SCHEMA}, {"name": "b", "path": ""}]
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps({"resources": resources}, indent=2), encoding="utf-8")
    (tmp_path / "a.csv").write_text("a\n1\n", encoding="utf-8")
    found = read_descriptor(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [i.line for i in found.issues] == [resource_lines(path.read_text())[1]] * 2
    assert lines[found.issues[0].line - 1].strip() == "{"
    assert '"name": "b"' in lines[found.issues[0].line]


def test_resource_lines_of_the_real_descriptor(root: Path) -> None:
    text = (root / "data" / "datapackage.json").read_text(encoding="utf-8")
    names = [r["name"] for r in json.loads(text)["resources"]]
    lines = text.splitlines()
    starts = resource_lines(text)
    assert len(starts) == len(names)
    for name, start in zip(names, starts, strict=True):
        assert lines[start - 1].strip().startswith("{")
        assert f'"name": "{name}"' in "\n".join(lines[start - 1 : start + 2])


@pytest.mark.parametrize("text", ["[1]", '{"resources": [1, ', '{"a": }', "{}"])
def test_resource_lines_gives_up_quietly(text: str) -> None:
    assert resource_lines(text) == []


@pytest.mark.parametrize("version", ["1.0", "<script>", 2, "1.0.0\n"])
def test_a_version_that_is_not_semantic(tmp_path: Path, version) -> None:
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps({"version": version, "resources": []}), encoding="utf-8")
    assert [i.rule for i in read_descriptor(path).issues] == ["version"]
