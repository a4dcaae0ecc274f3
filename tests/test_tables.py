"""Each table function's output matches the data it is built from."""

from __future__ import annotations

import pytest

from kznetworks import data, tables


def test_sources_table_lists_every_document() -> None:
    t = tables.sources()
    assert list(t.frame["Key"]) == list(data.load("sources")["source"])
    assert t.csv == ["data/sources.csv"]
    assert "[sources.csv](../data/sources.csv)" in t.note()
    assert "[sources.csv](data/sources.csv)" in t.note(base="")


def test_inventory_adds_up_to_the_package() -> None:
    frame = tables.data_inventory().frame
    total_rows = sum(
        len(data.load(n))
        for n in data.resource_names()
        if "/" in data.package().resource(n)["path"]
    )
    assert int(frame["Rows"].sum()) == total_rows
    junisbai = frame.set_index("Folder").loc["junisbai2010", "Printed tables"]
    assert junisbai.split(", ") == [
        "Table 1",
        "Table 2",
        "Table 3",
        "Table 4",
        "Table A1",
        "Table A2",
    ]


def test_table_renders_as_markdown_only() -> None:
    t = tables.sources()
    assert not hasattr(t, "_repr_html_")  # text/html would make Quarto use a CDN
    md = t._repr_markdown_().splitlines()
    assert md[0].startswith("| Key |") and len(md) == 2 + len(t.frame)


def test_printed_vs_recomputed_table() -> None:
    frame = tables.printed_vs_recomputed().frame
    assert set(frame["Agrees"]) == {"yes", "no"}


@pytest.mark.parametrize("name", sorted(tables.PRINTED_COLUMNS))
def test_printed_table_matches_its_data(name: str) -> None:
    t = tables.printed(name)
    frame = data.load(name)
    raw = data.raw(name)
    assert len(t.frame) == len(frame)
    repairs = data.load("repairs")
    shown = [c for c, h in tables.PRINTED_COLUMNS[name].items() if h in t.frame.columns]
    expected_marks = int(((repairs["resource"] == name) & repairs["field"].isin(shown)).sum())
    marks = int(t.frame.apply(lambda col: col.str.endswith(tables.REPAIRED_MARK)).to_numpy().sum())
    assert marks == expected_marks
    first = next(iter(tables.PRINTED_COLUMNS[name]))
    heading = tables.PRINTED_COLUMNS[name][first]
    unrepaired = ~t.frame[heading].str.endswith(tables.REPAIRED_MARK)
    assert list(t.frame.loc[unrepaired, heading]) == list(raw.loc[unrepaired.to_numpy(), first])
    assert t.csv == ["data/" + data.package().resource(name)["path"]]


def test_printed_where_filters_rows() -> None:
    t = tables.printed("election_seats", where={"election": "1999"})
    assert len(t.frame) == int((data.load("election_seats")["election"] == "1999").sum())
    assert "Table 3.6" in t.source


def test_typology_tables_cover_every_scheme() -> None:
    schemes = data.load("typology_schemes")
    listed = sum(len(tables.typology_schemes(s).frame) for s in set(schemes["source"]))
    assert listed == len(schemes)
    for scheme_id in schemes["scheme_id"]:
        assert len(tables.typology(scheme_id).frame) > 0


def test_ledger_tables() -> None:
    counts = tables.ledger_counts().frame.set_index("Document")
    assert int(counts.loc["all documents", "all claims"]) == len(data.load("claims"))
    assert tables.findings_markdown().count("### F-") == len(data.load("findings"))
