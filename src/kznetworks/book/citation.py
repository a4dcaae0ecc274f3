"""How to cite the project, generated from ``CITATION.cff`` so it is written once.

The book's "How to cite" page calls :func:`bibtex` and :func:`formatted`; nothing
about the citation is typed twice.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kznetworks.book import escape
from kznetworks.book.structure import project_root
from kznetworks.data.errors import expect_type

__all__ = ["bibtex", "formatted", "load_cff", "page", "source_references"]


def load_cff(path: Path | None = None) -> dict[str, Any]:
    """Read ``CITATION.cff``.

    Parameters
    ----------
    path : pathlib.Path, optional
        The file; ``CITATION.cff`` at the project root by default.

    Returns
    -------
    dict
        The parsed citation metadata.

    Examples
    --------
    >>> load_cff()["cff-version"]
    '1.2.0'
    """
    if path is None:
        path = project_root() / "CITATION.cff"
    path = Path(expect_type("path", path, str | Path, "the path of a CITATION.cff (str or Path)"))
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return _cff(loaded, f"{path} holds")


def _cff(cff: object, what: str = "cff") -> dict[str, Any]:
    """Citation metadata given by a caller (checked), or the project's."""
    if cff is None:
        return load_cff()
    expect_type(what, cff, dict, "citation metadata (a mapping, as CITATION.cff parses)")
    missing = [k for k in ("title", "version") if k not in cff]
    if missing:
        raise ValueError(f"{what} must give the citation's {' and '.join(missing)}; got {cff!r}")
    return cff


def _authors(cff: dict[str, Any]) -> list[str]:
    names = []
    for author in cff.get("authors", []):
        if "family-names" in author:
            names.append(f"{author['family-names']}, {author.get('given-names', '')}".strip(", "))
        else:
            names.append(str(author.get("name", "")))
    return names


def bibtex(cff: dict[str, Any] | None = None) -> str:
    """A BibTeX entry for the project, from ``CITATION.cff``.

    Parameters
    ----------
    cff : dict, optional
        Parsed metadata; read from the project by default.

    Returns
    -------
    str
        A ``@software`` entry.

    Examples
    --------
    >>> bibtex().startswith("@software{kznetworks_")
    True
    """
    cff = _cff(cff)
    version = str(cff["version"])
    year = str(cff.get("date-released", ""))[:4]
    # every value is escaped for BibTeX (text) or percent-encoded (addresses), so that
    # no brace, backslash or LaTeX special character in the metadata breaks the entry
    names = [escape.bibtex(a) for a in _authors(cff)]
    fields = {
        "author": " and ".join("{" + a + "}" if "," not in a else a for a in names),
        "title": escape.bibtex(cff["title"]),
        "version": escape.bibtex(version),
        "year": escape.bibtex(year),
        "url": escape.url(cff.get("repository-code", "")),
        "license": escape.bibtex(cff.get("license", "")),
    }
    if cff.get("doi"):
        fields["doi"] = escape.url(cff["doi"])
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v)
    key = re.sub(r"[^A-Za-z0-9]", "_", version)
    return f"@software{{kznetworks_{key},\n{body}\n}}"


def formatted(cff: dict[str, Any] | None = None) -> str:
    """A formatted citation (author-date), from ``CITATION.cff``.

    Parameters
    ----------
    cff : dict, optional
        Parsed metadata; read from the project by default.

    Returns
    -------
    str
        E.g. ``kz-networks contributors (2026). kz-networks: ... Version 0.1.0. URL``.

    Examples
    --------
    >>> "Version" in formatted()
    True
    """
    cff = _cff(cff)
    year = str(cff.get("date-released", ""))[:4]
    doi = f" https://doi.org/{cff['doi']}" if cff.get("doi") else ""
    return (
        f"{'; '.join(_authors(cff))} ({year}). {cff['title']}. Version {cff['version']}. "
        f"{cff.get('repository-code', '')}{doi}"
    )


def source_references(cff: dict[str, Any] | None = None) -> list[str]:
    """The source documents listed as references in ``CITATION.cff``, formatted.

    Parameters
    ----------
    cff : dict, optional
        Parsed metadata; read from the project by default.

    Returns
    -------
    list of str
        One line per reference.

    Examples
    --------
    >>> len(source_references())
    5
    """
    cff = _cff(cff)
    out = []
    for ref in cff.get("references", []):
        when = ref.get("year") or str(ref.get("date-published", ""))[:4]
        out.append(f"{'; '.join(_authors(ref))} ({when}). {ref['title']}.")
    return out


def page(cff: dict[str, Any] | None = None) -> str:
    """The body of the "How to cite" page: formatted citation, BibTeX and sources.

    Text from ``CITATION.cff`` is escaped for Markdown; the BibTeX entry sits in a
    code block whose fence no backtick in it can close.

    Parameters
    ----------
    cff : dict, optional
        Parsed metadata; read from the project by default.

    Returns
    -------
    str
        Markdown with three sections (for a cell with ``output: asis``).

    Examples
    --------
    >>> page().count("## ")
    3
    """
    cff = _cff(cff)
    entry = bibtex(cff)
    longest = max((len(run) for run in re.findall(r"`+", entry)), default=0)
    fence = "`" * max(3, longest + 1)
    sources = "\n".join(f"- {escape.markdown(line)}" for line in source_references(cff))
    return (
        f"## Formatted citation\n\n{escape.markdown(formatted(cff))}\n\n"
        f"## BibTeX\n\n{fence}bibtex\n{entry}\n{fence}\n\n"
        f"## The source documents\n\nIf you use data transcribed from a document, cite "
        f"that document too:\n\n{sources}\n"
    )
