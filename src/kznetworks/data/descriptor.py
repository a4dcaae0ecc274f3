"""Read ``datapackage.json`` and check what the rest of the package relies on.

The checks run before any data file is opened: the descriptor is valid JSON; each
resource has a unique name (as the Data Package standard spells names: lower-case
letters, digits, ``-``, ``_``, ``.``), a schema whose fields, constraints, keys and
foreign keys are well formed (uniquely named fields of a known type, compilable
patterns, keys naming fields of the schema), and a path that is a relative path to a
file inside the data folder (no ``..``, no absolute path, no symbolic link that leads
outside). A path that breaks these rules is never read, so a descriptor cannot make the
package read, or echo, a file outside ``data/``. Each problem names the line of
``datapackage.json`` where the resource's entry starts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kznetworks.data.errors import DataValidationError, Issue

__all__ = ["Descriptor", "read_descriptor", "resource_lines"]

_TYPES = {"string", "integer", "number", "boolean", "date", "year"}
#: A resource name as the Data Package standard spells it.
_NAME = re.compile(r"[-a-z0-9._/]+")
_SPACE = re.compile(r"\s*")
#: A data version: semantic versioning.
_SEMVER = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?")
_DECODER = json.JSONDecoder()


@dataclass
class Descriptor:
    """A parsed descriptor: its resources by name, and the problems found in it.

    Parameters
    ----------
    path : pathlib.Path
        The descriptor file.
    content : dict
        The parsed JSON.
    resources : dict
        Resources by name, in descriptor order (the first, when a name repeats).
    issues : list of Issue
        Problems of the descriptor itself.
    broken : set of str
        Resources whose descriptor entry is unusable (they cannot be read).
    problems : dict
        The issues of each broken resource, by name.

    Examples
    --------
    >>> from kznetworks.data.locate import datapackage_path
    >>> read_descriptor(datapackage_path()).issues
    []
    """

    path: Path
    content: dict[str, Any]
    resources: dict[str, dict[str, Any]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)
    problems: dict[str, list[Issue]] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The data folder: resource paths are relative to it."""
        return self.path.parent


def _skip(text: str, i: int) -> int:
    return _SPACE.match(text, i).end()  # type: ignore[union-attr]


def _array_lines(text: str, i: int) -> list[int]:
    lines: list[int] = []
    i = _skip(text, i + 1)
    while text[i] != "]":
        lines.append(text.count("\n", 0, i) + 1)
        _, i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        i = _skip(text, i + 1) if text[i] == "," else i
    return lines


def resource_lines(text: str) -> list[int]:
    """The line of the descriptor's text where each entry of ``resources`` starts.

    Parameters
    ----------
    text : str
        The descriptor's JSON text (already known to parse).

    Returns
    -------
    list of int
        One line number (from 1) per resource, in order; empty when the text cannot
        be walked (the messages then give no line).

    Examples
    --------
    >>> resource_lines('{"name": "x",\\n "resources": [\\n  {"name": "a"},\\n  {"name": "b"}]}')
    [3, 4]
    """
    lines: list[int] = []
    try:
        i = _skip(text, 0)
        if text[i] != "{":
            return []
        i = _skip(text, i + 1)
        while text[i] != "}":
            key, i = json.decoder.scanstring(text, i + 1)
            i = _skip(text, _skip(text, i) + 1)  # past the colon
            if key == "resources" and text[i] == "[":
                lines = _array_lines(text, i)  # a repeated key: JSON keeps the last
            _, i = _DECODER.raw_decode(text, i)
            i = _skip(text, i)
            i = _skip(text, i + 1) if text[i] == "," else i
    except (IndexError, ValueError):
        return []
    return lines


def _load_json(path: Path) -> tuple[dict[str, Any], str]:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataValidationError([Issue(name, "descriptor", f"{path} does not exist")]) from None
    except UnicodeDecodeError as err:
        raise DataValidationError(
            [Issue(name, "encoding", f"not valid UTF-8 at byte {err.start}")]
        ) from None
    try:
        content = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataValidationError(
            [
                Issue(
                    name,
                    "json",
                    f"not valid JSON at column {err.colno}: {err.msg}",
                    line=err.lineno,
                )
            ]
        ) from None
    if not isinstance(content, dict) or not isinstance(content.get("resources"), list):
        raise DataValidationError(
            [
                Issue(
                    name,
                    "descriptor",
                    "the descriptor must be a JSON object with a list 'resources'",
                    line=1,
                )
            ]
        )
    return content, text


