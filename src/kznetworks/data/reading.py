"""Read one CSV file of the data package: its header and rows, with the line each row starts on.

A quoted cell may hold a line break, so a row can span several lines of the file; the
line every row starts on is kept, so that messages point at the right line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from kznetworks.data.errors import Issue

__all__ = ["Rows", "read_csv"]


@dataclass
class Rows:
    """The cells of one resource as read from its file, before typing.

    Parameters
    ----------
    header : list of str
        The header row.
    body : list of list of str
        The data rows.
    lines : list of int
        For each data row, the line of the file where it starts.
    issues : list of Issue
        Problems found while reading.

    Examples
    --------
    >>> Rows(["a"], [["1"]], [2]).lines
    [2]
    """

    header: list[str]
    body: list[list[str]]
    lines: list[int]
    issues: list[Issue] = field(default_factory=list)


def read_csv(path: Path, rel: str) -> Rows:
    """Read a CSV file strictly: UTF-8, no byte-order mark, well-formed quoting.

    Parameters
    ----------
    path : pathlib.Path
        The file.
    rel : str
        Its path relative to the data folder, for messages.

    Returns
    -------
    Rows
        Header, rows and start lines; a missing, empty, non-UTF-8 or malformed file
        gives no rows and its issue.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
    >>> _ = path.write_text('a,b\\n1,"two\\nlines"\\n3,4\\n')
    >>> read_csv(path, "a.csv").lines
    [2, 4]
    """
    if not path.is_file():
        return Rows([], [], [], [Issue(rel, "file-exists", "the file does not exist")])
    raw = path.read_bytes()
    if not raw.strip():
        return Rows([], [], [], [Issue(rel, "not-empty", "the file is empty (no header)")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return Rows(
            [], [], [], [Issue(rel, "encoding", f"not valid UTF-8 at byte {err.start}", line=line)]
        )
    issues: list[Issue] = []
    if text.startswith("\ufeff"):
        issues.append(Issue(rel, "encoding", "the file starts with a byte-order mark", line=1))
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    starts: list[int] = []
    previous = 0
    try:
        for row in reader:
            rows.append(row)
            starts.append(previous + 1)
            previous = reader.line_num
    except csv.Error as err:
        # the row being read is data row len(rows) (the header is rows[0])
        row = len(rows) if rows else None
        issues.append(Issue(rel, "csv-syntax", str(err), row=row, line=previous + 1))
        return Rows([], [], [], issues)
    return Rows(rows[0], rows[1:], starts[1:], issues)
