"""Sphinx configuration for the kz-networks API reference.

The pages under ``api/`` are written here, one per module of the package, so that a
new module appears in the reference without editing anything (they are not committed).
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

import kznetworks

project = "kz-networks"
author = "kz-networks contributors"
copyright = "2026, kz-networks contributors"
version = release = kznetworks.__version__

#: The stages of the pipeline, in order, with the reference's section titles.
STAGES = {
    "kznetworks.data": "Stage 1: the data package",
    "kznetworks.register": "Stage 2a: the register",
    "kznetworks.ledger": "Stage 2b: the reproduction ledger",
    "kznetworks.book": "Stage 3: what chapters call",
    "kznetworks.tools": "Tooling",
}


def _modules() -> list[str]:
    found = ["kznetworks"]
    for info in pkgutil.walk_packages(kznetworks.__path__, prefix="kznetworks."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            found.append(info.name)
    return sorted(found)


def _write_pages(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.rst"):
        old.unlink()
    packages = {m.rpartition(".")[0] for m in _modules()}
    for name in _modules():
        title = f"``{name}``"
        # a package documents what it defines itself; what it re-exports is documented
        # once, in the module that defines it
        option = "   :ignore-module-all:\n" if name in packages else ""
        (folder / f"{name}.rst").write_text(
            f"{title}\n{'=' * len(title)}\n\n.. automodule:: {name}\n{option}",
            encoding="utf-8",
        )
    lines = [".. toctree::", "   :maxdepth: 1", "   :caption: The package", ""]
    lines += ["   api/kznetworks", ""]
    for stage, heading in STAGES.items():
        lines += [".. toctree::", "   :maxdepth: 1", f"   :caption: {heading}", ""]
        lines += [f"   api/{m}" for m in _modules() if m == stage or m.startswith(stage + ".")]
        lines.append("")
    (folder.parent / "modules.inc").write_text("\n".join(lines), encoding="utf-8")


_write_pages(Path(__file__).parent / "api")

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]
exclude_patterns = ["modules.inc"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = False
napoleon_numpy_docstring = True
napoleon_use_rtype = False
nitpicky = False
intersphinx_mapping: dict[str, tuple[str, None]] = {}

html_theme = "pydata_sphinx_theme"
html_title = f"kz-networks {release} API reference"
html_theme_options = {
    "navbar_end": ["theme-switcher", "navbar-icon-links"],
    "external_links": [{"name": "The book", "url": "../index.html"}],
    "footer_start": ["copyright"],
    "navigation_with_keys": False,
}
html_static_path: list[str] = []
html_last_updated_fmt = None
