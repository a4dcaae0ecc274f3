"""What chapters pass to the book's builders, checked: source keys, headings, data file paths."""

from __future__ import annotations

from kznetworks import data
from kznetworks.data.errors import expect_type, unknown_name

__all__ = ["check_heading", "check_source", "csv_path"]

#: The Markdown heading marks a builder of sections accepts.
HEADINGS = tuple("#" * n for n in range(1, 7))


def check_source(source: object, *, allow_none: bool = False) -> str | None:
    """Check a source key against the catalogue of documents.

    Parameters
    ----------
    source : object
        A citation key such as ``"junisbai2010"``.
    allow_none : bool, default False
        Accept ``None`` (meaning every source).

    Returns
    -------
    str or None
        The key.

    Raises
    ------
    TypeError
        When it is not a string.
    kznetworks.data.errors.UnknownNameError
        When it is not one of the documents (a ``KeyError`` and a ``ValueError``); the
        message lists them.

    Examples
    --------
    >>> check_source("ide2014")
    'ide2014'
    """
    if source is None and allow_none:
        return None
    keys = list(data.load("sources")["source"])
    expect_type("source", source, str, f"a source key, one of {', '.join(keys)}")
    if source not in keys:
        raise unknown_name("source key", source, keys)
    return source


def check_heading(heading: object) -> str:
    """Check a Markdown heading mark for the sections a builder writes.

    Parameters
    ----------
    heading : object
        ``"#"`` to ``"######"``.

    Returns
    -------
    str
        The mark.

    Raises
    ------
    TypeError
        When it is not a string.
    ValueError
        When it is not one to six ``#``.

    Examples
    --------
    >>> check_heading("###")
    '###'
    """
    expect_type("heading", heading, str, "a Markdown heading mark, '#' to '######'")
    if heading not in HEADINGS:
        raise ValueError(
            f"heading must be a Markdown heading mark, '#' to '######'; got {heading!r}"
        )
    return heading


def csv_path(resource: str) -> str:
    """The path of a resource's CSV file from the project root.

    Parameters
    ----------
    resource : str
        Resource name.

    Returns
    -------
    str
        E.g. ``"data/junisbai2010/akim_tenure.csv"``.

    Examples
    --------
    >>> csv_path("sources")
    'data/sources.csv'
    """
    return "data/" + data.package().resource(resource)["path"]
