"""The reproduction ledger as the book shows it: counts, printed figures, claims, findings.

Each claim links to the chapter that discusses its topic: a chapter lists the topics
it discusses in its front matter (``kz-topics``), so the book's structure, not this
module, says where a topic is discussed.
"""

from __future__ import annotations

import pandas as pd

from kznetworks import data, ledger
from kznetworks.book import escape, render
from kznetworks.book.cells import Link
from kznetworks.book.inputs import check_heading
from kznetworks.book.prose import line_span
from kznetworks.book.structure import topics
from kznetworks.book.table import Search, Table
from kznetworks.data.errors import expect_names, unknown_name

__all__ = [
    "DISCREPANCIES",
    "claims_by_document",
    "findings",
    "ledger_counts",
    "printed_figures",
    "reasons",
]


def ledger_counts(table: pd.DataFrame | None = None) -> Table:
    """Number of claims by document and status.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        A ledger already computed by :func:`kznetworks.ledger.ledger`.

    Returns
    -------
    Table
        One row per document, one column per status, with totals.

    Examples
    --------
    >>> "reproduced" in ledger_counts().frame.columns
    True
    """
    table = ledger.given_or_built(table)
    order = list(data.load("sources")["source"])
    counts = (
        table.pivot_table(index="source", columns="status", values="claim_id", aggfunc="count")
        .reindex(
            index=[s for s in order if s in set(table["source"])], columns=list(ledger.STATUSES)
        )
        .fillna(0)
        .astype(int)
    )
    counts["all claims"] = counts.sum(axis=1)
    counts.loc["all documents"] = counts.sum()
    counts.index.name = "Document"
    counts.columns.name = None
    return Table(
        counts.reset_index(),
        source="The reproduction ledger (kznetworks.ledger)",
        csv=[
            "data/claims/claims.csv",
            "data/claims/recompute.csv",
            "data/generated/claims_ledger.csv",
        ],
    )


def reasons(table: pd.DataFrame | None = None) -> Table:
    """The fixed list of reasons a claim is not derivable, with how many claims have each.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        A ledger already computed by :func:`kznetworks.ledger.ledger`.

    Returns
    -------
    Table
        One row per reason of :data:`kznetworks.ledger.REASONS`, in its order: the
        reason, what it means and the number of claims.

    Examples
    --------
    >>> list(reasons().frame["Reason"])[:2]
    ['no-data', 'circular']
    """
    table = ledger.given_or_built(table)
    counts = table.loc[table["status"] == "not derivable", "reason"].value_counts()
    frame = pd.DataFrame(
        {
            "Reason": list(ledger.REASONS),
            "Meaning": list(ledger.REASONS.values()),
            "Claims": [int(counts.get(r, 0)) for r in ledger.REASONS],
        }
    )
    return Table(
        frame,
        source="The reproduction ledger (kznetworks.ledger)",
        csv=["data/claims/untestable.csv", "data/generated/claims_ledger.csv"],
    )


def printed_figures(
    tables: tuple[str, ...] | None = None, table: pd.DataFrame | None = None
) -> Table:
    """Totals and statistics the tables print about themselves, beside what their rows give.

    Parameters
    ----------
    tables : tuple of str, optional
        Keep only these printed tables (``("Table 2", "Table 3")``).
    table : pandas.DataFrame, optional
        A ledger already computed.

    Returns
    -------
    Table
        Table, what is stated, the printed and the recomputed figure, whether they
        agree, and the lines.

    Raises
    ------
    KeyError
        When ``tables`` names a table with no printed figure.

    Examples
    --------
    >>> set(printed_figures().frame["Agrees"]) == {"yes", "no"}
    True
    """
    figures = ledger.printed_figures(ledger.given_or_built(table))
    if tables is not None:
        known = set(figures["table"])
        for name in expect_names("tables", tables, "printed table labels"):
            if name not in known:
                raise unknown_name("table with printed figures", name, known)
        figures = figures[figures["table"].isin(tables)]
    claims = data.load("claims").set_index("claim_id")
    shown = pd.DataFrame(
        {
            "Table": figures["table"],
            "Figure": figures["subject"],
            "Printed": figures["stated"],
            "From the rows": figures["recomputed"],
            "Agrees": figures["agrees"].map({True: "yes", False: "no"}),
            "Lines": [
                line_span(claims.loc[c, "line_start"], claims.loc[c, "line_end"])
                for c in figures["claim_id"]
            ],
        }
    )
    return Table(
        shown.reset_index(drop=True),
        source="The reproduction ledger, restricted to the figures printed in tables",
        csv=["data/claims/claims.csv", "data/claims/recompute.csv"],
    )


def _range_dash(value: object) -> str:
    text = str(value)
    head, sep, tail = text.partition("-")
    if sep and head.replace(".", "").isdigit() and tail.replace(".", "").isdigit():
        return f"{head}\u2013{tail}"
    return text


