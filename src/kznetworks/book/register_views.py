"""The register as the book's tables show it: tiers, people, party profiles, date conflicts."""

from __future__ import annotations

import pandas as pd

from kznetworks import data
from kznetworks.book.inputs import csv_path
from kznetworks.book.networks import EVENT_GROUPS, date_conflicts, event_group
from kznetworks.book.table import Table
from kznetworks.register import graph, parties

__all__ = ["central_people", "conflicting_dates", "event_summary", "party_profiles", "tiers"]


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
