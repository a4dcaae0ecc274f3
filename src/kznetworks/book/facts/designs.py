"""The numbers and statements of the chapter on the research designs."""

from __future__ import annotations

from kznetworks import data, ledger
from kznetworks.book.facts.base import Facts, statement
from kznetworks.book.prose import number_words

__all__ = ["Designs"]


def _printed_total(resource: str, column: str) -> int:
    rows = data.load(resource)
    totals = rows[rows["row_type"] == "total"]
    if len(totals) != 1:
        raise LookupError(f"{resource} prints {len(totals)} total rows, not one")
    return int(totals[column].iloc[0])


class Designs(Facts):
    """The interview samples of the article (Tables A1, A2) and the thesis (Tables 2.1, 2.2).

    Examples
    --------
    >>> Designs().interviewees
    75
    """

    chapter = "chapters/designs.qmd"

    def compute(self) -> None:
        """Read the printed totals and count the questions."""
        self.interviewees = _printed_total("interviewees", "quantity")
        self.party_interviews = _printed_total("interview_sample", "interviews")
        self.central_elites = _printed_total("interview_sample", "central_elites")
        self.regional_elites = _printed_total("interview_sample", "regional_elites")
        self.supplementary = _printed_total("supplementary_interviews", "interviews")
        groups = data.load("interview_questions")["respondent_group"]
        self.defector_questions = number_words(int((groups == "elite defectors").sum()))
        self.expert_questions = number_words(int((groups == "experts").sum()))
        self.ledger = ledger.ledger().set_index("claim_id")

    @statement("although its text gives a different count")
    def text_counts_supplementary_interviews_differently(self) -> bool:
        """A claim of the text on the supplementary interviews differs from Table 2.2."""
        table = self.ledger
        text_claims = table[(table["method"] == "sum") & (table["status"] == "differs")]
        claims = data.load("claims").set_index("claim_id")
        on_table = [
            c
            for c in text_claims.index
            if claims.loc[c, "table"] == "Text" and "supplementary" in str(claims.loc[c, "subject"])
        ]
        return bool(on_table)
