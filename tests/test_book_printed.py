"""The documents' tables are shown exactly as printed, their repairs marked and explained."""

from __future__ import annotations

import re

import pytest

from kznetworks import data
from kznetworks.book import printed


@pytest.mark.parametrize("name", sorted(printed.DISPLAY))
def test_printed_table_matches_its_data(name: str) -> None:
    t = printed.printed(name)
    frame = data.load(name)
    raw = data.raw(name)
    assert len(t.frame) == len(frame)
    repairs = data.load("repairs")
    marked = sum(str(v).endswith(printed.REPAIRED_MARK) for col in t.frame for v in t.frame[col])
    shown = {c for c, col in printed.DISPLAY[name].columns.items() if col.heading in t.frame}
    assert marked == int(((repairs["resource"] == name) & repairs["field"].isin(shown)).sum())
    first = printed.DISPLAY[name].columns
    column = next(iter(first))
    if not repairs[(repairs["resource"] == name) & (repairs["field"] == column)].empty:
        return
    heading = first[column].heading
    # names of the register's entities are links: compare the text they show
    cells = [str(c) for c in t.frame[heading]]
    if printed.DISPLAY[name].merge_markers == column:
        cells = [re.sub(r" \([a-z]\)$", "", c) for c in cells]
    assert cells == [first[column].show(v) for v in raw[column]], name


def test_thousands_separators_as_the_document_prints_them() -> None:
    members = printed.printed("party_membership_2008").frame["Official membership"]
    assert "607,557" in set(members)


def test_markers_fold_into_the_named_cell() -> None:
    frame = printed.printed("akim_tenure").frame
    assert "Notes" not in frame.columns and "Kokshetau (a)" in {str(c) for c in frame.iloc[:, 0]}


def test_repair_notes_follow_the_table_and_escape_printed_text() -> None:
    t = printed.printed("election_seats", where={"election": "1995-12"})
    assert any("printed \u2018I\u2019" in note for note in t.notes)
    assert "@isaacs2009, Table 3.4, as printed" in t.source


def test_companion_notes_are_shown_under_the_table() -> None:
    t = printed.printed("interview_questions")
    assert any(note.startswith("Note \\*: Experts include") for note in t.notes)


def test_arguments_are_checked() -> None:
    with pytest.raises(KeyError, match="unknown printed table 'sources'; expected one of 25"):
        printed.printed("sources")
    with pytest.raises(KeyError, match="unknown column of election_seats 'year'; expected one of"):
        printed.printed("election_seats", where={"year": 1994})
    with pytest.raises(ValueError, match=r"unknown election_seats\.election value '1994'"):
        printed.printed("election_seats", where={"election": "1994"})
    with pytest.raises(TypeError, match="where must be a dict of column: value"):
        printed.printed("election_seats", where=["1994"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"unknown incumbency_stats\.chamber value 'Duma'; "):
        printed.printed("incumbency_stats", where={"chamber": "Duma"})
