"""Read the book's structure and run its chapters' Python without Quarto.

Quarto executes a chapter's ``{python}`` cells, and its inline `` `{python} expr` ``
expressions, in a Jupyter kernel. This module does the same with ``nbformat`` and
``nbclient``, so the test suite can prove every chapter runs on a machine where
Quarto is not installed. It also parses chapters for the structure checks
(labels, cross-references, citations, titles).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "Chapter",
    "ChapterExecutionError",
    "book_files",
    "execute_chapter",
    "find_project_root",
    "parse_chapter",
]

_FENCE_OPEN = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
_PY_CELL = re.compile(r"^\{python\b[^}]*\}$")
_INLINE = re.compile(r"`\{python\}\s+([^`]+)`")
_OPTION = re.compile(r"^#\|\s*(?P<key>[\w-]+)\s*:\s*(?P<value>.*)$")
_HEADING_LABEL = re.compile(r"^#{1,6}\s.*\{#(?P<label>[\w-]+)[^}]*\}\s*$")
_ATTR_LABEL = re.compile(r"\{#(?P<label>(?:fig|tbl|sec|eq|lst)-[\w-]+)[^}]*\}")
_XREF = re.compile(r"(?<![\w@])@(?P<label>(?:fig|tbl|sec|eq|lst)-[\w-]*\w)")
_CITE = re.compile(r"(?<![\w@.\\])-?@(?P<key>[A-Za-z_][\w:.#$%&+?<>~/-]*\w|[A-Za-z_])")


_KERNEL_NAME = "kznetworks-python"


class ChapterExecutionError(RuntimeError):
    """Raised when a chapter's code fails; names the chapter, cell and error.

    Examples
    --------
    >>> str(ChapterExecutionError("x.qmd: cell 2 (cell, line 9) raised KeyError: 'a'"))
    "x.qmd: cell 2 (cell, line 9) raised KeyError: 'a'"
    """


@dataclass
class Chapter:
    """A parsed Quarto chapter.

    Parameters
    ----------
    path : pathlib.Path
        The ``.qmd`` file.
    front_matter : dict
        Its YAML front matter.
    cells : list of dict
        The ``{python}`` cells in order, each with ``source``, ``options`` and
        ``line`` (1-based line of the opening fence), plus inline expressions as
        cells of kind ``inline``.
    prose : str
        The text outside code blocks, front matter and inline code.

    Examples
    --------
    >>> chapter = parse_chapter(find_project_root() / "chapters" / "regions.qmd")
    >>> chapter.title, "fig-akim-tenure" in chapter.labels
    ('Regions and parliament', True)
    """

    path: Path
    front_matter: dict[str, Any]
    cells: list[dict[str, Any]] = field(default_factory=list)
    prose: str = ""
    labels: list[str] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        """The chapter title: front-matter ``title`` or the first level-1 heading."""
        if self.front_matter.get("title"):
            return str(self.front_matter["title"])
        for line in self.prose.splitlines():
            if line.startswith("# "):
                return re.sub(r"\{[^}]*\}", "", line[2:]).strip()
        return None

    @property
    def cross_references(self) -> list[str]:
        """Labels referenced as ``@fig-``, ``@tbl-``, ``@sec-`` ... in the prose."""
        return _XREF.findall(self.prose)

    @property
    def citations(self) -> list[str]:
        """Citation keys (``@key``) used in the prose, cross-references excluded."""
        keys = []
        for match in _CITE.finditer(self.prose):
            key = match.group("key")
            if not re.match(r"(fig|tbl|sec|eq|lst)-", key):
                keys.append(key)
        return keys


def find_project_root(start: Path | None = None) -> Path:
    """Return the nearest folder at or above ``start`` that holds ``_quarto.yml``.

    Parameters
    ----------
    start : pathlib.Path, optional
        Where to start looking; the current folder by default.

    Returns
    -------
    pathlib.Path
        The book project's root folder.

    Examples
    --------
    >>> (find_project_root() / "_quarto.yml").is_file()
    True
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "_quarto.yml").is_file():
            return folder
    raise FileNotFoundError(f"No _quarto.yml at or above {here}")


def _walk_chapters(entries: list[Any]) -> list[str]:
    out: list[str] = []
    for entry in entries:
        if isinstance(entry, str):
            out.append(entry)
        elif isinstance(entry, dict):
            if "part" in entry and str(entry["part"]).endswith(".qmd"):
                out.append(str(entry["part"]))
            out.extend(_walk_chapters(entry.get("chapters", [])))
            if "href" in entry:
                out.append(str(entry["href"]))
    return out


def book_files(root: Path | None = None) -> list[Path]:
    """List the book's source files in reading order, as ``_quarto.yml`` names them.

    Parameters
    ----------
    root : pathlib.Path, optional
        The project root; found with :func:`find_project_root` by default.

    Returns
    -------
    list of pathlib.Path
        Chapters and appendices (``.qmd`` and ``.md``), in order.

    Examples
    --------
    >>> book_files()[0].name
    'index.qmd'
    """
    root = root or find_project_root()
    config = yaml.safe_load((root / "_quarto.yml").read_text(encoding="utf-8"))
    book = config.get("book", {})
    names = _walk_chapters(book.get("chapters", [])) + _walk_chapters(book.get("appendices", []))
    return [root / name for name in names]


