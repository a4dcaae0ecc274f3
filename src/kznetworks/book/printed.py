"""The documents' tables as printed, and the figures they state in their text.

:func:`printed` shows one resource of the data package as the document prints it:
the cells' exact text (thousands separators where the document uses them), a dagger
(†) on every cell with a documented repair, and under the table its source (document,
table, lines), a link to its CSV file and a note on each repair. Names of the register's
entities (the columns of :data:`~kznetworks.register.links.NAME_COLUMNS`) link to their
entries in the who's who. :data:`DISPLAY`
says, for each resource a chapter shows, which columns appear under which heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from kznetworks import data
from kznetworks.book import escape
from kznetworks.book.mentions import linked_names
from kznetworks.book.prose import line_span
from kznetworks.book.table import Table
from kznetworks.data.errors import expect_type, unknown_name
from kznetworks.register.links import NAME_COLUMNS

__all__ = ["DISPLAY", "REPAIRED_MARK", "Column", "Display", "printed", "table_label_key"]

REPAIRED_MARK = "\u2020"  # dagger


@dataclass(frozen=True)
class Column:
    """How one column of a resource is shown.

    Parameters
    ----------
    heading : str
        The column's heading.
    thousands : bool, default False
        Print whole numbers with a comma every three digits, as the document does.
    label : bool, default False
        The values are identifiers (``bribery_connections_widespread``): show them as
        words ("Bribery connections widespread").

    Examples
    --------
    >>> Column("Official membership", thousands=True).show("607557")
    '607,557'
    """

    heading: str
    thousands: bool = False
    label: bool = False

    def show(self, text: str) -> str:
        """The cell as shown, from its text in the file."""
        if self.thousands and re.fullmatch(r"[0-9]{4,}", text):
            return f"{int(text):,}"
        if self.label and re.fullmatch(r"[a-z0-9_]+", text):
            return text.replace("_", " ").capitalize()
        return text


@dataclass(frozen=True)
class Display:
    """What a chapter shows of one resource.

    Parameters
    ----------
    columns : dict
        Resource column to :class:`Column`, in order.
    label : str
        The column that names a row in the notes on its repairs.
    words : str
        How the source is described: ``"as printed"`` for a table, ``"as stated"``
        for figures stated in the text.
    lines : bool, default False
        Add a column with each row's lines in the document.
    merge_markers : str
        Fold the column of note letters (``note_markers``) into this column's cells,
        so that no column is mostly empty.
    notes : str
        A resource holding the table's printed notes, shown under the table.

    Examples
    --------
    >>> DISPLAY["akim_tenure"].label
    'region'
    """

    columns: dict[str, Column]
    label: str = ""
    words: str = "as printed"
    lines: bool = False
    merge_markers: str = field(default="")
    notes: str = ""


def _c(heading: str, **kwargs: bool) -> Column:
    return Column(heading, **kwargs)


#: The columns shown for each resource a chapter displays, with their headings.
DISPLAY: dict[str, Display] = {
    "financial_industrial_groups": Display(
        {
            "tier": _c("Tier"),
            "name": _c("Name"),
            "group_label": _c("Group"),
            "businesses": _c("Associated businesses and enterprises"),
            "presidents_relative": _c("President's relative?"),
            "note_markers": _c("Notes"),
        },
        label="name",
    ),
    "financial_industrial_groups_notes": Display({"marker": _c("Note"), "text": _c("Text")}),
    "akim_tenure": Display(
        {
            "region": _c("Oblast' or major city"),
            "average_tenure_years": _c("Average tenure (years)"),
            "akims_count": _c("No. of akims"),
            "longest_serving": _c("Akims in office longest"),
            "note_markers": _c("Notes"),
        },
        label="region",
        merge_markers="region",
    ),
    "akim_tenure_notes": Display({"marker": _c("Note"), "text": _c("Text")}, lines=True),
    "akim_tenure_stats": Display(
        {
            "statistic": _c("Statistic", label=True),
            "value": _c("Value"),
            "unit_as_printed": _c("Unit as printed"),
        },
        lines=True,
    ),
    "incumbency": Display(
        {
            "terms": _c("Number of terms"),
            "members": _c("Number of members"),
            "percent": _c("Percent"),
        },
        label="terms",
    ),
    "incumbency_stats": Display(
        {
            "chamber": _c("Chamber"),
            "statistic": _c("Statistic", label=True),
            "value": _c("Value"),
            "unit_as_printed": _c("Unit as printed"),
        },
        lines=True,
    ),
    "incumbency_sessions": Display(
        {"chamber": _c("Chamber"), "session": _c("Session"), "members_listed": _c("Members")},
        lines=True,
    ),
    "interviewees": Display(
        {"respondent_type": _c("Type of respondent"), "quantity": _c("Quantity")},
        label="respondent_type",
    ),
    "interview_questions": Display(
        {"respondent_group": _c("Asked of"), "question": _c("Question")},
        label="question",
        notes="interview_questions_notes",
    ),
    "interview_sample": Display(
        {
            "party": _c("Party"),
            "interviews": _c("Interviews conducted"),
            "central_elites": _c("Central party elites"),
            "regional_elites": _c("Regional party elites"),
        },
        label="party",
    ),
    "supplementary_interviews": Display(
        {"category": _c("Category"), "interviews": _c("Interviews")}, label="category"
    ),
    "first_secretaries": Display(
        {
            "republic": _c("Republic"),
            "first_secretary": _c("CP first secretary"),
            "entry_year": _c("Entry into office"),
            "exit_year": _c("Exit from office"),
        },
        label="first_secretary",
    ),
    "informal_rule_evolution": Display(
        {"type_of_rule": _c("Type of rule"), "component_parts": _c("Component parts")},
        label="type_of_rule",
    ),
    "election_seats": Display(
        {
            "party_or_affiliation": _c("Party or affiliation"),
            "orientation": _c("Political orientation"),
            "seats": _c("Seats"),
        },
        label="party_or_affiliation",
    ),
    "election_2007_text": Display(
        {
            "party": _c("Party"),
            "statement": _c("The thesis's words"),
            "won_seats": _c("Won seats"),
            "vote_percent": _c("Vote (%)"),
        },
        label="party",
        words="as stated",
        lines=True,
    ),
    "dvk_signatories": Display({"name": _c("Name"), "position": _c("Position")}, label="name"),
    "election_commissions_2007": Display(
        {"party": _c("Parties"), "members": _c("Members of election commissions", thousands=True)},
        label="party",
    ),
    "party_membership_2008": Display(
        {"party": _c("Party"), "official_membership": _c("Official membership", thousands=True)},
        label="party",
    ),
    "ideological_positions": Display(
        {"ideological_position": _c("Ideological position"), "party": _c("Party")}, label="party"
    ),
    "programmatic_values": Display(
        {"party": _c("Party"), "value_statement": _c("Value statements")}, label="party"
    ),
    "leader_recognition_2004": Display(
        {
            "personality": _c("Personality"),
            "party": _c("Party"),
            "recognition_percent": _c("Recognition (% of respondents)"),
        },
        label="personality",
    ),
    "party_glossary": Display(
        {
            "entry": _c("Entry"),
            "founded_year": _c("Founded"),
            "founders": _c("Founders"),
            "leaders": _c("Leaders"),
            "stance": _c("Stance (the glossary's words)"),
        },
        label="entry",
    ),
    "survey_2013": Display(
        {
            "indicator": _c("Figure", label=True),
            "qualifier": _c("Qualifier"),
            "value": _c("Value"),
            "unit": _c("Unit"),
            "phrase": _c("The bulletin's words"),
        },
        label="indicator",
        words="as stated",
        lines=True,
    ),
    "registration_operation": Display(
        {
            "indicator": _c("Figure", label=True),
            "value": _c("Value"),
            "unit": _c("Unit"),
            "phrase": _c("The post's words"),
        },
        label="indicator",
        words="as stated",
        lines=True,
    ),
}


def table_label_key(label: str) -> tuple:
    """Sort key of a printed table label: ``Table 2`` before ``Table 10`` and ``Table A1``.

    Parameters
    ----------
    label : str
        E.g. ``"Table 3.4"``.

    Returns
    -------
    tuple
        Numbers of the label, appendix tables last.

    Examples
    --------
    >>> sorted(["Table A1", "Table 10", "Table 2"], key=table_label_key)
    ['Table 2', 'Table 10', 'Table A1']
    """
    tail = str(label).removeprefix("Table ").strip()
    parts = tail.replace("A", "99.").split(".")
    return tuple(int(p) if p.isdigit() else 0 for p in parts)


def _format(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _select(name: str, frame: pd.DataFrame, where: dict[str, object] | None) -> pd.Series:
    keep = pd.Series(True, index=frame.index)
    if where is None:
        return keep
    expect_type("where", where, dict, "a dict of column: value, such as {'chamber': 'Senate'}")
    if not where:
        raise ValueError("where must name at least one column: value; got {}")
    for column, value in where.items():
        if column not in frame.columns:
            raise unknown_name(f"column of {name}", column, frame.columns)
        match = frame[column].astype("string") == str(value)
        if not match.any():
            raise unknown_name(f"{name}.{column} value", value, frame[column].dropna())
        keep &= match.fillna(False).astype(bool)
    if not keep.any():
        raise ValueError(f"no row of {name} matches all of {where}")
    return keep


def _repair_notes(name: str, frame: pd.DataFrame, display: Display) -> list[str]:
    repairs = data.load("repairs")
    repairs = repairs[repairs["resource"] == name]
    rows = set(frame["row"].astype(int))
    labels = frame.set_index("row")[display.label] if display.label else None
    bullets = []
    for rep in repairs.itertuples():
        if int(rep.row) not in rows:
            continue
        label = _format(labels.loc[int(rep.row)]) if labels is not None else ""
        printed_text = "" if pd.isna(rep.as_printed) else str(rep.as_printed)
        shown = (
            f"\u2018{escape.markdown(printed_text)}\u2019"
            if printed_text
            else "nothing (the cell is missing)"
        )
        heading = display.columns.get(str(rep.field), Column(str(rep.field))).heading
        where = f"\u2018{escape.markdown(label)}\u2019, " if label else ""
        bullets.append(
            f"- {REPAIRED_MARK} {where}{escape.markdown(heading)}: printed {shown}, read as "
            f"\u2018{escape.markdown(rep.repaired)}\u2019 ({escape.markdown(rep.kind)}): "
            f"{escape.markdown(rep.reason)}."
        )
    return ["\n".join(bullets)] if bullets else []


def printed(name: str, *, where: dict[str, object] | None = None) -> Table:
    """One table of the documents as printed, its repaired cells marked and explained.

    Parameters
    ----------
    name : str
        A resource listed in :data:`DISPLAY`.
    where : dict, optional
        Keep only the rows whose columns equal these values (one election, one chamber).

    Returns
    -------
    Table
        The rows as printed; under them the source (document, table, lines), the CSV
        link and one note per repaired cell.

    Raises
    ------
    KeyError
        When ``name`` is not a displayed resource, or ``where`` names no column of it.
    ValueError
        When ``where`` selects no row.

    Examples
    --------
    >>> printed("interviewees").frame.iloc[-1, 0]
    'TOTAL'
    >>> printed("party_membership_2008").frame.iloc[1, 1]
    '607,557'
    """
    expect_type("name", name, str, "the name of a printed table's resource (a string)")
    if name not in DISPLAY:
        hint = (
            f"{name} is a resource of the data package, but not a table the book prints"
            if name in data.resource_names()
            else ""
        )
        if name == "sources":
            hint = "the catalogue of the documents is tables.sources()"
        raise unknown_name("printed table", name, DISPLAY, hint=hint)
    display = DISPLAY[name]
    frame = data.load(name)
    repaired = data.load(name, repaired=True)
    keep = _select(name, frame, where)
    frame, repaired = frame[keep], repaired[keep]
    raw = data.raw(name).set_index("row")
    shown = pd.DataFrame(index=frame.index)
    for column, spec in display.columns.items():
        cells = []
        for i in frame.index:
            if column in str(repaired.loc[i, "repaired_fields"]).split(";"):
                cells.append(f"{spec.show(_format(repaired.loc[i, column]))}{REPAIRED_MARK}")
            else:
                cells.append(spec.show(raw.loc[str(frame.loc[i, "row"]), column]))
        shown[spec.heading] = cells
    markers = display.columns.get("note_markers")
    if markers is not None and display.merge_markers:
        # fold the note letters into the named cell: no column that is mostly empty
        target = display.columns[display.merge_markers].heading
        letters = shown.pop(markers.heading)
        shown[target] = [
            f"{cell} ({letter})" if letter else cell
            for cell, letter in zip(shown[target], letters, strict=True)
        ]
    elif markers is not None and (shown[markers.heading] == "").all():
        shown = shown.drop(columns=markers.heading)
    for column in NAME_COLUMNS.get(name, []):
        if column in display.columns and display.columns[column].heading in shown.columns:
            heading = display.columns[column].heading
            shown[heading] = [
                linked_names(name, int(row), column, str(cell))
                for row, cell in zip(frame["row"], shown[heading], strict=True)
            ]
    if display.lines:
        shown["Lines"] = [
            line_span(a, b) for a, b in zip(frame["line_start"], frame["line_end"], strict=True)
        ]
    labels = sorted(set(frame["table"]), key=table_label_key)
    span = line_span(frame["line_start"].min(), frame["line_end"].max())
    where_words = "lines" if "\u2013" in span else "line"
    key = str(frame["source"].iloc[0])
    place = ", ".join(escape.markdown(label) for label in labels if label != "Text")
    place = f", {place}" if place else ""
    source = f"@{key}{place}, {display.words} ({where_words} {span})"
    csv = ["data/" + data.package().resource(name)["path"]]
    notes = _repair_notes(name, frame, display)
    if display.notes:
        printed_notes = data.load(display.notes)
        notes += [
            f"Note {escape.markdown(row.marker)}: {escape.markdown(row.text)} "
            f"(line {int(row.line_start)})"
            for row in printed_notes.itertuples()
        ]
        csv.append("data/" + data.package().resource(display.notes)["path"])
    return Table(shown.reset_index(drop=True), source=source, csv=csv, notes=notes)
