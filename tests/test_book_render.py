"""The chart renderer: a raw HTML block for the website, SVG for the PDF, nothing from a CDN."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import altair as alt
import pytest

from kznetworks.book import render


@pytest.fixture
def spec() -> dict:
    chart = (
        alt.Chart(alt.Data(values=[{"x": 1, "y": 2}, {"x": 2, "y": 3}]))
        .mark_bar()
        .encode(x="x:O", y="y:Q", tooltip=["x:O", "y:Q"])
        .properties(description="Two bars")
    )
    return chart.to_dict(validate=True)


def test_html_target_gives_markdown_with_the_spec_and_no_html_mimetype(spec, monkeypatch):
    monkeypatch.setenv(render.TARGET_ENV, "html")
    bundle = render.mimebundle(spec)
    # text/html (or application/javascript) would make Quarto load require.js from a CDN
    assert sorted(bundle) == ["text/markdown", "text/plain"]
    assert bundle["text/plain"] == "Two bars"
    markdown = bundle["text/markdown"]
    assert markdown.startswith("```{=html}\n") and markdown.endswith("```\n")
    payload = re.search(
        r'<script type="application/json" class="kz-chart-spec">(.*?)</script>', markdown
    ).group(1)
    assert json.loads(payload) == json.loads(json.dumps(spec))
    assert 'aria-label="Two bars"' in markdown


def test_typst_target_gives_svg_only(spec, monkeypatch):
    monkeypatch.setenv(render.TARGET_ENV, "typst")
    bundle = render.mimebundle(spec)
    assert sorted(bundle) == ["image/svg+xml", "text/plain"]
    assert bundle["image/svg+xml"].lstrip().startswith("<svg")


def test_chart_html_loads_nothing(spec) -> None:
    html = render.chart_html(spec)
    assert "<script src" not in html and "http" not in html.split("kz-chart-spec")[0]
    assert "vegaEmbed" not in html  # the site's own script draws the chart


def test_target_is_read_from_quartos_execute_info(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(render.TARGET_ENV, raising=False)
    for to, expected in (("typst", "typst"), ("html", "html")):
        info = tmp_path / f"{to}.json"
        info.write_text(json.dumps({"format": {"pandoc": {"to": to}}}), encoding="utf-8")
        monkeypatch.setenv("QUARTO_EXECUTE_INFO", str(info))
        assert render.target() == expected
    monkeypatch.delenv("QUARTO_EXECUTE_INFO")
    assert render.target() == "html"


def test_unknown_target_is_refused(monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "latex")
    with pytest.raises(ValueError, match="KZNETWORKS_TARGET must be one of"):
        render.target()


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def test_hostile_chart_data_cannot_leave_the_script_element() -> None:
    hostile = "</script><!--<script>alert(1)</script><img src=x onerror=alert(1)>"
    spec = (
        alt.Chart(alt.Data(values=[{"x": hostile}]))
        .mark_point()
        .encode(x="x:N")
        .properties(description=hostile)
        .to_dict()
    )
    html = render.chart_html(spec)
    parser = _Elements()
    parser.feed(html)
    # one div, one JSON script, the noscript fallback and its paragraph: nothing injected
    assert parser.tags == ["div", "script", "noscript", "p"]
    payload = re.search(r'class="kz-chart-spec">(.*?)</script>', html).group(1)
    assert json.loads(payload)["data"]["values"][0]["x"] == hostile


def test_output_is_deterministic(spec, monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "html")
    assert render.mimebundle(spec) == render.mimebundle(spec)


def test_vega_bundle_is_a_classic_script_defining_the_globals() -> None:
    bundle = render.vega_bundle()
    # a module (import/export) would not load from file:// (the archived site)
    assert not re.search(r"(?m)^\s*(import|export)\s", bundle)
    for name in ("vegaEmbed", "vega", "vegaLite"):
        assert f"window.{name}=" in bundle


def test_enable_registers_the_renderer() -> None:
    render.enable()
    assert alt.renderers.active == render.RENDERER_NAME
