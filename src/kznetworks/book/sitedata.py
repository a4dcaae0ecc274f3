"""The register as data for the website's scripts, written once for the whole site.

The who's-who filter and the network explorer need every entity, its spellings and
the relations. Rather than embed them in each page (the pages would be over budget),
the pre-render step (``analysis/site_assets.py``) writes them once, as
``assets/vendor/register/kz-register.js`` (``window.kzRegister = {...}``: a script, not
a JSON file, so that the site also works opened from its folder, where browsers do
not let a page fetch a file). The filter ``assets/filters/kz-html-deps.lua`` adds it,
through ``site_libs/``, to the pages that need it.

What the script holds (:func:`register_data`):

``rules``
    The folding rules of :func:`kznetworks.register.names.matching_rules`.
``kinds``, ``relations``
    The headings of the kinds and how each relation reads from either end.
``entities``
    ``[id, name, index name, kind, entry address from the site root, description]``.
``spellings``, ``exact``, ``folded``
    Per entity (same order): its distinct spellings, their
    :func:`~kznetworks.register.names.normalise` keys and their
    :func:`~kznetworks.register.names.fold` keys, computed here in Python.
``edges``
    ``[subject, object, relation, start, end, certainty, source, line_start,
    line_end]``, with the ends as positions in ``entities``.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from kznetworks import data
from kznetworks.book import escape
from kznetworks.book.mentions import entry_href
from kznetworks.register import names
from kznetworks.register.entries import KINDS, RELATION_WORDS, entries

__all__ = ["register_data", "register_script", "version"]


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def register_data() -> dict[str, object]:
    """Everything the website's scripts know about the register.

    Returns
    -------
    dict
        See the module's description; entities in the who's who's order.

    Examples
    --------
    >>> found = register_data()
    >>> found["entities"][0][3], len(found["entities"]) == len(found["folded"])
    ('person', True)
    """
    found = entries()
    position = {e.entity_id: i for i, e in enumerate(found)}
    spellings = []
    for entry in found:
        shown = list(dict.fromkeys([entry.name, *(s for s, _ in entry.spellings)]))
        spellings.append(shown)
    relations = data.load("relations")
    edges = [
        [
            position[row.subject_id],
            position[row.object_id],
            row.relation,
            _text(row.start),
            _text(row.end),
            row.certainty,
            row.source,
            int(row.line_start),
            int(row.line_end),
        ]
        for row in relations.itertuples()
    ]
    return {
        "rules": names.matching_rules(),
        "kinds": KINDS,
        "relations": {k: list(v) for k, v in RELATION_WORDS.items()},
        "entities": [
            [e.entity_id, e.name, e.index_name, e.kind, entry_href(e.entity_id, ""), e.description]
            for e in found
        ],
        "spellings": spellings,
        "exact": [sorted({names.normalise(s) for s in shown}) for shown in spellings],
        "folded": [sorted({names.fold(s) for s in shown}) for shown in spellings],
        "edges": edges,
    }


def register_script() -> str:
    """The register as a script that sets ``window.kzRegister``.

    Returns
    -------
    str
        One line of JavaScript (JSON with ``<``, ``>`` and ``&`` escaped), the same
        bytes for the same data.

    Examples
    --------
    >>> register_script().startswith("window.kzRegister = {")
    True
    """
    return f"window.kzRegister = {escape.script_json(register_data())};\n"


def version(script: str) -> str:
    """A version for the script's HTML dependency: the start of its sha256.

    Parameters
    ----------
    script : str
        The script.

    Returns
    -------
    str
        Twelve hexadecimal digits; a new one whenever the data change.

    Examples
    --------
    >>> version("x")
    '2d711642b726'
    """
    return hashlib.sha256(script.encode("utf-8")).hexdigest()[:12]
