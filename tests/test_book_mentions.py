"""Links from names to their who's-who entries, and where the book names each entity."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.book import mentions, printed
from kznetworks.book.cells import Linked
from kznetworks.book.mentions import EntryLink
from kznetworks.register.entries import anchor


def test_every_kind_of_entity_has_a_page() -> None:
    for entity in data.load("entities")["entity_id"]:
        page = mentions.page_of(entity)
        assert page in {p for p, _ in mentions.PAGES.values()}
    with pytest.raises(ValueError, match="no who's-who page holds entities of kind 'planet'"):
        mentions.page_of("planet:mars")


def test_entry_href_is_relative_to_the_page() -> None:
    entity = "person:ablyazov-mukhtar"
    assert mentions.entry_href(entity, "") == "chapters/whoswho.html#person-ablyazov-mukhtar"
    # from another chapter the entry is in the same folder
    assert mentions.entry_href(entity, "../") == "whoswho.html#person-ablyazov-mukhtar"


def test_name_href_links_only_names_of_one_entity() -> None:
    assert mentions.name_href("Nur Otan", "") == "chapters/whoswho-parties.html#party-nur-otan"
    assert mentions.name_href("NAZARBAYEV", "").endswith("#person-nazarbaev-nursultan")
    assert mentions.name_href("Against all", "") == ""


def test_entry_link_escapes_its_text() -> None:
    link = EntryLink("A <b> & C", "person:kim-vladimir")
    assert "A &lt;b&gt; &amp; C</a>" in link.html("")
    assert str(link) == "A <b> & C"
    assert "#person-kim-vladimir" in link.markdown()


def test_printed_tables_link_every_resolved_name() -> None:
    links = data.load("table_links")
    for resource in sorted(set(links["resource"]) & set(printed.DISPLAY)):
        frame = printed.printed(resource).frame
        linked = {
            part.entity_id
            for column in frame
            for cell in frame[column]
            if isinstance(cell, Linked)
            for part in cell.parts
            if isinstance(part, EntryLink)
        }
        expected = set(links[links["resource"] == resource]["entity_id"].dropna())
        assert linked, resource
        assert linked <= expected, (resource, linked - expected)
        # every resolved name of the rows shown is a link
        assert len(linked) >= 0.9 * len(expected), (resource, expected - linked)


def test_a_cell_naming_no_entity_stays_text() -> None:
    assert mentions.linked_names("akim_tenure", 10_000, "region", "Nowhere") == "Nowhere"


def test_chapters_by_entity_names_real_sections() -> None:
    found = mentions.chapters_by_entity()
    assert set(found) <= set(data.load("entities")["entity_id"])
    assert len(found) > 0.25 * len(data.load("entities"))
    for entity, sections in found.items():
        assert sections, entity
        assert all(s.label.startswith("sec-") for s in sections), entity
    assert anchor("party:nur-otan") == "party-nur-otan"
    assert {s.label for s in found["party:nur-otan"]} >= {"sec-parties"}


def test_table_mentions_follow_the_rows_shown() -> None:
    everything = mentions.table_mentions("financial_industrial_groups")
    assert "person:kim-vladimir" in everything
    assert mentions.table_mentions("financial_industrial_groups", {"row": -1}) <= everything
