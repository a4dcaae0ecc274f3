"""Names: fold any spelling of a name, and resolve it to the register's entity.

The documents name the same people, parties and places in many spellings
(transliterations, typos, translations, "Surname, Given name" order). The register's
``aliases`` list every spelling the documents use; :func:`resolve` finds the entity
any of them refers to, and also the spellings a reader is likely to type instead:

- :func:`normalise` folds case, accents, punctuation and spacing, and writes Cyrillic
  letters (Russian and Kazakh) in Latin ones: ``"НАЗАРБАЕВ"`` is ``"nazarbaev"``;
- :func:`fold` also folds the transliteration variants of :data:`VARIANTS` (``dzh``/``j``,
  ``kh``/``h``, ``y``/``i``, doubled letters, ``ie``/``e``): ``"Nazarbayev"``,
  ``"Nazarbaiev"`` and ``"Nazarbaev"`` all fold to ``"nazarbaev"``;
- :func:`suggest` ranks the closest spellings (with :mod:`rapidfuzz`) when nothing matches.

The website's in-page filters use the same rules: :func:`matching_rules` gives them to
the site's script (``assets/js/kz-names.js``) as data, and the tests run that script
over every alias and variant to check that it folds them exactly as this module does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz import fuzz, process

from kznetworks import data
from kznetworks.data.errors import expect_text

__all__ = [
    "CYRILLIC",
    "SUGGESTION_CUTOFF",
    "VARIANTS",
    "AmbiguousNameError",
    "UnknownNameError",
    "fold",
    "matching_rules",
    "normalise",
    "resolve",
    "suggest",
    "suggestion_choices",
]

#: Cyrillic letters (Russian, Kazakh, a few Ukrainian) and their Latin spelling, as the
#: documents transliterate them (``х`` is ``kh``, ``ж`` is ``zh``, ``ы`` is ``y``).
CYRILLIC: dict[str, str] = {
    **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufye", strict=True)),
    "ж": "zh",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ь": "",
    "ю": "yu",
    "я": "ya",
    "ё": "e",
    # Kazakh
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    # Ukrainian and Belarusian
    "є": "ye",
    "ї": "i",
    "ў": "u",
}

#: Transliteration variants folded by :func:`fold`, in order: (pattern, replacement),
#: regular expressions that JavaScript reads the same way.
VARIANTS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("kh", "h"),
    ("y", "i"),
    (r"([a-z])\1+", r"\1"),
    ("ie", "e"),
    # folding ie may leave a doubled letter ("kieie" -> "kee")
    (r"([a-z])\1+", r"\1"),
)

#: Quotation marks and apostrophes dropped inside names (``Al'yans``, ``Abdil’din``).
_QUOTES = "[`'\u2019\u2018\u02bc\u02b9\"\u201c\u201d]"
#: Lowest :func:`rapidfuzz.fuzz.ratio` a suggestion may have.
SUGGESTION_CUTOFF = 70.0
#: Shortest word of a spelling that is offered for suggestions on its own.
_WORD = 4


class UnknownNameError(KeyError):
    """No entity has this spelling; :attr:`suggestions` lists the closest ones.

    Parameters
    ----------
    name : str
        The name looked up.
    suggestions : list of tuple
        ``(entity_id, name, score)`` of the closest entities, best first.

    Examples
    --------
    >>> print(UnknownNameError("Nobody", [("person:x-y", "Y X", 80.0)]))
    "no entity is known by the name 'Nobody'; did you mean: Y X (person:x-y)?"
    """

    def __init__(self, name: str, suggestions: list[tuple[str, str, float]]) -> None:
        self.name, self.suggestions = name, suggestions
        tail = "; ".join(f"{shown} ({entity})" for entity, shown, _ in suggestions)
        hint = f"; did you mean: {tail}?" if suggestions else "; no spelling is close to it"
        super().__init__(f"no entity is known by the name {name!r}{hint}")


class AmbiguousNameError(KeyError):
    """A spelling that several entities share; :attr:`candidates` lists them.

    Examples
    --------
    >>> str(AmbiguousNameError("KPK", ["party:knpk", "party:kpk"]))
    '"the name \\'KPK\\' is ambiguous: it may be party:knpk or party:kpk"'
    """

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name, self.candidates = name, sorted(candidates)
        super().__init__(
            f"the name {name!r} is ambiguous: it may be {' or '.join(self.candidates)}"
        )


def _text(name: object, what: str = "name") -> str:
    if not isinstance(name, str):
        raise TypeError(f"a {what} is a string, such as 'Nazarbaev'; got {name!r}")
    return name


def normalise(name: str) -> str:
    """Fold a name for matching: accents, case, punctuation and spacing; Cyrillic in Latin.

    Parameters
    ----------
    name : str
        Any spelling, in Latin or Cyrillic letters.

    Returns
    -------
    str
        The folded key: lower-case Latin letters and digits, words separated by one space.

    Raises
    ------
    TypeError
        If ``name`` is not a string.

    Examples
    --------
    >>> normalise("  Nazarbáeva,   Dariga ")
    'nazarbaeva dariga'
    >>> normalise("Нұрсұлтан НАЗАРБАЕВ")
    'nursultan nazarbaev'
    """
    text = unicodedata.normalize("NFKD", _text(name))
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M")).lower()
    text = "".join(CYRILLIC.get(c, c) for c in text)
    text = re.sub(_QUOTES, "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def fold(name: str) -> str:
    """Fold a name further: the transliteration variants of :data:`VARIANTS` too.

    Parameters
    ----------
    name : str
        Any spelling.

    Returns
    -------
    str
        The :func:`normalise` key with ``dzh`` as ``j``, ``kh`` as ``h``, ``y`` as ``i``,
        doubled letters single and ``ie`` as ``e`` (in that order, then doubled letters
        again).

    Examples
    --------
    >>> fold("NAZARBAYEV") == fold("Nazarbaev") == fold("Назарбаев")
    True
    >>> fold("Ablyazov"), fold("Subkhanberdin")
    ('abliazov', 'subhanberdin')
    """
    text = normalise(name)
    for pattern, replacement in VARIANTS:
        text = re.sub(pattern, replacement, text)
    return text


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


@cache
def _index(stamp: str) -> dict[str, dict[str, set[str]]]:
    aliases = data.load("aliases")
    entities = data.load("entities")
    pairs = list(zip(aliases["alias"], aliases["entity_id"], strict=True))
    pairs += list(zip(entities["name"], entities["entity_id"], strict=True))
    index: dict[str, dict[str, set[str]]] = {"exact": {}, "fold": {}, "words": {}}
    for alias, entity in pairs:
        key = fold(str(alias))
        index["exact"].setdefault(normalise(str(alias)), set()).add(str(entity))
        index["fold"].setdefault(key, set()).add(str(entity))
        index["words"].setdefault(_sorted_words(key), set()).add(str(entity))
    return index


def _stamp() -> str:
    pkg = data.package()
    return ":".join(str(pkg.resource(n).get("hash")) for n in ("aliases", "entities"))


def resolve(name: str) -> str:
    """Return the identifier of the entity a name refers to, in any documented spelling.

    A name is looked up, in turn, by its :func:`normalise` key (case, accents,
    punctuation, Cyrillic letters), by its :func:`fold` key (the transliteration
    variants y/i, ie/e, kh/h, dzh/j and doubled letters), and by its folded words in
    any order ("Nazarbayev Nursultan").

    Parameters
    ----------
    name : str
        A spelling used by one of the documents (transliteration variants, typos,
        abbreviations, translated party names, "Surname, Given name" order), or a
        variant of one.

    Returns
    -------
    str
        The entity identifier, e.g. ``"person:ablyazov-mukhtar"``.

    Raises
    ------
    TypeError
        If ``name`` is not a string.
    ValueError
        If ``name`` has no letter or digit.
    UnknownNameError
        (a :class:`KeyError`) if no entity has that spelling; its ``suggestions``
        list the closest spellings (:func:`suggest`) and the message names them.
    AmbiguousNameError
        (a :class:`KeyError`) if the spelling is shared by several entities.

    Examples
    --------
    >>> resolve("Abliazov") == resolve("Ablyazov, Mukhtar") == resolve("АБЛЯЗОВ")
    True
    >>> resolve("NAZARBAYEV")
    'person:nazarbaev-nursultan'
    >>> try:
    ...     resolve("Kazkommerts")
    ... except UnknownNameError as err:
    ...     print([entity for entity, _, _ in err.suggestions])
    ['fpg:kazkommerts', 'bank:kazkommertsbank']
    """
    expect_text("name", name, "a spelling of a person, party or place (a non-empty string)")
    key = normalise(name)
    if not key:
        raise ValueError(f"a name needs at least one letter or digit; got {name!r}")
    index = _index(_stamp())
    folded = fold(name)
    for table, looked_up in (("exact", key), ("fold", folded), ("words", _sorted_words(folded))):
        found = index[table].get(looked_up, set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise AmbiguousNameError(name, sorted(found))
    raise UnknownNameError(name, suggest(name))


@cache
def _choices(stamp: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    index = _index(stamp)["fold"]
    whole: dict[str, set[str]] = {key: set(entities) for key, entities in index.items()}
    words: dict[str, set[str]] = {}
    for key, entities in index.items():
        parts = key.split()
        if len(parts) > 1:
            for word in parts:
                if len(word) >= _WORD:
                    words.setdefault(word, set()).update(entities)
    return tuple(
        (
            key,
            tuple(sorted(whole.get(key, set()))),
            tuple(sorted(words.get(key, set()) - whole.get(key, set()))),
        )
        for key in sorted(set(whole) | set(words))
    )


def suggestion_choices() -> list[tuple[str, list[str], list[str]]]:
    """The folded spellings that :func:`suggest` compares a name with, and their entities.

    Every alias's :func:`fold` key, and each of its words of four letters or more on
    its own (so that a misspelt surname finds "Nursultan Nazarbaev"). The website's
    filter compares with the same list.

    Returns
    -------
    list of tuple
        ``(key, entities spelt so, entities with a spelling holding it as a word)``,
        sorted by key.

    Examples
    --------
    >>> dict((k, (a, b)) for k, a, b in suggestion_choices())["nazarbaev"]
    (['person:nazarbaev-nursultan'], ['tier:inner-circle'])
    """
    return [(key, list(a), list(b)) for key, a, b in _choices(_stamp())]


def suggest(name: str, limit: int = 5) -> list[tuple[str, str, float]]:
    """The entities whose spellings are closest to a name (for a misspelt name).

    Each folded spelling of :func:`suggestion_choices` is scored against the folded
    name with :func:`rapidfuzz.fuzz.ratio` (0 to 100); an entity scores its best
    spelling, and those scoring at least :data:`SUGGESTION_CUTOFF` are returned.
    Ties go to an entity spelt so over one with a spelling that holds it as a word,
    then by name.

    Parameters
    ----------
    name : str
        Any spelling.
    limit : int, default 5
        At most this many suggestions.

    Returns
    -------
    list of tuple
        ``(entity_id, name, score)``, best first.

    Raises
    ------
    TypeError
        If ``name`` is not a string or ``limit`` not a whole number.
    ValueError
        If ``limit`` is less than 1.

    Examples
    --------
    >>> [entity for entity, _, _ in suggest("Nazarbayef", limit=2)]
    ['person:nazarbaev-nursultan', 'tier:inner-circle']
    """
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit is a whole number of suggestions; got {limit!r}")
    if limit < 1:
        raise ValueError(f"limit must be 1 or more; got {limit!r}")
    query = fold(name)
    if not query:
        return []
    choices = _choices(_stamp())
    keys = [key for key, _, _ in choices]
    best: dict[str, tuple[float, int]] = {}
    for _, score, position in process.extract(
        query, keys, scorer=fuzz.ratio, limit=None, score_cutoff=SUGGESTION_CUTOFF
    ):
        _, whole, words = choices[position]
        for rank, entities in ((1, whole), (0, words)):
            for entity in entities:
                best[entity] = max(best.get(entity, (0.0, 0)), (float(score), rank))
    shown = data.load("entities").set_index("entity_id")["name"]
    ranked = sorted(best, key=lambda e: (-best[e][0], -best[e][1], str(shown[e]), e))
    return [(e, str(shown[e]), round(best[e][0], 6)) for e in ranked[:limit]]


def matching_rules() -> dict[str, object]:
    """The folding rules as data, for the website's script (``assets/js/kz-names.js``).

    Returns
    -------
    dict
        ``cyrillic`` (letter to Latin), ``quotes`` (a regular-expression class),
        ``variants`` (``[pattern, replacement]`` with JavaScript's ``$1`` for groups),
        ``cutoff`` (:data:`SUGGESTION_CUTOFF`).

    Examples
    --------
    >>> matching_rules()["variants"][3]
    ['([a-z])\\\\1+', '$1']
    """
    return {
        "cyrillic": dict(sorted(CYRILLIC.items())),
        "quotes": _QUOTES,
        "variants": [[p, re.sub(r"\\(\d)", r"$\1", r)] for p, r in VARIANTS],
        "cutoff": SUGGESTION_CUTOFF,
    }
