"""Every chart validates against Vega-Lite, renders to SVG, and matches its data."""

from __future__ import annotations

import pytest

from kznetworks import data
from kznetworks.book import charts, render

CHARTS = [
    charts.akim_tenure,
    charts.incumbency,
    charts.election_seats,
    charts.party_membership,
    charts.leader_recognition,
    charts.survey_shares,
]


@pytest.mark.parametrize("build", CHARTS, ids=[f.__name__ for f in CHARTS])
def test_chart_validates_converts_and_names_its_data(build) -> None:
    figure = build()
    spec = figure.spec()
    assert spec.get("description"), "every chart needs alt text"
    assert render.chart_svg(spec).lstrip().startswith("<svg")
    assert figure.csv and all(path.startswith("data/") for path in figure.csv)


def _values(spec: dict) -> list[dict]:
    return [row for rows in spec["datasets"].values() for row in rows]


def test_akim_chart_has_every_region() -> None:
    values = _values(charts.akim_tenure().spec())
    assert {v["region"] for v in values if "region" in v} == set(data.load("akim_tenure")["region"])


def test_seat_chart_sums_to_repaired_rows() -> None:
    values = _values(charts.election_seats().spec())
    seats = data.load("election_seats", repaired=True)
    seats = seats[seats["row_type"] == "data"]
    printed = [v for v in values if v["election"] != "2007"]
    assert sum(v["seats"] for v in printed) == int(seats["seats"].sum())
    assert sum(1 for v in values if v["basis"] == "repaired cell") == 3
    derived = [v for v in values if v["election"] == "2007"]
    assert {v["basis"] for v in derived} == {"derived from the text"}
    assert sum(v["seats"] for v in derived) == int(charts.seats_2007()["seats"].sum())


def test_membership_chart_matches_table() -> None:
    values = _values(charts.party_membership().spec())
    table = data.load("party_membership_2008")
    assert sum(v["members"] for v in values) == int(table["official_membership"].sum())
