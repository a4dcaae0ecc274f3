"""A cache on disk of work that costs seconds: validated tables and rendered charts.

Every chapter runs in a new Python process (a Jupyter kernel), and validating the
tables it reads would cost each one seconds. A table that passed validation is kept,
as a pickle, under a key that is the sha256 of everything its validation read: the
source code of :mod:`kznetworks.data` (so that a change to a check invalidates what was
cached under the old one), and the descriptor entries and files of the resource, of those its
foreign keys point to, of the sources and (for the repaired table) of the repairs. Any
change to any of them gives a new key, so
a cached table is always the table validation would give. Only valid tables are
cached; a broken file is validated, and reported, every time.

The same folder keeps text that is a pure function of its key, such as a chart's SVG
rendered from its specification (:func:`load_text`, :func:`store_text`).

The cache lives in ``$XDG_CACHE_HOME/kznetworks`` (``~/.cache/kznetworks``); set
``KZNETWORKS_CACHE`` to another folder, or to ``off`` to validate every time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

__all__ = [
    "CACHE_ENV",
    "cache_folder",
    "derived_key",
    "key",
    "load",
    "load_text",
    "store",
    "store_text",
    "text_key",
]


@functools.cache
def _source_fingerprint(subpackage: str) -> bytes:
    """The sha256 of the source files of one subpackage of kznetworks, read once a process."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parents[1] / subpackage).rglob("*.py")):
        name = path.relative_to(Path(__file__).parents[1]).as_posix()
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.digest()


def _code_fingerprint() -> bytes:
    """The sha256 of the source files of :mod:`kznetworks.data`."""
    return _source_fingerprint("data")


#: Environment variable: a folder for the cache, or ``off``.
CACHE_ENV = "KZNETWORKS_CACHE"


def cache_folder() -> Path | None:
    """The folder of the cache, or ``None`` when it is turned off.

    Returns
    -------
    pathlib.Path or None
        From ``KZNETWORKS_CACHE``, else ``$XDG_CACHE_HOME/kznetworks``.

    Examples
    --------
    >>> folder = cache_folder()
    >>> folder is None or folder.name == "kznetworks" or folder.is_absolute()
    True
    """
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen).expanduser().resolve()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kznetworks"


def _digest(code: bytes, parts: Iterable[str], files: Iterable[Path]) -> str:
    """sha256 of the code's fingerprint, the versions, ``parts``, and the files' names and bytes."""
    from kznetworks import __version__

    digest = hashlib.sha256(code)
    for part in (__version__, pd.__version__, *parts):
        digest.update(part.encode("utf-8") + b"\0")
    for path in files:
        digest.update(str(path.name).encode("utf-8") + b"\0")
        content = path.read_bytes() if path.is_file() else b"<missing>"
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()


def key(name: str, repaired: bool, entries: Iterable[dict], files: Iterable[Path]) -> str:
    """The cache key of one validated table: a hash of all that its validation read.

    Parameters
    ----------
    name : str
        The resource.
    repaired : bool
        Whether the repairs are overlaid.
    entries : iterable of dict
        The descriptor's entries of the resources it reads (its own, those its
        foreign keys point to, the sources and, repaired, the repairs).
    files : iterable of pathlib.Path
        Their files.

    Returns
    -------
    str
        A hex digest.

    Examples
    --------
    >>> len(key("x", False, [], []))
    64
    """
    entries = [json.dumps(entry, sort_keys=True) for entry in entries]
    return _digest(_code_fingerprint(), [name, str(repaired), *entries], files)


def derived_key(what: str, subpackages: Iterable[str], files: Iterable[Path]) -> str:
    """The cache key of a table computed from data files by the code of some subpackages.

    Such as the reproduction ledger, computed from every file of the data package by
    :mod:`kznetworks.data` and :mod:`kznetworks.ledger`: a change to any of those files
    or to the code of either gives a new key.

    Parameters
    ----------
    what : str
        What the table is (a name of one's choosing, part of the key).
    subpackages : iterable of str
        The subpackages of kznetworks whose code computes it, such as ``"ledger"``.
    files : iterable of pathlib.Path
        Every file it is computed from.

    Returns
    -------
    str
        A hex digest.

    Examples
    --------
    >>> derived_key("x", ["ledger"], []) == derived_key("x", ["ledger"], [])
    True
    >>> derived_key("x", ["ledger"], []) == derived_key("x", ["register"], [])
    False
    """
    code = b"".join(
        n.encode("utf-8") + b"\0" + _source_fingerprint(n) for n in sorted(set(subpackages))
    )
    return _digest(code, [what], files)


def load(digest: str) -> pd.DataFrame | None:
    """The cached table with this key, if there is one.

    Parameters
    ----------
    digest : str
        From :func:`key`.

    Returns
    -------
    pandas.DataFrame or None
        The table, or ``None`` (no cache, no entry, or an unreadable entry).

    Examples
    --------
    >>> load("f" * 64) is None
    True
    """
    folder = cache_folder()
    if folder is None:
        return None
    path = folder / f"{digest}.pkl"
    try:
        with path.open("rb") as handle:
            frame = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return frame if isinstance(frame, pd.DataFrame) else None


def store(digest: str, frame: pd.DataFrame) -> None:
    """Keep a validated table under its key (quietly skipped when the cache is off).

    Parameters
    ----------
    digest : str
        From :func:`key`.
    frame : pandas.DataFrame
        The validated table.

    Examples
    --------
    >>> store("e" * 64, pd.DataFrame()) is None
    True
    """
    folder = cache_folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(frame, out, protocol=pickle.HIGHEST_PROTOCOL)
        Path(temporary).replace(folder / f"{digest}.pkl")
    except OSError:
        return


def text_key(*parts: str) -> str:
    """The key of a piece of text computed from ``parts`` (and the package's version).

    Parameters
    ----------
    *parts : str
        Everything the text is computed from.

    Returns
    -------
    str
        A hex digest.

    Examples
    --------
    >>> text_key("svg", "{}") == text_key("svg", "{}")
    True
    """
    from kznetworks import __version__

    digest = hashlib.sha256(__version__.encode("utf-8"))
    for part in parts:
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def load_text(digest: str) -> str | None:
    """Cached text under a key of :func:`text_key`, if there is any.

    Parameters
    ----------
    digest : str
        The key.

    Returns
    -------
    str or None
        The text.

    Examples
    --------
    >>> load_text("f" * 64) is None
    True
    """
    folder = cache_folder()
    if folder is None:
        return None
    try:
        return (folder / f"{digest}.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store_text(digest: str, text: str) -> None:
    """Keep text under its key (quietly skipped when the cache is off).

    Parameters
    ----------
    digest : str
        The key.
    text : str
        The text.

    Examples
    --------
    >>> store_text(text_key("example"), "x") is None
    True
    """
    folder = cache_folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        Path(temporary).replace(folder / f"{digest}.txt")
    except OSError:
        return
