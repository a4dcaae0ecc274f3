"""Tooling around the pipeline: chapters without Quarto, site checks, regeneration, releases.

- :mod:`~kznetworks.tools.chapter_runner`: execute a chapter's Python through a kernel;
- :mod:`~kznetworks.tools.sitecheck`: check the rendered website;
- :mod:`~kznetworks.tools.regenerate`: rewrite every generated file (or check it);
- :mod:`~kznetworks.tools.release`: the release bundle in ``dist/``;
- :mod:`~kznetworks.tools.stamp`: whether a render step's outputs are current.
"""
