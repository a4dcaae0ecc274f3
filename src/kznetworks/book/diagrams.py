"""The thesis's framework and structure diagrams, laid out by Graphviz from node and edge data.

The thesis's figures (frameworks, an organisational chart, a power map) lost their
boxes and arrows in the conversion to text. The project keeps them as data:
``diagrams``, ``diagram_nodes`` and ``diagram_edges``, each element marked as
``printed`` (its label survives in the text) or ``reconstructed`` (rebuilt from the
prose). This module turns one diagram into a Graphviz graph (:func:`dot`): each
``level`` is a rank (top to bottom for ``layered`` diagrams, left to right for
``flow`` ones; a ``radial`` diagram's centre is its first rank), and an item that a
box only ``contains`` (a bullet with no other link) is drawn as a bullet inside that
box, as the thesis prints it. :mod:`kznetworks.book.drawing` lays it out and draws it
as SVG, the same on the website and in the PDF. Reconstructed elements are drawn
dashed and in italics; a legend under each diagram says so.
"""

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass

import pandas as pd

from kznetworks import data
from kznetworks.book import drawing, escape
from kznetworks.book.drawing import RECONSTRUCTED, Line, dot_string
from kznetworks.book.figure import Drawing, Figure
from kznetworks.book.inputs import csv_path
from kznetworks.data.errors import expect_type, unknown_name

__all__ = ["Box", "boxes", "diagram", "diagram_ids", "dot", "figure", "legend_dot"]

#: Characters per line of a box's label, of a bullet, and of a link's label, when the
#: ranks run top to bottom (``TB``) and left to right (``LR``, where width is scarcer).
WRAP = {"TB": (26, 32, 22), "LR": (18, 26, 15)}
#: Graphviz's rank direction for each ``layout`` of the ``diagrams`` table.
DIRECTION = {"layered": "TB", "flow": "LR", "radial": "LR"}
#: Layouts whose every level is kept on one rank (a radial diagram keeps only its centre).
ONE_RANK_PER_LEVEL = {"layered", "flow"}
#: A link that only puts an item in a box (drawn as a bullet in it when it has no other).
CONTAINS = "contains"
_RECON = RECONSTRUCTED

_GRAPH = (
    'graph [fontname="Helvetica", bgcolor="transparent", pad=0, nodesep=0.2, ranksep=0.3, '
    "newrank=true];\n"
    'node [shape=box, style="rounded", fontname="Helvetica", fontsize=10, '
    'margin="0.1,0.05", height=0.3];\n'
    'edge [fontname="Helvetica", fontsize=8.5, arrowsize=0.6];\n'
)


@dataclass(frozen=True)
class Box:
    """One box of a diagram: a node, with the items drawn as bullets inside it.

    Parameters
    ----------
    node_id : str
        The node.
    label : str
        Its label as printed or reconstructed.
    level : int
        Its rank.
    reconstructed : bool
        Whether the node is reconstructed.
    bullets : tuple of (str, bool)
        The items it contains: label, and whether each is reconstructed.
    direction : str
        ``"TB"`` or ``"LR"`` (see :data:`WRAP`).

    Examples
    --------
    >>> Box("a", "A box", 0, False).lines()
    (['A box'], [Line(italic=False, rule_below=False)])
    """

    node_id: str
    label: str
    level: int
    reconstructed: bool
    bullets: tuple[tuple[str, bool], ...] = ()
    direction: str = "TB"

    def lines(self) -> tuple[list[str], list[Line]]:
        """The label's lines (wrapped) and how each is drawn."""
        wrap_box, wrap_bullet, _ = WRAP[self.direction]
        texts = _wrap(self.label, wrap_box)
        styles = [Line(italic=self.reconstructed) for _ in texts]
        if self.bullets:
            styles[-1] = Line(italic=self.reconstructed, rule_below=True)
        for text, recon in self.bullets:
            wrapped = _wrap(text, wrap_bullet)
            texts += ["\u2022 " + wrapped[0], *("\u2002 " + w for w in wrapped[1:])]
            styles += [Line(italic=recon) for _ in wrapped]
        return texts, styles

    def dot_label(self) -> str:
        """The label for DOT: the heading centred, bullets left-aligned."""
        texts, _ = self.lines()
        heading = len(_wrap(self.label, WRAP[self.direction][0]))
        return "".join(t + ("\\n" if i < heading else "\\l") for i, t in enumerate(texts))


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, never breaking a word."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


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


