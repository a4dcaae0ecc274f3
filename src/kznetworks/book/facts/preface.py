"""The numbers of the preface (``index.qmd``)."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts
from kznetworks.book.prose import number_words

__all__ = ["Preface"]


class Preface(Facts):
    """The size and version of what the book reads.

    Examples
    --------
    >>> Preface().documents
    'five'
    """

    chapter = "index.qmd"

    def compute(self) -> None:
        """Count the documents and the data package's files."""
        self.documents = number_words(len(data.load("sources")))
        self.files = len(data.resource_names())
        self.data_version = data.package().version
