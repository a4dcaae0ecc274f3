"""What chapters pass to the book's builders, checked: source keys, and data file paths."""

from __future__ import annotations

from kznetworks import data

__all__ = ["check_source", "csv_path"]


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
    ValueError
        When it is not one of the documents; the message lists them.

    Examples
    --------
    >>> check_source("ide2014")
    'ide2014'
    """
    if source is None and allow_none:
        return None
    keys = list(data.load("sources")["source"])
    if not isinstance(source, str) or source not in keys:
        raise ValueError(f"expected a source key, one of {', '.join(keys)}; got {source!r}")
    return source


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
