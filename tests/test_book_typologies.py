"""Typologies: every scheme of a document as a heading, a sentence and a table."""

from __future__ import annotations

import re

import pytest

from kznetworks import data
from kznetworks.book import typologies


def test_every_scheme_of_a_document_is_shown() -> None:
    schemes = data.load("typology_schemes")
    for source in set(schemes["source"]):
        text = typologies.typologies(source)
        assert text.count("{.unnumbered}") == int((schemes["source"] == source).sum())


def test_nested_categories_are_indented() -> None:
    categories = data.load("typology_categories")
    nested = categories[categories["parent_id"].notna()]["scheme_id"].iloc[0]
    first = typologies.typology(nested).frame["Category"]
    assert first.str.startswith("\u2003\u2514 ").any()


def test_unknown_arguments() -> None:
    with pytest.raises(KeyError, match="unknown typology 'nope'; expected one of"):
        typologies.typology("nope")
    with pytest.raises(ValueError, match=r"unknown source key 'junisbai2011'; expected one of"):
        typologies.typologies("junisbai2011")
    with pytest.raises(TypeError, match="got 42"):
        typologies.schemes(42)  # type: ignore[arg-type]


def test_each_scheme_cites_its_lines_in_one_citation_group() -> None:
    # A group such as "[@key, lines 3-7; kind: list.]" is no citation for Pandoc (each
    # part after ";" must cite a key), so the brackets were printed and the author lost.
    text = typologies.typologies("igc2023")
    groups = re.findall(r"\[@[^\]]*\]", text)
    assert groups, "no citation of the scheme's lines"
    for group in groups:
        assert all(part.strip().startswith("@") for part in group[1:-1].split(";")), group
    assert "[@igc2023, line 11]" in text  # a single line is "line", not "lines"
    assert re.search(r"\[@igc2023, lines \d+\u2013\d+\]", text)
