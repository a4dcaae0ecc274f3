"""Chapters run without Quarto; a failure names the chapter, cell, line and error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznetworks.tools.chapter_runner import ChapterExecutionError, execute_chapter, execute_formats


def _project(tmp_path: Path) -> Path:
    (tmp_path / "_quarto.yml").write_text("project:\n  type: book\n", encoding="utf-8")
    return tmp_path


def test_broken_chapter_is_reported(tmp_path: Path) -> None:
    root = _project(tmp_path)
    broken = root / "broken.qmd"
    broken.write_text(
        "---\ntitle: Broken\n---\n\n```{python}\nx = 1\n```\n\nText `{python} x`.\n\n"
        "```{python}\nraise ValueError('deliberate failure')\n```\n",
        encoding="utf-8",
    )
    with pytest.raises(ChapterExecutionError) as info:
        execute_chapter(broken, root=root)
    message = str(info.value)
    assert "broken.qmd" in message and "cell 3" in message and "line 11" in message
    assert "ValueError: deliberate failure" in message


def test_broken_inline_expression_is_reported(tmp_path: Path) -> None:
    root = _project(tmp_path)
    broken = root / "inline.qmd"
    broken.write_text("# Inline\n\nThe value is `{python} undefined_name`.\n", encoding="utf-8")
    with pytest.raises(ChapterExecutionError, match=r"cell 1 \(inline, line 3\).*NameError"):
        execute_chapter(broken, root=root)


def test_formats_run_in_one_kernel_and_see_quartos_environment(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "chapters").mkdir()
    page = root / "chapters" / "page.qmd"
    page.write_text(
        "# Page\n\n```{python}\nimport os\nfrom pathlib import Path\n"
        "print(os.environ['KZNETWORKS_TARGET'], Path.cwd().name,\n"
        "      os.path.relpath(os.environ['QUARTO_PROJECT_ROOT'],\n"
        "                      os.environ['QUARTO_DOCUMENT_PATH']))\n"
        "```\n",
        encoding="utf-8",
    )
    runs = execute_formats(page, root=root, targets=("html", "typst"))
    outputs = {t: nb.cells[0].outputs[0]["text"].split() for t, nb in runs.items()}
    assert outputs == {"html": ["html", "chapters", ".."], "typst": ["typst", "chapters", ".."]}


def test_failure_in_the_second_format_names_it(tmp_path: Path) -> None:
    root = _project(tmp_path)
    page = root / "fmt.qmd"
    page.write_text(
        "# Fmt\n\n```{python}\nimport os\nassert os.environ['KZNETWORKS_TARGET'] == 'html'\n```\n",
        encoding="utf-8",
    )
    with pytest.raises(ChapterExecutionError, match=r"cell 1 \(cell, line 3\) for typst"):
        execute_formats(page, root=root, targets=("html", "typst"))
