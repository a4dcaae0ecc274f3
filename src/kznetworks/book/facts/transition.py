"""The numbers and statements of the chapter on the transition, 1990-2007."""

from __future__ import annotations

from kznetworks import data, ledger
from kznetworks.book.facts.base import Facts, statement

__all__ = ["Transition"]

#: The claims of the thesis on the size of the 2007 Mazhilis and its appointed members.
MAZHILIS_2007 = "isaacs2009-397"


class Transition(Facts):
    """First secretaries, seats in five parliaments, the 2007 result and the DVK.

    Examples
    --------
    >>> Transition().elected_2007
    98
    """

    chapter = "chapters/transition.qmd"

    def compute(self) -> None:
        """Read the tables of Chapter 3 and the ledger's verdicts on Table 3.4."""
        secretaries = data.load("first_secretaries")
        span = secretaries["exit_year"] - secretaries["entry_year"]
        longest = secretaries.loc[span.idxmax()]
        self.longest_secretary = str(longest["first_secretary"])
        self.longest_years = int(span.max())
        claims = data.load("claims").set_index("claim_id")["value"]
        self.mazhilis_2007 = int(claims[MAZHILIS_2007])
        # imported here: the charts module imports Altair, which no other fact needs, and
        # every chapter imports the facts
        from kznetworks.book.charts import seats_2007

        self.elected_2007 = int(seats_2007()["seats"].max())
        self.appointed_2007 = self.mazhilis_2007 - self.elected_2007
        figures = ledger.printed_figures().set_index("claim_id")
        table_34 = figures[figures["table"] == "Table 3.4"]
        pro = table_34[table_34["subject"].str.contains("pro-presidential")].iloc[0]
        total = table_34[~table_34["subject"].str.contains("pro-presidential")].iloc[0]
        self.pro_printed, self.pro_rows = int(pro["stated"]), int(float(pro["recomputed"]))
        self.total_printed, self.total_rows = int(total["stated"]), int(float(total["recomputed"]))
        self.table_34_agrees = bool(table_34["agrees"].any())
        self.signatories = len(data.load("dvk_signatories"))
        seats = data.load("election_seats", repaired=True)
        self.seats_2004 = seats[(seats["election"] == "2004") & (seats["row_type"] == "data")]

    @statement("By 2004 Otan dominates")
    def otan_largest_in_2004(self) -> bool:
        """Otan has the most seats of any row of Table 3.7."""
        top = self.seats_2004.loc[self.seats_2004["seats"].idxmax(), "party_or_affiliation"]
        return top == "Otan"

    @statement("The 1995 table does not add up.")
    def table_34_does_not_add_up(self) -> bool:
        """Neither printed total of Table 3.4 equals the sum of its rows."""
        return not self.table_34_agrees
