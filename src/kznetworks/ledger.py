"""The reproduction ledger: every number the documents state, recomputed or accounted for.

The ``claims`` resource holds one row per quantitative statement of the documents
(running text and printed summary rows). For each claim the data can test, a named
function in this module recomputes it from the data package; :func:`ledger` then
gives every claim a status:

``reproduced``
    the recomputed value matches at the printed precision (or, for "about" and
    similar qualifiers, within 10 percent; for a range, at both ends);
``differs``
    it does not; both values and the difference are shown;
``bound holds`` / ``bound fails``
    for claims stated as bounds: "over 60 percent" holds above 60; "nearly 40
    percent" holds from 36 up to 40 (within 10 percent below);
``not derivable``
    the data needed are not in the documents' tables; the reason is given.

Where a document's own figures disagree, the ``findings`` resource explains why
(rounding, sample versus population statistics, a typing error in the source, text
against table). Nothing here adjusts the data to make a claim pass. The committed
``claims_ledger`` resource records the expected status of every claim, and the test
suite fails when a status changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from kznetworks import checks, data

__all__ = [
    "METHODS",
    "REASONS",
    "STATUSES",
    "Recomputed",
    "evaluate",
    "ledger",
    "method",
    "not_derivable_reason",
]

STATUSES = ("reproduced", "differs", "bound holds", "bound fails", "not derivable")

_LOWER_STRICT = ("more than", "over", "above", "exceeds", "a little more than", "upwards of")
_LOWER_INCLUSIVE = ("at least", "not less than", "no less than")
_UPPER_STRICT = ("less than", "fewer than", "under", "below")
_UPPER_INCLUSIVE = ("up to", "not more than", "no more than", "at most", "within")
_NEARLY = ("nearly", "almost")
#: Tolerance for claims the text itself calls approximate ("about a quarter").
APPROX_TOLERANCE = 0.10


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


#: claim id -> function recomputing it.
METHODS: dict[str, Callable[[], Recomputed]] = {}
#: claim id -> why it is not derivable, where the default reason is not enough.
REASONS: dict[str, str] = {}


def method(*claim_ids: str) -> Callable[[Callable[[], Recomputed]], Callable[[], Recomputed]]:
    """Register a recomputation function for one or more claims.

    Parameters
    ----------
    *claim_ids : str
        The claims the decorated function recomputes.

    Returns
    -------
    callable
        A decorator that records the function in :data:`METHODS`.

    Examples
    --------
    >>> METHODS["junisbai2010-094"].__name__
    'akim_tenure_mean'
    """

    def register(func: Callable[[], Recomputed]) -> Callable[[], Recomputed]:
        for claim_id in claim_ids:
            if claim_id in METHODS:
                raise ValueError(f"claim {claim_id} already has a method")
            METHODS[claim_id] = func
        return func

    return register


# -- helpers ------------------------------------------------------------------------------------


def _cell(resource: str, column: str, **where: object) -> float:
    frame = data.load(resource, repaired=True)
    for key, value in where.items():
        frame = frame[frame[key] == value]
    if len(frame) != 1:
        raise LookupError(f"{resource}: {where} matches {len(frame)} rows")
    return float(frame[column].iloc[0])


def _share(numerator: float, denominator: float) -> float:
    return 100.0 * numerator / denominator


def _terms(chamber: str) -> pd.DataFrame:
    rows = data.load("incumbency")
    return rows[rows["chamber"] == chamber]


# -- Junisbai (2010): Tables 2-4 and A1 ----------------------------------------------------------


@method("junisbai2010-094", "junisbai2010-097")
def akim_tenure_mean() -> Recomputed:
    """Mean of the 21 regional average tenures (Table 2)."""
    return Recomputed(checks.tenure_statistics()["mean"], "mean over the 21 rows of Table 2")


@method("junisbai2010-098")
def akim_tenure_median() -> Recomputed:
    """Median of the regional average tenures (Table 2)."""
    return Recomputed(checks.tenure_statistics()["median"], "median over the 21 rows")


@method("junisbai2010-099")
def akim_tenure_mode() -> Recomputed:
    """Most frequent regional average tenure (Table 2)."""
    modes = checks.tenure_statistics()["mode"]
    return Recomputed(modes[0], "modal value(s): " + ", ".join(f"{m:.2f}" for m in modes))


@method("junisbai2010-100")
def akim_tenure_sd() -> Recomputed:
    """Sample standard deviation of the regional average tenures (Table 2)."""
    stats = checks.tenure_statistics()
    return Recomputed(
        stats["standard_deviation"],
        f"sample SD (n - 1); population SD {stats['standard_deviation_population']:.3f}",
    )


@method("junisbai2010-106")
def almaty_city_tenure() -> Recomputed:
    """Almaty City's average tenure in Table 2 (the text restates it)."""
    return Recomputed(_cell("akim_tenure", "average_tenure_years", region="Almaty City"))


