"""The committed _freeze/ matches the chapters: no chapter changed without being re-rendered.

Quarto records, in ``_freeze/<chapter>/execute-results/<format>.json``, the MD5 of the
chapter's source (with LF line endings) it executed. When a chapter changes, its freeze
must be rendered again (``nox -s book``), or the published book would show the output of
the old source. These tests run without Quarto.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kznetworks.book.structure import book_files

ROOT = Path(__file__).resolve().parents[1]
FREEZE = ROOT / "_freeze"
FORMATS = ("html", "typ")
EXECUTED = [p for p in book_files(ROOT) if p.suffix == ".qmd" and "```{python}" in p.read_text()]


def source_hash(path: Path) -> str:
    """MD5 of the file with LF line endings, as Quarto's freezeInputHash computes it."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def freeze_file(chapter: Path, fmt: str) -> Path:
    relative = chapter.relative_to(ROOT).with_suffix("")
    return FREEZE / relative / "execute-results" / f"{fmt}.json"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("chapter", EXECUTED, ids=[p.name for p in EXECUTED])
def test_freeze_is_current(chapter: Path, fmt: str) -> None:
    frozen = freeze_file(chapter, fmt)
    name = chapter.relative_to(ROOT)
    assert frozen.is_file(), f"{name} has no {fmt} freeze: render the book (nox -s book)"
    recorded = json.loads(frozen.read_text(encoding="utf-8"))["hash"]
    assert recorded == source_hash(chapter), (
        f"{name} changed since its {fmt} output was frozen: render the book again "
        "(nox -s book) and commit _freeze/"
    )


def test_no_freeze_without_a_chapter() -> None:
    expected = {freeze_file(c, f) for c in EXECUTED for f in FORMATS}
    present = set(FREEZE.glob("**/execute-results/*.json"))
    orphans = sorted(str(p.relative_to(ROOT)) for p in present - expected)
    assert not orphans, f"freezes of chapters no longer in the book: {orphans}"


def test_source_hash_matches_quarto(tmp_path: Path) -> None:
    # Quarto normalises line endings before hashing: CRLF and LF give the same hash
    lf, crlf = tmp_path / "lf.qmd", tmp_path / "crlf.qmd"
    lf.write_bytes(b"# T\n\ntext\n")
    crlf.write_bytes(b"# T\r\n\r\ntext\r\n")
    assert source_hash(lf) == source_hash(crlf) == hashlib.md5(b"# T\n\ntext\n").hexdigest()
