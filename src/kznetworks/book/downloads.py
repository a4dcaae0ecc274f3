"""The downloads page: the data package as one zip and as one SQLite database.

Both files are built by :mod:`kznetworks.data.export` from the data package, byte for
byte the same at every build from the same data. The page's table gives each file's
size and SHA-256, computed from the bytes that :func:`write` puts into the built
website (``_book/downloads/``, by the post-render step ``analysis/downloads.py``) and
that ``nox -s release`` puts into ``dist/``; nothing on the page is typed.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kznetworks import data
from kznetworks.book import render
from kznetworks.book.cells import Link
from kznetworks.book.dictionary import entry_link
from kznetworks.book.structure import project_root
from kznetworks.book.table import Table
from kznetworks.data import export

__all__ = ["FOLDER", "Download", "database_tables", "files", "table", "write"]

#: Where the files sit in the built website, from its root.
FOLDER = "downloads"


@dataclass(frozen=True)
class Download:
    """One file of the downloads page.

    Parameters
    ----------
    name : str
        File name.
    what : str
        What it holds, in words.
    content : bytes
        The file.

    Examples
    --------
    >>> Download("a.txt", "A file", b"").sha256[:8]
    'e3b0c442'
    """

    name: str
    what: str
    content: bytes

    @property
    def sha256(self) -> str:
        """The file's SHA-256, in hex."""
        return hashlib.sha256(self.content).hexdigest()

    @property
    def size(self) -> str:
        """The file's size in words: kilobytes or megabytes, and the exact bytes."""
        n = len(self.content)
        short = f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"
        return f"{short} ({n:,} bytes)"


@functools.cache
def _files(version: str, stamp: tuple[int, ...]) -> tuple[Download, ...]:
    licence = (project_root() / "LICENSE-DATA").read_bytes()
    return (
        Download(
            f"kz-networks-data-{version}.zip",
            "The data package: datapackage.json, every CSV file it describes, the "
            "licence and a README",
            export.zip_bytes(licence),
        ),
        Download(
            f"kz-networks-data-{version}.sqlite",
            "The same data as one SQLite database: a table per resource, typed, with "
            "its keys and foreign keys",
            export.sqlite_bytes(),
        ),
    )


def files() -> list[Download]:
    """The files of the downloads page, built from the data package.

    Returns
    -------
    list of Download
        The data zip and the SQLite database (built once a process per data state).

    Examples
    --------
    >>> [f.name.rsplit(".", 1)[1] for f in files()]
    ['zip', 'sqlite']
    """
    pkg = data.package()
    paths = [pkg.path, *(pkg.root / pkg.resource(n)["path"] for n in pkg.names)]
    stamp = tuple(p.stat().st_mtime_ns for p in paths)
    return list(_files(pkg.version, stamp))


def table() -> Table:
    """The files to download, each with its size and SHA-256.

    Returns
    -------
    Table
        One row per file; the name links to the file in the built website.

    Examples
    --------
    >>> list(table().frame.columns)
    ['File', 'What it holds', 'Size', 'SHA-256']
    """
    rows = [
        {
            "File": Link(f.name, f"{FOLDER}/{f.name}"),
            "What it holds": f.what,
            "Size": f.size,
            # in groups of 16 digits, so that the column wraps on a narrow page
            "SHA-256": " ".join(f.sha256[i : i + 16] for i in range(0, len(f.sha256), 16)),
        }
        for f in files()
    ]
    return Table(
        pd.DataFrame(rows, columns=["File", "What it holds", "Size", "SHA-256"]),
        notes=[
            f"Built from the data package (data version {data.package().version}) at every "
            f"build of the book; the SQLite database with SQLite {sqlite3.sqlite_version}. "
            "The same data and the same SQLite version give the same bytes. Each SHA-256 "
            "is shown in groups of 16 digits; SHA256SUMS holds it whole."
        ],
    )


def database_tables() -> Table:
    """The tables of the SQLite database, with their rows and their dictionary entries.

    Returns
    -------
    Table
        One row per table, counted in the database file itself.

    Examples
    --------
    >>> table_rows = database_tables().frame
    >>> len(table_rows) == len(data.resource_names())
    True
    """
    database = next(f for f in files() if f.name.endswith(".sqlite"))
    counts = export.describe(database.content)["tables"]
    pkg = data.package()
    frame = pd.DataFrame(
        {
            "Table": [entry_link(n) for n in counts],
            "Rows": [f"{c:,}" for c in counts.values()],
            "What it holds": [pkg.resource(n).get("title", "") for n in counts],
        }
    )
    base = render.link_base()
    return Table(
        frame,
        source=f"Counted in {Link(database.name, FOLDER + '/' + database.name).markdown(base)}",
    )


def write(folder: Path) -> list[Path]:
    """Write the files of the downloads page into a folder of the built website.

    Parameters
    ----------
    folder : pathlib.Path
        The website's output folder (``_book``); the files go into its
        :data:`FOLDER`, with a ``SHA256SUMS`` file for ``sha256sum -c``.

    Returns
    -------
    list of pathlib.Path
        The files written.

    Examples
    --------
    >>> import tempfile
    >>> [p.name.rsplit(".", 1)[-1] for p in write(Path(tempfile.mkdtemp()))]
    ['zip', 'sqlite', 'SHA256SUMS']
    """
    target = folder / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for f in files():
        path = target / f.name
        if not path.is_file() or path.read_bytes() != f.content:
            path.write_bytes(f.content)
        written.append(path)
    sums = "".join(f"{f.sha256}  {f.name}\n" for f in files())
    (target / "SHA256SUMS").write_text(sums, encoding="utf-8")
    written.append(target / "SHA256SUMS")
    return written
