"""Tables are pipe tables: escaped, aligned by content type, with widths that fit the words."""

from __future__ import annotations

import pandas as pd

from kznetworks.table import Table, column_widths, is_numeric_column


def test_numeric_columns_are_right_aligned_and_text_left() -> None:
    t = Table(pd.DataFrame({"Party": ["Otan", "Asar"], "Members": ["607,557", "1,500"]}))
    rule = t.markdown().splitlines()[1]
    left, right = rule.strip("|").split("|")
    assert not left.startswith(":") and not left.endswith(":")  # default: left
    assert right.endswith(":") and not right.startswith(":")


def test_cells_are_escaped_unless_markdown() -> None:
    t = Table(pd.DataFrame({"a": ["`x` <b>"], "b": ["[y](z.csv)"]}), markdown_columns=("b",))
    assert t.markdown().splitlines()[2] == "| \\`x\\` \\<b\\> | [y](z.csv) |"


def test_unknown_markdown_column_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="not columns"):
        Table(pd.DataFrame({"a": [1]}), markdown_columns=("b",)).markdown()


def test_every_column_is_at_least_as_wide_as_its_longest_word() -> None:
    claim = ["Claim", *[f"junisbai2010-{i:03d}" for i in range(50)]]
    quote = ["Quotation", *["a long quotation of the text " * 4] * 50]
    small = ["Line", *["457"] * 50]
    widths = column_widths([claim, small, quote], line=100)
    usable = 100 - 2.0 * 3
    assert widths[0] * usable >= len("junisbai2010-000") - 1e-9
    assert widths[1] * usable >= len("Line") - 1e-9
    assert widths[2] == max(widths)
    assert abs(sum(widths) - 1) < 1e-9


def test_numeric_detection() -> None:
    assert is_numeric_column(["1", "2.5%", "3\u2020", ""])
    assert not is_numeric_column(["", ""])
    assert not is_numeric_column(["12", "twelve"])


def test_narrow_tables_keep_automatic_widths_and_wide_ones_span_the_line() -> None:
    narrow = Table(pd.DataFrame({"a": ["x"], "b": ["1"]})).markdown()
    assert narrow.splitlines()[1] == "|---|--:|"
    wide = Table(pd.DataFrame({"a": ["x " * 50], "b": ["1"]})).markdown()
    rule = wide.splitlines()[1].strip("|").split("|")
    assert len(rule[0]) > 72 - 10 and rule[1].endswith(":")


def test_mimebundle_offers_no_html() -> None:
    bundle = Table(pd.DataFrame({"a": [1]}))._repr_mimebundle_()
    assert "text/html" not in bundle and "text/markdown" in bundle
