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


def test_foreign_parties_of_the_comparisons_resolve() -> None:
    assert names.resolve("Barisan Nasional") == "party:barisan-nasional"
    assert names.resolve("People's Action Party") == "party:pap-singapore"
    assert names.resolve("Edinaia Rossia") == names.resolve("United Russia")
    assert names.resolve("Kurmanbek Bakiev's Ak Zhol") == "party:ak-zhol-kyrgyzstan"
    assert names.resolve("Ak Zhol") == "party:ak-zhol"  # the bare name stays the Kazakh party


def test_framework_authors_are_in_the_register() -> None:
    assert names.resolve("Gretchen Heimke") == names.resolve("Helmke")
    assert names.resolve("Collins, K.") == names.resolve("Kathleen Collins")
    entities = data.load("entities").set_index("entity_id")
    assert entities.loc[names.resolve("Richard Gunther"), "kind"] == "person"


def test_normalise_folds_accents_case_and_spacing() -> None:
    assert names.normalise("  Nazarbáeva,   Dariga ") == "nazarbaeva dariga"


def test_unknown_name() -> None:
    with pytest.raises(KeyError, match="no entity"):
        names.resolve("Nobody Atall")
