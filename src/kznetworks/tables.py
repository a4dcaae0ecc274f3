"""Display-ready tables for the book, each built from the data package.

Every function returns a :class:`~kznetworks.table.Table`: a pandas DataFrame with the
caption's source line and the CSV it comes from, shown as a Markdown pipe table in the
website and the PDF alike.
"""

from __future__ import annotations

import re

import pandas as pd

from kznetworks import checks, data, escape
from kznetworks.table import Table

__all__ = [
    "Table",
    "data_inventory",
    "printed_vs_recomputed",
    "sources",
]


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


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


# -- the documents' printed tables ------------------------------------------------------------

#: Columns shown for each printed table (resource column -> heading), in order.
PRINTED_COLUMNS: dict[str, dict[str, str]] = {
    "financial_industrial_groups": {
        "tier": "Tier",
        "name": "Name",
        "group_label": "Group",
        "businesses": "Associated businesses and enterprises",
        "presidents_relative": "President's relative?",
        "note_markers": "Notes",
    },
    "akim_tenure": {
        "region": "Oblast' or major city",
        "average_tenure_years": "Average tenure (years)",
        "akims_count": "No. of akims",
        "longest_serving": "Akims in office longest",
        "note_markers": "Notes",
    },
    "incumbency": {
        "chamber": "Chamber",
        "terms": "Number of terms",
        "members": "Number of members",
        "percent": "Percent",
    },
    "interviewees": {"respondent_type": "Type of respondent", "quantity": "Quantity"},
    "interview_questions": {"respondent_group": "Asked of", "question": "Question"},
    "interview_sample": {
        "party": "Party",
        "interviews": "Interviews conducted",
        "central_elites": "Central party elites",
        "regional_elites": "Regional party elites",
    },
    "supplementary_interviews": {"category": "Category", "interviews": "Interviews"},
    "first_secretaries": {
        "republic": "Republic",
        "first_secretary": "CP first secretary",
        "entry_year": "Entry into office",
        "exit_year": "Exit from office",
    },
    "informal_rule_evolution": {
        "type_of_rule": "Type of rule",
        "component_parts": "Component parts",
    },
    "election_seats": {
        "party_or_affiliation": "Party or affiliation",
        "orientation": "Political orientation",
        "seats": "Seats",
    },
    "dvk_signatories": {"name": "Name", "position": "Position"},
    "election_commissions_2007": {"party": "Parties", "members": "Members of election commissions"},
    "party_membership_2008": {"party": "Party", "official_membership": "Official membership"},
    "ideological_positions": {"ideological_position": "Ideological position", "party": "Party"},
    "programmatic_values": {"party": "Party", "value_statement": "Value statements"},
    "leader_recognition_2004": {
        "personality": "Personality",
        "party": "Party",
        "recognition_percent": "Recognition (% of respondents)",
    },
    "party_glossary": {
        "entry": "Entry",
        "founded_year": "Founded",
        "founders": "Founders",
        "leaders": "Leaders",
        "stance": "Stance (the glossary's words)",
    },
}

REPAIRED_MARK = "\u2020"  # dagger


def _format_cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _matching(frame: pd.DataFrame, where: dict[str, object]) -> pd.Series:
    """Boolean mask of the rows whose columns equal all the given values."""
    keep = pd.Series(True, index=frame.index)
    for column, value in where.items():
        keep &= frame[column] == value
    return keep


def printed(name: str, *, where: dict[str, object] | None = None) -> Table:
    """Show one printed table as transcribed, flagging repaired cells.

    Cells are shown as printed. A cell with a documented repair shows the repaired
    value followed by a dagger (†); :func:`repair_notes` lists what was printed and why.

    Parameters
    ----------
    name : str
        A resource listed in :data:`PRINTED_COLUMNS`.
    where : dict, optional
        Keep only rows whose columns equal these values (e.g. one election).

    Returns
    -------
    Table
        The display table, its source (document, table label, lines) and its CSV.

    Examples
    --------
    >>> printed("interviewees").frame.iloc[-1, 0]
    'TOTAL'
    """
    frame = data.load(name)
    repaired = data.load(name, repaired=True)
    if where:
        keep = _matching(frame, where)
        frame, repaired = frame[keep], repaired[keep]
    columns = PRINTED_COLUMNS[name]
    raw = data.raw(name).set_index("row")
    shown = pd.DataFrame(index=frame.index)
    for column, heading in columns.items():
        cells = []
        for i in frame.index:
            fixed = column in str(repaired.loc[i, "repaired_fields"]).split(";")
            if fixed:
                cells.append(f"{_format_cell(repaired.loc[i, column])}{REPAIRED_MARK}")
            else:
                cells.append(raw.loc[str(frame.loc[i, "row"]), column])
        shown[heading] = cells
    if (shown.iloc[:, -1] == "").all() and list(columns)[-1] == "note_markers":
        shown = shown.iloc[:, :-1]
    labels = sorted(set(frame["table"]), key=_table_key)
    lines = f"lines {int(frame['line_start'].min())}-{int(frame['line_end'].max())}"
    key = str(frame["source"].iloc[0])
    source = f"@{key}, {', '.join(labels)} ({lines})"
    return Table(shown.reset_index(drop=True), source=source, csv=[_csv_path(name)])


