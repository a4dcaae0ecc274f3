"""How to cite the project, generated from ``CITATION.cff`` so it is written once.

The book's "How to cite" page calls :func:`bibtex` and :func:`formatted`; nothing
about the citation is typed twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kznetworks.chapters import find_project_root

__all__ = ["bibtex", "formatted", "load_cff", "source_references"]


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
    path = path or find_project_root() / "CITATION.cff"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


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
    cff = cff or load_cff()
    version = str(cff["version"])
    year = str(cff.get("date-released", ""))[:4]
    fields = {
        "author": " and ".join("{" + a + "}" if "," not in a else a for a in _authors(cff)),
        "title": cff["title"],
        "version": version,
        "year": year,
        "url": cff.get("repository-code", ""),
        "license": cff.get("license", ""),
    }
    if cff.get("doi"):
        fields["doi"] = cff["doi"]
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v)
    return f"@software{{kznetworks_{version.replace('.', '_')},\n{body}\n}}"


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
    cff = cff or load_cff()
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
    cff = cff or load_cff()
    out = []
    for ref in cff.get("references", []):
        when = ref.get("year") or str(ref.get("date-published", ""))[:4]
        out.append(f"{'; '.join(_authors(ref))} ({when}). {ref['title']}.")
    return out
