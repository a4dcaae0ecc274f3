"""The register's events as the book groups them: timeline rows and date conflicts.

Kept apart from :mod:`~kznetworks.book.networks`, which draws them with Altair, so
that a chapter showing only tables and facts does not import Altair.
"""

from __future__ import annotations

import pandas as pd

from kznetworks import data

__all__ = ["EVENT_GROUPS", "date_conflicts", "event_group"]

#: The timeline's rows: each event type of ``data/register/events.csv`` in one group.
EVENT_GROUPS = {
    "Elections and referendums": ("election", "referendum"),
    "Laws and constitutions": ("law", "constitution"),
    "Parties and movements": ("founding", "merger", "split", "liquidation", "registration"),
    "Appointments and dismissals": ("appointment", "dismissal"),
    "Arrests, exile, deaths, scandals": ("arrest", "exile", "death", "scandal", "operation"),
    "Polls, fieldwork, publications": ("poll", "fieldwork", "publication"),
    "Other": ("other",),
}


def event_group(event_type: str) -> str:
    """The timeline row an event type belongs to.

    Parameters
    ----------
    event_type : str
        A value of the ``event_type`` column of the events.

    Returns
    -------
    str
        The name of its group in :data:`EVENT_GROUPS`.

    Raises
    ------
    ValueError
        When no group holds the type.

    Examples
    --------
    >>> event_group("poll")
    'Polls, fieldwork, publications'
    """
    for group, types in EVENT_GROUPS.items():
        if event_type in types:
            return group
    known = ", ".join(t for types in EVENT_GROUPS.values() for t in types)
    raise ValueError(f"event type {event_type!r} is in no timeline group; known types: {known}")


def date_conflicts() -> pd.DataFrame:
    """Events that two documents, or two passages of one, date differently.

    Each such event carries ``conflict:<name>`` in its note; the events of one conflict
    share the name.

    Returns
    -------
    pandas.DataFrame
        The events, with a ``conflict`` column naming the conflict.

    Examples
    --------
    >>> date_conflicts()["conflict"].nunique() > 0
    True
    """
    events = data.load("events")
    conflict = events["note"].fillna("").str.extract(r"conflict:([\w-]+)")[0]
    found = events.assign(conflict=conflict)
    return found[found["conflict"].notna()].sort_values(["conflict", "date"]).reset_index(drop=True)
