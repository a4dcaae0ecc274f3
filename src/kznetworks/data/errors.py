"""The errors the package raises: broken data, and arguments it cannot use.

:class:`DataValidationError` lists every :class:`Issue` of a broken data package. For
the arguments of public functions, every stage uses the same few checks, so that each
error says, in one sentence, what was expected and what was got:
:func:`expect_type`, :func:`expect_text`, :func:`expect_whole`, :func:`expect_names`
and :func:`unknown_name` (an :class:`UnknownNameError`, naming the alternatives when
there are few, or the closest ones).
"""

from __future__ import annotations

import difflib
import reprlib
from collections.abc import Iterable
from dataclasses import dataclass
from numbers import Integral
from typing import Any

__all__ = [
    "DataValidationError",
    "Issue",
    "UnknownNameError",
    "expect_names",
    "expect_text",
    "expect_type",
    "expect_whole",
    "unknown_name",
]

#: Up to this many alternatives, an unknown name's message lists them all.
FEW = 12

_SHOW = reprlib.Repr()
_SHOW.maxstring = 60
_SHOW.maxother = 60


@dataclass(frozen=True)
class Issue:
    """One problem found in the data package.

    Parameters
    ----------
    file : str
        Path of the offending file, relative to the data folder.
    rule : str
        The rule that is broken (for example ``type``, ``required``, ``enum``).
    message : str
        A sentence saying what is wrong.
    row : int or None
        Data row (1-based, header excluded), if the problem is in a row.
    column : str or None
        Column name, if the problem is in a column.
    line : int or None
        Line of the file where the row starts (the header is line 1), given when it
        differs from ``row + 1`` (a quoted cell with a line break makes a row span
        several lines); or, for a problem outside the rows (the header, an entry of the
        descriptor), the line of the file it is on.

    Examples
    --------
    >>> issue = Issue("akim_tenure.csv", "required", "a value is required", 2, "region")
    >>> print(issue)
    akim_tenure.csv, row 2 (line 3), column 'region': rule 'required' broken: a value is required
    >>> print(Issue("a.csv", "header", "missing column(s) ['n']", column="n", line=1))
    a.csv, line 1, column 'n': rule 'header' broken: missing column(s) ['n']
    """

    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            line = self.line if self.line is not None else self.row + 1
            where.append(f"row {self.row} (line {line})")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: rule '{self.rule}' broken: {self.message}"


class DataValidationError(ValueError):
    """Raised when the data package breaks its own schema or descriptor.

    Parameters
    ----------
    issues : iterable of Issue
        Every problem found; the message lists them all.

    Examples
    --------
    >>> err = DataValidationError([Issue("a.csv", "type", "value 'x' is not an integer", 3, "n")])
    >>> print(err)
    1 data validation error(s):
    - a.csv, row 3 (line 4), column 'n': rule 'type' broken: value 'x' is not an integer
    """

    def __init__(self, issues: Iterable[Issue]):
        self.issues: list[Issue] = list(issues)
        lines = [str(issue) for issue in self.issues]
        super().__init__(
            f"{len(lines)} data validation error(s):\n" + "\n".join(f"- {x}" for x in lines)
        )


def _shown(value: object) -> str:
    """A value as the message shows it: its repr, shortened, with its type if unclear."""
    text = _SHOW.repr(value)
    if isinstance(value, str | int | float | bool | type(None) | list | tuple | dict | set):
        return text
    return f"{text} (a {type(value).__name__})"


def expect_type(name: str, value: Any, kinds: type | tuple[type, ...], expected: str) -> Any:
    """Check an argument's type; raise a :class:`TypeError` saying what was expected.

    Parameters
    ----------
    name : str
        The argument's name, as the caller wrote it.
    value : object
        What was passed.
    kinds : type or tuple of type
        The accepted types (``bool`` is never accepted for ``int``).
    expected : str
        The words for what is expected, e.g. ``"a resource name (a string)"``.

    Returns
    -------
    object
        ``value``, unchanged.

    Raises
    ------
    TypeError
        ``"<name> must be <expected>; got <value>"``.

    Examples
    --------
    >>> expect_type("radius", 2, int, "a whole number")
    2
    >>> expect_type("path", 3, str, "a path")
    Traceback (most recent call last):
    ...
    TypeError: path must be a path; got 3
    """
    wanted = kinds if isinstance(kinds, tuple) else (kinds,)
    if not isinstance(value, wanted) or (isinstance(value, bool) and bool not in wanted):
        raise TypeError(f"{name} must be {expected}; got {_shown(value)}")
    return value


def expect_text(name: str, value: Any, expected: str = "a non-empty string") -> str:
    """Check that an argument is a string with something other than spaces in it.

    Parameters
    ----------
    name : str
        The argument's name.
    value : object
        What was passed.
    expected : str
        The words for what is expected.

    Returns
    -------
    str
        ``value``.

    Raises
    ------
    TypeError
        When it is not a string.
    ValueError
        When it is empty or blank.

    Examples
    --------
    >>> expect_text("name", "Nur Otan")
    'Nur Otan'
    >>> expect_text("name", "  ")
    Traceback (most recent call last):
    ...
    ValueError: name must be a non-empty string; got '  '
    """
    expect_type(name, value, str, expected)
    if not value.strip():
        raise ValueError(f"{name} must be {expected}; got {_shown(value)}")
    return value


