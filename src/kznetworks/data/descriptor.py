"""Read ``datapackage.json`` and check what the rest of the package relies on.

The checks run before any data file is opened: the descriptor is valid JSON; each
resource has a unique name, a schema with uniquely named fields, and a path that is a
relative path to a file inside the data folder (no ``..``, no absolute path, no
symbolic link that leads outside). A path that breaks these rules is never read, so a
descriptor cannot make the package read, or echo, a file outside ``data/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kznetworks.data.errors import DataValidationError, Issue

__all__ = ["Descriptor", "read_descriptor"]

_TYPES = {"string", "integer", "number", "boolean", "date", "year"}


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

    @property
    def root(self) -> Path:
        """The data folder: resource paths are relative to it."""
        return self.path.parent


def _load_json(path: Path) -> dict[str, Any]:
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
                    f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}",
                )
            ]
        ) from None
    if not isinstance(content, dict) or not isinstance(content.get("resources"), list):
        raise DataValidationError(
            [Issue(name, "descriptor", "the descriptor must be an object with a list 'resources'")]
        )
    return content


def _path_problem(root: Path, value: object) -> str | None:
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
        return f"path {value!r} resolves outside the data folder (a symbolic link?)"
    if target.exists() and not target.is_file():
        return f"path {value!r} is not a file"
    return None


def _schema_problem(schema: object) -> str | None:
    if not isinstance(schema, dict):
        return "the resource has no schema (an object with 'fields')"
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields:
        return "the schema has no list of fields"
    names = []
    for spec in fields:
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            return "every field needs a name"
        if spec.get("type", "string") not in _TYPES:
            return f"field {spec['name']!r} has an unsupported type {spec.get('type')!r}"
        names.append(spec["name"])
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        return f"the schema names field(s) {repeated} more than once"
    return None


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
    content = _load_json(path)
    descriptor = Descriptor(path=path, content=content)
    name_of_file = path.name
    for index, resource in enumerate(content["resources"], start=1):
        if not isinstance(resource, dict):
            descriptor.issues.append(
                Issue(name_of_file, "descriptor", f"resource {index} is not an object")
            )
            continue
        name = resource.get("name")
        if not isinstance(name, str) or not name:
            descriptor.issues.append(
                Issue(name_of_file, "descriptor", f"resource {index} has no name")
            )
            continue
        where = f"resource '{name}'"
        if name in descriptor.resources:
            descriptor.issues.append(
                Issue(name_of_file, "unique-name", f"{where} (number {index}) repeats a name")
            )
            descriptor.broken.add(name)
            continue
        descriptor.resources[name] = resource
        problem = _path_problem(descriptor.root, resource.get("path"))
        if problem:
            descriptor.issues.append(Issue(name_of_file, "path", f"{where}: {problem}"))
            descriptor.broken.add(name)
        problem = _schema_problem(resource.get("schema"))
        if problem:
            descriptor.issues.append(Issue(name_of_file, "schema", f"{where}: {problem}"))
            descriptor.broken.add(name)
    return descriptor
