"""Every table a chapter can show, in one namespace.

Chapters write ``tables.printed("akim_tenure")`` or ``tables.typologies("ide2014")``;
the functions live in the modules that build them:

- :mod:`~kznetworks.book.printed`: the documents' tables as printed;
- :mod:`~kznetworks.book.typologies`: their typologies;
- :mod:`~kznetworks.book.catalogue`: the sources and the data inventory;
- :mod:`~kznetworks.book.ledger_views`: the reproduction ledger;
- :mod:`~kznetworks.book.register_views`: the register;
- :mod:`~kznetworks.book.dictionary`: the data dictionary.

Examples
--------
>>> printed("interviewees").frame.shape[1]
2
"""

from __future__ import annotations

from kznetworks.book.catalogue import data_inventory, sources
from kznetworks.book.dictionary import data_dictionary
from kznetworks.book.ledger_views import (
    claims_by_document,
    findings,
    ledger_counts,
    printed_figures,
)
from kznetworks.book.printed import printed
from kznetworks.book.register_views import (
    central_people,
    conflicting_dates,
    entities,
    event_summary,
    events,
    party_profiles,
    relations,
    tiers,
)
from kznetworks.book.table import Table
from kznetworks.book.typologies import categories, schemes, typologies, typology

__all__ = [
    "Table",
    "categories",
    "central_people",
    "claims_by_document",
    "conflicting_dates",
    "data_dictionary",
    "data_inventory",
    "entities",
    "event_summary",
    "events",
    "findings",
    "ledger_counts",
    "party_profiles",
    "printed",
    "printed_figures",
    "relations",
    "schemes",
    "sources",
    "tiers",
    "typologies",
    "typology",
]
