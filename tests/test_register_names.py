"""Every spelling the documents use resolves to exactly one entity, and so do its variants."""

from __future__ import annotations

import pytest
from variants import cyrillic, misspellings, variants

from kznetworks import data
from kznetworks.register import names


def _spellings() -> list[tuple[str, str]]:
    aliases = data.load("aliases")
    entities = data.load("entities")
    pairs = list(zip(aliases["alias"], aliases["entity_id"], strict=True))
    return pairs + list(zip(entities["name"], entities["entity_id"], strict=True))


def test_every_alias_resolves_to_its_entity() -> None:
    aliases = data.load("aliases")
    keys = aliases.assign(key=aliases["alias"].map(names.normalise))
    per_key = keys.groupby("key")["entity_id"].nunique()
    assert (per_key == 1).all(), per_key[per_key > 1].head(10).to_dict()
    for alias, entity in zip(aliases["alias"], aliases["entity_id"], strict=True):
        assert names.resolve(alias) == entity


def test_every_variant_of_every_alias_resolves_to_its_entity() -> None:
    exact = {}
    folded: dict[str, set[str]] = {}
    for alias, entity in _spellings():
        exact.setdefault(names.normalise(alias), set()).add(entity)
        folded.setdefault(names.fold(alias), set()).add(entity)
    checked, ambiguous = 0, set()
    for alias, entity in _spellings():
        for variant in variants(alias):
            key = names.normalise(variant)
            if key in exact and entity not in exact[key]:
                continue  # the variant is another entity's own spelling ("KPK" from "KPPK")
            try:
                found = names.resolve(variant)
            except names.AmbiguousNameError as err:
                # only where two entities' spellings fold alike, as the data say
                assert len(folded[names.fold(variant)]) > 1, (alias, variant)
                assert entity in err.candidates
                ambiguous.add(names.fold(variant))
                continue
            assert found == entity, (alias, variant, found)
            checked += 1
    assert checked > 8 * len(_spellings())
    collisions = {k for k, v in folded.items() if len(v) > 1}
    assert ambiguous <= collisions


def test_cyrillic_forms_resolve() -> None:
    assert names.resolve("Назарбаев") == "person:nazarbaev-nursultan"
    assert names.resolve("Нұрсұлтан Назарбаев") == "person:nazarbaev-nursultan"
    assert names.resolve("АБЛЯЗОВ Мухтар") == "person:ablyazov-mukhtar"
    assert names.resolve("Казкоммерцбанк") == "bank:kazkommertsbank"
    formed = [cyrillic(a) for a, _ in _spellings()]
    assert sum(f is not None for f in formed) > len(formed) / 2


def test_the_issues_examples() -> None:
    # spellings that failed before: capitals with another transliteration, a fragment
    assert names.resolve("NAZARBAYEV") == "person:nazarbaev-nursultan"
    with pytest.raises(names.UnknownNameError) as caught:
        names.resolve("Kazkommerts")
    assert [e for e, _, _ in caught.value.suggestions][:2] == [
        "fpg:kazkommerts",
        "bank:kazkommertsbank",
    ]
    assert "did you mean" in str(caught.value)


def test_words_in_any_order() -> None:
    assert names.resolve("Nazarbayev Nursultan") == "person:nazarbaev-nursultan"
    assert names.resolve("Mukhtar, Abliazov") == "person:ablyazov-mukhtar"


def test_misspellings_suggest_their_entity_mostly() -> None:
    found = total = 0
    for alias, entity in _spellings():
        for typo in misspellings(alias):
            try:
                names.resolve(typo)
                continue
            except names.UnknownNameError as err:
                total += 1
                found += entity in [e for e, _, _ in err.suggestions]
            except names.AmbiguousNameError:
                continue
    assert total > 500
    assert found / total > 0.9, f"{found} of {total} typos suggest their entity"


def test_suggest_ranks_and_limits() -> None:
    top = names.suggest("Nazarbayef")
    assert top[0][0] == "person:nazarbaev-nursultan"
    assert [s[2] for s in top] == sorted((s[2] for s in top), reverse=True)
    assert len(names.suggest("Nazarbayef", limit=2)) == 2
    assert names.suggest("---") == []
    assert names.suggest("Qwxzqwxz") == []


def test_bad_arguments_say_what_was_expected() -> None:
    with pytest.raises(TypeError, match="name must be a spelling of a person, party or place"):
        names.resolve(42)
    with pytest.raises(TypeError, match="a name is a string"):
        names.normalise(None)
    with pytest.raises(ValueError, match="at least one letter"):
        names.resolve(" ,; ")
    with pytest.raises(ValueError, match="limit must be 1 or more"):
        names.suggest("Aliev", limit=0)
    with pytest.raises(TypeError, match="whole number"):
        names.suggest("Aliev", limit=2.5)


def test_ambiguous_spelling_lists_the_candidates() -> None:
    # "KPPK" (a typo for KNPK) and "KPK" fold alike; folding alone cannot tell them apart
    assert names.resolve("KPPK") == "party:knpk"
    assert names.resolve("KPK") == "party:kpk"
    with pytest.raises(names.AmbiguousNameError) as caught:
        names.resolve("KPPPK")
    assert caught.value.candidates == ["party:knpk", "party:kpk"]


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
    assert names.normalise("Abdil\u2019din") == names.normalise("Abdil'din") == "abdildin"


def test_fold_applies_each_variant() -> None:
    assert names.fold("Dzhabar") == names.fold("Jabar") == "jabar"
    assert names.fold("Khabar") == names.fold("Habar")
    assert names.fold("Kazkomertsbank") == names.fold("Kazkommertsbank")
    assert names.fold("Yerlan") == names.fold("Erlan")


def test_matching_rules_are_what_fold_applies() -> None:
    rules = names.matching_rules()
    assert [p for p, _ in rules["variants"]] == [p for p, _ in names.VARIANTS]
    assert rules["cyrillic"] == names.CYRILLIC
    assert rules["cutoff"] == names.SUGGESTION_CUTOFF


def test_unknown_name() -> None:
    with pytest.raises(KeyError, match="no entity"):
        names.resolve("Nobody Atall")


@pytest.mark.parametrize(
    ("value", "error"), [(None, TypeError), (42, TypeError), ("", ValueError), ("   ", ValueError)]
)
def test_resolve_says_it_wants_a_name(value, error) -> None:
    with pytest.raises(error, match=r"name must be a spelling of a person, party or place .*got"):
        names.resolve(value)
