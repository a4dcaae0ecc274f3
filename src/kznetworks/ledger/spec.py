"""The recomputation spec: how each testable claim is recomputed, as data.

``data/claims/recompute.csv`` holds one row per claim the data can test: the
operation, the resource, the value column, the rows (a pandas query) and, for some
operations, the comparison rows, weights or statistic. ``data/claims/untestable.csv``
gives, for claims that cannot be tested, the reason from
:data:`kznetworks.ledger.rules.REASONS`. :func:`check_spec` checks every row before
the ledger runs it: a spec row that names an unknown resource, column or function,
breaks the query grammar of :mod:`kznetworks.ledger.queries`, selects a number of
rows other than the one it means, reads the claim's own passage or an inferred value
(:mod:`kznetworks.ledger.provenance`), or cannot be evaluated (data coarser than the
claim's date), is reported with its claim. Every claim is either recomputed or listed
in ``untestable`` with its reason, never both.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from kznetworks import data
from kznetworks.data.errors import expect_names
from kznetworks.ledger import bespoke, dates, provenance, queries, rules
from kznetworks.ledger.operations import OPERATIONS, STATISTICS, SpecRow, resource_rows, run

__all__ = ["SpecError", "check_spec", "spec_rows", "untestable"]

#: Operations whose ``where`` must select exactly one row.
_ONE_ROW = {"cell", "pair", "rank"}


class SpecError(ValueError):
    """A row of the recomputation spec that cannot be run as written.

    Examples
    --------
    >>> str(SpecError(["claim x-001: unknown operation 'total'"]))
    "1 problem(s) in data/claims/recompute.csv:\\n- claim x-001: unknown operation 'total'"
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s) in data/claims/recompute.csv:\n"
            + "\n".join(f"- {p}" for p in problems)
        )


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or pd.isna(value) else str(value)


@cache
def _spec_rows(stamp: str) -> tuple[SpecRow, ...]:
    frame = data.load("recompute")
    return tuple(
        SpecRow(
            claim_id=str(row["claim_id"]),
            operation=str(row["operation"]),
            resource=_text(row["resource"]),
            column=_text(row["column"]),
            where=_text(row["where"]),
            base=_text(row["base"]),
            weights=_text(row["weights"]),
            statistic=_text(row["statistic"]),
            rows=None if pd.isna(row["rows"]) else int(row["rows"]),
            function=_text(row["function"]),
            beside=_text(row["beside"]),
            note=_text(row["note"]),
        )
        for _, row in frame.iterrows()
    )


def spec_rows() -> tuple[SpecRow, ...]:
    """Every row of the recomputation spec, in file order.

    Returns
    -------
    tuple of SpecRow
        One per testable claim.

    Examples
    --------
    >>> all(isinstance(r, SpecRow) for r in spec_rows())
    True
    """
    return _spec_rows(str(data.package().resource("recompute").get("hash")))


def untestable() -> pd.DataFrame:
    """Every claim the data cannot test, with its reason and a note.

    Returns
    -------
    pandas.DataFrame
        ``claim_id``, ``reason`` (a key of :data:`~kznetworks.ledger.rules.REASONS`)
        and ``note``.

    Examples
    --------
    >>> set(untestable()["reason"]) <= set(rules.REASONS)
    True
    """
    return data.load("untestable")


def _provenance(spec: SpecRow, frame: pd.DataFrame, claim: pd.Series) -> list[str]:
    """Rows the spec reads that cannot test the claim (its own passage, inferred values).

    A ``rank`` claim ranks its own figure among the others: the ranked row may come
    from the claim's passage, the rows it is ranked among may not.
    """
    own = queries.select(frame, spec.where)
    others = queries.select(frame, spec.base) if spec.base else own.iloc[0:0]
    if spec.operation == "rank":
        others = others[~others["row"].isin(own["row"])] if "row" in others else others
        return provenance.problems(claim, own, "count") + provenance.problems(
            claim, others, spec.operation, spec.column
        )
    return provenance.problems(claim, pd.concat([own, others]), spec.operation, spec.column)


