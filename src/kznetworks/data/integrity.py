"""Checks that span rows or files: keys, foreign keys, hashes and provenance.

Keys and hashes are the Table Schema's and the Data Package's. Provenance is the
project's own rule: on every row, ``line_start`` is at most ``line_end``, and both fall
inside the document the row cites (``sources.seed_lines`` records each length); so do a
source's evidence lines and any single line a row cites (``votes_line``). A field marked
``kz:listOf`` holds a list of values (split on its separator) each of which must be a
value of another resource's field: a foreign key for lists, which the Table Schema
does not have.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kznetworks.data.errors import Issue

__all__ = [
    "LINE_RANGES",
    "LIST_OF",
    "SINGLE_LINES",
    "as_list",
    "foreign_key_issues",
    "hash_issues",
    "list_reference_issues",
    "provenance_issues",
    "unique_issues",
]

Records = list[dict[str, Any]]


def as_list(value: str | list[str]) -> list[str]:
    """A key's fields as a list (the descriptor may give one field as a string).

    Examples
    --------
    >>> as_list("row"), as_list(["a", "b"])
    (['row'], ['a', 'b'])
    """
    return [value] if isinstance(value, str) else list(value)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def unique_issues(
    rel: str, schema: dict[str, Any], records: Records, lines: list[int]
) -> list[Issue]:
    """Primary keys, unique keys and unique fields that repeat or are empty.

    Parameters
    ----------
    rel : str
        The file, for messages.
    schema : dict
        The resource's schema.
    records : list of dict
        The typed rows.
    lines : list of int
        The line each row starts on.

    Returns
    -------
    list of Issue
        One per repeated or empty key.

    Examples
    --------
    >>> schema = {"primaryKey": ["row"], "fields": [{"name": "row"}]}
    >>> [i.rule for i in unique_issues("a.csv", schema, [{"row": 1}, {"row": 1}], [2, 3])]
    ['primary-key']
    """
    issues: list[Issue] = []
    checks: list[tuple[list[str], str]] = []
    if "primaryKey" in schema:
        checks.append((as_list(schema["primaryKey"]), "primary-key"))
    for key in schema.get("uniqueKeys", []):
        checks.append((as_list(key), "unique-key"))
    for spec in schema["fields"]:
        if spec.get("constraints", {}).get("unique"):
            checks.append(([spec["name"]], "unique"))
    for columns, rule in checks:
        unknown = [c for c in columns if records and c not in records[0]]
        if unknown:
            issues.append(Issue(rel, "schema", f"{rule} names unknown field(s) {unknown}"))
            continue
        seen: dict[tuple[Any, ...], int] = {}
        for i, (record, line) in enumerate(zip(records, lines, strict=True), start=1):
            key = tuple(record[c] for c in columns)
            if rule == "primary-key" and any(_missing(v) for v in key):
                issues.append(
                    Issue(
                        rel, rule, "primary key value is empty", row=i, column=columns[0], line=line
                    )
                )
            elif key in seen:
                shown = key[0] if len(key) == 1 else key
                issues.append(
                    Issue(
                        rel,
                        rule,
                        f"value {shown!r} of {columns} repeats row {seen[key]}",
                        row=i,
                        column=columns[0],
                        line=line,
                    )
                )
            else:
                seen[key] = i
    return issues


def hash_issues(path: Path, rel: str, expected: object) -> list[Issue]:
    """Whether a file's sha256 is the one the descriptor records.

    Parameters
    ----------
    path : pathlib.Path
        The file.
    rel : str
        Its path in the data folder.
    expected : object
        The descriptor's ``hash`` (``"sha256:<hex>"``).

    Returns
    -------
    list of Issue
        Empty, or one issue saying what is wrong and how to fix it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
    >>> _ = path.write_text("a\\n")
    >>> [i.rule for i in hash_issues(path, "a.csv", "sha256:00")]
    ['hash']
    """
    if not path.is_file():
        return []
    if not expected:
        return [Issue(rel, "hash", "the descriptor records no sha256 hash")]
    algo, _, digest = str(expected).partition(":")
    if algo != "sha256" or not digest:
        return [Issue(rel, "hash", f"hash {expected!r} is not 'sha256:<hex>'")]
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != digest:
        return [
            Issue(
                rel,
                "hash",
                f"sha256 is {actual} but datapackage.json records {digest}: "
                "the file was edited without updating the descriptor "
                "(run `nox -s regenerate`)",
            )
        ]
    return []


def foreign_key_issues(
    rel: str,
    name: str,
    schema: dict[str, Any],
    records: Records,
    lines: list[int],
    records_of: Callable[[str], Records | None],
) -> list[Issue]:
    """Values of foreign keys that the referenced resource does not hold.

    Parameters
    ----------
    rel, name : str
        The file and the resource.
    schema : dict
        Its schema.
    records : list of dict
        Its typed rows.
    lines : list of int
        The line each row starts on.
    records_of : callable
        Gives another resource's typed rows (``None`` when there is no such resource).

    Returns
    -------
    list of Issue
        One per dangling value.

    Examples
    --------
    >>> schema = {"foreignKeys": [{"fields": "a", "reference": {"resource": "t", "fields": "a"}}]}
    >>> [i.rule for i in foreign_key_issues("x.csv", "x", schema, [{"a": 2}], [2],
    ...                                     lambda n: [{"a": 1}])]
    ['foreign-key']
    """
    issues: list[Issue] = []
    for fk in schema.get("foreignKeys", []):
        own = as_list(fk["fields"])
        target_name = fk["reference"].get("resource") or name
        target_fields = as_list(fk["reference"]["fields"])
        target = records if target_name == name else records_of(target_name)
        if target is None:
            issues.append(
                Issue(
                    rel, "foreign-key", f"the foreign key names an unknown resource {target_name!r}"
                )
            )
            continue
        keys = {tuple(r.get(f) for f in target_fields) for r in target}
        for i, (record, line) in enumerate(zip(records, lines, strict=True), start=1):
            key = tuple(record.get(f) for f in own)
            if any(_missing(v) for v in key) or key in keys:
                continue
            shown = key[0] if len(key) == 1 else key
            issues.append(
                Issue(
                    rel,
                    "foreign-key",
                    f"value {shown!r} has no match in {target_name}.{target_fields}",
                    row=i,
                    column=own[0],
                    line=line,
                )
            )
    return issues


#: Pairs of columns that give a range of lines of the document a row cites.
LINE_RANGES = (("line_start", "line_end"), ("evidence_line_start", "evidence_line_end"))
#: Columns that give one line of that document.
SINGLE_LINES = ("votes_line",)


#: The field property of a list whose items reference another resource's field.
LIST_OF = "kz:listOf"


def list_reference_issues(
    rel: str,
    schema: dict[str, Any],
    records: Records,
    lines: list[int],
    records_of: Callable[[str], Records | None],
) -> list[Issue]:
    """Items of ``kz:listOf`` fields that the referenced resource does not hold.

    Parameters
    ----------
    rel : str
        The file, for messages.
    schema : dict
        Its schema; a field's ``kz:listOf`` gives ``separator``, ``resource`` and
        ``field``.
    records : list of dict
        Its typed rows.
    lines : list of int
        The line each row starts on.
    records_of : callable
        Gives another resource's typed rows (``None`` when there is no such resource).

    Returns
    -------
    list of Issue
        One per item that matches nothing (rule ``kz:listOf``).

    Examples
    --------
    >>> spec = {"name": "ids", LIST_OF: {"separator": ";", "resource": "t", "field": "id"}}
    >>> [i.message for i in list_reference_issues("x.csv", {"fields": [spec]},
    ...     [{"ids": "a; b"}], [2], lambda n: [{"id": "a"}])]
    ["item 'b' has no match in t.id"]
    """
    issues: list[Issue] = []
    for spec in schema["fields"]:
        ref = spec.get(LIST_OF)
        if not ref:
            continue
        target = records_of(ref["resource"])
        if target is None:
            issues.append(
                Issue(
                    rel,
                    LIST_OF,
                    f"names an unknown resource {ref['resource']!r}",
                    column=spec["name"],
                )
            )
            continue
        known = {str(r.get(ref["field"])) for r in target}
        for i, (record, line) in enumerate(zip(records, lines, strict=True), start=1):
            cell = record.get(spec["name"])
            if _missing(cell):
                continue
            for item in (p.strip() for p in str(cell).split(ref["separator"])):
                if item not in known:
                    shown = "an empty item" if not item else f"item {item!r}"
                    issues.append(
                        Issue(
                            rel,
                            LIST_OF,
                            f"{shown} has no match in {ref['resource']}.{ref['field']}",
                            row=i,
                            column=spec["name"],
                            line=line,
                        )
                    )
    return issues


def provenance_issues(
    rel: str, records: Records, lines: list[int], lengths: dict[str, int]
) -> list[Issue]:
    """Rows whose lines run backwards or past the end of the document they cite.

    The ranges are :data:`LINE_RANGES` (``line_start`` to ``line_end``, and a source's
    ``evidence_line_start`` to ``evidence_line_end``) and the single lines
    :data:`SINGLE_LINES`, in whichever of them a resource has.

    Parameters
    ----------
    rel : str
        The file.
    records : list of dict
        The typed rows (with ``source`` and line columns).
    lines : list of int
        The line each row starts on.
    lengths : dict
        Lines of each document, by source key.

    Returns
    -------
    list of Issue
        One per row and column whose provenance cannot be true.

    Examples
    --------
    >>> rows = [{"line_start": 9, "line_end": 3, "source": "a"}]
    >>> [i.rule for i in provenance_issues("x.csv", rows, [2], {"a": 100})]
    ['provenance']
    """
    if not records:
        return []
    ranges = [pair for pair in LINE_RANGES if all(c in records[0] for c in pair)]
    singles = [c for c in SINGLE_LINES if c in records[0]]
    issues = []
    for i, (record, line) in enumerate(zip(records, lines, strict=True), start=1):
        source = str(record.get("source"))
        length = lengths.get(source)

        def issue(column: str, message: str, i: int = i, line: int = line) -> None:
            issues.append(Issue(rel, "provenance", message, row=i, column=column, line=line))

        for first, last in ranges:
            start, end = record[first], record[last]
            if _missing(start) or _missing(end):
                continue
            if start < 1 or end < start:
                issue(
                    first,
                    f"{first} {start} and {last} {end}: "
                    "lines count from 1 and the range must not run backwards",
                )
            elif length is not None and end > length:
                issue(last, f"{last} {end} is beyond the end of {source} ({length} lines)")
        for column in singles:
            value = record[column]
            if not _missing(value) and length is not None and not 1 <= value <= length:
                issue(column, f"{column} {value} is not a line of {source} (1 to {length})")
    return issues
