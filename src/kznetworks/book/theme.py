"""The one place that sets how every chart looks and is rendered.

:func:`setup` registers the book's Vega-Lite theme (fonts, sizes, the colour-blind-safe
palette) and the renderer of :mod:`kznetworks.book.render`, and enables both. Every
function that builds a chart (:mod:`~kznetworks.book.charts`,
:mod:`~kznetworks.book.diagrams`, :mod:`~kznetworks.book.networks`) calls it first,
so a chart looks the same whichever module a chapter imports, and in whatever order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import altair as alt

from kznetworks.book import render

__all__ = ["PALETTE", "THEME_NAME", "WIDTH", "chart", "config", "setup"]

P = ParamSpec("P")
R = TypeVar("R")

THEME_NAME = "kznetworks"
#: Colour-blind-safe palette (Okabe-Ito).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
#: Width of a full-width chart, in pixels.
WIDTH = 560


def config() -> dict:
    """Return the book's Vega-Lite config: fonts, sizes and the palette.

    Returns
    -------
    dict
        A Vega-Lite ``config`` wrapped as Altair themes expect.

    Examples
    --------
    >>> config()["config"]["range"]["category"][0]
    '#0072B2'
    """
    return {
        "config": {
            "font": "Helvetica, Arial, sans-serif",
            "view": {"stroke": None, "continuousWidth": WIDTH},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "grid": False},
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "orient": "bottom"},
            "title": {"fontSize": 13, "anchor": "start"},
            "range": {"category": PALETTE},
            "bar": {"color": PALETTE[0]},
        }
    }


def setup() -> None:
    """Register and enable the book's theme and renderer (safe to call many times).

    Examples
    --------
    >>> setup()
    >>> alt.theme.active, alt.renderers.active
    ('kznetworks', 'kznetworks')
    """
    if THEME_NAME not in alt.theme.names():
        alt.theme.register(THEME_NAME, enable=False)(config)
    if alt.theme.active != THEME_NAME:
        alt.theme.enable(THEME_NAME)
    render.enable()


def chart(build: Callable[P, R]) -> Callable[P, R]:
    """Decorate a function that builds a chart so that it calls :func:`setup` first.

    Parameters
    ----------
    build : callable
        A function returning an Altair chart.

    Returns
    -------
    callable
        The same function (name, docstring and signature kept), theme set first.

    Examples
    --------
    >>> @chart
    ... def dots():
    ...     return alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q")
    >>> dots().to_dict()["config"]["range"]["category"][0]
    '#0072B2'
    """
    if not callable(build):
        raise TypeError(f"chart decorates a function that builds a chart; got {build!r}")

    @functools.wraps(build)
    def with_theme(*args: P.args, **kwargs: P.kwargs) -> R:
        setup()
        return build(*args, **kwargs)

    return with_theme
