"""Keep ``_freeze/`` true to the data: find (and remove) frozen output that is out of date.

Quarto re-executes a chapter only when its source changes (``freeze: auto``); a change
to the data or the package leaves its frozen output as it was, and the published book
would show old numbers. This module runs a chapter's Python (without Quarto), and
checks that every output it gives (each table, figure, note and inline value) is in
the chapter's frozen Markdown. ``nox -s book`` runs ``python -m kznetworks.tools.freeze
--prune`` first, which removes the stale freezes so Quarto executes those chapters
again; the test suite runs the same comparison and fails on a stale freeze.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from kznetworks.book.structure import book_files, project_root

__all__ = ["FORMATS", "freeze_file", "frozen_markdown", "main", "missing_outputs", "stale"]

#: Output formats: the kernel's target and the extension Quarto gives the freeze.
FORMATS = {"html": "html", "typst": "typ"}


def freeze_file(root: Path, chapter: Path, target: str) -> Path:
    """The freeze Quarto writes for a chapter and an output format.

    Parameters
    ----------
    root : pathlib.Path
        The project root.
    chapter : pathlib.Path
        The chapter.
    target : {"html", "typst"}
        The output format.

    Returns
    -------
    pathlib.Path
        ``_freeze/<chapter>/execute-results/<format>.json``.

    Examples
    --------
    >>> freeze_file(Path("/p"), Path("/p/chapters/x.qmd"), "typst").as_posix()
    '/p/_freeze/chapters/x/execute-results/typ.json'
    """
    relative = chapter.resolve().relative_to(root.resolve()).with_suffix("")
    return root / "_freeze" / relative / "execute-results" / f"{FORMATS[target]}.json"


def frozen_markdown(root: Path, chapter: Path, target: str) -> str | None:
    """The Markdown Quarto froze for a chapter and format, or ``None`` if there is none.

    Parameters
    ----------
    root : pathlib.Path
        The project root.
    chapter : pathlib.Path
        The chapter.
    target : {"html", "typst"}
        The output format.

    Returns
    -------
    str or None
        The executed chapter's Markdown.

    Examples
    --------
    >>> frozen_markdown(Path("/nowhere"), Path("/nowhere/a.qmd"), "html") is None
    True
    """
    path = freeze_file(root, chapter, target)
    if not path.is_file():
        return None
    return str(json.loads(path.read_text(encoding="utf-8"))["result"]["markdown"])


def _normal(text: str) -> str:
    """Text compared without backslash escapes and with spaces collapsed."""
    return re.sub(r"\s+", " ", text.replace("\\", "")).strip()


def _texts(output: dict[str, Any]) -> list[str]:
    if output.get("output_type") == "stream":
        return [str(output.get("text", ""))]
    bundle = output.get("data", {})
    for kind in ("text/markdown", "image/svg+xml"):
        if kind in bundle:
            return [] if kind == "image/svg+xml" else [str(bundle[kind])]
    return []


def missing_outputs(notebook: Any, frozen: str) -> list[str]:
    """The outputs of an executed chapter that its frozen Markdown does not hold.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The chapter executed for one format (see
        :mod:`kznetworks.tools.chapter_runner`).
    frozen : str
        The frozen Markdown for that format.

    Returns
    -------
    list of str
        The start of each output missing from the freeze (empty: the freeze is current).

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook()
    >>> cell = nbformat.v4.new_code_cell("print(2)")
    >>> cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="2.5\\n")]
    >>> nb.cells = [cell]
    >>> missing_outputs(nb, "the value is 2\\\\.5"), missing_outputs(nb, "the value is 3")
    ([], ['2.5'])
    """
    haystack = _normal(frozen)
    missing = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            for text in _texts(output):
                wanted = _normal(text)
                if wanted and wanted not in haystack:
                    missing.append(wanted[:120])
    return missing


def stale(root: Path | None = None, chapters: list[Path] | None = None) -> list[tuple[Path, str]]:
    """Chapters and formats whose freeze is missing or out of date.

    Each chapter is run (both formats, one kernel) and its outputs compared with the
    freeze.

    Parameters
    ----------
    root : pathlib.Path, optional
        The project root.
    chapters : list of pathlib.Path, optional
        The chapters to check; every executed chapter of the book by default.

    Returns
    -------
    list of (pathlib.Path, str)
        The chapter and the format of each stale freeze.

    Examples
    --------
    >>> stale(chapters=[])
    []
    """
    from kznetworks.tools.kernel_session import KernelSession

    root = (root or project_root()).resolve()
    if chapters is None:
        chapters = [
            p for p in book_files(root) if p.suffix == ".qmd" and "{python}" in p.read_text()
        ]
    if not chapters:
        return []
    found = []
    with KernelSession() as session:
        for chapter in chapters:
            runs = session.run(chapter, root=root, targets=tuple(FORMATS))
            for target, notebook in runs.items():
                frozen = frozen_markdown(root, chapter, target)
                if frozen is None or missing_outputs(notebook, frozen):
                    found.append((chapter, target))
    return found


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m kznetworks.tools.freeze [--prune]``.

    Parameters
    ----------
    argv : list of str, optional
        Arguments; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0; with ``--check``, 1 when a freeze is stale.

    Examples
    --------
    >>> main(["--check", "--chapters"])
    every freeze is current
    0
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prune", action="store_true", help="remove the stale freezes")
    parser.add_argument("--check", action="store_true", help="exit 1 when a freeze is stale")
    parser.add_argument("--chapters", nargs="*", type=Path, help="only these chapters")
    args = parser.parse_args(argv)
    root = project_root()
    chapters = [p.resolve() for p in args.chapters] if args.chapters is not None else None
    found = stale(root, chapters)
    for chapter, target in found:
        print(f"stale freeze: {chapter.relative_to(root)} ({target})")
        if args.prune:
            shutil.rmtree(freeze_file(root, chapter, target).parent.parent, ignore_errors=True)
    if not found:
        print("every freeze is current")
    elif args.prune:
        print(f"removed {len(found)} stale freeze(s): Quarto will execute those chapters again")
    return 1 if args.check and found else 0


if __name__ == "__main__":
    sys.exit(main())
