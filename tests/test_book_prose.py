"""Numbers become words as house style wants."""

from __future__ import annotations

from kznetworks.book import prose


def test_number_words() -> None:
    assert prose.number_words(5) == "five" and prose.number_words(20) == "twenty"
    assert prose.number_words(21) == "21" and prose.number_words(1083) == "1,083"


def test_percent_and_join() -> None:
    assert prose.percent(72.314, 2) == "72.31%"
    assert prose.join_words(["a"]) == "a"
    assert prose.join_words(["a", "b", "c"]) == "a, b and c"
