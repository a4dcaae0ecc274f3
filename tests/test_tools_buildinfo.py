"""The build-info file names the commit the book is built from."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from kznetworks.tools import buildinfo


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "_quarto.yml").write_text(
        "book:\n  repo-url: https://example.org/kz/\n", encoding="utf-8"
    )
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "_quarto.yml"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "init"], cwd=root, check=True)
    return root


def test_the_file_names_the_commit_and_links_to_it(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    full, changed = buildinfo.commit(root)
    assert len(full) == 40 and not changed
    meta = yaml.safe_load(buildinfo.write(root).read_text(encoding="utf-8"))
    assert meta["kz-commit"] == full[:7]
    assert meta["kz-commit-url"] == f"https://example.org/kz/commit/{full}"


def test_uncommitted_changes_are_stated(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (root / "_quarto.yml").write_text("book: {}\n", encoding="utf-8")
    meta = yaml.safe_load(buildinfo.text(root))
    assert meta["kz-commit"].endswith("+changes")


def test_outside_a_checkout_it_says_so(tmp_path: Path) -> None:
    meta = yaml.safe_load(buildinfo.text(tmp_path / "nowhere", "https://example.org"))
    assert meta["kz-commit"] == "not a git checkout"


def test_an_unchanged_file_is_not_rewritten(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    path = buildinfo.write(root)
    before = path.stat().st_mtime_ns
    buildinfo.write(root)
    assert path.stat().st_mtime_ns == before
