"""The register entity by entity: what the who's who shows of each.

:func:`entries` gathers, for every entity of the register, its kind, every spelling the
documents use (``aliases``), the documents and lines that mention it (its aliases,
relations, events and the table rows that name it), its relations in both directions
(typed, dated, with their certainty and source line), its dated events and, for a
party, its profile (:func:`~kznetworks.register.parties.party_profiles`). Entries are
grouped by kind (:data:`KINDS`) and sorted alphabetically (people by surname), and each
has a stable :func:`anchor` derived from its identifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from kznetworks import data
from kznetworks.register import names

__all__ = [
    "KINDS",
    "KIND_WORDS",
    "RELATION_WORDS",
    "Entry",
    "Relation",
    "anchor",
    "entries",
    "index_name",
    "relation_words",
]

#: Kinds of entity in the order the who's who groups them, with their group headings.
KINDS: dict[str, str] = {
    "person": "People",
    "party": "Parties",
    "bloc": "Electoral blocs",
    "movement": "Movements",
    "fpg": "Financial-industrial groups",
    "tier": "Tiers of the elite",
    "company": "Companies",
    "bank": "Banks",
    "media": "Media",
    "org": "Organisations",
    "state": "State bodies",
    "place": "Places",
}

#: Each kind of entity in words, as an entry names it.
KIND_WORDS: dict[str, str] = {
    "person": "person",
    "party": "party",
    "bloc": "electoral bloc",
    "movement": "movement",
    "fpg": "financial-industrial group",
    "tier": "tier of the elite",
    "company": "company",
    "bank": "bank",
    "media": "media outlet",
    "org": "organisation",
    "state": "state body",
    "place": "place",
}

#: How each relation reads from its subject and from its object.
RELATION_WORDS: dict[str, tuple[str, str]] = {
    "leader_of": ("leader of", "led by"),
    "held_office_in": ("held office in", "office held by"),
    "member_of": ("member of", "has as member"),
    "owns_or_controls": ("owns or controls", "owned or controlled by"),
    "in_conflict_with": ("in conflict with", "in conflict with"),
    "associated_with": ("associated with", "associated with"),
    "founder_of": ("founder of", "founded by"),
    "part_of": ("part of", "includes"),
    "backed_by": ("backed by", "backs"),
    "merged_into": ("merged into", "absorbed"),
    "signatory_of": ("signatory of", "signed by"),
    "located_in": ("located in", "location of"),
    "successor_of": ("successor of", "succeeded by"),
    "ally_of": ("ally of", "ally of"),
    "kin_of": ("kin of", "kin of"),
    "appointed_by": ("appointed by", "appointed"),
    "financed": ("financed", "financed by"),
    "renamed_to": ("renamed", "renamed from"),
    "split_from": ("split from", "split off"),
    "child_of": ("child of", "parent of"),
    "spouse_of": ("spouse of", "spouse of"),
}


def relation_words(relation: str, outgoing: bool = True) -> str:
    """How a relation reads from one of its ends.

    Parameters
    ----------
    relation : str
        The relation type, e.g. ``"leader_of"``.
    outgoing : bool, default True
        Read from the subject (``"leader of"``) or from the object (``"led by"``).

    Returns
    -------
    str
        The words; a type missing from :data:`RELATION_WORDS` reads as its name
        (the tests require every type in the data to be listed).

    Examples
    --------
    >>> relation_words("leader_of"), relation_words("leader_of", outgoing=False)
    ('leader of', 'led by')
    """
    words = RELATION_WORDS.get(relation)
    if words is None:
        plain = relation.replace("_", " ")
        return plain if outgoing else f"{plain} (object)"
    return words[0] if outgoing else words[1]


def anchor(entity_id: str) -> str:
    """The anchor of an entity's entry: its identifier with ``-`` for ``:``.

    Parameters
    ----------
    entity_id : str
        A register identifier (``kind:slug``).

    Returns
    -------
    str
        E.g. ``"person-ablyazov-mukhtar"``.

    Raises
    ------
    TypeError, ValueError
        If the identifier is not a string of the form ``kind:slug``.

    Examples
    --------
    >>> anchor("person:ablyazov-mukhtar")
    'person-ablyazov-mukhtar'
    """
    if not isinstance(entity_id, str):
        raise TypeError(
            f"an entity identifier is a string such as 'party:nur-otan'; got {entity_id!r}"
        )
    kind, sep, slug = entity_id.partition(":")
    if not sep or not kind or not slug:
        raise ValueError(f"an entity identifier reads 'kind:slug'; got {entity_id!r}")
    return f"{kind}-{slug}"


@dataclass(frozen=True)
class Relation:
    """One relation as an entry shows it, read from the entry's entity.

    Parameters
    ----------
    other : str
        The entity at the other end.
    relation : str
        The relation type.
    outgoing : bool
        Whether the entry's entity is the subject.
    start, end : str
        Dates as the register gives them (``""`` when undated).
    certainty : str
        ``stated``, ``hearsay`` or ``inferred``.
    note : str
        The register's note.
    source : str
        The document.
    line_start, line_end : int
        Its lines.

    Examples
    --------
    >>> Relation("party:otan", "leader_of", True, "1999", "", "stated", "", "x", 3, 3).words
    'leader of'
    """

    other: str
    relation: str
    outgoing: bool
    start: str
    end: str
    certainty: str
    note: str
    source: str
    line_start: int
    line_end: int

    @property
    def words(self) -> str:
        """The relation as it reads from the entry's entity."""
        return relation_words(self.relation, self.outgoing)

    @property
    def dates(self) -> str:
        """``"1999\u20132004"``, ``"from 1999"``, ``"until 2007-05"`` or ``""``."""
        if self.start and self.end:
            return self.start if self.start == self.end else f"{self.start}\u2013{self.end}"
        if self.start:
            return f"from {self.start}"
        return f"until {self.end}" if self.end else ""


