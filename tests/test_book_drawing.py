"""Graphviz lays out, the package draws: classes for the themes, text fitted, no ids, same bytes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kznetworks.book import drawing

DOT = (
    'digraph { node [shape=box, style="rounded"]; '
    'a [label="A box <&> \\"quoted\\""]; '
    f'b [label="B", style="rounded,dashed", class="{drawing.RECONSTRUCTED}", tooltip="B tip"]; '
    f'a -> b [label="to", style=dashed, class="{drawing.RECONSTRUCTED}"]; '
    "a -> c [style=invis] }"
)


def test_svg_is_well_formed_xml_with_classes_and_no_ids() -> None:
    out = drawing.svg(drawing.layout(DOT), description="Two <boxes>")
    root = ET.fromstring(out)
    assert root.tag.endswith("svg")
    assert " id=" not in out
    assert out.count('class="kz-dg-node') == 3
    assert out.count('class="kz-dg-edge') == 1  # the invisible edge is not drawn
    assert "A box &lt;&amp;&gt; &quot;quoted&quot;" in out or 'A box &lt;&amp;&gt; "quoted"' in out
    assert "<title>Two &lt;boxes&gt;</title>" in out
    assert "<title>B tip</title>" in out


def test_reconstructed_parts_are_dashed_and_italic_and_heads_solid() -> None:
    out = drawing.svg(drawing.layout(DOT))
    node_b = re.search(r'<g class="kz-dg-node kz-dg-reconstructed">.*?</g>', out).group(0)
    assert 'stroke-dasharray="' in node_b and 'font-style="italic"' in node_b
    edge = re.search(r'<g class="kz-dg-edge kz-dg-reconstructed">.*?</g>', out).group(0)
    line = re.search(r'<path class="kz-dg-line"[^>]*>', edge).group(0)
    head = re.search(r'<polygon class="kz-dg-head"[^>]*>', edge).group(0)
    assert "stroke-dasharray" in line and 'fill="none"' in line
    assert "stroke-dasharray" not in head
    # an edge's spline is open: a closed path would draw the line twice
    assert not re.search(r'd="[^"]*Z"', line)


def test_every_text_line_is_fitted_to_the_width_graphviz_measured() -> None:
    graph = drawing.layout(DOT)
    out = drawing.svg(graph)
    widths = [
        float(op["width"])
        for obj in graph["objects"] + graph["edges"]
        for op in obj.get("_ldraw_", [])
        if op["op"] == "T"
    ]
    fitted = [float(w) for w in re.findall(r'textLength="([\d.]+)"', out)]
    assert sorted(fitted) == sorted(round(w, 2) for w in widths)


def test_line_styles_by_position_and_rules() -> None:
    dot = 'digraph { a [shape=box, label="Head\\n- one\\l- two\\l"] }'
    lines = {"a": [drawing.Line(rule_below=True), drawing.Line(), drawing.Line(italic=True)]}
    out = drawing.svg(drawing.layout(dot), lines=lines)
    texts = re.findall(r"<text [^>]*>", out)
    assert ["italic" in t for t in texts] == [False, False, True]
    assert out.count('class="kz-dg-rule"') == 1


def test_second_graph_drawn_below_and_drawing_widened_to_fit() -> None:
    top, below = (
        drawing.layout("digraph { a }"),
        drawing.layout("digraph { rankdir=LR; b -> c -> d }"),
    )
    out = drawing.svg(top, below=below)
    width = float(re.search(r'width="([\d.]+)pt"', out).group(1))
    assert width >= drawing.size(below)[0]
    assert '<g class="kz-dg-legend">' in out


def test_same_bytes_every_time() -> None:
    assert drawing.svg(drawing.layout(DOT)) == drawing.svg(drawing.layout(DOT))


def test_graphviz_errors_are_reported() -> None:
    with pytest.raises(RuntimeError, match="Graphviz could not lay out the graph"):
        drawing.layout("digraph { a -> }")


def test_dot_string_escapes_quotes_and_backslashes_but_keeps_line_ends() -> None:
    assert drawing.dot_string('a "b" \\ c\\n') == '"a \\"b\\" \\\\ c\\n"'
    assert drawing.dot_string("x\ny") == '"x\\ny"'
