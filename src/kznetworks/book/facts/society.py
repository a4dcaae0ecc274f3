"""The numbers and statements of the chapter on parties and society."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts

__all__ = ["Society"]


class Society(Facts):
    """Recognition of party leaders with their parties, May 2004 (thesis, Table 6.1).

    Examples
    --------
    >>> Society().top_leader
    'Dariga Nazarbaeva'
    """

    chapter = "chapters/society.qmd"

    def compute(self) -> None:
        """Find the most recognised leader and the highest rate of the others."""
        recognition = data.load("leader_recognition_2004", repaired=True)
        top = recognition.loc[recognition["recognition_percent"].idxmax()]
        self.top_leader = str(top["personality"])
        self.top_party = str(top["party"])
        self.top_percent = int(top["recognition_percent"])
        self.others_max = int(recognition.drop(index=top.name)["recognition_percent"].max())
