"""The numbers and statements of the appendix on the reproduction ledger."""

from __future__ import annotations

from kznetworks import data, ledger
from kznetworks.book.facts.base import Facts, statement

__all__ = ["Ledger"]


class Ledger(Facts):
    """How many claims the ledger tests, and how many reproduce.

    Examples
    --------
    >>> Ledger().tested <= Ledger().claims_count
    True
    """

    chapter = "chapters/ledger.qmd"

    def compute(self) -> None:
        """Run the ledger once; the appendix's tables use the same run."""
        self.table = ledger.ledger()
        status = self.table["status"].value_counts()
        self.claims_count = len(self.table)
        self.claims = f"{self.claims_count:,}"
        self.tested = self.claims_count - int(status.get("not derivable", 0))
        self.holding = int(status.get("reproduced", 0)) + int(status.get("bound holds", 0))
        self.findings = data.load("findings")
        self.findings_count = len(self.findings)
        figures = ledger.printed_figures(self.table)
        self.printed_figures = len(figures)
        self.printed_agree = int(figures["agrees"].sum())

    @statement("which explain every claim that differs or fails")
    def every_discrepancy_explained(self) -> bool | str:
        """Every claim that differs or whose bound fails has a finding."""
        explained = {c.strip() for ids in self.findings["claim_ids"] for c in str(ids).split(";")}
        open_claims = self.table[self.table["status"].isin(("differs", "bound fails"))]
        missing = sorted(set(open_claims["claim_id"]) - explained)
        return True if not missing else f"no finding for {', '.join(missing)}"
