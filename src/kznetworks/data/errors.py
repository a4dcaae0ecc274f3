"""The error every broken piece of the data package raises, and the issues it lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["DataValidationError", "Issue"]


@dataclass(frozen=True)
class Issue:
    """One problem found in the data package.

    Parameters
    ----------
    file : str
        Path of the offending file, relative to the data folder.
    rule : str
        The rule that is broken (for example ``type``, ``required``, ``enum``).
    message : str
        A sentence saying what is wrong.
    row : int or None
        Data row (1-based, header excluded), if the problem is in a row.
    column : str or None
        Column name, if the problem is in a column.
    line : int or None
        Line of the file where the row starts (the header is line 1), given when it
        differs from ``row + 1`` (a quoted cell with a line break makes a row span
        several lines); or, for a problem outside the rows (the header, an entry of the
        descriptor), the line of the file it is on.

    Examples
    --------
    >>> issue = Issue("akim_tenure.csv", "required", "a value is required", 2, "region")
    >>> print(issue)
    akim_tenure.csv, row 2 (line 3), column 'region': rule 'required' broken: a value is required
    >>> print(Issue("a.csv", "header", "missing column(s) ['n']", column="n", line=1))
    a.csv, line 1, column 'n': rule 'header' broken: missing column(s) ['n']
    """

    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            line = self.line if self.line is not None else self.row + 1
            where.append(f"row {self.row} (line {line})")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: rule '{self.rule}' broken: {self.message}"


class DataValidationError(ValueError):
    """Raised when the data package breaks its own schema or descriptor.

    Parameters
    ----------
    issues : iterable of Issue
        Every problem found; the message lists them all.

    Examples
    --------
    >>> err = DataValidationError([Issue("a.csv", "type", "value 'x' is not an integer", 3, "n")])
    >>> print(err)
    1 data validation error(s):
    - a.csv, row 3 (line 4), column 'n': rule 'type' broken: value 'x' is not an integer
    """

    def __init__(self, issues: Iterable[Issue]):
        self.issues: list[Issue] = list(issues)
        lines = [str(issue) for issue in self.issues]
        super().__init__(
            f"{len(lines)} data validation error(s):\n" + "\n".join(f"- {x}" for x in lines)
        )
