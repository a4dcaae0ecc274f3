"""The numbers of the chapter on the timeline."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.events import date_conflicts
from kznetworks.book.facts.base import Facts, statement

__all__ = ["Timeline"]


class Timeline(Facts):
    """How many events the documents date, over which years, and how many dates conflict.

    Examples
    --------
    >>> Timeline().conflicts > 0
    True
    """

    chapter = "chapters/timeline.qmd"

    #: The years of the second, closer timeline: from the era of openness to the thesis.
    transition_start = "1986"
    transition_end = "2009"

    def compute(self) -> None:
        """Count the events, their span and the conflicts among their dates."""
        events = data.load("events")
        years = events["date"].astype(str).str[:4]
        self.events = f"{len(events):,}"
        self.first_year = str(years.min())
        self.last_year = str(years.max())
        inside = years.between(self.transition_start, self.transition_end)
        self.in_transition = int(inside.sum())
        self.share_in_transition = float(inside.mean())
        self.polls = int((events["event_type"] == "poll").sum())
        self.conflicts = int(date_conflicts()["conflict"].nunique())

    @statement("where most of them fall")
    def most_in_transition(self) -> bool:
        """More than half of the events fall in the closer timeline's years."""
        return self.share_in_transition > 0.5

    @statement("opinion polls")
    def polls_are_dated(self) -> bool:
        """The register dates at least one opinion poll."""
        return self.polls > 0
