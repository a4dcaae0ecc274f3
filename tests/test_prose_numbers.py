"""No number is typed into the book's prose: every figure comes from an inline expression.

Digits are allowed only where they are not figures the data could give: years and
year ranges, printed table and figure labels ("Table 3.4", "Figures 1.1-1.3"), and
inside quotations, citations, cross-references, code and link targets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kznetworks.book.structure import book_files, parse_chapter

ROOT = Path(__file__).resolve().parents[1]
QMD = [p for p in book_files(ROOT) if p.suffix == ".qmd"]

_STRIP = [
    r"\[@[^\]]*\]",  # bracketed citations
    r"(?<![\w@])-?@[\w:.#$%&+?<>~/-]*\w",  # bare citations and cross-references
    r"\]\([^)]*\)",  # link targets
    r"\{[#.][^}]*\}",  # attributes: {#sec-x}, {.callout-note}, {.unnumbered}
    r"\"[^\"\n]*\"",  # straight quotations
    r"\u201c[^\u201d]*\u201d",  # curly quotations
    r"<!--.*?-->",  # comments
    r"\b(?:Tables?|Figures?|Notes?|Chapters?)\s+[A-Z]?\d+(?:\.\d+)?"
    r"(?:\s*(?:,|-|to|and)\s*[A-Z]?\d+(?:\.\d+)?)*",  # printed labels
    r"\b(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?s?\b",  # years, year ranges, decades
    r"\bCC BY(?:-SA)? \d\.\d\b",  # licence names
    r"\b(?:sha256|SHA-256|UTF-8|utf-8)\b",  # names of standards
]


def typed_numbers(prose: str) -> list[tuple[int, str]]:
    """Return (first line, text) of each prose paragraph that still contains a digit."""
    hits = []
    number, paragraph = 0, []
    for index, line in enumerate([*prose.splitlines(), ""], start=1):
        if line.strip():
            if not paragraph:
                number = index
            paragraph.append(line.strip())
            continue
        if paragraph:
            text = " ".join(paragraph)
            cleaned = text
            for pattern in _STRIP:
                cleaned = re.sub(pattern, " ", cleaned)
            if re.search(r"\d", cleaned):
                hits.append((number, text))
            paragraph = []
    return hits


@pytest.mark.parametrize("chapter", QMD, ids=[str(p.relative_to(ROOT)) for p in QMD])
def test_no_typed_numbers_in_prose(chapter: Path) -> None:
    hits = typed_numbers(parse_chapter(chapter).prose)
    assert not hits, f"{chapter.name}: numbers typed into prose: {hits}"


def test_detector_finds_typed_numbers_and_allows_labels() -> None:
    prose = (
        "The mean was 2.73 years.\n\n"
        "See Tables\n3.4 and A1 and Figures 1.1-1.3, in 1995 and 1992-2009.\n\n"
        'As the source says, "over 60 percent" [@ide2014, p. 4].\n\n'
        "Seventy deputies and @tbl-seats.\n"
    )
    assert typed_numbers(prose) == [(1, "The mean was 2.73 years.")]