def _split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            meta = yaml.safe_load(text[4:end]) or {}
            body_start = text.find("\n", end + 4) + 1
            return meta, text[body_start:], text[:body_start].count("\n")
    return {}, text, 0


def parse_chapter(path: Path) -> Chapter:
    """Parse a ``.qmd`` file into front matter, Python cells, prose and labels.

    Parameters
    ----------
    path : pathlib.Path
        The chapter file.

    Returns
    -------
    Chapter
        The parsed chapter; inline expressions become cells of kind ``inline``
        placed where they occur.

    Examples
    --------
    >>> ch = parse_chapter(find_project_root() / "index.qmd")
    >>> ch.title is not None
    True
    """
    text = path.read_text(encoding="utf-8")
    meta, body, offset = _split_front_matter(text)
    chapter = Chapter(path=path, front_matter=meta)
    prose_lines: list[str] = []
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        opened = _FENCE_OPEN.match(line)
        if opened:
            fence, info = opened.group("fence"), opened.group("info").strip()
            start = i
            i += 1
            block: list[str] = []
            while i < len(lines) and not (
                lines[i].startswith(fence[0] * len(fence)) and not lines[i].strip(fence[0]).strip()
            ):
                block.append(lines[i])
                i += 1
            i += 1  # closing fence
            if _PY_CELL.match(info):
                options = {}
                for code_line in block:
                    opt = _OPTION.match(code_line)
                    if opt:
                        options[opt.group("key")] = yaml.safe_load(opt.group("value"))
                chapter.cells.append(
                    {
                        "kind": "cell",
                        "source": "\n".join(block),
                        "options": options,
                        "line": offset + start + 1,
                    }
                )
                if "label" in options:
                    chapter.labels.append(str(options["label"]))
            continue
        for match in _INLINE.finditer(line):
            chapter.cells.append(
                {
                    "kind": "inline",
                    "source": match.group(1).strip(),
                    "options": {},
                    "line": offset + i + 1,
                }
            )
        heading = _HEADING_LABEL.match(line)
        if heading:
            chapter.labels.append(heading.group("label"))
        else:
            chapter.labels.extend(m.group("label") for m in _ATTR_LABEL.finditer(line))
        prose_lines.append(re.sub(r"`[^`]*`", "", line))
        i += 1
    chapter.prose = "\n".join(prose_lines)
    return chapter


def to_notebook(chapter: Chapter) -> Any:
    """Turn a parsed chapter into an ``nbformat`` notebook, one code cell per item.

    Inline expressions become cells that ``print`` the expression's value, as Quarto
    inserts its string form into the text.

    Parameters
    ----------
    chapter : Chapter
        A chapter from :func:`parse_chapter`.

    Returns
    -------
    nbformat.NotebookNode
        A notebook for the ``python3`` kernel.
    """
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for cell in chapter.cells:
        source = cell["source"] if cell["kind"] == "cell" else f"print({cell['source']})"
        nb.cells.append(nbformat.v4.new_code_cell(source))
    return nb


def execute_chapter(
    path: Path, root: Path | None = None, timeout: int = 300, target: str = "html"
) -> Any:
    """Execute a chapter's Python cells and inline expressions in a Jupyter kernel.

    The kernel starts in the project root, as Quarto's does for a book.

    Parameters
    ----------
    path : pathlib.Path
        The chapter file.
    root : pathlib.Path, optional
        Working directory of the kernel; the project root by default.
    timeout : int, default 300
        Seconds allowed for each cell.
    target : {"html", "typst"}, default "html"
        The output format to execute for, as Quarto runs each chapter once per format
        (see :func:`kznetworks.render.target`).

    Returns
    -------
    nbformat.NotebookNode
        The executed notebook (outputs included).

    Raises
    ------
    ChapterExecutionError
        Naming the chapter, the cell number (1-based, counting inline expressions),
        its line in the file and the error.

    Examples
    --------
    >>> nb = execute_chapter(find_project_root() / "chapters" / "citing.qmd")
    >>> len(nb.cells) > 0
    True
    """
    from nbclient import NotebookClient

    chapter = parse_chapter(path)
    root = root or find_project_root(path.parent)
    nb = to_notebook(chapter)
    env = {**os.environ, "KZNETWORKS_TARGET": target}
    with tempfile.TemporaryDirectory() as kernels:
        manager = _kernel_manager(Path(kernels))
        client = NotebookClient(
            nb, km=manager, timeout=timeout, resources={"metadata": {"path": str(root)}}
        )
        return _run(client, nb, chapter, path, env)


def _kernel_manager(folder: Path) -> Any:
    """A kernel manager whose only kernel is ipykernel on *this* interpreter.

    Quarto is pointed at an interpreter with ``QUARTO_PYTHON``; the tests do the
    same here, so a ``python3`` kernelspec elsewhere on the machine cannot run the
    chapters with another Python that lacks the package.
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


def _run(client: Any, nb: Any, chapter: Chapter, path: Path, env: dict[str, str]) -> Any:
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
            cell = chapter.cells[index]
            where = f"cell {index + 1} ({cell['kind']}, line {cell['line']})"
        name = getattr(err, "ename", "Error")
        value = getattr(err, "evalue", str(err))
        raise ChapterExecutionError(f"{path.name}: {where} raised {name}: {value}") from None
    return nb
