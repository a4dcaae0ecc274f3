"""Network and timeline figures match the register, with layouts fixed by a seed."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.book import networks
from kznetworks.register import graph


def test_network_chart_is_deterministic_and_matches() -> None:
    ids = sorted(graph.ego_network("person:nazarbaev-nursultan").nodes)
    a = networks.network_chart(ids).to_dict(validate=True)
    b = networks.network_chart(ids).to_dict(validate=True)
    assert a == b
    nodes = [v for rows in a["datasets"].values() for v in rows if "entity_id" in v]
    assert {v["entity_id"] for v in nodes} == set(ids)


def test_timeline_counts_events() -> None:
    spec = networks.timeline_figure().spec()
    rows = [v for values in spec["datasets"].values() for v in values]
    assert len(rows) == len(data.load("events"))


def test_figures_name_their_data() -> None:
    for figure in (networks.fpg_figure(), networks.ego_figure("person:nazarbaev-nursultan")):
        assert "data/register/relations.csv" in figure.csv


def test_timeline_refuses_an_unknown_source() -> None:
    with pytest.raises(ValueError, match="unknown source key 'nope'; expected one of 'ide2014', "):
        networks.timeline_chart(sources=["nope"])


def test_timeline_window_keeps_only_its_years() -> None:
    spec = networks.timeline_figure("1986", "2009").spec()
    rows = [v for values in spec["datasets"].values() for v in values]
    years = {int(v["as_given"][:4]) for v in rows}
    assert min(years) >= 1986 and max(years) <= 2009
    events = data.load("events")
    inside = events["date"].astype(str).str[:4].between("1986", "2009")
    assert len(rows) == int(inside.sum())
