"""kz-networks: data and analysis for a reproducible book on informal networks in Kazakhstan.

The subpackages follow the data as it flows, each using only the ones before it:

1. :mod:`kznetworks.data`: the data package in ``data/``, loaded and validated;
2. :mod:`kznetworks.register` (people, organisations, parties, places and their
   relations) and :mod:`kznetworks.ledger` (every claim of the documents, recomputed);
3. :mod:`kznetworks.book`: what the chapters call (tables, charts, diagrams, networks,
   each chapter's facts), rendered for the website and the PDF.

:mod:`kznetworks.tools` holds the tooling: running chapters without Quarto, checking
the built site, regenerating generated files and assembling a release.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
