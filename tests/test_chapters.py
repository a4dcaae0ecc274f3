"""Every chapter of the book runs, and the book's structure holds together.

Quarto cannot be installed on the machines this project is developed on, so these
tests execute each chapter's Python (cells and inline expressions) through a Jupyter
kernel, as Quarto's Jupyter engine does, and check labels, cross-references,
citations and titles.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kznetworks.chapters import (
    ChapterExecutionError,
    book_files,
    execute_chapter,
    parse_chapter,
)

ROOT = Path(__file__).resolve().parents[1]
BOOK = book_files(ROOT)
QMD = [p for p in BOOK if p.suffix == ".qmd"]


def _bib_keys() -> set[str]:
    text = (ROOT / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, flags=re.MULTILINE))


#: Output types that make Quarto load require.js and jQuery from a CDN (see
#: extractJupyterWidgetDependencies in Quarto's src/core/jupyter/widgets.ts).
CDN_TRIGGERS = {"text/html", "application/javascript"}


def _mimetypes(nb) -> set[str]:
    return {m for cell in nb.cells for out in cell.get("outputs", []) for m in out.get("data", {})}


@pytest.mark.chapters
@pytest.mark.parametrize("chapter", QMD, ids=[str(p.relative_to(ROOT)) for p in QMD])
def test_chapter_executes(chapter: Path) -> None:
    nb = execute_chapter(chapter, root=ROOT)
    assert len(nb.cells) == len(parse_chapter(chapter).cells)
    triggers = _mimetypes(nb) & CDN_TRIGGERS
    assert not triggers, f"{chapter.name} outputs {sorted(triggers)}: Quarto would use a CDN"


#: Chapters with charts, executed for the PDF too (SVG instead of the HTML element).
WITH_CHARTS = [p for p in QMD if "charts." in p.read_text(encoding="utf-8")]


@pytest.mark.chapters
@pytest.mark.parametrize("chapter", WITH_CHARTS, ids=[p.name for p in WITH_CHARTS])
def test_chapter_executes_for_the_pdf(chapter: Path) -> None:
    nb = execute_chapter(chapter, root=ROOT, target="typst")
    mimetypes = _mimetypes(nb)
    assert "image/svg+xml" in mimetypes
    assert not mimetypes & CDN_TRIGGERS


def test_broken_chapter_is_reported(tmp_path: Path) -> None:
    (tmp_path / "_quarto.yml").write_text("project:\n  type: book\n", encoding="utf-8")
    broken = tmp_path / "broken.qmd"
    broken.write_text(
        "---\ntitle: Broken\n---\n\n```{python}\nx = 1\n```\n\nText `{python} x`.\n\n"
        "```{python}\nraise ValueError('deliberate failure')\n```\n",
        encoding="utf-8",
    )
    with pytest.raises(ChapterExecutionError) as info:
        execute_chapter(broken, root=tmp_path)
    message = str(info.value)
    assert "broken.qmd" in message
    assert "cell 3" in message  # cell 1, inline expression 2, then the failing cell
    assert "line 11" in message
    assert "ValueError: deliberate failure" in message


def test_broken_inline_expression_is_reported(tmp_path: Path) -> None:
    (tmp_path / "_quarto.yml").write_text("project:\n  type: book\n", encoding="utf-8")
    broken = tmp_path / "inline.qmd"
    broken.write_text("# Inline\n\nThe value is `{python} undefined_name`.\n", encoding="utf-8")
    with pytest.raises(ChapterExecutionError, match=r"cell 1 \(inline, line 3\).*NameError"):
        execute_chapter(broken, root=tmp_path)


def test_every_book_file_exists() -> None:
    missing = [str(p.relative_to(ROOT)) for p in BOOK if not p.is_file()]
    assert not missing, f"_quarto.yml names files that do not exist: {missing}"
    config = yaml.safe_load((ROOT / "_quarto.yml").read_text(encoding="utf-8"))
    for key in ("bibliography", "csl"):
        assert (ROOT / config[key]).is_file(), f"{key} file {config[key]} is missing"
    for name in config.get("metadata-files", []):
        assert (ROOT / name).is_file(), f"metadata file {name} is missing"


def test_every_chapter_has_a_title() -> None:
    untitled = [str(p.relative_to(ROOT)) for p in QMD if not parse_chapter(p).title]
    assert not untitled, f"chapters without a title: {untitled}"


def test_labels_are_unique_and_cross_references_resolve() -> None:
    labels: dict[str, str] = {}
    duplicates = []
    for path in QMD:
        for label in parse_chapter(path).labels:
            if label in labels:
                duplicates.append(f"{label} ({labels[label]} and {path.name})")
            labels[label] = path.name
    assert not duplicates, f"labels defined twice: {duplicates}"
    dangling = [
        f"@{ref} in {path.name}"
        for path in QMD
        for ref in parse_chapter(path).cross_references
        if ref not in labels
    ]
    assert not dangling, f"cross-references with no matching label: {dangling}"


def test_citations_exist_in_bibliography() -> None:
    keys = _bib_keys()
    unknown = [
        f"@{key} in {path.name}"
        for path in QMD
        for key in parse_chapter(path).citations
        if key not in keys
    ]
    assert not unknown, f"citation keys missing from references.bib: {unknown}"


def test_parser_finds_labels_references_and_citations(tmp_path: Path) -> None:
    qmd = tmp_path / "x.qmd"
    qmd.write_text(
        "---\ntitle: X\n---\n\n## Part {#sec-part}\n\nSee @tbl-a and @fig-b, as @junisbai2010 "
        "says [@isaacs2009, p. 3]; mail me@example.org.\n\n```{python}\n#| label: tbl-a\n1\n```\n"
        "\n![A figure](a.svg){#fig-b}\n",
        encoding="utf-8",
    )
    ch = parse_chapter(qmd)
    assert ch.labels == ["sec-part", "tbl-a", "fig-b"]
    assert ch.cross_references == ["tbl-a", "fig-b"]
    assert ch.citations == ["junisbai2010", "isaacs2009"]
