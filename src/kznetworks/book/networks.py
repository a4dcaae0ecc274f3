"""Network and timeline charts of the register, with layouts fixed by a seed.

Every build draws the same picture: node positions come from a force-directed layout
with a fixed seed over a graph whose nodes and edges are added in sorted order.
"""

from __future__ import annotations

import re
from functools import cache

import altair as alt
import networkx as nx
import pandas as pd

from kznetworks import data
from kznetworks.book import theme
from kznetworks.book.events import EVENT_GROUPS, event_group
from kznetworks.book.figure import Figure
from kznetworks.book.inputs import check_source, csv_path
from kznetworks.book.mentions import entry_href
from kznetworks.book.placement import LABEL_SIZE, chart_labels, size_scale
from kznetworks.data.errors import expect_names, expect_type, expect_whole, unknown_name
from kznetworks.register import graph as _graph

__all__ = [
    "ego_figure",
    "fpg_figure",
    "network_chart",
    "register_figure",
    "timeline_chart",
    "timeline_figure",
]

#: Seed of the force-directed layout: the same register always gives the same picture.
LAYOUT_SEED = 20101


def _positions(g: nx.Graph) -> dict[str, tuple[float, float]]:
    simple = nx.Graph(g.to_undirected())
    nodes = tuple(sorted(simple.nodes))
    edges = tuple(sorted(tuple(sorted(e)) for e in simple.edges))
    return _layout(nodes, edges)


@cache
def _layout(
    nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...]
) -> dict[str, tuple[float, float]]:
    """The force-directed layout of a graph given as sorted nodes and edges (cached)."""
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(edges)
    # a large graph settles in fewer rounds; each round costs the square of its size
    rounds = max(50, min(200, 20_000 // max(len(nodes), 1)))
    # Fruchterman-Reingold at every size ("auto" would switch to another method at 500
    # nodes); from 500 nodes networkx runs it on a SciPy sparse matrix
    return nx.spring_layout(ordered, seed=LAYOUT_SEED, iterations=rounds, method="force")


@theme.chart
def network_chart(
    entity_ids: list[str] | None = None, *, title: str = "", width: int = 620, height: int = 520
) -> alt.LayerChart:
    """Draw the register (or part of it) as a node-link diagram with a fixed layout.

    Parameters
    ----------
    entity_ids : list of str, optional
        Entities to draw (the links among them are drawn too); the whole register
        by default.
    title : str, optional
        Used in the alt text.
    width, height : int
        Size in pixels.

    Returns
    -------
    altair.LayerChart
        Links dashed by certainty, nodes coloured by kind and linked to their
        who's-who entries, names as tooltips, and as labels for the most connected
        nodes wherever a label overlaps no other label and no node
        (:func:`~kznetworks.book.placement.place_labels`).

    Examples
    --------
    >>> spec = network_chart(["person:nazarbaev-nursultan"]).to_dict(validate=True)
    >>> "layer" in spec
    True
    """
    expect_type("title", title, str, "words for the alt text (a string)")
    expect_whole("width", width, minimum=1, what="pixels")
    expect_whole("height", height, minimum=1, what="pixels")
    g = _graph.graph()
    if entity_ids is not None:
        entity_ids = expect_names("entity_ids", entity_ids, "entity identifiers")
        missing = [e for e in entity_ids if e not in g]
        if missing:
            hint = "kznetworks.register.names.resolve() finds an identifier by name"
            raise unknown_name("entity", missing[0], g.nodes, hint=hint)
        g = g.subgraph(entity_ids).copy()
    pos = _positions(g)
    nodes = pd.DataFrame(
        {
            "entity_id": list(pos),
            "name": [g.nodes[n]["name"] for n in pos],
            "kind": [g.nodes[n]["kind"] for n in pos],
            # four decimals are finer than a pixel at any size the book draws
            "x": [round(float(pos[n][0]), 4) for n in pos],
            "y": [round(float(pos[n][1]), 4) for n in pos],
            "degree": [g.degree(n) for n in pos],
        }
    ).sort_values("entity_id")
    nodes["href"] = nodes["entity_id"].map(entry_href)
    x_scale, y_scale, labels_frame = chart_labels(nodes, width, height)
    # edges carry only their ends' identifiers; positions and names are looked up from
    # the nodes, so the page holds each node's data once
    edges = pd.DataFrame(
        [
            {"source": u, "target": v, "relation": a["relation"], "certainty": a["certainty"]}
            for u, v, a in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))
        ],
        columns=["source", "target", "relation", "certainty"],
    )
    axis_x = {"axis": None, "scale": x_scale}
    axis_y = {"axis": None, "scale": y_scale}
    ends = alt.LookupData(nodes, key="entity_id", fields=["x", "y", "name"])
    links = (
        alt.Chart(edges)
        .transform_lookup(lookup="source", from_=ends, as_=["x", "y", "from"])
        .transform_lookup(lookup="target", from_=ends, as_=["x2", "y2", "to"])
        .mark_rule(opacity=0.5)
        .encode(
            x=alt.X("x:Q", **axis_x),
            y=alt.Y("y:Q", **axis_y),
            x2="x2:Q",
            y2="y2:Q",
            strokeDash=alt.StrokeDash(
                "certainty:N",
                scale=alt.Scale(
                    domain=["stated", "hearsay", "inferred"], range=[[1, 0], [4, 2], [1, 3]]
                ),
                title="Link",
            ),
            tooltip=[
                alt.Tooltip("from:N", title="From"),
                alt.Tooltip("to:N", title="To"),
                "relation:N",
                "certainty:N",
            ],
        )
    )
    points = (
        alt.Chart(nodes)
        .mark_circle(opacity=0.9, stroke="white", strokeWidth=0.5, cursor="pointer")
        .encode(
            x=alt.X("x:Q", **axis_x),
            y=alt.Y("y:Q", **axis_y),
            color=alt.Color("kind:N", title="Kind"),
            size=alt.Size("degree:Q", title="Links", scale=size_scale(nodes)),
            href="href:N",
            tooltip=["name:N", "kind:N", "entity_id:N", "degree:Q"],
        )
    )
    labels = (
        alt.Chart(labels_frame)
        .mark_text(fontSize=LABEL_SIZE, align="center", baseline="middle")
        .encode(x=alt.X("x:Q", **axis_x), y=alt.Y("y:Q", **axis_y), text="label:N")
    )
    what = title or "the register"
    return alt.layer(links, points, labels).properties(
        width=width,
        height=height,
        description=(
            f"Network diagram of {what}: {len(nodes)} entities and {len(edges)} links, "
            "coloured by kind of entity; dashed links are hearsay or inferred."
        ),
    )


