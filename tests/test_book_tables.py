"""The tables namespace offers every table builder."""

from __future__ import annotations

from kznetworks.book import tables


def test_every_name_is_a_builder() -> None:
    for name in tables.__all__:
        assert callable(getattr(tables, name)), name
