"""Place the labels of a node-link diagram so that no two overlap, nor cover a node.

The static network figures (the PDF's, and the website's before the explorer) label
their most connected nodes. :func:`place_labels` takes the nodes in pixel coordinates
with their radii, tries each candidate label above, below, right and left of its node
(in that order), and keeps the first position whose box overlaps no label placed
before and no other node; a label with no free position is left out. Text widths are
estimated from the number of characters, on the safe side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["CHAR_WIDTH", "Label", "place_labels"]

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
