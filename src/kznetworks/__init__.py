"""kz-networks: data and analysis for a reproducible book on informal networks in Kazakhstan.

The package holds everything the book computes:

- :mod:`kznetworks.data` loads and validates the versioned data package in ``data/``;
- :mod:`kznetworks.checks` compares printed totals and statistics with the rows they summarise;
- :mod:`kznetworks.tables` and :mod:`kznetworks.charts` build the book's tables and figures;
- :mod:`kznetworks.render` sets the chart renderer (interactive HTML and static SVG);
- :mod:`kznetworks.chapters` runs the book's chapters without Quarto (used by the tests).
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
