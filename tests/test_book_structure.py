"""The book's structure: files in order, labels, and the topics chapters declare."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznetworks import data
from kznetworks.book import structure

ROOT = Path(__file__).resolve().parents[1]


def test_book_files_follow_quarto_yml() -> None:
    files = structure.book_files(ROOT)
    assert files[0].name == "index.qmd" and all(p.is_file() for p in files)


def test_labels_point_to_pages_and_titles() -> None:
    section = structure.labels(ROOT)["sec-regions"]
    assert section.page == "chapters/regions.html" and section.title == "Regions and parliament"


def test_every_claim_topic_but_other_is_discussed_by_a_chapter() -> None:
    topics = structure.topics(ROOT)
    used = set(data.load("claims")["topic"]) - {"other"}
    assert used <= set(topics), sorted(used - set(topics))


def test_a_topic_declared_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "_quarto.yml").write_text(
        "project:\n  type: book\nbook:\n  chapters: [a.qmd, b.qmd]\n", encoding="utf-8"
    )
    for name in ("a", "b"):
        (tmp_path / f"{name}.qmd").write_text(
            f"---\nkz-topics: [x]\n---\n\n# {name} {{#sec-{name}}}\n", encoding="utf-8"
        )
    with pytest.raises(ValueError, match="topic 'x' is declared by two chapters"):
        structure.topics(tmp_path)


def test_parser_finds_labels_references_and_citations(tmp_path: Path) -> None:
    qmd = tmp_path / "x.qmd"
    qmd.write_text(
        "---\ntitle: X\n---\n\n## Part {#sec-part}\n\nSee @tbl-a and @fig-b, as @junisbai2010 "
        "says [@isaacs2009, p. 3]; mail me@example.org.\n\n```{python}\n#| label: tbl-a\n1\n```\n"
        "\n![A figure](a.svg){#fig-b}\n",
        encoding="utf-8",
    )
    ch = structure.parse_chapter(qmd)
    assert ch.labels == ["sec-part", "tbl-a", "fig-b"]
    assert ch.cross_references == ["tbl-a", "fig-b"]
    assert ch.citations == ["junisbai2010", "isaacs2009"]


def test_project_root_is_the_checkout() -> None:
    assert structure.project_root() == ROOT


@pytest.mark.parametrize("variable", ["QUARTO_PROJECT_ROOT", "QUARTO_PROJECT_DIR"])
def test_project_root_is_the_book_quarto_renders(tmp_path, monkeypatch, variable) -> None:
    # a render step of another copy of the book, with this checkout's package installed
    (tmp_path / "_quarto.yml").write_text("project:\n  type: book\n", encoding="utf-8")
    monkeypatch.delenv("QUARTO_PROJECT_ROOT", raising=False)
    monkeypatch.setenv(variable, str(tmp_path))
    assert structure.project_root() == tmp_path.resolve()
