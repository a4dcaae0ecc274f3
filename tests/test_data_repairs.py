"""Repairs are checked against the cells they repair and overlaid only on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from corrupt import set_cell

from kznetworks import data
from kznetworks.data import DataValidationError, repairs


def test_real_repairs_all_fit_their_cells() -> None:
    assert repairs.check_repairs(data.package()) == []


def test_overlay_names_the_repaired_fields() -> None:
    pkg = data.package()
    fixed = repairs.apply_repairs(pkg, "election_seats", pkg.load("election_seats"))
    listed = data.load("repairs")
    listed = listed[listed["resource"] == "election_seats"]
    touched = fixed[fixed["repaired_fields"] != ""]
    assert set(touched["row"]) == set(listed["row"])


def test_loading_repaired_with_a_broken_repair_fails(data_copy: Path) -> None:
    set_cell(data_copy, "repairs", 1, "field", "nonsense")
    name = data.load("repairs", path=data_copy)["resource"].iloc[0]
    with pytest.raises(DataValidationError, match="rule 'repair-target'"):
        data.load(name, repaired=True, path=data_copy)
