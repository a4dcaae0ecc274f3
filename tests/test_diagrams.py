"""Diagrams are drawn from node/edge data, deterministically, with reconstructed parts marked."""

from __future__ import annotations

import pytest

from kznetworks import data, diagrams, render

IDS = diagrams.diagram_ids()


def test_every_scope_figure_is_present() -> None:
    figures = set(data.load("diagrams")["figure"])
    expected = {f"Figure {n}" for n in ("1.1", "1.2", "1.3", "2.3", "3.1", "5.1", "6.1")}
    assert figures == expected


@pytest.mark.parametrize("diagram_id", IDS)
def test_diagram_matches_its_data_and_renders(diagram_id: str) -> None:
    nodes, edges = diagrams.layout(diagram_id)
    table_nodes = data.load("diagram_nodes")
    table_edges = data.load("diagram_edges")
    assert len(nodes) == int((table_nodes["diagram_id"] == diagram_id).sum())
    assert len(edges) == int((table_edges["diagram_id"] == diagram_id).sum())
    spec = diagrams.diagram(diagram_id).to_dict(validate=True)
    assert "reconstructed" in spec["description"]
    assert render.chart_svg(spec).lstrip().startswith("<svg")


def test_layout_is_deterministic() -> None:
    first = diagrams.layout(IDS[0])[0][["node_id", "x", "y"]]
    second = diagrams.layout(IDS[0])[0][["node_id", "x", "y"]]
    assert first.equals(second)


def test_power_map_is_wholly_reconstructed() -> None:
    nodes = data.load("diagram_nodes")
    power = nodes[nodes["diagram_id"] == "isaacs2009-fig-3-1"]
    assert (power["status"] == "reconstructed").all()
