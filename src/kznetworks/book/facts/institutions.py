"""The numbers and statements of the chapter on institutional constraints."""

from __future__ import annotations

from kznetworks import data, ledger
from kznetworks.book.facts.base import Facts, statement
from kznetworks.book.prose import percent

__all__ = ["Institutions"]


class Institutions(Facts):
    """The composition of the 2007 electoral commissions (thesis, Table 4.1).

    Examples
    --------
    >>> Institutions().pro_printed
    '616,622'
    """

    chapter = "chapters/institutions.qmd"

    def compute(self) -> None:
        """Read Table 4.1 and the ledger's verdicts on its printed totals."""
        rows = data.load("election_commissions_2007")
        self.rows = rows[rows["row_type"] == "data"]
        figures = ledger.printed_figures()
        totals = figures[figures["table"] == "Table 4.1"]
        pro = totals[totals["subject"].str.contains("pro-presidential")].iloc[0]
        opp = totals[~totals["subject"].str.contains("pro-presidential")].iloc[0]
        self.pro_stated, self.pro_rows = int(pro["stated"]), int(float(pro["recomputed"]))
        self.opp_stated, self.opp_rows = int(opp["stated"]), int(float(opp["recomputed"]))
        self.opp_agrees = bool(opp["agrees"])
        self.pro_printed = f"{self.pro_stated:,}"
        self.pro_sum = f"{self.pro_rows:,}"
        self.opp_printed = f"{self.opp_stated:,}"
        self.share_opposition = percent(100 * self.opp_rows / int(self.rows["members"].sum()))

    @statement("The printed figure has one digit too many")
    def one_digit_too_many(self) -> bool:
        """The printed pro-presidential total has one digit more than the rows' sum."""
        return len(str(self.pro_stated)) == len(str(self.pro_rows)) + 1

    @statement("equals its single row")
    def opposition_total_is_one_row(self) -> bool:
        """The opposition total agrees, and it is the sum of one row (the OSDP's)."""
        return self.opp_agrees and int(self.rows["party"].str.startswith("OSDP").sum()) == 1
