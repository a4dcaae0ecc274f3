"""Stage 1 of the pipeline: the versioned data package in ``data/``, loaded and validated.

The data package is described by ``data/datapackage.json``, a Frictionless Data
Package. This subpackage reads it strictly:

- :mod:`~kznetworks.data.locate` finds the package (the checkout, or the installed copy);
- :mod:`~kznetworks.data.descriptor` checks the descriptor before any file is read;
- :mod:`~kznetworks.data.fields` reads one cell by its field's type and constraints;
- :mod:`~kznetworks.data.datapackage` reads, checks and caches whole resources;
- :mod:`~kznetworks.data.repairs` checks and overlays the documented repairs;
- :mod:`~kznetworks.data.errors` holds the error they raise.

Row numbers in messages count data rows from 1; the file line is given beside them
(the header is line 1).

Examples
--------
>>> from kznetworks import data
>>> data.validate()
>>> int(data.load("akim_tenure")["akims_count"].sum()) > 0
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from kznetworks.data.datapackage import DataPackage
from kznetworks.data.errors import DataValidationError, Issue
from kznetworks.data.locate import datapackage_path

__all__ = [
    "DataPackage",
    "DataValidationError",
    "Issue",
    "datapackage_path",
    "iter_resources",
    "load",
    "package",
    "raw",
    "resource_names",
    "using",
    "validate",
]

#: The descriptor chosen with :func:`using`, if any (innermost last).
_CHOSEN: list[Path] = []


@functools.cache
def _package_at(path: str, stamp: tuple[int, int]) -> DataPackage:
    return DataPackage(Path(path))


def _resolve(path: str | Path | None) -> Path:
    if path is None:
        return _CHOSEN[-1] if _CHOSEN else datapackage_path()
    if not isinstance(path, str | Path):
        raise TypeError(f"path must be a str or pathlib.Path, not {type(path).__name__}")
    return Path(path).resolve()


@contextmanager
def using(path: str | Path) -> Iterator[DataPackage]:
    """Read another copy of the data package by default, inside a ``with`` block.

    Everything that loads data without naming a descriptor (the register, the
    ledger, the book) then reads this copy; outside the block the default is restored.
    The tests use it to run the pipeline on a deliberately broken copy.

    Parameters
    ----------
    path : str or pathlib.Path
        Path of a ``datapackage.json``.

    Yields
    ------
    DataPackage
        The chosen package.

    Examples
    --------
    >>> with using(datapackage_path()) as pkg:
    ...     pkg.version == package().version
    True
    """
    chosen = _resolve(path)
    pkg = package(chosen)
    _CHOSEN.append(chosen)
    try:
        yield pkg
    finally:
        _CHOSEN.pop()


def package(path: str | Path | None = None) -> DataPackage:
    """Return the :class:`DataPackage` at ``path`` (by default :func:`datapackage_path`).

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``.

    Returns
    -------
    DataPackage
        The package, cached until the descriptor file changes.

    Examples
    --------
    >>> package().version.count(".")
    2
    """
    resolved = _resolve(path)
    if not resolved.is_file():
        raise FileNotFoundError(f"no data package descriptor at {resolved}")
    stat = resolved.stat()
    return _package_at(str(resolved), (stat.st_mtime_ns, stat.st_size))


def resource_names(path: str | Path | None = None) -> list[str]:
    """List the resources of the data package.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    list of str
        Resource names in descriptor order.

    Examples
    --------
    >>> "akim_tenure" in resource_names()
    True
    """
    return package(path).names


def load(name: str, *, repaired: bool = False, path: str | Path | None = None) -> pd.DataFrame:
    """Load one resource of the data package, validated against its schema.

    Parameters
    ----------
    name : str
        Resource name, for example ``"akim_tenure"``.
    repaired : bool, default False
        Overlay the documented repairs (see the ``repairs`` resource) and add a
        ``repaired_fields`` column; by default values are exactly as printed.
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    pandas.DataFrame
        The table with typed columns.

    Raises
    ------
    KeyError
        If there is no such resource (the message lists the known ones).
    DataValidationError
        If the file breaks its schema, a key, its hash or its provenance.

    Examples
    --------
    >>> tenure = load("akim_tenure")
    >>> int(tenure["akims_count"].sum()) > 0
    True
    """
    return package(path).load(name, repaired=repaired)


def raw(name: str, *, path: str | Path | None = None) -> pd.DataFrame:
    """Load one resource with every cell as the exact text of the file.

    Parameters
    ----------
    name : str
        Resource name.
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    pandas.DataFrame
        All columns as strings, for example to read a figure's printed decimals.

    Examples
    --------
    >>> raw("akim_tenure_stats")["value"].iloc[0]
    '2.73'
    """
    return package(path).raw(name)


def validate(path: str | Path | None = None) -> None:
    """Validate the whole data package: descriptor, files, types, keys, hashes, provenance.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Raises
    ------
    DataValidationError
        Listing every problem, each naming file, row and line, column and rule.

    Examples
    --------
    >>> validate()
    """
    package(path).validate()


def iter_resources(path: str | Path | None = None) -> Iterator[tuple[str, pd.DataFrame]]:
    """Yield ``(name, frame)`` for every resource of the package.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Yields
    ------
    tuple of (str, pandas.DataFrame)
        Resource name and its validated table.

    Examples
    --------
    >>> next(iter_resources())[0]
    'sources'
    """
    pkg = package(path)
    for name in pkg.names:
        yield name, pkg.load(name)