def _path_problem(root: Path, value: object) -> str | None:
    if isinstance(value, list):
        return "the path must be one file name relative to the data folder, not a list"
    if not isinstance(value, str) or not value.strip():
        return "the resource has no path (a file name relative to the data folder)"
    if "\\" in value or "\x00" in value:
        return f"path {value!r} must use forward slashes and no control characters"
    pure = PurePosixPath(value)
    if pure.is_absolute() or ".." in pure.parts or value.startswith("~"):
        return f"path {value!r} leads outside the data folder"
    target = root / pure
    try:
        resolved = target.resolve(strict=False)
        resolved.relative_to(root.resolve())
    except ValueError:
        return f"path {value!r} resolves outside the data folder (a symbolic link)"
    if target.exists() and not target.is_file():
        return f"path {value!r} is not a file"
    return None


def _field_problem(spec: object) -> str | None:
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
        return "every field needs a name (a non-empty string)"
    name = spec["name"]
    if spec.get("type", "string") not in _TYPES:
        return (
            f"field {name!r} has the type {spec.get('type')!r}; "
            f"expected one of {', '.join(sorted(_TYPES))}"
        )
    constraints = spec.get("constraints", {})
    if not isinstance(constraints, dict):
        return f"field {name!r}: constraints must be an object, not {constraints!r}"
    for key in ("required", "unique"):
        if key in constraints and not isinstance(constraints[key], bool):
            return f"field {name!r}: constraint {key!r} must be true or false"
    if "enum" in constraints and not isinstance(constraints["enum"], list):
        return f"field {name!r}: constraint 'enum' must be a list of values"
    for key in ("minLength", "maxLength"):
        value = constraints.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int):
            return f"field {name!r}: constraint {key!r} must be a whole number"
    for key in ("minimum", "maximum"):
        if key in constraints and not isinstance(constraints[key], int | float | str):
            return f"field {name!r}: constraint {key!r} must be a number"
    listed = spec.get("kz:listOf")
    if listed is not None and not (
        isinstance(listed, dict)
        and all(
            isinstance(listed.get(k), str) and listed.get(k)
            for k in ("separator", "resource", "field")
        )
    ):
        return f"field {name!r}: kz:listOf must give a separator, a resource and a field"
    if "pattern" in constraints:
        try:
            re.compile(str(constraints["pattern"]))
        except re.error as err:
            return f"field {name!r}: constraint 'pattern' is not a regular expression ({err})"
    return None


def _fields_of(key: object) -> list[str] | None:
    if isinstance(key, str):
        return [key]
    if isinstance(key, list) and key and all(isinstance(k, str) for k in key):
        return list(key)
    return None


def _keys_problem(schema: dict[str, Any], names: list[str]) -> str | None:
    keys = []
    if "primaryKey" in schema:
        keys.append(("primaryKey", schema["primaryKey"]))
    unique = schema.get("uniqueKeys", [])
    if not isinstance(unique, list):
        return "uniqueKeys must be a list of keys"
    keys += [("uniqueKeys", key) for key in unique]
    for what, key in keys:
        fields = _fields_of(key)
        if fields is None:
            return f"{what} {key!r} must name fields (a string or a list of strings)"
        unknown = [f for f in fields if f not in names]
        if unknown:
            return f"{what} names field(s) {unknown} that the schema does not have"
    foreign = schema.get("foreignKeys", [])
    if not isinstance(foreign, list):
        return "foreignKeys must be a list"
    for fk in foreign:
        reference = fk.get("reference") if isinstance(fk, dict) else None
        own = _fields_of(fk.get("fields")) if isinstance(fk, dict) else None
        theirs = _fields_of(reference.get("fields")) if isinstance(reference, dict) else None
        if own is None or theirs is None or not isinstance(reference.get("resource", ""), str):
            return (
                f"foreign key {fk!r} must be an object with 'fields' and a 'reference' "
                "naming a 'resource' and its 'fields'"
            )
        if len(own) != len(theirs):
            return f"foreign key {own} names {len(own)} field(s) but references {len(theirs)}"
        unknown = [f for f in own if f not in names]
        if unknown:
            return f"foreign key names field(s) {unknown} that the schema does not have"
    return None


