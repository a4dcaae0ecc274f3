"""A long-lived kernel runs chapters one after another, each in a fresh namespace."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznetworks.tools.chapter_runner import ChapterExecutionError
from kznetworks.tools.kernel_session import KernelSession


def test_each_chapter_starts_with_an_empty_namespace(tmp_path: Path) -> None:
    (tmp_path / "_quarto.yml").write_text("project:\n  type: book\n", encoding="utf-8")
    first = tmp_path / "a.qmd"
    first.write_text("# A\n\n```{python}\nleft_over = 1\n```\n", encoding="utf-8")
    second = tmp_path / "b.qmd"
    second.write_text("# B\n\n```{python}\nprint('left_over' in dir())\n```\n", encoding="utf-8")
    with KernelSession() as session:
        session.run(first, root=tmp_path)
        out = session.run(second, root=tmp_path)["html"].cells[0].outputs[0]["text"]
        assert out.strip() == "False"
        broken = tmp_path / "c.qmd"
        broken.write_text("# C\n\n```{python}\n1 / 0\n```\n", encoding="utf-8")
        with pytest.raises(
            ChapterExecutionError, match=r"c.qmd: cell 1 \(cell, line 3\) raised Zero"
        ):
            session.run(broken, root=tmp_path)
