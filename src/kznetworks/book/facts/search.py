"""The numbers of the chapter of searchable tables."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts

__all__ = ["Search"]


class Search(Facts):
    """How many rows the chapter's two searchable tables hold.

    Examples
    --------
    >>> Search().entities == f"{len(data.load('entities')):,}"
    True
    """

    chapter = "chapters/search.qmd"

    def compute(self) -> None:
        """Count the entities and the typologies' categories and schemes."""
        self.entities = f"{len(data.load('entities')):,}"
        self.categories = f"{len(data.load('typology_categories')):,}"
        self.schemes = f"{len(data.load('typology_schemes')):,}"
