"""The cross-document register as a graph: names, networks, measures and a timeline.

The register (``entities``, ``aliases``, ``relations``, ``events`` in the data
package) joins the people, organisations, parties and places of the five documents
under stable identifiers (``kind:slug``). This module resolves any spelling to its
entity, builds a :mod:`networkx` graph, computes the measures the book discusses,
and draws network and timeline charts whose layout is fixed by a seed, so every
build gives the same picture.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import altair as alt
import networkx as nx
import pandas as pd

from kznetworks import data
from kznetworks import render as _render

__all__ = [
    "centrality",
    "components",
    "ego_network",
    "graph",
    "network_chart",
    "normalise",
    "resolve",
    "tier_structure",
    "timeline_chart",
]

#: Seed of the force-directed layout: the same register always gives the same picture.
LAYOUT_SEED = 20101


def normalise(name: str) -> str:
    """Fold a name for matching: accents, case, punctuation and spacing removed.

    Parameters
    ----------
    name : str
        Any spelling.

    Returns
    -------
    str
        The folded key.

    Examples
    --------
    >>> normalise("  Nazarbaeva,   Dariga ")
    'nazarbaeva dariga'
    """
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[`'\u2019\u2018\"\u201c\u201d]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


@cache
def _alias_index(stamp: str) -> dict[str, set[str]]:
    aliases = data.load("aliases")
    entities = data.load("entities")
    index: dict[str, set[str]] = {}
    pairs = list(zip(aliases["alias"], aliases["entity_id"], strict=True))
    pairs += list(zip(entities["name"], entities["entity_id"], strict=True))
    for alias, entity in pairs:
        index.setdefault(normalise(alias), set()).add(str(entity))
    return index


def _stamp() -> str:
    pkg = data.package()
    return ":".join(str(pkg.resource(n).get("hash")) for n in ("aliases", "entities"))


def resolve(name: str) -> str:
    """Return the identifier of the entity a name refers to, in any documented spelling.

    Parameters
    ----------
    name : str
        A spelling used by one of the documents (transliteration variants, typos,
        abbreviations, translated party names, "Surname, Given name" order).

    Returns
    -------
    str
        The entity identifier, e.g. ``"person:ablyazov-mukhtar"``.

    Raises
    ------
    KeyError
        If no entity has that spelling, or if it is ambiguous (the message lists
        the candidates).

    Examples
    --------
    >>> resolve("Abliazov") == resolve("Ablyazov, Mukhtar")
    True
    """
    key = normalise(name)
    found = _alias_index(_stamp()).get(key, set())
    if len(found) == 1:
        return next(iter(found))
    if not found:
        raise KeyError(f"no entity is known by the name {name!r}")
    raise KeyError(f"the name {name!r} is ambiguous: {sorted(found)}")


def graph() -> nx.MultiDiGraph:
    """Build the register's graph: entities as nodes, relations as typed edges.

    Returns
    -------
    networkx.MultiDiGraph
        Node attributes: ``kind``, ``name``; edge attributes: ``relation``,
        ``certainty``, ``start``, ``end``, ``source``, ``line_start``.

    Examples
    --------
    >>> g = graph()
    >>> g.number_of_nodes() == len(data.load("entities"))
    True
    """
    entities = data.load("entities")
    relations = data.load("relations")
    g = nx.MultiDiGraph()
    for row in entities.itertuples():
        g.add_node(row.entity_id, kind=row.kind, name=row.name)
    for row in relations.itertuples():
        g.add_edge(
            row.subject_id,
            row.object_id,
            relation=row.relation,
            certainty=row.certainty,
            start="" if pd.isna(row.start) else str(row.start),
            end="" if pd.isna(row.end) else str(row.end),
            source=row.source,
            line_start=int(row.line_start),
        )
    return g


def ego_network(entity_id: str, radius: int = 1) -> nx.MultiDiGraph:
    """The entities within ``radius`` links of one entity, and the links among them.

    Parameters
    ----------
    entity_id : str
        Centre of the ego network.
    radius : int, default 1
        Number of links to follow, in either direction.

    Returns
    -------
    networkx.MultiDiGraph
        The induced subgraph.

    Examples
    --------
    >>> "person:nazarbaev-nursultan" in ego_network("person:nazarbaev-nursultan")
    True
    """
    g = graph()
    keep = nx.ego_graph(g.to_undirected(as_view=True), entity_id, radius=radius).nodes
    return g.subgraph(keep).copy()


def centrality(kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Degree and betweenness centrality of every entity (undirected view).

    Parameters
    ----------
    kinds : tuple of str, optional
        Keep only entities of these kinds.

    Returns
    -------
    pandas.DataFrame
        ``entity_id``, ``name``, ``kind``, ``degree``, ``betweenness``, sorted by
        degree then betweenness (ties by identifier).

    Examples
    --------
    >>> centrality().iloc[0]["entity_id"]
    'person:nazarbaev-nursultan'
    """
    g = nx.Graph(graph().to_undirected())
    between = nx.betweenness_centrality(g, normalized=True)
    frame = pd.DataFrame(
        {
            "entity_id": list(g.nodes),
            "name": [g.nodes[n]["name"] for n in g.nodes],
            "kind": [g.nodes[n]["kind"] for n in g.nodes],
            "degree": [g.degree(n) for n in g.nodes],
            "betweenness": [round(between[n], 6) for n in g.nodes],
        }
    )
    if kinds:
        frame = frame[frame["kind"].isin(kinds)]
    return frame.sort_values(
        ["degree", "betweenness", "entity_id"], ascending=[False, False, True]
    ).reset_index(drop=True)


