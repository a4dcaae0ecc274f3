"""The numbers and statements of the who's who."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement
from kznetworks.book.mentions import PAGES
from kznetworks.register import entries

__all__ = ["WhosWho", "WhosWhoBodies", "WhosWhoParties"]


class WhosWho(Facts):
    """How many entities, spellings and relations the who's who shows, page by page.

    Examples
    --------
    >>> WhosWho().people == f"{(data.load('entities')['kind'] == 'person').sum():,}"
    True
    """

    chapter = "chapters/whoswho.qmd"

    def compute(self) -> None:
        """Count the entries of each page, the spellings, relations and events."""
        found = entries.entries()
        per_page = {
            group: sum(e.kind in kinds for e in found) for group, (_, kinds) in PAGES.items()
        }
        self.entities = f"{len(found):,}"
        self.entries_shown = sum(per_page.values())
        self.people = f"{per_page['people']:,}"
        self.parties = f"{per_page['parties']:,}"
        self.bodies = f"{per_page['bodies']:,}"
        self.spellings = f"{data.load('aliases')['alias'].nunique():,}"
        self.relations = f"{len(data.load('relations')):,}"
        self.events = f"{len(data.load('events')):,}"
        self.total = len(data.load("entities"))

    @statement("Every entity of the register has an entry")
    def every_entity_has_an_entry(self) -> bool:
        """The three pages together hold each entity once."""
        return self.entries_shown == self.total


class WhosWhoParties(Facts):
    """How many entries the who's who's page of parties, blocs and movements shows.

    Examples
    --------
    >>> WhosWhoParties().entries == WhosWho().parties
    True
    """

    chapter = "chapters/whoswho-parties.qmd"

    def compute(self) -> None:
        """Count the page's entries."""
        kinds = PAGES["parties"][1]
        self.entries = f"{sum(e.kind in kinds for e in entries.entries()):,}"


class WhosWhoBodies(Facts):
    """How many entries the who's who's page of groups, businesses, bodies and places shows.

    Examples
    --------
    >>> WhosWhoBodies().entries == WhosWho().bodies
    True
    """

    chapter = "chapters/whoswho-bodies.qmd"

    def compute(self) -> None:
        """Count the page's entries."""
        kinds = PAGES["bodies"][1]
        self.entries = f"{sum(e.kind in kinds for e in entries.entries()):,}"
