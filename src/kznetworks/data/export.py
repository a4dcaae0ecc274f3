"""The data package in the forms people download: one zip, and one SQLite database.

- :func:`zip_bytes`: the descriptor, every CSV it lists, the licence and a README, as
  one zip archive whose bytes depend only on those files (entries sorted, dated
  1980-01-01, permissions fixed), so the book's downloads page and a release give
  the same file.
- :func:`sqlite_bytes`: an SQLite database built from the descriptor with the
  standard library's :mod:`sqlite3`: one table per resource, named as the resource,
  its columns typed as declared (``integer`` and ``year`` as ``INTEGER``, ``number``
  as ``REAL``, ``boolean`` as ``INTEGER`` 0 or 1, everything else as ``TEXT``), with
  the declared primary key, foreign keys, required and unique fields and enumerations
  (``CHECK``), and each field's description as a comment in its ``CREATE TABLE``
  statement (which SQLite keeps, so any SQLite tool or Datasette shows it). The rows
  are the validated, typed rows, in file order; the database is built in memory and
  compacted (``VACUUM``) before it is written, so the same data and the same SQLite
  version give the same bytes. No ``STRICT`` tables, so older SQLite tools open it.

Plain :mod:`sqlite3` rather than a Frictionless SQL plugin: it needs no database
toolkit, keeps every declared constraint and the descriptions, and its output is
byte-for-byte reproducible.
"""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kznetworks.data.datapackage import DataPackage
from kznetworks.data.errors import DataValidationError
from kznetworks.data.locate import datapackage_path

__all__ = [
    "SQL_TYPES",
    "ZIP_EPOCH",
    "ZIP_FOLDER",
    "create_statements",
    "describe",
    "deterministic_zip",
    "sqlite_bytes",
    "zip_bytes",
    "zip_members",
]

#: SQLite column type of each Frictionless field type (others are ``TEXT``).
SQL_TYPES = {"integer": "INTEGER", "year": "INTEGER", "number": "REAL", "boolean": "INTEGER"}
#: The folder every file of the data zip sits in.
ZIP_FOLDER = "kz-networks-data/"
#: 1980-01-01, the earliest time a zip entry can hold: the date of every entry.
ZIP_EPOCH = 315532800


