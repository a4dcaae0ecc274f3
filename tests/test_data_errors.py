"""Validation errors say file, row, the file line where the row starts, column and rule."""

from __future__ import annotations

from kznetworks.data.errors import DataValidationError, Issue


def test_issue_names_row_line_and_column() -> None:
    issue = Issue("a.csv", "type", "bad", row=4, column="n")
    assert str(issue) == "a.csv, row 4 (line 5), column 'n': rule 'type' broken: bad"


def test_issue_keeps_the_real_line_when_a_row_spans_lines() -> None:
    issue = Issue("a.csv", "type", "bad", row=4, column="n", line=7)
    assert "row 4 (line 7)" in str(issue)


def test_error_lists_every_issue() -> None:
    err = DataValidationError([Issue("a.csv", "x", "one"), Issue("b.csv", "y", "two")])
    assert str(err).splitlines()[0] == "2 data validation error(s):"
    assert len(err.issues) == 2 and isinstance(err, ValueError)
