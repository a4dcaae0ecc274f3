"""The ledger as the book shows it: counts, printed figures, claims with chapters, findings."""

from __future__ import annotations

import pytest

from kznetworks import data, ledger
from kznetworks.book import ledger_views


def test_counts_add_up() -> None:
    frame = ledger_views.ledger_counts().frame.set_index("Document")
    assert int(frame.loc["all documents", "all claims"]) == len(data.load("claims"))


def test_printed_figures_can_be_restricted() -> None:
    frame = ledger_views.printed_figures(("Table 2",)).frame
    assert set(frame["Table"]) == {"Table 2"}
    with pytest.raises(ValueError, match="unknown table with printed figures 'Table 9'"):
        ledger_views.printed_figures(("Table 9",))


def test_claims_link_to_the_chapter_of_their_topic() -> None:
    text = ledger_views.claims_by_document(("differs",))
    assert "regions.html#sec-regions" in text or "#sec-regions" in text
    with pytest.raises(ValueError, match="unknown status"):
        ledger_views.claims_by_document(("wrong",))


def test_untested_claims_show_their_reason() -> None:
    text = ledger_views.claims_by_document(("not derivable",))
    assert "Why not" in text and "circular" in text


def test_every_finding_is_shown() -> None:
    text = ledger_views.findings()
    for finding in data.load("findings")["finding_id"]:
        assert finding.replace("-", "\\-") in text or finding in text
    assert ledger.STATUSES


def test_the_reasons_table_counts_every_untested_claim() -> None:
    table = ledger.ledger()
    frame = ledger_views.reasons(table).frame
    assert list(frame["Reason"]) == list(ledger.REASONS)
    assert frame["Claims"].sum() == (table["status"] == "not derivable").sum()
    assert (frame.set_index("Reason")["Claims"] > 0).loc[["no-data", "circular"]].all()


def test_a_scoped_verdict_shows_the_wider_figure_beside_it() -> None:
    text = ledger_views.claims_by_document(("reproduced",))
    assert "beside it: 5.381 over all rows" in text


def test_findings_show_the_ledgers_verdict_for_each_claim() -> None:
    assert "ledger: *differs*" in ledger_views.findings()