@theme.chart
def timeline_chart(
    *,
    sources: list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    width: int = 430,
) -> alt.Chart:
    """Events of all documents on one time axis, one row per group of event types.

    Parameters
    ----------
    sources : list of str, optional
        Keep only these source keys.
    start, end : str, optional
        Keep only events dated in these years or later (``start``) and earlier
        (``end``), as ISO years such as ``"1986"``; both ends are included.
    width : int
        Width of the plot in pixels (the row labels come on top of it).

    Returns
    -------
    altair.Chart
        Points at each event's date (year, month or day precision shown in the
        tooltip), coloured by document with the same colour for a document in every
        window; events whose dates conflict between documents are diamonds.

    Examples
    --------
    >>> timeline_chart().to_dict()["mark"]["type"]
    'point'
    """
    expect_whole("width", width, minimum=1, what="pixels")
    events = data.load("events")
    if sources is not None:
        if not expect_names("sources", sources, "source keys"):
            raise ValueError("sources must name at least one source key; got an empty list")
        for source in sources:
            check_source(source)
        events = events[events["source"].isin(sources)]
        if events.empty:
            raise ValueError(f"no event of the register comes from {sources}")
    year = events["date"].astype(str).str[:4]
    events = events[(year >= (start or "0000")) & (year <= (end or "9999"))]
    frame = pd.DataFrame(
        {
            "date": events["date"].map(_to_timestamp).dt.strftime("%Y-%m-%d"),
            "as_given": events["date"].astype(str),
            "precision": events["date_precision"].astype(str),
            "type": events["event_type"].astype(str),
            "group": events["event_type"].map(event_group),
            "what": events["description"].astype(str),
            "source": events["source"].astype(str),
            "conflict": events["note"]
            .fillna("")
            .str.contains("conflict:")
            .map({True: "yes", False: "no"}),
        }
    ).sort_values(["date", "source", "what"])
    span = f" from {start}" if start else ""
    span += f" to {end}" if end else ""
    return (
        alt.Chart(frame)
        .mark_point(filled=True, size=40, opacity=0.75)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("group:N", title=None, sort=list(EVENT_GROUPS)),
            color=alt.Color(
                "source:N",
                title="Document",
                scale=alt.Scale(domain=list(data.load("sources")["source"])),
            ),
            shape=alt.Shape(
                "conflict:N",
                title="Dates conflict",
                scale=alt.Scale(domain=["no", "yes"], range=["circle", "diamond"]),
                # a grey that reads on the light and the dark page alike
                legend=alt.Legend(symbolFillColor="#888888", symbolStrokeColor="#888888"),
            ),
            tooltip=["as_given:N", "precision:N", "type:N", "what:N", "source:N"],
        )
        .properties(
            width=width,
            height=alt.Step(34),
            description=(
                f"Timeline of {len(frame)} dated events from the documents{span}, by kind "
                "of event and coloured by document; diamonds mark events whose dates the "
                "documents give differently."
            ),
        )
    )


