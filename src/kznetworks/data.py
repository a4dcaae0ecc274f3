"""Load and validate the versioned data package in ``data/``.

The data package is described by ``data/datapackage.json``, a Frictionless Data
Package. Every resource is a CSV file whose schema (field types, constraints,
primary and foreign keys) and sha256 hash the descriptor records. This module reads
the files strictly: nothing is coerced or dropped silently, and every problem raises
a :class:`DataValidationError` that names the file, the row, the column and the rule.

Row numbers in messages count data rows from 1 (the header is line 1 of the file, so
data row ``n`` is file line ``n + 1``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "DataPackage",
    "DataValidationError",
    "Issue",
    "datapackage_path",
    "load",
    "package",
    "raw",
    "resource_names",
    "validate",
]

#: Environment variable that points the package at another ``datapackage.json``.
ENV_VAR = "KZNETWORKS_DATAPACKAGE"

_BOOLEAN_TRUE = {"true"}
_BOOLEAN_FALSE = {"false"}
_INTEGER_RE = re.compile(r"^[+-]?\d+$")
_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_RE = re.compile(r"^\d{4}$")


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

    Examples
    --------
    >>> issue = Issue("akim_tenure.csv", "required", "a value is required", 2, "region")
    >>> print(issue)
    akim_tenure.csv, row 2 (line 3), column 'region': rule 'required' broken: a value is required
    """

    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row} (line {self.row + 1})")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: rule '{self.rule}' broken: {self.message}"