@dataclass
class Entry:
    """Everything the who's who shows about one entity.

    Parameters
    ----------
    entity_id, name, kind, description : str
        From ``entities``.
    spellings : list of tuple
        ``(spelling, kinds of spelling)`` for each distinct spelling, in the order of
        ``aliases``.
    mentions : dict
        Document to the sorted lines that mention the entity.
    relations : list of Relation
        Sorted by type, then by the other entity.
    events : list of dict
        ``date``, ``event_type``, ``description``, ``source``, ``line_start``, ``actors``.
    profile : dict
        The party profile (empty for other kinds).

    Examples
    --------
    >>> entry = {e.entity_id: e for e in entries()}["person:ablyazov-mukhtar"]
    >>> entry.anchor, "Abliazov" in [s for s, _ in entry.spellings]
    ('person-ablyazov-mukhtar', True)
    """

    entity_id: str
    name: str
    kind: str
    description: str = ""
    spellings: list[tuple[str, str]] = field(default_factory=list)
    mentions: dict[str, list[int]] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    events: list[dict[str, object]] = field(default_factory=list)
    profile: dict[str, str] = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        """The entry's anchor (:func:`anchor`)."""
        return anchor(self.entity_id)

    @property
    def index_name(self) -> str:
        """The name as an index prints it (people surname first)."""
        return index_name(self.entity_id, self.name)


def index_name(entity_id: str, name: str) -> str:
    """A name as an index prints it: a person's surname first, other names as they are.

    The surname is the word of the name that the identifier's slug starts with.

    Parameters
    ----------
    entity_id : str
        The identifier (``person:ablyazov-mukhtar``).
    name : str
        The register's name (``Mukhtar Ablyazov``).

    Returns
    -------
    str
        E.g. ``"Ablyazov, Mukhtar"``; the name unchanged when no word matches.

    Examples
    --------
    >>> index_name("person:ablyazov-mukhtar", "Mukhtar Ablyazov")
    'Ablyazov, Mukhtar'
    >>> index_name("party:nur-otan", "Nur Otan")
    'Nur Otan'
    """
    if not entity_id.startswith("person:"):
        return name
    surname = entity_id.split(":", 1)[1].split("-", 1)[0]
    words = name.split()
    for i, word in enumerate(words):
        if names.normalise(word).replace(" ", "") == surname and len(words) > 1:
            rest = words[:i] + words[i + 1 :]
            return f"{word}, {' '.join(rest)}"
    return name


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _add(mentions: dict[str, set[int]], source: object, start: object, end: object) -> None:
    lines = mentions.setdefault(str(source), set())
    lines.update(range(int(start), int(end) + 1) if int(end) - int(start) < 5 else [int(start)])


