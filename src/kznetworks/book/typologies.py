"""The documents' typologies and classification schemes, as tables.

The ``typology_schemes`` and ``typology_categories`` resources hold every scheme the
documents set out: its categories (nested ones under their parent), a definition in
the project's own words, a short quotation where the document defines the category
itself, the members it names, and the lines. :func:`schemes` lists a document's
schemes; :func:`typologies` gives each as a heading, a sentence and a table, for a
chapter cell with ``output: asis``.
"""

from __future__ import annotations

import pandas as pd

from kznetworks import data
from kznetworks.book import escape
from kznetworks.book.inputs import check_heading, check_source, csv_path
from kznetworks.book.prose import line_label, line_span
from kznetworks.book.table import Search, Table
from kznetworks.data.errors import expect_type, unknown_name

__all__ = ["categories", "schemes", "typologies", "typology"]


def schemes(source: str | None = None) -> Table:
    """The typologies and classification schemes of one document (or all).

    Parameters
    ----------
    source : str, optional
        A source key; every document by default.

    Returns
    -------
    Table
        Scheme name, kind, number of categories, where and lines.

    Examples
    --------
    >>> len(schemes("kzexpert2018").frame) > 0
    True
    """
    check_source(source, allow_none=True)
    found = data.load("typology_schemes")
    categories = data.load("typology_categories")
    if source:
        found = found[found["source"] == source]
    counts = categories.groupby("scheme_id").size()
    shown = pd.DataFrame(
        {
            "Scheme": found["name"],
            "Kind": found["kind"],
            "Categories": found["scheme_id"].map(counts).fillna(0).astype(int),
            "Where": found["table"],
            "Lines": [
                line_span(a, b) for a, b in zip(found["line_start"], found["line_end"], strict=True)
            ],
        }
    )
    cites = "; ".join(f"@{k}" for k in sorted(set(found["source"])))
    return Table(
        shown.reset_index(drop=True),
        source=f"Typologies set out in {cites}",
        csv=[csv_path("typology_schemes"), csv_path("typology_categories")],
    )


def typology(scheme_id: str) -> Table:
    """One typology: its categories, definitions in the project's words, and members.

    Parameters
    ----------
    scheme_id : str
        Identifier in ``typology_schemes``.

    Returns
    -------
    Table
        Category (nested ones indented), definition, short quotation, members, lines.

    Raises
    ------
    KeyError
        When no scheme has that identifier.

    Examples
    --------
    >>> typology("igc2023-vertikal-pyramid").frame.columns[0]
    'Category'
    """
    expect_type("scheme_id", scheme_id, str, "a typology's identifier (a string)")
    categories = data.load("typology_categories")
    rows = categories[categories["scheme_id"] == scheme_id].sort_values("row")
    if rows.empty:
        known = data.load("typology_schemes")["scheme_id"]
        raise unknown_name("typology", scheme_id, known, hint="schemes() lists them")
    indent = rows["parent_id"].notna().map({True: "\u2003\u2514 ", False: ""})
    shown = pd.DataFrame(
        {
            "Category": indent + rows["category"],
            "Definition (paraphrased)": rows["definition"].fillna(""),
            "In the source's words": rows["quote"]
            .fillna("")
            .map(lambda q: f"\u201c{q}\u201d" if q else ""),
            "Members": rows["members"].fillna(""),
            "Lines": [
                line_span(a, b) for a, b in zip(rows["line_start"], rows["line_end"], strict=True)
            ],
        }
    )
    for optional in ("In the source's words", "Members"):
        if (shown[optional] == "").all():
            shown = shown.drop(columns=optional)
    return Table(shown.reset_index(drop=True))


def typologies(source: str, *, heading: str = "###") -> str:
    """Every typology of a document: a heading, what it classifies, and its table.

    Parameters
    ----------
    source : str
        A source key.
    heading : str, default "###"
        The Markdown heading level for each scheme.

    Returns
    -------
    str
        Markdown (for a cell with ``output: asis``), ending with the data files.

    Examples
    --------
    >>> typologies("kzexpert2018").startswith("###")
    True
    """
    check_source(source)
    heading = check_heading(heading)
    found = data.load("typology_schemes")
    found = found[found["source"] == source]
    parts = []
    for scheme in found.itertuples():
        where = "" if scheme.table == "Text" else f", {escape.markdown(scheme.table)}"
        parts.append(
            f"{heading} {escape.markdown(scheme.name)} {{.unnumbered}}\n\n"
            f"{escape.markdown(scheme.description)} "
            f"Kind: {escape.markdown(scheme.kind)} "
            f"[@{source}, {line_label(scheme.line_start, scheme.line_end)}{where}].\n\n"
            f"{typology(scheme.scheme_id).output()}"
        )
    last = Table(
        pd.DataFrame(), csv=[csv_path("typology_schemes"), csv_path("typology_categories")]
    )
    parts.append(last.note() + "\n")
    return "\n".join(parts)


def categories() -> Table:
    """Every category of every typology of the five documents, in one searchable table.

    Returns
    -------
    Table
        Document, scheme, category (with its parent), definition in the project's words,
        the document's words, members and lines; on the website it can be searched,
        sorted and filtered by document and scheme.

    Examples
    --------
    >>> len(categories().frame) == len(data.load("typology_categories"))
    True
    """
    found = data.load("typology_categories")
    schemes_by_id = data.load("typology_schemes").set_index("scheme_id")["name"]
    keys = zip(found["scheme_id"], found["category_id"], strict=True)
    names = dict(zip(keys, found["category"], strict=True))
    parent = [
        "" if pd.isna(p) else f"{names.get((s, p), p)} \u203a "
        for s, p in zip(found["scheme_id"], found["parent_id"], strict=True)
    ]
    shown = pd.DataFrame(
        {
            "Document": found["source"],
            "Scheme": found["scheme_id"].map(schemes_by_id),
            "Category": [f"{p}{c}" for p, c in zip(parent, found["category"], strict=True)],
            "Definition (paraphrased)": found["definition"].fillna(""),
            "In the source's words": found["quote"]
            .fillna("")
            .map(lambda q: f"\u201c{q}\u201d" if q else ""),
            "Members": found["members"].fillna(""),
            "Lines": [
                line_span(a, b) for a, b in zip(found["line_start"], found["line_end"], strict=True)
            ],
        }
    )
    return Table(
        shown.reset_index(drop=True),
        source="The typologies of the five documents",
        csv=[csv_path("typology_schemes"), csv_path("typology_categories")],
        search=Search(filters=("Document", "Scheme")),
    )
