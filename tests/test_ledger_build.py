"""The ledger: every claim gets a status, guarded against silent change, explained when it fails."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from kznetworks import data, ledger


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return ledger.ledger()


def test_every_claim_has_a_status(table) -> None:
    assert list(table["claim_id"]) == list(data.load("claims")["claim_id"])
    assert set(table["status"]) <= set(ledger.STATUSES)


def test_statuses_and_values_match_the_committed_expectations(table) -> None:
    expected = data.load("claims_ledger").set_index("claim_id")
    actual = table.set_index("claim_id")
    for column in ("status", "recomputed", "method", "reason"):
        was = expected[column].fillna("").astype(str)
        now = actual[column].fillna("").astype(str)
        changed = now[now != was.reindex(now.index)]
        assert changed.empty, (
            f"ledger {column} changed (if intended, run `nox -s regenerate` and commit): "
            f"{[(c, was.get(c), now[c]) for c in changed.index][:10]}"
        )


def test_no_figure_is_shown_in_exponent_notation(table) -> None:
    # "6.076e+05" beside a printed 607557 cannot be compared digit by digit
    for column in ("recomputed", "beside", "difference"):
        shown = table[column].fillna("").astype(str)
        exponent = shown[shown.str.contains(r"\d[eE][+-]?\d", regex=True)]
        claims = table.loc[exponent.index, "claim_id"]
        assert exponent.empty, f"{column}: {list(zip(claims, exponent, strict=True))[:5]}"


def test_every_discrepancy_has_a_finding(table) -> None:
    findings = data.load("findings")
    explained = {c.strip() for cell in findings["claim_ids"] for c in cell.split(";")}
    failing = table[table["status"].isin(["differs", "bound fails"])]["claim_id"]
    assert set(failing) <= explained, sorted(set(failing) - explained)
    assert explained <= set(data.load("claims")["claim_id"])


def test_untested_claims_have_a_reason_from_the_list(table) -> None:
    untested = table[table["status"] == "not derivable"]
    assert set(untested["reason"]) <= set(ledger.REASONS)
    assert (untested["method"] == "").all()
    circular = untested[untested["reason"] == "circular"]
    assert set(circular["claim_id"]) == set(
        ledger.untestable().query("reason == 'circular'")["claim_id"]
    )


def test_recompute_refuses_what_it_cannot_do() -> None:
    with pytest.raises(KeyError, match="not derivable"):
        ledger.recompute("igc2023-001")
    with pytest.raises(TypeError, match="claim_id must be a claim identifier"):
        ledger.recompute(97)  # type: ignore[arg-type]


def test_printed_figures_are_the_claims_of_printed_tables(table) -> None:
    figures = ledger.printed_figures(table)
    assert set(figures["table"]) >= {"Table 2", "Table 3", "Table 4", "Table 3.4", "Table 4.1"}
    assert "Text" not in set(figures["table"])
    assert set(figures.loc[~figures["agrees"], "status"]) <= {"differs", "bound fails"}


_STATUS_WORDS = {
    "reproduced": "reproduced",
    "reproduces": "reproduced",
    "differs": "differs",
    "differing": "differs",
    "bound holds": "bound holds",
    "bound fails": "bound fails",
    "not derivable": "not derivable",
}


def test_each_finding_states_the_ledgers_verdicts(table) -> None:
    status = table.set_index("claim_id")["status"]
    for _, finding in data.load("findings").iterrows():
        claims = [c.strip() for c in finding["claim_ids"].split(";")]
        verdicts = [v.strip() for v in finding["verdicts"].split(";")]
        assert len(verdicts) == len(claims), finding["finding_id"]
        actual = [status[c] for c in claims]
        assert verdicts == actual, (finding["finding_id"], verdicts, actual)
        # a sentence about what the ledger reports must name one of those verdicts
        words = "|".join(sorted(_STATUS_WORDS, key=len, reverse=True))
        for said in re.findall(rf"ledger[^.]{{0,80}}?\b({words})\b", finding["explanation"]):
            assert _STATUS_WORDS[said] in actual, (finding["finding_id"], said, actual)


def test_a_stale_finding_is_caught(table) -> None:
    stale = "the ledger reads it as a lower bound and so reports 'bound holds' for it"
    words = "|".join(sorted(_STATUS_WORDS, key=len, reverse=True))
    said = re.findall(rf"ledger[^.]{{0,80}}?\b({words})\b", stale)
    actual = [table.set_index("claim_id")["status"]["isaacs2009-626"]]
    assert said == ["bound holds"] and _STATUS_WORDS[said[0]] not in actual