@method("junisbai2010-107")
def karaganda_tenure() -> Recomputed:
    """Karaganda's average tenure in Table 2."""
    return Recomputed(_cell("akim_tenure", "average_tenure_years", region="Karaganda"))


@method("junisbai2010-108")
def west_kazakhstan_tenure() -> Recomputed:
    """West Kazakhstan's average tenure in Table 2."""
    return Recomputed(_cell("akim_tenure", "average_tenure_years", region="West Kazakhstan"))


@method("junisbai2010-090")
def mean_akims_per_region() -> Recomputed:
    """Mean number of akims per region over all rows of Table 2."""
    counts = data.load("akim_tenure")["akims_count"].astype(float)
    current = data.load("akim_tenure")
    current = current[current["note_markers"].isna()]["akims_count"].astype(float)
    return Recomputed(
        float(counts.mean()),
        f"all {len(counts)} rows; over the {len(current)} regions not merged in 1997 "
        f"the mean is {current.mean():.2f}",
    )


@method("junisbai2010-091")
def akims_range() -> Recomputed:
    """Fewest and most akims in any region of Table 2."""
    counts = data.load("akim_tenure")["akims_count"].astype(int)
    return Recomputed((int(counts.min()), int(counts.max())), "min and max over all rows")


@method("junisbai2010-092")
def most_akims() -> Recomputed:
    """Most akims in one region (Table 2)."""
    tenure = data.load("akim_tenure")
    top = tenure.loc[tenure["akims_count"].idxmax()]
    return Recomputed(float(top["akims_count"]), f"{top['region']}")


@method("junisbai2010-093")
def fewest_akims() -> Recomputed:
    """Fewest akims in one region (Table 2), over all rows."""
    tenure = data.load("akim_tenure")
    low = int(tenure["akims_count"].min())
    names = ", ".join(tenure.loc[tenure["akims_count"] == low, "region"])
    current = tenure[tenure["note_markers"].isna()]
    return Recomputed(
        float(low),
        f"{names}; among regions not merged in 1997 the fewest is "
        f"{int(current['akims_count'].min())}",
    )


@method("junisbai2010-010")
def current_oblasts() -> Recomputed:
    """Number of oblasti in Table 2 that were not merged away (cities excluded)."""
    tenure = data.load("akim_tenure")
    current = tenure[tenure["note_markers"].isna() & ~tenure["region"].str.endswith("City")]
    return Recomputed(float(len(current)), "rows of Table 2 without a merger note, cities excluded")


def _chamber_stat(chamber: str, stat: str) -> Callable[[], Recomputed]:
    def compute() -> Recomputed:
        values = checks.incumbency_statistics(chamber)
        if stat == "standard_deviation":
            return Recomputed(
                values[stat],
                f"sample SD (n - 1), as for Table 2; population SD "
                f"{values['standard_deviation_population']:.3f}",
            )
        if stat == "mode":
            return Recomputed(values["mode"][0])
        return Recomputed(values[stat])

    compute.__name__ = f"{chamber.lower()}_{stat}"
    compute.__doc__ = f"{stat.replace('_', ' ').capitalize()} of terms served, {chamber}."
    return compute


for _ids, _chamber, _stat in [
    (("junisbai2010-149", "junisbai2010-168"), "Mazhilis", "mean"),
    (("junisbai2010-169",), "Mazhilis", "mode"),
    (("junisbai2010-170",), "Mazhilis", "median"),
    (("junisbai2010-171",), "Mazhilis", "standard_deviation"),
    (("junisbai2010-159",), "Mazhilis", "n"),
    (("junisbai2010-182",), "Senate", "mean"),
    (("junisbai2010-183",), "Senate", "mode"),
    (("junisbai2010-184",), "Senate", "median"),
    (("junisbai2010-185",), "Senate", "standard_deviation"),
    (("junisbai2010-173",), "Senate", "n"),
]:
    method(*_ids)(_chamber_stat(_chamber, _stat))


