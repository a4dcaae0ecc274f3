"""The register's tables: tiers, central people, party profiles, conflicting dates."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.book import register_views


def test_tables() -> None:
    assert set(register_views.tiers().frame["Tier"]) == {"inner circle", "second tier"}
    assert register_views.central_people(1).frame.iloc[0]["Name"] == "Nursultan Nazarbaev"
    assert "Nur Otan" in set(register_views.party_profiles().frame["Party"])
    conflicts = register_views.conflicting_dates().frame
    assert conflicts.groupby("Conflict").size().min() >= 2


@pytest.mark.parametrize("count", [0, -1, 2.5, True])
def test_central_people_refuses_a_bad_count(count) -> None:
    with pytest.raises(ValueError, match="count must be a whole number"):
        register_views.central_people(count)


def test_event_summary_adds_up() -> None:
    frame = register_views.event_summary().frame.set_index("Kind of event")
    events = data.load("events")
    assert int(frame.loc["All events", "All"]) == len(events)
    body = frame.drop(index="All events")
    assert int(body["All"].sum()) == len(events)
    polls = int((events["event_type"] == "poll").sum())
    assert int(body.loc["Polls, fieldwork, publications", "All"]) >= polls > 0
