"""The numbers and statements of the chapter on the sources."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement
from kznetworks.book.prose import number_words

__all__ = ["Sources"]


def _folder_files(folder: str) -> int:
    pkg = data.package()
    return sum(1 for n in pkg.names if pkg.resource(n)["path"].startswith(f"{folder}/"))


class Sources(Facts):
    """What each document is, and how much was transcribed from it.

    Examples
    --------
    >>> Sources().thesis_author
    'Rico Isaacs'
    """

    chapter = "chapters/sources.qmd"

    def compute(self) -> None:
        """Read the catalogue of the sources and count the data files."""
        self.catalogue = data.load("sources").set_index("source")
        self.thesis_author = str(self.catalogue.loc["isaacs2009", "author"])
        self.thesis_lines = f"{int(self.catalogue.loc['isaacs2009', 'seed_lines']):,}"
        self.thesis_files = number_words(_folder_files("isaacs2009"))
        self.article_files = number_words(_folder_files("junisbai2010"))
        self.repairs = number_words(len(data.load("repairs")))

    @statement("The country page and the blog post are unsigned")
    def short_documents_unsigned(self) -> bool:
        """The catalogue gives no author for the country page and the blog post."""
        return bool(self.catalogue.loc[["igc2023", "kzexpert2018"], "author"].isna().all())

    @statement("The bulletin is undated.")
    def bulletin_undated(self) -> bool:
        """The bulletin's date is inferred, not stated."""
        return str(self.catalogue.loc["ide2014", "date_status"]).startswith("inferred")
