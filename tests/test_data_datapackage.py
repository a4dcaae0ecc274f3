"""The real data package: it validates, loads typed, and carries provenance on every row."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kznetworks import data

ROOT = Path(__file__).resolve().parents[1]
DESCRIPTOR = ROOT / "data" / "datapackage.json"
PROVENANCE = ["source", "table", "line_start", "line_end"]


def test_real_package_validates() -> None:
    data.validate()


def test_frictionless_validates_the_descriptor() -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(DESCRIPTOR))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_every_transcribed_or_compiled_row_has_provenance() -> None:
    pkg = data.package()
    checked = 0
    for name in pkg.names:
        resource = pkg.resource(name)
        frame = data.load(name)
        assert len(frame) > 0, name
        if resource["kz:origin"] == "generated" or name in (
            "sources",
            "repairs",
            "findings",
            "recompute",
            "untestable",
            "entities",
        ):
            continue
        for column in PROVENANCE:
            assert column in frame.columns, f"{name} lacks provenance column {column}"
            assert frame[column].notna().all(), f"{name}.{column} has empty cells"
        checked += 1
    assert checked >= 35


def test_every_resource_declares_its_origin_and_generated_ones_live_apart() -> None:
    pkg = data.package()
    for name in pkg.names:
        resource = pkg.resource(name)
        origin = resource.get("kz:origin")
        assert origin in ("transcribed", "compiled", "generated"), name
        in_generated = resource["path"].startswith("generated/")
        assert in_generated == (origin == "generated"), name
        assert (origin == "generated") == ("kz:generatedBy" in resource), name


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
    assert "1.00" in set(data.raw("incumbency_stats")["value"])


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
        assert printed.loc[row, "seats"].isna().all(), "a repaired cell stays empty as printed"
        assert int(repaired.loc[row, "seats"].iloc[0]) == int(rep.repaired)
        assert "seats" in repaired.loc[row, "repaired_fields"].iloc[0]


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


def test_package_and_load_check_their_arguments(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match=r"unknown resource 'nope'; expected one of \d+ names"):
        data.load("nope")
    with pytest.raises(TypeError, match="resource name must be a string"):
        data.load(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="repaired must be True or False"):
        data.load("sources", repaired="yes")  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError, match="no data package descriptor"):
        data.package(tmp_path / "datapackage.json")
    with pytest.raises(TypeError, match=r"path must be a str or pathlib.Path"):
        data.package(3)  # type: ignore[arg-type]


def test_load_returns_a_copy() -> None:
    frame = data.load("interviewees")
    frame.loc[:, "quantity"] = 0
    assert isinstance(frame, pd.DataFrame)
    assert int(data.load("interviewees")["quantity"].sum()) > 0
