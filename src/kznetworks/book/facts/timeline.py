"""The numbers of the chapter on the timeline."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts
from kznetworks.book.networks import date_conflicts

__all__ = ["Timeline"]


class Timeline(Facts):
    """How many events the documents date, and how many dates conflict.

    Examples
    --------
    >>> Timeline().conflicts > 0
    True
    """

    chapter = "chapters/timeline.qmd"

    def compute(self) -> None:
        """Count the events and the conflicts among their dates."""
        self.events = f"{len(data.load('events')):,}"
        self.conflicts = int(date_conflicts()["conflict"].nunique())
