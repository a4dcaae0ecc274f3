"""The numbers of the chapter of searchable tables."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts

__all__ = ["Search", "SearchTypologies"]


class Search(Facts):
    """How many rows the register's two searchable tables hold.

    Examples
    --------
    >>> Search().entities == f"{len(data.load('entities')):,}"
    True
    """

    chapter = "chapters/search.qmd"

    def compute(self) -> None:
        """Count the entities and the events."""
        self.entities = f"{len(data.load('entities')):,}"
        self.events = f"{len(data.load('events')):,}"


class SearchTypologies(Facts):
    """How many categories and schemes the typologies' searchable table holds.

    Examples
    --------
    >>> SearchTypologies().schemes == f"{len(data.load('typology_schemes')):,}"
    True
    """

    chapter = "chapters/search-typologies.qmd"

    def compute(self) -> None:
        """Count the typologies' categories and schemes."""
        self.categories = f"{len(data.load('typology_categories')):,}"
        self.schemes = f"{len(data.load('typology_schemes')):,}"