def deterministic_zip(members: Iterable[tuple[str, bytes]], epoch: int = ZIP_EPOCH) -> bytes:
    """A zip archive whose bytes depend only on the members' names and contents.

    Parameters
    ----------
    members : iterable of (str, bytes)
        Archive names and contents.
    epoch : int, default :data:`ZIP_EPOCH`
        The date of every entry, in seconds since 1970 (not before 1980).

    Returns
    -------
    bytes
        The archive: entries sorted by name, all with the same date, permissions
        ``0644``, deflated at level 9.

    Examples
    --------
    >>> a = deterministic_zip([("b.txt", b"2"), ("a.txt", b"1")])
    >>> a == deterministic_zip([("a.txt", b"1"), ("b.txt", b"2")])
    True
    """
    stamp = time.gmtime(max(epoch, ZIP_EPOCH))[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in sorted(members, key=lambda m: m[0]):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()


def _package(path: str | Path | None) -> DataPackage:
    return DataPackage(Path(path) if path else datapackage_path())


def zip_members(licence: bytes, path: str | Path | None = None) -> list[tuple[str, bytes]]:
    """The files of the data zip: descriptor, every resource, licence and README.

    Parameters
    ----------
    licence : bytes
        The text of the data licence (``LICENSE-DATA`` of the project).
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    list of (str, bytes)
        Archive names (under :data:`ZIP_FOLDER`) and contents.

    Examples
    --------
    >>> names = [name for name, _ in zip_members(b"CC BY 4.0")]
    >>> names[0], names[-1]
    ('kz-networks-data/datapackage.json', 'kz-networks-data/README.md')
    """
    pkg = _package(path)
    members = [(ZIP_FOLDER + "datapackage.json", pkg.path.read_bytes())]
    for name in pkg.names:
        relative = pkg.resource(name)["path"]
        members.append((ZIP_FOLDER + relative, (pkg.root / relative).read_bytes()))
    members.append((ZIP_FOLDER + "LICENSE-DATA", licence))
    readme = (
        f"# kz-networks data package {pkg.version}\n\n"
        f"{pkg.descriptor.get('description', '')}\n\n"
        "Open datapackage.json for the schema of every file (types, constraints, keys), "
        "its sha256 hash, the sources and the licence (CC BY 4.0; the source documents "
        "remain their authors' and are cited, not redistributed). Every row records the "
        "document (`source`), the printed table (`table`) and the lines of the document's "
        "text (`line_start`, `line_end`) it comes from. Values are as printed; repairs are "
        "in repairs.csv.\n\n"
        "Load it with the kznetworks package (kznetworks.data.load) or any Frictionless "
        "tool (frictionless validate datapackage.json).\n"
    )
    members.append((ZIP_FOLDER + "README.md", readme.encode("utf-8")))
    return members


def zip_bytes(licence: bytes, path: str | Path | None = None) -> bytes:
    """The data zip (see :func:`zip_members`), byte-for-byte reproducible.

    Parameters
    ----------
    licence : bytes
        The text of the data licence.
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    bytes
        The archive.

    Examples
    --------
    >>> zip_bytes(b"licence") == zip_bytes(b"licence")
    True
    """
    return deterministic_zip(zip_members(licence, path))


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _comment(text: object) -> str:
    return " ".join(str(text).split())


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _column(field: dict[str, Any]) -> str:
    kind = str(field.get("type", "string"))
    name = _quote(field["name"])
    parts = [name, SQL_TYPES.get(kind, "TEXT")]
    cons = field.get("constraints", {})
    if cons.get("required"):
        parts.append("NOT NULL")
    if cons.get("unique"):
        parts.append("UNIQUE")
    if kind == "boolean":
        parts.append(f"CHECK ({name} IN (0, 1))")
    elif "enum" in cons and kind in ("string", "integer", "year"):
        values = ", ".join(str(v) if kind != "string" else _literal(v) for v in cons["enum"])
        parts.append(f"CHECK ({name} IN ({values}))")
    return " ".join(parts)


def create_statements(path: str | Path | None = None) -> list[str]:
    """The ``CREATE TABLE`` statement of every resource, from the descriptor.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    list of str
        One statement per resource, in descriptor order: typed columns (each
        field's description as a comment), the primary key and the foreign keys.

    Examples
    --------
    >>> first = create_statements()[0]
    >>> first.startswith('CREATE TABLE "sources"'), 'PRIMARY KEY ("source")' in first
    (True, True)
    """
    pkg = _package(path)
    out = []
    for name in pkg.names:
        resource = pkg.resource(name)
        schema = resource["schema"]
        lines = []
        for f in schema["fields"]:
            described = f" -- {_comment(f['description'])}" if f.get("description") else ""
            lines.append((_column(f), described))
        keys = _as_list(schema.get("primaryKey", []))
        if keys:
            lines.append((f"PRIMARY KEY ({', '.join(_quote(k) for k in keys)})", ""))
        for fk in schema.get("foreignKeys", []):
            target = fk["reference"].get("resource") or name
            lines.append(
                (
                    f"FOREIGN KEY ({', '.join(_quote(c) for c in _as_list(fk['fields']))}) "
                    f"REFERENCES {_quote(target)} "
                    f"({', '.join(_quote(c) for c in _as_list(fk['reference']['fields']))})",
                    "",
                )
            )
        body = "\n".join(
            f"  {sql}{',' if i < len(lines) - 1 else ''}{comment}"
            for i, (sql, comment) in enumerate(lines)
        )
        title = _comment(resource.get("title", name))
        out.append(f"CREATE TABLE {_quote(name)} ( -- {title}\n{body}\n)")
    return out


def _referenced_keys(pkg: DataPackage) -> list[tuple[str, tuple[str, ...]]]:
    """Columns that foreign keys point at and that are not their table's primary key."""
    found = []
    for name in pkg.names:
        for fk in pkg.resource(name)["schema"].get("foreignKeys", []):
            target = fk["reference"].get("resource") or name
            columns = tuple(_as_list(fk["reference"]["fields"]))
            primary = tuple(_as_list(pkg.resource(target)["schema"].get("primaryKey", [])))
            if columns != primary and (target, columns) not in found:
                found.append((target, columns))
    return found


def sqlite_bytes(path: str | Path | None = None) -> bytes:
    """The data package as one SQLite database (see the module's description).

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Path of a ``datapackage.json``; the default package otherwise.

    Returns
    -------
    bytes
        The database file.

    Raises
    ------
    DataValidationError
        When a resource does not validate (the database holds only valid data).
    ValueError
        When a foreign key points at columns that do not identify one row.

    Examples
    --------
    >>> import sqlite3, tempfile
    >>> from pathlib import Path
    >>> db = Path(tempfile.mkdtemp()) / "kz.sqlite"
    >>> _ = db.write_bytes(sqlite_bytes())
    >>> with sqlite3.connect(db) as con:
    ...     con.execute('SELECT count(*) FROM "sources"').fetchone()[0]
    5
    """
    pkg = _package(path)
    con = sqlite3.connect(":memory:")
    try:
        con.execute("PRAGMA page_size = 4096")
        for statement in create_statements(pkg.path):
            con.execute(statement)
        for name in pkg.names:
            records, issues = pkg.check(name)
            if issues:
                raise DataValidationError(issues)
            columns = [f["name"] for f in pkg.resource(name)["schema"]["fields"]]
            insert = (
                f"INSERT INTO {_quote(name)} ({', '.join(_quote(c) for c in columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            con.executemany(insert, ([r.get(c) for c in columns] for r in records))
        for table, columns in _referenced_keys(pkg):
            index = _quote(f"{table}__{'__'.join(columns)}")
            listed = ", ".join(_quote(c) for c in columns)
            try:
                con.execute(f"CREATE UNIQUE INDEX {index} ON {_quote(table)} ({listed})")
            except sqlite3.IntegrityError as error:
                raise ValueError(
                    f"{table}: foreign keys point at ({', '.join(columns)}), "
                    "which do not identify one row"
                ) from error
        con.commit()
        con.execute("VACUUM")
        return con.serialize()
    finally:
        con.close()


def describe(content: bytes) -> dict[str, Any]:
    """Row counts of the tables in an SQLite database (for checks and reports).

    Parameters
    ----------
    content : bytes
        A database file, as :func:`sqlite_bytes` returns it.

    Returns
    -------
    dict
        ``{"tables": {name: row count}, "sqlite": version}``.

    Examples
    --------
    >>> describe(sqlite_bytes())["tables"]["sources"]
    5
    """
    con = sqlite3.connect(":memory:")
    try:
        con.deserialize(content)
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
            )
        ]
        tables = {n: con.execute(f"SELECT count(*) FROM {_quote(n)}").fetchone()[0] for n in names}
        return {"tables": tables, "sqlite": sqlite3.sqlite_version}
    finally:
        con.close()
