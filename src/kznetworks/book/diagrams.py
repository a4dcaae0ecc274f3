"""Framework and structure diagrams, drawn from node and edge data.

The thesis's figures (frameworks, an organisational chart, a power map) lost their
boxes and arrows in the conversion to text. The project keeps them as data:
``diagrams``, ``diagram_nodes`` and ``diagram_edges``, each element marked as
``printed`` (its label survives in the text) or ``reconstructed`` (rebuilt from the
prose). This module lays them out deterministically and draws them with Altair, so
they render in HTML and, through vl-convert, in the PDF, with no browser involved.
Reconstructed elements are drawn dashed and in italics.
"""

from __future__ import annotations

import math
import textwrap

import altair as alt
import pandas as pd

from kznetworks import data
from kznetworks.book import escape, theme
from kznetworks.book.figure import Figure
from kznetworks.book.inputs import csv_path
from kznetworks.data.errors import expect_type, unknown_name

__all__ = ["diagram", "diagram_ids", "figure", "layout"]

_WRAP = 20
_BOX_W = 1.6
_LINE_H = 0.19
_MAX_PER_ROW = 5
_PX_PER_UNIT = 75


def diagram_ids() -> list[str]:
    """Identifiers of the diagrams in the data package, in figure order.

    Returns
    -------
    list of str
        E.g. ``["isaacs2009-fig-1-1", ...]``.

    Examples
    --------
    >>> diagram_ids()[0].startswith("isaacs2009-fig-")
    True
    """
    return list(data.load("diagrams")["diagram_id"])


def _known(diagram_id: object) -> str:
    """The identifier, checked against the diagrams of the data package."""
    expect_type("diagram_id", diagram_id, str, "a diagram identifier (a string)")
    ids = diagram_ids()
    if diagram_id not in ids:
        raise unknown_name("diagram", diagram_id, ids, hint="diagram_ids() lists them")
    return diagram_id