def _share_with_terms(chamber: str, terms: tuple[int, ...]) -> Callable[[], Recomputed]:
    def compute() -> Recomputed:
        rows = _terms(chamber)
        chosen = rows[rows["terms"].isin(terms)]["members"].sum()
        return Recomputed(
            _share(float(chosen), float(rows["members"].sum())),
            f"{int(chosen)} of {int(rows['members'].sum())} members with "
            f"{'/'.join(str(t) for t in terms)} term(s)",
        )

    compute.__name__ = f"{chamber.lower()}_share_terms_{'_'.join(map(str, terms))}"
    compute.__doc__ = f"Share of {chamber} members who served {terms} terms, from the counts."
    return compute


for _ids, _chamber, _terms_set in [
    (("junisbai2010-160", "junisbai2010-150", "junisbai2010-143"), "Mazhilis", (1,)),
    (("junisbai2010-161",), "Mazhilis", (2,)),
    (("junisbai2010-162",), "Mazhilis", (3,)),
    (("junisbai2010-163",), "Mazhilis", (4,)),
    (("junisbai2010-151", "junisbai2010-152"), "Mazhilis", (2, 3, 4)),
    (("junisbai2010-155",), "Mazhilis", (3, 4)),
    (("junisbai2010-174",), "Senate", (1,)),
    (("junisbai2010-175",), "Senate", (2,)),
    (("junisbai2010-176",), "Senate", (3,)),
    (("junisbai2010-177",), "Senate", (4,)),
    (("junisbai2010-154",), "Senate", (2, 3, 4)),
    (("junisbai2010-156", "junisbai2010-157"), "Senate", (3, 4)),
]:
    method(*_ids)(_share_with_terms(_chamber, _terms_set))


@method("junisbai2010-153")
def mazhilis_four_terms() -> Recomputed:
    """Number of Mazhilis deputies who served all four terms (Table 3)."""
    rows = _terms("Mazhilis")
    return Recomputed(float(rows.loc[rows["terms"] == 4, "members"].sum()))


@method("junisbai2010-198")
def interviewees_total() -> Recomputed:
    """Sum of the rows of Table A1."""
    rows = data.load("interviewees")
    return Recomputed(float(rows.loc[rows["row_type"] == "data", "quantity"].sum()))


@method("junisbai2010-194")
def kazakhstani_interviewees() -> Recomputed:
    """Interviewees other than the foreign assistance community (Table A1)."""
    rows = data.load("interviewees")
    rows = rows[rows["row_type"] == "data"]
    local = rows[rows["respondent_type"] != "Foreign assistance community"]
    return Recomputed(float(local["quantity"].sum()), "Table A1 rows except the foreign community")


@method("junisbai2010-195")
def donor_interviewees() -> Recomputed:
    """The foreign assistance community row of Table A1."""
    return Recomputed(
        _cell("interviewees", "quantity", respondent_type="Foreign assistance community")
    )


@method("junisbai2010-196")
def business_interviewees() -> Recomputed:
    """The heads of private business row of Table A1."""
    return Recomputed(
        _cell("interviewees", "quantity", respondent_type="Heads of private business")
    )


# -- the short documents ---------------------------------------------------------------------------


@method("kzexpert2018-008")
def operation_weeks() -> Recomputed:
    """Length of the 'Beware - the Broker!' operation in weeks, from its stated dates."""
    ops = data.load("registration_operation").drop_duplicates("indicator").set_index("indicator")
    start = date.fromisoformat(str(ops.loc["operation_start", "value"]))
    end = date.fromisoformat(str(ops.loc["operation_end", "value"]))
    days = (end - start).days + 1
    return Recomputed(days / 7, f"{start} to {end} inclusive is {days} days")


def _restated(indicator: str, first_line: int) -> Callable[[], Recomputed]:
    def compute() -> Recomputed:
        ops = data.load("registration_operation")
        first = ops[(ops["indicator"] == indicator) & (ops["line_start"] == first_line)]
        return Recomputed(
            float(first["value"].iloc[0]),
            f"the figure first stated at line {first_line}",
        )

    compute.__name__ = f"first_statement_{indicator}"
    compute.__doc__ = f"The operation's {indicator.replace('_', ' ')} as first stated."
    return compute


method("kzexpert2018-009")(_restated("violations_migration_law", 21))
method("kzexpert2018-010")(_restated("brokering_instances", 23))


# -- statuses ------------------------------------------------------------------------------------


