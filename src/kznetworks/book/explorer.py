"""The network explorer: the register's network, one neighbourhood at a time, on the website.

:func:`explorer` gives what the chapter shows (:class:`Explorer`). On the website, a
``<div class="kz-network">`` with its controls, drawn by ``assets/js/kz-network.js``
with the site's copy of Cytoscape.js from the register's data (``window.kzRegister``,
:mod:`kznetworks.book.sitedata`): the reader searches a name in any spelling, chooses
how many links to follow (the radius), zooms and pans (mouse, touch, or the keys ``+``,
``-``, the arrows and ``0`` when the drawing has the focus), hovers a node or a link
for its kind, relation, dates, certainty and source line, clicks a node to open its
who's-who entry, and filters by kind of entity, kind of relation and certainty. A
list under the drawing names every entity shown, with a link to its entry and a
button that centres the network on it, so the explorer works from the keyboard too.
Without JavaScript, and in the PDF, a paragraph says what the explorer does and
points to the static figures.
"""

from __future__ import annotations

from kznetworks.book import escape, render
from kznetworks.register import graph
from kznetworks.register.entries import KINDS, RELATION_WORDS, relation_words

__all__ = ["CERTAINTIES", "MAX_RADIUS", "Explorer", "explorer"]

#: How certain a relation is, from the register's ``certainty`` column.
CERTAINTIES = ("stated", "hearsay", "inferred")
#: The largest radius the reader can choose.
MAX_RADIUS = 4


class Explorer:
    """The network explorer as a chapter shows it (see the module's description).

    Parameters
    ----------
    centre : str
        The entity the explorer opens on (the reader can change it).
    radius : int
        Links followed from it at first, 0 to :data:`MAX_RADIUS`.

    Raises
    ------
    KeyError
        If ``centre`` is not an entity of the register.
    TypeError, ValueError
        If ``radius`` is not a whole number from 0 to :data:`MAX_RADIUS`.

    Examples
    --------
    >>> 'class="kz-network"' in Explorer("person:nazarbaev-nursultan", 1).html()
    True
    """

    def __init__(self, centre: str, radius: int) -> None:
        if isinstance(radius, bool) or not isinstance(radius, int):
            raise TypeError(f"radius is a whole number of links; got {radius!r}")
        if not 0 <= radius <= MAX_RADIUS:
            raise ValueError(f"radius must be from 0 to {MAX_RADIUS}; got {radius!r}")
        # checks the identifier, with a hint when a name was given instead
        graph.ego_network(centre, 0)
        self.centre, self.radius = centre, radius

    def _checks(self, name: str, values: list[tuple[str, str]]) -> str:
        boxes = "".join(
            f'<label><input type="checkbox" name="{name}" value="{escape.html(v)}" checked> '
            f"{escape.html(label)}</label>"
            for v, label in values
        )
        return boxes

    def html(self) -> str:
        """The explorer's element, its controls and its fallback text.

        Returns
        -------
        str
            Raw HTML.
        """
        radius = "".join(
            f'<option value="{r}"{" selected" if r == self.radius else ""}>{r}</option>'
            for r in range(MAX_RADIUS + 1)
        )
        relations = "".join(
            f'<option value="{escape.html(r)}" selected>{escape.html(relation_words(r))}</option>'
            for r in RELATION_WORDS
        )
        kinds = self._checks("kind", [(k, v) for k, v in KINDS.items()])
        certainty = self._checks("certainty", [(c, c) for c in CERTAINTIES])
        return (
            f'<div class="kz-network" data-centre="{escape.html(self.centre)}" '
            f'data-radius="{self.radius}" data-offset="{escape.html(render.page_offset())}">'
            '<div class="kz-network-controls">'
            '<div><label for="kz-network-q">Centre on a name</label>'
            '<input id="kz-network-q" type="search" autocomplete="off" spellcheck="false" '
            'placeholder="Any spelling" aria-describedby="kz-network-status" '
            'aria-controls="kz-network-suggestions">'
            '<ul id="kz-network-suggestions" class="kz-network-suggestions" hidden></ul></div>'
            '<div><label for="kz-network-radius">Links to follow</label>'
            f'<select id="kz-network-radius">{radius}</select></div>'
            '<div><label for="kz-network-relations">Relations</label>'
            f'<select id="kz-network-relations" multiple size="4">{relations}</select></div>'
            f"<fieldset><legend>Kinds</legend>{kinds}</fieldset>"
            f"<fieldset><legend>Certainty</legend>{certainty}</fieldset>"
            '<div class="kz-network-zoom" role="group" aria-label="Zoom">'
            '<button type="button" class="btn btn-sm btn-outline-secondary" data-zoom="in" '
            'aria-label="Zoom in">+</button> '
            '<button type="button" class="btn btn-sm btn-outline-secondary" data-zoom="out" '
            'aria-label="Zoom out">\u2212</button> '
            '<button type="button" class="btn btn-sm btn-outline-secondary" data-zoom="fit">'
            "Fit</button></div></div>"
            '<p id="kz-network-status" class="kz-network-status" aria-live="polite">'
            "The network explorer needs JavaScript; the figures above show the "
            "financial-industrial groups and the president's direct links.</p>"
            '<div class="kz-network-legend" aria-hidden="true"></div>'
            '<div class="kz-network-canvas" tabindex="0" role="application" '
            'aria-label="Network drawing: + and - zoom, the arrows pan, 0 fits; '
            'the list below names every entity shown"></div>'
            '<details class="kz-network-details" open><summary>Entities shown</summary>'
            '<ul class="kz-network-list"></ul></details></div>'
        )

    def markdown(self) -> str:
        """What the PDF prints instead: where to find the explorer.

        Returns
        -------
        str
            A paragraph of Markdown.
        """
        url = f"{render.site_url()}chapters/networks.html#sec-explore"
        return (
            "The website's network explorer draws the neighbourhood of any entity of the "
            "register, as far as the reader chooses, with every relation's type, dates, "
            f"certainty and source line: [{escape.markdown(url)}]({url})."
        )

    def output(self) -> str:
        """What the chapter shows, for the current output format.

        Returns
        -------
        str
            Markdown: a raw HTML block for the website, a paragraph for the PDF.
        """
        if render.target() == "typst":
            return self.markdown() + "\n"
        return escape.raw_block(self.html(), "html")

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict:
        return {"text/markdown": self.output(), "text/plain": f"Network explorer: {self.centre}"}


def explorer(centre: str = "person:nazarbaev-nursultan", radius: int = 1) -> Explorer:
    """The network explorer, opening on one entity's neighbourhood.

    Parameters
    ----------
    centre : str, default "person:nazarbaev-nursultan"
        The entity shown first (the address can name another: ``?entity=party:otan``).
    radius : int, default 1
        Links followed at first.

    Returns
    -------
    Explorer
        Shown as the interactive explorer on the website, a paragraph in the PDF.

    Examples
    --------
    >>> explorer().centre
    'person:nazarbaev-nursultan'
    """
    return Explorer(centre, radius)
