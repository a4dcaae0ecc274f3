"""The reproduction ledger: every claim with its recomputed value, status and explanation.

:func:`ledger` runs the spec row of every testable claim (an operation of
:mod:`~kznetworks.ledger.operations`, or a function of :mod:`~kznetworks.ledger.bespoke`),
gives each claim its status by the rules of :mod:`~kznetworks.ledger.rules`, and adds
the finding that explains it, if any. A claim without a spec row is *not derivable*,
with its reason.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from kznetworks import data
from kznetworks.data import cache as disk
from kznetworks.data.errors import expect_type, unknown_name
from kznetworks.ledger import bespoke, operations
from kznetworks.ledger.rules import REASONS, Recomputed, evaluate, figure
from kznetworks.ledger.spec import spec_rows, untestable

__all__ = [
    "COLUMNS",
    "given_or_built",
    "ledger",
    "not_derivable_reason",
    "printed_figures",
    "recompute",
]

COLUMNS = [
    "claim_id",
    "source",
    "line",
    "quote",
    "subject",
    "stated",
    "kind",
    "qualifier",
    "recomputed",
    "beside",
    "difference",
    "status",
    "method",
    "reason",
    "explanation",
]


def given_or_built(table: object = None) -> pd.DataFrame:
    """A ledger passed in by the caller, checked to be one; the ledger when it is ``None``.

    For the functions that take a ledger already computed (``table=``) so that a page
    computes it once.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        A ledger from :func:`ledger`.

    Returns
    -------
    pandas.DataFrame
        ``table`` itself, or :func:`ledger`.

    Raises
    ------
    TypeError
        When ``table`` is not a DataFrame.
    ValueError
        When it lacks a column of :data:`COLUMNS`.

    Examples
    --------
    >>> given_or_built(pd.DataFrame({"claim_id": ["x"]}))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: table must be a ledger from kznetworks.ledger.ledger(); it lacks the columns [...
    """
    if table is None:
        return ledger()
    expect_type("table", table, pd.DataFrame, "a ledger (a DataFrame from ledger())")
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(
            "table must be a ledger from kznetworks.ledger.ledger(); "
            f"it lacks the columns {missing}"
        )
    return table


def recompute(claim_id: str) -> Recomputed:
    """Recompute one claim from its spec row.

    Parameters
    ----------
    claim_id : str
        A claim with a row in the recomputation spec.

    Returns
    -------
    Recomputed
        The value the data give and how.

    Raises
    ------
    KeyError
        When the claim has no spec row (it is not derivable).

    Examples
    --------
    >>> round(recompute("junisbai2010-097").value, 3)
    2.733
    """
    expect_type("claim_id", claim_id, str, "a claim identifier such as 'junisbai2010-097'")
    for spec in spec_rows():
        if spec.claim_id == claim_id:
            if spec.operation == "bespoke":
                return bespoke.FUNCTIONS[spec.function]()
            return operations.run(spec)
    claims = data.load("claims")["claim_id"]
    if claim_id not in set(claims):
        raise unknown_name("claim", claim_id, claims)
    raise KeyError(f"claim {claim_id!r} has no recomputation (it is not derivable)")


def not_derivable_reason(claim: pd.Series) -> tuple[str, str]:
    """Why a claim without a recomputation cannot be tested against the data.

    Parameters
    ----------
    claim : pandas.Series
        A row of ``claims``.

    Returns
    -------
    (str, str)
        The reason's key in :data:`~kznetworks.ledger.rules.REASONS` and its
        explanation (the untestable list's note, or the reason's wording).

    Examples
    --------
    >>> not_derivable_reason(pd.Series({"claim_id": "igc2023-001", "kind": "date"}))[0]
    'circular'

    Raises
    ------
    KeyError
        When the claim has no reason listed (every untested claim must have one).
    """
    expect_type("claim", claim, pd.Series, "a row of claims (a pandas Series)")
    return _reason(claim, untestable().set_index("claim_id"))


def _reason(claim: pd.Series, listed: pd.DataFrame) -> tuple[str, str]:
    """:func:`not_derivable_reason`, with the untestable list indexed by claim."""
    claim_id = str(claim.get("claim_id", ""))
    if claim_id not in listed.index:
        raise KeyError(
            f"claim {claim_id!r} is neither recomputed nor listed in "
            "data/claims/untestable.csv with its reason"
        )
    row = listed.loc[claim_id]
    note = "" if pd.isna(row["note"]) else str(row["note"])
    return str(row["reason"]), f"{row['reason']}: {note or REASONS[str(row['reason'])]}"


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return f"{figure(value[0])}-{figure(value[1])}"
    if isinstance(value, str):
        return value
    return figure(float(value))


@cache
def _ledger(stamp: tuple[str, ...]) -> pd.DataFrame:
    """The ledger of the current package, from the disk cache when it can be.

    The key covers every file of the package and the code of :mod:`kznetworks.data`
    and of this subpackage, so a kernel that only shows the ledger need not run all
    its recomputations again.
    """
    digest = disk.derived_key("ledger", ("data", "ledger"), data.package().files())
    table = disk.load(digest)
    if table is None:
        table = _build()
        disk.store(digest, table)
    return table


def _build() -> pd.DataFrame:
    claims = data.load("claims")
    listed = untestable().set_index("claim_id")
    findings = data.load("findings")
    by_claim: dict[str, str] = {}
    for row in findings.itertuples():
        for cid in str(row.claim_ids).split(";"):
            by_claim[cid.strip()] = f"{row.finding_id}: {row.title}"
    methods = {s.claim_id: s for s in spec_rows()}
    records = []
    for _, claim in claims.iterrows():
        cid = str(claim["claim_id"])
        stated = (
            claim["value"]
            if pd.isna(claim["value_high"])
            else f"{claim['value']}-{claim['value_high']}"
        )
        spec = methods.get(cid)
        shown_beside = ""
        if spec is None:
            status, recomputed, diff, name = "not derivable", "", None, ""
            reason, explanation = _reason(claim, listed)
        else:
            result = recompute(cid)
            status, diff = evaluate(claim, result)
            recomputed, reason, explanation = _shown(result.value), "", result.note
            name = spec.function if spec.operation == "bespoke" else spec.operation
            other = None if spec.operation == "bespoke" else operations.beside(spec)
            if other is not None:
                scope = "all rows" if spec.beside == "all" else spec.beside
                shown_beside = f"{_shown(other.value)} over {scope}"
                explanation = f"{explanation}; beside it, not the verdict: {other.note}"
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
                "beside": shown_beside,
                "difference": "" if diff is None else figure(diff),
                "status": status,
                "method": name,
                "reason": reason,
                "explanation": explanation,
            }
        )
    return pd.DataFrame.from_records(records, columns=COLUMNS)


def ledger() -> pd.DataFrame:
    """Every claim with its recomputed value, status and explanation.

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`COLUMNS`; ``method`` names the operation (or bespoke
        function), ``reason`` the reason a claim is not derivable, ``beside`` the
        figure of a wider selection reported beside the verdict (all rows where the
        text speaks of a subset).

    Examples
    --------
    >>> from kznetworks.ledger.rules import STATUSES
    >>> set(ledger()["status"]) <= set(STATUSES)
    True
    """
    pkg = data.package()
    stamp = tuple(
        str(pkg.resource(n).get("hash")) for n in pkg.names if pkg.resource(n).get("hash")
    )
    return _ledger(stamp).copy()


def printed_figures(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures printed tables state about themselves, beside what their rows give.

    Totals, means, medians, modes, standard deviations and percentages printed in a
    table or its notes are claims like any other; this is the ledger restricted to
    them (claims whose ``table`` is a printed table, not the running text, and that are
    not dates, such as the year in a table's title), so one engine checks both.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        A ledger already computed by :func:`ledger`.

    Returns
    -------
    pandas.DataFrame
        The ledger's rows for these claims, with ``table`` (the printed table) and
        ``agrees`` (reproduced, or a bound that holds).

    Examples
    --------
    >>> figures = printed_figures()
    >>> bool(figures.loc[figures["claim_id"] == "junisbai2010-097", "agrees"].iloc[0])
    True
    """
    table = given_or_built(table)
    claims = data.load("claims").set_index("claim_id")
    printed = table[table["claim_id"].map(claims["table"]) != "Text"]
    # a date in a table's title is not a figure the table states about its rows
    printed = printed[(printed["status"] != "not derivable") & (printed["kind"] != "date")].copy()
    printed.insert(1, "table", printed["claim_id"].map(claims["table"]))
    printed["agrees"] = printed["status"].isin(("reproduced", "bound holds"))
    return printed.reset_index(drop=True)
