"""One place that decides how charts are rendered: interactive HTML and static SVG.

The book's website shows Altair charts interactively, and its PDF (Typst) shows them
as static vector graphics. Quarto chooses among the representations a Jupyter output
offers: ``text/html`` for HTML formats and ``image/svg+xml`` for Typst. The renderer
registered here returns both for every chart:

- ``text/html``: a ``<div>`` and a module script that calls ``vegaEmbed``. The Vega,
  Vega-Lite and vega-embed libraries are embedded in the page itself (once per page,
  in the first chart), taken from ``vl-convert``'s bundle, so the site never loads
  anything from a CDN when it is read;
- ``image/svg+xml``: the chart rendered by ``vl-convert`` without a browser;
- ``text/plain``: the chart's description (its alt text).

Element ids are numbered per kernel (per chapter) so that the same inputs give the
same page.
"""

from __future__ import annotations

import html
import json
from functools import cache
from typing import Any

import altair as alt
import vl_convert as vlc

__all__ = ["RENDERER_NAME", "chart_html", "chart_svg", "enable", "mimebundle", "reset"]

RENDERER_NAME = "kznetworks"

_state = {"count": 0, "bundle_emitted": False}

#: vega-embed options: SVG renderer (crisp, accessible) and only the export actions.
EMBED_OPTIONS: dict[str, Any] = {
    "renderer": "svg",
    "actions": {"export": True, "source": False, "compiled": False, "editor": False},
}


@cache
def _bundle() -> str:
    return vlc.javascript_bundle()


def _vl_version(spec: dict[str, Any]) -> str | None:
    schema = spec.get("$schema", "")
    # e.g. https://vega.github.io/schema/vega-lite/v6.4.1.json -> "6.4"
    tail = schema.rsplit("/", 1)[-1].removesuffix(".json")
    major, _, rest = tail.lstrip("v").partition(".")
    candidate = f"{major}.{rest.partition('.')[0]}"
    return candidate if candidate in vlc.get_vegalite_versions() else None


def reset() -> None:
    """Forget the per-page state (chart counter, whether the libraries were emitted).

    Examples
    --------
    >>> reset()
    """
    _state["count"] = 0
    _state["bundle_emitted"] = False


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
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> chart_svg(spec).startswith("<svg")
    True
    """
    return vlc.vegalite_to_svg(spec, vl_version=_vl_version(spec))


def chart_html(spec: dict[str, Any], *, include_libraries: bool) -> str:
    """Return the HTML fragment that embeds an interactive chart.

    Parameters
    ----------
    spec : dict
        A Vega-Lite specification.
    include_libraries : bool
        Whether to embed the Vega, Vega-Lite and vega-embed libraries in this
        fragment (needed once per page).

    Returns
    -------
    str
        HTML with a ``<div>`` and ``<script type="module">`` elements; it loads
        nothing from the network.

    Examples
    --------
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> "vegaEmbed" in chart_html(spec, include_libraries=False)
    True
    """
    _state["count"] += 1
    div_id = f"kz-chart-{_state['count']}"
    label = html.escape(str(spec.get("description", "Chart")), quote=True)
    parts = []
    if include_libraries:
        parts.append(f'<script type="module">{_bundle()}</script>')
    parts.append(f'<div id="{div_id}" class="kz-chart" role="figure" aria-label="{label}"></div>')
    payload = json.dumps(spec, sort_keys=True, ensure_ascii=False).replace("</", "<\\/")
    options = json.dumps(EMBED_OPTIONS, sort_keys=True)
    parts.append(
        f'<script type="module">vegaEmbed("#{div_id}", {payload}, {options})'
        ".catch(console.error);</script>"
    )
    return "\n".join(parts)


def mimebundle(spec: dict[str, Any], **kwargs: Any) -> dict[str, str]:
    """Altair renderer: HTML for the website, SVG for the PDF, alt text for plain text.

    Parameters
    ----------
    spec : dict
        The Vega-Lite specification Altair passes to renderers.
    **kwargs
        Ignored (Altair passes renderer options here).

    Returns
    -------
    dict
        A Jupyter mimebundle with ``text/html``, ``image/svg+xml`` and ``text/plain``.

    Examples
    --------
    >>> spec = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q").to_dict()
    >>> sorted(mimebundle(spec))
    ['image/svg+xml', 'text/html', 'text/plain']
    """
    include = not _state["bundle_emitted"]
    _state["bundle_emitted"] = True
    return {
        "text/html": chart_html(spec, include_libraries=include),
        "image/svg+xml": chart_svg(spec),
        "text/plain": str(spec.get("description", "Chart")),
    }


def enable() -> None:
    """Register and enable the kz-networks renderer for Altair.

    Examples
    --------
    >>> enable()
    >>> alt.renderers.active
    'kznetworks'
    """
    if RENDERER_NAME not in alt.renderers.names():
        alt.renderers.register(RENDERER_NAME, mimebundle)
    alt.renderers.enable(RENDERER_NAME)
