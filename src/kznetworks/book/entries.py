"""Where each data file's entry in the data dictionary is: anchors and page addresses.

Kept apart from :mod:`kznetworks.book.dictionary` (which builds the entries as
tables) so that :mod:`kznetworks.book.table` can link every data file to its entry
without an import cycle.
"""

from __future__ import annotations

from kznetworks import data

__all__ = ["DICTIONARY_LABEL", "anchor", "entry_target", "schema_target"]

#: The label of the data dictionary's chapter.
DICTIONARY_LABEL = "sec-data-dictionary"


def anchor(resource: str) -> str:
    """The anchor of a resource's entry in the data dictionary.

    Parameters
    ----------
    resource : str
        Resource name.

    Returns
    -------
    str
        E.g. ``"dict-akim-tenure"``.

    Examples
    --------
    >>> anchor("akim_tenure")
    'dict-akim-tenure'
    """
    return "dict-" + resource.replace("_", "-")


def entry_target(resource: str) -> str:
    """The address of a resource's entry in the data dictionary, from the site root.

    Parameters
    ----------
    resource : str
        Resource name.

    Returns
    -------
    str
        E.g. ``"chapters/data-dictionary.html#dict-akim-tenure"``.

    Examples
    --------
    >>> entry_target("akim_tenure")
    'chapters/data-dictionary.html#dict-akim-tenure'
    """
    from kznetworks.book.structure import labels

    section = labels().get(DICTIONARY_LABEL)
    page = section.page if section else "chapters/data-dictionary.html"
    return f"{page}#{anchor(resource)}"


def schema_target(path: str) -> str | None:
    """The address of a data file's entry in the data dictionary.

    Parameters
    ----------
    path : str
        The file's path from the project root (``data/junisbai2010/akim_tenure.csv``).

    Returns
    -------
    str or None
        As :func:`entry_target`, or ``None`` for a file that is not a resource of the
        data package.

    Examples
    --------
    >>> schema_target("data/junisbai2010/akim_tenure.csv")
    'chapters/data-dictionary.html#dict-akim-tenure'
    >>> schema_target("data/nothing.csv") is None
    True
    """
    pkg = data.package()
    names = {"data/" + pkg.resource(n)["path"]: n for n in pkg.names}
    name = names.get(path)
    return None if name is None else entry_target(name)
