"""Tables: raw HTML for the website, pipe tables for the PDF, escaped, aligned, with notes."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest

from kznetworks.book import render
from kznetworks.book.cells import Link
from kznetworks.book.table import Table, column_widths, is_numeric_column, source_note


@pytest.fixture
def html_target(monkeypatch):
    monkeypatch.setenv(render.TARGET_ENV, "html")


@pytest.fixture
def typst_target(monkeypatch):
    monkeypatch.setenv(render.TARGET_ENV, "typst")


def test_numeric_columns_are_right_aligned_and_text_left() -> None:
    t = Table(pd.DataFrame({"Party": ["Otan", "Asar"], "Members": ["607,557", "1,500"]}))
    left, right = t.markdown().splitlines()[1].strip("|").split("|")
    assert not left.startswith(":") and not left.endswith(":")  # default: left
    assert right.endswith(":") and not right.startswith(":")
    html = t.html()
    assert "<td>Otan</td>" in html and '<td class="num">607,557</td>' in html


def test_cells_are_escaped_and_links_are_links() -> None:
    t = Table(pd.DataFrame({"a": ["`x` <b>"], "b": [Link("y.csv", "data/y.csv")]}))
    assert t.markdown().splitlines()[2] == "| \\`x\\` \\<b\\> | [y.csv](../data/y.csv) |"
    assert "&lt;b&gt;" in t.html() and '<a href="../data/y.csv">y.csv</a>' in t.html()


def test_html_output_is_one_raw_block_that_quarto_leaves_alone(html_target) -> None:
    out = Table(pd.DataFrame({"a": [1]}), source="@ide2014, Table 1", csv=["data/a.csv"]).output()
    assert (
        out.startswith("```{=html}\n<table class=")
        and 'data-quarto-disable-processing="true"' in out
    )
    assert out.rstrip().endswith("Data: [a.csv](../data/a.csv).")


def test_pdf_output_is_a_pipe_table_linking_to_the_website(typst_target) -> None:
    out = Table(
        pd.DataFrame({"a": [1]}), source="@ide2014, Table 1", csv=["data/a.csv"], notes=["- a note"]
    ).output()
    assert out.startswith("| a |")
    assert "(https://kz-networks.github.io/kz-networks/data/a.csv)" in out
    assert out.rstrip().endswith("- a note")


def test_every_column_is_at_least_as_wide_as_its_longest_word() -> None:
    claim = ["Claim", *[f"junisbai2010-{i:03d}" for i in range(50)]]
    quote = ["Quotation", *["a long quotation of the text " * 4] * 50]
    small = ["Line", *["457"] * 50]
    widths = column_widths([claim, small, quote], line=100)
    usable = 100 - 2.0 * 3
    assert widths[0] * usable >= len("junisbai2010-000") - 1e-9
    assert widths[1] * usable >= len("Line") - 1e-9
    assert widths[2] == max(widths) and abs(sum(widths) - 1) < 1e-9


def test_narrow_tables_keep_automatic_widths_and_wide_ones_span_the_line() -> None:
    narrow = Table(pd.DataFrame({"a": ["x"], "b": ["1"]})).markdown()
    assert narrow.splitlines()[1] == "|---|--:|"
    rule = Table(pd.DataFrame({"a": ["x " * 50], "b": ["1"]})).markdown().splitlines()[1]
    parts = rule.strip("|").split("|")
    assert len(parts[0]) > 60 and parts[1].endswith(":")


def test_numeric_detection() -> None:
    assert is_numeric_column(["1", "2.5%", "3\u2020", ""])
    assert not is_numeric_column(["", ""]) and not is_numeric_column(["12", "twelve"])


def test_mimebundle_offers_no_html() -> None:
    bundle = Table(pd.DataFrame({"a": [1]}))._repr_mimebundle_()
    assert "text/html" not in bundle and "text/markdown" in bundle


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def test_hostile_cells_stay_text_in_html() -> None:
    hostile = '<img src=x onerror="alert(1)"><script>alert(1)</script>'
    parser = _Tags()
    parser.feed(Table(pd.DataFrame({hostile: [hostile]})).html())
    assert set(parser.tags) == {"table", "thead", "tr", "th", "tbody", "td"}


def test_bold_headers_and_short_cells_are_not_squeezed() -> None:
    # Table A.2 of the ledger: "Agrees" ran into "Lines", "Table 2" wrapped
    figure = ["Figure", *["share of Mazhilis deputies serving three terms"] * 30]
    table = ["Table", *["Table 2"] * 30]
    agrees = ["Agrees", *["yes"] * 30]
    widths = column_widths([table, figure, agrees], line=100)
    usable = 100 - 2.0 * 3
    assert widths[0] * usable >= len("Table 2") - 1e-9
    assert widths[2] * usable >= 1.2 * len("Agrees") - 1e-9


def test_a_column_of_empty_cells_gets_its_header_width() -> None:
    widths = column_widths([["Reason", "", ""], ["Text", "a " * 60, "b"]], line=100)
    assert widths[0] * (100 - 4.0) >= 1.2 * len("Reason") - 1e-9


@pytest.mark.parametrize("source", ["@ide2014", " @junisbai2010 ", "@isaacs2009"])
def test_a_bare_citation_cannot_be_a_source(source: str) -> None:
    # Pandoc reads "@key." at the start of a paragraph as an example-list marker, and
    # every later "@key" of the chapter as that item's number ("1, as stated ...")
    with pytest.raises(ValueError, match="bare citation"):
        source_note(source, [])


def test_a_citation_with_words_after_it_is_a_source() -> None:
    assert source_note("@ide2014, as stated", []) == "@ide2014, as stated."
    assert source_note("The register", ["data/a/b.csv"]).startswith("The register. Data: [b.csv]")