def _schema_problem(schema: object) -> str | None:
    if not isinstance(schema, dict):
        return "the resource has no schema (an object with 'fields')"
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields:
        return "the schema has no list of fields"
    names = []
    for spec in fields:
        problem = _field_problem(spec)
        if problem:
            return problem
        names.append(spec["name"])
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        return f"the schema names field(s) {repeated} more than once"
    missing = schema.get("missingValues", [""])
    if not isinstance(missing, list) or not all(isinstance(m, str) for m in missing):
        return f"missingValues must be a list of strings, not {missing!r}"
    return _keys_problem(schema, names)


def read_descriptor(path: Path) -> Descriptor:
    """Parse a descriptor and check its resources' names, paths and schemas.

    Parameters
    ----------
    path : pathlib.Path
        The ``datapackage.json`` file.

    Returns
    -------
    Descriptor
        The resources and the problems found; a resource with a problem is in
        ``broken`` and is never read.

    Raises
    ------
    DataValidationError
        When the file is missing, is not UTF-8 or JSON, or has no list of resources.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> spec = {"resources": [{"name": "a", "path": "../../etc/passwd", "schema": {}}]}
    >>> _ = (folder / "datapackage.json").write_text(json.dumps(spec))
    >>> [issue.rule for issue in read_descriptor(folder / "datapackage.json").issues]
    ['path', 'schema']
    """
    path = Path(path).resolve()
    content, text = _load_json(path)
    descriptor = Descriptor(path=path, content=content)
    starts = resource_lines(text)
    name_of_file = path.name
    version = content.get("version")
    if version is not None and not (isinstance(version, str) and _SEMVER.fullmatch(version)):
        descriptor.issues.append(
            Issue(name_of_file, "version", f"version {version!r} is not MAJOR.MINOR.PATCH")
        )
    first: dict[str, tuple[int, int | None]] = {}
    for index, resource in enumerate(content["resources"], start=1):
        line = starts[index - 1] if len(starts) == len(content["resources"]) else None

        def issue(
            rule: str, message: str, file: str = name_of_file, line: int | None = line
        ) -> Issue:
            descriptor.issues.append(Issue(file, rule, message, line=line))
            return descriptor.issues[-1]

        def broken(name: str, found: Issue) -> None:
            descriptor.broken.add(name)
            descriptor.problems.setdefault(name, []).append(found)

        if not isinstance(resource, dict):
            issue("descriptor", f"resource {index} is not an object")
            continue
        name = resource.get("name")
        if not isinstance(name, str) or not name:
            issue("descriptor", f"resource {index} has no name")
            continue
        if not _NAME.fullmatch(name):
            issue(
                "descriptor",
                f"resource {index} has the name {name!r}; a name is lower-case letters, "
                "digits, '-', '_' or '.'",
            )
            continue
        where = f"resource {index} '{name}'"
        if name in descriptor.resources:
            index_before, line_before = first[name]
            before = f"resource {index_before}" + (f" (line {line_before})" if line_before else "")
            again = f"{where} repeats the name of {before}; neither is read"
            broken(name, issue("unique-name", again))
            continue
        descriptor.resources[name] = resource
        first[name] = (index, line)
        problem = _path_problem(descriptor.root, resource.get("path"))
        if problem:
            if "symbolic link" in problem:  # the file's problem, not the descriptor's
                entry = f"{where}, datapackage.json line {line}" if line else where
                message = f"the file is a symbolic link to a file outside the data folder ({entry})"
                broken(name, issue("path", message, str(resource["path"]), None))
            else:
                broken(name, issue("path", f"{where}: {problem}"))
        problem = _schema_problem(resource.get("schema"))
        if problem:
            broken(name, issue("schema", f"{where}: {problem}"))
    return descriptor
