"""How the ledger decides: a claim's status from its stated and recomputed values.

``reproduced``
    the recomputed value matches at the printed precision (or, for "about" and
    similar qualifiers, within 10 percent; for a range, inside it or, for a printed
    minimum and maximum, at both ends; for a date, at the claim's precision: "in 1999"
    is reproduced by 10 October 1999). A whole number stated as exact must also lie
    within 10 percent of the value: rounding 1.29 weeks to "only one week" changes what
    the sentence says, so it is not a reproduction;
``differs``
    it does not; both values and the difference are shown;
``bound holds`` / ``bound fails``
    for claims stated as bounds: "over 60 percent" holds above 60; "nearly 40
    percent" holds from 36 up to 40 (within 10 percent below);
``not derivable``
    the data needed are not in the documents' tables, or testing the claim would be
    circular; the reason is one of :data:`REASONS`.

Nothing here adjusts the data to make a claim pass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from kznetworks.data.errors import expect_type
from kznetworks.ledger import dates

__all__ = [
    "APPROX_TOLERANCE",
    "REASONS",
    "STATUSES",
    "Recomputed",
    "agrees",
    "bound",
    "decimals",
    "evaluate",
    "figure",
]

STATUSES = ("reproduced", "differs", "bound holds", "bound fails", "not derivable")
#: Why a claim is not derivable: the fixed list every untested claim draws from.
REASONS: dict[str, str] = {
    "no-data": "no table of the documents, and no other data here, holds what it states",
    "circular": "the only data that could test it were derived from the claim itself",
    "vague": "its bound or quantity is too vague to test",
    "out-of-scope": "it is about something outside the documents' data (a general fact)",
    "qualitative": "it puts a number on a judgement or an impression, not on a quantity",
}
#: Tolerance for claims the text itself calls approximate ("about a quarter").
APPROX_TOLERANCE = 0.10

_LOWER_STRICT = ("more than", "over", "above", "exceeds", "a little more than", "upwards of")
_LOWER_INCLUSIVE = ("at least", "not less than", "no less than")
_UPPER_STRICT = ("less than", "fewer than", "under", "below")
_UPPER_INCLUSIVE = ("up to", "not more than", "no more than", "at most", "within")
_NEARLY = ("nearly", "almost")


def figure(value: float, digits: int = 4) -> str:
    """A recomputed number as the ledger shows it, never in exponent notation.

    A whole number is shown in full, so that a reader can compare it digit by digit
    with the printed figure (``607557``, not ``6.076e+05``). Any other number is
    rounded to ``digits`` significant figures, or to a whole number of units when it
    has more digits before the point. The verdict is decided on the unrounded value;
    this is only how it is shown.

    Parameters
    ----------
    value : float
        The number.
    digits : int, default 4
        Significant figures of a number that is not whole.

    Returns
    -------
    str
        Positional notation; ``nan`` or ``inf`` as Python writes them.

    Examples
    --------
    >>> figure(607557.0), figure(-555000.0), figure(2.73333), figure(-0.000854712)
    ('607557', '-555000', '2.733', '-0.0008547')
    >>> figure(61622.5), figure(0.0000123456), figure(-0.0)
    ('61622', '0.00001235', '0')
    """
    number = float(value)
    if not math.isfinite(number):
        return f"{number:g}"
    if number.is_integer():
        return str(int(number))
    whole_digits = len(str(int(abs(number))))
    return format(Decimal(f"{number:.{max(digits, whole_digits)}g}"), "f")


@dataclass(frozen=True)
class Recomputed:
    """A value recomputed from the data, with how it was obtained.

    Parameters
    ----------
    value : float, str or tuple
        The recomputed figure; a date string for dates; ``(low, high)`` for ranges.
    note : str
        Method, caveats and the data used.

    Examples
    --------
    >>> Recomputed(2.7333, "mean over the 21 rows").value
    2.7333
    """

    value: float | str | tuple
    note: str = ""


def decimals(text: str) -> int:
    """Number of decimals a figure was printed with.

    Parameters
    ----------
    text : str
        The figure as printed, e.g. ``"1.90"``.

    Returns
    -------
    int
        Digits after the decimal point (0 for integers).

    Examples
    --------
    >>> decimals("1.90"), decimals("75")
    (2, 0)
    """
    expect_type("text", text, str, "a figure as printed (a string, e.g. '1.90')")
    return len(text.split(".", 1)[1]) if "." in text else 0


def agrees(printed_text: str, value: float) -> bool:
    """Whether ``value`` rounds to the printed figure at its printed precision.

    Rounding is half-up on the decimal representation, as printed tables round.

    Parameters
    ----------
    printed_text : str
        The printed figure, e.g. ``"2.73"``.
    value : float
        The recomputed value.

    Returns
    -------
    bool
        True when the recomputed value reproduces the printed one.

    Examples
    --------
    >>> agrees("2.73", 2.7333), agrees("0.94", 0.946)
    (True, False)
    """
    expect_type("printed_text", printed_text, str, "a figure as printed (a string)")
    expect_type("value", value, int | float, "a number")
    places = decimals(printed_text)
    factor = 10**places
    rounded = math.floor(value * factor + 0.5 + 1e-9) / factor
    return math.isclose(rounded, float(printed_text), abs_tol=10 ** -(places + 3))


def bound(qualifier: str) -> tuple[str, bool] | None:
    """Classify a qualifier as a bound: ``("lower" | "upper" | "nearly", strict)``.

    Parameters
    ----------
    qualifier : str
        The claim's qualifier, e.g. ``"more than"``.

    Returns
    -------
    tuple or None
        The side and whether it is strict; ``None`` when it is not a bound word.

    Examples
    --------
    >>> bound("more than"), bound("at least"), bound("nearly"), bound("about")
    (('lower', True), ('lower', False), ('nearly', False), None)
    """
    expect_type("qualifier", qualifier, str, "a qualifier (a string such as 'more than')")
    q = qualifier.strip().lower()
    if q.startswith(_NEARLY):
        return "nearly", False
    if q.startswith(_LOWER_STRICT):
        return "lower", True
    if q.startswith(_LOWER_INCLUSIVE) or q.endswith(("or more", "or over")):
        return "lower", False
    if q.startswith(_UPPER_STRICT):
        return "upper", True
    if q.startswith(_UPPER_INCLUSIVE) or q.endswith(("or less", "or fewer", "or under")):
        return "upper", False
    return None


def _printed_text(claim: pd.Series) -> str:
    places = int(claim["precision"]) if not pd.isna(claim["precision"]) else 0
    return f"{float(claim['value']):.{places}f}"


def evaluate(claim: pd.Series, recomputed: Recomputed) -> tuple[str, float | None]:
    """Give one claim its status from the recomputed value.

    Parameters
    ----------
    claim : pandas.Series
        A row of ``claims`` (``value``, ``value_high``, ``kind``, ``qualifier``,
        ``precision``).
    recomputed : Recomputed
        The value the data give.

    Returns
    -------
    (str, float or None)
        The status (one of :data:`STATUSES`) and recomputed minus stated, when
        numeric.

    Examples
    --------
    >>> claim = pd.Series({"value": "2.73", "value_high": None, "kind": "exact",
    ...                    "qualifier": "exactly", "precision": 2})
    >>> status, difference = evaluate(claim, Recomputed(2.7333))
    >>> status, round(difference, 4)
    ('reproduced', 0.0033)
    """
    expect_type("claim", claim, pd.Series, "a row of claims (a pandas Series)")
    expect_type("recomputed", recomputed, Recomputed, "a Recomputed value")
    kind = str(claim["kind"])
    qualifier = "" if pd.isna(claim["qualifier"]) else str(claim["qualifier"])
    value = recomputed.value
    if kind == "date":
        return _date_status(str(claim["value"]), str(value)), None
    if isinstance(value, tuple):
        low, high = float(claim["value"]), float(claim["value_high"])
        same = math.isclose(value[0], low) and math.isclose(value[1], high)
        return ("reproduced" if same else "differs"), None
    stated = float(claim["value"])
    diff = float(value) - stated
    side = bound(qualifier)
    if kind == "range" and not pd.isna(claim["value_high"]):
        inside = stated <= float(value) <= float(claim["value_high"])
        return ("reproduced" if inside else "differs"), None
    if kind == "bound" or (kind == "rounded" and side):
        if side is None:
            # a bare bound word this module does not know: report, do not guess
            return "differs", diff
        direction, strict = side
        x = float(value)
        if direction == "nearly":
            holds = (1 - APPROX_TOLERANCE) * stated <= x <= stated
        elif direction == "lower":
            holds = x > stated if strict else x >= stated
        else:
            holds = x < stated if strict else x <= stated
        return ("bound holds" if holds else "bound fails"), diff
    if kind == "rounded":
        ok = abs(diff) <= APPROX_TOLERANCE * abs(stated) or agrees(
            _printed_text(claim), float(value)
        )
        return ("reproduced" if ok else "differs"), diff
    ok = agrees(_printed_text(claim), float(value))
    if ok and _whole(claim):
        ok = abs(diff) <= APPROX_TOLERANCE * abs(stated)
    return ("reproduced" if ok else "differs"), diff


def _whole(claim: pd.Series) -> bool:
    """A whole number stated exactly (``precision`` 0): rounding must not change it."""
    places = 0 if pd.isna(claim["precision"]) else int(claim["precision"])
    return places == 0 and str(claim["kind"]) in ("exact", "count")


def _date_status(stated: str, recomputed: str) -> str:
    """A date claim against a date or an ``earliest/latest`` span, at the claim's precision.

    Raises
    ------
    kznetworks.ledger.dates.DateError
        When the data are coarser than the claim (they cannot test it).
    """
    parts = dates.precision(stated)
    ends = recomputed.split("/")
    same = all(dates.truncate(end, parts) == stated for end in ends)
    return "reproduced" if same else "differs"
