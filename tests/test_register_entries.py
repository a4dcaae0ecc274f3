"""Each entity of the register as the who's who shows it."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.register import entries, names


def test_one_entry_per_entity_grouped_by_kind_and_alphabetical() -> None:
    found = entries.entries()
    assert sorted(e.entity_id for e in found) == sorted(data.load("entities")["entity_id"])
    kinds = list(entries.KINDS)
    order = [kinds.index(e.kind) for e in found]
    assert order == sorted(order)
    for kind in kinds:
        shown = [names.normalise(e.index_name) for e in found if e.kind == kind]
        assert shown == sorted(shown), kind


def test_anchors_are_unique_and_stable() -> None:
    found = entries.entries()
    assert len({e.anchor for e in found}) == len(found)
    assert entries.anchor("person:ablyazov-mukhtar") == "person-ablyazov-mukhtar"
    with pytest.raises(ValueError, match="kind:slug"):
        entries.anchor("ablyazov")
    with pytest.raises(TypeError, match="string"):
        entries.anchor(3)


def test_every_alias_relation_and_event_is_in_its_entries() -> None:
    by_id = {e.entity_id: e for e in entries.entries()}
    aliases = data.load("aliases")
    for alias, entity in zip(aliases["alias"], aliases["entity_id"], strict=True):
        assert alias in [s for s, _ in by_id[entity].spellings], alias
    relations = data.load("relations")
    for row in relations.itertuples():
        subject = [r for r in by_id[row.subject_id].relations if r.other == row.object_id]
        obj = [r for r in by_id[row.object_id].relations if r.other == row.subject_id]
        assert any(r.outgoing and r.relation == row.relation for r in subject), row
        assert any(not r.outgoing and r.relation == row.relation for r in obj), row
        assert int(row.line_start) in by_id[row.subject_id].mentions[row.source]
    for row in data.load("events").dropna(subset=["actors"]).itertuples():
        for actor in str(row.actors).split(";"):
            if actor.strip():
                assert row.description in [e["description"] for e in by_id[actor.strip()].events]


def test_parties_have_profiles() -> None:
    by_id = {e.entity_id: e for e in entries.entries()}
    assert by_id["party:nur-otan"].profile
    assert not by_id["person:ablyazov-mukhtar"].profile


def test_relation_words_read_from_either_end() -> None:
    for relation in entries.RELATION_WORDS:
        assert entries.relation_words(relation)
        assert entries.relation_words(relation, outgoing=False)
    r = entries.Relation("party:otan", "leader_of", True, "1999", "2004", "stated", "", "x", 3, 3)
    assert r.dates == "1999\u20132004"
    undated = entries.Relation("a:b", "leader_of", True, "", "2007", "stated", "", "x", 1, 1)
    assert undated.dates == "until 2007"


def test_index_name_puts_the_surname_first() -> None:
    assert entries.index_name("person:ablyazov-mukhtar", "Mukhtar Ablyazov") == (
        "Ablyazov, Mukhtar"
    )
    assert entries.index_name("party:nur-otan", "Nur Otan") == "Nur Otan"
