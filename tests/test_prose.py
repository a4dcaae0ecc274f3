from kznetworks import prose


def test_number_words() -> None:
    assert prose.number_words(0) == "zero"
    assert prose.number_words(20) == "twenty"
    assert prose.number_words(21) == "21"
    assert prose.number_words(61622) == "61,622"


def test_percent_and_join() -> None:
    assert prose.percent(27.675, 2) == "27.68%" or prose.percent(27.675, 2) == "27.67%"
    assert prose.percent(8.0) == "8.0%"
    assert prose.join_words([]) == ""
    assert prose.join_words(["a"]) == "a"
    assert prose.join_words(["a", "b"], "or") == "a or b"