def expect_whole(name: str, value: Any, *, minimum: int = 0, what: str = "") -> int:
    """Check that an argument is a whole number (not a bool, not a float) of at least ``minimum``.

    Parameters
    ----------
    name : str
        The argument's name.
    value : object
        What was passed.
    minimum : int, default 0
        The smallest value allowed.
    what : str, optional
        What is counted, e.g. ``"links"``.

    Returns
    -------
    int
        ``value``.

    Raises
    ------
    TypeError
        When it is not an integer (``1.5``, ``"2"`` and ``True`` are not; a NumPy
        integer is).
    ValueError
        When it is below ``minimum``.

    Examples
    --------
    >>> expect_whole("radius", 1.5, what="links")
    Traceback (most recent call last):
    ...
    TypeError: radius must be a whole number of links, 0 or more; got 1.5
    """
    expected = f"a whole number{f' of {what}' if what else ''}, {minimum} or more"
    expect_type(name, value, Integral, expected)
    if value < minimum:
        raise ValueError(f"{name} must be {expected}; got {_shown(value)}")
    return int(value)


def expect_names(name: str, value: Any, expected: str = "names") -> list[str]:
    """Check that an argument is a list (or tuple or set) of strings, not one bare string.

    Parameters
    ----------
    name : str
        The argument's name.
    value : object
        What was passed.
    expected : str
        What the strings are, e.g. ``"source keys"``.

    Returns
    -------
    list of str
        The strings, in the given order (a set sorted).

    Raises
    ------
    TypeError
        When it is a string (which would be read letter by letter) or holds a non-string.

    Examples
    --------
    >>> expect_names("sources", ("ide2014",))
    ['ide2014']
    >>> expect_names("sources", "ide2014", "source keys")
    Traceback (most recent call last):
    ...
    TypeError: sources must be a list of source keys, such as ['ide2014']; got 'ide2014'
    """
    example = f", such as [{value!r}]" if isinstance(value, str) else ""
    wanted = f"a list of {expected}{example}"
    expect_type(name, value, list | tuple | set | frozenset, wanted)
    items = sorted(value) if isinstance(value, set | frozenset) else list(value)
    for item in items:
        expect_type(f"every item of {name}", item, str, f"a string ({expected})")
    return items


class UnknownNameError(KeyError, ValueError):
    """A name (of a resource, a table, a diagram, an entity ...) that is not a known one.

    A :class:`KeyError`, as looking the name up failed, and a :class:`ValueError`, as
    the argument has a wrong value, so that either ``except`` catches it. Its message
    is the plain sentence :func:`unknown_name` writes (a bare ``KeyError`` would show
    it quoted).

    Examples
    --------
    >>> str(UnknownNameError("unknown diagram 'x'; expected one of a, b"))
    "unknown diagram 'x'; expected one of a, b"
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def unknown_name(
    what: str, got: object, known: Iterable[object], *, hint: str = ""
) -> UnknownNameError:
    """The error for a name that is none of the known ones, naming the alternatives.

    Up to :data:`FEW` alternatives are all listed; of more, the closest spellings
    (:func:`difflib.get_close_matches`) or else the first few.

    Parameters
    ----------
    what : str
        What the name names, e.g. ``"printed table"``.
    got : object
        The name that was passed.
    known : iterable
        The known names.
    hint : str, optional
        A last clause, e.g. where else to look.

    Returns
    -------
    UnknownNameError
        To be raised.

    Examples
    --------
    >>> print(unknown_name("chamber", "Duma", ["Mazhilis", "Senate"]))
    unknown chamber 'Duma'; expected one of 'Mazhilis', 'Senate'
    >>> known = [f"r{i}" for i in range(20)] + ["akim_tenure"]
    >>> print(unknown_name("resource", "akim_tenur", known))
    unknown resource 'akim_tenur'; expected one of 21 names: did you mean 'akim_tenure'?
    """
    names = sorted({str(k) for k in known})
    if len(names) <= FEW:
        listing = f"one of {', '.join(repr(n) for n in names)}" if names else "none is known"
    else:
        close = difflib.get_close_matches(str(got), names, n=3, cutoff=0.6)
        if close:
            shown = ", ".join(repr(n) for n in close[:-1])
            shown = f"{shown} or {close[-1]!r}" if shown else repr(close[-1])
            listing = f"one of {len(names)} names: did you mean {shown}?"
        else:
            first = ", ".join(repr(n) for n in names[:5])
            listing = f"one of {len(names)} names, such as {first}"
    tail = f"; {hint}" if hint else ""
    return UnknownNameError(f"unknown {what} {_shown(got)}; expected {listing}{tail}")
