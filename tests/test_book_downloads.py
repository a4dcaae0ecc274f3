"""The downloads page: its sizes and hashes are those of the files written into the site."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kznetworks.book import downloads, render


def test_written_files_match_the_table(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "html")
    written = downloads.write(tmp_path)
    frame = downloads.table().frame
    for path, row in zip(written, frame.itertuples(index=False), strict=False):
        assert path.name == str(row.File)
        content = path.read_bytes()
        assert hashlib.sha256(content).hexdigest() == row[3].replace(" ", "")
        assert all(len(group) == 16 for group in row[3].split())
        assert f"({len(content):,} bytes)" in row.Size
    sums = (tmp_path / downloads.FOLDER / "SHA256SUMS").read_text(encoding="utf-8")
    assert sums.count("\n") == 2 and sums.splitlines()[0].endswith(".zip")


def test_page_links_the_files_and_the_dictionary(monkeypatch) -> None:
    monkeypatch.setenv(render.TARGET_ENV, "html")
    html = downloads.table().html()
    assert 'href="../downloads/kz-networks-data-' in html
    tables = downloads.database_tables()
    assert "data-dictionary.html#dict-akim-tenure" in tables.html()
    assert "Counted in" in tables.note()


def test_size_in_words() -> None:
    assert downloads.Download("a", "", b"x" * 1_500_000).size == "1.5 MB (1,500,000 bytes)"
    assert downloads.Download("a", "", b"x" * 2_000).size == "2 kB (2,000 bytes)"
