"""Whether the rows a recomputation reads could test the claim at all.

A claim is tested only by data from another passage than the one it quotes. A row
transcribed from the claim's own lines (the same document, overlapping lines), or
compiled with a note that takes its value from those lines ("month from 7060"),
restates the claim: testing the claim against it is circular. A row whose value the
project inferred (a note or certainty saying "inferred") is no evidence either.

A printed table's derived cell (a total, a percent) may be tested against the other
cells of its own table (:data:`DERIVING`): 175 of 242 members is not the printed
72.31 percent, it is the count the percent was computed from.

Counting rows (``count``, ``nunique``, ``share`` without a column) is the exception:
the items of an enumeration are not the number that counts them, so "three waves"
may be checked against the waves the text goes on to describe, even in the same
sentence. Reading a value (a cell, a sum, a date) from the claim's own lines is never
allowed. :func:`problems` says what is wrong with a spec row's rows;
:func:`kznetworks.ledger.spec.check_spec` refuses such a row.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["COUNTING", "DERIVING", "cited_lines", "problems"]

#: Operations that count rows rather than read a value from them.
COUNTING = ("count", "nunique")
#: Operations that derive a figure from other cells (a total from its terms, a percent
#: from its counts): a printed table's derived cell may be tested against its own table.
DERIVING = ("share", "sum", "statistic", "difference", "ratio", "min", "max", "range")


def _sourcing(note: object) -> str:
    """The parts of a note that say where a value comes from ("month from 7060").

    A note's other citations corroborate or contrast ("glossary 104-106 gives 2006",
    "lines 7079-7085 say September 1991"); they do not make the row restate them.

    Examples
    --------
    >>> _sourcing("glossary 104-106 gives 2006; date from the title (line 10539)")
    'date from the title (line 10539)'
    """
    if note is None or (isinstance(note, float) and pd.isna(note)):
        return ""
    parts = (p.strip() for p in str(note).split(";"))
    return "; ".join(p for p in parts if re.search(r"\bfrom\b", p))


_CITED = re.compile(r"(?:\blines?\s+|\(|\bfrom\s+|\bat\s+)(\d{2,5})(?:\s*[-\u2013]\s*(\d{2,5}))?")
_BARE = re.compile(r"\b(\d{3,5})(?:\s*[-\u2013]\s*(\d{3,5}))?\b")


def cited_lines(note: object, *, years_too: bool = False) -> list[tuple[int, int]]:
    """The line ranges a compiler's note cites.

    Numbers between 1900 and 2030 are years unless written as lines ("line 2012",
    "(2012)"); with ``years_too`` every number counts.

    Parameters
    ----------
    note : str
        The note.
    years_too : bool, default False
        Read bare numbers that could be years as lines too.

    Returns
    -------
    list of (int, int)
        First and last line of each cited range.

    Examples
    --------
    >>> cited_lines("month from 7060 ('December 1986 riots')")
    [(7060, 7060)]
    >>> cited_lines("glossary 162-164; conflict (isaacs 9216-9228 gives October 1991)")
    [(162, 164), (9216, 9228)]
    """
    if note is None or (isinstance(note, float) and pd.isna(note)):
        return []
    text = str(note)
    found: set[tuple[int, int]] = set()
    for match in _CITED.finditer(text):
        a = int(match.group(1))
        found.add((a, int(match.group(2) or a)))
    for match in _BARE.finditer(text):
        a, b = int(match.group(1)), int(match.group(2) or match.group(1))
        if years_too or not (1900 <= a <= 2030 and 1900 <= b <= 2030):
            found.add((a, b))
    return sorted(found)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def problems(claim: pd.Series, rows: pd.DataFrame, operation: str, column: str = "") -> list[str]:
    """What makes ``rows`` unfit to test ``claim``: its own lines, or inferred values.

    Parameters
    ----------
    claim : pandas.Series
        A row of ``claims`` (``source``, ``line_start``, ``line_end``, ``claim_id``).
    rows : pandas.DataFrame
        The rows the spec row reads (``where`` and ``base`` selections).
    operation : str
        The spec row's operation.
    column : str, optional
        Its column (``share`` without a column counts rows).

    Returns
    -------
    list of str
        One sentence per unfit row; empty when the rows can test the claim.

    Examples
    --------
    >>> claim = pd.Series({"claim_id": "x-001", "source": "isaacs2009",
    ...                    "line_start": 7060, "line_end": 7060})
    >>> rows = pd.DataFrame({"row": [15], "source": ["isaacs2009"], "line_start": [1025],
    ...                      "line_end": [1028], "note": ["month from 7060"]})
    >>> problems(claim, rows, "date")[0]
    "row 15 takes its value from lines 7060-7060, the claim's own: circular"
    """
    counting = operation in COUNTING or (operation == "share" and not column)
    derived = str(claim.get("table", "Text")) != "Text"
    own = (int(claim["line_start"]), int(claim["line_end"]))
    years_too = not (1900 <= own[0] <= 2030)
    found = []
    for _, row in rows.iterrows():
        label = f"row {int(row['row'])}" if "row" in row else f"claim {row.get('claim_id')}"
        if row.get("claim_id") == claim["claim_id"]:
            found.append(f"{label} is the claim itself: circular")
            continue
        note = row.get("note", None)
        if "inferred" in str(note).lower() or str(row.get("certainty", "")) == "inferred":
            found.append(f"{label} holds an inferred value, no evidence for a claim")
        if counting or "line_start" not in row or row.get("source") != claim["source"]:
            continue
        lines = (int(row["line_start"]), int(row["line_end"]))
        if _overlap(lines, own) and not (derived and operation in DERIVING):
            found.append(f"{label} is transcribed from lines {lines[0]}-{lines[1]}: circular")
            continue
        for cited in cited_lines(_sourcing(note), years_too=years_too):
            if _overlap(cited, own):
                found.append(
                    f"{label} takes its value from lines {cited[0]}-{cited[1]}, the claim's "
                    "own: circular"
                )
                break
    return found
