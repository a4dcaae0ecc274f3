"""What a table cell may hold besides text: links, and text with links in it.

A cell is text, escaped for its output format (:mod:`kznetworks.book.escape`), unless it
is a :class:`Link` or a :class:`Linked` run of text and links, which render themselves.
:func:`data_links` writes the links under a table or figure to its data files and their
entries in the data dictionary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kznetworks.book import entries, escape, render

__all__ = ["Link", "Linked", "data_links", "renders_itself"]


@dataclass(frozen=True)
class Link:
    """A table cell that links somewhere in the book or its data.

    Parameters
    ----------
    text : str
        What the cell shows.
    target : str
        A label of the book (``"sec-regions"``, an entry's anchor) or a path from the
        site root (``"data/register/entities.csv"``).

    Examples
    --------
    >>> Link("akim_tenure.csv", "data/junisbai2010/akim_tenure.csv").markdown()
    '[akim\\\\_tenure.csv](data/junisbai2010/akim_tenure.csv)'
    """

    text: str
    target: str

    def __str__(self) -> str:
        return self.text

    @property
    def is_label(self) -> bool:
        """Whether the target is a label of the book rather than a file."""
        return "/" not in self.target and "." not in self.target

    def markdown(self, base: str = "") -> str:
        """The link in Markdown: ``[text](#label)`` or ``[text](base + path)``.

        In the PDF, which holds the whole book, a link to a page's anchor
        (``chapters/x.html#anchor``) goes to that anchor in the PDF itself.
        """
        if self.is_label:
            href = f"#{self.target}"
        elif "#" in self.target and ".html" in self.target and render.target() == "typst":
            href = "#" + self.target.split("#", 1)[1]
        else:
            href = f"{base}{self.target}"
        return f"[{escape.markdown(self.text)}]({href})"

    def html(self, offset: str = "") -> str:
        """The link in HTML, its ``href`` relative to a page ``offset`` from the site root."""
        if self.is_label:
            from kznetworks.book.structure import labels

            section = labels().get(self.target)
            href = section.href(offset) if section else f"#{self.target}"
        else:
            href = f"{offset}{self.target}"
        return f'<a href="{escape.html(href)}">{escape.html(self.text)}</a>'


@dataclass(frozen=True)
class Linked:
    """A table cell of text with links in it (names linked to their entries, say).

    Parameters
    ----------
    parts : tuple
        Plain text, and objects with ``html(offset)`` and ``markdown(base)`` methods
        (a :class:`Link`, a :class:`~kznetworks.book.mentions.EntryLink`), in order.

    Examples
    --------
    >>> cell = Linked(("see ", Link("the data", "data/a.csv"), "."))
    >>> str(cell), cell.html("../")
    ('see the data.', 'see <a href="../data/a.csv">the data</a>.')
    """

    parts: tuple[object, ...]

    def __str__(self) -> str:
        return "".join(str(p) for p in self.parts)

    def markdown(self, base: str = "") -> str:
        """The cell in Markdown: text escaped, links as links."""
        return "".join(
            p.markdown(base) if renders_itself(p) else escape.markdown(p) for p in self.parts
        )

    def html(self, offset: str = "") -> str:
        """The cell in HTML: text escaped, links relative to a page ``offset``."""
        return "".join(p.html(offset) if renders_itself(p) else escape.html(p) for p in self.parts)


def renders_itself(value: object) -> bool:
    """Whether a cell renders itself (a link), rather than being text to escape.

    Examples
    --------
    >>> renders_itself(Link("the data", "data/a.csv")), renders_itself("<b>")
    (True, False)
    """
    return callable(getattr(value, "html", None)) and callable(getattr(value, "markdown", None))


def data_links(paths: Sequence[str], base: str = "") -> str:
    """Links to data files, each followed by a link to its entry in the data dictionary.

    Parameters
    ----------
    paths : sequence of str
        Paths of data files from the project root (``data/...csv``).
    base : str
        What to put before a path to link it (:func:`kznetworks.book.render.link_base`).

    Returns
    -------
    str
        Markdown, e.g. ``[akim_tenure.csv](...) ([schema](...#dict-akim-tenure))``.

    Examples
    --------
    >>> print(data_links(["data/junisbai2010/akim_tenure.csv"]))
    [akim\\_tenure.csv](data/junisbai2010/akim_tenure.csv) ([schema](...#dict-akim-tenure))
    """
    out = []
    for path in paths:
        link = Link(path.rsplit("/", 1)[-1], path).markdown(base)
        target = entries.schema_target(path)
        out.append(f"{link} ({Link('schema', target).markdown(base)})" if target else link)
    return ", ".join(out)
