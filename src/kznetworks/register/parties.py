"""One profile per political party, joined from the register and the tables.

A party's founding, founders and leaders, predecessors and successors (mergers,
renamings, splits), stance, registration history, seats per election, 2008
membership, formal ideological position and the thesis's classifications are spread
over the documents. :func:`party_profiles` joins them through the register's
identifiers; ``nox -s regenerate`` (:mod:`kznetworks.tools.regenerate`) writes the
result to ``data/generated/parties.csv``, and the tests check the file against this
function.
"""

from __future__ import annotations

import pandas as pd

from kznetworks import data
from kznetworks.register import graph, links, names

__all__ = ["PROFILE_COLUMNS", "party_profiles"]

PROFILE_COLUMNS = [
    "party_id",
    "name",
    "founded",
    "founders",
    "leaders",
    "predecessors",
    "successors",
    "stance",
    "registration_history",
    "seats",
    "membership_2008",
    "ideological_position",
    "classifications",
    "sources",
]

_ELECTION_LABELS = {"1994-03-07": "1994", "1995-12": "1995", "1999": "1999", "2004": "2004"}


def _join(values) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if str(v)))


def _by_party(table: pd.DataFrame, resource: str, column: str) -> dict[str, list[int]]:
    table = table[(table["resource"] == resource) & (table["column"] == column)]
    out: dict[str, list[int]] = {}
    for entity, row in zip(table["entity_id"], table["table_row"], strict=True):
        if entity:
            out.setdefault(entity, []).append(int(row))
    return out


def _classifications() -> dict[str, list[str]]:
    schemes = data.load("typology_schemes").set_index("scheme_id")["name"]
    categories = data.load("typology_categories")
    out: dict[str, list[str]] = {}
    for row in categories.itertuples():
        if pd.isna(row.members):
            continue
        for member in str(row.members).split(";"):
            try:
                entity = names.resolve(member.strip())
            except KeyError:
                continue
            if entity.startswith("party:"):
                out.setdefault(entity, []).append(f"{schemes[row.scheme_id]}: {row.category}")
    return out


def party_profiles() -> pd.DataFrame:
    """Profiles of every party in the register.

    Returns
    -------
    pandas.DataFrame
        One row per ``party:*`` entity, with the columns of :data:`PROFILE_COLUMNS`;
        list-valued fields are ``'; '``-joined, and seats read ``"1999: 24; 2004: 42"``.

    Examples
    --------
    >>> profiles = party_profiles().set_index("party_id")
    >>> profiles.loc["party:nur-otan", "membership_2008"]
    '607557'
    """
    g = graph.graph()
    entities = data.load("entities").set_index("entity_id")
    events = data.load("events")
    glossary = data.load("party_glossary").set_index("row")
    seats = data.load("election_seats", repaired=True).set_index("row")
    members = data.load("party_membership_2008").set_index("row")
    positions = data.load("ideological_positions").set_index("row")
    mentions = links.table_links()
    glossary_rows = _by_party(mentions, "party_glossary", "entry")
    seat_rows = _by_party(mentions, "election_seats", "party_or_affiliation")
    member_rows = _by_party(mentions, "party_membership_2008", "party")
    position_rows = _by_party(mentions, "ideological_positions", "party")
    classes = _classifications()
    records = []
    for party in sorted(e for e in entities.index if e.startswith("party:")):
        incoming = list(g.in_edges(party, data=True))
        outgoing = list(g.out_edges(party, data=True))
        founders = [u for u, _, a in incoming if a["relation"] == "founder_of"]
        leaders = [u for u, _, a in incoming if a["relation"] == "leader_of"]
        predecessors = [
            u for u, _, a in incoming if a["relation"] in ("merged_into", "renamed_to")
        ] + [v for _, v, a in outgoing if a["relation"] in ("successor_of", "split_from")]
        successors = [
            v for _, v, a in outgoing if a["relation"] in ("merged_into", "renamed_to")
        ] + [u for u, _, a in incoming if a["relation"] in ("successor_of", "split_from")]
        mine = events[events["actors"].fillna("").str.split("; ").map(lambda a, p=party: p in a)]
        founding = mine[mine["event_type"] == "founding"].sort_values("date")
        founded = str(founding["date"].iloc[0]) if len(founding) else ""
        if not founded and party in glossary_rows:
            year = glossary.loc[glossary_rows[party][0], "founded_year"]
            founded = "" if pd.isna(year) else str(int(year))
        registration = mine[mine["event_type"].isin(["registration", "liquidation"])]
        stance = _join(
            glossary.loc[r, "stance"]
            for r in glossary_rows.get(party, [])
            if not pd.isna(glossary.loc[r, "stance"])
        )
        seat_text = _join(
            f"{_ELECTION_LABELS[seats.loc[r, 'election']]}: {int(seats.loc[r, 'seats'])}"
            for r in seat_rows.get(party, [])
            if not pd.isna(seats.loc[r, "seats"])
        )
        membership = _join(
            int(members.loc[r, "official_membership"]) for r in member_rows.get(party, [])
        )
        position = _join(
            positions.loc[r, "ideological_position"] for r in position_rows.get(party, [])
        )
        records.append(
            {
                "party_id": party,
                "name": entities.loc[party, "name"],
                "founded": founded,
                "founders": _join(sorted(founders)),
                "leaders": _join(sorted(leaders)),
                "predecessors": _join(sorted(predecessors)),
                "successors": _join(sorted(successors)),
                "stance": stance,
                "registration_history": _join(
                    f"{d} {t}"
                    for d, t in sorted(
                        zip(registration["date"], registration["event_type"], strict=True)
                    )
                ),
                "seats": seat_text,
                "membership_2008": membership,
                "ideological_position": position,
                "classifications": _join(sorted(classes.get(party, []))),
                "sources": entities.loc[party, "sources"],
            }
        )
    return pd.DataFrame.from_records(records, columns=PROFILE_COLUMNS)
