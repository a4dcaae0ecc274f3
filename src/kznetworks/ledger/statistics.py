"""Summary statistics of values that each count a number of times (a frequency table).

The printed tables summarise distributions whose rows are values with a count (so
many deputies served one term, so many two): :func:`describe` expands them and gives
the statistics the documents print.
"""

from __future__ import annotations

import pandas as pd

from kznetworks.data.errors import expect_type

__all__ = ["describe"]


def describe(values: pd.Series, weights: pd.Series | None = None) -> dict[str, object]:
    """Mean, median, modes, sample and population SD, and n of values with weights.

    Parameters
    ----------
    values : pandas.Series
        The values.
    weights : pandas.Series, optional
        How many times each value counts (for example the members with that many
        terms); once each by default.

    Returns
    -------
    dict
        ``n``, ``mean``, ``median``, ``mode`` (every modal value, ascending),
        ``sd`` (sample, n - 1) and ``sd_population``.

    Examples
    --------
    >>> stats = describe(pd.Series([1.0, 2.0, 3.0]), pd.Series([2, 1, 1]))
    >>> stats["n"], stats["mean"], stats["mode"]
    (4, 1.75, [1.0])
    """
    expect_type("values", values, pd.Series, "a pandas Series of numbers")
    if weights is not None:
        expect_type("weights", weights, pd.Series, "a pandas Series of counts, or None")
        if len(weights) != len(values):
            raise ValueError(
                f"weights must give one count per value; got {len(weights)} for {len(values)}"
            )
    if values.empty or (weights is not None and int(weights.sum()) == 0):
        raise ValueError(
            "describe needs at least one value; got none (does a filter select no row?)"
        )
    values = values.astype("float64").reset_index(drop=True)
    counts = (
        weights.astype("int64").reset_index(drop=True)
        if weights is not None
        else pd.Series(1, index=values.index)
    )
    expanded = values.repeat(counts).reset_index(drop=True)
    frequency = expanded.value_counts()
    modes = sorted(float(v) for v in frequency[frequency == frequency.max()].index)
    return {
        "n": int(expanded.size),
        "mean": float(expanded.mean()),
        "median": float(expanded.median()),
        "mode": modes,
        "sd": float(expanded.std(ddof=1)),
        "sd_population": float(expanded.std(ddof=0)),
    }
