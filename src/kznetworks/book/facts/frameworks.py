"""The numbers and statements of the chapter on the thesis's rebuilt figures."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement

__all__ = ["Frameworks"]


class Frameworks(Facts):
    """How much of the seven rebuilt figures is printed and how much reconstructed.

    Examples
    --------
    >>> Frameworks().boxes > Frameworks().boxes_reconstructed
    True
    """

    chapter = "chapters/frameworks.qmd"

    def compute(self) -> None:
        """Count the boxes and links, and those reconstructed."""
        self.nodes = data.load("diagram_nodes")
        self.edges = data.load("diagram_edges")
        self.boxes = len(self.nodes)
        self.boxes_reconstructed = int((self.nodes["status"] == "reconstructed").sum())
        self.links = len(self.edges)
        self.links_reconstructed = int((self.edges["status"] == "reconstructed").sum())

    @statement("Everything in @fig-power-map is therefore reconstructed")
    def power_map_wholly_reconstructed(self) -> bool:
        """Every box and link of Figure 3.1 is reconstructed."""
        fig = "isaacs2009-fig-3-1"
        nodes = self.nodes[self.nodes["diagram_id"] == fig]["status"]
        edges = self.edges[self.edges["diagram_id"] == fig]["status"]
        return bool(
            len(nodes) and (nodes == "reconstructed").all() and (edges == "reconstructed").all()
        )

    @statement("The conversion of the thesis to text kept some box labels and lost every arrow.")
    def every_link_reconstructed(self) -> bool:
        """No link of any figure is printed."""
        return bool((self.edges["status"] == "reconstructed").all())