def layout(diagram_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compute node positions and edge end points for one diagram.

    Layered diagrams put level 0 at the top; flow diagrams run left to right;
    radial diagrams put level 0 at the centre and each further level on a ring.
    Positions depend only on the data (no randomness).

    Parameters
    ----------
    diagram_id : str
        Identifier in ``diagrams``.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        Nodes with ``x``, ``y``, wrapped ``text`` and box bounds; edges with
        ``x``, ``y``, ``x2``, ``y2`` (clipped to the boxes) and ``angle``.

    Examples
    --------
    >>> nodes, edges = layout(diagram_ids()[0])
    >>> {"x", "y"} <= set(nodes.columns)
    True
    """
    meta = data.load("diagrams").set_index("diagram_id").loc[_known(diagram_id)]
    nodes = data.load("diagram_nodes")
    nodes = nodes[nodes["diagram_id"] == diagram_id].copy()
    edges = data.load("diagram_edges")
    edges = edges[edges["diagram_id"] == diagram_id].copy()
    nodes["level"] = nodes["level"].fillna(0).astype(int)
    nodes["order"] = nodes["order"].fillna(0).astype(int)
    nodes = nodes.sort_values(["level", "order", "node_id"]).reset_index(drop=True)
    nodes["text"] = nodes["label"].map(lambda s: textwrap.wrap(str(s), _WRAP) or [""])
    nodes["lines"] = nodes["text"].map(len)
    kind = str(meta["layout"])
    xs: list[float] = []
    ys: list[float] = []
    if kind == "radial":
        for _, group in nodes.groupby("level", sort=True):
            count, level = len(group), int(group["level"].iloc[0])
            for rank in range(count):
                if level == 0 and count == 1:
                    xs.append(0.0)
                    ys.append(0.0)
                    continue
                angle = 2 * math.pi * rank / count + math.pi / 2
                radius = 2.2 * max(level, 1)
                xs.append(radius * math.cos(angle))
                ys.append(radius * math.sin(angle))
    else:
        # layered (top-down) or flow (left-right); a long level wraps onto several rows
        cursor = 0.0
        for _, group in nodes.groupby("level", sort=True):
            for start in range(0, len(group), _MAX_PER_ROW):
                chunk = group.iloc[start : start + _MAX_PER_ROW]
                tallest = int(chunk["lines"].max())
                for rank in range(len(chunk)):
                    offset = (rank - (len(chunk) - 1) / 2) * (_BOX_W + 0.3)
                    if kind == "flow":
                        xs.append(cursor)
                        ys.append(-offset * 0.5)
                    else:
                        xs.append(offset)
                        ys.append(-cursor)
                step = (_BOX_W + 0.9) if kind == "flow" else (0.75 + tallest * _LINE_H)
                cursor += step
    nodes["x"], nodes["y"] = xs, ys
    half_h = nodes["lines"] * _LINE_H / 2 + 0.12
    nodes["x0"], nodes["x1"] = nodes["x"] - _BOX_W / 2, nodes["x"] + _BOX_W / 2
    nodes["y0"], nodes["y1"] = nodes["y"] - half_h, nodes["y"] + half_h
    pos = nodes.set_index("node_id")
    records = []
    for edge in edges.itertuples():
        a, b = pos.loc[edge.from_id], pos.loc[edge.to_id]
        dx, dy = b["x"] - a["x"], b["y"] - a["y"]
        length = math.hypot(dx, dy) or 1.0

        def clip(node: pd.Series, sign: float, dx: float = dx, dy: float = dy) -> tuple:
            # shrink the segment to the node's box boundary
            sx = (_BOX_W / 2) / abs(dx) if dx else math.inf
            sy = (node["y1"] - node["y"]) / abs(dy) if dy else math.inf
            t = min(sx, sy, 0.45)
            return node["x"] + sign * dx * t, node["y"] + sign * dy * t

        x, y = clip(a, 1.0)
        x2, y2 = clip(b, -1.0)
        records.append(
            {
                "from_id": edge.from_id,
                "to_id": edge.to_id,
                "label": "" if pd.isna(edge.label) else str(edge.label),
                "directed": bool(edge.directed),
                "status": str(edge.status),
                "x": x,
                "y": y,
                "x2": x2,
                "y2": y2,
                # Vega point angles run clockwise from north; y grows upwards here
                "angle": (90 - math.degrees(math.atan2(dy / length, dx / length))) % 360,
            }
        )
    return nodes, pd.DataFrame.from_records(
        records,
        columns=["from_id", "to_id", "label", "directed", "status", "x", "y", "x2", "y2", "angle"],
    )


@theme.chart
def diagram(diagram_id: str) -> alt.LayerChart:
    """Draw one diagram: boxes, wrapped labels and arrows; reconstructed parts dashed.

    Parameters
    ----------
    diagram_id : str
        Identifier in ``diagrams``.

    Returns
    -------
    altair.LayerChart
        A static-friendly chart (no interaction needed), with tooltips on the website.

    Examples
    --------
    >>> spec = diagram(diagram_ids()[0]).to_dict(validate=True)
    >>> len(spec["layer"]) >= 3
    True
    """
    meta = data.load("diagrams").set_index("diagram_id").loc[_known(diagram_id)]
    nodes, edges = layout(diagram_id)
    status_scale = alt.Scale(domain=["printed", "reconstructed"], range=[[1, 0], [4, 3]])
    x_span = float(nodes["x1"].max() - nodes["x0"].min())
    y_span = float(nodes["y1"].max() - nodes["y0"].min())
    width = int(max(300, _PX_PER_UNIT * x_span))
    height = int(max(120, _PX_PER_UNIT * y_span))
    xscale = alt.Scale(domain=[float(nodes["x0"].min()) - 0.1, float(nodes["x1"].max()) + 0.1])
    yscale = alt.Scale(domain=[float(nodes["y0"].min()) - 0.1, float(nodes["y1"].max()) + 0.1])
    x = alt.X("x:Q", axis=None, scale=xscale)
    y = alt.Y("y:Q", axis=None, scale=yscale)
    node_data = nodes.assign(
        group=nodes["group"].fillna(""),
        label_line=nodes["text"],
        status=nodes["status"].astype(str),
    )[["node_id", "label", "label_line", "group", "status", "x", "y", "x0", "x1", "y0", "y1"]]
    boxes = (
        alt.Chart(node_data)
        .mark_rect(fill="#f4f6f8", stroke="#555", strokeWidth=1, cornerRadius=3)
        .encode(
            x=alt.X("x0:Q", axis=None, scale=xscale),
            x2="x1:Q",
            y=alt.Y("y0:Q", axis=None, scale=yscale),
            y2="y1:Q",
            strokeDash=alt.StrokeDash("status:N", scale=status_scale, title="Element"),
            tooltip=[
                alt.Tooltip("label:N", title="Label"),
                alt.Tooltip("group:N", title="Group"),
                alt.Tooltip("status:N", title="Status"),
            ],
        )
    )
    label_layers = [
        alt.Chart(node_data[node_data["status"] == status])
        .mark_text(fontSize=10, lineHeight=12, baseline="middle", fontStyle=style)
        .encode(x=x, y=y, text="label_line:N")
        for status, style in (("printed", "normal"), ("reconstructed", "italic"))
        if (node_data["status"] == status).any()
    ]
    layers = [boxes, *label_layers]
    if not edges.empty:
        lines = (
            alt.Chart(edges)
            .mark_rule(color="#555")
            .encode(
                x=x,
                y=y,
                x2="x2:Q",
                y2="y2:Q",
                strokeDash=alt.StrokeDash("status:N", scale=status_scale, title="Element"),
                tooltip=["from_id:N", "to_id:N", "label:N", "status:N"],
            )
        )
        heads = (
            alt.Chart(edges[edges["directed"]])
            .mark_point(shape="triangle-up", filled=True, size=40, color="#555")
            .encode(
                x=alt.X("x2:Q", axis=None, scale=xscale),
                y=alt.Y("y2:Q", axis=None, scale=yscale),
                angle="angle:Q",
            )
        )
        layers = [lines, heads, *layers]
        labelled = edges[~edges["label"].isin(["", "contains"])].assign(
            mx=lambda d: (d["x"] + d["x2"]) / 2, my=lambda d: (d["y"] + d["y2"]) / 2
        )
        if not labelled.empty:
            layers.append(
                alt.Chart(labelled)
                .mark_text(fontSize=9, color="#333", dy=-6)
                .encode(
                    x=alt.X("mx:Q", axis=None, scale=xscale),
                    y=alt.Y("my:Q", axis=None, scale=yscale),
                    text="label:N",
                )
            )
    n_recon = int((nodes["status"] == "reconstructed").sum()) + int(
        (edges["status"] == "reconstructed").sum() if not edges.empty else 0
    )
    return alt.layer(*layers).properties(
        width=width,
        height=height,
        description=(
            f"Diagram of {meta['figure']}, {meta['title']}: {len(nodes)} boxes and {len(edges)} "
            f"links; {n_recon} elements are reconstructed from the text and drawn dashed or "
            "in italics."
        ),
    )


def figure(diagram_id: str) -> Figure:
    """One rebuilt figure of the thesis, with what in it is printed and what reconstructed.

    Parameters
    ----------
    diagram_id : str
        Identifier in ``diagrams`` (see :func:`diagram_ids`).

    Returns
    -------
    Figure
        The diagram; under it the source (figure, lines), the count of boxes and links
        and how many are reconstructed, the reconstruction note, and the data files.

    Raises
    ------
    KeyError
        When no diagram has that identifier.

    Examples
    --------
    >>> "reconstructed" in figure(diagram_ids()[0]).note()
    True
    """
    meta = data.load("diagrams").set_index("diagram_id").loc[_known(diagram_id)]
    nodes = data.load("diagram_nodes")
    edges = data.load("diagram_edges")
    n = nodes[nodes["diagram_id"] == diagram_id]
    e = edges[edges["diagram_id"] == diagram_id]
    boxes = f"{len(n)} boxes ({int((n['status'] == 'reconstructed').sum())} reconstructed)"
    links = f"{len(e)} links ({int((e['status'] == 'reconstructed').sum())} reconstructed)"
    source = (
        f"@isaacs2009, {escape.markdown(meta['figure'])} "
        f"(lines {int(meta['line_start'])}\u2013{int(meta['line_end'])}). {boxes}, {links}. "
        f"{escape.markdown(meta['reconstruction_note'])}"
    )
    return Figure(
        diagram(diagram_id),
        source=source.rstrip(". "),
        csv=[csv_path("diagram_nodes"), csv_path("diagram_edges")],
    )
