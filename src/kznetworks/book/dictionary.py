"""The data dictionary: every resource of the data package and its fields, from the descriptor.

Each resource gets a section with a stable anchor (``dict-<resource>``) so that the
note under any table can link to the schema of its data: title, description, file,
origin (transcribed, compiled or generated), keys, and a table of its fields with
their types, constraints and descriptions.
"""

from __future__ import annotations

import pandas as pd

from kznetworks import data
from kznetworks.book import escape, render
from kznetworks.book.cells import Link
from kznetworks.book.entries import DICTIONARY_LABEL, anchor, entry_target, schema_target
from kznetworks.book.inputs import check_heading
from kznetworks.book.table import Table

__all__ = ["DICTIONARY_LABEL", "ORIGINS", "anchor", "data_dictionary", "entry_link", "schema_link"]

#: What each origin of a resource means (the descriptor's ``kz:origin``).
ORIGINS = {
    "transcribed": "transcribed from the document as printed, with provenance on every row",
    "compiled": "compiled by the project from the documents, with provenance on every row",
    "generated": "generated from the other resources by `nox -s regenerate`; never edited by hand",
}


def schema_link(path: str, text: str = "schema") -> Link | None:
    """A link to the data dictionary's entry for a data file.

    Parameters
    ----------
    path : str
        The file's path from the project root (``data/junisbai2010/akim_tenure.csv``).
    text : str, default "schema"
        What the link shows.

    Returns
    -------
    Link or None
        To ``chapters/data-dictionary.html#dict-...`` (an anchor in the PDF), or
        ``None`` for a file that is not a resource of the data package.

    Examples
    --------
    >>> schema_link("data/junisbai2010/akim_tenure.csv").target
    'chapters/data-dictionary.html#dict-akim-tenure'
    >>> schema_link("data/nothing.csv") is None
    True
    """
    target = schema_target(path)
    return None if target is None else Link(text, target)


def entry_link(resource: str, text: str | None = None) -> Link:
    """A link to a resource's entry in the data dictionary, from any page.

    Parameters
    ----------
    resource : str
        Resource name.
    text : str, optional
        What the link shows (the resource's name by default).

    Returns
    -------
    Link
        To ``chapters/data-dictionary.html#dict-...`` (an anchor in the PDF).

    Examples
    --------
    >>> entry_link("akim_tenure").target
    'chapters/data-dictionary.html#dict-akim-tenure'
    """
    return Link(resource if text is None else text, entry_target(resource))


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _constraints(spec: dict) -> str:
    cons = spec.get("constraints", {})
    parts = []
    if cons.get("required"):
        parts.append("required")
    if cons.get("unique"):
        parts.append("unique")
    if "enum" in cons:
        parts.append("one of: " + ", ".join(str(v) for v in cons["enum"]))
    for key, word in (("minimum", "min"), ("maximum", "max"), ("pattern", "pattern")):
        if key in cons:
            parts.append(f"{word} {cons[key]}")
    if spec.get("kz:partialDate"):
        parts.append("a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return "; ".join(parts)


def data_dictionary(*, heading: str = "##") -> str:
    """The data dictionary as Markdown, generated from ``data/datapackage.json``.

    Parameters
    ----------
    heading : str, default "##"
        Heading level for each resource.

    Returns
    -------
    str
        For each resource: a heading with its anchor, title, description, file, origin,
        keys, and a table of its fields (for a cell with ``output: asis``).

    Examples
    --------
    >>> data_dictionary().count("{#dict-") == len(data.resource_names())
    True
    """
    heading = check_heading(heading)
    pkg = data.package()
    parts = []
    for name in pkg.names:
        res = pkg.resource(name)
        schema = res["schema"]
        keys = escape.markdown(", ".join(_as_list(schema.get("primaryKey", []))))
        fks = "; ".join(
            escape.markdown(
                f"{', '.join(_as_list(fk['fields']))} \u2192 {fk['reference']['resource']}."
                f"{', '.join(_as_list(fk['reference']['fields']))}"
            )
            for fk in schema.get("foreignKeys", [])
        )
        fields = pd.DataFrame(
            {
                "Field": [f["name"] for f in schema["fields"]],
                "Type": [f.get("type", "string") for f in schema["fields"]],
                "Constraints": [_constraints(f) for f in schema["fields"]],
                "Description": [f.get("description", "") for f in schema["fields"]],
            }
        )
        origin = str(res.get("kz:origin", ""))
        path = "data/" + res["path"]
        meta = [
            f"File: {Link(res['path'], path).markdown(render.link_base())}",
            f"primary key: {keys}",
        ]
        if fks:
            meta.append(f"foreign keys: {fks}")
        described = ORIGINS[origin] if origin in ORIGINS else escape.markdown(origin)
        parts.append(
            f"{heading} {escape.markdown(name)} {{#{anchor(name)} .unnumbered}}\n\n"
            f"**{escape.markdown(res.get('title', name))}.** "
            f"{escape.markdown(res.get('description', ''))}\n\n"
            f"{'; '.join(meta)}. Origin: {described}.\n\n"
            f"{Table(fields).output()}"
        )
    return "\n".join(parts)
