"""Small helpers that turn computed values into words for the book's prose.

Chapters never type a number: they compute it and format it with these helpers
inside inline Python expressions, for example ``prose.number_words(n)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from numbers import Integral, Real

from kznetworks.data.errors import expect_type, expect_whole

__all__ = ["join_words", "line_label", "line_span", "number_words", "percent"]

_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]


def number_words(n: int) -> str:
    """Spell out a whole number up to twenty, as house style wants in prose.

    Parameters
    ----------
    n : int
        The number.

    Returns
    -------
    str
        ``"five"`` for 5; larger numbers as digits with thousands separators.

    Examples
    --------
    >>> number_words(5), number_words(1083)
    ('five', '1,083')
    """
    expect_type("n", n, Integral, "a whole number")
    n = int(n)
    return _WORDS[n] if 0 <= n < len(_WORDS) else f"{n:,}"


def percent(value: float, places: int = 1) -> str:
    """Format a share already in percent.

    Parameters
    ----------
    value : float
        The share in percent (e.g. 72.31).
    places : int, default 1
        Decimals to show.

    Returns
    -------
    str
        E.g. ``"72.3%"``.

    Examples
    --------
    >>> percent(72.314, 2)
    '72.31%'
    """
    expect_type("value", value, Real, "a number (a share in percent)")
    expect_whole("places", places, what="decimals")
    return f"{value:.{places}f}%"


def join_words(items: Iterable[str], conjunction: str = "and") -> str:
    """Join words as English prose: ``a``, ``a and b``, ``a, b and c``.

    Parameters
    ----------
    items : iterable of str
        The words.
    conjunction : str, default "and"
        The word before the last item.

    Returns
    -------
    str
        The joined phrase.

    Examples
    --------
    >>> join_words(["Tables 3", "4", "5"])
    'Tables 3, 4 and 5'
    """
    expect_type("conjunction", conjunction, str, "a word such as 'and'")
    if isinstance(items, str):
        raise TypeError(f"items must be a list of words, such as [{items!r}]; got {items!r}")
    items = list(items)
    for item in items:
        expect_type("every item", item, str, "a word (a string)")
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def line_span(start: object, end: object) -> str:
    """A range of a document's lines: ``"12"`` for one line, ``"3\u20137"`` for several.

    Parameters
    ----------
    start, end : int
        First and last line (any integer type, such as a numpy integer).

    Returns
    -------
    str
        The one line, or the two joined by an en dash.

    Examples
    --------
    >>> line_span(12, 12), line_span(3, 7) == "3\u20137"
    ('12', True)
    """
    a, b = int(start), int(end)
    return f"{a}" if a == b else f"{a}\u2013{b}"


def line_label(start: object, end: object) -> str:
    """A citation's locator: ``"line 11"`` for one line, ``"lines 3\u20137"`` for several.

    Parameters
    ----------
    start, end : int
        First and last line.

    Returns
    -------
    str
        "line" or "lines" and :func:`line_span`.

    Examples
    --------
    >>> line_label(11, 11)
    'line 11'
    """
    span = line_span(start, end)
    return f"line {span}" if int(start) == int(end) else f"lines {span}"
