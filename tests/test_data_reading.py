"""CSV files are read strictly, and every row keeps the line it starts on."""

from __future__ import annotations

from pathlib import Path

from kznetworks.data.reading import read_csv


def test_rows_spanning_lines_keep_their_start(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('a,b\n1,"two\nlines"\n3,4\n', encoding="utf-8")
    rows = read_csv(path, "a.csv")
    assert rows.header == ["a", "b"] and rows.lines == [2, 4] and rows.issues == []


def test_unreadable_files(tmp_path: Path) -> None:
    assert read_csv(tmp_path / "none.csv", "none.csv").issues[0].rule == "file-exists"
    (tmp_path / "e.csv").write_text("", encoding="utf-8")
    assert read_csv(tmp_path / "e.csv", "e.csv").issues[0].rule == "not-empty"
    (tmp_path / "b.csv").write_bytes(b"\xef\xbb\xbfa\n1\n")
    assert read_csv(tmp_path / "b.csv", "b.csv").issues[0].message.endswith("byte-order mark")
    (tmp_path / "q.csv").write_text('a\n"open\n', encoding="utf-8")
    assert read_csv(tmp_path / "q.csv", "q.csv").issues[0].rule == "csv-syntax"