def _table_lines() -> dict[str, dict[str, set[int]]]:
    """Each entity's mentions in the tables' name columns: the rows' document lines."""
    found: dict[str, dict[str, set[int]]] = {}
    links = data.load("table_links")
    links = links[links["entity_id"].fillna("") != ""]
    for resource, rows in links.groupby("resource"):
        table = data.load(str(resource)).set_index("row")
        for entity, row in zip(rows["entity_id"], rows["table_row"], strict=True):
            hit = table.loc[int(row)]
            _add(
                found.setdefault(str(entity), {}), hit["source"], hit["line_start"], hit["line_end"]
            )
    return found


@cache
def _entries(stamp: str) -> tuple[Entry, ...]:
    entities = data.load("entities")
    aliases = data.load("aliases")
    relations = data.load("relations")
    events = data.load("events")
    profiles = data.load("parties").set_index("party_id")
    by_id: dict[str, Entry] = {}
    mentions: dict[str, dict[str, set[int]]] = {}
    for row in entities.itertuples():
        by_id[row.entity_id] = Entry(row.entity_id, row.name, row.kind, _text(row.description))
    for row in aliases.itertuples():
        entry = by_id[row.entity_id]
        known = dict(entry.spellings)
        if row.alias in known:
            kinds = known[row.alias].split(", ")
            if row.alias_kind not in kinds:
                known[row.alias] = ", ".join([*kinds, row.alias_kind])
        else:
            known[row.alias] = row.alias_kind
        entry.spellings = list(known.items())
        _add(mentions.setdefault(row.entity_id, {}), row.source, row.line_start, row.line_end)
    for row in relations.itertuples():
        for me, other, outgoing in (
            (row.subject_id, row.object_id, True),
            (row.object_id, row.subject_id, False),
        ):
            by_id[me].relations.append(
                Relation(
                    other,
                    row.relation,
                    outgoing,
                    _text(row.start),
                    _text(row.end),
                    row.certainty,
                    _text(row.note),
                    row.source,
                    int(row.line_start),
                    int(row.line_end),
                )
            )
            _add(mentions.setdefault(me, {}), row.source, row.line_start, row.line_end)
    for row in events.itertuples():
        actors = [a.strip() for a in _text(row.actors).split(";") if a.strip()]
        for actor in actors:
            by_id[actor].events.append(
                {
                    "date": str(row.date),
                    "event_type": row.event_type,
                    "description": row.description,
                    "source": row.source,
                    "line_start": int(row.line_start),
                    "actors": [a for a in actors if a != actor],
                }
            )
            _add(mentions.setdefault(actor, {}), row.source, row.line_start, row.line_end)
    for entity, found in _table_lines().items():
        for source, lines in found.items():
            mentions.setdefault(entity, {}).setdefault(source, set()).update(lines)
    for entity, entry in by_id.items():
        entry.mentions = {s: sorted(v) for s, v in sorted(mentions.get(entity, {}).items())}
        entry.relations.sort(key=lambda r: (r.words, by_id[r.other].name, r.other, r.line_start))
        entry.events.sort(key=lambda e: (str(e["date"]), str(e["description"])))
        if entity in profiles.index:
            entry.profile = {k: _text(v) for k, v in profiles.loc[entity].items()}
    order = {kind: i for i, kind in enumerate(KINDS)}
    unknown = sorted({e.kind for e in by_id.values()} - (set(order) & set(KIND_WORDS)))
    if unknown:
        raise ValueError(
            f"entities.csv: kinds {unknown} have no heading in entries.KINDS or no words in "
            "entries.KIND_WORDS"
        )
    return tuple(
        sorted(
            by_id.values(),
            key=lambda e: (order[e.kind], names.normalise(e.index_name), e.entity_id),
        )
    )


def entries() -> list[Entry]:
    """Every entity of the register as the who's who shows it, grouped by kind, alphabetical.

    Returns
    -------
    list of Entry
        In the order of :data:`KINDS`, then by :func:`index_name` (case and accents
        folded), then identifier.

    Raises
    ------
    ValueError
        If an entity has a kind that :data:`KINDS` does not list.

    Examples
    --------
    >>> found = entries()
    >>> len(found) == len(data.load("entities")), found[0].kind
    (True, 'person')
    """
    pkg = data.package()
    stamp = ":".join(
        str(pkg.resource(n).get("hash"))
        for n in ("entities", "aliases", "relations", "events", "table_links", "parties")
    )
    return list(_entries(stamp))
