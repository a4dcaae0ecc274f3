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


def test_every_resource_and_every_field_is_described() -> None:
    # the data dictionary and a reader of the descriptor alone need each one
    pkg = data.package()
    undescribed = [
        f"{name}.{field['name']}"
        for name in pkg.names
        for field in pkg.resource(name)["schema"]["fields"]
        if not str(field.get("description", "")).strip()
    ]
    assert not undescribed, f"{len(undescribed)} field(s) without a description: {undescribed[:10]}"
    assert all(str(pkg.resource(n).get("description", "")).strip() for n in pkg.names)


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


def test_typology_parents_come_before_their_children() -> None:
    categories = data.load("typology_categories").sort_values("row")
    late = []
    for scheme, rows in categories.groupby("scheme_id"):
        seen: set[str] = set()
        for category, parent in zip(rows["category_id"], rows["parent_id"], strict=True):
            if isinstance(parent, str) and parent not in seen:
                late.append((scheme, category, parent))
            seen.add(category)
    assert not late
    nested = categories[categories["parent_id"].notna()]
    assert "isaacs2009-legacies-vs-contingency" in set(nested["scheme_id"])


def test_typology_orders_are_unique_within_a_scheme() -> None:
    categories = data.load("typology_categories")
    assert not categories.duplicated(["scheme_id", "order"]).any()


def test_event_dates_have_their_stated_precision() -> None:
    events = data.load("events")
    parts = events["date"].astype(str).str.count("-").map({0: "year", 1: "month", 2: "day"})
    wrong = events[parts != events["date_precision"]]
    assert wrong.empty, wrong[["row", "date", "date_precision"]].to_dict("records")


def test_event_types_include_polls_and_fieldwork() -> None:
    types = set(data.load("events")["event_type"])
    assert {"poll", "fieldwork"} <= types


def test_source_date_precision_is_an_enum_with_a_lower_bound() -> None:
    field = next(
        f
        for f in data.package().resource("sources")["schema"]["fields"]
        if f["name"] == "date_precision"
    )
    assert "day (on or after)" in field["constraints"]["enum"]
    catalogue = data.load("sources").set_index("source")
    assert catalogue.loc["kzexpert2018", "date_precision"] == "day (on or after)"
    assert catalogue.loc["isaacs2009", "title_status"].startswith("inferred (")


@pytest.mark.parametrize(
    ("source", "line", "date", "event_type"),
    [
        ("junisbai2010", 327, "2009", "publication"),  # Aliev's declared 2012 candidacy
        ("isaacs2009", 7802, "1994-04", "other"),  # 170 IPFs registered by April 1994
        ("isaacs2009", 10236, "2002", "founding"),  # the PDS, active 2002-2004
        ("isaacs2009", 10238, "2004", "founding"),  # the National Commission, 2004-2006
        ("isaacs2009", 10330, "1999", "law"),  # election-commission rules of 1999
        ("isaacs2009", 10336, "2002", "law"),  # and of 2002
        ("isaacs2009", 15401, "2005", "poll"),  # TsST
        ("isaacs2009", 14926, "2005-11", "poll"),  # KISEP
        ("isaacs2009", 14167, "2006-05", "poll"),  # ASIP
    ],
)
def test_timeline_holds_the_audited_examples(
    source: str, line: int, date: str, event_type: str
) -> None:
    events = data.load("events")
    found = events[
        (events["source"] == source)
        & (events["line_start"] <= line)
        & (events["line_end"] >= line)
        & (events["date"] == date)
        & (events["event_type"] == event_type)
    ]
    assert len(found) >= 1


def test_1999_parliamentary_election_has_its_day() -> None:
    events = data.load("events")
    election = events[
        (events["event_type"] == "election") & events["date"].str.startswith("1999-10")
    ]
    assert len(election) >= 4
    assert set(election["date"]) == {"1999-10-10", "1999-10-24"}
    second = election[election["date"] == "1999-10-24"]
    assert (second["line_start"] <= 10069).all() and (second["line_end"] >= 10069).all()


def test_rebuilt_figures_hold_what_their_prose_states() -> None:
    nodes = data.load("diagram_nodes")
    edges = data.load("diagram_edges")
    fig61 = nodes[nodes["diagram_id"] == "isaacs2009-fig-6-1"].set_index("node_id")
    assert fig61.loc["nur-otan", "status"] == "reconstructed"
    links = edges[edges["diagram_id"] == "isaacs2009-fig-5-1"]
    into_congress = set(links.loc[links["to_id"] == "party-congress", "from_id"])
    assert {"oblast-branches", "raion-branches", "ppos"} <= into_congress
    new = edges[edges["diagram_id"].isin(["isaacs2009-fig-5-1", "isaacs2009-fig-6-1"])]
    assert (new["status"] == "reconstructed").all()


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


