"""The numbers and statements of the chapter on informal governance and everyday networks."""

from __future__ import annotations

from datetime import date

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement

__all__ = ["Everyday"]


def _first(resource: str, indicator: str) -> object:
    """The value of an indicator as first stated (figures recur in the text)."""
    rows = data.load(resource)
    return rows[rows["indicator"] == indicator].sort_values("line_start").iloc[0]


class Everyday(Facts):
    """The survey, indicator and operation figures of the three short documents.

    Examples
    --------
    >>> Everyday().respondents
    '857'
    """

    chapter = "chapters/everyday.qmd"

    def compute(self) -> None:
        """Read the survey, the bulletin's indicators and the registration operation."""
        survey = data.load("survey_2013")
        self.shares = survey[survey["unit"] == "percent"]
        self.survey_year = int(_first("indicators", "survey_year")["value"])
        self.respondents = f"{int(_first('survey_2013', 'sample_size')['value']):,}"
        rank = _first("indicators", "egov_readiness_rank")
        self.egov_rank = int(rank["value"])
        self.egov_of = int(_first("indicators", "egov_readiness_countries")["value"])
        self.egov_year = int(rank["reference_year"])
        shadow = _first("indicators", "shadow_turnover")
        self.shadow_billions = f"${int(shadow['value'])}"
        self.shadow_year = int(shadow["reference_year"])
        operation = data.load("registration_operation")
        self.qualifiers = set(self.shares["qualifier"])
        start = str(_first("registration_operation", "operation_start")["value"])
        end = str(_first("registration_operation", "operation_end")["value"])
        self.start, self.end = start, end
        self.days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
        self.violations = (
            f"{int(_first('registration_operation', 'violations_migration_law')['value']):,}"
        )
        self.brokering = int(_first("registration_operation", "brokering_instances")["value"])
        self.operation_rows = len(operation)

    @statement('The bulletin reports the survey only as bounds ("more than", "nearly", "over")')
    def survey_reported_as_bounds(self) -> bool:
        """Every share of the survey carries a bound word, none is exact."""
        return self.qualifiers == {"more than", "nearly", "over"}

    @statement('The post calls this period "only one week".')
    def week_is_longer_than_seven_days(self) -> bool:
        """By its dates the operation lasted more than seven days."""
        return self.days > 7
