"""Copies of the data package with hostile strings in their text, for the output tests.

:func:`inject` appends :data:`HOSTILE` to the free text of every resource (labels,
descriptions, reasons, quotations, notes, names), keeping the package valid: keys,
identifiers, enumerations, patterns and the values the ledger's spec selects rows by
are left alone, and every printed name that changes gets an alias in the register, so
that the whole book can still be built from the copy. Everything a builder prints is
then checked for markup that came from the data.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from corrupt import rehash

from kznetworks.data import DataPackage
from kznetworks.register import links

#: Markup for every output the book writes: HTML elements with handlers, script and
#: iframe, an unclosed comment that would swallow a page, a closing script tag, a
#: backtick, Markdown emphasis, links, citations, math and shortcodes, Typst code.
HOSTILE = (
    "<img src=x onerror=alert(1)> <script>alert(2)</script> <iframe src=x></iframe> "
    '<!--<script> `tick` #set text(red) #x $m$ ] [l](http://x) @cite *b* _i_ "q" '
    "{{< meta title >}} | pipe & &amp; \\ end"
)
#: The same for printed names, without the characters that split a cell into names.
NAME_HOSTILE = (
    "<img src=x onerror=alert(1)> <script>alert(2) <iframe src=x> <!--<script> "
    '`tick` #set text(red) $m$ ] [l](x) @cite *b* _i_ "q" {{< meta >}} | pipe & end'
)
#: Substrings of the hostile strings that must never reach an output unescaped.
TOKENS = (
    "<img",
    "<script",
    "</script",
    "<iframe",
    "<!--",
    "`tick`",
    "#set",
    "$m$",
    "[l](",
    "@cite",
    "*b*",
    "_i_",
    "{{<",
)

#: Columns whose values the chapters' facts select rows by (codes and printed labels).
FACT_KEYS = {
    "indicator",
    "unit",
    "table",
    "marker",
    "unit_as_printed",
    "row_type",
    "tier",
    "qualifier",
    "resource",
}

_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _untouchable(meta: dict, root: Path) -> dict[str, set[str]]:
    """Per resource, the columns that hold identifiers, codes or values the code selects by."""
    keep: dict[str, set[str]] = {}
    for res in meta["resources"]:
        schema = res["schema"]
        own = keep.setdefault(res["name"], set())
        for key in ("primaryKey",):
            own |= {schema[key]} if isinstance(schema.get(key), str) else set(schema.get(key, []))
        for key in schema.get("uniqueKeys", []):
            own |= {key} if isinstance(key, str) else set(key)
        for fk in schema.get("foreignKeys", []):
            fields = fk["fields"]
            own |= {fields} if isinstance(fields, str) else set(fields)
            target = keep.setdefault(fk["reference"].get("resource") or res["name"], set())
            ref = fk["reference"]["fields"]
            target |= {ref} if isinstance(ref, str) else set(ref)
        for spec in schema["fields"]:
            cons = spec.get("constraints", {})
            if (
                spec.get("type", "string") != "string"
                or "enum" in cons
                or "pattern" in cons
                or cons.get("unique")
                or spec.get("kz:listOf")
                or spec.get("kz:partialDate")
            ):
                own.add(spec["name"])
    # the ledger's spec selects rows and columns by these values: keep them as printed
    for record in _spec(root):
        words = set()
        for column in ("column", "where", "base", "weights"):
            words |= set(_WORD.findall(record[column]))
        keep.setdefault(record["resource"], set()).update(words)
    keep["recompute"] = {f["name"] for f in _fields(meta, "recompute")} - {"note"}
    # the chapters' facts select rows by these codes and printed labels
    for res in meta["resources"]:
        keep[res["name"]] |= {f["name"] for f in res["schema"]["fields"]} & FACT_KEYS
    # a repair names its cell, quotes it and gives a value of the cell's type
    keep["repairs"] |= {"resource", "row", "field", "as_printed", "repaired"}
    # the register's links name the table column a name was printed in (a code)
    keep.setdefault("table_links", set()).add("column")
    # claims link to chapters by topic; findings and facts read their kinds
    keep["claims"] |= {"topic", "value", "value_high"}
    # the register is matched by name: names change only with their aliases (names=True)
    keep["entities"].add("name")
    keep["aliases"].add("alias")
    for resource, columns in links.NAME_COLUMNS.items():
        keep.setdefault(resource, set()).update(columns)
    return keep


def _fields(meta: dict, name: str) -> list[dict]:
    return next(r for r in meta["resources"] if r["name"] == name)["schema"]["fields"]


def inject(descriptor: Path, *, names: bool = False) -> int:
    """Append hostile text to every free-text cell of a copy; return how many changed.

    Parameters
    ----------
    descriptor : pathlib.Path
        The copy's ``datapackage.json`` (its files are rewritten and rehashed).
    names : bool, default False
        Change the printed names and the register's entity names instead (with an
        alias for every new spelling, so that every name still resolves).
    """
    root = descriptor.parent
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    paths = {r["name"]: root / r["path"] for r in meta["resources"]}
    repairs = _read(paths["repairs"])
    rh = repairs[0]
    repaired = {
        (r[rh.index("resource")], r[rh.index("row")], r[rh.index("field")]) for r in repairs[1:]
    }
    changed = 0
    if names:
        changed = _inject_names(descriptor, meta, paths, repairs)
    else:
        keep = _untouchable(meta, root)
        for res in meta["resources"]:
            rows = _read(paths[res["name"]])
            if len(rows) < 2:
                continue
            header = rows[0]
            free = [i for i, c in enumerate(header) if c not in keep.get(res["name"], set())]
            for row in rows[1:]:
                key = row[header.index("row")] if "row" in header else None
                for i in free:
                    if not row[i] or row[i] in ("Text", "Glossary"):
                        continue
                    if (res["name"], key, header[i]) in repaired:
                        continue
                    row[i] = f"{row[i]} {HOSTILE}"
                    changed += 1
            _write(paths[res["name"]], rows)
            rehash(descriptor, res["name"])
    return changed


def _spec(root: Path) -> list[dict[str, str]]:
    """The rows of the ledger's recomputation spec, by column name."""
    header, *rows = _read(root / "claims" / "recompute.csv")
    return [dict(zip(header, row, strict=True)) for row in rows]


