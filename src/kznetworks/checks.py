"""Compare the figures a table prints about itself with the figures its rows give.

Tables print totals, means, medians, modes, standard deviations and percentages.
:func:`summary_report` puts each printed figure beside the one recomputed from the
table's rows, with the printed precision as tolerance, so that a reader (and the
test suite) sees where a document's own arithmetic holds and where it does not.
Nothing is adjusted: a printed figure that disagrees stays as printed and is
reported.

Recomputations use the documented repairs (``load(..., repaired=True)``) where a
printed cell is unreadable; the ``note`` column says when they do.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

import pandas as pd

from kznetworks import data

__all__ = [
    "Comparison",
    "agrees",
    "decimals",
    "incumbency_statistics",
    "summary_report",
    "tenure_statistics",
    "total_rows",
]


@dataclass(frozen=True)
class Comparison:
    """A printed figure beside the figure recomputed from the table's rows.

    Parameters
    ----------
    resource : str
        Resource the printed figure belongs to.
    table : str
        The printed table label.
    item : str
        What is compared, e.g. ``"Total (interviews)"`` or ``"Mazhilis mean"``.
    printed : float
        The printed figure (as a number).
    printed_text : str
        The printed figure as it appears in the file (keeps its decimals).
    recomputed : float
        The figure recomputed from the rows.
    agrees : bool
        Whether the recomputed figure, rounded to the printed precision, equals
        the printed one.
    line_start, line_end : int
        Seed lines of the printed figure.
    note : str
        Method and caveats (e.g. sample vs population standard deviation, repaired
        cells used).

    Examples
    --------
    >>> c = Comparison("interviewees", "Table A1", "TOTAL", 75.0, "75", 75.0, True, 621, 621)
    >>> c.difference
    0.0
    """

    resource: str
    table: str
    item: str
    printed: float
    printed_text: str
    recomputed: float
    agrees: bool
    line_start: int
    line_end: int
    note: str = ""

    @property
    def difference(self) -> float:
        """Recomputed minus printed."""
        return self.recomputed - self.printed


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
    places = decimals(printed_text)
    factor = 10**places
    rounded = math.floor(value * factor + 0.5 + 1e-9) / factor
    return math.isclose(rounded, float(printed_text), abs_tol=10 ** -(places + 3))


def _mode(values: Iterable[float]) -> list[float]:
    series = pd.Series(list(values), dtype="float64")
    counts = series.value_counts()
    top = counts.max()
    return sorted(float(v) for v in counts[counts == top].index)


def tenure_statistics() -> dict[str, float | list[float]]:
    """Recompute the summary statistics of Junisbai Table 2 from its 21 rows.

    Returns
    -------
    dict
        ``mean``, ``median``, ``mode`` (list: all modal values),
        ``standard_deviation`` (sample, n - 1) and ``standard_deviation_population``.

    Examples
    --------
    >>> round(tenure_statistics()["mean"], 2)
    2.73
    """
    values = data.load("akim_tenure")["average_tenure_years"].astype("float64")
    return {
        "mean": float(values.mean()),
        "median": float(values.median()),
        "mode": _mode(values),
        "standard_deviation": float(values.std(ddof=1)),
        "standard_deviation_population": float(values.std(ddof=0)),
        "n": int(values.size),
    }


def incumbency_statistics(chamber: str) -> dict[str, float | list[float]]:
    """Recompute N, mean, median, mode and standard deviation of terms for one chamber.

    Parameters
    ----------
    chamber : {"Mazhilis", "Senate"}
        The chamber (Junisbai Table 3 or Table 4).

    Returns
    -------
    dict
        ``n``, ``mean``, ``median``, ``mode`` (list), ``standard_deviation``
        (sample), ``standard_deviation_population``, ``member_terms`` (sum of
        terms over members) and ``percent`` (per number of terms).

    Examples
    --------
    >>> incumbency_statistics("Mazhilis")["n"]
    242
    """
    rows = data.load("incumbency")
    rows = rows[rows["chamber"] == chamber]
    terms = rows["terms"].astype("int64").to_numpy()
    counts = rows["members"].astype("int64").to_numpy()
    expanded = pd.Series([t for t, c in zip(terms, counts, strict=True) for _ in range(c)])
    n = int(counts.sum())
    return {
        "n": n,
        "mean": float(expanded.mean()),
        "median": float(expanded.median()),
        "mode": _mode(expanded),
        "standard_deviation": float(expanded.std(ddof=1)),
        "standard_deviation_population": float(expanded.std(ddof=0)),
        "member_terms": int((terms * counts).sum()),
        "percent": {int(t): 100 * c / n for t, c in zip(terms, counts, strict=True)},
    }


# -- printed totals ------------------------------------------------------------------------

#: For totals whose scope is not simply "all data rows of the group": which data rows a
#: printed total adds up, keyed by (resource, printed label).
_TOTAL_SCOPE: dict[tuple[str, str], Callable[[pd.DataFrame], pd.Series]] = {
    ("election_seats", "Total number of pro-presidential deputies"): lambda d: (
        d["orientation"] == "Pro-presidential"
    ),
    ("election_seats", "Total number of opposition deputies"): lambda d: (
        d["orientation"] == "Opposition"
    ),
    ("election_commissions_2007", "Total opposition representation"): lambda d: d[
        "party"
    ].str.startswith("OSDP"),
    ("election_commissions_2007", "Total pro-presidential or loyal opposition representation"): (
        lambda d: ~d["party"].str.startswith("OSDP")
    ),
}
_TOTAL_NOTES = {
    ("election_commissions_2007", "Total opposition representation"): (
        "opposition = the OSDP (with Nagiz Ak Zhol) row, as the thesis's text says"
    ),
    ("election_commissions_2007", "Total pro-presidential or loyal opposition representation"): (
        "all rows except OSDP, as the thesis's text says"
    ),
}
#: Resources whose totals are per group (the column that delimits a group).
_GROUP_BY = {"election_seats": "election"}


def total_rows(resource: str) -> list[Comparison]:
    """Compare every printed total row of a resource with the sum of its data rows.

    Parameters
    ----------
    resource : str
        A resource with a ``row_type`` column.

    Returns
    -------
    list of Comparison
        One per printed total and numeric column. A total whose printed cell is
        missing is compared through its documented repair, and says so.

    Examples
    --------
    >>> [c.agrees for c in total_rows("interviewees")]
    [True]
    """
    printed = data.load(resource)
    repaired = data.load(resource, repaired=True)
    raw = data.raw(resource)
    schema = data.package().resource(resource)["schema"]["fields"]
    numeric = [
        f["name"]
        for f in schema
        if f["type"] in ("integer", "number")
        and f["name"] not in ("row", "line_start", "line_end", "order")
    ]
    label_col = next(
        f["name"]
        for f in schema
        if f["type"] == "string"
        and f["name"] not in ("source", "table", "row_type")
        and f["name"] not in _GROUP_BY.values()
    )
    out: list[Comparison] = []
    group_col = _GROUP_BY.get(resource)
    for i in printed.index[printed["row_type"] == "total"]:
        total = repaired.loc[i]
        scope = repaired[repaired["row_type"] == "data"]
        if group_col:
            scope = scope[scope[group_col] == total[group_col]]
        label = str(total[label_col])
        chooser = _TOTAL_SCOPE.get((resource, label))
        if chooser is not None:
            scope = scope[chooser(scope).fillna(False).astype(bool)]
        for column in numeric:
            notes = [_TOTAL_NOTES.get((resource, label), "")]
            used = [
                f"row {int(r)}"
                for r, fields in zip(scope["row"], scope["repaired_fields"], strict=True)
                if column in str(fields).split(";")
            ]
            if used:
                notes.append(f"uses repaired cells ({', '.join(used)})")
            printed_value = printed.loc[i, column]
            text = raw.loc[i, column]
            if pd.isna(printed_value):
                if column not in str(total["repaired_fields"]).split(";"):
                    continue
                notes.append("printed cell missing: compared with its documented repair")
                printed_value = total[column]
                text = (
                    str(int(printed_value))
                    if float(printed_value).is_integer()
                    else str(printed_value)
                )
            recomputed = float(scope[column].astype("float64").sum())
            where = f" {total[group_col]}" if group_col else ""
            out.append(
                Comparison(
                    resource=resource,
                    table=str(total["table"]),
                    item=f"{label}{where} ({column})",
                    printed=float(printed_value),
                    printed_text=text,
                    recomputed=recomputed,
                    agrees=agrees(text, recomputed),
                    line_start=int(total["line_start"]),
                    line_end=int(total["line_end"]),
                    note="; ".join(n for n in notes if n),
                )
            )
    return out


def _statistic_comparisons(
    resource: str,
    table_of: Callable[[pd.Series], str],
    recompute: Callable[[pd.Series], dict],
    unit: str,
) -> list[Comparison]:
    stats = data.load(resource)
    raw = data.raw(resource)
    out = []
    for i, row in stats.iterrows():
        values = recompute(row)
        name = str(row["statistic"])
        text = raw.loc[i, "value"]
        note = ""
        if name == "mode":
            modes = values["mode"]
            recomputed = float(text) if float(text) in modes else modes[0]
            note = "modal value(s): " + ", ".join(f"{m:g}" for m in modes)
        elif name == "standard_deviation":
            # always the sample SD (the notes speak of sample statistics); the population
            # SD is reported beside it, never substituted to make a figure agree
            recomputed = values["standard_deviation"]
            population = values["standard_deviation_population"]
            note = f"sample SD (n - 1); population SD {population:.3f}"
            if not agrees(text, recomputed) and agrees(text, population):
                note += " matches the printed figure"
        else:
            recomputed = float(values[name])
        printed_unit = raw.loc[i, "unit_as_printed"]
        if printed_unit and printed_unit != unit:
            warning = f"unit printed as '{printed_unit}', but the statistic is in {unit}"
            note = "; ".join(x for x in (note, warning) if x)
        out.append(
            Comparison(
                resource=resource,
                table=str(row["table"]),
                item=f"{table_of(row)}{name}",
                printed=float(row["value"]),
                printed_text=text,
                recomputed=recomputed,
                agrees=agrees(text, recomputed),
                line_start=int(row["line_start"]),
                line_end=int(row["line_end"]),
                note=note,
            )
        )
    return out


def _incumbency_percent() -> list[Comparison]:
    rows = data.load("incumbency")
    raw = data.raw("incumbency")
    out = []
    for i, row in rows.iterrows():
        value = incumbency_statistics(str(row["chamber"]))["percent"][int(row["terms"])]
        text = raw.loc[i, "percent"]
        out.append(
            Comparison(
                resource="incumbency",
                table=str(row["table"]),
                item=f"{row['chamber']} share with {int(row['terms'])} term(s) (percent)",
                printed=float(row["percent"]),
                printed_text=text,
                recomputed=value,
                agrees=agrees(text, value),
                line_start=int(row["line_start"]),
                line_end=int(row["line_end"]),
            )
        )
    return out


def _incumbency_sessions() -> list[Comparison]:
    sessions = data.load("incumbency_sessions")
    out = []
    for chamber, group in sessions.groupby("chamber", sort=False):
        listed = int(group["members_listed"].sum())
        member_terms = incumbency_statistics(str(chamber))["member_terms"]
        out.append(
            Comparison(
                resource="incumbency_sessions",
                table=str(group["table"].iloc[0]),
                item=f"{chamber} members listed over four sessions vs member-terms in the table",
                printed=float(listed),
                printed_text=str(listed),
                recomputed=float(member_terms),
                agrees=listed == member_terms,
                line_start=int(group["line_start"].min()),
                line_end=int(group["line_end"].max()),
                note="printed: sum of the per-session counts in the note; recomputed: "
                "sum of terms x members over the table's rows",
            )
        )
    return out


def summary_report() -> pd.DataFrame:
    """List every printed total and summary statistic beside its recomputed value.

    Returns
    -------
    pandas.DataFrame
        One row per comparison: ``resource``, ``table``, ``item``, ``printed``,
        ``printed_text``, ``recomputed``, ``difference``, ``agrees``,
        ``line_start``, ``line_end``, ``note``.

    Examples
    --------
    >>> report = summary_report()
    >>> bool(report.loc[report["item"] == "average tenure mean", "agrees"].iloc[0])
    True
    """
    comparisons: list[Comparison] = []
    comparisons += _statistic_comparisons(
        "akim_tenure_stats",
        lambda row: "average tenure ",
        lambda row: tenure_statistics(),
        unit="years",
    )
    comparisons += _statistic_comparisons(
        "incumbency_stats",
        lambda row: f"{row['chamber']} ",
        lambda row: incumbency_statistics(str(row["chamber"])),
        unit="terms",
    )
    comparisons += _incumbency_percent()
    comparisons += _incumbency_sessions()
    for resource in data.resource_names():
        fields = [f["name"] for f in data.package().resource(resource)["schema"]["fields"]]
        if "row_type" in fields:
            comparisons += total_rows(resource)
    frame = pd.DataFrame([asdict(c) | {"difference": c.difference} for c in comparisons])
    columns = [
        "resource",
        "table",
        "item",
        "printed",
        "printed_text",
        "recomputed",
        "difference",
        "agrees",
        "line_start",
        "line_end",
        "note",
    ]
    return frame[columns]
