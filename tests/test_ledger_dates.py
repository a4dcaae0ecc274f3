"""Dates at the precision the documents state them: parsing, truncation, spans, intervals."""

from __future__ import annotations

import pytest

from kznetworks.ledger import dates


@pytest.mark.parametrize(
    ("value", "parts"),
    [("1999", (1999,)), ("1999-10", (1999, 10)), ("1999-10-24", (1999, 10, 24)), (1986, (1986,))],
)
def test_parse(value, parts) -> None:
    assert dates.parse(value) == parts
    assert dates.precision(value) == len(parts)


@pytest.mark.parametrize("bad", ["spring 1999", "1999-13", "1999-02-30", 19.5, "99"])
def test_parse_refuses_what_is_not_a_date(bad) -> None:
    with pytest.raises(ValueError):
        dates.parse(bad)


def test_truncate_refuses_a_coarser_date() -> None:
    assert dates.truncate("1999-10-10", 2) == "1999-10"
    with pytest.raises(dates.DateError, match="coarser"):
        dates.truncate("1999", 2)


def test_span_orders_dates_and_collapses_equal_ones() -> None:
    assert dates.span(["2005", 2005.0]) == "2005"
    assert dates.span(["2007-05-17", "2006-12-19"]) == "2006-12-19/2007-05-17"
    with pytest.raises(dates.DateError):
        dates.span([])


def test_between_counts_days_inclusively_and_months_by_calendar() -> None:
    assert dates.between("2018-10-29", "2018-11-06", "days") == 9.0
    assert dates.between("2018-10-29", "2018-11-04", "weeks") == 1.0
    assert dates.between("1995-03", "1995-12-09", "months") == 9.0
    assert dates.between("1994", "2004-03", "years") == 10.0
    with pytest.raises(dates.DateError, match="coarser"):
        dates.between("1995", "1995-12", "months")
    with pytest.raises(dates.DateError, match="unit"):
        dates.between("1995", "1996", "decades")
