"""The few bespoke recomputations are registered once, by name, and used by the spec."""

from __future__ import annotations

import pytest

from kznetworks.ledger import bespoke, spec


def test_every_bespoke_function_is_used_and_every_use_exists() -> None:
    used = {r.function for r in spec.spec_rows() if r.operation == "bespoke"}
    assert used == set(bespoke.FUNCTIONS)


def test_registering_a_name_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="exists already"):
        bespoke.bespoke(bespoke.operation_weeks)


def test_operation_weeks_counts_both_ends() -> None:
    result = bespoke.operation_weeks()
    assert "inclusive is 9 days" in result.note and result.value == pytest.approx(9 / 7)
