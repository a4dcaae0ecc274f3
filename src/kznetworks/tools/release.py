"""Assemble a citable release bundle in ``dist/``, byte-for-byte reproducibly.

``nox -s release`` builds the sdist and wheel, then runs this module, which writes:

- ``kz-networks-data-<data version>.zip``: ``datapackage.json``, every CSV it lists,
  the data licence and a README, and ``kz-networks-data-<data version>.sqlite``, the
  same data as one SQLite database: the very files of the book's downloads page
  (:mod:`kznetworks.book.downloads`, built by :mod:`kznetworks.data.export`);
- ``kz-networks-website-<version>.zip`` and ``kz-networks-<version>.pdf`` when the
  book has been rendered (``_book/``), and says clearly what it skipped otherwise;
- ``RELEASE_NOTES.md`` from the matching section of ``CHANGELOG.md``;
- ``SHA256SUMS`` over everything in ``dist/``.

Zip archives are deterministic: entries sorted, timestamps fixed to
``SOURCE_DATE_EPOCH`` (or 1980-01-01), permissions fixed, so two runs from the same
commit give the same checksums.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from kznetworks.book.structure import project_root
from kznetworks.data import export

__all__ = [
    "build_release",
    "data_bundle_members",
    "deterministic_zip",
    "main",
    "release_notes",
    "sha256sums",
]


def deterministic_zip(members: Iterable[tuple[str, bytes]], dest: Path) -> Path:
    """Write a zip whose bytes depend only on the members' names and contents.

    Parameters
    ----------
    members : iterable of (str, bytes)
        Archive names and contents.
    dest : pathlib.Path
        The zip file to write.

    Returns
    -------
    pathlib.Path
        ``dest``: entries dated ``SOURCE_DATE_EPOCH`` (or 1980-01-01), see
        :func:`kznetworks.data.export.deterministic_zip`.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> a = deterministic_zip([("b.txt", b"2"), ("a.txt", b"1")], d / "a.zip").read_bytes()
    >>> a == deterministic_zip([("a.txt", b"1"), ("b.txt", b"2")], d / "b.zip").read_bytes()
    True
    """
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", export.ZIP_EPOCH))
    dest.write_bytes(export.deterministic_zip(members, epoch))
    return dest


def data_bundle_members(root: Path) -> list[tuple[str, bytes]]:
    """The files of the data archive: descriptor, every resource, licence and README.

    Parameters
    ----------
    root : pathlib.Path
        The project root.

    Returns
    -------
    list of (str, bytes)
        Archive names (under ``kz-networks-data/``) and contents.

    Examples
    --------
    >>> from kznetworks.book.structure import project_root
    >>> names = [name for name, _ in data_bundle_members(project_root())]
    >>> names[0]
    'kz-networks-data/datapackage.json'
    """
    licence = (root / "LICENSE-DATA").read_bytes()
    return export.zip_members(licence, root / "data" / "datapackage.json")


def release_notes(changelog: str, version: str) -> str:
    r"""Take the section of ``CHANGELOG.md`` for ``version`` (or Unreleased).

    Parameters
    ----------
    changelog : str
        The changelog text (Keep a Changelog headings ``## [x.y.z]``).
    version : str
        The version being released.

    Returns
    -------
    str
        The section's text under a heading naming the version.

    Examples
    --------
    >>> release_notes("# C\n\n## [1.0.0]\n- a\n\n## [0.9.0]\n- b\n", "1.0.0")
    '# kz-networks 1.0.0\n\n- a\n'
    """
    sections = re.split(r"^## ", changelog, flags=re.MULTILINE)[1:]
    chosen = None
    for section in sections:
        title, _, body = section.partition("\n")
        if title.strip().startswith(f"[{version}]"):
            chosen = body
            break
    if chosen is None:
        chosen = next((s.partition("\n")[2] for s in sections if s.startswith("[Unreleased]")), "")
    return f"# kz-networks {version}\n\n{chosen.strip()}\n"


def sha256sums(folder: Path) -> str:
    """``SHA256SUMS`` text for every file in ``folder`` (sorted, itself excluded).

    Parameters
    ----------
    folder : pathlib.Path
        The release folder.

    Returns
    -------
    str
        Lines of ``<hex>  <name>``, as ``sha256sum`` prints them.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_bytes(b"")
    >>> sha256sums(folder).split()[1]
    'a.txt'
    """
    lines = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != "SHA256SUMS":
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}")
    return "\n".join(lines) + "\n"


def build_release(root: Path, dist: Path) -> list[str]:
    """Write the data archive, book archives, notes and checksums into ``dist``.

    The sdist and wheel are built beforehand (by ``nox -s release``).

    Parameters
    ----------
    root : pathlib.Path
        The project root.
    dist : pathlib.Path
        The output folder.

    Returns
    -------
    list of str
        Messages: what was written and what was skipped, and why.

    Examples
    --------
    >>> import tempfile
    >>> from kznetworks.book.structure import project_root
    >>> messages = build_release(project_root(), Path(tempfile.mkdtemp()))
    >>> messages[0].startswith("wrote kz-networks-data-")
    True
    """
    sys.path.insert(0, str(root / "src"))
    from kznetworks import __version__

    dist.mkdir(parents=True, exist_ok=True)
    messages = []
    descriptor = json.loads((root / "data" / "datapackage.json").read_text(encoding="utf-8"))
    # the data files are dated 1980-01-01, as on the book's downloads page
    data_zip = dist / f"kz-networks-data-{descriptor['version']}.zip"
    data_zip.write_bytes(export.deterministic_zip(data_bundle_members(root)))
    messages.append(f"wrote {data_zip.name}")
    database = dist / f"kz-networks-data-{descriptor['version']}.sqlite"
    database.write_bytes(export.sqlite_bytes(root / "data" / "datapackage.json"))
    messages.append(f"wrote {database.name}")
    book = root / "_book"
    if (book / "index.html").is_file():
        site = [
            (f"kz-networks-website/{p.relative_to(book).as_posix()}", p.read_bytes())
            for p in book.rglob("*")
            if p.is_file()
        ]
        deterministic_zip(site, dist / f"kz-networks-website-{__version__}.zip")
        messages.append(f"wrote kz-networks-website-{__version__}.zip")
    else:
        messages.append(
            "SKIPPED the website archive: _book/index.html not found (render the book "
            "first with `nox -s book`, which needs Quarto)"
        )
    pdf = book / "kz-networks.pdf"
    if pdf.is_file():
        shutil.copyfile(pdf, dist / f"kz-networks-{__version__}.pdf")
        messages.append(f"copied kz-networks-{__version__}.pdf")
    else:
        messages.append("SKIPPED the PDF: _book/kz-networks.pdf not found (needs Quarto)")
    notes = release_notes((root / "CHANGELOG.md").read_text(encoding="utf-8"), __version__)
    (dist / "RELEASE_NOTES.md").write_text(notes, encoding="utf-8")
    messages.append("wrote RELEASE_NOTES.md")
    (dist / "SHA256SUMS").write_text(sha256sums(dist), encoding="utf-8")
    messages.append("wrote SHA256SUMS")
    return messages


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m kznetworks.tools.release [--root R] [--dist D]``.

    Parameters
    ----------
    argv : list of str, optional
        Arguments; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0 once the bundle is written.

    Examples
    --------
    >>> import tempfile
    >>> main(["--dist", tempfile.mkdtemp()])  # doctest: +SKIP
    wrote ...
    0
    """
    parser = argparse.ArgumentParser(description="Assemble the release bundle.")
    parser.add_argument("--root", type=Path, default=project_root())
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    for message in build_release(args.root.resolve(), args.dist.resolve()):
        print(message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
