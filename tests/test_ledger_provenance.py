"""A claim is never tested against its own passage or against an inferred value."""

from __future__ import annotations

import pandas as pd

from kznetworks.ledger.provenance import cited_lines, problems

CLAIM = pd.Series(
    {
        "claim_id": "isaacs2009-900",
        "source": "isaacs2009",
        "table": "Text",
        "line_start": 7060,
        "line_end": 7062,
    }
)


def _rows(**columns) -> pd.DataFrame:
    base = {
        "row": [1],
        "source": ["isaacs2009"],
        "line_start": [100],
        "line_end": [101],
        "note": [""],
    }
    return pd.DataFrame(base | {k: [v] for k, v in columns.items()})


def test_cited_lines_reads_ranges_and_leaves_years_out() -> None:
    assert cited_lines("glossary 162-164; in 1995") == [(162, 164)]
    assert cited_lines("in 1995", years_too=True) == [(1995, 1995)]
    assert cited_lines(None) == []


def test_another_passage_can_test_the_claim() -> None:
    assert problems(CLAIM, _rows(), "date") == []


def test_the_claims_own_lines_are_circular() -> None:
    assert "circular" in problems(CLAIM, _rows(line_start=7061, line_end=7061), "date")[0]
    assert "circular" in problems(CLAIM, _rows(note="month from 7060"), "date")[0]


def test_a_note_that_only_corroborates_is_not_circular() -> None:
    assert problems(CLAIM, _rows(note="glossary 7060-7062 gives 1986 too"), "date") == []


def test_counting_the_items_of_an_enumeration_is_allowed() -> None:
    assert problems(CLAIM, _rows(line_start=7061, line_end=7061), "count") == []


def test_a_printed_tables_derived_cell_may_use_its_own_table() -> None:
    table_claim = CLAIM.copy()
    table_claim["table"] = "Table 3"
    own = _rows(line_start=7061, line_end=7061)
    assert problems(table_claim, own, "share", "members") == []
    assert "circular" in problems(table_claim, own, "cell", "members")[0]


def test_inferred_values_and_the_claim_itself_are_refused() -> None:
    assert "inferred" in problems(CLAIM, _rows(note="inferred from context"), "cell")[0]
    itself = pd.DataFrame(
        {
            "claim_id": ["isaacs2009-900"],
            "source": ["isaacs2009"],
            "line_start": [7060],
            "line_end": [7060],
        }
    )
    assert "itself" in problems(CLAIM, itself, "cell")[0]
