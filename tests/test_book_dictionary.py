"""The data dictionary has one entry per resource, with a stable anchor and every field."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book import dictionary


def test_every_resource_and_field_is_described() -> None:
    text = dictionary.data_dictionary()
    pkg = data.package()
    for name in pkg.names:
        assert "{#" + dictionary.anchor(name) + " .unnumbered}" in text
    assert text.count("Origin: ") == len(pkg.names)


def test_anchors_are_stable() -> None:
    assert dictionary.anchor("financial_industrial_groups") == "dict-financial-industrial-groups"
