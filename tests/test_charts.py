"""Every chart validates against the Vega-Lite schema, converts to SVG, and matches its data."""

from __future__ import annotations

import pytest

from kznetworks import charts, data, render

CHARTS = [
    charts.akim_tenure,
    charts.incumbency,
    charts.election_seats,
    charts.party_membership,
    charts.leader_recognition,
    charts.survey_shares,
]


@pytest.mark.parametrize("build", CHARTS, ids=[f.__name__ for f in CHARTS])
def test_chart_validates_and_converts(build) -> None:
    spec = build().to_dict(validate=True)
    assert spec.get("description"), "every chart needs alt text"
    svg = render.chart_svg(spec)
    assert svg.lstrip().startswith("<svg") and len(svg) > 1000


def _values(spec: dict) -> list[dict]:
    return [row for rows in spec["datasets"].values() for row in rows]


def test_akim_chart_has_every_region() -> None:
    values = _values(charts.akim_tenure().to_dict())
    regions = {v["region"] for v in values if "region" in v}
    assert regions == set(data.load("akim_tenure")["region"])


def test_seat_chart_sums_to_repaired_rows() -> None:
    values = _values(charts.election_seats().to_dict())
    seats = data.load("election_seats", repaired=True)
    seats = seats[seats["row_type"] == "data"]
    printed = [v for v in values if v["election"] != "2007"]
    assert sum(v["seats"] for v in printed) == int(seats["seats"].sum())
    assert sum(1 for v in values if v["basis"] == "repaired cell") == 3
    derived = [v for v in values if v["election"] == "2007"]
    assert {v["basis"] for v in derived} == {"derived from the text"}
    assert sum(v["seats"] for v in derived) == int(charts.seats_2007()["seats"].sum())


def test_membership_chart_matches_table() -> None:
    values = _values(charts.party_membership().to_dict())
    table = data.load("party_membership_2008")
    assert sum(v["members"] for v in values) == int(table["official_membership"].sum())


def test_theme_is_registered() -> None:
    import altair as alt

    assert alt.theme.active == charts.THEME_NAME
