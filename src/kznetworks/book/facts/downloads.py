"""The numbers of the downloads appendix (``chapters/downloads.qmd``)."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement

__all__ = ["Downloads"]


class Downloads(Facts):
    """The data version of the downloads and what the SQLite database holds.

    Examples
    --------
    >>> Downloads().tables == len(data.resource_names())
    True
    """

    chapter = "chapters/downloads.qmd"

    def compute(self) -> None:
        """Read the data version; count the tables of the database the page offers."""
        from kznetworks.book import downloads
        from kznetworks.data import export

        self.data_version = data.package().version
        database = next(f for f in downloads.files() if f.name.endswith(".sqlite"))
        self.table_names = sorted(export.describe(database.content)["tables"])
        self.tables = len(self.table_names)

    @statement("The SQLite database has one table per file")
    def one_table_per_file(self) -> bool:
        """The database holds exactly one table for each resource of the package."""
        return self.table_names == sorted(data.resource_names())
