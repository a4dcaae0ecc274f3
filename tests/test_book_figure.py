"""A figure is one output: the chart for the format, its source and data links under it."""

from __future__ import annotations

import altair as alt
import pytest

from kznetworks.book import render
from kznetworks.book.figure import Figure


@pytest.fixture
def figure() -> Figure:
    chart = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q")
    return Figure(
        chart.properties(description='Dots "quoted"'),
        source="@ide2014, Table 1",
        csv=["data/ide2014/survey_2013.csv"],
        notes=["A note."],
    )


def test_html_output(figure: Figure, monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "html")
    out = figure.output()
    assert out.startswith('```{=html}\n<div class="kz-chart"')
    assert "@ide2014, Table 1. Data: [survey\\_2013.csv](../data/ide2014/survey_2013.csv)." in out
    assert out.rstrip().endswith("A note.")
    assert sorted(figure._repr_mimebundle_()) == ["text/markdown", "text/plain"]


def test_typst_output_embeds_the_svg_in_a_typst_string(figure: Figure, monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "typst")
    out = figure.output()
    assert out.startswith('```{=typst}\n#box(image(bytes("<svg')
    assert 'format: "svg", alt: "Dots \\"quoted\\""' in out
    assert "https://kz-networks.github.io/kz-networks/data/ide2014/survey_2013.csv" in out
