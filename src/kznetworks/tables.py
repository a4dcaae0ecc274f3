"""Display-ready tables for the book, each built from the data package.

Every function returns a :class:`Table`: a pandas DataFrame with the caption's
source line and the CSV it comes from. A :class:`Table` shows itself as an HTML
table on the website (wrapped so that it scrolls sideways on a phone) and as a
Markdown pipe table in the PDF, where Quarto prefers Markdown.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd

from kznetworks import checks, data

__all__ = [
    "Table",
    "data_inventory",
    "printed_vs_recomputed",
    "sources",
]


@dataclass
class Table:
    """A table ready to show in a chapter.

    Parameters
    ----------
    frame : pandas.DataFrame
        The rows and columns to show (column names are the headings).
    source : str
        Where the data come from, in Markdown (may contain ``@key`` citations).
    csv : list of str
        Paths of the CSV files behind the table, relative to the project root.
    """

    frame: pd.DataFrame
    source: str = ""
    csv: list[str] = field(default_factory=list)

    def _repr_html_(self) -> str:
        body = self.frame.to_html(index=False, escape=True, na_rep="", border=0)
        body = body.replace('class="dataframe"', 'class="table table-sm kz-table"')
        return f'<div class="kz-table-wrap">{body}</div>'

    def _repr_markdown_(self) -> str:
        frame = self.frame.astype("string").fillna("")
        header = "| " + " | ".join(_md(str(c)) for c in frame.columns) + " |"
        rule = "|" + "|".join("---" for _ in frame.columns) + "|"
        rows = ["| " + " | ".join(_md(str(v)) for v in row) + " |" for row in frame.to_numpy()]
        return "\n".join([header, rule, *rows])

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
        """
        links = ", ".join(f"[{p.rsplit('/', 1)[-1]}]({base}{p})" for p in self.csv)
        parts = [p for p in (self.source, f"Data: {links}" if links else "") if p]
        return ". ".join(parts) + "."


def _md(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def _csv_path(resource: str) -> str:
    return "data/" + data.package().resource(resource)["path"]


def sources() -> Table:
    """The five source documents, as catalogued in ``data/sources.csv``.

    Returns
    -------
    Table
        Key, kind of document, title, author and date, each with how it was
        established (stated or inferred).

    Examples
    --------
    >>> sources().frame.shape[0]
    5
    """
    frame = data.load("sources")
    shown = pd.DataFrame(
        {
            "Key": frame["source"],
            "Document": frame["document_type"],
            "Title": frame["title"],
            "Author": frame["author"].fillna("(not given)"),
            "Author: how known": frame["author_status"],
            "Date": frame["date"],
            "Date: how known": frame["date_status"],
        }
    )
    return Table(shown, source="Project catalogue of the sources", csv=[_csv_path("sources")])


def data_inventory() -> Table:
    """How much was transcribed from each source: files, rows and cells.

    Returns
    -------
    Table
        One row per source key (plus cross-source folders), with the number of
        files, rows and cells, and the printed tables covered.

    Examples
    --------
    >>> int(data_inventory().frame["Rows"].sum()) > 0
    True
    """
    pkg = data.package()
    records = []
    for name in pkg.names:
        frame = pkg.load(name)
        folder = pkg.resource(name)["path"].split("/", 1)[0]
        if folder.endswith(".csv"):
            continue
        tables = sorted(set(frame["table"].dropna())) if "table" in frame.columns else []
        records.append(
            {
                "folder": folder,
                "rows": len(frame),
                "cells": frame.size,
                "tables": [t for t in tables if t.startswith("Table")],
            }
        )
    summary = (
        pd.DataFrame(records)
        .groupby("folder", sort=True)
        .agg(
            files=("rows", "size"),
            rows=("rows", "sum"),
            cells=("cells", "sum"),
            tables=("tables", lambda col: sorted({t for ts in col for t in ts}, key=_table_key)),
        )
        .reset_index()
    )
    shown = pd.DataFrame(
        {
            "Folder": summary["folder"],
            "Files": summary["files"],
            "Rows": summary["rows"],
            "Cells": summary["cells"],
            "Printed tables": summary["tables"].map(", ".join),
        }
    )
    return Table(shown, source="Computed from data/datapackage.json", csv=[])


def _table_key(label: str) -> tuple:
    tail = label.removeprefix("Table ").strip()
    parts = tail.replace("A", "99.").split(".")
    return tuple(int(p) if p.isdigit() else 0 for p in parts)


def printed_vs_recomputed() -> Table:
    """Every printed total and summary statistic beside the value its rows give.

    Returns
    -------
    Table
        From :func:`kznetworks.checks.summary_report`.

    Examples
    --------
    >>> "Agrees" in printed_vs_recomputed().frame.columns
    True
    """
    report = checks.summary_report()
    shown = pd.DataFrame(
        {
            "Table": report["table"],
            "Figure": report["item"],
            "Printed": report["printed_text"],
            "Recomputed": report["recomputed"].map(lambda v: f"{v:.3f}".rstrip("0").rstrip(".")),
            "Agrees": report["agrees"].map({True: "yes", False: "no"}),
            "Lines": [
                f"{a}-{b}" if a != b else f"{a}"
                for a, b in zip(report["line_start"], report["line_end"], strict=True)
            ],
            "Note": report["note"],
        }
    )
    return Table(shown, source="Computed by kznetworks.checks.summary_report()", csv=[])
