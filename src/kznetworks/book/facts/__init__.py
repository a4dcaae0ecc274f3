"""The facts of each chapter: the numbers it quotes and checks of the sentences it states.

A chapter starts with one call, for example ``f = facts.regions()``, and quotes
``f.mean`` inline; making the facts checks every sentence the chapter states about the
data (see :mod:`~kznetworks.book.facts.base`). Each function below makes the facts of
one chapter.

Examples
--------
>>> regions().regions
21
"""

from __future__ import annotations

from kznetworks.book.facts.base import FactCheckError, Facts, Statement, statement
from kznetworks.book.facts.designs import Designs
from kznetworks.book.facts.everyday import Everyday
from kznetworks.book.facts.fpg import Fpg
from kznetworks.book.facts.frameworks import Frameworks
from kznetworks.book.facts.institutions import Institutions
from kznetworks.book.facts.ledger import Ledger
from kznetworks.book.facts.networks import Networks
from kznetworks.book.facts.parties import Parties
from kznetworks.book.facts.preface import Preface
from kznetworks.book.facts.regions import Regions
from kznetworks.book.facts.society import Society
from kznetworks.book.facts.sources import Sources
from kznetworks.book.facts.timeline import Timeline
from kznetworks.book.facts.transition import Transition

__all__ = [
    "ALL",
    "FactCheckError",
    "Facts",
    "Statement",
    "designs",
    "everyday",
    "fpg",
    "frameworks",
    "institutions",
    "ledger",
    "networks",
    "parties",
    "preface",
    "regions",
    "society",
    "sources",
    "statement",
    "timeline",
    "transition",
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
)


def preface() -> Preface:
    """The facts of the preface.

    Returns
    -------
    Preface
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = preface()
    >>> f.documents
    'five'
    """
    return Preface()


def sources() -> Sources:
    """The facts of the chapter on the sources.

    Returns
    -------
    Sources
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = sources()
    >>> f.thesis_author
    'Rico Isaacs'
    """
    return Sources()


def everyday() -> Everyday:
    """The facts of the chapter on everyday networks.

    Returns
    -------
    Everyday
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = everyday()
    >>> f.respondents
    '857'
    """
    return Everyday()


def fpg() -> Fpg:
    """The facts of the chapter on financial-industrial groups.

    Returns
    -------
    Fpg
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = fpg()
    >>> f.inner_circle
    'six'
    """
    return Fpg()


def regions() -> Regions:
    """The facts of the chapter on regions and parliament.

    Returns
    -------
    Regions
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = regions()
    >>> f.regions
    21
    """
    return Regions()


def designs() -> Designs:
    """The facts of the chapter on the research designs.

    Returns
    -------
    Designs
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = designs()
    >>> f.interviewees
    75
    """
    return Designs()


def frameworks() -> Frameworks:
    """The facts of the chapter on the rebuilt figures.

    Returns
    -------
    Frameworks
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = frameworks()
    >>> f.boxes > 0
    True
    """
    return Frameworks()


def transition() -> Transition:
    """The facts of the chapter on the transition.

    Returns
    -------
    Transition
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = transition()
    >>> f.elected_2007
    98
    """
    return Transition()


def institutions() -> Institutions:
    """The facts of the chapter on institutional constraints.

    Returns
    -------
    Institutions
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = institutions()
    >>> f.pro_printed
    '616,622'
    """
    return Institutions()


def parties() -> Parties:
    """The facts of the chapter on parties.

    Returns
    -------
    Parties
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = parties()
    >>> f.largest
    'Nur Otan'
    """
    return Parties()


def society() -> Society:
    """The facts of the chapter on parties and society.

    Returns
    -------
    Society
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = society()
    >>> f.top_leader
    'Dariga Nazarbaeva'
    """
    return Society()


def networks() -> Networks:
    """The facts of the chapter on networks.

    Returns
    -------
    Networks
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = networks()
    >>> f.president
    'Nursultan Nazarbaev'
    """
    return Networks()


def timeline() -> Timeline:
    """The facts of the chapter on the timeline.

    Returns
    -------
    Timeline
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = timeline()
    >>> f.conflicts > 0
    True
    """
    return Timeline()


def ledger() -> Ledger:
    """The facts of the appendix on the ledger.

    Returns
    -------
    Ledger
        The numbers the chapter quotes; making them checks its sentences.

    Examples
    --------
    >>> f = ledger()
    >>> f.tested <= f.claims_count
    True
    """
    return Ledger()
