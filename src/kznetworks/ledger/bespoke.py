"""The few recomputations no operation of the spec can express, registered by name.

A spec row with ``operation = bespoke`` names one of these functions in its
``function`` column. Each takes no argument, reads the data package and returns a
:class:`~kznetworks.ledger.rules.Recomputed`. Prefer an operation of
:mod:`kznetworks.ledger.operations`; add a function here only where none fits, and
register it with :func:`bespoke`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kznetworks import data
from kznetworks.ledger.operations import resource_rows
from kznetworks.ledger.rules import Recomputed

__all__ = [
    "FUNCTIONS",
    "bespoke",
    "first_secretaries_decades",
    "fpg_heads_among_dvk_signatories",
    "operation_weeks",
    "party_members_share_of_population",
]

#: Name to function: the only registry of bespoke recomputations.
FUNCTIONS: dict[str, Callable[[], Recomputed]] = {}


def bespoke(func: Callable[[], Recomputed]) -> Callable[[], Recomputed]:
    """Register a recomputation under its function name.

    Parameters
    ----------
    func : callable
        A function of no arguments returning a ``Recomputed``.

    Returns
    -------
    callable
        ``func`` itself.

    Examples
    --------
    >>> "operation_weeks" in FUNCTIONS
    True
    """
    if not callable(func) or not hasattr(func, "__name__"):
        raise TypeError(f"bespoke registers a function of no arguments; got {func!r}")
    if func.__name__ in FUNCTIONS:
        raise ValueError(f"a bespoke recomputation named {func.__name__!r} exists already")
    FUNCTIONS[func.__name__] = func
    return func


@bespoke
def operation_weeks() -> Recomputed:
    """Length of the 'Beware - the Broker!' operation in weeks, from its stated dates.

    Examples
    --------
    >>> round(operation_weeks().value, 3)
    1.286
    """
    ops = data.load("registration_operation").drop_duplicates("indicator").set_index("indicator")
    start = date.fromisoformat(str(ops.loc["operation_start", "value"]))
    end = date.fromisoformat(str(ops.loc["operation_end", "value"]))
    days = (end - start).days + 1
    return Recomputed(days / 7, f"{start} to {end} inclusive is {days} days")


@bespoke
def first_secretaries_decades() -> Recomputed:
    """Decades of the earliest entry and of the latest exit of the first secretaries.

    Examples
    --------
    >>> first_secretaries_decades().value
    (1950.0, 1980.0)
    """
    rows = resource_rows("first_secretaries")
    first, last = int(rows["entry_year"].min()), int(rows["exit_year"].max())
    return Recomputed(
        (float(first // 10 * 10), float(last // 10 * 10)),
        f"earliest entry {first}, latest exit {last} (exits {int(rows['exit_year'].min())}-"
        f"{last}), compared by decade as the text states them",
    )


#: The claim stating the population the thesis divides by ("a country of just 15
#: million people").
POPULATION_CLAIM = "isaacs2009-498"


@bespoke
def party_members_share_of_population() -> Recomputed:
    """Official party members of Table 5.1 as a percentage of the thesis's population.

    Examples
    --------
    >>> round(party_members_share_of_population().value, 2)
    10.2
    """
    rows = resource_rows("party_membership_2008")
    total = float(rows["official_membership"].sum())
    claims = data.load("claims").set_index("claim_id")
    population = float(claims.loc[POPULATION_CLAIM, "value"])
    line = int(claims.loc[POPULATION_CLAIM, "line_start"])
    return Recomputed(
        100.0 * total / population,
        f"{int(total):,} members over the {len(rows)} parties of Table 5.1, divided by the "
        f"population the thesis states ({int(population):,}, line {line}; claim "
        f"{POPULATION_CLAIM})",
    )


@bespoke
def fpg_heads_among_dvk_signatories() -> Recomputed:
    """People listed in Junisbai's Table 1 who signed the DVK's founding (thesis Table 3.5).

    The names of both tables are resolved to the register's people (the generated
    ``table_links``), so "N. Subkhanberdin" in the thesis and "Subkhanberdin, Nurzhan"
    in the article are one person.

    Examples
    --------
    >>> fpg_heads_among_dvk_signatories().value
    2.0
    """
    links = data.load("table_links")
    named = links[links["column"] == "name"]
    heads = set(named.loc[named["resource"] == "financial_industrial_groups", "entity_id"])
    signed = named[named["resource"] == "dvk_signatories"]
    both = signed[signed["entity_id"].isin(heads)]
    return Recomputed(
        float(len(both)),
        f"{len(both)} of the {len(signed)} signatories of thesis Table 3.5 are among the "
        f"{len(heads)} people of Junisbai's Table 1: {', '.join(both['mention'])}",
    )
