"""Where the book names each entity of the register, and links from a name to its entry.

- :func:`entry_href` and :class:`EntryLink`: a link to an entity's entry in the who's
  who (``chapters/whoswho.html#person-ablyazov-mukhtar`` on the website, one page per
  group of kinds, :data:`PAGES`; the entry of the index of names in the PDF);
- :func:`linked_names`: a table cell whose names link to their entries, from the
  register's resolution of every name printed in a table (``table_links``);
- :func:`chapters_by_entity`: the chapters that discuss each entity, because they
  print a table that names it or name it in their prose.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from kznetworks import data
from kznetworks.book import escape, render
from kznetworks.book.cells import Linked
from kznetworks.book.structure import Section, book_files, parse_chapter, project_root
from kznetworks.register import links as register_links
from kznetworks.register import names
from kznetworks.register.entries import anchor

__all__ = [
    "PAGES",
    "EntryLink",
    "chapters_by_entity",
    "entry_href",
    "linked_names",
    "name_href",
    "page_of",
    "table_mentions",
]

#: The who's-who pages: for each group, its page (from the site root) and the kinds of
#: entity it holds (one page for every entity would be over the page budget).
PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "people": ("chapters/whoswho.html", ("person",)),
    "parties": ("chapters/whoswho-parties.html", ("party", "bloc", "movement")),
    "bodies": (
        "chapters/whoswho-bodies.html",
        ("fpg", "tier", "company", "bank", "media", "org", "state", "place"),
    ),
}
_PAGE_OF = {kind: page for page, kinds in PAGES.values() for kind in kinds}
#: Kinds of spelling not looked for in prose (a translation such as "Justice" is a word).
_NOT_IN_PROSE = {"translation", "ocr"}
#: Marks the book adds to a printed cell (a repair's dagger), left out of its link.
_MARKS = "\u2020*"


def page_of(entity_id: str) -> str:
    """The who's-who page that holds an entity's entry, from the site root.

    Parameters
    ----------
    entity_id : str
        A register identifier (``kind:slug``; its kind is its prefix).

    Returns
    -------
    str
        The page of one of the groups of :data:`PAGES`.

    Raises
    ------
    ValueError
        If no page holds that kind of entity.

    Examples
    --------
    >>> page_of("party:nur-otan")
    'chapters/whoswho-parties.html'
    """
    kind = anchor(entity_id).split("-", 1)[0]
    if kind not in _PAGE_OF:
        raise ValueError(
            f"no who's-who page holds entities of kind {kind!r} ({entity_id}); "
            "add the kind to kznetworks.book.mentions.PAGES"
        )
    return _PAGE_OF[kind]


def entry_href(entity_id: str, offset: str | None = None) -> str:
    """The address of an entity's who's-who entry, from a page ``offset`` from the site root.

    Parameters
    ----------
    entity_id : str
        A register identifier.
    offset : str, optional
        The path from the linking page to the site root (:func:`render.page_offset`
        by default).

    Returns
    -------
    str
        E.g. ``"whoswho.html#person-ablyazov-mukhtar"`` from another chapter.

    Examples
    --------
    >>> entry_href("party:nur-otan", "")
    'chapters/whoswho-parties.html#party-nur-otan'
    """
    base = render.page_offset() if offset is None else offset
    page = page_of(entity_id)
    if base == "../" and page.startswith("chapters/"):
        # from another chapter, the entry is in the same folder
        base, page = "", page.removeprefix("chapters/")
    return f"{base}{page}#{anchor(entity_id)}"


def name_href(name: str, offset: str | None = None) -> str:
    """The address of the entry of the entity a printed name refers to, or ``""``.

    For charts, whose marks link to entries (Vega-Lite's ``href`` channel): a name
    that no entity has (a category such as "Independents") or that several share
    links nowhere.

    Parameters
    ----------
    name : str
        A name as a table prints it.
    offset : str, optional
        From the page to the site root (:func:`render.page_offset` by default).

    Returns
    -------
    str
        The entry's address, or ``""``.

    Examples
    --------
    >>> name_href("Nur Otan", ""), name_href("State List", "")
    ('chapters/whoswho-parties.html#party-nur-otan', '')
    """
    try:
        entity = names.resolve(str(name))
    except (KeyError, ValueError):
        return ""
    return entry_href(entity, offset)


@dataclass(frozen=True)
class EntryLink:
    """A name in a table that links to its entity's entry.

    Parameters
    ----------
    text : str
        The name as printed.
    entity_id : str
        Its entity.

    Examples
    --------
    >>> EntryLink("Kim", "person:kim-vladimir").html("../")
    '<a href="whoswho.html#person-kim-vladimir">Kim</a>'
    """

    text: str
    entity_id: str

    def __str__(self) -> str:
        return self.text

    def html(self, offset: str = "") -> str:
        """The link in HTML, relative to a page ``offset`` from the site root."""
        href = escape.html(entry_href(self.entity_id, offset))
        return f'<a href="{href}">{escape.html(self.text)}</a>'

    def markdown(self, base: str = "") -> str:
        """The link in Markdown, to the entry of the PDF's index of names."""
        return f"[{escape.markdown(self.text)}](#{anchor(self.entity_id)})"


@cache
def _links(stamp: str) -> dict[tuple[str, int, str], list[tuple[str, str]]]:
    links = data.load("table_links")
    out: dict[tuple[str, int, str], list[tuple[str, str]]] = {}
    for row in links.itertuples():
        entity = "" if pd.isna(row.entity_id) else str(row.entity_id)
        key = (str(row.resource), int(row.table_row), str(row.column))
        out.setdefault(key, []).append((str(row.mention), entity))
    return out


def _stamp(*names: str) -> str:
    pkg = data.package()
    return ":".join(str(pkg.resource(n).get("hash")) for n in names)


def linked_names(resource: str, row: int, column: str, text: str) -> str | Linked:
    """A table cell with each name the register resolves in it linked to its entry.

    Parameters
    ----------
    resource : str
        The table (a resource of the data package).
    row : int
        The row's ``row`` number.
    column : str
        The column.
    text : str
        The cell as shown.

    Returns
    -------
    str or Linked
        The text unchanged when it names no entity; otherwise the text with each name
        the register resolves as an :class:`EntryLink` (a repair's mark left out).

    Examples
    --------
    >>> cell = linked_names("financial_industrial_groups", 3, "name", "Kim, Vladimir/Ni, Vladimir")
    >>> [p.entity_id for p in cell.parts if isinstance(p, EntryLink)]
    ['person:kim-vladimir', 'person:ni-vladimir']
    """
    mentions = _links(_stamp("table_links")).get((resource, int(row), column), [])
    # the cell as shown may differ from the file (a repair, a note letter): split it as
    # the register split the file's text, and pair the pieces in order
    pieces = [p.rstrip(_MARKS).strip() for p in register_links.mentions(resource, column, text)]
    if len(pieces) != len(mentions):
        pieces = [m for m, _ in mentions]
    parts: list[str | EntryLink] = []
    at = 0
    for piece, (_, entity) in zip(pieces, mentions, strict=True):
        found = text.find(piece, at) if piece else -1
        if not entity or found < 0:
            continue
        if found > at:
            parts.append(text[at:found])
        parts.append(EntryLink(piece, entity))
        at = found + len(piece)
    if not parts:
        return text
    if at < len(text):
        parts.append(text[at:])
    return Linked(tuple(parts))


def _printed_calls(source: str) -> list[tuple[str, dict[str, object] | None]]:
    """The ``tables.printed(...)`` calls of a cell: resource and ``where``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    calls = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "printed"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            where = None
            for keyword in node.keywords:
                if keyword.arg == "where":
                    where = ast.literal_eval(keyword.value)
            calls.append((str(node.args[0].value), where))
    return calls


def table_mentions(resource: str, where: dict[str, object] | None = None) -> set[str]:
    """The entities named in the rows of a printed table (optionally only some rows).

    Parameters
    ----------
    resource : str
        The table.
    where : dict, optional
        Only the rows whose columns equal these values, as :func:`tables.printed` selects.

    Returns
    -------
    set of str
        Entity identifiers.

    Examples
    --------
    >>> "party:nur-otan" in table_mentions("party_membership_2008")
    True
    """
    links = data.load("table_links")
    links = links[(links["resource"] == resource) & (links["entity_id"].fillna("") != "")]
    if where:
        frame = data.load(resource)
        keep = pd.Series(True, index=frame.index)
        for column, value in where.items():
            keep &= (frame[column].astype("string") == str(value)).fillna(False).astype(bool)
        links = links[links["table_row"].isin(set(frame.loc[keep, "row"].astype(int)))]
    return set(links["entity_id"])


@cache
def _spellings(stamp: str) -> tuple[dict[tuple[str, ...], str], int]:
    aliases = data.load("aliases")
    entities = data.load("entities")
    found: dict[tuple[str, ...], set[str]] = {}
    pairs = [
        (a, e)
        for a, e, k in zip(
            aliases["alias"], aliases["entity_id"], aliases["alias_kind"], strict=True
        )
        if k not in _NOT_IN_PROSE
    ] + list(zip(entities["name"], entities["entity_id"], strict=True))
    for alias, entity in pairs:
        words = tuple(re.findall(r"[\w'\u2019.-]+", str(alias)))
        if not words or str(alias).islower() or (len(words) == 1 and len(words[0]) < 3):
            continue
        found.setdefault(words, set()).add(str(entity))
    unique = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    return unique, max((len(k) for k in unique), default=1)


def _prose_mentions(prose: str) -> set[str]:
    spellings, longest = _spellings(_stamp("aliases", "entities"))
    words = re.findall(r"[\w'\u2019.-]+", prose)
    words = [w.rstrip(".") if not re.fullmatch(r"[A-Z]\.", w) else w for w in words]
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            entity = spellings.get(tuple(words[i : i + size]))
            if entity:
                found.add(entity)
                i += size
                break
        else:
            i += 1
    return found


@cache
def _by_entity(root: str, stamp: str) -> dict[str, tuple[Section, ...]]:
    found: dict[str, list[Section]] = {}
    base = Path(root)
    for path in book_files(base):
        if path.suffix != ".qmd" or not path.is_file():
            continue
        page = path.relative_to(base).with_suffix(".html").as_posix()
        if page in {p for p, _ in PAGES.values()}:
            continue
        chapter = parse_chapter(path)
        label = next((x for x in chapter.labels if x.startswith("sec-")), None)
        if label is None:
            continue
        named = _prose_mentions(chapter.prose)
        for cell in chapter.cells:
            for resource, where in _printed_calls(cell["source"]):
                named |= table_mentions(resource, where)
        section = Section(label, page, chapter.title or label)
        for entity in named:
            found.setdefault(entity, []).append(section)
    return {e: tuple(s) for e, s in found.items()}


def chapters_by_entity(root: Path | None = None) -> dict[str, tuple[Section, ...]]:
    """The chapters that discuss each entity, in reading order.

    A chapter discusses an entity when it prints a table that names it (through
    ``table_links``, only the rows it shows) or names it in its prose, in one of the
    documents' spellings (a longest-first match on whole words; translated and OCR
    spellings, lower-case words and spellings of fewer than three letters are not
    looked for).

    Parameters
    ----------
    root : pathlib.Path, optional
        The project root.

    Returns
    -------
    dict
        Entity identifier to the :class:`~kznetworks.book.structure.Section` of each
        chapter (its title's label).

    Examples
    --------
    >>> "sec-parties" in [s.label for s in chapters_by_entity()["party:nur-otan"]]
    True
    """
    stamp = _stamp("aliases", "entities", "table_links")
    return _by_entity(str(root or project_root()), stamp)