def _bound(qualifier: str) -> tuple[str, bool] | None:
    """Classify a qualifier: ("lower" | "upper" | "nearly", strict?) or None."""
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
    kind = str(claim["kind"])
    qualifier = "" if pd.isna(claim["qualifier"]) else str(claim["qualifier"])
    value = recomputed.value
    if kind == "date":
        return ("reproduced" if str(value) == str(claim["value"]) else "differs"), None
    if isinstance(value, tuple):
        low, high = float(claim["value"]), float(claim["value_high"])
        same = math.isclose(value[0], low) and math.isclose(value[1], high)
        return ("reproduced" if same else "differs"), None
    stated = float(claim["value"])
    diff = float(value) - stated
    bound = _bound(qualifier)
    if kind == "range" and not pd.isna(claim["value_high"]):
        inside = stated <= float(value) <= float(claim["value_high"])
        return ("reproduced" if inside else "differs"), None
    if kind == "bound" or (kind == "rounded" and bound):
        if bound is None:
            # a bare bound word the module does not know: report, do not guess
            return "differs", diff
        side, strict = bound
        x = float(value)
        if side == "nearly":
            holds = (1 - APPROX_TOLERANCE) * stated <= x <= stated
        elif side == "lower":
            holds = x > stated if strict else x >= stated
        else:
            holds = x < stated if strict else x <= stated
        return ("bound holds" if holds else "bound fails"), diff
    if kind == "rounded":
        ok = abs(diff) <= APPROX_TOLERANCE * abs(stated) or checks.agrees(
            _printed_text(claim), float(value)
        )
        return ("reproduced" if ok else "differs"), diff
    return ("reproduced" if checks.agrees(_printed_text(claim), float(value)) else "differs"), diff


def _printed_text(claim: pd.Series) -> str:
    places = int(claim["precision"]) if not pd.isna(claim["precision"]) else 0
    return f"{float(claim['value']):.{places}f}"


def not_derivable_reason(claim: pd.Series) -> str:
    """Why a claim without a method cannot be tested against the data.

    Parameters
    ----------
    claim : pandas.Series
        A row of ``claims``.

    Returns
    -------
    str
        The reason: an explicit one from :data:`REASONS` or a default by the
        claim's kind.

    Examples
    --------
    >>> not_derivable_reason(pd.Series({"kind": "date"}))
    'a date stated in the text; no table of the documents records it'
    """
    explicit = REASONS.get(str(claim.get("claim_id", "")))
    if explicit:
        return explicit
    if str(claim["kind"]) == "date":
        return "a date stated in the text; no table of the documents records it"
    return "stated only in the text; no table of the documents holds the data to recompute it"


def ledger() -> pd.DataFrame:
    """Every claim with its recomputed value, status and explanation.

    Returns
    -------
    pandas.DataFrame
        ``claim_id``, ``source``, ``line``, ``quote``, ``subject``, ``stated``,
        ``kind``, ``qualifier``, ``recomputed``, ``difference``, ``status``,
        ``method``, ``explanation`` (method note, reason or finding).

    Examples
    --------
    >>> table = ledger()
    >>> set(table["status"]) <= set(STATUSES)
    True
    """
    claims = data.load("claims")
    findings = data.load("findings") if "findings" in data.resource_names() else None
    by_claim: dict[str, str] = {}
    if findings is not None:
        for row in findings.itertuples():
            for cid in str(row.claim_ids).split(";"):
                by_claim[cid.strip()] = f"{row.finding_id}: {row.title}"
    records = []
    for _, claim in claims.iterrows():
        cid = str(claim["claim_id"])
        stated = (
            claim["value"]
            if pd.isna(claim["value_high"])
            else f"{claim['value']}-{claim['value_high']}"
        )
        func = METHODS.get(cid)
        if func is None:
            status, recomputed, diff = "not derivable", "", None
            explanation, name = not_derivable_reason(claim), ""
        else:
            result = func()
            status, diff = evaluate(claim, result)
            value = result.value
            recomputed = (
                f"{value[0]:g}-{value[1]:g}"
                if isinstance(value, tuple)
                else value
                if isinstance(value, str)
                else f"{float(value):.4g}"
            )
            explanation, name = result.note, func.__name__
        if cid in by_claim:
            explanation = "; ".join(x for x in (explanation, by_claim[cid]) if x)
        records.append(
            {
                "claim_id": cid,
                "source": claim["source"],
                "line": int(claim["line_start"]),
                "quote": claim["quote"],
                "subject": claim["subject"],
                "stated": str(stated),
                "kind": claim["kind"],
                "qualifier": "" if pd.isna(claim["qualifier"]) else claim["qualifier"],
                "recomputed": recomputed,
                "difference": "" if diff is None else f"{diff:.4g}",
                "status": status,
                "method": name,
                "explanation": explanation,
            }
        )
    return pd.DataFrame.from_records(records)


# The thesis's methods live in their own module; importing it registers them.
from kznetworks import ledger_isaacs as _ledger_isaacs  # noqa: E402, F401