def repair_notes(name: str, *, where: dict[str, object] | None = None) -> str:
    """Markdown list of the repairs shown with a dagger in :func:`printed`.

    Parameters
    ----------
    name : str
        Resource name.
    where : dict, optional
        The same row filter as given to :func:`printed`.

    Returns
    -------
    str
        One bullet per repair (row, column, as printed, repaired, reason), or an
        empty string when the table has none.

    Examples
    --------
    >>> "I" in repair_notes("election_seats")
    True
    """
    repairs = data.load("repairs")
    repairs = repairs[repairs["resource"] == name]
    frame = data.load(name).set_index("row")
    if where:
        frame = frame[_matching(frame, where)]
    label_column = next(iter(PRINTED_COLUMNS.get(name, {})), None)
    bullets = []
    for rep in repairs.itertuples():
        if int(rep.row) not in frame.index:
            continue
        label = frame.loc[int(rep.row), label_column] if label_column else None
        printed_text = "" if pd.isna(rep.as_printed) else str(rep.as_printed)
        shown = (
            f"‘{escape.markdown(printed_text)}’"
            if printed_text
            else "nothing (the cell is missing)"
        )
        where_text = (
            f"‘{escape.markdown(label)}’"
            if label is not None and not pd.isna(label)
            else "row"
        )
        bullets.append(
            f"- {REPAIRED_MARK} {where_text} (row {rep.row}), {escape.markdown(rep.field)}: "
            f"printed {shown}; read as ‘{escape.markdown(rep.repaired)}’ "
            f"({escape.markdown(rep.kind)}): {escape.markdown(rep.reason)}."
        )
    return "\n".join(bullets)


# -- typologies ---------------------------------------------------------------------------------


def typology_schemes(source: str | None = None) -> Table:
    """List the typologies and classification schemes of one source (or all).

    Parameters
    ----------
    source : str, optional
        A source key; all sources by default.

    Returns
    -------
    Table
        Scheme name, kind, number of categories and lines.

    Examples
    --------
    >>> len(typology_schemes("kzexpert2018").frame) > 0
    True
    """
    schemes = data.load("typology_schemes")
    categories = data.load("typology_categories")
    if source:
        schemes = schemes[schemes["source"] == source]
    counts = categories.groupby("scheme_id").size()
    shown = pd.DataFrame(
        {
            "Scheme": schemes["name"],
            "Kind": schemes["kind"],
            "Categories": schemes["scheme_id"].map(counts).fillna(0).astype(int),
            "Where": schemes["table"],
            "Lines": [
                f"{a}-{b}" for a, b in zip(schemes["line_start"], schemes["line_end"], strict=True)
            ],
        }
    )
    keys = sorted(set(schemes["source"]))
    cites = "; ".join(f"@{k}" for k in keys)
    return Table(
        shown.reset_index(drop=True),
        source=f"Typologies set out in {cites}",
        csv=[_csv_path("typology_schemes"), _csv_path("typology_categories")],
    )


def typology(scheme_id: str) -> Table:
    """One typology: its categories, the project's paraphrased definitions and members.

    Parameters
    ----------
    scheme_id : str
        Identifier in ``typology_schemes``.

    Returns
    -------
    Table
        Category (nested ones indented), definition, short quotation, members, lines.

    Examples
    --------
    >>> typology("igc2023-vertikal-pyramid").frame.columns[0]
    'Category'
    """
    categories = data.load("typology_categories")
    rows = categories[categories["scheme_id"] == scheme_id].sort_values("row")
    if rows.empty:
        raise KeyError(f"no typology '{scheme_id}' in typology_categories")
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
                f"{a}-{b}" if a != b else f"{a}"
                for a, b in zip(rows["line_start"], rows["line_end"], strict=True)
            ],
        }
    )
    if (shown["In the source's words"] == "").all():
        shown = shown.drop(columns="In the source's words")
    if (shown["Members"] == "").all():
        shown = shown.drop(columns="Members")
    key = str(rows["source"].iloc[0])
    return Table(
        shown.reset_index(drop=True), source=f"@{key}", csv=[_csv_path("typology_categories")]
    )


