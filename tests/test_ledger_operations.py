"""Each operation of the spec computes what its name says, and checks the rows it meant."""

from __future__ import annotations

import pandas as pd
import pytest

from kznetworks.ledger import operations
from kznetworks.ledger.operations import SpecRow, describe, run


def _run(**fields) -> object:
    return run(SpecRow("test-001", **fields)).value


def test_cell_sum_count_and_share() -> None:
    assert (
        _run(
            operation="cell",
            resource="interviewees",
            column="quantity",
            where='respondent_type == "Heads of private business"',
        )
        == 5.0
    )
    assert _run(operation="sum", resource="interviewees", column="quantity") == 75.0
    assert _run(operation="count", resource="akim_tenure", where="note_markers.notna()") == 5.0
    share = _run(
        operation="share",
        resource="incumbency",
        column="members",
        where='chamber == "Senate" and terms == 1',
        base='chamber == "Senate"',
    )
    assert share == pytest.approx(100 * 53 / 117)


def test_range_pair_nunique_min_max_difference_rank() -> None:
    assert _run(operation="range", resource="akim_tenure", column="akims_count") == (3.0, 10.0)
    assert _run(
        operation="pair",
        resource="first_secretaries",
        column="entry_year, exit_year",
        where='first_secretary == "Sharaf Rashidov"',
    ) == (1959.0, 1983.0)
    assert _run(operation="nunique", resource="first_secretaries", column="republic") == 5.0
    assert _run(operation="max", resource="akim_tenure", column="akims_count") == 10.0
    assert _run(operation="min", resource="akim_tenure", column="akims_count") == 3.0
    assert (
        _run(
            operation="difference",
            resource="election_seats",
            column="seats",
            where='election == "1999"',
            base='election == "1995-12"',
        )
        == 10.0
    )
    assert (
        _run(
            operation="rank",
            resource="party_membership_2008",
            column="official_membership",
            where='party == "Nur Otan"',
            base="official_membership.notna()",
        )
        == 1.0
    )


def test_statistics_with_weights() -> None:
    mean = _run(
        operation="statistic",
        resource="incumbency",
        column="terms",
        weights="members",
        where='chamber == "Mazhilis"',
        statistic="mean",
    )
    assert mean == pytest.approx(331 / 242)
    stats = describe(pd.Series([1.0, 2.0]), pd.Series([3, 1]))
    assert stats["n"] == 4 and stats["mode"] == [1.0] and stats["sd"] > stats["sd_population"]


def test_repaired_cells_are_named_in_the_note() -> None:
    result = run(SpecRow("t", "sum", "election_seats", "seats", 'election == "1995-12"'))
    assert "uses repaired cells (row 25 seats: printed 'I', read 1)" in result.note


def test_a_row_count_other_than_meant_is_an_error() -> None:
    with pytest.raises(LookupError, match="selects 2 rows, the spec expects 1"):
        run(
            SpecRow(
                "t",
                "sum",
                "interviewees",
                "quantity",
                'respondent_type in ["Heads of private business", "Foreign assistance community"]',
                rows=1,
            )
        )
    with pytest.raises(LookupError, match="where one is meant"):
        run(SpecRow("t", "cell", "interviewees", "quantity"))


def test_every_operation_is_documented() -> None:
    for name in operations.OPERATIONS:
        assert f"``{name}``" in operations.__doc__, name


def test_a_statistic_over_no_rows_is_an_error() -> None:
    with pytest.raises(ValueError, match="describe needs at least one value; got none"):
        describe(pd.Series([], dtype=float))
    row = SpecRow(
        "x",
        "statistic",
        "incumbency",
        "terms",
        where='chamber == "Duma"',
        weights="members",
        statistic="mean",
    )
    with pytest.raises(LookupError, match=r"selects no row.*chamber holds 'Mazhilis', 'Senate'"):
        run(row)
