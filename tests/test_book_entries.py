"""Every data file of the package has one entry in the data dictionary, found by address."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book import entries


def test_every_resource_has_a_distinct_anchor() -> None:
    names = data.package().names
    anchors = {entries.anchor(n) for n in names}
    assert len(anchors) == len(names)
    assert all(a.startswith("dict-") and "_" not in a for a in anchors)


def test_a_resource_file_leads_to_its_entry_and_another_file_to_none() -> None:
    pkg = data.package()
    name = pkg.names[0]
    target = entries.schema_target("data/" + pkg.resource(name)["path"])
    assert target == entries.entry_target(name)
    assert target.endswith("#" + entries.anchor(name))
    assert entries.schema_target("data/README.md") is None
