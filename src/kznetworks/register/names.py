"""Names: fold any spelling of a name, and resolve it to the register's entity.

The documents name the same people, parties and places in many spellings
(transliterations, typos, translations, "Surname, Given name" order). The register's
``aliases`` list every spelling the documents use; :func:`resolve` finds the entity
any of them refers to.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kznetworks import data
from kznetworks.data.errors import expect_text

__all__ = ["normalise", "resolve"]


def normalise(name: str) -> str:
    """Fold a name for matching: accents, case, punctuation and spacing removed.

    Parameters
    ----------
    name : str
        Any spelling.

    Returns
    -------
    str
        The folded key.

    Examples
    --------
    >>> normalise("  Nazarbaeva,   Dariga ")
    'nazarbaeva dariga'
    """
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[`'\u2019\u2018\"\u201c\u201d]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


@cache
def _alias_index(stamp: str) -> dict[str, set[str]]:
    aliases = data.load("aliases")
    entities = data.load("entities")
    index: dict[str, set[str]] = {}
    pairs = list(zip(aliases["alias"], aliases["entity_id"], strict=True))
    pairs += list(zip(entities["name"], entities["entity_id"], strict=True))
    for alias, entity in pairs:
        index.setdefault(normalise(alias), set()).add(str(entity))
    return index


def _stamp() -> str:
    pkg = data.package()
    return ":".join(str(pkg.resource(n).get("hash")) for n in ("aliases", "entities"))


def resolve(name: str) -> str:
    """Return the identifier of the entity a name refers to, in any documented spelling.

    Parameters
    ----------
    name : str
        A spelling used by one of the documents (transliteration variants, typos,
        abbreviations, translated party names, "Surname, Given name" order).

    Returns
    -------
    str
        The entity identifier, e.g. ``"person:ablyazov-mukhtar"``.

    Raises
    ------
    TypeError
        If ``name`` is not a string.
    ValueError
        If it is empty or blank.
    KeyError
        If no entity has that spelling, or if it is ambiguous (the message lists
        the candidates).

    Examples
    --------
    >>> resolve("Abliazov") == resolve("Ablyazov, Mukhtar")
    True
    """
    expect_text("name", name, "a spelling of a person, party or place (a non-empty string)")
    key = normalise(name)
    found = _alias_index(_stamp()).get(key, set())
    if len(found) == 1:
        return next(iter(found))
    if not found:
        raise KeyError(f"no entity is known by the name {name!r}")
    raise KeyError(f"the name {name!r} is ambiguous: {sorted(found)}")
