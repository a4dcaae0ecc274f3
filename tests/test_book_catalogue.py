"""The catalogue of the sources and the inventory of the data."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.book import catalogue


def test_sources_table() -> None:
    assert list(catalogue.sources().frame["Key"]) == list(data.load("sources")["source"])


def test_inventory_counts_every_resource() -> None:
    frame = catalogue.data_inventory().frame
    assert int(frame["Files"].sum()) == len(data.resource_names())
    assert "Table 3.4" in frame.set_index("Folder").loc["isaacs2009", "Printed tables"]


def test_lower_bound_dates_say_on_or_after() -> None:
    shown = catalogue.sources().frame.set_index("Key")
    catalogued = data.load("sources").set_index("source")
    bounded = catalogued[catalogued["date_precision"] == "day (on or after)"].index
    assert list(bounded) == ["kzexpert2018"]
    assert shown.loc["kzexpert2018", "Date"] == "on or after 2018-11-08"
    assert shown.loc["igc2023", "Date"] == "2023-02-06"


def test_date_precision_must_fit() -> None:
    with pytest.raises(ValueError, match="not one of"):
        catalogue.date_as_given("2018-11-08", "week")
    with pytest.raises(ValueError, match="does not have the precision"):
        catalogue.date_as_given("2018", "day (on or after)")


def test_inferred_title_says_how() -> None:
    status = catalogue.sources().frame.set_index("Key")["Title: how known"]
    assert status["isaacs2009"].startswith("inferred (")
    assert "16135" in status["isaacs2009"]
    assert status.drop("isaacs2009").str.startswith("stated (").all()
