"""Arguments chapters pass are checked against the data."""

from __future__ import annotations

import pytest

from kznetworks.book import inputs


def test_source_keys() -> None:
    assert inputs.check_source("isaacs2009") == "isaacs2009"
    assert inputs.check_source(None, allow_none=True) is None
    with pytest.raises(ValueError, match="unknown source key 'nope'; expected one of 'ide2014', "):
        inputs.check_source("nope")
    with pytest.raises(ValueError, match="heading must be a Markdown heading mark"):
        inputs.check_heading("####### ")


def test_csv_path() -> None:
    assert inputs.csv_path("akim_tenure") == "data/junisbai2010/akim_tenure.csv"
