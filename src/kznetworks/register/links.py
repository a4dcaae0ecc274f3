"""Link the names printed in the documents' tables to the register's identifiers.

Every person, group and party named in a table cell is resolved, through the
register's aliases, to a stable identifier (``kind:slug``). The links let a reader
join, for example, a party's seats in the election tables with its 2008 membership
and its entry in the glossary, whatever spelling each table prints. Cells that name
a category rather than an entity ("Independents", "State List") are listed with no
identifier and a note saying so.
"""

from __future__ import annotations

import re

import pandas as pd

from kznetworks import data
from kznetworks.register.names import resolve

__all__ = ["NAME_COLUMNS", "NOT_ENTITIES", "mentions", "table_links"]

#: Table columns that hold names of register entities.
NAME_COLUMNS: dict[str, list[str]] = {
    "financial_industrial_groups": ["name", "group_label"],
    "akim_tenure": ["region", "longest_serving"],
    "interview_sample": ["party"],
    "first_secretaries": ["republic", "first_secretary"],
    "election_seats": ["party_or_affiliation"],
    "dvk_signatories": ["name"],
    "election_commissions_2007": ["party"],
    "party_membership_2008": ["party"],
    "ideological_positions": ["party"],
    "programmatic_values": ["party"],
    "leader_recognition_2004": ["personality", "party"],
    "party_glossary": ["entry", "founders", "leaders"],
}

#: Cells that name a category of members, not an entity of the register.
NOT_ENTITIES: dict[str, str] = {
    "Independent Candidates": "independent candidates (a category, not a body)",
    "Independents": "independent candidates (a category, not a body)",
    "Independents (Government Associated": "independents associated with the government",
    "Independents (other)": "other independents",
    "State List": "deputies elected from the president's state list",
    "Business": "deputies from business (a category)",
    "Other Public Associations": "nominees of public associations other than parties",
}

_LIST_COLUMNS = {"founders", "leaders", "longest_serving"}


def mentions(resource: str, column: str, cell: str) -> list[str]:
    """Split a cell into the names it mentions.

    Parameters
    ----------
    resource : str
        The table.
    column : str
        The column.
    cell : str
        The printed text.

    Returns
    -------
    list of str
        Names, e.g. two people for ``"Kim, Vladimir/Ni, Vladimir"``; the dates of
        ``longest_serving`` cells are dropped.

    Examples
    --------
    >>> mentions("financial_industrial_groups", "name", "Kim, Vladimir/Ni, Vladimir")
    ['Kim, Vladimir', 'Ni, Vladimir']
    >>> mentions("akim_tenure", "longest_serving", "Aslan Musin (September 1995-April 2002)")
    ['Aslan Musin']
    """
    text = str(cell)
    if column == "longest_serving":
        text = re.sub(r"\s*\([^)]*\)", "", text)
    if column in _LIST_COLUMNS:
        parts = text.split(";")
    elif resource == "financial_industrial_groups" and column == "name":
        parts = text.split("/")
    else:
        parts = [text]
    return [p.strip() for p in parts if p.strip()]


def table_links() -> pd.DataFrame:
    """Resolve every name in the tables' name columns to a register identifier.

    Returns
    -------
    pandas.DataFrame
        ``resource``, ``table_row``, ``column``, ``mention``, ``entity_id`` (empty for
        the categories of :data:`NOT_ENTITIES`) and ``note``.

    Raises
    ------
    KeyError
        If a name resolves to no entity, or to several: the register must cover
        every name printed in the tables.

    Examples
    --------
    >>> links = table_links()
    >>> links.loc[links["mention"] == "Nur Otan", "entity_id"].iloc[0]
    'party:nur-otan'
    """
    records = []
    for resource, columns in NAME_COLUMNS.items():
        frame = data.load(resource)
        if "row_type" in frame.columns:
            frame = frame[frame["row_type"] == "data"]
        for _, row in frame.iterrows():
            for column in columns:
                cell = row[column]
                if pd.isna(cell) or not str(cell).strip():
                    continue
                for name in mentions(resource, column, str(cell)):
                    if name in NOT_ENTITIES:
                        entity, note = "", NOT_ENTITIES[name]
                    else:
                        try:
                            entity, note = resolve(name), ""
                        except KeyError as err:
                            raise KeyError(
                                f"{resource} row {int(row['row'])} column '{column}': {err}"
                            ) from None
                    records.append(
                        {
                            "resource": resource,
                            "table_row": int(row["row"]),
                            "column": column,
                            "mention": name,
                            "entity_id": entity,
                            "note": note,
                        }
                    )
    return pd.DataFrame.from_records(records)