def typology_markdown(source: str, *, heading: str = "###") -> str:
    """Every typology of a source as Markdown: a heading, a sentence and a pipe table each.

    Meant for a chapter cell with ``output: asis``; works in HTML and in the PDF.

    Parameters
    ----------
    source : str
        A source key.
    heading : str, default "###"
        The Markdown heading level for each scheme.

    Returns
    -------
    str
        Markdown text.

    Examples
    --------
    >>> typology_markdown("kzexpert2018").startswith("###")
    True
    """
    schemes = data.load("typology_schemes")
    schemes = schemes[schemes["source"] == source]
    parts = []
    for scheme in schemes.itertuples():
        t = typology(scheme.scheme_id)
        where = "" if scheme.table == "Text" else f" ({scheme.table})"
        parts.append(
            f"{heading} {escape.markdown(scheme.name)} {{.unnumbered}}\n\n"
            f"{escape.markdown(scheme.description)} "
            f"[@{source}, lines {scheme.line_start}-{scheme.line_end}{where}; "
            f"kind: {escape.markdown(scheme.kind)}.]\n\n"
            f"{t.markdown()}\n"
        )
    return "\n".join(parts)


# -- the data dictionary ------------------------------------------------------------------------


def _constraints_text(spec: dict) -> str:
    cons = spec.get("constraints", {})
    parts = []
    if cons.get("required"):
        parts.append("required")
    if cons.get("unique"):
        parts.append("unique")
    if "enum" in cons:
        parts.append("one of: " + ", ".join(str(v) for v in cons["enum"]))
    if "minimum" in cons:
        parts.append(f"min {cons['minimum']}")
    if "maximum" in cons:
        parts.append(f"max {cons['maximum']}")
    if "pattern" in cons:
        parts.append(f"pattern {cons['pattern']}")
    return "; ".join(parts)


def data_dictionary_markdown(*, heading: str = "##") -> str:
    """The data dictionary, generated from ``data/datapackage.json``, as Markdown.

    Parameters
    ----------
    heading : str, default "##"
        Heading level for each resource.

    Returns
    -------
    str
        For each resource: title, file, description, keys, and a table of its fields
        (name, type, constraints, description).

    Examples
    --------
    >>> data_dictionary_markdown().count("{.unnumbered}") == len(data.resource_names())
    True
    """
    pkg = data.package()
    parts = []
    for name in pkg.names:
        res = pkg.resource(name)
        schema = res["schema"]
        keys = escape.markdown(", ".join(_as_list(schema.get("primaryKey", []))))
        fks = "; ".join(
            escape.markdown(
                f"{', '.join(_as_list(fk['fields']))} \u2192 {fk['reference']['resource']}."
                f"{', '.join(_as_list(fk['reference']['fields']))}"
            )
            for fk in schema.get("foreignKeys", [])
        )
        fields = pd.DataFrame(
            {
                "Field": [f["name"] for f in schema["fields"]],
                "Type": [f.get("type", "string") for f in schema["fields"]],
                "Constraints": [_constraints_text(f) for f in schema["fields"]],
                "Description": [f.get("description", "") for f in schema["fields"]],
            }
        )
        meta = [f"File: {escape.markdown('data/' + res['path'])}", f"primary key: {keys}"]
        if fks:
            meta.append(f"foreign keys: {fks}")
        parts.append(
            f"{heading} {escape.markdown(name)} {{.unnumbered}}\n\n"
            f"**{escape.markdown(res.get('title', name))}.** "
            f"{escape.markdown(res.get('description', ''))}\n\n{'; '.join(meta)}.\n\n"
            f"{Table(fields).markdown()}\n"
        )
    return "\n".join(parts)


# -- the reproduction ledger --------------------------------------------------------------------

#: Where in the book each topic of claims is discussed.
TOPIC_SECTIONS = {
    "akims": "sec-regions",
    "incumbency": "sec-regions",
    "parliament": "sec-regions",
    "fpg": "sec-fpg",
    "survey": "sec-everyday",
    "corruption": "sec-everyday",
    "registration": "sec-everyday",
    "economy": "sec-everyday",
    "interviews": "sec-designs",
    "elections": "sec-transition",
    "seats": "sec-transition",
    "party-history": "sec-parties",
    "commissions": "sec-institutions",
    "membership": "sec-parties",
    "recognition": "sec-society",
}