def test_article_interview_dates_bound_its_fieldwork_events() -> None:
    interviews = data.load("interview_dates")
    events = data.load("events")
    fieldwork = events[
        (events["source"] == "junisbai2010")
        & (events["event_type"] == "fieldwork")
        & (events["date_precision"] == "day")
    ]
    days = interviews["date"].dt.strftime("%Y-%m-%d")
    assert set(fieldwork["date"]) == {days.min(), days.max()}
    cited = set(zip(interviews["line_start"], days, strict=True))
    assert set(zip(fieldwork["line_start"], fieldwork["date"], strict=True)) <= cited


def test_named_interviewees_are_public_figures_and_the_others_stay_anonymous() -> None:
    interviews = data.load("interview_dates")
    entities = data.load("entities").set_index("entity_id")
    named = interviews["interviewee_id"].dropna()
    assert len(named) > 0
    assert entities.loc[sorted(set(named)), "public_figure"].astype(bool).all()
    unnamed = interviews[interviews["interviewee_id"].isna()]["interviewee"]
    assert unnamed.str.startswith(("anonymous", "interviewee not named")).all()


def test_the_footnotes_interviews_are_the_same_in_both_tables() -> None:
    # footnote_dates holds every date of the footnotes, interview_dates the interviews
    # with their register links: two transcriptions of the same lines must agree
    def rows(frame: pd.DataFrame) -> list[tuple[str, str, str, int]]:
        return sorted(
            (
                str(r.footnote),
                pd.Timestamp(r.date).strftime("%Y-%m-%d"),  # a string in one, a date in the other
                "" if pd.isna(r.place) else str(r.place),
                r.line_start,
            )
            for r in frame.itertuples()
        )

    footnotes = data.load("footnote_dates")
    interviews = footnotes[footnotes["kind"] == "interview"]
    assert rows(interviews) == rows(data.load("interview_dates"))


def test_interviewees_dated_differently_say_so_in_their_notes() -> None:
    interviews = data.load("interview_dates").dropna(subset=["interviewee_id"])
    dates = interviews.groupby("interviewee_id")["date"].nunique()
    for person in dates[dates > 1].index:
        rows = interviews[interviews["interviewee_id"] == person]
        assert rows["note"].fillna("").str.contains(r"dates? an interview").any(), person
    assert {"person:zhakiyanov-galymzhan", "person:taukina-rozlana"} <= set(dates[dates > 1].index)


def test_wealth_figures_sit_in_the_entries_of_their_groups() -> None:
    wealth = data.load("wealth_estimates")
    groups = data.load("financial_industrial_groups").set_index("row")
    entities = data.load("entities").set_index("entity_id")
    assert len(wealth) > 0
    for record in wealth.itertuples():
        group = groups.loc[record.fpg_row]
        assert (record.line_start, record.line_end) == (group["line_start"], group["line_end"])
        surname = str(entities.loc[record.entity_id, "name"]).split()[-1]
        assert surname in group["name"], (record.row, surname, group["name"])


def test_combined_wealth_names_its_second_holder_and_only_then() -> None:
    wealth = data.load("wealth_estimates")
    combined = wealth["basis"] == "combined"
    assert wealth.loc[combined, "joint_with"].notna().all()
    assert wealth.loc[~combined, "joint_with"].isna().all()
    shared = wealth[wealth["basis"] == "each"].groupby("fpg_row")
    assert (shared.size() >= 2).all()
    amounts = shared["amount_usd_billion"]
    assert (amounts.min() == amounts.max()).all()


@pytest.mark.parametrize(
    ("scheme_id", "line", "categories"),
    [
        ("isaacs2009-democratisation-problems", 680, 3),  # thesis 680-758
        ("isaacs2009-legacies-vs-contingency", 3120, 2),  # 3120-3181 (+ sub-categories)
        ("isaacs2009-nine-conclusions", 16227, 9),  # "nine main conclusions"
        ("ide2014-transition-features", 39, 4),  # bulletin 39-41: four hardships
        ("ide2014-network-functions", 46, 2),  # bulletin 46-48
        ("igc2023-investment-roles", 21, 2),  # country page 21
    ],
)
def test_typologies_hold_the_audited_schemes(scheme_id: str, line: int, categories: int) -> None:
    schemes = data.load("typology_schemes").set_index("scheme_id")
    scheme = schemes.loc[scheme_id]
    assert scheme["line_start"] <= line <= scheme["line_end"]
    rows = data.load("typology_categories")
    top = rows[(rows["scheme_id"] == scheme_id) & rows["parent_id"].isna()]
    assert len(top) == categories
    assert (rows.loc[rows["scheme_id"] == scheme_id, "line_start"] >= scheme["line_start"]).all()
