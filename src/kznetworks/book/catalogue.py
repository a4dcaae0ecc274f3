"""The catalogue of the sources and of the data transcribed from them."""

from __future__ import annotations

import pandas as pd

from kznetworks import data
from kznetworks.book.inputs import csv_path
from kznetworks.book.printed import table_label_key
from kznetworks.book.table import Table

__all__ = ["data_inventory", "date_as_given", "sources"]

_LOWER_BOUND = "day (on or after)"


def date_as_given(date: str, precision: str) -> str:
    """A catalogued date as the book prints it: a lower bound says "on or after".

    Parameters
    ----------
    date : str
        ISO partial date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
    precision : str
        The catalogue's ``date_precision``: ``year``, ``month``, ``day`` or
        ``day (on or after)``.

    Returns
    -------
    str
        The date, prefixed with "on or after" when it is only a lower bound.

    Raises
    ------
    ValueError
        When the precision is not one of the four, or does not fit the date.

    Examples
    --------
    >>> date_as_given("2018-11-08", "day (on or after)")
    'on or after 2018-11-08'
    >>> date_as_given("2010", "year")
    '2010'
    """
    parts = {"year": 1, "month": 2, "day": 3, _LOWER_BOUND: 3}
    if precision not in parts:
        raise ValueError(
            f"date precision {precision!r} is not one of {', '.join(map(repr, parts))}"
        )
    if len(str(date).split("-")) != parts[precision]:
        raise ValueError(f"date {date!r} does not have the precision {precision!r}")
    return f"on or after {date}" if precision == _LOWER_BOUND else str(date)


def sources() -> Table:
    """The five source documents, as catalogued in ``data/sources.csv``.

    Returns
    -------
    Table
        Key, kind of document, title, author and date, each with how it was
        established (stated or inferred); a date that is only a lower bound reads
        "on or after".

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
            "Title: how known": frame["title_status"],
            "Author": frame["author"].fillna("(not given)"),
            "Author: how known": frame["author_status"],
            "Date": [
                date_as_given(d, p)
                for d, p in zip(frame["date"], frame["date_precision"], strict=True)
            ],
            "Date: how known": frame["date_status"],
        }
    )
    return Table(shown, source="The project's catalogue of the sources", csv=[csv_path("sources")])


def data_inventory() -> Table:
    """How much is in each folder of the data package: files, rows, cells, printed tables.

    Returns
    -------
    Table
        One row per folder (a source's folder, or a cross-source folder), with the
        number of files, rows and cells, and the printed tables covered.

    Examples
    --------
    >>> int(data_inventory().frame["Files"].sum()) == len(data.resource_names())
    True
    """
    pkg = data.package()
    records = []
    for name in pkg.names:
        folder, _, rest = pkg.resource(name)["path"].partition("/")
        if not rest:
            folder = "(top level)"
        frame = pkg.load(name)
        tables = sorted(set(frame["table"].dropna())) if "table" in frame.columns else []
        records.append(
            {
                "folder": folder,
                "rows": len(frame),
                "cells": frame.size,
                "tables": [t for t in tables if str(t).startswith("Table")],
            }
        )
    summary = (
        pd.DataFrame(records)
        .groupby("folder", sort=True)
        .agg(
            files=("rows", "size"),
            rows=("rows", "sum"),
            cells=("cells", "sum"),
            tables=(
                "tables",
                lambda col: sorted({t for ts in col for t in ts}, key=table_label_key),
            ),
        )
        .reset_index()
    )
    shown = pd.DataFrame(
        {
            "Folder": summary["folder"],
            "Files": summary["files"],
            "Rows": summary["rows"].map("{:,}".format),
            "Cells": summary["cells"].map("{:,}".format),
            "Printed tables": summary["tables"].map(", ".join),
        }
    )
    return Table(shown, source="Counted from data/datapackage.json")
