"""The register as the book's tables show it.

Tiers, people, party profiles and date conflicts; and the searchable tables of every
entity, relation and event, their names linking to the who's who.
"""

from __future__ import annotations

import pandas as pd

from kznetworks import data
from kznetworks.book.cells import Linked
from kznetworks.book.events import EVENT_GROUPS, date_conflicts, event_group
from kznetworks.book.inputs import csv_path
from kznetworks.book.mentions import EntryLink
from kznetworks.book.prose import line_span
from kznetworks.book.table import Search, Table
from kznetworks.register import graph, parties
from kznetworks.register.entries import KIND_WORDS, relation_words

__all__ = [
    "central_people",
    "conflicting_dates",
    "entities",
    "event_summary",
    "events",
    "party_profiles",
    "relations",
    "tiers",
]


def tiers() -> Table:
    """The financial-industrial groups Junisbai places in a tier, with their people and holdings.

    Returns
    -------
    Table
        Tier, group, people and the number of businesses, banks and media the group
        or its people own or control in the register.

    Examples
    --------
    >>> set(tiers().frame["Tier"]) == {"inner circle", "second tier"}
    True
    """
    found = graph.tier_structure()
    shown = found.rename(
        columns={"tier": "Tier", "group": "Group", "people": "People", "holdings": "Holdings"}
    )[["Tier", "Group", "People", "Holdings"]]
    return Table(
        shown, source="@junisbai2010, Table 1, through the register", csv=[csv_path("relations")]
    )


