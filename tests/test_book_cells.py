"""Cells that render themselves: links, runs of text and links, and data links."""

from __future__ import annotations

from kznetworks.book.cells import Link, Linked, data_links, renders_itself


def test_link_to_a_label_uses_the_books_pages() -> None:
    assert Link("Regions", "sec-regions").html("../") == (
        '<a href="../chapters/regions.html#sec-regions">Regions</a>'
    )
    assert Link("Regions", "sec-regions").markdown() == "[Regions](#sec-regions)"


def test_linked_text_is_escaped_around_its_links() -> None:
    cell = Linked(("<b>", Link("a*b", "data/a.csv"), "`x`"))
    assert "<b>" not in cell.html("")
    assert cell.html("").startswith("&lt;b&gt;")
    assert "`x`" not in cell.markdown()
    assert str(cell) == "<b>a*b`x`"


def test_data_links_name_each_files_dictionary_entry() -> None:
    text = data_links(["data/junisbai2010/akim_tenure.csv", "data/nowhere/none.csv"])
    first, second = text.split(", ")
    assert "(akim_tenure.csv)" not in first and "#dict-akim-tenure" in first
    assert "schema" not in second  # no entry: no schema link


def test_only_links_render_themselves() -> None:
    assert renders_itself(Link("x", "y")) and renders_itself(Linked(("x",)))
    assert not renders_itself("x") and not renders_itself(None)
