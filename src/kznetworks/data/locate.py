"""Where the data package is: the checkout the package runs from, or its installed copy.

There is one rule, and it never looks at the current folder: the package reads the
``data/datapackage.json`` of the checkout it was imported from (an editable install,
or ``src/`` on the path), and otherwise the copy of the data that the wheel carries
(``kznetworks/_data/``). Another project's ``data/`` folder, wherever the reader runs
Python, is never picked up. To read another copy of the data, pass its descriptor's
path explicitly (``load(name, path=...)``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["datapackage_path"]

_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def _checkout_descriptor() -> Path | None:
    """``data/datapackage.json`` of the checkout, when this is ``<checkout>/src/kznetworks``."""
    src = _PACKAGE.parent
    if src.name != "src":
        return None
    root = src.parent
    pyproject = root / "pyproject.toml"
    descriptor = root / "data" / "datapackage.json"
    if (
        descriptor.is_file()
        and pyproject.is_file()
        and 'name = "kznetworks"' in pyproject.read_text(encoding="utf-8")
    ):
        return descriptor
    return None


def datapackage_path() -> Path:
    """Return the ``datapackage.json`` that the package reads by default.

    Returns
    -------
    pathlib.Path
        ``data/datapackage.json`` of the checkout the package is imported from, or
        else the copy bundled with the installed package.

    Raises
    ------
    FileNotFoundError
        When neither exists (a broken installation).

    Examples
    --------
    >>> datapackage_path().name
    'datapackage.json'
    """
    found = _checkout_descriptor()
    if found is not None:
        return found
    bundled = _PACKAGE / "_data" / "datapackage.json"
    if bundled.is_file():
        return bundled
    raise FileNotFoundError(
        f"kznetworks finds no data package: neither a checkout around {_PACKAGE} nor the "
        f"copy the wheel installs at {bundled.parent}; reinstall the package, or pass a "
        "descriptor's path explicitly (path=...)"
    )
