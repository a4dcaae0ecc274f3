"""The operations a row of the recomputation spec names, and what each computes.

Every operation works on the rows of one resource, with the documented repairs
applied and the printed total rows left out (``row_type == "total"``), and returns a
:class:`~kznetworks.ledger.rules.Recomputed` whose note says what was computed, over
which rows, and which repaired cells it used:

``cell``
    the value of ``column`` in the one row that ``where`` selects;
``pair``
    the values of two columns (``column`` is ``"a, b"``) in the one selected row;
``sum``, ``min``, ``max``, ``count``, ``nunique``, ``range``
    over the rows ``where`` selects (``range`` gives the minimum and the maximum);
``share``
    100 times the sum of ``column`` over the ``where`` rows divided by its sum over
    the ``base`` rows (without a column: the number of rows);
``difference``
    the sum of ``column`` over the ``where`` rows minus its sum over the ``base`` rows;
``ratio``
    the sum of ``column`` over the ``where`` rows divided by that over the ``base`` rows;
``rank``
    the rank (1 = largest ``column``) of the one ``where`` row among the ``base`` rows;
``statistic``
    ``mean``, ``median``, ``mode``, ``sd`` (the sample standard deviation, n - 1) or
    ``n`` of ``column`` over the ``where`` rows, each row counted ``weights`` times;
``date``
    the date in ``column`` of the ``where`` rows (one date, or the span
    ``earliest/latest`` when they differ), compared at the claim's precision;
``years``
    the earliest and the latest year of the dates in ``column`` over the ``where`` rows;
``interval``
    from the date of the one ``where`` row to that of the one ``base`` row, in the unit
    named in ``statistic`` (days, weeks, months, years; see
    :func:`kznetworks.ledger.dates.between`).

A row's ``beside`` selection (a query, or ``all``) is reported beside the verdict,
never as it: where the text speaks of a subset, the reader still sees all rows' figure.

``column`` may be an arithmetic expression over columns (``100 - recognition_percent``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from kznetworks import data
from kznetworks.data.errors import expect_type, unknown_name
from kznetworks.ledger import dates, queries
from kznetworks.ledger.rules import Recomputed, figure
from kznetworks.ledger.statistics import describe

__all__ = ["OPERATIONS", "STATISTICS", "SpecRow", "beside", "describe", "resource_rows", "run"]

_PROVENANCE = {"source", "table", "row_type", "line_start", "line_end", "row"}


@dataclass(frozen=True)
class SpecRow:
    """One row of the recomputation spec (``data/claims/recompute.csv``).

    Parameters
    ----------
    claim_id : str
        The claim it recomputes.
    operation : str
        One of :data:`OPERATIONS` or ``bespoke``.
    resource : str
        The resource it reads.
    column : str
        The value column, or an arithmetic expression over columns.
    where : str
        The rows it selects (a pandas query); empty for all rows.
    base : str
        The comparison rows of ``share``, ``difference`` and ``rank``.
    weights : str
        A column giving each row's weight, for ``statistic``.
    statistic : str
        For ``statistic``: ``mean``, ``median``, ``mode``, ``sd`` or ``n``.
    rows : int or None
        How many rows ``where`` must select (the spec is wrong otherwise).
    function : str
        For ``bespoke``: the registered function's name.
    beside : str
        A second selection (a query, or ``all``) whose figure is reported beside the
        verdict.
    note : str
        What the reader should know about the computation.

    Examples
    --------
    >>> SpecRow("x-001", "sum", "interviewees", "quantity").operation
    'sum'
    """

    claim_id: str
    operation: str
    resource: str = ""
    column: str = ""
    where: str = ""
    base: str = ""
    weights: str = ""
    statistic: str = ""
    rows: int | None = None
    function: str = ""
    beside: str = ""
    note: str = ""


def resource_rows(resource: str) -> pd.DataFrame:
    """The rows an operation reads: repaired values, printed totals left out.

    Parameters
    ----------
    resource : str
        Resource name.

    Returns
    -------
    pandas.DataFrame
        The data rows.

    Examples
    --------
    >>> set(resource_rows("interviewees")["row_type"])
    {'data'}
    """
    frame = data.load(resource, repaired=True)
    if "row_type" in frame.columns:
        frame = frame[frame["row_type"] == "data"]
    return frame


def _nothing(spec: SpecRow, frame: pd.DataFrame, where: str) -> str:
    what = f"claim {spec.claim_id}: {spec.resource}"
    return queries.nothing_selected(what, frame, where, spec.statistic or spec.operation)


def _where_text(spec: SpecRow) -> str:
    return f" where {spec.where}" if spec.where else ""


def _tables(frame: pd.DataFrame) -> str:
    if "table" not in frame.columns or frame.empty:
        return "the table"
    return " and ".join(dict.fromkeys(str(t) for t in frame["table"]))


def _repaired(frame: pd.DataFrame, spec: SpecRow) -> str:
    if "repaired_fields" not in frame.columns:
        return ""
    used = []
    frame = frame[frame["repaired_fields"].fillna("").astype(str) != ""]
    repairs = data.load("repairs")
    repairs = repairs[repairs["resource"] == spec.resource]
    for _, row in frame.iterrows():
        for column in filter(None, str(row["repaired_fields"]).split(";")):
            if column not in spec.column and column not in spec.weights:
                continue
            rep = repairs[(repairs["row"] == row["row"]) & (repairs["field"] == column)]
            printed = rep["as_printed"].iloc[0] if len(rep) else pd.NA
            shown = "empty" if pd.isna(printed) else f"'{printed}'"
            used.append(f"row {int(row['row'])} {column}: printed {shown}, read {row[column]}")
    return f"uses repaired cells ({'; '.join(used)})" if used else ""


def _label_column(frame: pd.DataFrame, where: str = "") -> str | None:
    """The column that names a row: the last one the query compares with ``==``."""
    compared = [c for c in re.findall(r"(\w+)\s*==", where) if c in frame.columns]
    if compared:
        return compared[-1]
    for name in frame.columns:
        if name not in _PROVENANCE and pd.api.types.is_string_dtype(frame[name]):
            return str(name)
    return None


def _one(frame: pd.DataFrame, spec: SpecRow) -> pd.Series:
    if len(frame) != 1:
        raise LookupError(
            f"claim {spec.claim_id}: {spec.resource}{_where_text(spec)} selects {len(frame)} "
            "rows where one is meant"
        )
    return frame.iloc[0]


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else figure(value)


def _cell(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    row = _one(frame, spec)
    value = float(queries.evaluate(frame, spec.column).iloc[0])
    return Recomputed(value, f"{_row_label(row, frame)}, {spec.column}")


def _row_label(row: pd.Series, frame: pd.DataFrame) -> str:
    if "claim_id" in row:  # a statement of another passage, read from the claims
        return f"claim {row['claim_id']} (line {int(row['line_start'])})"
    if "row" not in row:
        return f"{_tables(frame)} row {row.name}"
    return f"{_tables(frame)} row {int(row['row'])}"


def _pair(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    row = _one(frame, spec)
    first, second = (c.strip() for c in spec.column.split(","))
    return Recomputed(
        (float(row[first]), float(row[second])),
        f"{_row_label(row, frame)}: {first} and {second}",
    )


def _aggregate(name: str, how: Callable[[pd.Series], float]) -> Callable[..., Recomputed]:
    def compute(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
        values = queries.evaluate(frame, spec.column)
        terms = " + ".join(_number(v) for v in values) if name == "sum" and len(values) < 13 else ""
        shown = f": {terms}" if terms else ""
        return Recomputed(
            float(how(values)),
            f"{name} of {spec.column} over {len(frame)} row(s) of {_tables(frame)}{shown}",
        )

    return compute


def _count(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    return Recomputed(float(len(frame)), f"{len(frame)} row(s) of {_tables(frame)}")


def _nunique(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    values = frame[spec.column]
    listed = ", ".join(dict.fromkeys(str(v) for v in values))
    return Recomputed(
        float(values.nunique()), f"distinct {spec.column} in {_tables(frame)}: {listed}"
    )


def _range(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    values = queries.evaluate(frame, spec.column)
    return Recomputed(
        (float(values.min()), float(values.max())),
        f"minimum and maximum of {spec.column} over {len(frame)} row(s) of {_tables(frame)}",
    )


def _share(frame: pd.DataFrame, spec: SpecRow, base: pd.DataFrame) -> Recomputed:
    if spec.column:
        part = float(queries.evaluate(frame, spec.column).sum())
        whole = float(queries.evaluate(base, spec.column).sum())
        what = f"{_number(part)} of {_number(whole)} ({spec.column})"
    else:
        part, whole = float(len(frame)), float(len(base))
        what = f"{len(frame)} of {len(base)} rows"
    return Recomputed(100.0 * part / whole, f"{what} in {_tables(base)}")


def _ratio(frame: pd.DataFrame, spec: SpecRow, base: pd.DataFrame) -> Recomputed:
    first = float(queries.evaluate(frame, spec.column).sum())
    second = float(queries.evaluate(base, spec.column).sum())
    return Recomputed(
        first / second,
        f"{_number(first)} in {_tables(frame)} divided by {_number(second)} in {_tables(base)} "
        f"(sums of {spec.column})",
    )


def _difference(frame: pd.DataFrame, spec: SpecRow, base: pd.DataFrame) -> Recomputed:
    first = float(queries.evaluate(frame, spec.column).sum())
    second = float(queries.evaluate(base, spec.column).sum())
    return Recomputed(
        first - second,
        f"{_number(first)} in {_tables(frame)} minus {_number(second)} in {_tables(base)} "
        f"(sums of {spec.column})",
    )


def _rank(frame: pd.DataFrame, spec: SpecRow, base: pd.DataFrame) -> Recomputed:
    own_row = _one(frame, spec)
    values = queries.evaluate(base, spec.column)
    own = float(queries.evaluate(frame, spec.column).iloc[0])
    rank = 1 + int((values > own).sum())
    label = _label_column(base, spec.where)
    ordered = base.assign(_value=values).sort_values("_value", ascending=False)
    runner = ordered[ordered["row"] != own_row["row"]].iloc[0]
    name = own_row[label] if label else f"row {int(own_row['row'])}"
    other = runner[label] if label else f"row {int(runner['row'])}"
    return Recomputed(
        float(rank),
        f"{name} {_number(own)}; next {other} {_number(float(runner['_value']))}; "
        f"ranked among {len(base)} row(s) of {_tables(base)}",
    )


def _statistic(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    weights = frame[spec.weights] if spec.weights else None
    stats = describe(queries.evaluate(frame, spec.column), weights)
    over = f"over {stats['n']} value(s) of {_tables(frame)}"
    if spec.statistic == "mode":
        modes = stats["mode"]
        listed = ", ".join(f"{m:.2f}" for m in modes)
        return Recomputed(modes[0], f"modal value(s) {listed} {over}")
    if spec.statistic == "sd":
        return Recomputed(
            stats["sd"], f"sample SD (n - 1) {over}; population SD {stats['sd_population']:.3f}"
        )
    return Recomputed(float(stats[spec.statistic]), f"{spec.statistic} {over}")


def _date(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    rows = "; ".join(_row_label(r, frame) for _, r in frame.head(4).iterrows())
    note = f"{spec.column} of {len(frame)} row(s): {rows}{' ...' if len(frame) > 4 else ''}"
    return Recomputed(dates.span(frame[spec.column]), note)


def _years(frame: pd.DataFrame, spec: SpecRow) -> Recomputed:
    years = [dates.year(v) for v in frame[spec.column]]
    return Recomputed(
        (float(min(years)), float(max(years))),
        f"earliest and latest year of {spec.column} over {len(frame)} row(s) of {_tables(frame)}",
    )


def _interval(frame: pd.DataFrame, spec: SpecRow, base: pd.DataFrame) -> Recomputed:
    start, end = _one(frame, spec)[spec.column], _one(base, spec)[spec.column]
    length = dates.between(start, end, spec.statistic)
    return Recomputed(length, f"{start} to {end}: {figure(length)} {spec.statistic}")


_PLAIN: dict[str, Callable[[pd.DataFrame, SpecRow], Recomputed]] = {
    "cell": _cell,
    "pair": _pair,
    "sum": _aggregate("sum", pd.Series.sum),
    "min": _aggregate("minimum", pd.Series.min),
    "max": _aggregate("maximum", pd.Series.max),
    "count": _count,
    "nunique": _nunique,
    "range": _range,
    "statistic": _statistic,
    "date": _date,
    "years": _years,
}
_WITH_BASE: dict[str, Callable[[pd.DataFrame, SpecRow, pd.DataFrame], Recomputed]] = {
    "share": _share,
    "difference": _difference,
    "ratio": _ratio,
    "rank": _rank,
    "interval": _interval,
}
#: Every operation a spec row can name (besides ``bespoke``).
OPERATIONS = tuple(sorted({*_PLAIN, *_WITH_BASE}))
#: Statistics the ``statistic`` operation knows.
STATISTICS = ("mean", "median", "mode", "sd", "n")


def run(spec: SpecRow) -> Recomputed:
    """Compute one spec row (not ``bespoke``).

    Parameters
    ----------
    spec : SpecRow
        The row.

    Returns
    -------
    Recomputed
        The value and a note on how it was computed.

    Raises
    ------
    TypeError
        When ``spec`` is not a :class:`SpecRow`.
    KeyError
        When its operation or statistic is not a known one.
    LookupError
        When ``where`` selects a number of rows other than ``rows`` (or one, for the
        operations on one row), or no row for an operation that needs some (every
        one but ``count`` and ``sum``); the message lists the values of the columns
        the filter compares.

    Examples
    --------
    >>> run(SpecRow("x", "sum", "interviewees", "quantity")).value
    75.0
    """
    expect_type("spec", spec, SpecRow, "a SpecRow")
    if spec.operation not in OPERATIONS:
        raise unknown_name(
            "operation", spec.operation, OPERATIONS, hint="bespoke rows run through recompute()"
        )
    if spec.operation == "statistic" and spec.statistic not in STATISTICS:
        raise unknown_name("statistic", spec.statistic, STATISTICS)
    frame = resource_rows(spec.resource)
    chosen = queries.select(frame, spec.where)
    if chosen.empty and spec.operation not in ("count", "sum"):
        raise LookupError(_nothing(spec, frame, spec.where))
    base = queries.select(frame, spec.base) if spec.operation in _WITH_BASE else chosen
    if spec.operation in _WITH_BASE and base.empty:
        raise LookupError(_nothing(spec, frame, spec.base or "(all rows)"))
    if spec.rows is not None and len(chosen) != spec.rows:
        raise LookupError(
            f"claim {spec.claim_id}: {spec.resource}{_where_text(spec)} selects {len(chosen)} "
            f"rows, the spec expects {spec.rows}"
        )
    result = _compute(chosen, spec, base)
    note = _join(result.note, _repaired(chosen, spec), spec.note)
    return Recomputed(result.value, note)


def _compute(chosen: pd.DataFrame, spec: SpecRow, base: pd.DataFrame) -> Recomputed:
    if spec.operation in _WITH_BASE:
        return _WITH_BASE[spec.operation](chosen, spec, base)
    return _PLAIN[spec.operation](chosen, spec)


def beside(spec: SpecRow) -> Recomputed | None:
    """The figure of the spec row's ``beside`` selection, reported beside the verdict.

    Parameters
    ----------
    spec : SpecRow
        A spec row (not ``bespoke``).

    Returns
    -------
    Recomputed or None
        The operation over the ``beside`` rows (``all``: every row), or None.

    Examples
    --------
    >>> row = SpecRow("x", "statistic", "akim_tenure", "akims_count",
    ...               where="note_markers.isna()", statistic="mean", beside="all")
    >>> round(beside(row).value, 3)
    5.381
    """
    if not spec.beside:
        return None
    frame = resource_rows(spec.resource)
    chosen = frame if spec.beside.strip() == "all" else queries.select(frame, spec.beside)
    base = queries.select(frame, spec.base) if spec.operation in _WITH_BASE else chosen
    return _compute(chosen, spec, base)