def _check_row(spec: SpecRow, claim: pd.Series) -> list[str]:
    where = f"claim {spec.claim_id}"
    if spec.operation == "bespoke":
        if spec.function not in bespoke.FUNCTIONS:
            known = ", ".join(sorted(bespoke.FUNCTIONS))
            return [f"{where}: no bespoke function {spec.function!r} (known: {known})"]
        return []
    if spec.operation not in OPERATIONS:
        return [f"{where}: unknown operation {spec.operation!r} (known: {', '.join(OPERATIONS)})"]
    if spec.resource not in data.resource_names():
        return [f"{where}: unknown resource {spec.resource!r}"]
    frame = resource_rows(spec.resource)
    problems = []
    try:
        if spec.column:
            for part in spec.column.split(",") if spec.operation == "pair" else [spec.column]:
                queries.check_expression(part.strip(), frame.columns)
        elif spec.operation not in ("count", "share"):
            problems.append(f"{where}: operation {spec.operation!r} needs a column")
        for text in (spec.where, spec.base):
            if text:
                queries.check_query(text, frame.columns)
        if spec.weights:
            queries.check_expression(spec.weights, frame.columns)
    except queries.QueryError as err:
        return [f"{where}: {err}"]
    if spec.operation == "statistic" and spec.statistic not in STATISTICS:
        problems.append(f"{where}: statistic {spec.statistic!r} is not one of {STATISTICS}")
    if spec.operation == "interval" and spec.statistic not in dates.UNITS:
        problems.append(
            f"{where}: an interval's unit {spec.statistic!r} is not one of {dates.UNITS}"
        )
    if spec.operation in ("difference", "rank", "interval") and not spec.base:
        problems.append(f"{where}: operation {spec.operation!r} needs base rows")
    selected = len(queries.select(frame, spec.where))
    expected = 1 if spec.operation in _ONE_ROW else spec.rows
    if expected is not None and selected != expected:
        problems.append(
            f"{where}: the rows of {spec.resource} where {spec.where or 'all'} are {selected}, "
            f"the spec means {expected}"
        )
    elif expected is None and selected == 0:
        problems.append(f"{where}: {spec.resource} where {spec.where} selects no row")
    problems.extend(f"{where}: {spec.resource} {p}" for p in _provenance(spec, frame, claim))
    if not problems:
        try:
            rules.evaluate(claim, run(spec))
        except (ValueError, LookupError, TypeError) as err:
            problems.append(f"{where}: cannot be evaluated: {err}")
    return problems


def check_spec(claim_ids: list[str] | tuple[str, ...] | None = None) -> None:
    """Check every spec row and every untestable claim against the data.

    Parameters
    ----------
    claim_ids : list of str, optional
        Check only the spec rows of these claims (each must have one), and not the
        lists as a whole: a quick check of rows one is editing.

    Raises
    ------
    SpecError
        Listing each row that names an unknown operation, resource, column, statistic
        or function, breaks the query grammar, selects no row or more than it means,
        reads the claim's own passage or an inferred value, or cannot be evaluated; a
        claim that is both recomputed and declared untestable, or neither; an unknown
        claim.

    Examples
    --------
    >>> check_spec(["junisbai2010-097"])
    """
    wanted = None if claim_ids is None else set(expect_names("claim_ids", claim_ids, "claims"))
    problems: list[str] = []
    claims = data.load("claims").set_index("claim_id", drop=False)
    seen: set[str] = set()
    for spec in spec_rows():
        if wanted is not None and spec.claim_id not in wanted:
            continue
        if spec.claim_id not in claims.index:
            problems.append(f"claim {spec.claim_id}: not in claims.csv")
            continue
        if spec.claim_id in seen:
            problems.append(f"claim {spec.claim_id}: recomputed twice")
        seen.add(spec.claim_id)
        problems.extend(_check_row(spec, claims.loc[spec.claim_id]))
    if wanted is not None:
        problems.extend(f"claim {c}: no spec row" for c in sorted(wanted - seen))
    else:
        listed = set(untestable()["claim_id"])
        for claim_id in sorted(listed & seen):
            problems.append(f"claim {claim_id}: both recomputed and declared untestable")
        for claim_id in sorted(set(claims.index) - seen - listed):
            problems.append(
                f"claim {claim_id}: neither recomputed nor listed in data/claims/untestable.csv "
                "with its reason"
            )
    if problems:
        raise SpecError(problems)
