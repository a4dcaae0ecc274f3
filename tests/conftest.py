"""Shared fixtures: the project root, and a scratch copy of the data package."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _run_from_project_root():
    """Run every test from the project root, as Quarto runs a book's chapters."""
    previous = Path.cwd()
    os.chdir(ROOT)
    yield
    os.chdir(previous)


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/; returns the path of its datapackage.json."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target / "datapackage.json"
