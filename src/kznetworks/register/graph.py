"""The register as a graph: entities as nodes, typed relations as edges, and its measures.

The register (``entities`` and ``relations`` in the data package) joins the people,
organisations, parties and places of the five documents under stable identifiers
(``kind:slug``). :func:`graph` builds a :mod:`networkx` multigraph from it; the other
functions compute the neighbourhoods and measures the book discusses.
"""

from __future__ import annotations

from functools import cache

import networkx as nx
import pandas as pd

from kznetworks import data
from kznetworks.data import cache as disk
from kznetworks.data.errors import expect_names, unknown_name

__all__ = ["centrality", "components", "ego_network", "graph", "neighbourhood", "tier_structure"]


#: The resources the register's graph is built from.
_REGISTER = ("entities", "relations")


def _stamp() -> str:
    """What the current package's register is: the recorded hashes of its two files."""
    pkg = data.package()
    return ":".join(str(pkg.resource(n).get("hash")) for n in _REGISTER)


@cache
def _graph(stamp: str) -> nx.MultiDiGraph:
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
    return _graph(_stamp()).copy()


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
    if isinstance(radius, bool) or not isinstance(radius, int) or radius < 0:
        raise ValueError(f"radius must be a whole number of links, 0 or more; got {radius!r}")
    if not isinstance(entity_id, str):
        raise TypeError(
            f"expected an entity identifier such as 'person:nazarbaev-nursultan', got {entity_id!r}"
        )
    g = graph()
    if entity_id not in g:
        from kznetworks.register.names import resolve

        hint = ""
        try:
            hint = f"; that name resolves to {resolve(entity_id)!r}"
        except (KeyError, ValueError):
            hint = "; use kznetworks.register.names.resolve() to find an identifier by name"
        raise KeyError(f"no entity {entity_id!r} in the register{hint}")
    keep = nx.ego_graph(g.to_undirected(as_view=True), entity_id, radius=radius).nodes
    return g.subgraph(keep).copy()


def neighbourhood(entity_ids: list[str] | set[str]) -> list[str]:
    """The given entities and every entity linked to one of them, sorted.

    Parameters
    ----------
    entity_ids : list or set of str
        Entity identifiers.

    Returns
    -------
    list of str
        The entities and their direct neighbours (either direction).

    Raises
    ------
    KeyError
        When an identifier is not in the register.

    Examples
    --------
    >>> "fpg:ablyazov" in neighbourhood(["fpg:ablyazov"])
    True
    """
    entity_ids = expect_names("entity_ids", entity_ids, "entity identifiers")
    g = graph()
    missing = sorted(set(entity_ids) - set(g.nodes))
    if missing:
        raise KeyError(f"not in the register: {missing}")
    around = set(entity_ids)
    for entity in entity_ids:
        around |= set(g.predecessors(entity)) | set(g.successors(entity))
    return sorted(around)


@cache
def _centrality(stamp: str) -> pd.DataFrame:
    """Every entity's degree and betweenness, from the disk cache when it can be.

    The key covers the register's files and the code (betweenness takes seconds).
    """
    pkg = data.package()
    files = [pkg.path, *(pkg.root / pkg.resource(n)["path"] for n in _REGISTER)]
    digest = disk.derived_key(f"centrality networkx {nx.__version__}", ("data", "register"), files)
    frame = disk.load(digest)
    if frame is None:
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
        disk.store(digest, frame)
    return frame


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
    if kinds is not None:
        known = set(data.load("entities")["kind"])
        for kind in expect_names("kinds", kinds, "entity kinds"):
            if kind not in known:
                raise unknown_name("entity kind", kind, known)
    frame = _centrality(_stamp())
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