def claims_by_document(
    statuses: tuple[str, ...] | None = None,
    table: pd.DataFrame | None = None,
    *,
    heading: str = "###",
) -> str:
    """The ledger's claims: one section and table per document, each claim with its chapter.

    Parameters
    ----------
    statuses : tuple of str, optional
        Keep only claims with these statuses.
    table : pandas.DataFrame, optional
        A ledger already computed.
    heading : str, default "###"
        Heading level of each document's section.

    Returns
    -------
    str
        Markdown (for a cell with ``output: asis``): per document, a heading citing it
        and a table of claim number, line, quotation, stated value, value from the
        data, status (or, for untested claims, the reason) and chapter.

    Examples
    --------
    >>> "differs" in claims_by_document(("differs",))
    True
    """
    heading = check_heading(heading)
    table = ledger.given_or_built(table)
    if statuses is not None:
        for status in expect_names("statuses", statuses, "claim statuses"):
            if status not in ledger.STATUSES:
                raise unknown_name("status", status, ledger.STATUSES)
        table = table[table["status"].isin(statuses)]
    topic_of = data.load("claims").set_index("claim_id")["topic"]
    chapters = topics()
    untested = statuses is not None and set(statuses) == {"not derivable"}
    if render.target() == "html":
        return _searchable_claims(table, untested, topic_of, chapters)
    # an explicit id: pandoc would name the heading after the citation key, which is
    # also the bibliography's label in the PDF
    prefix = "claims-untested" if untested else "claims-tested" if statuses else "claims"
    parts = []
    for source in data.load("sources")["source"]:
        rows = table[table["source"] == source]
        if rows.empty:
            continue
        columns = _claim_columns(rows, untested, topic_of, chapters)
        count = len(rows)
        parts.append(
            f"{heading} @{source} {{#{prefix}-{source} .unnumbered}}\n\n"
            f"{count:,} claim{'s' if count != 1 else ''}; the number is the end of the "
            f"claim's identifier ({escape.markdown(source)}-001 is number 001).\n\n"
            f"{Table(pd.DataFrame(columns).reset_index(drop=True)).output()}"
        )
    return "\n".join(parts)


#: The statuses of a claim the data do not bear out.
DISCREPANCIES = ("differs", "bound fails")


def _claim_columns(
    rows: pd.DataFrame, untested: bool, topic_of: pd.Series, chapters: dict
) -> dict[str, object]:
    chapter = [
        Link(chapters[t].title, chapters[t].label) if t in chapters else ""
        for t in rows["claim_id"].map(topic_of)
    ]
    columns: dict[str, object] = {
        "No.": rows["claim_id"].str.rsplit("-", n=1).str[-1],
        "Line": rows["line"],
        "Quotation": rows["quote"].map(lambda q: f"\u201c{q}\u201d"),
        "Stated": rows["stated"].map(_range_dash),
    }
    if untested:
        columns["Why not"] = rows["reason"]
    else:
        beside = (
            rows["beside"].fillna("").map(lambda b: f" (beside it: {_range_dash(b)})" if b else "")
        )
        columns["From the data"] = rows["recomputed"].map(_range_dash) + beside
        columns["Status"] = rows["status"]
    columns["Chapter"] = chapter
    return columns


def _searchable_claims(
    table: pd.DataFrame, untested: bool, topic_of: pd.Series, chapters: dict
) -> str:
    """The website's claims: one table for every document, searchable and filterable."""
    order = {s: i for i, s in enumerate(data.load("sources")["source"])}
    rows = table.assign(_order=table["source"].map(order)).sort_values(["_order", "claim_id"])
    columns = {
        # the key as text: a link on each of 1,105 rows would cost the page 80 KB; the
        # sentence above the table links the references once
        "Document": list(rows["source"]),
        **_claim_columns(rows, untested, topic_of, chapters),
    }
    filters = ("Document", "Chapter") if untested else ("Document", "Status", "Chapter")
    presets = {} if untested else {"Discrepancies": {"Status": list(DISCREPANCIES)}}
    count = len(rows)
    shown = Table(pd.DataFrame(columns).reset_index(drop=True), search=Search(filters, presets))
    return (
        f"{count:,} claim{'s' if count != 1 else ''} of {rows['source'].nunique()} documents. "
        "Search them, sort them by any column, or choose a document, "
        + ("a status " if not untested else "")
        + "or a chapter; the number is the end of the claim's identifier (isaacs2009-001 "
        "is number 001 of the thesis), and the line is the document's (its key, such as "
        "isaacs2009, is the document's entry in the [references](references.html)).\n\n"
        f"{shown.output()}"
    )


def findings(*, heading: str = "###") -> str:
    """Each finding: what disagrees, its likely reason, and the claims' quotations.

    Parameters
    ----------
    heading : str, default "###"
        Heading level.

    Returns
    -------
    str
        Markdown (for a cell with ``output: asis``).

    Examples
    --------
    >>> findings().startswith("###")
    True
    """
    heading = check_heading(heading)
    found = data.load("findings")
    claims = data.load("claims").set_index("claim_id")
    parts = []
    for f in found.itertuples():
        ids = [c.strip() for c in str(f.claim_ids).split(";")]
        verdicts = [v.strip() for v in str(f.verdicts).split(";")]
        quotes = "\n".join(
            f"- {escape.markdown(cid)} (@{claims.loc[cid, 'source']}, "
            f"line {claims.loc[cid, 'line_start']}): "
            f"\u201c{escape.markdown(claims.loc[cid, 'quote'])}\u201d; "
            f"ledger: *{escape.markdown(verdict)}*"
            for cid, verdict in zip(ids, verdicts, strict=True)
        )
        parts.append(
            f"{heading} {escape.markdown(f.finding_id)}: {escape.markdown(f.title)} "
            "{.unnumbered}\n\n"
            f"*{escape.markdown(str(f.kind).replace('-', ' '))}.* {escape.markdown(f.explanation)}"
            f"\n\n{quotes}\n"
        )
    return "\n".join(parts)
