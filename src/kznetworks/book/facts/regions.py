"""The numbers and statements of the chapter on regions and parliament."""

from __future__ import annotations

from kznetworks import data
from kznetworks.book.facts.base import Facts, statement
from kznetworks.book.prose import join_words, number_words, percent
from kznetworks.ledger.operations import describe
from kznetworks.ledger.rules import agrees

__all__ = ["Regions"]


def _printed(resource: str, **where: str) -> dict[str, str]:
    """The printed statistics of a table, as printed (keeps their decimals)."""
    raw = data.raw(resource)
    for column, value in where.items():
        raw = raw[raw[column] == value]
    return dict(zip(raw["statistic"], raw["value"], strict=True))


class Regions(Facts):
    """Akim tenure (Junisbai, Table 2) and incumbency in parliament (Tables 3 and 4).

    Examples
    --------
    >>> Regions().regions
    21
    """

    chapter = "chapters/regions.qmd"

    def compute(self) -> None:
        """Recompute the tables' statistics and read what they print."""
        tenure = data.load("akim_tenure")
        years = tenure["average_tenure_years"].astype(float)
        self.tenure = tenure
        self.regions = len(tenure)
        self.shortest = f"{years.min():.2f}"
        top = tenure.loc[years.idxmax()]
        self.longest = f"{float(top['average_tenure_years']):.2f}"
        self.longest_region = str(top["region"])
        self.merged = tenure[tenure["note_markers"].notna()]
        self.current = tenure[tenure["note_markers"].isna()]
        self.merged_words = number_words(len(self.merged))
        self.tenure_printed = _printed("akim_tenure_stats")
        stats = describe(years)
        self.tenure_stats = stats
        self.mean = f"{stats['mean']:.3f}"
        self.median = f"{stats['median']:.2f}"
        self.modes = join_words(f"{m:.2f}" for m in stats["mode"])
        self.sd = f"{stats['sd']:.3f}"
        self.sd_population = f"{stats['sd_population']:.3f}"
        recomputed = {
            "mean": stats["mean"],
            "median": stats["median"],
            "mode": stats["mode"][0],
            "standard_deviation": stats["sd"],
        }
        agreeing = sum(
            agrees(text, recomputed[name]) or (name == "mode" and float(text) in stats["mode"])
            for name, text in self.tenure_printed.items()
        )
        self.tenure_agree = number_words(agreeing).capitalize()
        self.tenure_checked = number_words(len(self.tenure_printed))
        rows = data.load("incumbency")
        self.chambers = {}
        for chamber in ("Mazhilis", "Senate"):
            own = rows[rows["chamber"] == chamber]
            counts = own.set_index("terms")["members"].astype(int)
            stats = describe(own["terms"], own["members"])
            sessions = data.load("incumbency_sessions")
            listed = int(sessions.loc[sessions["chamber"] == chamber, "members_listed"].sum())
            self.chambers[chamber] = {
                "n": stats["n"],
                "one_term": percent(100 * counts[1] / stats["n"], 2),
                "stats": stats,
                "printed": _printed("incumbency_stats", chamber=chamber),
                "listed": listed,
                "member_terms": int((own["terms"] * own["members"]).sum()),
            }
        self.maz, self.sen = self.chambers["Mazhilis"], self.chambers["Senate"]

    @statement("regions merged into others in 1997 have the shortest averages")
    def merged_regions_shortest(self) -> bool:
        """Every merged region's average tenure is below every current region's."""
        merged = self.merged["average_tenure_years"].astype(float)
        current = self.current["average_tenure_years"].astype(float)
        return bool(merged.max() < current.min())

    @statement("The standard deviation is the sample one")
    def table_2_sd_is_the_sample_one(self) -> bool:
        """Table 2's printed SD reproduces with the sample formula."""
        return agrees(self.tenure_printed["standard_deviation"], self.tenure_stats["sd"])

    @statement("Every printed share and mean reproduces from the counts")
    def shares_and_means_reproduce(self) -> bool:
        """Each chamber's printed percentages, mean, median and mode reproduce."""
        rows = data.raw("incumbency")
        for row in rows.itertuples():
            chamber = self.chambers[row.chamber]
            share = 100 * float(row.members) / chamber["n"]
            if not agrees(row.percent, share):
                return False
        for chamber in self.chambers.values():
            stats, printed = chamber["stats"], chamber["printed"]
            if not (
                agrees(printed["mean"], stats["mean"])
                and agrees(printed["median"], stats["median"])
                and float(printed["mode"]) in stats["mode"]
            ):
                return False
        return True

    @statement(
        'the Mazhilis standard deviation is printed in "years", but the statistic is in terms'
    )
    def mazhilis_sd_unit(self) -> bool:
        """The Mazhilis SD's printed unit is years, the other statistics' terms."""
        raw = data.raw("incumbency_stats")
        sd = raw[(raw["chamber"] == "Mazhilis") & (raw["statistic"] == "standard_deviation")]
        return bool((sd["unit_as_printed"] == "years").all())

    @statement("The data do not show which figure is wrong.")
    def sessions_disagree_with_table(self) -> bool:
        """For both chambers the session counts and the table's member-terms differ."""
        return all(c["listed"] != c["member_terms"] for c in self.chambers.values())

    @statement(
        "The Senate's printed standard deviation matches the population formula, while "
        "Table 2's matches the sample formula."
    )
    def senate_sd_is_the_population_one(self) -> bool:
        """The Senate's printed SD rounds from the population SD, not from the sample SD."""
        stats, printed = self.sen["stats"], self.sen["printed"]["standard_deviation"]
        return agrees(printed, stats["sd_population"]) and not agrees(printed, stats["sd"])
