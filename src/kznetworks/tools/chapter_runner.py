"""Run the book's chapters without Quarto: every Python cell and inline expression.

Quarto executes a chapter's ``{python}`` cells, and its inline `` `{python} expr` ``
expressions, in a Jupyter kernel. This module does the same with ``nbformat`` and
``nbclient``, so the test suite proves every chapter runs on a machine where Quarto is
not installed. The kernel gets the environment Quarto gives it (the project root and
the document's folder, and the output format), so the chapter computes what it
computes under Quarto.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from kznetworks.book.structure import Chapter, parse_chapter, project_root

__all__ = [
    "ChapterExecutionError",
    "execute_chapter",
    "execute_formats",
    "kernel_manager",
    "to_notebook",
]

_KERNEL_NAME = "kznetworks-python"


class ChapterExecutionError(RuntimeError):
    """Raised when a chapter's code fails; names the chapter, cell and error.

    Examples
    --------
    >>> str(ChapterExecutionError("x.qmd: cell 2 (cell, line 9) raised KeyError: 'a'"))
    "x.qmd: cell 2 (cell, line 9) raised KeyError: 'a'"
    """


def to_notebook(chapter: Chapter, targets: tuple[str, ...] = ("html",)) -> Any:
    """Turn a parsed chapter into an ``nbformat`` notebook, one code cell per item.

    Inline expressions become cells that ``print`` the expression's value, as Quarto
    inserts its string form into the text. With several output formats, the chapter's
    cells follow each other once per format, each run after a cell that switches the
    format (``KZNETWORKS_TARGET``), in one kernel.

    Parameters
    ----------
    chapter : Chapter
        A chapter from :func:`~kznetworks.book.structure.parse_chapter`.
    targets : tuple of str, default ("html",)
        The output formats, in order.

    Returns
    -------
    nbformat.NotebookNode
        A notebook for the ``python3`` kernel.

    Examples
    --------
    >>> chapter = parse_chapter(project_root() / "chapters" / "citing.qmd")
    >>> len(to_notebook(chapter, ("html", "typst")).cells) == 2 * len(chapter.cells) + 1
    True
    """
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for number, target in enumerate(targets):
        if number:
            nb.cells.append(
                nbformat.v4.new_code_cell(
                    f"import os\nos.environ['KZNETWORKS_TARGET'] = {target!r}"
                )
            )
        for cell in chapter.cells:
            source = cell["source"] if cell["kind"] == "cell" else f"print({cell['source']})"
            nb.cells.append(nbformat.v4.new_code_cell(source))
    return nb


def execute_formats(
    path: Path, root: Path | None = None, timeout: int = 300, targets: tuple[str, ...] = ("html",)
) -> dict[str, Any]:
    """Execute a chapter for one or more output formats, in one Jupyter kernel.

    The kernel starts in the chapter's folder with the environment Quarto gives it
    (``QUARTO_PROJECT_ROOT``, ``QUARTO_DOCUMENT_PATH``) and the output format in
    ``KZNETWORKS_TARGET`` (see :func:`kznetworks.book.render.target`).

    Parameters
    ----------
    path : pathlib.Path
        The chapter file.
    root : pathlib.Path, optional
        The project root; :func:`~kznetworks.book.structure.project_root` by default.
    timeout : int, default 300
        Seconds allowed for each cell.
    targets : tuple of str, default ("html",)
        The output formats (``"html"``, ``"typst"``), run one after the other.

    Returns
    -------
    dict
        For each format, a notebook whose cells are the chapter's cells (inline
        expressions included), in order, with their outputs.

    Raises
    ------
    ChapterExecutionError
        Naming the chapter, the format, the cell number (1-based, counting inline
        expressions), its line in the file and the error.

    Examples
    --------
    >>> runs = execute_formats(project_root() / "chapters" / "citing.qmd")  # doctest: +SKIP
    >>> sorted(runs)  # doctest: +SKIP
    ['html']
    """
    import nbformat
    from nbclient import NotebookClient

    chapter = parse_chapter(path)
    root = (root or project_root()).resolve()
    nb = to_notebook(chapter, targets)
    # what Quarto tells a kernel: the project, the document's folder, the output format
    env = {
        **os.environ,
        "KZNETWORKS_TARGET": targets[0],
        "QUARTO_PROJECT_ROOT": str(root),
        "QUARTO_DOCUMENT_PATH": str(path.resolve().parent),
        "QUARTO_DOCUMENT_FILE": path.name,
    }
    with tempfile.TemporaryDirectory() as kernels:
        manager = kernel_manager(Path(kernels))
        folder = str(path.resolve().parent)
        client = NotebookClient(
            nb, km=manager, timeout=timeout, resources={"metadata": {"path": folder}}
        )
        try:
            _run(client, nb, chapter, path, env, targets)
        finally:
            # the client does not own a kernel manager it is given: stop the kernel here
            if manager.has_kernel:
                manager.shutdown_kernel(now=True)
    runs = {}
    per = len(chapter.cells)
    for number, target in enumerate(targets):
        # format k's cells start at k * (per + 1), after the cell that switches to it
        start = number * (per + 1)
        run = nbformat.v4.new_notebook()
        run.metadata = nb.metadata
        run.cells = nb.cells[start : start + per]
        runs[target] = run
    return runs


def execute_chapter(
    path: Path, root: Path | None = None, timeout: int = 300, target: str = "html"
) -> Any:
    """Execute a chapter's Python cells and inline expressions for one output format.

    Parameters
    ----------
    path : pathlib.Path
        The chapter file.
    root : pathlib.Path, optional
        The project root; found by default.
    timeout : int, default 300
        Seconds allowed for each cell.
    target : {"html", "typst"}, default "html"
        The output format to execute for, as Quarto runs each chapter once per format.

    Returns
    -------
    nbformat.NotebookNode
        The executed notebook (outputs included).

    Raises
    ------
    ChapterExecutionError
        Naming the chapter, the cell and its line, and the error.

    Examples
    --------
    >>> nb = execute_chapter(project_root() / "chapters" / "citing.qmd")
    >>> len(nb.cells) > 0
    True
    """
    return execute_formats(path, root, timeout, (target,))[target]


def kernel_manager(folder: Path) -> Any:
    """A kernel manager whose only kernel is ipykernel on *this* interpreter.

    Quarto is pointed at an interpreter with ``QUARTO_PYTHON``; the tests do the
    same here, so a ``python3`` kernelspec elsewhere on the machine cannot run the
    chapters with another Python that lacks the package. The kernel talks over local
    sockets (IPC) in ``folder``, not loopback TCP.

    Parameters
    ----------
    folder : pathlib.Path
        A private folder for the kernelspec and the sockets.

    Returns
    -------
    jupyter_client.manager.KernelManager
        Not started.

    Examples
    --------
    >>> import tempfile
    >>> kernel_manager(Path(tempfile.mkdtemp())).transport
    'ipc'
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec_dir = folder / _KERNEL_NAME
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python (kznetworks)",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    specs = KernelSpecManager(kernel_dirs=[str(folder)], ensure_native_kernel=False)
    # local sockets (IPC) in the temporary folder, not loopback TCP
    return KernelManager(
        kernel_name=_KERNEL_NAME,
        kernel_spec_manager=specs,
        transport="ipc",
        ip=str(folder / "kernel"),
    )


def _run(
    client: Any,
    nb: Any,
    chapter: Chapter,
    path: Path,
    env: dict[str, str],
    targets: tuple[str, ...],
) -> None:
    from nbclient.exceptions import CellExecutionError

    try:
        client.execute(env=env)
    except CellExecutionError as err:
        index = next(
            (
                n
                for n, c in enumerate(nb.cells)
                if any(o.get("output_type") == "error" for o in c.get("outputs", []))
            ),
            None,
        )
        where = "an unknown cell"
        if index is not None:
            number, offset = divmod(index, len(chapter.cells) + 1)
            cell = chapter.cells[min(offset, len(chapter.cells) - 1)]
            target = f" for {targets[number]}" if len(targets) > 1 else ""
            where = f"cell {offset + 1} ({cell['kind']}, line {cell['line']}){target}"
        name = getattr(err, "ename", "Error")
        value = getattr(err, "evalue", str(err))
        raise ChapterExecutionError(f"{path.name}: {where} raised {name}: {value}") from None
