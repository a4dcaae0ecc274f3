"""The book's numeric figures, as Altair charts built from the data package.

Each function returns a :class:`~kznetworks.book.figure.Figure`: an Altair chart with
tooltips for the website and a ``description`` that serves as alt text, and under it
its source and data files.
Each calls :func:`kznetworks.book.theme.setup` first, so the theme and renderer are set
whatever a chapter imports.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from kznetworks import data
from kznetworks.book import theme
from kznetworks.book.figure import Figure
from kznetworks.book.inputs import csv_path
from kznetworks.book.mentions import name_href

__all__ = [
    "akim_tenure",
    "election_seats",
    "incumbency",
    "leader_recognition",
    "party_membership",
    "seats_2007",
    "survey_shares",
]

WIDTH = theme.WIDTH


@theme.chart
def akim_tenure() -> Figure:
    """Average tenure of oblast' akims by region, with the printed mean (Junisbai Table 2).

    Returns
    -------
    Figure
        The chart, with its source and data files.
        Horizontal bars sorted by tenure; regions merged in 1997 are coloured apart;
        a rule marks the mean printed in the table's note.

    Examples
    --------
    >>> akim_tenure().spec()["description"].startswith("Bar chart")
    True
    """
    tenure = data.load("akim_tenure")
    notes = data.load("akim_tenure_notes").set_index("marker")["text"]
    mean = float(data.load("akim_tenure_stats").set_index("statistic").loc["mean", "value"])
    frame = pd.DataFrame(
        {
            "region": tenure["region"].astype(str),
            "years": tenure["average_tenure_years"].astype(float),
            "akims": tenure["akims_count"].astype(int),
            "status": tenure["note_markers"]
            .fillna("")
            .map(lambda m: "merged in 1997" if m and m in notes.index else "current"),
            "longest": tenure["longest_serving"].astype(str),
        }
    )
    frame["href"] = frame["region"].map(name_href)
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("years:Q", title="Average tenure (years)"),
            y=alt.Y("region:N", sort="-x", title=None),
            color=alt.Color("status:N", title="Region"),
            href="href:N",
            tooltip=[
                alt.Tooltip("region:N", title="Region"),
                alt.Tooltip("years:Q", title="Average tenure (years)", format=".2f"),
                alt.Tooltip("akims:Q", title="Number of akims"),
                alt.Tooltip("longest:N", title="Longest in office"),
            ],
        )
    )
    rule = (
        alt.Chart(pd.DataFrame({"mean": [mean]}))
        .mark_rule(strokeDash=[4, 3], color="#444")
        .encode(x="mean:Q", tooltip=[alt.Tooltip("mean:Q", title="Printed mean")])
    )
    chart = (bars + rule).properties(
        width=WIDTH,
        height=alt.Step(16),
        description=(
            f"Bar chart of the average tenure of akims in {len(frame)} regions, from "
            f"{frame['years'].min():.2f} to {frame['years'].max():.2f} years; dashed line at the "
            f"printed mean of {mean:.2f} years."
        ),
    )
    return Figure(
        chart,
        source="@junisbai2010, Table 2 and its note",
        csv=[csv_path("akim_tenure"), csv_path("akim_tenure_notes"), csv_path("akim_tenure_stats")],
    )


@theme.chart
def incumbency() -> Figure:
    """Share of deputies and senators by number of terms served (Junisbai Tables 3 and 4).

    Returns
    -------
    Figure
        The chart, with its source and data files.
        Grouped bars of the printed percentages, one colour per chamber.

    Examples
    --------
    >>> "Senate" in str(incumbency().spec()["datasets"])
    True
    """
    rows = data.load("incumbency")
    frame = pd.DataFrame(
        {
            "chamber": rows["chamber"].astype(str),
            "terms": rows["terms"].astype(int),
            "members": rows["members"].astype(int),
            "percent": rows["percent"].astype(float),
        }
    )
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("terms:O", title="Number of terms served"),
            xOffset="chamber:N",
            y=alt.Y("percent:Q", title="Share of members (%)"),
            color=alt.Color("chamber:N", title="Chamber"),
            tooltip=["chamber:N", "terms:O", "members:Q", alt.Tooltip("percent:Q", format=".2f")],
        )
        .properties(
            width=WIDTH // 2,
            height=260,
            description=(
                "Grouped bar chart: share of Mazhilis deputies and of senators who served one to "
                "four terms, 1996-2007; most deputies served one term, senators more often two "
                "or more."
            ),
        )
    )
    return Figure(chart, source="@junisbai2010, Tables 3 and 4", csv=[csv_path("incumbency")])


def seats_2007() -> pd.DataFrame:
    """Seats in the 2007 election, derived from what the thesis states in its text.

    The thesis prints no 2007 table. It says Nur Otan won "all the seats", that the
    reform raised the Mazhilis from 77 to 107 deputies of whom nine are chosen by the
    Assembly of the People (claims ``isaacs2009-397`` and ``-398``), and that the other
    parties won none. Nur Otan's seats are therefore 107 - 9, a derived figure.

    Returns
    -------
    pandas.DataFrame
        ``party``, ``seats``, ``basis`` ("derived from the text").

    Examples
    --------
    >>> int(seats_2007().set_index("party").loc["Nur Otan", "seats"])
    98
    """
    claims = data.load("claims").set_index("claim_id")["value"]
    elected = int(claims["isaacs2009-397"]) - int(claims["isaacs2009-398"])
    text = data.load("election_2007_text")
    return pd.DataFrame(
        {
            "party": text["party"].astype(str),
            "seats": [elected if won else 0 for won in text["won_seats"]],
            "basis": "derived from the text",
        }
    )


@theme.chart
def election_seats() -> Figure:
    """Seats by party or affiliation in five elections, 1994-2007 (thesis Tables 3.3-3.7).

    The 1994-2004 panels come from the printed tables (totals left out, documented
    repairs used for unreadable cells); the 2007 panel is derived from the thesis's
    text (:func:`seats_2007`). Opacity says which is which.

    Returns
    -------
    Figure
        The chart, with its source and data files.
        Horizontal bars, one panel per election.

    Examples
    --------
    >>> spec = election_seats().spec()
    >>> spec["mark"]["type"]
    'bar'
    """
    seats = data.load("election_seats", repaired=True)
    seats = seats[seats["row_type"] == "data"]
    labels = {
        "1994-03-07": "March 1994",
        "1995-12": "December 1995",
        "1999": "1999",
        "2004": "2004",
        "2007": "2007",
    }
    printed = pd.DataFrame(
        {
            "election": seats["election"].map(labels),
            "party": seats["party_or_affiliation"].astype(str),
            "seats": seats["seats"].astype(int),
            "basis": seats["repaired_fields"]
            .str.contains("seats")
            .map({True: "repaired cell", False: "as printed"}),
        }
    )
    derived = seats_2007().assign(election=labels["2007"])
    frame = pd.concat([printed, derived[printed.columns]], ignore_index=True)
    frame["href"] = frame["party"].map(name_href)
    order = list(labels.values())
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("seats:Q", title="Seats"),
            y=alt.Y("party:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.Color("election:N", legend=None, sort=order),
            opacity=alt.Opacity(
                "basis:O",
                scale=alt.Scale(
                    domain=["as printed", "repaired cell", "derived from the text"],
                    range=[1.0, 0.45, 0.7],
                ),
                legend=alt.Legend(title="Seat figure"),
            ),
            row=alt.Row("election:N", sort=order, title=None),
            href="href:N",
            tooltip=["election:N", "party:N", "seats:Q", alt.Tooltip("basis:N", title="Figure")],
        )
        .resolve_scale(y="independent")
        .properties(
            width=WIDTH - 180,
            height=alt.Step(13),
            description=(
                "Bar charts of seats won by each party or affiliation in the parliamentary "
                "elections of March 1994, December 1995, 1999 and 2004 (printed tables) and "
                "2007 (derived from the text: one party won every elected seat)."
            ),
        )
    )
    return Figure(
        chart,
        source="@isaacs2009, Tables 3.3, 3.4, 3.6 and 3.7, and its text on 2007",
        csv=[csv_path("election_seats"), csv_path("election_2007_text")],
    )


@theme.chart
def party_membership() -> Figure:
    """Official membership of the registered parties, 2008 (thesis Table 5.1).

    Returns
    -------
    Figure
        The chart, with its source and data files.
        Horizontal bars sorted by membership.

    Examples
    --------
    >>> len(party_membership().spec()["datasets"]) == 1
    True
    """
    rows = data.load("party_membership_2008", repaired=True)
    frame = pd.DataFrame(
        {"party": rows["party"].astype(str), "members": rows["official_membership"].astype(int)}
    )
    frame["href"] = frame["party"].map(name_href)
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("members:Q", title="Official membership", axis=alt.Axis(format="~s")),
            y=alt.Y("party:N", sort="-x", title=None),
            href="href:N",
            tooltip=["party:N", alt.Tooltip("members:Q", format=",")],
        )
        .properties(
            width=WIDTH - 160,
            height=alt.Step(18),
            description=(
                f"Bar chart of the official membership of {len(frame)} registered parties in 2008; "
                f"{frame.loc[frame['members'].idxmax(), 'party']} is by far the largest."
            ),
        )
    )
    return Figure(chart, source="@isaacs2009, Table 5.1", csv=[csv_path("party_membership_2008")])


@theme.chart
def leader_recognition() -> Figure:
    """Recognition of party leaders with their parties, May 2004 (thesis Table 6.1).

    Returns
    -------
    Figure
        The chart, with its source and data files.
        Horizontal bars of the percentage of respondents, coloured by party.

    Examples
    --------
    >>> leader_recognition().spec()["encoding"]["x"]["field"]
    'percent'
    """
    rows = data.load("leader_recognition_2004", repaired=True)
    frame = pd.DataFrame(
        {
            "leader": rows["personality"].astype(str),
            "party": rows["party"].astype(str),
            "percent": rows["recognition_percent"].astype(float),
        }
    )
    frame["href"] = frame["leader"].map(name_href)
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("percent:Q", title="Respondents (%)"),
            y=alt.Y("leader:N", sort="-x", title=None),
            color=alt.Color("party:N", title="Party"),
            href="href:N",
            tooltip=["leader:N", "party:N", "percent:Q"],
        )
        .properties(
            width=WIDTH - 160,
            height=alt.Step(18),
            description=(
                f"Bar chart of the share of respondents recognising {len(frame)} party leaders "
                "with "
                "their parties in May 2004."
            ),
        )
    )
    return Figure(chart, source="@isaacs2009, Table 6.1", csv=[csv_path("leader_recognition_2004")])


@theme.chart
def survey_shares() -> Figure:
    """Shares reported from the 2013 survey in the IDE bulletin, with their qualifiers.

    The bulletin states bounds ("more than", "nearly", "over"), not exact values;
    the chart draws each as a point at the stated figure with its qualifier.

    Returns
    -------
    Figure
        The chart, with its source and data files.
        Points with labels; no bar implies a precise value the text does not give.

    Examples
    --------
    >>> survey_shares().spec()["layer"][0]["mark"]["type"]
    'point'
    """
    rows = data.load("survey_2013")
    shares = rows[rows["unit"] == "percent"]
    labels = {
        "bribery_connections_widespread": "Bribery and connections are widespread",
        "personal_experience_bribery": "Personal experience of bribery",
        "used_personal_networks": "Used personal networks to solve problems",
    }
    frame = pd.DataFrame(
        {
            "statement": shares["indicator"].map(lambda k: labels.get(k, k)),
            "percent": shares["value"].astype(float),
            "qualifier": shares["qualifier"].astype(str),
        }
    )
    frame["label"] = frame["qualifier"] + " " + frame["percent"].map(lambda v: f"{v:g}%")
    n = int(rows.loc[rows["indicator"] == "sample_size", "value"].iloc[0])
    base = alt.Chart(frame).encode(
        x=alt.X("percent:Q", title="Respondents (%)", scale=alt.Scale(domain=[0, 100])),
        y=alt.Y("statement:N", sort="-x", title=None, axis=alt.Axis(labelLimit=320)),
        tooltip=["statement:N", "qualifier:N", "percent:Q"],
    )
    points = base.mark_point(filled=True, size=80)
    text = base.mark_text(align="left", dx=8).encode(text="label:N")
    chart = (points + text).properties(
        width=WIDTH - 200,
        height=alt.Step(28),
        description=(
            f"Dot chart of three shares from a 2013 survey of {n} respondents, each drawn at the "
            "figure the bulletin states with its qualifier (more than, nearly, over)."
        ),
    )
    lines = f"lines {shares['line_start'].min()}\u2013{shares['line_end'].max()}"
    source = f"@ide2014, the survey's shares as the bulletin states them ({lines})"
    return Figure(chart, source=source, csv=[csv_path("survey_2013")])
