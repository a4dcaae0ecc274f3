"""Place the labels of a node-link diagram so that no two overlap, nor cover a node.

The static network figures (the PDF's, and the website's before the explorer) label
their most connected nodes. :func:`place_labels` takes the nodes in pixel coordinates
with their radii, tries each candidate label above, below, right and left of its node
(in that order), and keeps the first position whose box overlaps no label placed
before and no other node; a label with no free position is left out. Text widths are
estimated from the number of characters, on the safe side. :func:`chart_labels` does
it for a node-link chart of :mod:`kznetworks.book.networks`, with fixed scales.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

__all__ = [
    "CHAR_WIDTH",
    "LABEL_SIZE",
    "MARGIN",
    "MAX_LABELS",
    "NODE_AREA",
    "Label",
    "chart_labels",
    "place_labels",
    "size_scale",
]

#: Width of an average character, as a share of the font size (generous for sans serif).
CHAR_WIDTH = 0.62
#: Gap between a node and its label, in pixels.
GAP = 2.0


@dataclass(frozen=True)
class Label:
    """A placed label: its text centred at ``(x, y)`` in pixels.

    Parameters
    ----------
    key : str
        The node's key.
    text : str
        The label.
    x, y : float
        Centre of the label's box, in pixels (y downwards).
    width, height : float
        Size of the box.

    Examples
    --------
    >>> Label("a", "A", 10, 10, 6, 9).box()
    (7.0, 5.5, 13.0, 14.5)
    """

    key: str
    text: str
    x: float
    y: float
    width: float
    height: float

    def box(self) -> tuple[float, float, float, float]:
        """``(left, top, right, bottom)``."""
        return (
            self.x - self.width / 2,
            self.y - self.height / 2,
            self.x + self.width / 2,
            self.y + self.height / 2,
        )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _hits_circle(box: tuple[float, ...], cx: float, cy: float, r: float) -> bool:
    nx = min(max(cx, box[0]), box[2])
    ny = min(max(cy, box[1]), box[3])
    return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r


def place_labels(
    nodes: Sequence[tuple[str, float, float, float]],
    candidates: Sequence[tuple[str, str]],
    *,
    font_size: float = 9.0,
    width: float | None = None,
    height: float | None = None,
) -> list[Label]:
    """Place labels next to their nodes, leaving out those that would overlap.

    Parameters
    ----------
    nodes : sequence of tuple
        Every node as ``(key, x, y, radius)`` in pixels (y downwards).
    candidates : sequence of tuple
        ``(key, text)`` of the nodes to label, most important first.
    font_size : float, default 9
        Font size in pixels.
    width, height : float, optional
        The drawing's size: labels stay inside it.

    Returns
    -------
    list of Label
        The labels placed, in the order of ``candidates``.

    Raises
    ------
    KeyError
        If a candidate is not among the nodes.

    Examples
    --------
    >>> nodes = [("a", 50, 50, 5), ("b", 52, 50, 5)]
    >>> placed = place_labels(nodes, [("a", "Alpha"), ("b", "Beta")])
    >>> [(label.key, label.y < 50) for label in placed]
    [('a', True), ('b', False)]
    """
    where = {key: (x, y, r) for key, x, y, r in nodes}
    placed: list[Label] = []
    for key, text in candidates:
        x, y, r = where[key]
        w, h = max(len(text), 1) * font_size * CHAR_WIDTH, font_size * 1.25
        spots = (
            (x, y - r - GAP - h / 2),
            (x, y + r + GAP + h / 2),
            (x + r + GAP + w / 2, y),
            (x - r - GAP - w / 2, y),
        )
        for sx, sy in spots:
            label = Label(key, text, sx, sy, w, h)
            box = label.box()
            if width is not None and (box[0] < 0 or box[2] > width):
                continue
            if height is not None and (box[1] < 0 or box[3] > height):
                continue
            if any(_overlap(box, other.box()) for other in placed):
                continue
            if any(_hits_circle(box, nx, ny, nr) for k, nx, ny, nr in nodes if k != key):
                continue
            placed.append(label)
            break
    return placed


#: Font size of the node labels, in pixels.
LABEL_SIZE = 9
#: Area of the smallest and the largest node, in square pixels.
NODE_AREA = (30, 400)
#: At most this many labels (the most connected nodes first).
MAX_LABELS = 40
#: Share of the drawing left empty around the nodes, on each side.
MARGIN = 0.06


def size_scale(nodes: pd.DataFrame) -> alt.Scale:
    """The scale of the nodes' areas, from their number of links.

    Parameters
    ----------
    nodes : pandas.DataFrame
        With a ``degree`` column.

    Returns
    -------
    altair.Scale
        From the fewest to the most links, onto :data:`NODE_AREA`.

    Examples
    --------
    >>> size_scale(pd.DataFrame({"degree": [1, 5]})).domain
    [1, 5]
    """
    low, high = int(nodes["degree"].min()), int(nodes["degree"].max())
    return alt.Scale(domain=[low, max(high, low + 1)], range=list(NODE_AREA))


def chart_labels(
    nodes: pd.DataFrame, width: int, height: int
) -> tuple[alt.Scale, alt.Scale, pd.DataFrame]:
    """Fixed scales of a node-link chart, and the labels that overlap nothing.

    The scales are fixed (the nodes' extent plus :data:`MARGIN`) so that positions in
    the layout's units map to known pixels; the :data:`MAX_LABELS` most connected nodes
    are then labelled by :func:`place_labels` wherever a label overlaps no other label
    and no node.

    Parameters
    ----------
    nodes : pandas.DataFrame
        ``entity_id``, ``name``, ``x``, ``y`` (layout units) and ``degree``.
    width, height : int
        The chart's size in pixels.

    Returns
    -------
    tuple
        The x and y scales, and the labels (``label``, ``x``, ``y`` in layout units).

    Examples
    --------
    >>> nodes = pd.DataFrame({"entity_id": ["a", "b"], "name": ["Alpha", "Beta"],
    ...                       "x": [0.0, 1.0], "y": [0.0, 1.0], "degree": [1, 2]})
    >>> list(chart_labels(nodes, 300, 200)[2]["label"])
    ['Beta', 'Alpha']
    """
    spans = []
    for axis in ("x", "y"):
        low, high = float(nodes[axis].min()), float(nodes[axis].max())
        pad = max(high - low, 1e-6) * MARGIN
        spans.append((low - pad, high + pad))
    (x0, x1), (y0, y1) = spans
    low, high = int(nodes["degree"].min()), int(nodes["degree"].max())
    span = max(high - low, 1)

    def radius(degree: int) -> float:
        area = NODE_AREA[0] + (NODE_AREA[1] - NODE_AREA[0]) * (degree - low) / span
        return float((area / math.pi) ** 0.5)

    pixels = [
        (e, (x - x0) / (x1 - x0) * width, height - (y - y0) / (y1 - y0) * height, radius(d))
        for e, x, y, d in zip(
            nodes["entity_id"], nodes["x"], nodes["y"], nodes["degree"], strict=True
        )
    ]
    ranked = nodes.sort_values(["degree", "name"], ascending=[False, True]).head(MAX_LABELS)
    placed = place_labels(
        pixels,
        list(zip(ranked["entity_id"], ranked["name"], strict=True)),
        font_size=LABEL_SIZE,
        width=width,
        height=height,
    )
    frame = pd.DataFrame(
        {
            "label": [p.text for p in placed],
            "x": [round(x0 + p.x / width * (x1 - x0), 4) for p in placed],
            "y": [round(y0 + (height - p.y) / height * (y1 - y0), 4) for p in placed],
        },
        columns=["label", "x", "y"],
    )
    scale = {"nice": False, "zero": False}
    return alt.Scale(domain=[x0, x1], **scale), alt.Scale(domain=[y0, y1], **scale), frame
