"""The register's graph matches the register, and its measures are what the book says."""

from __future__ import annotations

from collections import Counter

import pytest

from kznetworks import data
from kznetworks.register import graph


def test_every_identifier_used_exists() -> None:
    ids = set(data.load("entities")["entity_id"])
    relations = data.load("relations")
    assert set(relations["subject_id"]) <= ids and set(relations["object_id"]) <= ids
    assert set(data.load("aliases")["entity_id"]) <= ids
    actors = {a.strip() for cell in data.load("events")["actors"].dropna() for a in cell.split(";")}
    assert actors <= ids, sorted(actors - ids)[:10]


def test_identifiers_are_kind_slug() -> None:
    entities = data.load("entities")
    pattern = r"(person|party|fpg|company|bank|media|state|movement|bloc|org|place|tier):[a-z0-9-]+"
    assert entities["entity_id"].str.fullmatch(pattern).all()
    assert (entities["entity_id"].str.split(":").str[0] == entities["kind"]).all()


def test_graph_matches_register() -> None:
    g = graph.graph()
    entities, relations = data.load("entities"), data.load("relations")
    assert g.number_of_nodes() == len(entities)
    assert g.number_of_edges() == len(relations)
    assert (
        Counter(d["kind"] for _, d in g.nodes(data=True))
        == entities["kind"].value_counts().to_dict()
    )
    assert Counter(a["relation"] for _, _, a in g.edges(data=True)) == (
        relations["relation"].value_counts().to_dict()
    )


def test_graph_is_a_fresh_copy() -> None:
    g = graph.graph()
    g.remove_node("person:nazarbaev-nursultan")
    assert "person:nazarbaev-nursultan" in graph.graph()


def test_ego_network_and_neighbourhood() -> None:
    ego = graph.ego_network("person:nazarbaev-nursultan")
    assert "person:nazarbaev-nursultan" in ego and len(ego) > 10
    assert len(graph.ego_network("person:nazarbaev-nursultan", 0)) == 1
    assert set(graph.neighbourhood(["person:nazarbaev-nursultan"])) == set(ego.nodes)


@pytest.mark.parametrize("radius", [-1, 1.5, True, "2"])
def test_ego_network_refuses_a_bad_radius(radius) -> None:
    with pytest.raises(ValueError, match="radius must be a whole number"):
        graph.ego_network("person:nazarbaev-nursultan", radius)


def test_ego_network_of_a_name_says_how_to_find_the_identifier() -> None:
    with pytest.raises(KeyError, match="resolves to 'person:ablyazov-mukhtar'"):
        graph.ego_network("Ablyazov")
    with pytest.raises(KeyError, match=r"use kznetworks.register.names.resolve"):
        graph.ego_network("Nobody at all")
    with pytest.raises(KeyError, match="not in the register"):
        graph.neighbourhood(["person:nobody"])


def test_centrality_components_and_tiers() -> None:
    assert graph.centrality().iloc[0]["entity_id"] == "person:nazarbaev-nursultan"
    parts = graph.components()
    assert parts["size"].is_monotonic_decreasing and int(parts["size"].sum()) == len(graph.graph())
    tiers = graph.tier_structure()
    table = data.load("financial_industrial_groups")
    assert sorted(tiers["tier"].unique()) == sorted(table["tier"].unique())
