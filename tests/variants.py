"""Spellings a reader may type instead of the documents' own: for the name-matching tests.

:func:`variants` makes, from one alias, the case, accent, spacing and transliteration
variants that :func:`kznetworks.register.names.fold` folds (y/i, ie/e, kh/h, doubled
letters) and, where the alias has only letters with a Cyrillic counterpart, its
Cyrillic form; :func:`misspellings` makes typos (a letter dropped, two swapped, one
doubled in the middle of a word) that only the suggestions can find.
"""

from __future__ import annotations

import re

#: Latin letter groups and their Cyrillic letters, longest first (the reverse of the
#: transliteration the register's documents use).
TO_CYRILLIC = [
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yu", "ю"),
    ("ya", "я"),
    ("j", "дж"),
    *zip("abvgdeziklmnoprstufhy", "абвгдезиклмнопрстуфхы", strict=True),
]
_NO_CYRILLIC = re.compile(r"[cqwx]", re.IGNORECASE)


def cyrillic(name: str) -> str | None:
    """The name in Cyrillic letters, or None when a letter has no counterpart."""
    if _NO_CYRILLIC.search(name) or not re.search(r"[A-Za-z]", name):
        return None
    words = []
    for word in re.split(r"(\W+)", name):
        lower, out, i = word.lower(), "", 0
        while i < len(lower):
            for latin, cyr in TO_CYRILLIC:
                if lower.startswith(latin, i):
                    out += cyr
                    i += len(latin)
                    break
            else:
                out += lower[i]
                i += 1
        words.append(out[:1].upper() + out[1:] if word[:1].isupper() else out)
    return "".join(words)


def variants(name: str) -> list[str]:
    """Case, accents, spacing, transliteration variants and the Cyrillic form of a name."""
    found = {
        name.upper(),
        name.lower(),
        name.swapcase(),
        "  " + re.sub(r"\s+", "   ", name) + " ",
        name.replace(",", ""),
        name.replace("y", "i").replace("Y", "I"),
        name.replace("i", "y"),
        name.replace("e", "ie"),
        re.sub(r"\bE", "Ye", name),
        name.replace("kh", "h").replace("Kh", "H"),
        re.sub(r"(?<![kKsScCzZ])h", "kh", name),
        re.sub(r"([aeiou])", r"\1\1", name, count=1),
        name.replace("a", "\u00e1").replace("e", "\u00e8").replace("o", "\u00f6"),
        name.replace("'", "\u2019"),
    }
    form = cyrillic(name)
    if form:
        found |= {form, form.upper()}
    found.discard(name)
    return sorted(found)


def misspellings(name: str) -> list[str]:
    """Typos of a name: the middle letter of its longest word dropped, doubled, swapped."""
    words = name.split()
    if not words:
        return []
    longest = max(words, key=len)
    if len(longest) < 6:
        return []
    at = len(longest) // 2
    typos = {
        longest[:at] + longest[at + 1 :],
        longest[:at] + longest[at + 1] + longest[at] + longest[at + 2 :],
        longest[:at] + "q" + longest[at + 1 :],
    }
    return sorted(name.replace(longest, typo, 1) for typo in typos if typo != longest)