def _parts(diagram_id: str) -> tuple[pd.Series, pd.DataFrame, pd.DataFrame]:
    expect_type("diagram_id", diagram_id, str, "a diagram identifier (a string)")
    ids = diagram_ids()
    if diagram_id not in ids:
        raise unknown_name("diagram", diagram_id, ids, hint="diagram_ids() lists them")
    meta = data.load("diagrams").set_index("diagram_id").loc[diagram_id]
    nodes = data.load("diagram_nodes")
    nodes = nodes[nodes["diagram_id"] == diagram_id].copy()
    nodes["level"] = nodes["level"].fillna(0).astype(int)
    nodes["order"] = nodes["order"].fillna(0).astype(int)
    nodes = nodes.sort_values(["level", "order", "node_id"]).reset_index(drop=True)
    edges = data.load("diagram_edges")
    edges = edges[edges["diagram_id"] == diagram_id].reset_index(drop=True)
    return meta, nodes, edges


def _bullets(nodes: pd.DataFrame, edges: pd.DataFrame) -> dict[str, str]:
    """Items drawn inside their box: node -> the box that contains it and nothing else."""
    ends = pd.concat([edges["from_id"], edges["to_id"]]).value_counts()
    parents = set(edges.loc[edges["label"] == CONTAINS, "from_id"])
    return {
        str(e.to_id): str(e.from_id)
        for e in edges.itertuples()
        if e.label == CONTAINS and ends.get(e.to_id, 0) == 1 and e.to_id not in parents
    }


def boxes(diagram_id: str) -> list[Box]:
    """The boxes of one diagram, in rank and printed order, each with its bullets.

    Parameters
    ----------
    diagram_id : str
        Identifier in ``diagrams``.

    Returns
    -------
    list of Box
        Every node is a box or a bullet in one.

    Raises
    ------
    KeyError
        When no diagram has that identifier.

    Examples
    --------
    >>> informal = [b for b in boxes("isaacs2009-fig-1-2") if b.node_id.startswith("informal")]
    >>> len(informal[0].bullets)
    3
    """
    meta, nodes, edges = _parts(diagram_id)
    inside = _bullets(nodes, edges)
    direction = DIRECTION.get(str(meta["layout"]), "TB")
    out = []
    for node in nodes.itertuples():
        if node.node_id in inside:
            continue
        items = tuple(
            (str(n.label), n.status == "reconstructed")
            for n in nodes.itertuples()
            if inside.get(n.node_id) == node.node_id
        )
        out.append(
            Box(
                str(node.node_id),
                str(node.label),
                int(node.level),
                node.status != "printed",
                items,
                direction,
            )
        )
    return out


def dot(diagram_id: str) -> str:
    """The diagram as a Graphviz graph: ranks by level, bullets in boxes, styled by status.

    A link that runs against the levels (from a lower box to a higher one) is laid
    out along them and drawn with its arrow reversed, so that the levels stay in
    order; invisible links keep levels that no link joins in order.

    Parameters
    ----------
    diagram_id : str
        Identifier in ``diagrams``.

    Returns
    -------
    str
        DOT source.

    Examples
    --------
    >>> 'rankdir="TB"' in dot("isaacs2009-fig-1-1")
    True
    """
    meta, nodes, edges = _parts(diagram_id)
    inside = _bullets(nodes, edges)
    drawn = boxes(diagram_id)
    level = {b.node_id: b.level for b in drawn}
    labels = dict(zip(nodes["node_id"], nodes["label"], strict=True))
    direction = DIRECTION.get(str(meta["layout"]), "TB")
    out = [f"digraph {dot_string(diagram_id)} {{\n", _GRAPH]
    out.append(f"graph [rankdir={dot_string(direction)}];\n")
    for box in drawn:
        status = "reconstructed" if box.reconstructed else "printed"
        style = '"rounded,dashed"' if box.reconstructed else '"rounded"'
        cls = f', class="{_RECON}"' if box.reconstructed else ""
        out.append(
            f"{dot_string(box.node_id)} [label={dot_string(box.dot_label())}, style={style}{cls}, "
            f"tooltip={dot_string(f'{box.label} ({status})')}];\n"
        )
    ranks = sorted(set(level.values()))
    for rank in ranks:
        if rank != ranks[0] and str(meta["layout"]) not in ONE_RANK_PER_LEVEL:
            continue
        members = " ".join(dot_string(b.node_id) for b in drawn if b.level == rank)
        out.append(f"{{rank=same; {members}}}\n")
    for above, below in itertools.pairwise(ranks):
        first = next(b.node_id for b in drawn if b.level == above)
        second = next(b.node_id for b in drawn if b.level == below)
        out.append(f"{dot_string(first)} -> {dot_string(second)} [style=invis, weight=0];\n")
    for edge in edges.itertuples():
        if edge.to_id in inside:
            continue
        label = "" if pd.isna(edge.label) or edge.label == CONTAINS else str(edge.label)
        recon = edge.status != "printed"
        tail, head = str(edge.from_id), str(edge.to_id)
        # a space each side keeps the text off the line it labels
        wrapped = "\\n".join(f"\u2002{line}\u2002" for line in _wrap(label, WRAP[direction][2]))
        attrs = [f"label={dot_string(wrapped)}"] if label else []
        if recon:
            attrs += ["style=dashed", f'class="{_RECON}"']
        backwards = level[tail] > level[head]
        if backwards:
            tail, head = head, tail
        arrow = ("back" if backwards else "forward") if bool(edge.directed) else "none"
        shown = f"{labels[edge.from_id]} \u2192 {labels[edge.to_id]}"
        tip = f"{shown}: {label}" if label else shown
        attrs += [f"dir={arrow}", f"tooltip={dot_string(f'{tip} ({edge.status})')}"]
        out.append(f"{dot_string(tail)} -> {dot_string(head)} [{', '.join(attrs)}];\n")
    out.append("}\n")
    return "".join(out)


