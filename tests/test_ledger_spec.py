"""Every row of the recomputation spec runs as written; a bad row is reported with its claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from corrupt import set_cell

from kznetworks import data, ledger
from kznetworks.ledger import spec


def test_the_real_spec_checks() -> None:
    spec.check_spec()
    rows = spec.spec_rows()
    assert len({r.claim_id for r in rows}) == len(rows)


def test_each_claim_is_recomputed_once_or_declared_untestable() -> None:
    recomputed = {r.claim_id for r in spec.spec_rows()}
    untestable = set(spec.untestable()["claim_id"])
    assert not recomputed & untestable
    assert recomputed | untestable <= set(data.load("claims")["claim_id"])


@pytest.mark.parametrize(
    ("column", "value", "says"),
    [
        ("operation", "average", "'operation': rule 'enum'"),
        ("resource", "nowhere", "unknown resource 'nowhere'"),
        ("column", "nonexistent", "'nonexistent' is not a column"),
        ("where", "__import__('os')", "dunder names are not allowed"),
        ("where", 'chamber == "Duma"', "selects no row"),
    ],
)
def test_a_bad_row_names_its_claim(data_copy: Path, monkeypatch, column, value, says) -> None:
    frame = data.load("recompute")
    row = int(frame.index[frame["resource"] == "incumbency"][0]) + 1
    claim = frame.iloc[row - 1]["claim_id"]
    set_cell(data_copy, "recompute", row, column, value)
    monkeypatch.setattr(data, "datapackage_path", lambda: data_copy.resolve())
    monkeypatch.setattr(spec.data, "datapackage_path", lambda: data_copy.resolve())
    # the check of the rows one names is the check every row gets; one case runs the
    # whole spec, to show that its report names the claim among all the others
    whole = value == 'chamber == "Duma"'
    try:
        spec.check_spec() if whole else spec.check_spec([claim])
    except (spec.SpecError, data.DataValidationError) as err:
        message = str(err)
    else:
        pytest.fail("the broken spec passed")
    assert says in message
    if isinstance(says, str) and "rule" not in says:
        assert claim in message


def test_checking_some_rows_checks_only_them() -> None:
    spec.check_spec(["junisbai2010-097"])
    with pytest.raises(spec.SpecError, match="claim nobody-001: no spec row"):
        spec.check_spec(["nobody-001"])
    with pytest.raises(TypeError):
        spec.check_spec("junisbai2010-097")


def test_spec_error_lists_problems() -> None:
    err = spec.SpecError(["claim a: x", "claim b: y"])
    assert "2 problem(s)" in str(err) and err.problems == ["claim a: x", "claim b: y"]
    assert ledger.SpecError is spec.SpecError
