"""Sphinx configuration for the kz-networks API reference."""

from __future__ import annotations

import kznetworks

project = "kz-networks"
author = "kz-networks contributors"
copyright = "2026, kz-networks contributors"
version = release = kznetworks.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx.ext.intersphinx",
]
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
