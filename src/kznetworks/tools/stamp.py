"""Whether a build step's outputs are current: a stamp of the bytes it read and wrote.

Quarto runs the pre- and post-render steps (``analysis/site_assets.py``,
``analysis/downloads.py``) on every render, also when nothing changed. Each step
writes, next to its outputs, a *stamp*: a digest of every file it reads, then the
sha256 of every file it wrote. When the stamp still matches, the step has nothing to
do and need not import the package (pandas alone takes most of a second).

This module imports only the standard library, for that reason.

Examples
--------
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> (folder / "in.csv").write_text("a,b\\n", encoding="utf-8")
4
>>> (folder / "out.txt").write_text("built\\n", encoding="utf-8")
6
>>> key = digest([folder / "in.csv"], "v1")
>>> write(folder / "STAMP", key, [folder / "out.txt"])
>>> is_current(folder / "STAMP", key, [folder / "out.txt"])
True
>>> _ = (folder / "out.txt").write_text("edited\\n", encoding="utf-8")
>>> is_current(folder / "STAMP", key, [folder / "out.txt"])
False
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

__all__ = ["digest", "inputs", "is_current", "write"]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def inputs(root: Path) -> list[Path]:
    """Every file the generated site assets can depend on: the data and the package.

    Parameters
    ----------
    root : pathlib.Path
        The project root.

    Returns
    -------
    list of pathlib.Path
        The files under ``data/`` and the Python files under ``src/kznetworks/``,
        sorted.

    Examples
    --------
    >>> from kznetworks.book.structure import project_root
    >>> names = [p.name for p in inputs(project_root())]
    >>> "datapackage.json" in names and "stamp.py" in names
    True
    """
    data = [p for p in (root / "data").rglob("*") if p.is_file()]
    code = list((root / "src" / "kznetworks").rglob("*.py"))
    return sorted(data + code)


def digest(files: Iterable[Path], *parts: str) -> str:
    """A digest of the names and bytes of ``files`` and of any further text.

    Parameters
    ----------
    files : iterable of pathlib.Path
        What a step reads (a missing file counts as such).
    *parts : str
        Anything else its output depends on, such as a library's version.

    Returns
    -------
    str
        A hex digest.

    Examples
    --------
    >>> digest([], "vl-convert 1.9.0") == digest([], "vl-convert 1.9.0")
    True
    >>> digest([], "vl-convert 1.9.0") == digest([], "vl-convert 2.0.0")
    False
    """
    total = hashlib.sha256()
    for part in parts:
        total.update(part.encode("utf-8") + b"\0")
    for path in files:
        content = _sha256(path) if path.is_file() else "<missing>"
        total.update(f"{path.as_posix()}\0{content}\0".encode())
    return total.hexdigest()


def _lines(key: str, outputs: Iterable[Path]) -> list[str]:
    return [key, *(f"{_sha256(p)}  {p.name}" for p in outputs)]


def is_current(stamp: Path, key: str, outputs: Iterable[Path]) -> bool:
    """Whether ``stamp`` records ``key`` and the present bytes of every output.

    Parameters
    ----------
    stamp : pathlib.Path
        The stamp file.
    key : str
        From :func:`digest`, of what the step reads now.
    outputs : iterable of pathlib.Path
        What the step writes; a missing or edited one makes the stamp stale.

    Returns
    -------
    bool
        True when the step has nothing to do.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> is_current(folder / "STAMP", digest([]), [])  # no stamp written yet
    False
    """
    outputs = list(outputs)
    if not stamp.is_file() or not all(p.is_file() for p in outputs):
        return False
    return stamp.read_text(encoding="utf-8").splitlines() == _lines(key, outputs)


def write(stamp: Path, key: str, outputs: Iterable[Path]) -> None:
    """Record ``key`` and the bytes of the outputs just written.

    Parameters
    ----------
    stamp : pathlib.Path
        The stamp file (its folder is created).
    key : str
        From :func:`digest`.
    outputs : iterable of pathlib.Path
        What the step wrote.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write(folder / "STAMP", digest([], "v1"), [])
    >>> is_current(folder / "STAMP", digest([], "v1"), [])
    True
    """
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text("\n".join(_lines(key, outputs)) + "\n", encoding="utf-8")
