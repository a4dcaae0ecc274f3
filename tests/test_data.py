"""The data package loads, validates, and fails loudly and precisely on bad input."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from kznetworks import data
from kznetworks.data import DataPackage, DataValidationError

ROOT = Path(__file__).resolve().parents[1]
DESCRIPTOR = ROOT / "data" / "datapackage.json"
PROVENANCE = ["source", "table", "line_start", "line_end"]


def _rehash(descriptor: Path, name: str) -> None:
    """Update one resource's hash after a deliberate edit (to test a later rule)."""
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    for res in meta["resources"]:
        if res["name"] == name:
            raw = (descriptor.parent / res["path"]).read_bytes()
            res["hash"] = "sha256:" + hashlib.sha256(raw).hexdigest()
            res["bytes"] = len(raw)
    descriptor.write_text(json.dumps(meta, indent=2), encoding="utf-8")


def _edit_csv(descriptor: Path, name: str, edit, rehash: bool = True) -> Path:
    pkg = DataPackage(descriptor)
    path = descriptor.parent / pkg.resource(name)["path"]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows = edit(rows)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    if rehash:
        _rehash(descriptor, name)
    return path


def _errors(descriptor: Path) -> str:
    with pytest.raises(DataValidationError) as info:
        DataPackage(descriptor).validate()
    return str(info.value)


# -- the real data --------------------------------------------------------------------------


def test_real_package_validates() -> None:
    data.validate()


def test_frictionless_validates_the_descriptor() -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(DESCRIPTOR))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_every_resource_loads_typed_with_provenance() -> None:
    pkg = data.package()
    for name in pkg.names:
        frame = data.load(name)
        assert len(frame) > 0, name
        if name in ("sources",) or pkg.resource(name).get("kznetworks:derived"):
            continue
        if name == "repairs":
            assert frame["line"].notna().all()
            continue
        for column in PROVENANCE:
            assert column in frame.columns, f"{name} lacks provenance column {column}"
            assert frame[column].notna().all(), f"{name}.{column} has empty cells"
        assert (frame["line_start"] <= frame["line_end"]).all(), name
        key = pkg.resource(name)["schema"]["primaryKey"]
        assert not frame.duplicated(subset=key).any(), name


def test_line_numbers_fall_inside_their_seed_files() -> None:
    sources = data.load("sources").set_index("source")
    for name in data.package().names:
        frame = data.load(name)
        if "line_end" not in frame.columns:
            continue
        limits = frame["source"].map(sources["seed_lines"]).astype("int64")
        assert (frame["line_end"].astype("int64") <= limits).all(), name


def test_resource_names_match_file_names() -> None:
    pkg = data.package()
    for name in pkg.names:
        assert Path(pkg.resource(name)["path"]).stem == name


def test_types_come_from_the_schema() -> None:
    tenure = data.load("akim_tenure")
    assert str(tenure["akims_count"].dtype) == "Int64"
    assert str(tenure["average_tenure_years"].dtype) == "Float64"
    assert str(tenure["region"].dtype) == "string"


def test_raw_keeps_printed_text() -> None:
    stats = data.raw("incumbency_stats")
    assert "1.00" in set(stats["value"])


def test_repairs_are_kept_apart_and_applied_on_request() -> None:
    printed = data.load("election_seats")
    repaired = data.load("election_seats", repaired=True)
    repairs = data.load("repairs")
    seat_repairs = repairs[
        (repairs["resource"] == "election_seats") & (repairs["field"] == "seats")
    ]
    assert len(seat_repairs) > 0
    for rep in seat_repairs.itertuples():
        row = printed["row"] == rep.row
        assert printed.loc[row, "seats"].isna().all(), "a repaired cell must stay empty as printed"
        assert int(repaired.loc[row, "seats"].iloc[0]) == int(rep.repaired)
        assert "seats" in repaired.loc[row, "repaired_fields"].iloc[0]


def test_every_repair_targets_an_existing_cell() -> None:
    pkg = data.package()
    for rep in data.load("repairs").itertuples():
        frame = data.load(rep.resource)
        assert rep.field in frame.columns, f"repair names missing column {rep.resource}.{rep.field}"
        assert (frame["row"] == rep.row).any(), f"repair names missing row {rep.resource}:{rep.row}"
        raw = pkg.raw(rep.resource)
        cell = raw.loc[raw["row"] == str(rep.row), rep.field].iloc[0]
        as_printed = "" if pd.isna(rep.as_printed) else rep.as_printed
        # readable text stays as printed; an unreadable or missing cell stays empty
        assert cell == as_printed or (cell == "" and rep.kind in ("ocr", "missing", "garbled"))


def test_typology_parents_exist_within_their_scheme() -> None:
    categories = data.load("typology_categories")
    keys = set(zip(categories["scheme_id"], categories["category_id"], strict=True))
    with_parent = categories[categories["parent_id"].notna()]
    missing = [
        (s, p)
        for s, p in zip(with_parent["scheme_id"], with_parent["parent_id"], strict=True)
        if (s, p) not in keys
    ]
    assert not missing


def test_data_version_is_semantic_and_in_changelog() -> None:
    version = data.package().version
    assert len(version.split(".")) == 3 and all(p.isdigit() for p in version.split("."))
    assert f"Data {version}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_descriptor_hashes_are_current() -> None:
    meta = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    for res in meta["resources"]:
        raw = (DESCRIPTOR.parent / res["path"]).read_bytes()
        assert res["bytes"] == len(raw), res["path"]


