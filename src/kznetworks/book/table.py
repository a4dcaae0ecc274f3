"""The :class:`Table` a chapter shows: one output with its source, data links and notes.

A table reaches Quarto as ``text/markdown`` only (``text/html`` would make Quarto load
require.js and jQuery from a CDN), and in the form each output format handles best:

- for the website, a raw HTML block: an escaped ``<table>`` that Quarto passes through
  untouched (``data-quarto-disable-processing``). A raw block is one element for
  Quarto's filters however many rows it has, so large tables cost the render nothing;
- for the PDF, a pipe table that pandoc turns into a Typst table. Column widths follow
  the content: every column is at least as wide as its longest word, so nothing
  overflows, and the rest of the line goes to the columns with most text.

Either way the table is followed, in the same output, by its notes: the source
(document, table, lines), links to the data files, and any further notes (documented
repairs, for example). Quarto then keeps the table, its caption, its cross-reference
and its notes together. Text columns are left-aligned and numeric columns right-aligned.
Every cell is text, escaped for the format; a :class:`~kznetworks.book.cells.Link` cell is a link.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from kznetworks.book import escape, render
from kznetworks.book.cells import data_links, renders_itself

__all__ = [
    "Search",
    "Table",
    "check_parts",
    "column_widths",
    "is_numeric_column",
    "source_note",
]
from kznetworks.data.errors import expect_names, expect_type

#: Characters a line of table text holds in the PDF (Typst, A4, table text at 0.85em:
#: about 4.2 pt a character on a 426 pt line), before cell padding.
LINE_CHARS = 100
#: Characters of padding each column costs (the Typst header sets 4 pt each side).
PADDING_CHARS = 2.0
#: The header row is bold: its letters are this much wider than the body's.
BOLD_WIDTH = 1.2
#: A cell this short (in characters) is never wrapped: its column is as wide as it
#: ("Table 2" stays on one line).
SHORT_CHARS = 10
#: pandoc's line width (``--columns``): a pipe table with a longer line spans the page.
PANDOC_COLUMNS = 72
#: Classes Quarto gives the tables it renders itself, so raw tables look the same.
TABLE_CLASSES = "caption-top table table-sm table-striped small kz-table"

_NUMBER = re.compile(r"^[\u2212+-]?[$\u20ac\u00a3]?\d[\d,. ]*%?[\u2020*]?$|^[\u2212+-]?\.\d+%?$")


@dataclass(frozen=True)
class Search:
    """How the website lets a reader search, sort and filter a large table.

    The table gets the class ``kz-searchable``; the site's script
    (``assets/js/kz-tables.js``, with the site's copy of DataTables) adds a
    search box, sortable headings, pages, and a menu of values for each column named
    in ``filters``. The PDF prints the table as it is.

    Parameters
    ----------
    filters : tuple of str
        Headings of the columns to offer a menu of values for.
    presets : dict, optional
        Named choices of several values at once, as ``{label: {heading: [values]}}``
        (for example the discrepancies: statuses ``differs`` and ``bound fails``).

    Examples
    --------
    >>> Search(("Status",)).attributes()
    ' data-kz-filters="[&quot;Status&quot;]"'
    """

    filters: tuple[str, ...] = ()
    presets: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def attributes(self) -> str:
        """The ``data-`` attributes that tell the script what to offer."""
        out = f' data-kz-filters="{escape.html(json.dumps(list(self.filters)))}"'
        if self.presets:
            presets = json.dumps(self.presets, sort_keys=True, ensure_ascii=False)
            out += f' data-kz-presets="{escape.html(presets)}"'
        return out


def check_parts(output: object, first: str, kind: type | tuple[type, ...], expected: str) -> None:
    """Check the parts of a table or figure: its content, source, data files and notes.

    Parameters
    ----------
    output : Table or Figure
        The output being made.
    first : str
        The name of its content attribute (``frame``, ``chart``).
    kind : type
        The type that content must have.
    expected : str
        The words for that type.

    Raises
    ------
    TypeError
        Naming the part that has the wrong type.

    Examples
    --------
    >>> Table(pd.DataFrame(), source=["@ide2014"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: source must be Markdown (a string); got ['@ide2014']
    """
    expect_type(first, getattr(output, first), kind, expected)
    expect_type("source", output.source, str, "Markdown (a string)")  # type: ignore[attr-defined]
    expect_names("csv", output.csv, "paths of data files")  # type: ignore[attr-defined]
    expect_names("notes", output.notes, "paragraphs of Markdown")  # type: ignore[attr-defined]


def _text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def is_numeric_column(values: Sequence[str]) -> bool:
    """Whether a column's non-empty cells are all numbers (to be right-aligned).

    Parameters
    ----------
    values : sequence of str
        The cells as shown.

    Returns
    -------
    bool
        True when at least one cell is non-empty and every non-empty cell reads as a
        number (thousands separators, a decimal point, a percent sign or a repair mark
        allowed).

    Examples
    --------
    >>> is_numeric_column(["607,557", "1.5", ""]), is_numeric_column(["4", "n/a"])
    (True, False)
    """
    shown = [v.strip() for v in values if v.strip()]
    return bool(shown) and all(_NUMBER.match(v) for v in shown)


def column_widths(columns: Sequence[Sequence[str]], line: float = LINE_CHARS) -> list[float]:
    """Share of the line each column gets, from its content.

    Each column first gets its longest word, counting the bold header's words wider
    (:data:`BOLD_WIDTH`), so no word overflows its cell, or its longest cell when
    that is short (:data:`SHORT_CHARS`), so short cells do not wrap; then the rest
    of the line is shared in proportion to how much more room each column's
    longest cell would need to fit on one line.

    Parameters
    ----------
    columns : sequence of sequence of str
        Each column's visible text, header first.
    line : float, default :data:`LINE_CHARS`
        Characters on a full line of table text.

    Returns
    -------
    list of float
        Fractions of the line, summing to 1.

    Examples
    --------
    >>> [round(w, 2) for w in column_widths([["Claim", "junisbai2010-001"], ["Text", "a " * 60]])]
    [0.17, 0.83]
    """
    usable = max(line - PADDING_CHARS * len(columns), float(len(columns)))
    words = [
        max(
            [BOLD_WIDTH * len(w) for w in col[0].split()] if col else [],
            default=1.0,
        )
        for col in columns
    ]
    words = [
        max([head, *(len(w) for cell in col[1:] for w in cell.split())])
        for head, col in zip(words, columns, strict=True)
    ]
    natural = [max((len(cell) for cell in col), default=1) for col in columns]
    short = [max((len(c) for c in col[1:]), default=0) for col in columns]
    widths = [
        float(max(w, 1, s if s <= SHORT_CHARS else 0)) for w, s in zip(words, short, strict=True)
    ]
    spare = usable - sum(widths)
    slack = [max(n - w, 0) for n, w in zip(natural, widths, strict=True)]
    if spare > 0 and sum(slack) > 0:
        share = min(spare, float(sum(slack)))
        widths = [w + share * s / sum(slack) for w, s in zip(widths, slack, strict=True)]
    total = sum(widths)
    return [w / total for w in widths]


#: A citation alone at the start of a paragraph, followed by ``.`` or ``)``: Pandoc
#: reads ``@key.`` as the marker of an "example list" item, and every later ``@key``
#: in the chapter as a reference to that item's number.
_EXAMPLE_MARKER = re.compile(r"@[\w:.#$%&\-+?<>~/]*\w$")


def source_note(source: str, csv: list[str]) -> str:
    """The line under a table or figure: its source, then links to its data files.

    Parameters
    ----------
    source : str
        Where the values come from, in Markdown built from escaped parts; it may begin
        with a citation (``@junisbai2010, Table 2``) but not be one alone, which Pandoc
        would read as a list marker once ``.`` follows.
    csv : list of str
        Paths of the data files, relative to the project root.

    Returns
    -------
    str
        Markdown, e.g. ``"@junisbai2010, Table 2. Data: [akim_tenure.csv](...)
        ([schema](...))."``: each data file followed by its data-dictionary entry.

    Raises
    ------
    ValueError
        When ``source`` is a bare citation.

    Examples
    --------
    >>> source_note("@ide2014, as stated", ["data/ide2014/a.csv"])
    '@ide2014, as stated. Data: [a.csv](../data/ide2014/a.csv).'
    >>> try:
    ...     source_note("@ide2014", [])
    ... except ValueError as error:
    ...     print(str(error)[:47])
    a source cannot be the bare citation '@ide2014'
    """
    if _EXAMPLE_MARKER.fullmatch(source.strip()):
        raise ValueError(
            f"a source cannot be the bare citation {source.strip()!r}: followed by '.', "
            "Pandoc reads it as the marker of a numbered list; say what in the document "
            f"it is ('{source.strip()}, Table 1')"
        )
    links = data_links(csv, render.link_base())
    parts = [p for p in (source, f"Data: {links}" if links else "") if p]
    return ". ".join(parts) + "." if parts else ""


@dataclass
class Table:
    """A table ready to show in a chapter, with the notes printed under it.

    Parameters
    ----------
    frame : pandas.DataFrame
        The rows and columns to show (column names are the headings). Cells are shown
        as text, except :class:`~kznetworks.book.cells.Link` cells.
    source : str
        Where the data come from, in Markdown (may cite, ``@key``); the package builds
        it from escaped parts.
    csv : list of str
        Paths of the data files behind the table, relative to the project root.
    notes : list of str
        Further paragraphs or lists under the table, in Markdown built from escaped
        parts (documented repairs, for example).
    search : kznetworks.book.table.Search, optional
        Make the website's table searchable, sortable and filterable.

    Examples
    --------
    >>> t = Table(pd.DataFrame({"Party": ["Nur Otan"], "Seats": [98]}), source="@isaacs2009")
    >>> print(t.markdown())
    | Party | Seats |
    |---|--:|
    | Nur Otan | 98 |
    """

    frame: pd.DataFrame
    source: str = ""
    csv: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    search: Search | None = None

    def __post_init__(self) -> None:
        check_parts(self, "frame", pd.DataFrame, "a pandas DataFrame")

    def _columns(self) -> tuple[list[str], list[list[object]], list[list[str]], list[bool]]:
        headers = [str(c) for c in self.frame.columns]
        cells = [list(self.frame.iloc[:, i]) for i in range(self.frame.shape[1])]
        visible = [[_text(v) for v in column] for column in cells]
        numeric = [is_numeric_column(column) for column in visible]
        return headers, cells, visible, numeric

    def markdown(self) -> str:
        """The table as a pandoc pipe table: escaped cells, aligned, sized to content.

        A table whose lines all fit in :data:`PANDOC_COLUMNS` characters keeps
        pandoc's automatic column widths (it is as wide as its content); a wider one
        spans the line, with column widths from :func:`column_widths`.

        Returns
        -------
        str
            Header, alignment rule and one line per row.
        """
        headers, cells, visible, numeric = self._columns()
        base = render.link_base()
        written = [
            [v.markdown(base) if renders_itself(v) else escape.markdown(_text(v)) for v in col]
            for col in cells
        ]
        # text columns keep pandoc's default alignment, which the Typst header makes left
        head = "| " + " | ".join(escape.markdown(h) for h in headers) + " |"
        rows = ["| " + " | ".join(row) + " |" for row in zip(*written, strict=True)]
        compact = "|" + "|".join("--:" if n else "---" for n in numeric) + "|"
        if all(len(line) <= PANDOC_COLUMNS for line in (head, compact, *rows)):
            return "\n".join([head, compact, *rows])
        widths = column_widths([[h, *col] for h, col in zip(headers, visible, strict=True)])
        # pandoc sizes the columns of a wide pipe table by the dashes of this rule
        rule = []
        for share, right in zip(widths, numeric, strict=True):
            dashes = "-" * max(3, round(share * 100))
            rule.append(f"{dashes[1:]}:" if right else dashes)
        return "\n".join([head, "|" + "|".join(rule) + "|", *rows])

    def html(self) -> str:
        """The table as escaped HTML that Quarto passes through without parsing it.

        Returns
        -------
        str
            One ``<table>`` element; numeric columns carry the class ``num``.

        Examples
        --------
        >>> Table(pd.DataFrame({"a": ["<b>"]})).html().count("&lt;b&gt;")
        1
        """
        headers, cells, _, numeric = self._columns()
        offset = render.page_offset()

        def cell(tag: str, value: object, right: bool) -> str:
            shown = value.html(offset) if renders_itself(value) else escape.html(_text(value))
            return f'<{tag} class="num">{shown}</{tag}>' if right else f"<{tag}>{shown}</{tag}>"

        head = "".join(cell("th", h, r) for h, r in zip(headers, numeric, strict=True))
        body = "".join(
            "<tr>" + "".join(cell("td", v, r) for v, r in zip(row, numeric, strict=True)) + "</tr>"
            for row in zip(*cells, strict=True)
        )
        classes, search = TABLE_CLASSES, ""
        if self.search is not None:
            classes, search = f"{classes} kz-searchable", self.search.attributes()
        return (
            f'<table class="{classes}" data-quarto-disable-processing="true"{search}>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def note(self) -> str:
        """The line under the table naming its source and linking its data files.

        Returns
        -------
        str
            Markdown, e.g. ``"@junisbai2010, Table 2. Data: [akim_tenure.csv](...)."``

        Examples
        --------
        >>> Table(pd.DataFrame(), source="@ide2014, Table 1", csv=["data/ide2014/a.csv"]).note()
        '@ide2014, Table 1. Data: [a.csv](../data/ide2014/a.csv).'
        """
        return source_note(self.source, self.csv)

    def output(self) -> str:
        """What the chapter shows: the table for the current format, then its notes.

        Returns
        -------
        str
            Markdown.
        """
        table = (
            self.markdown() if render.target() == "typst" else escape.raw_block(self.html(), "html")
        )
        return "\n\n".join(p for p in (table, self.note(), *self.notes) if p) + "\n"

    def _repr_markdown_(self) -> str:
        return self.output()

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict:
        return {"text/markdown": self.output(), "text/plain": self.frame.to_string()}
