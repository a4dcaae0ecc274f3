"""One cell is read strictly by its field's type and constraints."""

from __future__ import annotations

import datetime as dt

import pytest

from kznetworks.data.fields import PARTIAL_DATE, cast, to_dtype

MISSING = {""}


@pytest.mark.parametrize(
    ("cell", "spec", "value"),
    [
        ("42", {"type": "integer"}, 42),
        ("-3", {"type": "integer"}, -3),
        ("2.5", {"type": "number"}, 2.5),
        ("1e3", {"type": "number"}, 1000.0),
        ("true", {"type": "boolean"}, True),
        ("2007-02-28", {"type": "date"}, dt.date(2007, 2, 28)),
        ("1994", {"type": "year"}, 1994),
        ("text", {"type": "string"}, "text"),
        ("", {"type": "integer"}, None),
        ("1995-12", {"type": "string", PARTIAL_DATE: True}, "1995-12"),
    ],
)
def test_valid_cells(cell, spec, value) -> None:
    assert cast(cell, spec, MISSING) == (value, None)


@pytest.mark.parametrize(
    ("cell", "spec", "rule"),
    [
        ("six", {"type": "integer"}, "type"),
        ("\uff16", {"type": "integer"}, "type"),  # a full-width digit is not 6
        ("\u0666", {"type": "integer"}, "type"),  # nor an Arabic-Indic digit
        ("1e400", {"type": "number"}, "type"),  # infinity is not a number here
        ("nan", {"type": "number"}, "type"),
        ("2007-02-30", {"type": "date"}, "type"),
        ("2007-2-3", {"type": "date"}, "type"),
        ("yes", {"type": "boolean"}, "type"),
        ("a\x00b", {"type": "string"}, "control-character"),
        ("a\nb", {"type": "string"}, "control-character"),
        (" 5", {"type": "integer"}, "whitespace"),
        ("", {"type": "integer", "constraints": {"required": True}}, "required"),
        ("-1", {"type": "integer", "constraints": {"minimum": 0}}, "minimum"),
        ("101", {"type": "number", "constraints": {"maximum": 100}}, "maximum"),
        ("x", {"type": "string", "constraints": {"enum": ["a", "b"]}}, "enum"),
        ("ab", {"type": "string", "constraints": {"pattern": "[a-z]"}}, "pattern"),
        ("1995-13", {"type": "string", PARTIAL_DATE: True}, PARTIAL_DATE),
        ("2007-02-30", {"type": "string", PARTIAL_DATE: True}, PARTIAL_DATE),
        ("c. 1995", {"type": "string", PARTIAL_DATE: True}, PARTIAL_DATE),
        ("1", {"type": "duration"}, "schema"),
    ],
)
def test_invalid_cells_name_their_rule(cell, spec, rule) -> None:
    value, problem = cast(cell, spec, MISSING)
    assert value is None and problem is not None and problem[0] == rule, problem


def test_control_characters_are_shown_escaped() -> None:
    _, problem = cast("a\x00b", {"type": "string"}, MISSING)
    assert "\\x00" in problem[1] and "\x00" not in problem[1]


def test_dtypes_are_nullable() -> None:
    import pandas as pd

    assert str(to_dtype(pd.Series([1, None]), {"type": "integer"}).dtype) == "Int64"
    assert str(to_dtype(pd.Series([1.5, None]), {"type": "number"}).dtype) == "Float64"
    assert str(to_dtype(pd.Series(["a", None]), {"type": "string"}).dtype) == "string"
