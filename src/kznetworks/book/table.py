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
Every cell is text, escaped for the format; a :class:`Link` cell is a link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from kznetworks.book import escape, render
from kznetworks.data.errors import expect_names, expect_type

__all__ = ["Link", "Table", "check_parts", "column_widths", "is_numeric_column"]

#: Characters a line of table text holds in the PDF (Typst, A4, table text at 0.85em:
#: about 4.2 pt a character on a 426 pt line), before cell padding.
LINE_CHARS = 100
#: Characters of padding each column costs (the Typst header sets 4 pt each side).
PADDING_CHARS = 2.0
#: pandoc's line width (``--columns``): a pipe table with a longer line spans the page.
PANDOC_COLUMNS = 72
#: Classes Quarto gives the tables it renders itself, so raw tables look the same.
TABLE_CLASSES = "caption-top table table-sm table-striped small kz-table"

_NUMBER = re.compile(r"^[\u2212+-]?[$\u20ac\u00a3]?\d[\d,. ]*%?[\u2020*]?$|^[\u2212+-]?\.\d+%?$")


@dataclass(frozen=True)
class Link:
    """A table cell that links somewhere in the book or its data.

    Parameters
    ----------
    text : str
        What the cell shows.
    target : str
        A label of the book (``"sec-regions"``, an entry's anchor) or a path from the
        site root (``"data/register/entities.csv"``).

    Examples
    --------
    >>> Link("akim_tenure.csv", "data/junisbai2010/akim_tenure.csv").markdown()
    '[akim\\\\_tenure.csv](data/junisbai2010/akim_tenure.csv)'
    """

    text: str
    target: str

    def __post_init__(self) -> None:
        expect_type("text", self.text, str, "what the link shows (a string)")
        expect_type("target", self.target, str, "a label of the book or a path (a string)")

    def __str__(self) -> str:
        return self.text

    @property
    def is_label(self) -> bool:
        """Whether the target is a label of the book rather than a file."""
        return "/" not in self.target and "." not in self.target

    def markdown(self, base: str = "") -> str:
        """The link in Markdown: ``[text](#label)`` or ``[text](base + path)``."""
        target = escape.url(self.target)
        href = f"#{target}" if self.is_label else f"{base}{target}"
        return f"[{escape.markdown(self.text)}]({href})"

    def html(self, offset: str = "") -> str:
        """The link in HTML, its ``href`` relative to a page ``offset`` from the site root."""
        if self.is_label:
            from kznetworks.book.structure import labels

            section = labels().get(self.target)
            href = section.href(offset) if section else f"#{escape.url(self.target)}"
        else:
            href = f"{offset}{escape.url(self.target)}"
        return f'<a href="{escape.html(href)}">{escape.html(self.text)}</a>'


def check_parts(output: object, first: str, kind: type, expected: str) -> None:
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

    Each column first gets its longest word (so no word overflows its cell), then the
    rest of the line is shared in proportion to how much more room each column's
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
    words = [max((len(w) for cell in col for w in cell.split()), default=1) for col in columns]
    natural = [max((len(cell) for cell in col), default=1) for col in columns]
    widths = [float(max(w, 1)) for w in words]
    spare = usable - sum(widths)
    slack = [max(n - w, 0) for n, w in zip(natural, widths, strict=True)]
    if spare > 0 and sum(slack) > 0:
        share = min(spare, float(sum(slack)))
        widths = [w + share * s / sum(slack) for w, s in zip(widths, slack, strict=True)]
    total = sum(widths)
    return [w / total for w in widths]


@dataclass
class Table:
    """A table ready to show in a chapter, with the notes printed under it.

    Parameters
    ----------
    frame : pandas.DataFrame
        The rows and columns to show (column names are the headings). Cells are shown
        as text, except :class:`Link` cells.
    source : str
        Where the data come from, in Markdown (may cite, ``@key``); the package builds
        it from escaped parts.
    csv : list of str
        Paths of the data files behind the table, relative to the project root.
    notes : list of str
        Further paragraphs or lists under the table, in Markdown built from escaped
        parts (documented repairs, for example).

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
            [v.markdown(base) if isinstance(v, Link) else escape.markdown(_text(v)) for v in col]
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
            shown = value.html(offset) if isinstance(value, Link) else escape.html(_text(value))
            return f'<{tag} class="num">{shown}</{tag}>' if right else f"<{tag}>{shown}</{tag}>"

        head = "".join(cell("th", h, r) for h, r in zip(headers, numeric, strict=True))
        body = "".join(
            "<tr>" + "".join(cell("td", v, r) for v, r in zip(row, numeric, strict=True)) + "</tr>"
            for row in zip(*cells, strict=True)
        )
        return (
            f'<table class="{TABLE_CLASSES}" data-quarto-disable-processing="true">'
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
        >>> Table(pd.DataFrame(), source="@ide2014", csv=["data/ide2014/a.csv"]).note()
        '@ide2014. Data: [a.csv](../data/ide2014/a.csv).'
        """
        base = render.link_base()
        links = ", ".join(Link(p.rsplit("/", 1)[-1], p).markdown(base) for p in self.csv)
        parts = [p for p in (self.source, f"Data: {links}" if links else "") if p]
        return ". ".join(parts) + "." if parts else ""

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
