"""Printed totals and statistics are compared with what the rows give, and disagreements show."""

from __future__ import annotations

import pytest

from kznetworks import checks


@pytest.fixture(scope="module")
def report():
    return checks.summary_report()


def _row(report, item: str):
    found = report[report["item"] == item]
    assert len(found) == 1, f"{item!r} not in the report: {list(report['item'])}"
    return found.iloc[0]


def test_decimals_and_agreement_use_printed_precision() -> None:
    assert checks.decimals("0.41") == 2
    assert checks.agrees("1.37", 1.367769)
    assert not checks.agrees("1.37", 1.364)
    assert checks.agrees("0.65", 0.645)  # half-up, as printed tables round
    assert checks.agrees("75", 75.0)
    assert not checks.agrees("56", 57.0)


def test_tenure_statistics_recompute_table_2(report) -> None:
    stats = checks.tenure_statistics()
    assert stats["n"] == 21
    assert stats["mode"] == [1.72]
    assert _row(report, "average tenure mean")["agrees"]
    sd = _row(report, "average tenure standard_deviation")
    assert sd["agrees"] and "sample SD" in sd["note"]


def test_senate_sd_matches_population_not_sample(report) -> None:
    row = _row(report, "Senate standard_deviation")
    assert not row["agrees"]  # the sample SD is 0.946; the printed 0.94 is the population SD
    assert round(row["recomputed"], 3) == 0.946
    assert "population SD 0.942 matches the printed figure" in row["note"]


def test_mazhilis_sd_unit_misprint_is_reported(report) -> None:
    assert "unit printed as 'years'" in _row(report, "Mazhilis standard_deviation")["note"]


def test_incumbency_shares_and_n_reproduce(report) -> None:
    shares = report[report["item"].str.contains("share with")]
    assert len(shares) == 8 and shares["agrees"].all()
    assert checks.incumbency_statistics("Senate")["n"] == 117


def test_session_counts_disagree_with_member_terms(report) -> None:
    mazhilis = _row(
        report, "Mazhilis members listed over four sessions vs member-terms in the table"
    )
    assert (mazhilis["printed"], mazhilis["recomputed"], bool(mazhilis["agrees"])) == (
        335,
        331,
        False,
    )


def test_1995_totals_disagree_with_rows(report) -> None:
    pro = _row(report, "Total number of pro-presidential deputies 1995-12 (seats)")
    assert (pro["printed"], pro["recomputed"]) == (56, 57)
    assert not pro["agrees"] and "repaired cells" not in pro["note"]
    everyone = _row(report, "Total number of deputies 1995-12 (seats)")
    assert (everyone["printed"], everyone["recomputed"], bool(everyone["agrees"])) == (
        66,
        67,
        False,
    )
    assert "row 25" in everyone["note"]


def test_missing_total_is_compared_through_its_repair(report) -> None:
    row = _row(report, "Total number of opposition deputies 1995-12 (seats)")
    assert "printed cell missing" in row["note"]
    assert row["agrees"]


def test_commission_total_misprint_is_reported(report) -> None:
    row = _row(report, "Total pro-presidential or loyal opposition representation (members)")
    assert (row["printed"], row["recomputed"], bool(row["agrees"])) == (616622, 61622, False)


def test_every_total_row_is_covered(report) -> None:
    from kznetworks import data

    expected = 0
    for name in data.resource_names():
        frame = data.load(name)
        if "row_type" in frame.columns:
            numeric = [
                c
                for c in frame.columns
                if str(frame[c].dtype) in ("Int64", "Float64")
                and c not in ("row", "line_start", "line_end")
            ]
            expected += int((frame["row_type"] == "total").sum()) * len(numeric)
    covered = report[
        report["resource"].isin(
            [
                "election_seats",
                "election_commissions_2007",
                "interview_sample",
                "supplementary_interviews",
                "interviewees",
            ]
        )
    ]
    assert len(covered) == expected
