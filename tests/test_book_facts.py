"""Each chapter's facts compute, and each sentence check guards words the chapter still has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kznetworks.book import facts
from kznetworks.book.facts.base import FactCheckError, Facts, statement

ROOT = Path(__file__).resolve().parents[1]


def _prose(path: Path) -> str:
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("cls", facts.ALL, ids=[c.__name__ for c in facts.ALL])
def test_facts_compute_and_every_sentence_holds(cls: type[Facts]) -> None:
    made = cls()  # runs every check
    assert (ROOT / made.chapter).is_file()


@pytest.mark.parametrize("cls", facts.ALL, ids=[c.__name__ for c in facts.ALL])
def test_each_check_guards_a_sentence_of_its_chapter(cls: type[Facts]) -> None:
    text = _prose(ROOT / cls.chapter)
    for item in cls.statements():
        assert re.sub(r"\s+", " ", item.sentence) in text, (
            f"{cls.chapter} no longer says {item.sentence!r} ({item.name} guards it)"
        )


def test_every_chapter_with_python_has_facts() -> None:
    chapters = {c.chapter for c in facts.ALL}
    for path in [ROOT / "index.qmd", *sorted((ROOT / "chapters").glob("*.qmd"))]:
        text = path.read_text(encoding="utf-8")
        if "`{python}" in text:
            assert str(path.relative_to(ROOT)) in chapters or "citation" in text, path.name


def test_a_failing_check_names_chapter_and_sentence() -> None:
    class Demo(Facts):
        chapter = "chapters/demo.qmd"

        def compute(self) -> None:
            self.shortest, self.others = 2.0, 1.0

        @statement("the merged ones are shortest")
        def merged_shortest(self) -> bool:
            return self.shortest < self.others

    with pytest.raises(FactCheckError, match=r"chapters/demo.qmd: the sentence 'the merged ones"):
        Demo()
    assert Demo(check=False).shortest == 2.0


def test_a_check_can_say_why_it_fails() -> None:
    class Why(Facts):
        chapter = "x.qmd"

        @statement("all explained")
        def explained(self) -> bool | str:
            return "no finding for a-001"

    with pytest.raises(FactCheckError, match="no longer holds: no finding for a-001"):
        Why()


def test_regions_checks_can_fail() -> None:
    made = facts.Regions(check=False)
    made.merged = made.merged.assign(average_tenure_years=10.0)
    assert made.merged_regions_shortest() is False