class DataValidationError(ValueError):
    """Raised when the data package breaks its own schema.

    Parameters
    ----------
    issues : list of Issue
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


def datapackage_path() -> Path:
    """Return the path of the ``datapackage.json`` the package reads by default.

    The path is, in order: the file named by the environment variable
    ``KZNETWORKS_DATAPACKAGE``; ``data/datapackage.json`` in the current folder or
    the nearest parent that has one (the project root when the book or the tests
    run); the copy of the data bundled with the installed package.

    Returns
    -------
    pathlib.Path
        Absolute path of the descriptor.

    Examples
    --------
    >>> datapackage_path().name
    'datapackage.json'
    """
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        candidate = folder / "data" / "datapackage.json"
        if candidate.is_file():
            return candidate
    bundled = Path(__file__).parent / "_data" / "datapackage.json"
    if bundled.is_file():
        return bundled
    raise FileNotFoundError(
        "No data/datapackage.json found in the current folder or its parents, and no "
        f"bundled copy; set {ENV_VAR} to the descriptor's path."
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class DataPackage:
    """A Frictionless data package on disk, read strictly.

    Parameters
    ----------
    path : str or pathlib.Path
        Path of ``datapackage.json``.

    Examples
    --------
    >>> pkg = DataPackage(datapackage_path())
    >>> "akim_tenure" in pkg.names
    True
    """

    path: Path
    descriptor: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.path = Path(self.path).resolve()
        with self.path.open(encoding="utf-8") as handle:
            self.descriptor = json.load(handle)
        self._resources = {r["name"]: r for r in self.descriptor.get("resources", [])}
        self._cache: dict[tuple[str, bool], tuple[tuple, pd.DataFrame]] = {}

    @property
    def root(self) -> Path:
        """Folder holding the descriptor; resource paths are relative to it."""
        return self.path.parent

    @property
    def names(self) -> list[str]:
        """Names of the resources, in descriptor order."""
        return list(self._resources)

    @property
    def version(self) -> str:
        """The data version (semantic versioning) recorded in the descriptor."""
        return str(self.descriptor["version"])

    def resource(self, name: str) -> dict[str, Any]:
        """Return the descriptor of one resource.

        Parameters
        ----------
        name : str
            Resource name.

        Returns
        -------
        dict
            The resource's descriptor (path, schema, hash, sources, ...).
        """
        try:
            return self._resources[name]
        except KeyError:
            known = ", ".join(sorted(self._resources))
            raise KeyError(f"No resource named '{name}' in {self.path}; known: {known}") from None

    # -- reading ---------------------------------------------------------------------

    def _read_rows(self, name: str) -> tuple[list[str], list[list[str]], list[Issue]]:
        resource = self.resource(name)
        rel = resource["path"]
        path = self.root / rel
        issues: list[Issue] = []
        if not path.is_file():
            return [], [], [Issue(rel, "file-exists", f"file {path} does not exist")]
        raw = path.read_bytes()
        if not raw.strip():
            return [], [], [Issue(rel, "not-empty", "the file is empty (no header, no rows)")]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            line = raw[: err.start].count(b"\n") + 1
            return (
                [],
                [],
                [
                    Issue(
                        rel,
                        "encoding",
                        f"not valid UTF-8 at byte {err.start} (file line {line})",
                        row=line - 1 if line > 1 else None,
                    )
                ],
            )
        if text.startswith("\ufeff"):
            issues.append(Issue(rel, "encoding", "the file starts with a byte-order mark"))
            text = text[1:]
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            rows = list(reader)
        except csv.Error as err:
            return [], [], [Issue(rel, "csv-syntax", f"{err} (file line {reader.line_num})")]
        header, body = rows[0], rows[1:]
        return header, body, issues

    def check_resource(self, name: str) -> list[Issue]:
        """Check one resource against its schema and hash.

        Parameters
        ----------
        name : str
            Resource name.

        Returns
        -------
        list of Issue
            Every problem found (empty when the resource is valid).
        """
        issues = list(self._check_rows(name)[1])
        issues.extend(self._check_hash(name))
        return issues

    def _check_hash(self, name: str) -> list[Issue]:
        resource = self.resource(name)
        path = self.root / resource["path"]
        expected = resource.get("hash")
        if not path.is_file():
            return []
        if not expected:
            return [Issue(resource["path"], "hash", "the descriptor records no sha256 hash")]
        algo, _, digest = expected.partition(":")
        if algo != "sha256" or not digest:
            return [Issue(resource["path"], "hash", f"hash '{expected}' is not 'sha256:<hex>'")]
        actual = _sha256(path)
        if actual != digest:
            return [
                Issue(
                    resource["path"],
                    "hash",
                    f"sha256 is {actual} but datapackage.json records {digest}: the file was "
                    "edited without updating the descriptor (run analysis/update_datapackage.py)",
                )
            ]
        return []

    def _check_rows(self, name: str) -> tuple[list[dict[str, Any]], list[Issue]]:
        resource = self.resource(name)
        rel = resource["path"]
        schema = resource["schema"]
        fields = schema["fields"]
        header, body, issues = self._read_rows(name)
        if not header:
            return [], issues
        expected = [f["name"] for f in fields]
        if header != expected:
            missing = [c for c in expected if c not in header]
            extra = [c for c in header if c not in expected]
            parts = []
            if missing:
                parts.append(f"missing column(s) {missing}")
            if extra:
                parts.append(f"unexpected column(s) {extra}")
            if not parts:
                parts.append(f"columns in order {header}, schema has {expected}")
            column = (missing or extra or [None])[0]
            issues.append(Issue(rel, "header", "; ".join(parts), column=column))
            return [], issues
        missing_values = set(schema.get("missingValues", [""]))
        records: list[dict[str, Any]] = []
        for i, row in enumerate(body, start=1):
            if len(row) != len(expected):
                issues.append(
                    Issue(rel, "row-length", f"{len(row)} cells, expected {len(expected)}", row=i)
                )
                continue
            record: dict[str, Any] = {}
            for spec, cell in zip(fields, row, strict=True):
                value, problem = _cast(cell, spec, missing_values)
                if problem:
                    issues.append(Issue(rel, problem[0], problem[1], row=i, column=spec["name"]))
                record[spec["name"]] = value
            records.append(record)
        issues.extend(_check_unique(rel, schema, records))
        return records, issues

    def _check_foreign_keys(self, name: str, records: list[dict[str, Any]]) -> list[Issue]:
        resource = self.resource(name)
        issues: list[Issue] = []
        for fk in resource["schema"].get("foreignKeys", []):
            own = _as_list(fk["fields"])
            ref = fk["reference"]
            target_name = ref.get("resource") or name
            target_fields = _as_list(ref["fields"])
            if target_name == name:
                target_records = records
            else:
                target_records, _ = self._check_rows(target_name)
            keys = {tuple(r[f] for f in target_fields) for r in target_records}
            for i, record in enumerate(records, start=1):
                key = tuple(record[f] for f in own)
                if any(_is_missing(v) for v in key):
                    continue
                if key not in keys:
                    shown = key[0] if len(key) == 1 else key
                    issues.append(
                        Issue(
                            resource["path"],
                            "foreign-key",
                            f"value {shown!r} has no match in {target_name}.{target_fields}",
                            row=i,
                            column=own[0],
                        )
                    )
        return issues

    def validate(self, names: Iterable[str] | None = None) -> None:
        """Validate resources: header, types, constraints, keys and hashes.

        Parameters
        ----------
        names : iterable of str, optional
            Resources to check; all of them by default.

        Raises
        ------
        DataValidationError
            Listing every problem found, each with file, row, column and rule.

        Examples
        --------
        >>> DataPackage(datapackage_path()).validate()
        """
        issues: list[Issue] = []
        for name in names if names is not None else self.names:
            records, row_issues = self._check_rows(name)
            issues.extend(row_issues)
            issues.extend(self._check_hash(name))
            if not row_issues:
                issues.extend(self._check_foreign_keys(name, records))
        if issues:
            raise DataValidationError(issues)

    def load(self, name: str, *, repaired: bool = False) -> pd.DataFrame:
        """Load one resource as a typed DataFrame, after validating it.

        Parameters
        ----------
        name : str
            Resource name.
        repaired : bool, default False
            When true, overlay the documented repairs of the ``repairs`` resource
            (OCR fixes, reconstructed cells) on the printed values, and add a column
            ``repaired_fields`` naming the repaired fields of each row.

        Returns
        -------
        pandas.DataFrame
            Columns typed from the schema with pandas' nullable dtypes.

        Raises
        ------
        DataValidationError
            When the file breaks its schema or its hash.
        """
        stamp = self._stamp(name)
        cached = self._cache.get((name, repaired))
        if cached is not None and cached[0] == stamp:
            return cached[1].copy()
        records, issues = self._check_rows(name)
        issues.extend(self._check_hash(name))
        if not issues:
            issues.extend(self._check_foreign_keys(name, records))
        if issues:
            raise DataValidationError(issues)
        fields = self.resource(name)["schema"]["fields"]
        frame = pd.DataFrame.from_records(records, columns=[f["name"] for f in fields])
        for spec in fields:
            frame[spec["name"]] = _to_dtype(frame[spec["name"]], spec)
        if repaired:
            frame = self._apply_repairs(name, frame)
        self._cache[(name, repaired)] = (stamp, frame)
        return frame.copy()

    def _stamp(self, name: str) -> tuple:
        """What a cached table depends on: the descriptor and the files it reads."""
        paths = [self.path, self.root / self.resource(name)["path"]]
        for fk in self.resource(name)["schema"].get("foreignKeys", []):
            target = fk["reference"].get("resource")
            if target:
                paths.append(self.root / self.resource(target)["path"])
        if "repairs" in self._resources:
            paths.append(self.root / self._resources["repairs"]["path"])
        return tuple(
            (str(p), p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else (str(p),)
            for p in paths
        )

    def raw(self, name: str) -> pd.DataFrame:
        """Load one resource as the exact text of its cells, after validating it.

        Useful where the printed form matters, for example the number of decimals
        a figure was printed with ("1.90" has two).

        Parameters
        ----------
        name : str
            Resource name.

        Returns
        -------
        pandas.DataFrame
            Every column as ``str``; empty cells are empty strings.
        """
        self.load(name)
        header, body, _ = self._read_rows(name)
        return pd.DataFrame(body, columns=header, dtype=str)

    def _apply_repairs(self, name: str, frame: pd.DataFrame) -> pd.DataFrame:
        if "repairs" not in self._resources or "row" not in frame.columns:
            out = frame.copy()
            out["repaired_fields"] = ""
            return out
        repairs = self.load("repairs")
        repairs = repairs[repairs["resource"] == name]
        out = frame.copy()
        fields = {f["name"]: f for f in self.resource(name)["schema"]["fields"]}
        touched: dict[int, list[str]] = {}
        index_of = {int(r): i for i, r in zip(out.index, out["row"], strict=True)}
        for rep in repairs.itertuples(index=False):
            row, column = int(rep.row), str(rep.field)
            if row not in index_of or column not in fields:
                raise DataValidationError(
                    [
                        Issue(
                            self.resource("repairs")["path"],
                            "repair-target",
                            f"repair points at {name} row {row} column '{column}', which does "
                            "not exist",
                        )
                    ]
                )
            value, problem = _cast(str(rep.repaired), fields[column], {""})
            if problem:
                raise DataValidationError(
                    [
                        Issue(
                            self.resource("repairs")["path"],
                            "repair-type",
                            f"repaired value {rep.repaired!r} for {name}.{column}: {problem[1]}",
                        )
                    ]
                )
            out.loc[index_of[row], column] = value
            touched.setdefault(row, []).append(column)
        out["repaired_fields"] = [";".join(touched.get(int(r), [])) for r in out["row"]]
        return out


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _cast(
    cell: str, spec: dict[str, Any], missing_values: set[str]
) -> tuple[Any, tuple[str, str] | None]:
    """Convert one CSV cell by its field spec; return (value, (rule, message) or None)."""
    constraints = spec.get("constraints", {})
    kind = spec.get("type", "string")
    if cell in missing_values:
        if constraints.get("required"):
            return None, ("required", "a value is required but the cell is empty")
        return None, None
    if cell != cell.strip():
        return None, ("whitespace", f"value {cell!r} has leading or trailing spaces")
    value: Any
    if kind == "string":
        value = cell
    elif kind == "integer":
        if not _INTEGER_RE.match(cell):
            return None, ("type", f"value {cell!r} is not an integer")
        value = int(cell)
    elif kind == "number":
        if not _NUMBER_RE.match(cell):
            return None, ("type", f"value {cell!r} is not a number")
        value = float(cell)
    elif kind == "boolean":
        if cell in _BOOLEAN_TRUE:
            value = True
        elif cell in _BOOLEAN_FALSE:
            value = False
        else:
            return None, ("type", f"value {cell!r} is not a boolean (true/false)")
    elif kind == "date":
        if not _DATE_RE.match(cell):
            return None, ("type", f"value {cell!r} is not a date (YYYY-MM-DD)")
        try:
            value = pd.Timestamp(cell).date()
        except ValueError:
            return None, ("type", f"value {cell!r} is not a valid calendar date")
    elif kind == "year":
        if not _YEAR_RE.match(cell):
            return None, ("type", f"value {cell!r} is not a year (YYYY)")
        value = int(cell)
    else:
        return None, ("schema", f"unsupported field type '{kind}'")
    if "enum" in constraints:
        allowed = constraints["enum"]
        if value not in allowed and cell not in [str(a) for a in allowed]:
            return None, ("enum", f"value {cell!r} is not one of {allowed}")
    if "minimum" in constraints and value < constraints["minimum"]:
        return None, ("minimum", f"value {cell!r} is below the minimum {constraints['minimum']}")
    if "maximum" in constraints and value > constraints["maximum"]:
        return None, ("maximum", f"value {cell!r} is above the maximum {constraints['maximum']}")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], cell):
        return None, ("pattern", f"value {cell!r} does not match /{constraints['pattern']}/")
    if "minLength" in constraints and len(cell) < constraints["minLength"]:
        return None, ("minLength", f"value {cell!r} is shorter than {constraints['minLength']}")
    return value, None


def _check_unique(rel: str, schema: dict[str, Any], records: list[dict[str, Any]]) -> list[Issue]:
    issues: list[Issue] = []
    checks: list[tuple[list[str], str]] = []
    if "primaryKey" in schema:
        checks.append((_as_list(schema["primaryKey"]), "primary-key"))
    for key in schema.get("uniqueKeys", []):
        checks.append((_as_list(key), "unique-key"))
    for spec in schema["fields"]:
        if spec.get("constraints", {}).get("unique"):
            checks.append(([spec["name"]], "unique"))
    for columns, rule in checks:
        seen: dict[tuple[Any, ...], int] = {}
        for i, record in enumerate(records, start=1):
            key = tuple(record[c] for c in columns)
            if rule == "primary-key" and any(_is_missing(v) for v in key):
                issues.append(
                    Issue(rel, rule, "primary key value is empty", row=i, column=columns[0])
                )
                continue
            if key in seen:
                shown = key[0] if len(key) == 1 else key
                issues.append(
                    Issue(
                        rel,
                        rule,
                        f"value {shown!r} of {columns} repeats row {seen[key]}",
                        row=i,
                        column=columns[0],
                    )
                )
            else:
                seen[key] = i
    return issues


_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "year": "Int64",
    "number": "Float64",
    "boolean": "boolean",
}


def _to_dtype(column: pd.Series, spec: dict[str, Any]) -> pd.Series:
    kind = spec.get("type", "string")
    if kind == "date":
        return pd.to_datetime(column, format="ISO8601")
    return column.astype(_DTYPES[kind])


# -- module-level convenience API ---------------------------------------------------------


@cache
def _package_at(path: str, stamp: float) -> DataPackage:
    return DataPackage(Path(path))


def package(path: str | Path | None = None) -> DataPackage:
    """Return the :class:`DataPackage` at ``path`` (default :func:`datapackage_path`).

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``.

    Returns
    -------
    DataPackage
        The package, cached until the descriptor file changes.

    Examples
    --------
    >>> package().version.count(".")
    2
    """
    resolved = Path(path).resolve() if path else datapackage_path()
    return _package_at(str(resolved), resolved.stat().st_mtime)


def resource_names(path: str | Path | None = None) -> list[str]:
    """List the resources of the data package.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    list of str
        Resource names in descriptor order.

    Examples
    --------
    >>> "akim_tenure" in resource_names()
    True
    """
    return package(path).names


def load(name: str, *, repaired: bool = False, path: str | Path | None = None) -> pd.DataFrame:
    """Load one resource of the data package, validated against its schema.

    Parameters
    ----------
    name : str
        Resource name, for example ``"akim_tenure"``.
    repaired : bool, default False
        Overlay the documented repairs (see the ``repairs`` resource) and add a
        ``repaired_fields`` column; by default values are exactly as printed.
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    pandas.DataFrame
        The table with typed columns.

    Raises
    ------
    DataValidationError
        If the file breaks its schema, a key or its hash.

    Examples
    --------
    >>> tenure = load("akim_tenure")
    >>> int(tenure["akims_count"].sum()) > 0
    True
    """
    return package(path).load(name, repaired=repaired)


def raw(name: str, *, path: str | Path | None = None) -> pd.DataFrame:
    """Load one resource with every cell as the exact text of the file.

    Parameters
    ----------
    name : str
        Resource name.
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    pandas.DataFrame
        All columns as strings, for example to read a figure's printed decimals.

    Examples
    --------
    >>> raw("akim_tenure_stats")["value"].iloc[0]
    '2.73'
    """
    return package(path).raw(name)


def validate(path: str | Path | None = None) -> None:
    """Validate the whole data package: every file, type, constraint, key and hash.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Raises
    ------
    DataValidationError
        Listing every problem, each naming file, row, column and rule.

    Examples
    --------
    >>> validate()
    """
    package(path).validate()


def iter_resources(path: str | Path | None = None) -> Iterator[tuple[str, pd.DataFrame]]:
    """Yield ``(name, frame)`` for every resource of the package.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Yields
    ------
    tuple of (str, pandas.DataFrame)
        Resource name and its validated table.
    """
    pkg = package(path)
    for name in pkg.names:
        yield name, pkg.load(name)
