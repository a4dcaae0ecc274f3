"""The numbers and statements of the chapter on financial-industrial groups."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement
from kznetworks.book.prose import number_words

__all__ = ["Fpg"]


class Fpg(Facts):
    """The tiers and relatives of Junisbai's Table 1, and its notes.

    Examples
    --------
    >>> Fpg().inner_circle
    'six'
    """

    chapter = "chapters/fpg.qmd"

    def compute(self) -> None:
        """Count the groups by tier and the president's relatives among them."""
        self.groups = data.load("financial_industrial_groups")
        tiers = self.groups["tier"].value_counts()
        self.inner_circle = number_words(int(tiers["inner circle"]))
        self.second_tier = number_words(int(tiers["second tier"]))
        relative = self.groups["presidents_relative"]
        self.relatives = number_words(int((relative == "Yes").sum()))
        self.maybe_relatives = number_words(int((relative == "He may be").sum()))
        notes = data.load("financial_industrial_groups_notes").set_index("marker")["text"]
        self.notes = notes
        repairs = data.load("repairs")
        self.marker_repair = repairs[
            (repairs["resource"] == "financial_industrial_groups")
            & (repairs["field"] == "note_markers")
        ]

    @statement(
        "the inner circle mixes family members with close associates who are not related to "
        "the president"
    )
    def inner_circle_mixes_relatives_and_others(self) -> bool:
        """The inner circle has both relatives and members who are not relatives."""
        inner = self.groups[self.groups["tier"] == "inner circle"]["presidents_relative"]
        return bool((inner == "Yes").any() and (inner == "No").any())

    @statement("Note e says one inner-circle member is sometimes listed in the second tier.")
    def note_e_moves_a_member(self) -> bool:
        """Note e speaks of a member listed in the second tier."""
        return "second tier" in str(self.notes.get("e", ""))

    @statement(
        "The marker for note e is misprinted on the Utemuratov row, which carries the letter "
        "of note c instead."
    )
    def utemuratov_marker_repaired(self) -> bool:
        """The repair of the Utemuratov row's marker reads e for the printed c."""
        rows = self.marker_repair
        return bool(((rows["as_printed"] == "c") & (rows["repaired"] == "e")).any())