def _to_timestamp(value: str) -> pd.Timestamp:
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        text += "-07-01"
    elif re.fullmatch(r"\d{4}-\d{2}", text):
        text += "-15"
    return pd.Timestamp(text)


_REGISTER = ("entities", "relations", "aliases")


def _register_csv() -> list[str]:
    return [csv_path(name) for name in _REGISTER]


def fpg_figure() -> Figure:
    """The financial-industrial groups of Junisbai's Table 1, their members and holdings.

    Returns
    -------
    Figure
        The groups and every entity linked to one of them.

    Examples
    --------
    >>> "financial-industrial" in fpg_figure().alt_text
    True
    """
    groups = sorted(_graph.tier_structure()["group_id"])
    chart = network_chart(
        _graph.neighbourhood(groups), title="the financial-industrial groups and their holdings"
    )
    return Figure(chart, source="@junisbai2010, Table 1, through the register", csv=_register_csv())


def ego_figure(entity_id: str, radius: int = 1) -> Figure:
    """Everyone the documents link to one entity, within ``radius`` links.

    Parameters
    ----------
    entity_id : str
        The entity at the centre.
    radius : int, default 1
        Links to follow.

    Returns
    -------
    Figure
        The ego network.

    Examples
    --------
    >>> "direct links" in ego_figure("person:nazarbaev-nursultan").alt_text
    True
    """
    ids = sorted(_graph.ego_network(entity_id, radius).nodes)
    name = _graph.graph().nodes[entity_id]["name"]
    reach = "direct links" if radius == 1 else f"links within {radius} steps"
    chart = network_chart(ids, title=f"{name}'s {reach}")
    return Figure(chart, source="The register of the five documents", csv=_register_csv())


def register_figure() -> Figure:
    """The whole register as one network.

    Returns
    -------
    Figure
        Every entity and relation.

    Examples
    --------
    >>> "the whole register" in register_figure().alt_text  # doctest: +SKIP
    True
    """
    chart = network_chart(title="the whole register", width=680, height=620)
    return Figure(chart, source="The register of the five documents", csv=_register_csv())


def timeline_figure(start: str | None = None, end: str | None = None) -> Figure:
    """Dated events of all five documents on one time axis.

    Parameters
    ----------
    start, end : str, optional
        First and last year shown (ISO years); every event by default.

    Returns
    -------
    Figure
        One row per group of event types, coloured by document.

    Examples
    --------
    >>> "Timeline" in timeline_figure().alt_text
    True
    """
    chart = timeline_chart(start=start, end=end)
    return Figure(chart, source="The register's events", csv=[csv_path("events")])
