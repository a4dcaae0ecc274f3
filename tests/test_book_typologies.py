"""Typologies: every scheme of a document as a heading, a sentence and a table."""

from __future__ import annotations

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
