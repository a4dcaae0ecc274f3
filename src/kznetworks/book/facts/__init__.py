"""The facts of each chapter: the numbers it quotes and checks of the sentences it states.

A chapter starts with one call, for example ``f = facts.Regions()``, and quotes
``f.mean`` inline; making the facts checks every sentence the chapter states about the
data (see :mod:`~kznetworks.book.facts.base`). Each class below holds the facts of one
chapter, in the module named after the chapter.

Examples
--------
>>> Regions().regions
21
"""

from __future__ import annotations

from kznetworks.book.facts.base import FactCheckError, Facts, Statement, statement
from kznetworks.book.facts.designs import Designs
from kznetworks.book.facts.downloads import Downloads
from kznetworks.book.facts.everyday import Everyday
from kznetworks.book.facts.fpg import Fpg
from kznetworks.book.facts.frameworks import Frameworks
from kznetworks.book.facts.institutions import Institutions
from kznetworks.book.facts.ledger import Ledger
from kznetworks.book.facts.networks import Networks
from kznetworks.book.facts.parties import Parties
from kznetworks.book.facts.preface import Preface
from kznetworks.book.facts.regions import Regions
from kznetworks.book.facts.search import Search, SearchTypologies
from kznetworks.book.facts.society import Society
from kznetworks.book.facts.sources import Sources
from kznetworks.book.facts.timeline import Timeline
from kznetworks.book.facts.transition import Transition
from kznetworks.book.facts.whoswho import WhosWho, WhosWhoBodies, WhosWhoParties

__all__ = [
    "ALL",
    "Designs",
    "Downloads",
    "Everyday",
    "FactCheckError",
    "Facts",
    "Fpg",
    "Frameworks",
    "Institutions",
    "Ledger",
    "Networks",
    "Parties",
    "Preface",
    "Regions",
    "Search",
    "SearchTypologies",
    "Society",
    "Sources",
    "Statement",
    "Timeline",
    "Transition",
    "WhosWho",
    "WhosWhoBodies",
    "WhosWhoParties",
    "statement",
]

#: Every chapter's facts class.
ALL: tuple[type[Facts], ...] = (
    Preface,
    Sources,
    Everyday,
    Fpg,
    Regions,
    Designs,
    Frameworks,
    Transition,
    Institutions,
    Parties,
    Society,
    Networks,
    Timeline,
    Ledger,
    WhosWho,
    WhosWhoParties,
    WhosWhoBodies,
    Search,
    SearchTypologies,
    Downloads,
)
