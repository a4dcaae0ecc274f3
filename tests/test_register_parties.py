"""Party profiles join the tables through the register's identifiers."""

from __future__ import annotations

from kznetworks import data
from kznetworks.register import parties


def test_profiles_join_tables_by_identifier() -> None:
    profiles = parties.party_profiles().set_index("party_id")
    membership = data.load("party_membership_2008")
    assert profiles.loc["party:nur-otan", "membership_2008"] == str(
        int(membership.loc[membership["party"] == "Nur Otan", "official_membership"].iloc[0])
    )
    assert "2004: 42" in profiles.loc["party:otan", "seats"]
    assert "party:otan" in profiles.loc["party:nur-otan", "predecessors"]


def test_every_party_has_one_profile() -> None:
    profiles = parties.party_profiles()
    entities = data.load("entities")
    assert set(profiles["party_id"]) == set(entities.loc[entities["kind"] == "party", "entity_id"])
    assert list(profiles.columns) == parties.PROFILE_COLUMNS