def central_people(count: int = 10) -> Table:
    """The most connected people of the register.

    Parameters
    ----------
    count : int, default 10
        How many.

    Returns
    -------
    Table
        Name, degree (links) and betweenness (share of shortest paths through them).

    Examples
    --------
    >>> len(central_people(3).frame)
    3
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be a whole number of people, 1 or more; got {count!r}")
    top = graph.centrality(kinds=("person",)).head(count)
    shown = pd.DataFrame(
        {
            "Name": top["name"],
            "Links": top["degree"],
            "Betweenness": top["betweenness"].map(lambda b: f"{b:.4f}"),
        }
    )
    return Table(shown, source="Computed from the register", csv=[csv_path("relations")])


def party_profiles() -> Table:
    """Profiles of the parties with seats or members in the thesis's tables.

    Returns
    -------
    Table
        Party, founding, predecessors, successors, seats per election, 2008
        membership and the glossary's stance.

    Examples
    --------
    >>> "Nur Otan" in set(party_profiles().frame["Party"])
    True
    """
    profiles = parties.party_profiles()
    shown = profiles[(profiles["seats"] != "") | (profiles["membership_2008"] != "")]
    shown = shown[
        ["name", "founded", "predecessors", "successors", "seats", "membership_2008", "stance"]
    ].rename(
        columns={
            "name": "Party",
            "founded": "Founded",
            "predecessors": "Predecessors",
            "successors": "Successors",
            "seats": "Seats (election: seats)",
            "membership_2008": "Members (2008)",
            "stance": "Stance (glossary)",
        }
    )
    return Table(
        shown.reset_index(drop=True),
        source="The register, joining the thesis's tables and glossary",
        csv=[csv_path("parties")],
    )


def conflicting_dates() -> Table:
    """Events that the documents, or two passages of one, date differently.

    Returns
    -------
    Table
        Conflict, date, event, document and line.

    Examples
    --------
    >>> len(conflicting_dates().frame) > 0
    True
    """
    found = date_conflicts()
    shown = pd.DataFrame(
        {
            "Conflict": found["conflict"].str.replace("-", " "),
            "Date": found["date"],
            "Event": found["description"],
            "Document": found["source"],
            "Line": found["line_start"],
        }
    )
    return Table(shown, source="The register's events", csv=[csv_path("events")])


def _entity_link(entity_id: str, names: dict[str, str]) -> EntryLink:
    return EntryLink(names[entity_id], entity_id)


def _names() -> dict[str, str]:
    return dict(zip(data.load("entities")["entity_id"], data.load("entities")["name"], strict=True))


def entities() -> Table:
    """Every entity of the register: a searchable table, each name linking to its entry.

    Returns
    -------
    Table
        Name, kind, description, the documents that name it and its number of relations;
        on the website it can be searched, sorted and filtered by kind and document.

    Examples
    --------
    >>> len(entities().frame) == len(data.load("entities"))
    True
    """
    found = data.load("entities")
    g = graph.graph()
    names = _names()
    shown = pd.DataFrame(
        {
            "Entity": [_entity_link(e, names) for e in found["entity_id"]],
            "Kind": found["kind"].map(KIND_WORDS),
            "Description": found["description"].fillna(""),
            "Documents": found["sources"].fillna(""),
            "Relations": [g.degree(e) for e in found["entity_id"]],
        }
    )
    return Table(
        shown,
        source="The register",
        csv=[csv_path("entities"), csv_path("aliases")],
        search=Search(filters=("Kind", "Documents")),
    )


def relations() -> Table:
    """Every relation of the register: a searchable table, each end linking to its entry.

    Returns
    -------
    Table
        Subject, relation, object, dates, certainty, document and lines; on the website
        it can be searched, sorted and filtered by relation, certainty and document.

    Examples
    --------
    >>> len(relations().frame) == len(data.load("relations"))
    True
    """
    found = data.load("relations")
    names = _names()
    shown = pd.DataFrame(
        {
            "Subject": [_entity_link(e, names) for e in found["subject_id"]],
            "Relation": found["relation"].map(relation_words),
            "Object": [_entity_link(e, names) for e in found["object_id"]],
            "From": found["start"].fillna("").astype(str),
            "Until": found["end"].fillna("").astype(str),
            "Certainty": found["certainty"],
            "Document": found["source"],
            "Lines": [
                line_span(a, b) for a, b in zip(found["line_start"], found["line_end"], strict=True)
            ],
        }
    )
    return Table(
        shown,
        source="The register",
        csv=[csv_path("relations")],
        search=Search(filters=("Relation", "Certainty", "Document")),
    )


def events() -> Table:
    """Every dated event of the register: a searchable table, actors linking to their entries.

    Returns
    -------
    Table
        Date, type, event, actors, document and line; on the website it can be searched,
        sorted and filtered by type and document.

    Examples
    --------
    >>> len(events().frame) == len(data.load("events"))
    True
    """
    found = data.load("events")
    names = _names()
    actors = []
    for cell in found["actors"].fillna(""):
        ids = [a.strip() for a in str(cell).split(";") if a.strip()]
        parts: list[object] = []
        for i, entity in enumerate(ids):
            parts += ["; "] if i else []
            parts.append(_entity_link(entity, names))
        actors.append(Linked(tuple(parts)) if parts else "")
    shown = pd.DataFrame(
        {
            "Date": found["date"].astype(str),
            "Type": found["event_type"],
            "Event": found["description"],
            "Actors": actors,
            "Document": found["source"],
            "Line": found["line_start"].astype(int),
        }
    )
    return Table(
        shown,
        source="The register's events",
        csv=[csv_path("events")],
        search=Search(filters=("Type", "Document")),
    )


def event_summary() -> Table:
    """How many events each document dates, by kind of event, with the earliest and latest.

    Returns
    -------
    Table
        One row per group of event types (the rows of the timeline), one column per
        document, the total, and the years of the first and last event.

    Examples
    --------
    >>> int(event_summary().frame.iloc[-1]["All"]) == len(data.load("events"))
    True
    """
    events = data.load("events")
    events = events.assign(
        group=events["event_type"].map(event_group), year=events["date"].astype(str).str[:4]
    )
    counts = pd.crosstab(events["group"], events["source"]).reindex(
        [g for g in EVENT_GROUPS if g in set(events["group"])]
    )
    documents = [s for s in data.load("sources")["source"] if s in counts.columns]
    counts = counts[documents]
    counts["All"] = counts.sum(axis=1)
    span = events.groupby("group")["year"].agg(["min", "max"])
    shown = counts.reset_index().rename(columns={"group": "Kind of event"})
    shown["Years"] = [f"{span.loc[g, 'min']}\u2013{span.loc[g, 'max']}" for g in counts.index]
    total = {"Kind of event": "All events", **counts.sum().to_dict()}
    total["Years"] = f"{events['year'].min()}\u2013{events['year'].max()}"
    shown = pd.concat([shown, pd.DataFrame([total])], ignore_index=True)
    shown.columns.name = None
    return Table(shown, source="The register's events", csv=[csv_path("events")])