def components() -> pd.DataFrame:
    """Connected components of the register (undirected), largest first.

    Returns
    -------
    pandas.DataFrame
        ``component`` (1 = largest), ``size`` and ``members`` (sorted identifiers).

    Examples
    --------
    >>> int(components().iloc[0]["size"]) > 1
    True
    """
    g = graph().to_undirected()
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    return pd.DataFrame(
        {
            "component": range(1, len(parts) + 1),
            "size": [len(c) for c in parts],
            "members": ["; ".join(c) for c in parts],
        }
    )


def tier_structure() -> pd.DataFrame:
    """The inner circle and second tier of Junisbai's Table 1, with their members.

    Each financial-industrial group of Table 1 is in the register with its tier
    (from the ``part_of`` relation to the tier entities) and its members and
    controlled businesses (from ``member_of``, ``leader_of`` and
    ``owns_or_controls``).

    Returns
    -------
    pandas.DataFrame
        ``tier``, ``group_id``, ``group``, ``people``, ``holdings`` (counts of
        linked businesses, banks and media).

    Examples
    --------
    >>> set(tier_structure()["tier"]) == {"inner circle", "second tier"}
    True
    """
    g = graph()
    tiers = {n: d["name"] for n, d in g.nodes(data=True) if d["kind"] == "tier"}
    rows = []
    for tier_id, tier_name in sorted(tiers.items()):
        groups = sorted(
            {
                u
                for u, _, a in g.in_edges(tier_id, data=True)
                if a["relation"] == "part_of" and a["certainty"] == "stated"
            }
        )
        for group_id in groups:
            people = sorted(
                {
                    u
                    for u, _, a in g.in_edges(group_id, data=True)
                    if a["relation"] in ("member_of", "leader_of")
                    and g.nodes[u]["kind"] == "person"
                }
            )
            holdings = {
                v
                for owner in (group_id, *people)
                for _, v, a in g.out_edges(owner, data=True)
                if a["relation"] == "owns_or_controls"
            }
            rows.append(
                {
                    "tier": tier_name.lower(),
                    "group_id": group_id,
                    "group": g.nodes[group_id]["name"],
                    "people": "; ".join(g.nodes[p]["name"] for p in people),
                    "holdings": len(holdings),
                }
            )
    return pd.DataFrame(rows).sort_values(["tier", "group_id"]).reset_index(drop=True)


