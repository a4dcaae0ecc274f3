"""Read one CSV cell by its field's schema: type, constraints, and nothing coerced.

Every rule here is one of the Frictionless Table Schema's (types ``string``,
``integer``, ``number``, ``boolean``, ``date``, ``year``; constraints ``required``,
``enum``, ``minimum``, ``maximum``, ``pattern``, ``minLength``, ``maxLength``), read
strictly: only ASCII digits count as digits (a full-width six, U+FF16, is not 6), numbers
must be finite (``1e400`` is not a number), dates must exist in the calendar. Two
checks have no Frictionless equivalent and are the project's own:

``control-character``
    a cell holds no control character (a NUL byte, a line break): every value is one
    line of text;
``kz:partialDate``
    a string field so marked holds a date at year, month or day precision
    (``2004``, ``2004-03``, ``2004-03-18``) that exists in the calendar.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pandas as pd

__all__ = ["PARTIAL_DATE", "cast", "to_dtype"]

#: The field property that marks a string field as a partial date.
PARTIAL_DATE = "kz:partialDate"

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR = re.compile(r"[0-9]{4}")
_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_BOOLEANS = {"true": True, "false": False}
_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "year": "Int64",
    "number": "Float64",
    "boolean": "boolean",
}

Problem = tuple[str, str]


def _typed(cell: str, kind: str) -> tuple[Any, Problem | None]:
    if kind == "string":
        return cell, None
    if kind == "integer":
        if not _INTEGER.fullmatch(cell):
            return None, ("type", f"value {cell!r} is not an integer (ASCII digits)")
        return int(cell), None
    if kind == "number":
        if not _NUMBER.fullmatch(cell):
            return None, ("type", f"value {cell!r} is not a number")
        value = float(cell)
        if not math.isfinite(value):
            return None, ("type", f"value {cell!r} is not a finite number")
        return value, None
    if kind == "boolean":
        if cell not in _BOOLEANS:
            return None, ("type", f"value {cell!r} is not a boolean (true or false)")
        return _BOOLEANS[cell], None
    if kind == "date":
        if not _DATE.fullmatch(cell):
            return None, ("type", f"value {cell!r} is not a date (YYYY-MM-DD)")
        try:
            return dt.date.fromisoformat(cell), None
        except ValueError:
            return None, ("type", f"value {cell!r} is not a date in the calendar")
    if kind == "year":
        if not _YEAR.fullmatch(cell):
            return None, ("type", f"value {cell!r} is not a year (YYYY)")
        return int(cell), None
    return None, ("schema", f"the schema gives an unsupported field type {kind!r}")


def _partial_date(cell: str) -> Problem | None:
    match = _PARTIAL.fullmatch(cell)
    if not match:
        return (PARTIAL_DATE, f"value {cell!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return (PARTIAL_DATE, f"value {cell!r} is not a date in the calendar")
    return None


def _constraints(cell: str, value: Any, spec: dict[str, Any]) -> Problem | None:
    constraints = spec.get("constraints", {})
    if "enum" in constraints:
        allowed = constraints["enum"]
        if value not in allowed and cell not in [str(a) for a in allowed]:
            return ("enum", f"value {cell!r} is not one of {allowed}")
    for rule, broken, word in (
        ("minimum", lambda v, m: v < m, "below"),
        ("maximum", lambda v, m: v > m, "above"),
    ):
        if rule in constraints:
            try:
                if broken(value, constraints[rule]):
                    return (rule, f"value {cell!r} is {word} the {rule} {constraints[rule]}")
            except TypeError:
                return ("schema", f"the {rule} {constraints[rule]!r} does not fit the field type")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], cell):
        return ("pattern", f"value {cell!r} does not match /{constraints['pattern']}/")
    if "minLength" in constraints and len(cell) < constraints["minLength"]:
        return ("minLength", f"value {cell!r} is shorter than {constraints['minLength']}")
    if "maxLength" in constraints and len(cell) > constraints["maxLength"]:
        return ("maxLength", f"value {cell!r} is longer than {constraints['maxLength']}")
    if spec.get(PARTIAL_DATE):
        return _partial_date(cell)
    return None


def cast(cell: str, spec: dict[str, Any], missing_values: set[str]) -> tuple[Any, Problem | None]:
    """Read one CSV cell by its field spec.

    Parameters
    ----------
    cell : str
        The text of the cell.
    spec : dict
        The field's descriptor (``name``, ``type``, ``constraints`` ...).
    missing_values : set of str
        Texts that mean "no value" (the schema's ``missingValues``).

    Returns
    -------
    tuple
        ``(value, None)`` when the cell is valid (``value`` is ``None`` for a missing
        value), else ``(None, (rule, message))``.

    Examples
    --------
    >>> cast("42", {"type": "integer"}, {""})
    (42, None)
    >>> cast("\\uff16", {"type": "integer"}, {""})[1][0]
    'type'
    >>> cast("2007-02-30", {"type": "date"}, {""})[1][1]
    "value '2007-02-30' is not a date in the calendar"
    """
    if _CONTROL.search(cell):
        shown = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", cell)
        return None, ("control-character", f"value {shown!r} holds a control character")
    if cell in missing_values:
        if spec.get("constraints", {}).get("required"):
            return None, ("required", "a value is required but the cell is empty")
        return None, None
    if cell != cell.strip():
        return None, ("whitespace", f"value {cell!r} has leading or trailing spaces")
    value, problem = _typed(cell, spec.get("type", "string"))
    if problem:
        return None, problem
    problem = _constraints(cell, value, spec)
    if problem:
        return None, problem
    return value, None


def to_dtype(column: pd.Series, spec: dict[str, Any]) -> pd.Series:
    """Give a column of cast values the pandas dtype of its field type.

    Parameters
    ----------
    column : pandas.Series
        Values returned by :func:`cast`.
    spec : dict
        The field's descriptor.

    Returns
    -------
    pandas.Series
        Nullable dtypes (``Int64``, ``Float64``, ``boolean``, ``string``); dates as
        ``datetime64``.

    Examples
    --------
    >>> to_dtype(pd.Series([1, None]), {"type": "integer"}).dtype
    Int64Dtype()
    """
    kind = spec.get("type", "string")
    if kind == "date":
        return pd.to_datetime(column, format="ISO8601")
    return column.astype(_DTYPES[kind])
