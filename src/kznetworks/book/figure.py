"""The :class:`Figure` a chapter shows: a chart with the source and data links under it.

A figure reaches Quarto as one ``text/markdown`` output, so the chart, its caption,
its cross-reference and its notes stay together:

- for the website, the chart's HTML element (:func:`kznetworks.book.render.chart_html`)
  in a raw HTML block, drawn by the site's own copy of Vega;
- for the PDF, the chart rendered to SVG by vl-convert and placed with Typst's
  ``image`` in a raw Typst block (the SVG travels inside the Markdown, so Quarto's
  freeze keeps it with the chapter's output).

A figure can also hold a :class:`Drawing`, an SVG drawn by the package itself (the
diagrams laid out by Graphviz): the website gets the SVG inline, so that the site's
stylesheet can recolour it for the dark theme, and the PDF gets the same SVG as an
image, scaled down to the text width when it is wider.

Either way the notes follow: the source, links to the data files, and any further
paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import altair as alt

from kznetworks.book import escape, render
from kznetworks.book.table import check_parts, source_note

__all__ = [
    "HTML_COLUMN_PT",
    "SMALLEST_SCALE",
    "TEXT_HEIGHT_PT",
    "TEXT_WIDTH_PT",
    "Drawing",
    "Figure",
]

#: Width of the PDF's text block (A4, Quarto's Typst margins), in points: a wider
#: drawing is scaled down to it.
TEXT_WIDTH_PT = 415.0
#: Height a figure may take on a PDF page, in points (the text block less its caption).
TEXT_HEIGHT_PT = 600.0
#: Width of the website's text column in points (about 760 px): a wider drawing may
#: use the page's right margin.
HTML_COLUMN_PT = 570.0
#: Below this scale (text under about 8 pt) a wide drawing is turned if that helps.
SMALLEST_SCALE = 0.8


@dataclass(frozen=True)
class Drawing:
    """An SVG picture drawn by the package, with its description (the alt text).

    Parameters
    ----------
    svg : str
        An ``<svg>`` element whose ``width`` is given in points.
    description : str
        What it shows, read by screen readers.

    Examples
    --------
    >>> Drawing('<svg width="500pt" height="20pt"></svg>', "A line").width_pt
    500.0
    """

    svg: str
    description: str

    def _size(self, name: str) -> float:
        found = re.search(rf'<svg[^>]*\s{name}="([\d.]+)pt"', self.svg)
        return float(found.group(1)) if found else 0.0

    @property
    def width_pt(self) -> float:
        """The drawing's natural width in points (0 when the SVG does not say)."""
        return self._size("width")

    @property
    def height_pt(self) -> float:
        """The drawing's natural height in points (0 when the SVG does not say)."""
        return self._size("height")

    def turned(self) -> bool:
        """Whether the PDF shows it turned a quarter (landscape), as it is then larger.

        A drawing that would be shrunk below :data:`SMALLEST_SCALE` to fit the text
        width is turned when, turned, it fits the text block (:data:`TEXT_WIDTH_PT`
        by :data:`TEXT_HEIGHT_PT`) at a clearly larger scale.

        Examples
        --------
        >>> Drawing('<svg width="800pt" height="500pt"></svg>', "Wide").turned()
        True
        """
        width, height = self.width_pt, self.height_pt
        if width <= TEXT_WIDTH_PT or not height:
            return False
        upright = TEXT_WIDTH_PT / width
        turned = min(TEXT_WIDTH_PT / height, TEXT_HEIGHT_PT / width, 1.0)
        return upright < SMALLEST_SCALE and turned > upright * 1.15

    def html(self) -> str:
        """The SVG inline in a ``<div class="kz-diagram">``, as the website shows it.

        A drawing wider than :data:`HTML_COLUMN_PT` is marked ``kz-wide``: the site's
        filter (``assets/filters/kz-html-deps.lua``) gives it the page's right margin.
        """
        label = escape.html(self.description)
        wide = " kz-wide" if self.width_pt > HTML_COLUMN_PT else ""
        return f'<div class="kz-diagram{wide}" role="figure" aria-label="{label}">{self.svg}</div>'

    def typst(self) -> str:
        """Raw Typst placing the SVG as an image, at most as wide as the text.

        A wide drawing is scaled down to the text width, or turned a quarter when it
        is larger so (:meth:`turned`). The image is a block, centred: an inline box
        narrower than the text would share its last line with the notes under it.
        """
        image = f'image(bytes({escape.typst_string(self.svg)}), format: "svg", alt: ' + (
            escape.typst_string(self.description)
        )
        if self.turned():
            scale = min(TEXT_WIDTH_PT / self.height_pt, TEXT_HEIGHT_PT / self.width_pt, 1.0)
            width = f"{self.width_pt * scale:.1f}pt"
            return f"#align(center, box(rotate(-90deg, reflow: true, {image}, width: {width}))))"
        width = ", width: 100%" if self.width_pt > TEXT_WIDTH_PT else ""
        return f"#align(center, box({image}{width})))"


@dataclass
class Figure:
    """A chart ready to show in a chapter, with the notes printed under it.

    Parameters
    ----------
    chart : altair chart or Drawing
        The chart (its ``description`` is the alt text), or a drawing.
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
        check_parts(self, "chart", (alt.TopLevelMixin, Drawing), "an Altair chart or a Drawing")

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

        Raises
        ------
        TypeError
            When the figure holds a :class:`Drawing`, which has no specification.
        """
        if isinstance(self.chart, Drawing):
            raise TypeError("this figure holds a Drawing (an SVG), not a Vega-Lite chart")
        if validate:
            return self.chart.to_dict(validate=True)
        if getattr(self, "_spec", None) is None:
            self._spec = self.chart.to_dict(validate=False)
        return self._spec

    @property
    def alt_text(self) -> str:
        """The chart's description, read by screen readers."""
        if isinstance(self.chart, Drawing):
            return self.chart.description
        return str(self.spec(validate=False).get("description", "Chart"))

    def note(self) -> str:
        """The line under the chart naming its source and linking its data files.

        Returns
        -------
        str
            Markdown.
        """
        return source_note(self.source, self.csv)

    def output(self) -> str:
        """What the chapter shows: the chart for the current format, then its notes.

        Returns
        -------
        str
            Markdown with one raw block for the chart.
        """
        if isinstance(self.chart, Drawing):
            typst = render.target() == "typst"
            block = self.chart.typst() if typst else self.chart.html()
            block = escape.raw_block(block, "typst" if typst else "html")
            return "\n\n".join(p for p in (block, self.note(), *self.notes) if p) + "\n"
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
