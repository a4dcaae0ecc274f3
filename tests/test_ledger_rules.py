"""The status rules: precision, bounds, approximations, ranges and dates."""

from __future__ import annotations

import pandas as pd
import pytest

from kznetworks.ledger.rules import Recomputed, agrees, bound, decimals, evaluate, figure


def _claim(**overrides) -> pd.Series:
    base = {
        "value": "40",
        "value_high": None,
        "kind": "bound",
        "qualifier": "nearly",
        "precision": 0,
    }
    return pd.Series(base | overrides)


@pytest.mark.parametrize(
    ("claim", "value", "status"),
    [
        (_claim(), 38.0, "bound holds"),
        (_claim(), 30.0, "bound fails"),  # "nearly 40" is not 30
        (_claim(), 41.0, "bound fails"),
        (_claim(qualifier="over", value="60"), 60.0, "bound fails"),
        (_claim(qualifier="at least", value="60"), 60.0, "bound holds"),
        (_claim(qualifier="less than", value="10"), 8.7, "bound holds"),
        (_claim(qualifier="three quarters or less", value="0.75"), 0.92, "bound fails"),
        (
            _claim(kind="exact", qualifier="exactly", value="2.73", precision=2),
            2.7349,
            "reproduced",
        ),
        (_claim(kind="exact", qualifier="exactly", value="0.94", precision=2), 0.946, "differs"),
        (_claim(kind="rounded", qualifier="about", value="25"), 24.79, "reproduced"),
        (_claim(kind="rounded", qualifier="about", value="25"), 20.0, "differs"),
        (_claim(kind="rounded", qualifier="a little more than", value="25"), 27.68, "bound holds"),
        (_claim(kind="range", qualifier="exactly", value="7", value_high="9"), 14.9, "differs"),
        (_claim(kind="range", qualifier="exactly", value="7", value_high="9"), 8.0, "reproduced"),
        (_claim(kind="bound", qualifier="six-figure", value="100000"), 140000.0, "differs"),
    ],
)
def test_evaluate(claim, value, status) -> None:
    assert evaluate(claim, Recomputed(value))[0] == status


def test_dates_and_pairs() -> None:
    assert (
        evaluate(_claim(kind="date", value="2018-11-08"), Recomputed("2018-11-08"))[0]
        == "reproduced"
    )
    assert (
        evaluate(_claim(kind="date", value="2018-11-08"), Recomputed("2018-11-09"))[0] == "differs"
    )
    pair = _claim(kind="range", value="4", value_high="10")
    assert evaluate(pair, Recomputed((3, 10)))[0] == "differs"
    assert evaluate(pair, Recomputed((4, 10)))[0] == "reproduced"


def test_rounding_is_half_up_at_the_printed_precision() -> None:
    assert decimals("1.90") == 2 and decimals("75") == 0
    assert agrees("2.73", 2.725) and not agrees("2.73", 2.7249)
    assert agrees("0.41", 0.4132) and not agrees("0.94", 0.946)


def test_bound_words() -> None:
    assert bound("more than") == ("lower", True)
    assert bound("no more than") == ("upper", False)
    assert bound("about") is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (607557.0, "607557"),
        (15_000_000.0, "15000000"),
        (-555000.0, "-555000"),
        (72.3077, "72.31"),
        (0.00333333, "0.003333"),
        (-0.000854701, "-0.0008547"),
        (0.0000123456, "0.00001235"),
        (61622.4, "61622"),
        (1234.56, "1235"),
        (-0.0, "0"),
        (float("nan"), "nan"),
    ],
)
def test_figures_are_shown_in_full_and_never_in_exponent_notation(value, shown) -> None:
    assert figure(value) == shown
