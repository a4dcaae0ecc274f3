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


def test_line_span_and_label() -> None:
    import numpy as np

    from kznetworks.book.prose import line_label, line_span

    assert line_span(np.int64(12), 12) == "12"
    assert line_span(3, 7) == "3\u20137"
    assert line_label(11, 11) == "line 11"
    assert line_label(3, 7) == "lines 3\u20137"