def legend_dot(*, boxes: set[str], links: set[str]) -> str:
    """A one-line legend: a sample box and link for each status the diagram uses.

    Parameters
    ----------
    boxes, links : set of str
        The statuses (``printed``, ``reconstructed``) of the diagram's boxes and links.

    Returns
    -------
    str
        DOT source.

    Examples
    --------
    >>> "reconstructed link" in legend_dot(boxes={"printed"}, links={"reconstructed"})
    True
    """
    out = ["digraph legend {\n", _GRAPH, "graph [rankdir=LR, nodesep=0.1, ranksep=0.2];\n"]
    words = {"printed": "printed in the thesis", "reconstructed": "reconstructed"}
    chain = []
    for status in ("printed", "reconstructed"):
        recon = status == "reconstructed"
        extra = f', style="rounded,dashed", class="{_RECON}"' if recon else ""
        if status in boxes:
            out.append(f"box_{status} [label={dot_string(words[status])}{extra}];\n")
            chain.append([f"box_{status}"])
    for status in ("printed", "reconstructed"):
        if status in links:
            ends = [f"{status}_{end}" for end in ("a", "b")]
            for end in ends:
                out.append(f'{end} [shape=point, width=0.02, style=invis, label=""];\n')
            style = f', style=dashed, class="{_RECON}"' if status == "reconstructed" else ""
            out.append(
                f"{ends[0]} -> {ends[1]} [label={dot_string(status + ' link')}, minlen=2{style}];\n"
            )
            chain.append(ends)
    # the samples in one row: each joined to the next by an invisible link
    for left, right in itertools.pairwise(chain):
        out.append(f"{left[-1]} -> {right[0]} [style=invis, minlen=1];\n")
    out.append("}\n")
    return "".join(out)


def diagram(diagram_id: str) -> Drawing:
    """Lay out and draw one diagram, with its legend under it.

    Parameters
    ----------
    diagram_id : str
        Identifier in ``diagrams``.

    Returns
    -------
    Drawing
        The SVG and its description (the alt text).

    Examples
    --------
    >>> picture = diagram(diagram_ids()[0])
    >>> picture.svg.startswith("<svg"), picture.description.startswith("Diagram of")
    (True, True)
    """
    meta, nodes, edges = _parts(diagram_id)
    lines = {b.node_id: b.lines()[1] for b in boxes(diagram_id)}
    legend = legend_dot(boxes=set(nodes["status"]), links=set(edges["status"]))
    n_recon = int((nodes["status"] == "reconstructed").sum()) + int(
        (edges["status"] == "reconstructed").sum()
    )
    title = f", {meta['title']}" if pd.notna(meta["title"]) and meta["title"] else ""
    description = (
        f"Diagram of {meta['figure']}{title}: {len(nodes)} boxes and {len(edges)} links; "
        f"{n_recon} elements are reconstructed from the text and drawn dashed or in italics."
    )
    picture = drawing.svg(
        drawing.layout(dot(diagram_id)),
        lines=lines,
        below=drawing.layout(legend),
        description=description,
    )
    return Drawing(picture, description)


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
    meta, n, e = _parts(diagram_id)
    boxes_ = f"{len(n)} boxes ({int((n['status'] == 'reconstructed').sum())} reconstructed)"
    links = f"{len(e)} links ({int((e['status'] == 'reconstructed').sum())} reconstructed)"
    source = (
        f"@isaacs2009, {escape.markdown(meta['figure'])} "
        f"(lines {int(meta['line_start'])}\u2013{int(meta['line_end'])}). {boxes_}, {links}. "
        f"{escape.markdown(meta['reconstruction_note'])}"
    )
    return Figure(
        diagram(diagram_id),
        source=source.rstrip(". "),
        csv=[csv_path("diagram_nodes"), csv_path("diagram_edges")],
    )