def ledger_counts(table: pd.DataFrame | None = None) -> Table:
    """Number of claims by document and status.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        A ledger already computed by :func:`kznetworks.ledger.ledger`; computed
        here otherwise.

    Returns
    -------
    Table
        One row per source, one column per status, with totals.

    Examples
    --------
    >>> "reproduced" in ledger_counts().frame.columns
    True
    """
    from kznetworks import ledger

    table = ledger.ledger() if table is None else table
    counts = (
        table.pivot_table(index="source", columns="status", values="claim_id", aggfunc="count")
        .reindex(columns=list(ledger.STATUSES))
        .fillna(0)
        .astype(int)
    )
    counts["all claims"] = counts.sum(axis=1)
    counts.loc["all documents"] = counts.sum()
    return Table(
        counts.reset_index().rename(columns={"source": "Document"}),
        source="Computed by kznetworks.ledger.ledger()",
        csv=["data/claims/claims.csv", "data/claims/claims_ledger.csv"],
    )


def ledger_markdown(
    statuses: tuple[str, ...] | None = None,
    table: pd.DataFrame | None = None,
    *,
    heading: str = "###",
) -> str:
    """The claims of the ledger as Markdown: one table per document, with where the book uses each.

    Parameters
    ----------
    statuses : tuple of str, optional
        Keep only claims with these statuses.
    table : pandas.DataFrame, optional
        A ledger already computed by :func:`kznetworks.ledger.ledger`; computed
        here otherwise.
    heading : str, default "###"
        Heading level of each document's section.

    Returns
    -------
    str
        For each document with claims: a heading citing it, then a pipe table of claim
        number, line, quotation, stated value, value from the data, status and chapter.

    Examples
    --------
    >>> "| No. | Line |" in ledger_markdown(("differs",))
    True
    """
    from kznetworks import ledger

    table = ledger.ledger() if table is None else table
    topics = data.load("claims").set_index("claim_id")["topic"]
    if statuses:
        table = table[table["status"].isin(statuses)]
    parts = []
    for source in data.load("sources")["source"]:
        rows = table[table["source"] == source]
        if rows.empty:
            continue
        shown = pd.DataFrame(
            {
                "No.": rows["claim_id"].str.rsplit("-", n=1).str[-1],
                "Line": rows["line"],
                "Quotation": rows["quote"].map(lambda q: f"\u201c{q}\u201d"),
                # a range can wrap after its en dash
                "Stated": rows["stated"].map(_range_dash),
                "From the data": rows["recomputed"].map(_range_dash),
                "Status": rows["status"],
                "Chapter": [
                    f"@{TOPIC_SECTIONS[t]}" if t in TOPIC_SECTIONS else ""
                    for t in rows["claim_id"].map(topics)
                ],
            }
        )
        count = len(rows)
        parts.append(
            f"{heading} @{source} {{.unnumbered}}\n\n"
            f"{count:,} claim{'s' if count != 1 else ''}, numbered as in the claim "
            f"identifiers (`{escape.markdown(source)}-001` ...).\n\n"
            f"{Table(shown, markdown_columns=('Chapter',)).markdown()}\n"
        )
    return "\n".join(parts)


def _range_dash(value: object) -> str:
    """Write a numeric range ``a-b`` with an en dash, where a line may break."""
    text = str(value)
    return re.sub(r"^(\d[\d.,]*)-(\d[\d.,]*)$", "\\1\u2013\\2", text)


def findings_markdown(*, heading: str = "###") -> str:
    """Each finding of the ledger: what disagrees, and the likely reason.

    Parameters
    ----------
    heading : str, default "###"
        Heading level.

    Returns
    -------
    str
        Markdown: a heading per finding, its explanation and the claims' quotations.

    Examples
    --------
    >>> findings_markdown().startswith("###")
    True
    """
    findings = data.load("findings")
    claims = data.load("claims").set_index("claim_id")
    parts = []
    for f in findings.itertuples():
        ids = [c.strip() for c in str(f.claim_ids).split(";")]
        quotes = "\n".join(
            f"- {escape.markdown(cid)} (@{claims.loc[cid, 'source']}, "
            f"line {claims.loc[cid, 'line_start']}): "
            f"\u201c{escape.markdown(str(claims.loc[cid, 'quote']))}\u201d"
            for cid in ids
        )
        parts.append(
            f"{heading} {escape.markdown(f.finding_id)}: {escape.markdown(f.title)} "
            "{.unnumbered}\n\n"
            f"*{escape.markdown(f.kind.replace('-', ' '))}.* {escape.markdown(f.explanation)}"
            f"\n\n{quotes}\n"
        )
    return "\n".join(parts)
