"""Dates as the documents state them: a year, a month or a day, compared at that precision.

A claim's date and a date in the data are ISO strings of one, two or three parts
(``"1999"``, ``"1999-10"``, ``"1999-10-10"``); a year may also be a number
(``1986``). A claim is compared with the data at the claim's own precision: "in 1999"
is reproduced by an event of 10 October 1999. Data coarser than the claim cannot test
it: an event dated 1999 says nothing about "October 1999".

Several dates that do not agree form a span, written ``"earliest/latest"``; a claim is
reproduced by a span only if both ends agree with it at its precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

__all__ = [
    "UNITS",
    "DateError",
    "between",
    "parse",
    "precision",
    "span",
    "text",
    "truncate",
    "year",
]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
#: Units an interval between two dates can be measured in.
UNITS = ("days", "weeks", "months", "years")


class DateError(ValueError):
    """A value that is not an ISO date (year, year-month or year-month-day).

    Examples
    --------
    >>> str(DateError("'spring' is not a date"))
    "'spring' is not a date"
    """


def parse(value: object) -> tuple[int, ...]:
    """The parts of a date: ``(year,)``, ``(year, month)`` or ``(year, month, day)``.

    Parameters
    ----------
    value : str, int or float
        An ISO date string, or a year as a number.

    Returns
    -------
    tuple of int
        One to three parts.

    Raises
    ------
    DateError
        When the value is not such a date.

    Examples
    --------
    >>> parse("1999-10"), parse(1986.0), parse("2004-09-19")
    ((1999, 10), (1986,), (2004, 9, 19))
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1000 <= value <= 2999:
            return (int(value),)
        raise DateError(f"{value!r} is not a year")
    match = _DATE.match(str(value).strip())
    if not match:
        raise DateError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = tuple(int(p) for p in match.groups() if p is not None)
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        raise DateError(f"{value!r}: month {parts[1]} is not 1-12")
    if len(parts) == 3:
        date(*parts)  # raises ValueError on an impossible day
    return parts


def text(parts: tuple[int, ...]) -> str:
    """Write date parts as an ISO string.

    Examples
    --------
    >>> text((1999, 1, 9))
    '1999-01-09'
    """
    head, *rest = parts
    return "-".join([f"{head:04d}", *(f"{p:02d}" for p in rest)])


def precision(value: object) -> int:
    """How many parts a date has: 1 (year), 2 (month) or 3 (day).

    Examples
    --------
    >>> precision("1995-12"), precision(2007)
    (2, 1)
    """
    return len(parse(value))


def truncate(value: object, parts: int) -> str:
    """A date cut to its first ``parts`` parts.

    Raises
    ------
    DateError
        When the date has fewer parts than asked for (it is coarser).

    Examples
    --------
    >>> truncate("1999-10-10", 1)
    '1999'
    """
    own = parse(value)
    if len(own) < parts:
        raise DateError(f"{text(own)} is coarser than the {parts}-part date it should test")
    return text(own[:parts])


def year(value: object) -> int:
    """The year of a date.

    Examples
    --------
    >>> year("2004-03")
    2004
    """
    return parse(value)[0]


def span(values: Iterable[object]) -> str:
    """One date, or ``"earliest/latest"`` when the dates differ.

    Dates are ordered by their parts (a year sorts before its months); a claim is
    compared with each end at its own precision.

    Examples
    --------
    >>> span(["2007-03-13", "2006-12-19", "2007-05-17"])
    '2006-12-19/2007-05-17'
    >>> span([2006, "2006"]), span(["2006-09", "2006"])
    ('2006', '2006/2006-09')
    """
    parsed = sorted({parse(v) for v in values})
    if not parsed:
        raise DateError("no date to span")
    first, last = text(parsed[0]), text(parsed[-1])
    return first if first == last else f"{first}/{last}"


def between(start: object, end: object, unit: str) -> float:
    """How long from ``start`` to ``end``, in ``unit``, at the precision the unit needs.

    Years need both dates to the year, months to the month, days and weeks to the day;
    days are counted inclusively (29 October to 6 November is nine days), as a period
    the documents call "from ... to".

    Examples
    --------
    >>> between("1995-03-08", "1995-12-09", "months")
    9.0
    >>> round(between("2018-10-29", "2018-11-06", "weeks"), 3)
    1.286
    """
    if unit not in UNITS:
        raise DateError(f"unit {unit!r} is not one of {UNITS}")
    need = {"years": 1, "months": 2, "days": 3, "weeks": 3}[unit]
    a, b = parse(truncate(start, need)), parse(truncate(end, need))
    if unit == "years":
        return float(b[0] - a[0])
    if unit == "months":
        return float(12 * (b[0] - a[0]) + b[1] - a[1])
    days = (date(*b) - date(*a)).days + 1
    return float(days if unit == "days" else days / 7)