def test_default_path_env_override(monkeypatch, data_copy: Path) -> None:
    monkeypatch.setenv(data.ENV_VAR, str(data_copy))
    assert data.datapackage_path() == data_copy.resolve()


# -- bad input: each case names file, row, column and rule ------------------------------------


def test_wrong_type(data_copy: Path) -> None:
    def edit(rows):
        rows[3][rows[0].index("akims_count")] = "six"
        return rows

    _edit_csv(data_copy, "akim_tenure", edit)
    message = _errors(data_copy)
    assert "junisbai2010/akim_tenure.csv" in message
    assert "row 3 (line 4)" in message
    assert "column 'akims_count'" in message
    assert "rule 'type'" in message and "'six'" in message


def test_missing_required_value(data_copy: Path) -> None:
    def edit(rows):
        rows[2][rows[0].index("source")] = ""
        return rows

    _edit_csv(data_copy, "incumbency", edit)
    message = _errors(data_copy)
    assert "junisbai2010/incumbency.csv, row 2 (line 3), column 'source'" in message
    assert "rule 'required'" in message


def test_value_outside_enum(data_copy: Path) -> None:
    def edit(rows):
        rows[1][rows[0].index("chamber")] = "Duma"
        return rows

    _edit_csv(data_copy, "incumbency", edit)
    message = _errors(data_copy)
    assert "row 1 (line 2), column 'chamber'" in message and "rule 'enum'" in message


def test_duplicate_primary_key(data_copy: Path) -> None:
    def edit(rows):
        rows[5][0] = rows[4][0]
        return rows

    _edit_csv(data_copy, "interviewees", edit)
    message = _errors(data_copy)
    assert "junisbai2010/interviewees.csv, row 5 (line 6), column 'row'" in message
    assert "rule 'primary-key'" in message and "repeats row 4" in message


def test_dangling_foreign_key(data_copy: Path) -> None:
    def edit(rows):
        rows[1][rows[0].index("source")] = "junisbai2011"
        return rows

    _edit_csv(data_copy, "typology_schemes", edit)
    message = _errors(data_copy)
    # the enum on `source` catches it first; remove the enum to reach the foreign key rule
    assert "rule 'enum'" in message
    meta = json.loads(data_copy.read_text(encoding="utf-8"))
    for res in meta["resources"]:
        if res["name"] == "typology_schemes":
            for fld in res["schema"]["fields"]:
                if fld["name"] == "source":
                    fld["constraints"].pop("enum")
    data_copy.write_text(json.dumps(meta), encoding="utf-8")
    message = _errors(data_copy)
    assert "typologies/typology_schemes.csv, row 1 (line 2), column 'source'" in message
    assert "rule 'foreign-key'" in message and "'junisbai2011'" in message


def test_file_edited_without_hash_update(data_copy: Path) -> None:
    def edit(rows):
        rows[1][rows[0].index("quantity")] = "8"
        return rows

    _edit_csv(data_copy, "interviewees", edit, rehash=False)
    message = _errors(data_copy)
    assert "junisbai2010/interviewees.csv" in message and "rule 'hash'" in message


def test_unexpected_column(data_copy: Path) -> None:
    def edit(rows):
        return [[*r, "x"] for r in rows]

    _edit_csv(data_copy, "interviewees", edit)
    message = _errors(data_copy)
    assert "rule 'header'" in message and "unexpected column(s) ['x']" in message


def test_missing_column(data_copy: Path) -> None:
    def edit(rows):
        index = rows[0].index("quantity")
        return [r[:index] + r[index + 1 :] for r in rows]

    _edit_csv(data_copy, "interviewees", edit)
    message = _errors(data_copy)
    assert "column 'quantity'" in message and "missing column(s) ['quantity']" in message


def test_non_utf8_file(data_copy: Path) -> None:
    pkg = DataPackage(data_copy)
    path = data_copy.parent / pkg.resource("akim_tenure")["path"]
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251", errors="replace") + b"\xff")
    _rehash(data_copy, "akim_tenure")
    message = _errors(data_copy)
    assert "junisbai2010/akim_tenure.csv" in message and "rule 'encoding'" in message


def test_empty_file(data_copy: Path) -> None:
    pkg = DataPackage(data_copy)
    (data_copy.parent / pkg.resource("interviewees")["path"]).write_text("", encoding="utf-8")
    _rehash(data_copy, "interviewees")
    message = _errors(data_copy)
    assert "junisbai2010/interviewees.csv" in message and "rule 'not-empty'" in message


def test_ragged_row(data_copy: Path) -> None:
    def edit(rows):
        rows[2] = rows[2][:-1]
        return rows

    _edit_csv(data_copy, "interviewees", edit)
    message = _errors(data_copy)
    assert "row 2 (line 3)" in message and "rule 'row-length'" in message


def test_load_raises_for_a_broken_resource(data_copy: Path) -> None:
    def edit(rows):
        rows[1][rows[0].index("members")] = "1,358"
        return rows

    _edit_csv(data_copy, "election_commissions_2007", edit)
    with pytest.raises(DataValidationError, match=r"column 'members'.*rule 'type'"):
        data.load("election_commissions_2007", path=data_copy)


def test_nothing_is_coerced_silently(data_copy: Path) -> None:
    def edit(rows):
        rows[1][rows[0].index("percent")] = " 72.31"
        return rows

    _edit_csv(data_copy, "incumbency", edit)
    assert "rule 'whitespace'" in _errors(data_copy)


def test_load_returns_dataframe() -> None:
    assert isinstance(data.load("interviewees"), pd.DataFrame)
