"""The register's events: every type has a timeline row, and date conflicts pair up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kznetworks import data
from kznetworks.book import events


def test_date_conflicts_pair_up() -> None:
    conflicts = events.date_conflicts()
    assert (conflicts.groupby("conflict").size() >= 2).all()


def test_conflicting_dates_differ() -> None:
    conflicts = events.date_conflicts()
    assert (conflicts.groupby("conflict")["date"].nunique() >= 2).all()
    for name in ("second-parliament-end", "junisbai-fieldwork", "mandate-referendum"):
        assert name in set(conflicts["conflict"])
    reregistration = conflicts[conflicts["conflict"] == "party-reregistration"]
    assert "2004-05-12" in set(reregistration["date"])


def test_every_event_type_has_a_timeline_row() -> None:
    types = set(data.load("events")["event_type"])
    assert {events.event_group(t) for t in types} <= set(events.EVENT_GROUPS)
    with pytest.raises(ValueError, match="in no timeline group"):
        events.event_group("festival")


def test_tables_and_facts_do_not_import_altair() -> None:
    # a chapter that shows only tables does not pay for importing the chart library
    code = (
        "import sys, kznetworks.book.events, kznetworks.book.tables, kznetworks.book.facts; "
        "print('altair' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
