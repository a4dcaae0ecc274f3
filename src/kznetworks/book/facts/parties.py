"""The numbers and statements of the chapter on parties."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts
from kznetworks.book.prose import number_words

__all__ = ["Parties"]


class Parties(Facts):
    """Party membership in 2008, ideological positions and the glossary.

    Examples
    --------
    >>> Parties().largest
    'Nur Otan'
    """

    chapter = "chapters/parties.qmd"

    def compute(self) -> None:
        """Sum the membership and count the parties placed and listed."""
        membership = data.load("party_membership_2008", repaired=True)
        self.parties = len(membership)
        self.members = f"{int(membership['official_membership'].sum()):,}"
        top = membership.loc[membership["official_membership"].idxmax()]
        self.largest = str(top["party"])
        self.largest_members = f"{int(top['official_membership']):,}"
        self.placed = number_words(len(data.load("ideological_positions")))
        self.glossary = len(data.load("party_glossary"))
