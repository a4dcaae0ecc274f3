"""One place that decides how charts are rendered: interactive on the website, SVG in the PDF.

Quarto runs each chapter twice, once for the website (HTML) and once for the PDF
(Typst), and tells the kernel which through the file named by the
``QUARTO_EXECUTE_INFO`` environment variable. The renderer registered here reads it
and returns one representation per chart:

- for HTML, ``text/markdown`` holding a raw HTML block: a ``<div class="kz-chart">``
  with the chart's Vega-Lite specification as JSON in a ``<script
  type="application/json">`` element. No library is embedded in the page and no
  ``text/html`` output is produced (Quarto would then load require.js and jQuery from
  a CDN). The site's own script ``assets/js/kz-charts.js`` and the Vega libraries are
  added once, as local files in ``site_libs/``, by the filter
  ``assets/filters/kz-html-deps.lua``;
- for Typst, ``image/svg+xml``: the chart rendered by ``vl-convert`` without a browser.

``text/plain`` always carries the chart's description (its alt text). Set
``KZNETWORKS_TARGET`` to ``html`` or ``typst`` to choose the output outside Quarto.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import vl_convert as vlc

from kznetworks.book import escape
from kznetworks.data import cache as disk
from kznetworks.data.errors import expect_type

__all__ = [
    "RENDERER_NAME",
    "TARGETS",
    "chart_html",
    "chart_markdown",
    "chart_svg",
    "enable",
    "link_base",
    "mimebundle",
    "page_offset",
    "site_url",
    "target",
    "vega_bundle",
]

RENDERER_NAME = "kznetworks"
#: Output formats the renderer knows.
TARGETS = ("html", "typst")
#: Environment variable that chooses the target outside Quarto.
TARGET_ENV = "KZNETWORKS_TARGET"


@cache
def _execute_info(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def target() -> str:
    """The output format the current chapter is executed for: ``"html"`` or ``"typst"``.

    Read from ``KZNETWORKS_TARGET`` when set, else from the format Quarto records in
    the file named by ``QUARTO_EXECUTE_INFO``; ``"html"`` when neither says.

    Returns
    -------
    str
        One of :data:`TARGETS`.

    Examples
    --------
    >>> target() in TARGETS
    True
    """
    chosen = os.environ.get(TARGET_ENV, "").strip().lower()
    if chosen:
        if chosen not in TARGETS:
            raise ValueError(f"{TARGET_ENV} must be one of {TARGETS}, not {chosen!r}")
        return chosen
    info_path = os.environ.get("QUARTO_EXECUTE_INFO")
    if info_path:
        pandoc_to = str(_execute_info(info_path).get("format", {}).get("pandoc", {}).get("to", ""))
        if pandoc_to.startswith("typst"):
            return "typst"
    return "html"


def page_offset() -> str:
    """The path from the page being rendered to the site's root folder.

    Read from what Quarto tells the kernel (``QUARTO_PROJECT_ROOT`` and
    ``QUARTO_DOCUMENT_PATH``); ``"../"`` (a page in ``chapters/``) when neither is set.

    Returns
    -------
    str
        ``""`` for a page at the root, ``"../"`` for one in ``chapters/``.

    Examples
    --------
    >>> page_offset() in ("", "../")
    True
    """
    root = os.environ.get("QUARTO_PROJECT_ROOT")
    folder = os.environ.get("QUARTO_DOCUMENT_PATH")
    if not root or not folder:
        return "../"
    relative = os.path.relpath(Path(root).resolve(), Path(folder).resolve())
    return "" if relative == "." else relative.replace(os.sep, "/") + "/"


def link_base() -> str:
    """What to put before a path from the site root to link it from the current page.

    The website links relatively (:func:`page_offset`); the PDF links to the published
    website (:func:`site_url`), as a PDF cannot link to files beside it.

    Returns
    -------
    str
        A prefix ending with ``/``, or ``""``.

    Examples
    --------
    >>> link_base().endswith("/") or link_base() == ""
    True
    """
    return site_url() if target() == "typst" else page_offset()


@cache
def _site_url(root: str) -> str:
    import yaml

    config = Path(root) / "_quarto.yml"
    if not config.is_file():
        return ""
    book = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("book", {})
    url = str(book.get("site-url", ""))
    return url if not url or url.endswith("/") else url + "/"


def site_url() -> str:
    """The published website's address (``book.site-url``), ending with ``/``.

    The PDF links data files to it, as a PDF cannot link to files beside it.

    Returns
    -------
    str
        The address, or ``""`` outside a checkout of the book.

    Examples
    --------
    >>> site_url().startswith("https://")
    True
    """
    from kznetworks.book.structure import project_root

    try:
        return _site_url(str(project_root()))
    except FileNotFoundError:
        return ""


def _vl_version(spec: dict[str, Any]) -> str | None:
    schema = spec.get("$schema", "")
    # e.g. https://vega.github.io/schema/vega-lite/v6.4.1.json -> "6.4"
    tail = schema.rsplit("/", 1)[-1].removesuffix(".json")
    major, _, rest = tail.lstrip("v").partition(".")
    candidate = f"{major}.{rest.partition('.')[0]}"
    return candidate if candidate in vlc.get_vegalite_versions() else None


def _check_spec(spec: object) -> None:
    expect_type("spec", spec, dict, "a Vega-Lite specification (a dict, from chart.to_dict())")


def chart_svg(spec: dict[str, Any]) -> str:
    """Render a Vega-Lite spec to SVG with vl-convert (no browser needed).

    Parameters
    ----------
    spec : dict
        A Vega-Lite specification, as ``chart.to_dict()`` returns.

    Returns
    -------
    str
        The SVG document.

    Examples
    --------
    >>> import altair as alt
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> chart_svg(spec).startswith("<svg")
    True
    """
    _check_spec(spec)
    # rendering takes a tenth of a second to seconds; the result is a pure function of
    # the specification and the vl-convert version, so it is kept in the disk cache
    digest = disk.text_key("svg", vlc.__version__, escape.script_json(spec))
    svg = disk.load_text(digest)
    if svg is None:
        svg = vlc.vegalite_to_svg(spec, vl_version=_vl_version(spec))
        disk.store_text(digest, svg)
    return svg


def chart_html(spec: dict[str, Any]) -> str:
    """The HTML element that the site's chart script turns into an interactive chart.

    Parameters
    ----------
    spec : dict
        A Vega-Lite specification.

    Returns
    -------
    str
        A ``<div class="kz-chart">`` holding the specification as JSON (escaped for a
        ``<script>`` element) and a text fallback for readers without JavaScript.

    Examples
    --------
    >>> import altair as alt
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> chart_html(spec).startswith('<div class="kz-chart"')
    True
    """
    _check_spec(spec)
    label = escape.html(spec.get("description", "Chart"))
    payload = escape.script_json(spec)
    return (
        f'<div class="kz-chart" role="figure" aria-label="{label}">'
        f'<script type="application/json" class="kz-chart-spec">{payload}</script>'
        f'<noscript><p class="kz-chart-fallback">{label}</p></noscript></div>'
    )


def chart_markdown(spec: dict[str, Any]) -> str:
    """The chart's HTML element wrapped as a raw HTML block for Quarto's Markdown.

    Parameters
    ----------
    spec : dict
        A Vega-Lite specification.

    Returns
    -------
    str
        A fenced ``{=html}`` block.

    Examples
    --------
    >>> import altair as alt
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> chart_markdown(spec).startswith("```{=html}")
    True
    """
    return escape.raw_block(chart_html(spec), "html")


def mimebundle(spec: dict[str, Any], **kwargs: Any) -> dict[str, str]:
    """Altair renderer: a raw HTML block for the website, SVG for the PDF, plus alt text.

    Parameters
    ----------
    spec : dict
        The Vega-Lite specification Altair passes to renderers.
    **kwargs
        Ignored (Altair passes renderer options here).

    Returns
    -------
    dict
        A Jupyter mimebundle: ``text/markdown`` (HTML target) or ``image/svg+xml``
        (Typst target), and ``text/plain``.

    Examples
    --------
    >>> import altair as alt
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> sorted(mimebundle(spec))
    ['text/markdown', 'text/plain']
    """
    _check_spec(spec)
    alt_text = str(spec.get("description", "Chart"))
    if target() == "typst":
        return {"image/svg+xml": chart_svg(spec), "text/plain": alt_text}
    return {"text/markdown": chart_markdown(spec), "text/plain": alt_text}


def vega_bundle() -> str:
    """The Vega, Vega-Lite and vega-embed libraries as one classic script.

    Taken from ``vl-convert``, the same build that draws the PDF's SVGs, so the
    website and the PDF use one version of Vega. The script defines the globals
    ``vega``, ``vegaLite`` and ``vegaEmbed``; it imports nothing and loads nothing.

    Returns
    -------
    str
        JavaScript source.

    Examples
    --------
    >>> "window.vegaEmbed" in vega_bundle()  # doctest: +SKIP
    True
    """
    digest = disk.text_key("vega-bundle", vlc.__version__)
    bundle = disk.load_text(digest)
    if bundle is None:
        bundle = vlc.javascript_bundle()
        disk.store_text(digest, bundle)
    return bundle


def enable() -> None:
    """Register and enable the kz-networks renderer for Altair.

    Examples
    --------
    >>> import altair as alt
    >>> enable()
    >>> alt.renderers.active
    'kznetworks'
    """
    import altair as alt  # here, not at the top: most chapters draw no Altair chart

    if RENDERER_NAME not in alt.renderers.names():
        alt.renderers.register(RENDERER_NAME, mimebundle)
    alt.renderers.enable(RENDERER_NAME)
