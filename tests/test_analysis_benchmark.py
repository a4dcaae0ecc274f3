"""The benchmark's floor books: the same chapter list, with nothing the package computes."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from kznetworks.book.structure import book_files, parse_chapter

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "analysis" / "benchmark.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _outside_cells(path: Path) -> list[str]:
    """The lines of a chapter outside its Python cells, inline expressions as ``1``."""
    lines, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line.startswith("```{python}") if not inside else False
            if inside or line == "```":
                continue
        if not inside:
            lines.append(re.sub(r"`\{python\} [^`]*`", "1", line))
    return lines


def _chapters(folder: Path) -> list[Path]:
    return [folder / p.relative_to(ROOT) for p in book_files(ROOT)]


def test_the_floor_book_has_every_chapter_as_a_title_and_one_trivial_cell(
    benchmark, tmp_path
) -> None:
    benchmark._floor_book(tmp_path)
    config = yaml.safe_load((tmp_path / "_quarto.yml").read_text(encoding="utf-8"))
    assert "pre-render" not in config["project"] and "filters" not in config
    for original, floor in zip(book_files(ROOT), _chapters(tmp_path), strict=True):
        chapter = parse_chapter(floor)
        assert chapter.title == parse_chapter(original).title
        assert [c["source"] for c in chapter.cells] == [benchmark.TRIVIAL_CELL]


def test_the_text_floor_keeps_the_text_labels_and_captions_and_nothing_computed(
    benchmark, tmp_path
) -> None:
    benchmark._text_floor(tmp_path)
    for original, floor in zip(book_files(ROOT), _chapters(tmp_path), strict=True):
        was, now = parse_chapter(original), parse_chapter(floor)
        assert now.labels == was.labels, floor.name
        assert now.citations == was.citations and now.title == was.title, floor.name
        assert not [c for c in now.cells if c["kind"] == "inline"], floor.name
        cells = [c for c in was.cells if c["kind"] == "cell"]
        assert len(now.cells) == len(cells), floor.name
        for old, new in zip(cells, now.cells, strict=True):
            assert new["options"] == old["options"], (floor.name, old["line"])
            code = "\n".join(
                line for line in new["source"].splitlines() if not line.startswith("#|")
            )
            table = str(old["options"].get("label", "")).startswith("tbl-")
            assert code == (benchmark.TRIVIAL_TABLE if table else benchmark.TRIVIAL_CELL)
        # the written text is the chapter's own, but for the inline expressions' values
        assert _outside_cells(original) == _outside_cells(floor), floor.name
