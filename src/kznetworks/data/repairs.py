"""Documented repairs: checked against the cells they repair, and overlaid on request.

The ``repairs`` resource lists, for a cell of another table (``resource``, ``row``,
``field``), what was printed, the value read instead, the kind of repair and the
reason. The tables keep the printed value; ``load(name, repaired=True)`` overlays the
repairs. :func:`check_repairs` makes sure, when the package is validated, that every
repair points at a cell that exists, cites a line of that cell's row, holds a value of
that cell's type, and quotes what the cell prints (a cell left empty because its
printed text does not fit the column's type, such as an OCR letter for a digit, is
quoted from the page).
"""

from __future__ import annotations

from typing import Any, Protocol

import pandas as pd

from kznetworks.data.errors import DataValidationError, Issue
from kznetworks.data.fields import cast
from kznetworks.data.reading import Rows


class _Package(Protocol):
    """What this module needs of a :class:`kznetworks.data.datapackage.DataPackage`."""

    @property
    def names(self) -> list[str]: ...

    def resource(self, name: str) -> dict[str, Any]: ...

    def check(self, name: str) -> tuple[list[dict[str, Any]], list[Issue]]: ...

    def read_rows(self, name: str) -> Rows: ...


__all__ = ["apply_repairs", "check_repairs"]


def _problems(pkg: _Package, only: str | None = None) -> tuple[list[Issue], list[tuple]]:
    """Every repair checked: the issues, and the valid repairs as (row, ...)."""
    rel = pkg.resource("repairs")["path"]
    records, rows_issues = pkg.check("repairs")
    if rows_issues:
        return rows_issues, []
    lines = pkg.read_rows("repairs").lines
    issues: list[Issue] = []
    valid: list[tuple] = []
    targets: dict[str, tuple[dict, dict]] = {}
    for i, (rep, line) in enumerate(zip(records, lines, strict=True), start=1):
        name = str(rep["resource"])
        if only is not None and name != only:
            continue

        def issue(rule: str, message: str, column: str, i: int = i, line: int = line) -> None:
            issues.append(Issue(rel, rule, message, row=i, column=column, line=line))

        if name not in pkg.names:
            issue("repair-target", f"repairs a resource {name!r} that does not exist", "resource")
            continue
        if name not in targets:
            target_records, target_issues = pkg.check(name)
            if target_issues:
                issue("repair-target", f"repairs {name}, which does not validate", "resource")
                continue
            raw = pkg.read_rows(name)
            fields = {f["name"]: f for f in pkg.resource(name)["schema"]["fields"]}
            by_row = {
                r.get("row"): (r, dict(zip(raw.header, cells, strict=True)))
                for r, cells in zip(target_records, raw.body, strict=True)
            }
            targets[name] = (fields, by_row)
        fields, by_row = targets[name]
        column = str(rep["field"])
        if column not in fields:
            issue(
                "repair-target", f"repairs {name} column {column!r}, which does not exist", "field"
            )
            continue
        if rep["row"] not in by_row:
            issue("repair-target", f"repairs {name} row {rep['row']}, which does not exist", "row")
            continue
        target, printed_cells = by_row[rep["row"]]
        start, end, cited = target.get("line_start"), target.get("line_end"), rep.get("line")
        if None not in (start, end, cited) and not start <= cited <= end:
            issue(
                "repair-line",
                f"cites line {cited}, but {name} row {rep['row']} is on lines {start} to {end}",
                "line",
            )
            continue
        printed = "" if rep["as_printed"] is None else str(rep["as_printed"])
        # an empty cell is one whose printed text does not fit the column's type (an OCR
        # letter for a digit): the repair then quotes what the page prints
        if printed_cells[column] and printed_cells[column] != printed:
            issue(
                "repair-as-printed",
                f"says {name} row {rep['row']} column {column!r} prints "
                f"{printed!r}, but the cell holds {printed_cells[column]!r}",
                "as_printed",
            )
            continue
        spec = dict(fields[column])
        spec["constraints"] = {
            k: v for k, v in spec.get("constraints", {}).items() if k != "required"
        }
        value, problem = cast(str(rep["repaired"]), spec, {""})
        if problem:
            issue(
                "repair-type",
                f"repaired value {rep['repaired']!r} for {name}.{column}: {problem[1]}",
                "repaired",
            )
            continue
        valid.append((name, rep["row"], column, value))
    return issues, valid


def check_repairs(pkg: _Package) -> list[Issue]:
    """Check every repair against the cell it repairs.

    Parameters
    ----------
    pkg : DataPackage
        The package.

    Returns
    -------
    list of Issue
        One per repair whose resource, row or column does not exist, whose ``line``
        is not one of the lines of the repaired row, whose ``as_printed`` is not what
        the cell prints, or whose repaired value does not fit the column's type.

    Examples
    --------
    >>> from kznetworks.data import package
    >>> check_repairs(package())
    []
    """
    return _problems(pkg)[0]


def apply_repairs(pkg: _Package, name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Overlay the documented repairs of one resource on its printed values.

    Parameters
    ----------
    pkg : DataPackage
        The package.
    name : str
        The resource.
    frame : pandas.DataFrame
        Its typed table, as printed.

    Returns
    -------
    pandas.DataFrame
        A copy with the repaired values and a ``repaired_fields`` column naming, per
        row, the repaired fields (separated by ``;``).

    Raises
    ------
    DataValidationError
        When a repair of this resource does not fit its cell.

    Examples
    --------
    >>> from kznetworks.data import package
    >>> pkg = package()
    >>> fixed = apply_repairs(pkg, "election_seats", pkg.load("election_seats"))
    >>> bool((fixed["repaired_fields"] != "").any())
    True
    """
    out = frame.copy()
    if "repairs" not in pkg.names or "row" not in frame.columns:
        out["repaired_fields"] = ""
        return out
    issues, valid = _problems(pkg, only=name)
    if issues:
        raise DataValidationError(issues)
    index_of = {int(r): i for i, r in zip(out.index, out["row"], strict=True)}
    touched: dict[int, list[str]] = {}
    for _, row, column, value in valid:
        out.loc[index_of[int(row)], column] = value
        touched.setdefault(int(row), []).append(column)
    out["repaired_fields"] = [";".join(touched.get(int(r), [])) for r in out["row"]]
    return out
