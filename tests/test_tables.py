"""Each table function's output matches the data it is built from."""

from __future__ import annotations

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


def test_table_renders_html_and_markdown() -> None:
    t = tables.sources()
    html = t._repr_html_()
    assert html.startswith('<div class="kz-table-wrap">') and "<table" in html
    md = t._repr_markdown_().splitlines()
    assert md[0].startswith("| Key |") and len(md) == 2 + len(t.frame)


def test_printed_vs_recomputed_table() -> None:
    frame = tables.printed_vs_recomputed().frame
    assert set(frame["Agrees"]) == {"yes", "no"}
