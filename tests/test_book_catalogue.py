"""The catalogue of the sources and the inventory of the data."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book import catalogue


def test_sources_table() -> None:
    assert list(catalogue.sources().frame["Key"]) == list(data.load("sources")["source"])


def test_inventory_counts_every_resource() -> None:
    frame = catalogue.data_inventory().frame
    assert int(frame["Files"].sum()) == len(data.resource_names())
    assert "Table 3.4" in frame.set_index("Folder").loc["isaacs2009", "Printed tables"]
