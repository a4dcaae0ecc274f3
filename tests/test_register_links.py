"""Every name printed in a table resolves to the register (or is a named category)."""

from __future__ import annotations

from kznetworks.register import links


def test_every_name_resolves() -> None:
    table = links.table_links()  # raises KeyError naming the cell if a name is unknown
    categories = table[table["entity_id"] == ""]
    assert set(categories["mention"]) <= set(links.NOT_ENTITIES)
    assert len(table) > len(categories) > 0


def test_cells_are_split_into_names() -> None:
    assert links.mentions("financial_industrial_groups", "name", "Kim, V/Ni, V") == [
        "Kim, V",
        "Ni, V",
    ]
    assert links.mentions("akim_tenure", "longest_serving", "A B (1995-2002); C D (x)") == [
        "A B",
        "C D",
    ]
