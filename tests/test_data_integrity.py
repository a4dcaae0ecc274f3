"""Keys, foreign keys, hashes and provenance across rows and files."""

from __future__ import annotations

from pathlib import Path

from kznetworks.data import integrity


def test_unique_and_primary_keys() -> None:
    schema = {
        "primaryKey": "row",
        "fields": [{"name": "row"}, {"name": "a", "constraints": {"unique": True}}],
    }
    records = [{"row": 1, "a": "x"}, {"row": None, "a": "y"}, {"row": 3, "a": "x"}]
    issues = integrity.unique_issues("t.csv", schema, records, [2, 3, 4])
    assert [(i.rule, i.row) for i in issues] == [("primary-key", 2), ("unique", 3)]


def test_foreign_keys_and_unknown_targets() -> None:
    schema = {"foreignKeys": [{"fields": ["a"], "reference": {"resource": "t", "fields": ["a"]}}]}
    assert (
        integrity.foreign_key_issues("x", "x", schema, [{"a": 1}], [2], lambda n: [{"a": 1}]) == []
    )
    missing = integrity.foreign_key_issues("x", "x", schema, [{"a": 1}], [2], lambda n: None)
    assert "unknown resource 't'" in missing[0].message


def test_hashes(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("a\n", encoding="utf-8")
    assert integrity.hash_issues(path, "a.csv", None)[0].message.endswith("no sha256 hash")
    assert "is not 'sha256:<hex>'" in integrity.hash_issues(path, "a.csv", "md5:x")[0].message
    assert "nox -s regenerate" in integrity.hash_issues(path, "a.csv", "sha256:00")[0].message


def test_provenance() -> None:
    rows = [
        {"line_start": 0, "line_end": 3, "source": "a"},
        {"line_start": 5, "line_end": 200, "source": "a"},
    ]
    issues = integrity.provenance_issues("x.csv", rows, [2, 3], {"a": 100})
    assert [(i.row, i.column) for i in issues] == [(1, "line_start"), (2, "line_end")]


def test_list_references() -> None:
    spec = {"name": "ids", integrity.LIST_OF: {"separator": ";", "resource": "t", "field": "id"}}
    schema = {"fields": [spec]}
    rows = [{"ids": "a; b"}, {"ids": None}, {"ids": "a;"}]
    issues = integrity.list_reference_issues(
        "x.csv", schema, rows, [2, 3, 4], lambda n: [{"id": "a"}]
    )
    assert [(i.row, i.message) for i in issues] == [
        (1, "item 'b' has no match in t.id"),
        (3, "an empty item has no match in t.id"),
    ]
    unknown = integrity.list_reference_issues("x.csv", schema, rows, [2, 3, 4], lambda n: None)
    assert "unknown resource 't'" in unknown[0].message


def test_provenance_of_evidence_and_single_lines() -> None:
    rows = [{"evidence_line_start": 3, "evidence_line_end": 2, "votes_line": 500, "source": "a"}]
    issues = integrity.provenance_issues("x.csv", rows, [2], {"a": 100})
    assert [i.column for i in issues] == ["evidence_line_start", "votes_line"]
