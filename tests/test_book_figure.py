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
    assert "@ide2014, Table 1. Data: [survey\\_2013.csv](../data/ide2014/survey_2013.csv) " in out
    # every data file is linked to its entry in the data dictionary
    assert "([schema](../chapters/data-dictionary.html#dict-survey-2013))." in out
    assert out.rstrip().endswith("A note.")
    assert sorted(figure._repr_mimebundle_()) == ["text/markdown", "text/plain"]


def test_typst_output_embeds_the_svg_in_a_typst_string(figure: Figure, monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "typst")
    out = figure.output()
    assert out.startswith('```{=typst}\n#box(image(bytes("<svg')
    assert 'format: "svg", alt: "Dots \\"quoted\\""' in out
    assert "https://kz-networks.github.io/kz-networks/data/ide2014/survey_2013.csv" in out


def test_a_drawing_is_inline_svg_on_the_website_and_an_image_in_the_pdf(monkeypatch) -> None:
    from kznetworks.book.figure import Drawing

    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300pt" height="100pt"></svg>'
    fig = Figure(Drawing(svg, 'A "drawing"'), csv=["data/diagrams/diagram_nodes.csv"])
    monkeypatch.setenv(render.TARGET_ENV, "html")
    out = fig.output()
    assert out.startswith('```{=html}\n<div class="kz-diagram" role="figure"')
    assert 'aria-label="A &quot;drawing&quot;"' in out and svg in out
    assert fig.alt_text == 'A "drawing"'
    monkeypatch.setenv(render.TARGET_ENV, "typst")
    out = fig.output()
    assert out.startswith('```{=typst}\n#align(center, box(image(bytes("<svg')
    assert "width: 100%" not in out and "rotate" not in out
    with pytest.raises(TypeError, match="holds a Drawing"):
        fig.spec()


def test_a_wide_drawing_is_scaled_or_turned_in_the_pdf(monkeypatch) -> None:
    from kznetworks.book.figure import TEXT_WIDTH_PT, Drawing

    monkeypatch.setenv(render.TARGET_ENV, "typst")
    wider = Drawing(f'<svg width="{TEXT_WIDTH_PT + 40}pt" height="300pt"></svg>', "Wider")
    assert not wider.turned() and "width: 100%" in wider.typst()
    wide = Drawing('<svg width="800pt" height="500pt"></svg>', "Wide")
    assert wide.turned() and "rotate(-90deg, reflow: true" in wide.typst()
