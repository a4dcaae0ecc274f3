"""The :class:`Table` that chapters show, written as a Markdown pipe table.

A table reaches Quarto as ``text/markdown`` only (never ``text/html``, which would make
Quarto load require.js and jQuery from a CDN). Pandoc turns the pipe table into an
HTML table for the website and a Typst table for the PDF, so one source serves both.
Cells are escaped as text (:func:`kznetworks.escape.markdown`), except in the columns
named as ``markdown_columns``, which the package fills itself from escaped parts
(links, cross-references, citations).

Text columns are left-aligned and numeric columns right-aligned. Column widths follow
the content: every column is at least as wide as its longest word, so nothing
overflows in the PDF, and the rest of the line goes to the columns with most text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from kznetworks import escape

__all__ = ["Table", "column_widths", "is_numeric_column"]

#: Characters a line of table text holds in the PDF (Typst, A4, table text at 0.85em:
#: about 4.2 pt a character on a 426 pt line), before cell padding; the website scales
#: the same proportions to its width.
LINE_CHARS = 100
#: Characters of padding each column costs (the Typst header sets 4 pt each side).
PADDING_CHARS = 2.0
#: pandoc's line width (``--columns``): a pipe table with a longer line spans the page.
PANDOC_COLUMNS = 72

_NUMBER = re.compile(r"^[−+-]?[$€£]?\d[\d,. ]*%?[\u2020*a-f]?$|^[−+-]?\.\d+%?$")


def _text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _visible(cell: str) -> str:
    """Rough visible text of a Markdown cell: link targets and escapes removed."""
    cell = re.sub(r"\]\([^)]*\)", "", cell)
    cell = re.sub(r"\\(.)", r"\1", cell)
    return cell.replace("[", "").replace("]", "").replace("@sec-", "Chapter ")


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
        number (thousands separators, a decimal point, a percent sign or a repair
        mark allowed).

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
    """A table ready to show in a chapter.

    Parameters
    ----------
    frame : pandas.DataFrame
        The rows and columns to show (column names are the headings). Cells are shown
        as text.
    source : str
        Where the data come from, in Markdown (may contain ``@key`` citations).
    csv : list of str
        Paths of the CSV files behind the table, relative to the project root.
    markdown_columns : tuple of str
        Columns whose cells are already Markdown (built by the package from escaped
        parts, such as links and cross-references) and are written as they are.

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
    markdown_columns: tuple[str, ...] = ()

    def _cells(self) -> tuple[list[str], list[list[str]], list[list[str]]]:
        headers = [str(c) for c in self.frame.columns]
        unknown = set(self.markdown_columns) - set(headers)
        if unknown:
            raise ValueError(f"markdown_columns {sorted(unknown)} are not columns of the table")
        shown = [[_text(v) for v in self.frame[c]] for c in self.frame.columns]
        markdown = [
            column if header in self.markdown_columns else [escape.markdown(v) for v in column]
            for header, column in zip(headers, shown, strict=True)
        ]
        visible = [
            [_visible(v) for v in column] if header in self.markdown_columns else column
            for header, column in zip(headers, shown, strict=True)
        ]
        return headers, visible, markdown

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
        headers, shown, cells = self._cells()
        numeric = [is_numeric_column(column) for column in shown]
        # text columns keep pandoc's default alignment, which is left on the website and,
        # through the Typst header, in the PDF (":---" would style every HTML cell)
        head = "| " + " | ".join(escape.markdown(h) for h in headers) + " |"
        rows = ["| " + " | ".join(row) + " |" for row in zip(*cells, strict=True)]
        compact = "|" + "|".join("--:" if n else "---" for n in numeric) + "|"
        if all(len(line) <= PANDOC_COLUMNS for line in (head, compact, *rows)):
            return "\n".join([head, compact, *rows])
        widths = column_widths([[h, *col] for h, col in zip(headers, shown, strict=True)])
        # pandoc sizes the columns of a wide pipe table by the dashes of this rule
        rule = []
        for share, right in zip(widths, numeric, strict=True):
            dashes = "-" * max(3, round(share * 100))
            rule.append(f"{dashes[1:]}:" if right else dashes)
        return "\n".join([head, "|" + "|".join(rule) + "|", *rows])

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict:
        return {"text/markdown": self.markdown(), "text/plain": self.frame.to_string()}

    def note(self, base: str = "../") -> str:
        """Markdown line naming the source and linking the CSV files for download.

        Parameters
        ----------
        base : str, default "../"
            Path from the chapter to the project root (chapters live in
            ``chapters/``; use ``""`` in ``index.qmd``).

        Returns
        -------
        str
            E.g. ``"@junisbai2010, Table 2. Data: [akim_tenure.csv](../data/...)."``

        Examples
        --------
        >>> Table(pd.DataFrame(), source="@ide2014", csv=["data/ide2014/a.csv"]).note()
        '@ide2014. Data: [a.csv](../data/ide2014/a.csv).'
        """
        links = ", ".join(
            f"[{escape.markdown(p.rsplit('/', 1)[-1])}]({base}{p})" for p in self.csv
        )
        parts = [p for p in (self.source, f"Data: {links}" if links else "") if p]
        return ". ".join(parts) + "."
