"""The register holds together, names resolve, and network charts match the register."""

from __future__ import annotations

import pytest

from kznetworks import data, network, render


@pytest.fixture(scope="module")
def entities():
    return data.load("entities")


def test_every_identifier_used_exists(entities) -> None:
    ids = set(entities["entity_id"])
    relations = data.load("relations")
    assert set(relations["subject_id"]) <= ids
    assert set(relations["object_id"]) <= ids
    aliases = data.load("aliases")
    assert set(aliases["entity_id"]) <= ids
    actors = {a.strip() for cell in data.load("events")["actors"].dropna() for a in cell.split(";")}
    assert actors <= ids, sorted(actors - ids)[:10]


def test_identifiers_are_kind_slug(entities) -> None:
    pattern = r"(person|party|fpg|company|bank|media|state|movement|bloc|org|place|tier):[a-z0-9-]+"
    assert entities["entity_id"].str.fullmatch(pattern).all()
    assert (entities["entity_id"].str.split(":").str[0] == entities["kind"]).all()


def test_every_alias_resolves_to_exactly_one_entity() -> None:
    aliases = data.load("aliases")
    keys = aliases.assign(key=aliases["alias"].map(network.normalise))
    per_key = keys.groupby("key")["entity_id"].nunique()
    assert (per_key == 1).all(), per_key[per_key > 1].head(10).to_dict()
    for alias, entity in zip(aliases["alias"], aliases["entity_id"], strict=True):
        assert network.resolve(alias) == entity


def test_no_entity_is_duplicated_under_two_identifiers(entities) -> None:
    names = entities.assign(key=entities["name"].map(network.normalise))
    duplicated = names[names.duplicated(["kind", "key"], keep=False)]
    assert duplicated.empty, duplicated[["entity_id", "name"]].to_dict("records")


def test_resolve_spellings_across_documents() -> None:
    assert network.resolve("Abliazov") == network.resolve("Ablyazov, Mukhtar")
    with pytest.raises(KeyError, match="no entity"):
        network.resolve("Nobody Atall")


def test_graph_matches_register(entities) -> None:
    g = network.graph()
    relations = data.load("relations")
    assert g.number_of_nodes() == len(entities)
    assert g.number_of_edges() == len(relations)
    kinds = entities["kind"].value_counts().to_dict()
    from collections import Counter

    assert Counter(d["kind"] for _, d in g.nodes(data=True)) == kinds


def test_network_chart_is_deterministic_and_matches() -> None:
    ids = sorted(network.ego_network("person:nazarbaev-nursultan").nodes)
    a = network.network_chart(ids).to_dict(validate=True)
    b = network.network_chart(ids).to_dict(validate=True)
    assert a == b
    nodes = [v for rows in a["datasets"].values() for v in rows if "entity_id" in v]
    assert {v["entity_id"] for v in nodes} == set(ids)
    assert render.chart_svg(a).lstrip().startswith("<svg")


def test_timeline_chart_counts_events() -> None:
    spec = network.timeline_chart().to_dict(validate=True)
    rows = [v for values in spec["datasets"].values() for v in values]
    assert len(rows) == len(data.load("events"))


def test_tier_structure_matches_table_1() -> None:
    tiers = network.tier_structure()
    table = data.load("financial_industrial_groups")
    assert sorted(tiers["tier"].str.lower().unique()) == sorted(table["tier"].unique())
    assert len(tiers) >= len(table)


def test_every_name_in_the_tables_resolves_to_the_register() -> None:
    from kznetworks import links

    table = links.table_links()  # raises KeyError naming the cell if a name is unknown
    categories = table[table["entity_id"] == ""]
    assert set(categories["mention"]) <= set(links.NOT_ENTITIES)
    assert len(table) > len(categories) > 0


def test_derived_register_views_are_current() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, str(root / "analysis" / "build_register_views.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_party_profiles_join_tables_by_identifier() -> None:
    from kznetworks import parties

    profiles = parties.party_profiles().set_index("party_id")
    membership = data.load("party_membership_2008")
    assert profiles.loc["party:nur-otan", "membership_2008"] == str(
        int(membership.loc[membership["party"] == "Nur Otan", "official_membership"].iloc[0])
    )
    assert "2004: 42" in profiles.loc["party:otan", "seats"]
    assert "party:otan" in profiles.loc["party:nur-otan", "predecessors"]


def test_graph_edges_by_relation_type_match_register() -> None:
    from collections import Counter

    g = network.graph()
    expected = data.load("relations")["relation"].value_counts().to_dict()
    assert Counter(a["relation"] for _, _, a in g.edges(data=True)) == expected
