"""The reproduction ledger: statuses are computed honestly and guarded against change."""

from __future__ import annotations

import pandas as pd
import pytest

from kznetworks import data, ledger


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return ledger.ledger()


def test_every_claim_has_a_status(table) -> None:
    claims = data.load("claims")
    assert list(table["claim_id"]) == list(claims["claim_id"])
    assert set(table["status"]) <= set(ledger.STATUSES)


def test_statuses_match_the_committed_expectations(table) -> None:
    expected = data.load("claims_ledger").set_index("claim_id")["status"]
    actual = table.set_index("claim_id")["status"]
    changed = actual[actual != expected.reindex(actual.index)]
    assert changed.empty, (
        "ledger statuses changed (if intended, run python analysis/build_ledger.py and "
        f"commit): {[(c, expected.get(c), actual[c]) for c in changed.index][:20]}"
    )


def test_every_method_targets_an_existing_claim() -> None:
    ids = set(data.load("claims")["claim_id"])
    assert set(ledger.METHODS) <= ids


def test_every_discrepancy_has_a_finding(table) -> None:
    findings = data.load("findings")
    explained = {c.strip() for cell in findings["claim_ids"] for c in cell.split(";")}
    failing = table[table["status"].isin(["differs", "bound fails"])]["claim_id"]
    assert set(failing) <= explained, sorted(set(failing) - explained)
    assert explained <= set(data.load("claims")["claim_id"])


def test_not_derivable_claims_give_a_reason(table) -> None:
    nd = table[table["status"] == "not derivable"]
    assert (nd["explanation"].str.len() > 10).all()
    assert (nd["method"] == "").all()


def _claim(**overrides) -> pd.Series:
    base = {
        "value": "40",
        "value_high": None,
        "kind": "bound",
        "qualifier": "nearly",
        "precision": 0,
    }
    return pd.Series(base | overrides)


@pytest.mark.parametrize(
    ("claim", "value", "status"),
    [
        (_claim(), 38.0, "bound holds"),
        (_claim(), 30.0, "bound fails"),  # "nearly 40" is not 30
        (_claim(), 41.0, "bound fails"),
        (_claim(qualifier="over", value="60"), 60.0, "bound fails"),
        (_claim(qualifier="at least", value="60"), 60.0, "bound holds"),
        (_claim(qualifier="three quarters or less", value="0.75"), 0.92, "bound fails"),
        (
            _claim(kind="exact", qualifier="exactly", value="2.73", precision=2),
            2.7349,
            "reproduced",
        ),
        (_claim(kind="exact", qualifier="exactly", value="0.94", precision=2), 0.946, "differs"),
        (_claim(kind="rounded", qualifier="about", value="25"), 24.79, "reproduced"),
        (_claim(kind="rounded", qualifier="a little more than", value="25"), 27.68, "bound holds"),
        (_claim(kind="range", qualifier="exactly", value="7", value_high="9"), 14.9, "differs"),
        (_claim(kind="bound", qualifier="six-figure", value="100000"), 140000.0, "differs"),
    ],
)
def test_evaluate_rules(claim, value, status) -> None:
    assert ledger.evaluate(claim, ledger.Recomputed(value))[0] == status


def test_date_and_tuple_claims() -> None:
    claim = _claim(kind="date", value="2018-11-08")
    assert ledger.evaluate(claim, ledger.Recomputed("2018-11-08"))[0] == "reproduced"
    claim = _claim(kind="range", value="4", value_high="10")
    assert ledger.evaluate(claim, ledger.Recomputed((3, 10)))[0] == "differs"


def test_duplicate_method_registration_is_refused() -> None:
    with pytest.raises(ValueError, match="already has a method"):
        ledger.method("junisbai2010-094")(lambda: ledger.Recomputed(0.0))
