"""The :class:`Figure` a chapter shows: a chart with the source and data links under it.

A figure reaches Quarto as one ``text/markdown`` output, so the chart, its caption,
its cross-reference and its notes stay together:

- for the website, the chart's HTML element (:func:`kznetworks.book.render.chart_html`)
  in a raw HTML block, drawn by the site's own copy of Vega;
- for the PDF, the chart rendered to SVG by vl-convert and placed with Typst's
  ``image`` in a raw Typst block (the SVG travels inside the Markdown, so Quarto's
  freeze keeps it with the chapter's output).

Either way the notes follow: the source, links to the data files, and any further
paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import altair as alt

from kznetworks.book import escape, render
from kznetworks.book.table import Link, check_parts

__all__ = ["Figure"]


@dataclass
class Figure:
    """A chart ready to show in a chapter, with the notes printed under it.

    Parameters
    ----------
    chart : altair chart
        The chart (its ``description`` is the alt text).
    source : str
        Where the data come from, in Markdown built from escaped parts.
    csv : list of str
        Paths of the data files behind the chart, relative to the project root.
    notes : list of str
        Further paragraphs under the chart, in Markdown built from escaped parts.

    Examples
    --------
    >>> import altair as alt
    >>> chart = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q")
    >>> Figure(chart.properties(description="One dot"), csv=["data/a.csv"]).alt_text
    'One dot'
    """

    chart: Any
    source: str = ""
    csv: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        check_parts(self, "chart", alt.TopLevelMixin, "an Altair chart")

    def spec(self, *, validate: bool = True) -> dict[str, Any]:
        """The chart's Vega-Lite specification.

        Parameters
        ----------
        validate : bool, default True
            Check it against the Vega-Lite schema (the test suite checks every chart;
            the chapters skip it, as it is slow).

        Returns
        -------
        dict
            As ``chart.to_dict()`` gives it.
        """
        if validate:
            return self.chart.to_dict(validate=True)
        if getattr(self, "_spec", None) is None:
            self._spec = self.chart.to_dict(validate=False)
        return self._spec

    @property
    def alt_text(self) -> str:
        """The chart's description, read by screen readers."""
        return str(self.spec(validate=False).get("description", "Chart"))

    def note(self) -> str:
        """The line under the chart naming its source and linking its data files.

        Returns
        -------
        str
            Markdown.
        """
        base = render.link_base()
        links = ", ".join(Link(p.rsplit("/", 1)[-1], p).markdown(base) for p in self.csv)
        parts = [p for p in (self.source, f"Data: {links}" if links else "") if p]
        return ". ".join(parts) + "." if parts else ""

    def output(self) -> str:
        """What the chapter shows: the chart for the current format, then its notes.

        Returns
        -------
        str
            Markdown with one raw block for the chart.
        """
        spec = self.spec(validate=False)
        if render.target() == "typst":
            svg = render.chart_svg(spec)
            block = escape.raw_block(
                f'#box(image(bytes({escape.typst_string(svg)}), format: "svg", '
                f"alt: {escape.typst_string(self.alt_text)}))",
                "typst",
            )
        else:
            block = render.chart_markdown(spec)
        return "\n\n".join(p for p in (block, self.note(), *self.notes) if p) + "\n"

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict:
        return {"text/markdown": self.output(), "text/plain": self.alt_text}
