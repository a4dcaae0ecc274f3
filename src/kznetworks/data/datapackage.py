"""The data package on disk, read strictly: :class:`DataPackage`.

Every resource is a CSV file whose schema (field types, constraints, primary, unique
and foreign keys) and sha256 hash the descriptor records. Nothing is coerced or
dropped silently: every problem is an :class:`~kznetworks.data.errors.Issue` naming
the file, the row (and the line of the file where it starts), the column and the rule.

Beyond the Table Schema, two checks are the project's own: *provenance* (on every
row, ``line_start`` is at most ``line_end``, and both fall inside the document the row
cites, whose length ``sources.seed_lines`` records) and *repairs* (every documented
repair points at a cell that exists and holds a value of the cell's type; see
:mod:`kznetworks.data.repairs`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from kznetworks.data import cache
from kznetworks.data import repairs as _repairs
from kznetworks.data.descriptor import Descriptor, read_descriptor
from kznetworks.data.errors import (
    DataValidationError,
    Issue,
    expect_names,
    expect_type,
    unknown_name,
)
from kznetworks.data.fields import cast, to_dtype
from kznetworks.data.integrity import (
    LIST_OF,
    foreign_key_issues,
    hash_issues,
    list_reference_issues,
    provenance_issues,
    unique_issues,
)
from kznetworks.data.reading import Rows, read_csv

__all__ = ["DataPackage"]


class DataPackage:
    """A Frictionless data package on disk, read strictly.

    Parameters
    ----------
    path : str or pathlib.Path
        Path of ``datapackage.json``.

    Raises
    ------
    DataValidationError
        When the descriptor is not a readable JSON object with a list of resources.

    Examples
    --------
    >>> from kznetworks.data.locate import datapackage_path
    >>> pkg = DataPackage(datapackage_path())
    >>> "akim_tenure" in pkg.names
    True
    """

    def __init__(self, path: str | Path) -> None:
        expect_type("path", path, str | Path, "the path of a datapackage.json (str or Path)")
        self.descriptor_info: Descriptor = read_descriptor(Path(path))
        self.path = self.descriptor_info.path
        self.descriptor = self.descriptor_info.content
        self._resources = self.descriptor_info.resources
        self._cache: dict[tuple[str, bool], tuple[tuple, pd.DataFrame]] = {}

    def __repr__(self) -> str:
        return f"DataPackage({str(self.path)!r})"

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
        return str(self.descriptor.get("version", ""))

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

        Raises
        ------
        kznetworks.data.errors.UnknownNameError
            When no resource has that name (a :class:`KeyError`; the message names the
            closest names).
        TypeError
            When ``name`` is not a string.

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> DataPackage(datapackage_path()).resource("sources")["path"]
        'sources.csv'
        """
        expect_type("a resource name", name, str, "a string")
        if name not in self._resources:
            raise unknown_name(
                "resource", name, self._resources, hint=f"the package is {self.path}"
            )
        return self._resources[name]

    def files(self) -> list[Path]:
        """The descriptor and the file of every resource, in descriptor order.

        A resource whose descriptor entry is broken is left out: its path is never
        looked at (it may lead outside the data folder).

        Returns
        -------
        list of pathlib.Path
            The descriptor first.

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> pkg = DataPackage(datapackage_path())
        >>> [p.name for p in pkg.files()][:2]
        ['datapackage.json', 'sources.csv']
        """
        broken = self.descriptor_info.broken
        kept = [r for n, r in self._resources.items() if n not in broken]
        return [self.path, *(self.root / r["path"] for r in kept)]

    # -- reading ------------------------------------------------------------------------

    def _descriptor_issues(self, name: str) -> list[Issue]:
        return list(self.descriptor_info.problems.get(name, []))

    def read_rows(self, name: str) -> Rows:
        """Read the cells of one resource, with the file line where each row starts.

        Parameters
        ----------
        name : str
            Resource name.

        Returns
        -------
        Rows
            Header, rows, lines and reading problems (a missing, empty, non-UTF-8 or
            malformed file gives an empty table and its issue).

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> DataPackage(datapackage_path()).read_rows("sources").lines[0]
        2
        """
        resource = self.resource(name)
        problems = self._descriptor_issues(name)
        if problems:
            return Rows([], [], [], problems)
        return read_csv(self.root / resource["path"], resource["path"])

    def _check_rows(self, name: str) -> tuple[list[dict[str, Any]], list[int], list[Issue]]:
        resource = self.resource(name)
        read = self.read_rows(name)
        issues = list(read.issues)
        if not read.header:
            return [], [], issues
        rel = resource["path"]
        schema = resource["schema"]
        fields = schema["fields"]
        expected = [f["name"] for f in fields]
        if read.header != expected:
            repeated = sorted({c for c in read.header if read.header.count(c) > 1})
            missing = [c for c in expected if c not in read.header]
            extra = [c for c in read.header if c not in expected]
            parts = []
            if repeated:
                parts.append(f"column name(s) {repeated} repeated")
            if missing:
                parts.append(f"missing column(s) {missing}")
            if extra:
                parts.append(f"unexpected column(s) {extra}")
            if not parts:
                parts.append(f"columns in order {read.header}, the schema has {expected}")
            column = (repeated or missing or extra or [None])[0]
            issues.append(Issue(rel, "header", "; ".join(parts), line=1, column=column))
            return [], [], issues
        missing_values = set(schema.get("missingValues", [""]))
        records: list[dict[str, Any]] = []
        lines: list[int] = []
        for i, (row, line) in enumerate(zip(read.body, read.lines, strict=True), start=1):
            if len(row) != len(expected):
                issues.append(
                    Issue(
                        rel,
                        "row-length",
                        f"{len(row)} cells, expected {len(expected)}",
                        row=i,
                        line=line,
                    )
                )
                continue
            record: dict[str, Any] = {}
            for spec, cell in zip(fields, row, strict=True):
                value, problem = cast(cell, spec, missing_values)
                if problem:
                    issues.append(
                        Issue(rel, problem[0], problem[1], row=i, column=spec["name"], line=line)
                    )
                record[spec["name"]] = value
            records.append(record)
            lines.append(line)
        issues.extend(unique_issues(rel, schema, records, lines))
        return records, lines, issues

    def _seed_lines(self) -> dict[str, int]:
        if "sources" not in self._resources:
            return {}
        records, _, issues = self._check_rows("sources")
        if issues:
            return {}
        return {str(r["source"]): int(r["seed_lines"]) for r in records if r.get("seed_lines")}

    def _records_of(self, name: str) -> list[dict[str, Any]] | None:
        return self._check_rows(name)[0] if name in self._resources else None

    def check(self, name: str) -> tuple[list[dict[str, Any]], list[Issue]]:
        """Check one resource against its schema, hash, keys and provenance.

        Parameters
        ----------
        name : str
            Resource name.

        Returns
        -------
        tuple
            The typed records and every problem found (empty when valid).

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> DataPackage(datapackage_path()).check("sources")[1]
        []
        """
        records, lines, issues = self._check_rows(name)
        resource = self.resource(name)
        if name not in self.descriptor_info.broken:
            path, rel = self.root / resource["path"], resource["path"]
            issues.extend(hash_issues(path, rel, resource.get("hash")))
        if not issues:
            schema, rel = resource["schema"], resource["path"]
            issues.extend(foreign_key_issues(rel, name, schema, records, lines, self._records_of))
            issues.extend(list_reference_issues(rel, schema, records, lines, self._records_of))
            issues.extend(provenance_issues(rel, records, lines, self._seed_lines()))
        return records, issues

    def validate(self, names: Iterable[str] | None = None) -> None:
        """Validate the descriptor and every resource, and the repairs.

        Header, types, constraints, keys, hashes and provenance of each resource.

        Parameters
        ----------
        names : iterable of str, optional
            Resources to check; all of them (and the descriptor) by default.

        Raises
        ------
        DataValidationError
            Listing every problem found, each with file, row and line, column and rule.

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> DataPackage(datapackage_path()).validate()
        """
        everything = names is None
        names = None if everything else expect_names("names", names, "resource names")
        for name in names or []:
            self.resource(name)
        issues: list[Issue] = list(self.descriptor_info.issues) if everything else []
        for name in self.names if everything else names:
            if everything and name in self.descriptor_info.broken:
                continue
            digest = self._key(name, False)
            if digest and cache.load(digest) is not None:
                continue  # these very inputs validated before (see kznetworks.data.cache)
            records, found = self.check(name)
            issues.extend(found)
            if not found and digest:
                cache.store(digest, self._frame(name, records))
        wanted = everything or "repairs" in set(names or [])
        if "repairs" in self._resources and wanted and not issues:
            issues.extend(_repairs.check_repairs(self))
        if issues:
            raise DataValidationError(issues)

    def _reads(self, name: str, repaired: bool) -> list[str]:
        """The resources validating (and repairing) one resource reads, itself first."""
        names = [name]
        if name in self.descriptor_info.broken:
            return names
        schema = self.resource(name)["schema"]
        targets = [fk["reference"].get("resource") for fk in schema.get("foreignKeys", [])]
        targets += [f[LIST_OF]["resource"] for f in schema["fields"] if f.get(LIST_OF)]
        for target in targets:
            if target and target in self._resources and target not in names:
                names.append(target)
        for extra in ("sources", "repairs") if repaired else ("sources",):
            if extra in self._resources and extra not in names:
                names.append(extra)
        return names

    def _inputs(self, name: str) -> list[Path]:
        """The files validating one resource reads: descriptor, file, targets, sources, repairs.

        A resource whose descriptor entry is broken is never read, nor even looked at
        (its path may lead outside the data folder).
        """
        reads = [n for n in self._reads(name, True) if n not in self.descriptor_info.broken]
        return [self.path, *(self.root / self._resources[n]["path"] for n in reads)]

    def _key(self, name: str, repaired: bool) -> str | None:
        """The disk cache's key for one table (``None`` for a broken descriptor entry)."""
        reads = self._reads(name, repaired)
        if any(n in self.descriptor_info.broken for n in reads):
            return None
        entries = [self._resources[n] for n in reads]
        return cache.key(name, repaired, entries, [self.root / e["path"] for e in entries])

    def _frame(self, name: str, records: list[dict[str, Any]]) -> pd.DataFrame:
        fields = self.resource(name)["schema"]["fields"]
        frame = pd.DataFrame.from_records(records, columns=[f["name"] for f in fields])
        for spec in fields:
            frame[spec["name"]] = to_dtype(frame[spec["name"]], spec)
        return frame

    def _stamp(self, name: str) -> tuple:
        """What the in-memory copy of a table depends on: its inputs' times and sizes."""
        return tuple(
            (str(p), p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else (str(p),)
            for p in self._inputs(name)
        )

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
            When the file breaks its schema, its hash, a key or its provenance.

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> DataPackage(datapackage_path()).load("sources").shape[0]
        5
        """
        expect_type("repaired", repaired, bool, "True or False")
        stamp = self._stamp(name)
        cached = self._cache.get((name, repaired))
        if cached is not None and cached[0] == stamp:
            return cached[1].copy()
        digest = self._key(name, repaired)
        frame = cache.load(digest) if digest else None
        if frame is None:
            records, issues = self.check(name)
            if issues:
                raise DataValidationError(issues)
            frame = self._frame(name, records)
            if repaired:
                frame = _repairs.apply_repairs(self, name, frame)
            if digest:
                cache.store(digest, frame)
        self._cache[(name, repaired)] = (stamp, frame)
        return frame.copy()

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

        Examples
        --------
        >>> from kznetworks.data.locate import datapackage_path
        >>> DataPackage(datapackage_path()).raw("akim_tenure_stats")["value"].iloc[0]
        '2.73'
        """
        self.load(name)
        read = self.read_rows(name)
        return pd.DataFrame(read.body, columns=read.header, dtype=str)
