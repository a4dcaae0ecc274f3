"""Every spelling the documents use resolves to exactly one entity."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.register import names


def test_every_alias_resolves_to_its_entity() -> None:
    aliases = data.load("aliases")
    keys = aliases.assign(key=aliases["alias"].map(names.normalise))
    per_key = keys.groupby("key")["entity_id"].nunique()
    assert (per_key == 1).all(), per_key[per_key > 1].head(10).to_dict()
    for alias, entity in zip(aliases["alias"], aliases["entity_id"], strict=True):
        assert names.resolve(alias) == entity


def test_no_entity_is_duplicated_under_two_identifiers() -> None:
    entities = data.load("entities")
    folded = entities.assign(key=entities["name"].map(names.normalise))
    duplicated = folded[folded.duplicated(["kind", "key"], keep=False)]
    assert duplicated.empty, duplicated[["entity_id", "name"]].to_dict("records")


def test_spellings_across_documents() -> None:
    assert names.resolve("Abliazov") == names.resolve("Ablyazov, Mukhtar")


def test_normalise_folds_accents_case_and_spacing() -> None:
    assert names.normalise("  Nazarbáeva,   Dariga ") == "nazarbaeva dariga"


def test_unknown_name() -> None:
    with pytest.raises(KeyError, match="no entity"):
        names.resolve("Nobody Atall")


@pytest.mark.parametrize(
    ("value", "error"), [(None, TypeError), (42, TypeError), ("", ValueError), ("   ", ValueError)]
)
def test_resolve_says_it_wants_a_name(value, error) -> None:
    with pytest.raises(error, match=r"name must be a spelling of a person, party or place .*got"):
        names.resolve(value)
