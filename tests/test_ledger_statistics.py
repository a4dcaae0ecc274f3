"""Summary statistics of frequency tables."""

from __future__ import annotations

import math

import pandas as pd

from kznetworks.ledger.statistics import describe


def test_weights_expand_each_value() -> None:
    stats = describe(pd.Series([1, 2, 3, 4]), pd.Series([175, 46, 14, 7]))
    assert stats["n"] == 242
    assert math.isclose(stats["mean"], (175 + 92 + 42 + 28) / 242)
    assert stats["median"] == 1.0 and stats["mode"] == [1.0]
    assert stats["sd"] > stats["sd_population"]


def test_every_mode_is_reported() -> None:
    stats = describe(pd.Series([1.0, 2.0, 3.0]), pd.Series([2, 2, 1]))
    assert stats["mode"] == [1.0, 2.0]


def test_unweighted_values_count_once() -> None:
    stats = describe(pd.Series([2.0, 4.0]))
    assert stats["n"] == 2 and stats["mean"] == 3.0
    assert math.isclose(stats["sd"], math.sqrt(2.0)) and stats["sd_population"] == 1.0
