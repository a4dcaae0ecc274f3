"""A spec row's filters and expressions cannot run code: only a small grammar is allowed."""

from __future__ import annotations

import pandas as pd
import pytest

from kznetworks.ledger import queries

FRAME = pd.DataFrame(
    {
        "party": ["OSDP (x)", "Nur Otan", "Auyl"],
        "members": [1358, 9943, 8360],
        "note": [None, "a", None],
    }
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('party == "Nur Otan"', [1]),
        ('party != "Nur Otan"', [0, 2]),
        ("members > 5000 and members < 9000", [2]),
        ('party in ["Auyl", "Nur Otan"]', [1, 2]),
        ('party not in ["Auyl"]', [0, 1]),
        ('party.str.startswith("OSDP")', [0]),
        ('not party.str.contains("(x)", regex=False)', [1, 2]),
        ("note.isna()", [0, 2]),
        ("note.notna() or members < 2000", [0, 1]),
        ("", [0, 1, 2]),
    ],
)
def test_allowed_filters(text: str, rows: list[int]) -> None:
    assert list(queries.select(FRAME, text).index) == rows


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("__import__('os').system('x')", "dunder"),
        ("party.__class__", "dunder"),
        ("@members > 1", "'@' variables"),
        ("`party` == 'x'", "backticks"),
        ("open('x')", "is not allowed"),
        ("party.str.replace('a', 'b') == 'x'", "is not allowed"),
        ("party.upper() == 'X'", "is not allowed"),
        ("members ** 2 > 1", "is not allowed"),
        ("lambda: 1", "is not allowed"),
        ("[x for x in members]", "is not allowed"),
        ("seats > 1", "'seats' is not a column"),
        ("members >", "not a valid expression"),
    ],
)
def test_refused_filters(text: str, says: str) -> None:
    with pytest.raises(queries.QueryError, match=says.replace("(", r"\(")):
        queries.select(FRAME, text)


def test_expressions() -> None:
    assert queries.evaluate(FRAME, "members").tolist() == [1358.0, 9943.0, 8360.0]
    assert queries.evaluate(FRAME, "(10000 - members) / 100").tolist()[1] == pytest.approx(0.57)
    for text in ("members > 1", 'party.str.startswith("O")', "members and members"):
        with pytest.raises(queries.QueryError):
            queries.check_expression(text, FRAME.columns)


def test_an_empty_selection_lists_what_the_compared_columns_hold() -> None:
    frame = pd.DataFrame({"chamber": ["Senate", "Mazhilis"], "n": [1, 2]})
    text = queries.nothing_selected("claim x: t", frame, 'chamber == "Duma" and n > 5', "sum")
    assert text.startswith("claim x: t where chamber ==")
    assert "chamber holds 'Mazhilis', 'Senate'" in text and "n holds" not in text
