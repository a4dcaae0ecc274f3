"""The book's structure: its files in reading order, and each chapter's parts.

``_quarto.yml`` lists the chapters (the table of contents); each ``.qmd`` file has
front matter, Python cells, inline expressions and labelled sections, tables and
figures. This module reads them without Quarto: for the links the book's tables make
to its chapters (:func:`labels`), for running chapters in the tests
(:mod:`kznetworks.tools.chapter_runner`) and for the structure checks.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kznetworks.data.errors import expect_type
from kznetworks.data.locate import datapackage_path

__all__ = [
    "Chapter",
    "Section",
    "book_files",
    "labels",
    "parse_chapter",
    "project_root",
    "topics",
]

_FENCE_OPEN = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
_PY_CELL = re.compile(r"^\{python\b[^}]*\}$")
_INLINE = re.compile(r"`\{python\}\s+([^`]+)`")
_OPTION = re.compile(r"^#\|\s*(?P<key>[\w-]+)\s*:\s*(?P<value>.*)$")
_HEADING_LABEL = re.compile(r"^#{1,6}\s.*\{#(?P<label>[\w-]+)[^}]*\}\s*$")
_ATTR_LABEL = re.compile(r"\{#(?P<label>(?:fig|tbl|sec|eq|lst)-[\w-]+)[^}]*\}")
_XREF = re.compile(r"(?<![\w@])@(?P<label>(?:fig|tbl|sec|eq|lst)-[\w-]*\w)")
_CITE = re.compile(r"(?<![\w@.\\])-?@(?P<key>[A-Za-z_][\w:.#$%&+?<>~/-]*\w|[A-Za-z_])")


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
    >>> chapter = parse_chapter(project_root() / "chapters" / "regions.qmd")
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


def project_root() -> Path:
    """The folder of the book project (the one holding ``_quarto.yml``).

    Quarto names it while it renders: ``QUARTO_PROJECT_ROOT`` for the chapters' code,
    ``QUARTO_PROJECT_DIR`` for the pre- and post-render steps. Otherwise it is the
    checkout the package is imported from (with an editable install, that checkout
    may be another copy of the book than the one being rendered). The current folder
    is never searched.

    Returns
    -------
    pathlib.Path
        The project root.

    Raises
    ------
    FileNotFoundError
        When the package runs outside a checkout of the book.

    Examples
    --------
    >>> (project_root() / "_quarto.yml").is_file()
    True
    """
    named = [os.environ.get(k) for k in ("QUARTO_PROJECT_ROOT", "QUARTO_PROJECT_DIR")]
    candidates = [Path(n) for n in named if n]
    candidates.append(datapackage_path().parent.parent)
    for root in candidates:
        if (root / "_quarto.yml").is_file():
            return root.resolve()
    raise FileNotFoundError(
        "the book's _quarto.yml was not found: the package is not running from a checkout "
        "of the kz-networks book"
    )


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


def _root(root: object) -> Path:
    """The project root given by a caller (checked), or :func:`project_root`."""
    if root is None:
        return project_root()
    expect_type("root", root, str | Path, "the project folder (a str or Path)")
    if not (Path(root) / "_quarto.yml").is_file():
        raise FileNotFoundError(f"root must be the project folder, holding _quarto.yml; got {root}")
    return Path(root)


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
    root = _root(root)
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
    >>> ch = parse_chapter(project_root() / "index.qmd")
    >>> ch.title is not None
    True
    """
    path = Path(expect_type("path", path, str | Path, "a chapter's path (a str or Path)"))
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


@dataclass(frozen=True)
class Section:
    """Where a labelled part of the book is: its page and its title.

    Parameters
    ----------
    label : str
        The label, e.g. ``"sec-regions"``.
    page : str
        The HTML page, relative to the site root, e.g. ``"chapters/regions.html"``.
    title : str
        The chapter's title.

    Examples
    --------
    >>> Section("sec-x", "chapters/x.html", "X").href("../")
    '../chapters/x.html#sec-x'
    """

    label: str
    page: str
    title: str

    def href(self, offset: str = "") -> str:
        """Link to the labelled element from a page ``offset`` away from the site root."""
        return f"{offset}{self.page}#{self.label}"


@cache
def _labels(root: str) -> dict[str, Section]:
    found: dict[str, Section] = {}
    base = Path(root)
    for path in book_files(base):
        if path.suffix not in (".qmd", ".md") or not path.is_file():
            continue
        chapter = parse_chapter(path)
        page = path.relative_to(base).with_suffix(".html").as_posix()
        for label in chapter.labels:
            found.setdefault(label, Section(label, page, chapter.title or label))
    return found


def labels(root: Path | None = None) -> dict[str, Section]:
    """Every label of the book (sections, tables, figures) with its page and chapter title.

    Parameters
    ----------
    root : pathlib.Path, optional
        The project root; :func:`project_root` by default.

    Returns
    -------
    dict
        Label to :class:`Section`.

    Examples
    --------
    >>> labels()["sec-regions"].page
    'chapters/regions.html'
    """
    return _labels(str(_root(root)))


@cache
def _topics(root: str) -> dict[str, Section]:
    found: dict[str, Section] = {}
    base = Path(root)
    for path in book_files(base):
        if path.suffix != ".qmd" or not path.is_file():
            continue
        chapter = parse_chapter(path)
        declared = chapter.front_matter.get("kz-topics", []) or []
        label = next((x for x in chapter.labels if x.startswith("sec-")), None)
        if declared and label is None:
            raise ValueError(f"{path.name} declares kz-topics but its title has no sec- label")
        for topic in declared:
            if topic in found:
                raise ValueError(
                    f"topic {topic!r} is declared by two chapters: {found[topic].page} and "
                    f"{path.relative_to(base).as_posix()}"
                )
            page = path.relative_to(base).with_suffix(".html").as_posix()
            found[str(topic)] = Section(str(label), page, chapter.title or str(label))
    return found


def topics(root: Path | None = None) -> dict[str, Section]:
    """Which chapter discusses each topic of the claims (each chapter's ``kz-topics``).

    Parameters
    ----------
    root : pathlib.Path, optional
        The project root; :func:`project_root` by default.

    Returns
    -------
    dict
        Topic to the :class:`Section` of the chapter that declares it.

    Raises
    ------
    ValueError
        When two chapters declare the same topic.

    Examples
    --------
    >>> topics()["akims"].label
    'sec-regions'
    """
    return _topics(str(_root(root)))
