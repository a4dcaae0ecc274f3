"""The numbers and statements of the chapter on networks across the documents."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement
from kznetworks.register import graph, names

__all__ = ["Networks"]


class Networks(Facts):
    """The size of the register and its most connected person.

    Examples
    --------
    >>> Networks().president_id
    'person:nazarbaev-nursultan'
    """

    chapter = "chapters/networks.qmd"

    def compute(self) -> None:
        """Count the register and find its most connected person."""
        entities = data.load("entities")
        relations = data.load("relations")
        kinds = entities["kind"].value_counts()
        self.aliases = f"{len(data.load('aliases')):,}"
        self.entities = f"{len(entities):,}"
        self.people = f"{int(kinds.get('person', 0)):,}"
        self.parties = f"{int(kinds.get('party', 0)):,}"
        self.in_several = f"{int(entities['sources'].str.contains(';').sum()):,}"
        self.hearsay = int((relations["certainty"] == "hearsay").sum())
        self.inferred = int((relations["certainty"] == "inferred").sum())
        self.president_id = names.resolve("Nazarbaev")
        self.president = str(entities.set_index("entity_id").loc[self.president_id, "name"])
        parts = graph.components()
        self.components = f"{len(parts):,}"
        self.largest_component = f"{int(parts.iloc[0]['size']):,}"
        self.central = graph.centrality(kinds=("person",))

    @statement("is the most connected person in the register")
    def president_most_connected(self) -> bool:
        """The president has the highest degree of any person."""
        return str(self.central.iloc[0]["entity_id"]) == self.president_id
