"""Stage 2b of the pipeline: the reproduction ledger, every number the documents state.

The ``claims`` resource holds one row per quantitative statement of the documents
(running text and printed summary rows). A claim the data can test has one row in the
recomputation spec (``data/claims/recompute.csv``), which names an operation over
rows selected by a pandas query; the ledger runs it and gives the claim a status.

- :mod:`~kznetworks.ledger.rules`: statuses, bounds and rounding;
- :mod:`~kznetworks.ledger.queries`: the query grammar a spec row may use;
- :mod:`~kznetworks.ledger.operations`: the operations (cell, sum, share, rank ...);
- :mod:`~kznetworks.ledger.bespoke`: the few recomputations no operation expresses;
- :mod:`~kznetworks.ledger.spec`: reading and checking the spec;
- :mod:`~kznetworks.ledger.build`: the ledger itself;
- :mod:`~kznetworks.ledger.findings`: the explanations of what does not reproduce.

Where a document's own figures disagree, the ``findings`` resource explains why.
Nothing is adjusted to make a claim pass. The committed expectations
(``data/generated/claims_ledger.csv``) make the tests fail when a status changes.

Examples
--------
>>> from kznetworks import ledger
>>> table = ledger.ledger()
>>> int((table["status"] != "not derivable").sum()) == len(ledger.spec_rows())
True
"""

from __future__ import annotations

from kznetworks.ledger.build import (
    COLUMNS,
    given_or_built,
    ledger,
    not_derivable_reason,
    printed_figures,
    recompute,
)
from kznetworks.ledger.rules import REASONS, STATUSES, Recomputed, evaluate
from kznetworks.ledger.spec import SpecError, check_spec, spec_rows, untestable

__all__ = [
    "COLUMNS",
    "REASONS",
    "STATUSES",
    "Recomputed",
    "SpecError",
    "check_spec",
    "evaluate",
    "given_or_built",
    "ledger",
    "not_derivable_reason",
    "printed_figures",
    "recompute",
    "spec_rows",
    "untestable",
]
