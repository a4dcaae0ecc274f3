"""The rebuilt figures come from their node and edge data, reconstructed parts marked."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.book import diagrams


@pytest.mark.parametrize("diagram_id", diagrams.diagram_ids())
def test_every_diagram_draws_every_node_and_edge(diagram_id: str) -> None:
    nodes, edges = diagrams.layout(diagram_id)
    all_nodes = data.load("diagram_nodes")
    all_edges = data.load("diagram_edges")
    assert len(nodes) == int((all_nodes["diagram_id"] == diagram_id).sum())
    assert len(edges) == int((all_edges["diagram_id"] == diagram_id).sum())
    figure = diagrams.figure(diagram_id)
    assert figure.spec()["description"].startswith("Diagram of")
    assert "reconstructed" in figure.note()


def test_layout_is_deterministic() -> None:
    first = diagrams.diagram_ids()[0]
    a, b = diagrams.layout(first), diagrams.layout(first)
    assert a[0].equals(b[0]) and a[1].equals(b[1])


def test_unknown_diagram() -> None:
    for build in (diagrams.figure, diagrams.diagram, diagrams.layout):
        with pytest.raises(KeyError, match="unknown diagram 'nope'; expected one of 'isaacs2009-"):
            build("nope")
