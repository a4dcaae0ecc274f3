"""What every chapter's facts share: the named checks that guard the prose's sentences.

A chapter's facts are a class (a subclass of :class:`Facts`) that computes, when it is
made, every number the chapter quotes, formatted for the prose. Each qualitative
statement the chapter makes ("the merged regions have the shortest tenures") is a
method marked with :func:`statement`, which names the sentence it guards and returns
whether the data still bear it out. Making the facts runs every check and raises a
:class:`FactCheckError` naming the chapter and the sentence when one fails, so a data
change that falsifies the prose stops the build, and the test suite runs the same
checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from kznetworks.book.escape import Plain
from kznetworks.data.errors import expect_type

__all__ = ["FactCheckError", "Facts", "Statement", "statement"]

F = TypeVar("F", bound=Callable[..., bool])


class FactCheckError(AssertionError):
    """A sentence of a chapter that the data no longer bear out.

    Examples
    --------
    >>> str(FactCheckError("chapters/x.qmd", "All is well.", "it is not"))
    "chapters/x.qmd: the sentence 'All is well.' no longer holds: it is not"
    """

    def __init__(self, chapter: str, sentence: str, detail: str = "") -> None:
        self.chapter, self.sentence, self.detail = chapter, sentence, detail
        tail = f": {detail}" if detail else ""
        super().__init__(f"{chapter}: the sentence {sentence!r} no longer holds{tail}")


@dataclass(frozen=True)
class Statement:
    """A check of one sentence of a chapter.

    Parameters
    ----------
    name : str
        The method's name.
    sentence : str
        The words of the chapter it guards, as they stand in the chapter's source.
    check : callable
        The method: it returns True while the data bear the sentence out.

    Examples
    --------
    >>> Statement("x", "Some words.", lambda self: True).sentence
    'Some words.'
    """

    name: str
    sentence: str
    check: Callable[..., bool]


def statement(sentence: str) -> Callable[[F], F]:
    """Mark a method of a :class:`Facts` class as the check of one sentence.

    Parameters
    ----------
    sentence : str
        The words of the chapter the method guards, copied from the chapter's source
        (the test suite checks that they are still there).

    Returns
    -------
    callable
        A decorator.

    Examples
    --------
    >>> class Demo(Facts):
    ...     chapter = "chapters/demo.qmd"
    ...     def compute(self):
    ...         self.n = 2
    ...     @statement("Two is more than one.")
    ...     def two_beats_one(self):
    ...         return self.n > 1
    >>> Demo().n
    2
    """
    if not isinstance(sentence, str) or not sentence.strip():
        raise ValueError("a statement names the sentence it guards")

    def mark(method: F) -> F:
        method.kz_sentence = sentence  # type: ignore[attr-defined]
        return method

    return mark


class Facts:
    """The numbers one chapter quotes and the checks of the sentences it states.

    Subclasses set :attr:`chapter`, compute their numbers in :meth:`compute` and mark
    their checks with :func:`statement`. Making an instance computes and checks. Every
    string attribute becomes an :class:`~kznetworks.book.escape.Plain`, so that a
    name from the data, quoted inline in the chapter, shows exactly as written.

    Examples
    --------
    >>> class Broken(Facts):
    ...     chapter = "chapters/demo.qmd"
    ...     @statement("Nothing is false.")
    ...     def nothing_false(self):
    ...         return False
    >>> Broken()  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kznetworks.book.facts.base.FactCheckError: chapters/demo.qmd: the sentence ... no longer holds
    """

    #: The chapter these facts belong to (its path from the project root).
    chapter: ClassVar[str] = ""

    def __init__(self, *, check: bool = True) -> None:
        expect_type("check", check, bool, "True or False")
        self.compute()
        # a string the chapter quotes inline reaches its Markdown: make it show as written
        for name, value in vars(self).items():
            if type(value) is str:
                setattr(self, name, Plain(value))
        if check:
            self.check()

    def compute(self) -> None:
        """Compute the numbers the chapter quotes (subclasses override this)."""

    @classmethod
    def statements(cls) -> list[Statement]:
        """Every sentence check of the class, in definition order.

        Returns
        -------
        list of Statement
            One per method marked with :func:`statement`.
        """
        found = []
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                sentence = getattr(value, "kz_sentence", None)
                if sentence is not None:
                    found.append(Statement(name, sentence, value))
        return found

    def check(self) -> None:
        """Run every sentence check; raise :class:`FactCheckError` at the first that fails.

        Raises
        ------
        FactCheckError
            Naming the chapter and the sentence.
        """
        for item in self.statements():
            result = item.check(self)
            if result is not True:
                detail = "" if result is False else str(result)
                raise FactCheckError(self.chapter, item.sentence, detail)
