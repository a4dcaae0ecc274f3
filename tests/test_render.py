"""The chart renderer offers interactive HTML (no CDN) and a static SVG for every chart."""

from __future__ import annotations

import altair as alt
import pytest

from kznetworks import render


@pytest.fixture
def spec() -> dict:
    chart = (
        alt.Chart(alt.Data(values=[{"x": 1, "y": 2}, {"x": 2, "y": 3}]))
        .mark_bar()
        .encode(x="x:O", y="y:Q", tooltip=["x:O", "y:Q"])
        .properties(description="Two bars")
    )
    return chart.to_dict(validate=True)


def test_bundle_has_html_svg_and_alt_text(spec: dict) -> None:
    render.reset()
    bundle = render.mimebundle(spec)
    assert bundle["text/plain"] == "Two bars"
    assert bundle["image/svg+xml"].lstrip().startswith("<svg")
    assert 'aria-label="Two bars"' in bundle["text/html"]


def test_libraries_are_embedded_once_per_page_and_never_fetched(spec: dict) -> None:
    render.reset()
    first = render.mimebundle(spec)["text/html"]
    second = render.mimebundle(spec)["text/html"]
    assert "window.vegaEmbed" in first
    assert "window.vegaEmbed" not in second
    for html in (first, second):
        assert "cdn.jsdelivr" not in html
        assert "<script src=" not in html


def test_output_is_deterministic(spec: dict) -> None:
    render.reset()
    a = render.mimebundle(spec)
    render.reset()
    b = render.mimebundle(spec)
    assert a == b


def test_enable_registers_the_renderer() -> None:
    render.enable()
    assert alt.renderers.active == render.RENDERER_NAME
