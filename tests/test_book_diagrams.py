"""The rebuilt figures come from their node and edge data, laid out by Graphviz."""

from __future__ import annotations

import re

import pytest

from kznetworks import data
from kznetworks.book import diagrams, drawing

IDS = diagrams.diagram_ids()


def _texts(svg: str) -> str:
    """Every text line of the drawing, joined with spaces (wrapped labels read whole)."""
    lines = re.findall(r"<text [^>]*>([^<]*)</text>", svg)
    return " ".join(line.replace("\u2022", " ").replace("\u2002", " ") for line in lines)


def _words(text: str) -> list[str]:
    return text.replace("&amp;", "&").replace("&#x27;", "'").split()


@pytest.mark.parametrize("diagram_id", IDS)
def test_every_node_is_a_box_or_a_bullet_in_one(diagram_id: str) -> None:
    nodes = data.load("diagram_nodes")
    nodes = nodes[nodes["diagram_id"] == diagram_id]
    drawn = diagrams.boxes(diagram_id)
    shown = {b.node_id for b in drawn} | {t for b in drawn for t, _ in b.bullets}
    assert len({b.node_id for b in drawn}) + sum(len(b.bullets) for b in drawn) == len(nodes)
    assert {b.node_id for b in drawn} <= set(nodes["node_id"])
    assert len(shown) <= len(nodes)


@pytest.mark.parametrize("diagram_id", IDS)
def test_every_label_is_drawn_in_full(diagram_id: str) -> None:
    picture = diagrams.diagram(diagram_id)
    text = _words(_texts(picture.svg))
    nodes = data.load("diagram_nodes")
    edges = data.load("diagram_edges")
    labels = list(nodes.loc[nodes["diagram_id"] == diagram_id, "label"])
    labels += [
        str(v)
        for v in edges.loc[edges["diagram_id"] == diagram_id, "label"].dropna()
        if v != diagrams.CONTAINS
    ]
    joined = " ".join(text)
    for label in labels:
        assert " ".join(_words(str(label))) in joined, label


@pytest.mark.parametrize("diagram_id", IDS)
def test_every_link_is_drawn_and_styled_by_status(diagram_id: str) -> None:
    edges = data.load("diagram_edges")
    edges = edges[edges["diagram_id"] == diagram_id]
    nodes = data.load("diagram_nodes")
    nodes = nodes[nodes["diagram_id"] == diagram_id]
    bullets = {t for b in diagrams.boxes(diagram_id) for t, _ in b.bullets}
    inside = set(nodes.loc[nodes["label"].isin(bullets), "node_id"])
    picture = diagrams.diagram(diagram_id).svg
    main = picture.split('<g class="kz-dg-legend">')[0]
    drawn_edges = re.findall(r'<g class="kz-dg-edge([^"]*)">', main)
    # links to a bullet are drawn as the bullet inside its box
    expected = edges[~edges["label"].eq(diagrams.CONTAINS) | ~edges["to_id"].isin(inside)]
    assert len(drawn_edges) == len(expected)
    recon = int((expected["status"] == "reconstructed").sum())
    assert sum(drawing.RECONSTRUCTED in c for c in drawn_edges) == recon


@pytest.mark.parametrize("diagram_id", IDS)
def test_levels_are_ranks_in_order(diagram_id: str) -> None:
    graph = drawing.layout(diagrams.dot(diagram_id))
    direction = diagrams.DIRECTION[
        str(data.load("diagrams").set_index("diagram_id").loc[diagram_id, "layout"])
    ]
    axis = 1 if direction == "TB" else 0
    level = {b.node_id: b.level for b in diagrams.boxes(diagram_id)}
    pos = {o["name"]: float(o["pos"].split(",")[axis]) for o in graph["objects"] if "pos" in o}
    centre = min(level.values())
    for node, lvl in level.items():
        if lvl > centre:
            first = next(n for n, v in level.items() if v == centre)
            # Graphviz's y grows upwards: a later level is lower (TB) or further right (LR)
            assert (pos[node] < pos[first]) if axis else (pos[node] > pos[first])


def test_boxes_do_not_overlap_and_labels_stay_clear_of_boxes() -> None:
    for diagram_id in IDS:
        graph = drawing.layout(diagrams.dot(diagram_id))
        rects = []
        for o in graph["objects"]:
            if "pos" not in o or "invis" in o.get("style", ""):
                continue
            x, y = (float(v) for v in o["pos"].split(","))
            w, h = float(o["width"]) * 36, float(o["height"]) * 36
            rects.append((x - w, y - h, x + w, y + h))
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], diagram_id
        for e in graph.get("edges", []):
            if "lp" not in e:
                continue
            lx, ly = (float(v) for v in e["lp"].split(","))
            for r in rects:
                assert not (r[0] < lx < r[2] and r[1] < ly < r[3]), (diagram_id, e.get("label"))


def test_output_is_deterministic() -> None:
    first = IDS[0]
    assert diagrams.dot(first) == diagrams.dot(first)
    assert diagrams.diagram(first).svg == diagrams.diagram(first).svg


def test_a_figure_is_an_svg_drawing_with_its_sources() -> None:
    figure = diagrams.figure(IDS[0])
    assert figure.alt_text.startswith("Diagram of Figure 1.1, Framework")
    assert "reconstructed" in figure.note()
    assert "diagram_edges.csv" in figure.note()


def test_legend_shows_only_the_statuses_used() -> None:
    only = diagrams.legend_dot(boxes={"reconstructed"}, links={"reconstructed"})
    assert "printed in the thesis" not in only and "reconstructed link" in only


def test_unknown_diagram() -> None:
    for build in (diagrams.figure, diagrams.diagram, diagrams.dot):
        with pytest.raises(KeyError, match="unknown diagram 'nope'; expected one of 'isaacs2009-"):
            build("nope")
