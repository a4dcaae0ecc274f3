"""A stale freeze is found: an output of the chapter that the frozen Markdown lacks."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from kznetworks.tools import freeze


def _notebook(*texts: str):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": t, "text/plain": ""})
        for t in texts
    ]
    nb.cells = [cell]
    return nb


def test_outputs_are_found_despite_escapes_and_wrapping() -> None:
    frozen = "Intro\n\n| a | b |\n|---|--:|\n| Nur Otan | 607\\,557 |\n\nThe mean is\n2\\.73 years."
    table = "| a | b |\n|---|--:|\n| Nur Otan | 607,557 |"
    assert freeze.missing_outputs(_notebook(table), frozen) == []
    changed = "| Nur Otan | 607,558 |"
    assert freeze.missing_outputs(_notebook(changed), frozen) == [changed]


def test_freeze_paths_and_missing_freezes(tmp_path: Path) -> None:
    chapter = tmp_path / "chapters" / "a.qmd"
    path = freeze.freeze_file(tmp_path, chapter, "html")
    assert path == tmp_path / "_freeze" / "chapters" / "a" / "execute-results" / "html.json"
    assert freeze.frozen_markdown(tmp_path, chapter, "html") is None
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"hash": "x", "result": {"markdown": "M"}}), encoding="utf-8")
    assert freeze.frozen_markdown(tmp_path, chapter, "html") == "M"