def _positions(g: nx.Graph) -> dict[str, tuple[float, float]]:
    simple = nx.Graph(g.to_undirected())
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(simple.nodes))
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in simple.edges))
    return nx.spring_layout(ordered, seed=LAYOUT_SEED, iterations=200)


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
        Links coloured by certainty, nodes coloured by kind, names as tooltips
        (and as labels for the most connected nodes).

    Examples
    --------
    >>> spec = network_chart(["person:nazarbaev-nursultan"]).to_dict(validate=True)
    >>> "layer" in spec
    True
    """
    _render.enable()
    g = graph()
    if entity_ids is not None:
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
    cutoff = nodes["degree"].quantile(0.9) if len(nodes) > 20 else 0
    nodes["label"] = nodes["name"].where(nodes["degree"] >= cutoff, "")
    # edges carry only their ends' identifiers; positions and names are looked up from
    # the nodes, so the page holds each node's data once
    edges = pd.DataFrame(
        [
            {"source": u, "target": v, "relation": a["relation"], "certainty": a["certainty"]}
            for u, v, a in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))
        ],
        columns=["source", "target", "relation", "certainty"],
    )
    axis = {"axis": None}
    ends = alt.LookupData(nodes, key="entity_id", fields=["x", "y", "name"])
    links = (
        alt.Chart(edges)
        .transform_lookup(lookup="source", from_=ends, as_=["x", "y", "from"])
        .transform_lookup(lookup="target", from_=ends, as_=["x2", "y2", "to"])
        .mark_rule(opacity=0.5)
        .encode(
            x=alt.X("x:Q", **axis),
            y=alt.Y("y:Q", **axis),
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
        .mark_circle(opacity=0.9, stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("x:Q", **axis),
            y=alt.Y("y:Q", **axis),
            color=alt.Color("kind:N", title="Kind"),
            size=alt.Size("degree:Q", title="Links", scale=alt.Scale(range=[30, 400])),
            tooltip=["name:N", "kind:N", "entity_id:N", "degree:Q"],
        )
    )
    labels = (
        alt.Chart(nodes)
        .transform_filter(alt.datum.label != "")
        .mark_text(fontSize=9, dy=-9)
        .encode(x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), text="label:N")
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


def timeline_chart(*, sources: list[str] | None = None, width: int = 620) -> alt.Chart:
    """Events of all documents on one time axis, one row per source.

    Parameters
    ----------
    sources : list of str, optional
        Keep only these source keys.
    width : int
        Width in pixels.

    Returns
    -------
    altair.Chart
        Points at each event's date (year, month or day precision shown in the
        tooltip); events whose dates conflict between documents are outlined.

    Examples
    --------
    >>> timeline_chart().to_dict()["mark"]["type"]
    'point'
    """
    _render.enable()
    events = data.load("events")
    if sources:
        events = events[events["source"].isin(sources)]
    frame = pd.DataFrame(
        {
            "date": events["date"].map(_to_timestamp).dt.strftime("%Y-%m-%d"),
            "as_given": events["date"].astype(str),
            "precision": events["date_precision"].astype(str),
            "type": events["event_type"].astype(str),
            "what": events["description"].astype(str),
            "source": events["source"].astype(str),
            "conflict": events["note"]
            .fillna("")
            .str.contains("conflict:")
            .map({True: "yes", False: "no"}),
        }
    ).sort_values(["date", "source", "what"])
    return (
        alt.Chart(frame)
        .mark_point(filled=True, size=45, opacity=0.8)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("source:N", title=None),
            color=alt.Color("type:N", title="Event"),
            shape=alt.Shape(
                "conflict:N",
                title="Dates conflict",
                scale=alt.Scale(domain=["no", "yes"], range=["circle", "diamond"]),
            ),
            tooltip=["as_given:N", "precision:N", "type:N", "what:N", "source:N"],
        )
        .properties(
            width=width,
            height=alt.Step(40),
            description=(
                f"Timeline of {len(frame)} dated events from the documents, by source; "
                "diamonds mark events whose dates the documents give differently."
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