def _selected_values(root: Path) -> set[tuple[str, str]]:
    """(resource, value) of every string the ledger's spec compares a column with."""
    found = set()
    for record in _spec(root):
        for column in ("where", "base", "beside"):
            for value in re.findall(r'"([^"]*)"', record.get(column, "")):
                found.add((record["resource"], value))
    return found


def _inject_names(descriptor: Path, meta: dict, paths: dict[str, Path], repairs: list) -> int:
    with_links = DataPackage(descriptor)
    before = with_links.load("table_links")
    rh = repairs[0]
    aliases = _read(paths["aliases"])
    ah = aliases[0]
    next_row = max(int(r[ah.index("row")]) for r in aliases[1:]) + 1
    changed = 0
    selected = _selected_values(descriptor.parent)
    for resource, columns in links.NAME_COLUMNS.items():
        rows = _read(paths[resource])
        header = rows[0]
        for row in rows[1:]:
            key = int(row[header.index("row")])
            for column in columns:
                cell = row[header.index(column)]
                if not cell or (resource, cell) in selected:
                    continue  # empty, or a value the ledger's spec selects rows by
                old = before[
                    (before["resource"] == resource)
                    & (before["table_row"] == key)
                    & (before["column"] == column)
                ]
                new_cell = f"{cell} {NAME_HOSTILE}"
                new = links.mentions(resource, column, new_cell)
                if len(new) != len(old) or old["entity_id"].fillna("").eq("").any():
                    continue  # a category, not an entity, or the cell would split differently
                row[header.index(column)] = new_cell
                changed += 1
                for mention, entity in zip(new, old["entity_id"], strict=True):
                    aliases.append(
                        [str(next_row), mention, entity, "typo", "junisbai2010", "Text", "1", "1"]
                    )
                    next_row += 1
                for rep in repairs[1:]:
                    target = (
                        rep[rh.index("resource")],
                        rep[rh.index("row")],
                        rep[rh.index("field")],
                    )
                    if target == (resource, str(key), column):
                        rep[rh.index("as_printed")] = new_cell
        _write(paths[resource], rows)
        rehash(descriptor, resource)
    entities = _read(paths["entities"])
    eh = entities[0]
    for row in entities[1:]:
        aliases.append(
            [
                str(next_row),
                row[eh.index("name")],
                row[eh.index("entity_id")],
                "canonical",
                "junisbai2010",
                "Text",
                "1",
                "1",
            ]
        )
        next_row += 1
        row[eh.index("name")] = f"{row[eh.index('name')]} {NAME_HOSTILE}"
        changed += 1
    for name, rows in (("entities", entities), ("aliases", aliases), ("repairs", repairs)):
        _write(paths[name], rows)
        rehash(descriptor, name)
    return changed
