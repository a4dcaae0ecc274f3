"""The stamps that let the render steps skip work when nothing they read changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kznetworks.tools import stamp

ROOT = Path(__file__).resolve().parents[1]


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    source, built = tmp_path / "in.csv", tmp_path / "out.txt"
    source.write_text("a,b\n1,2\n", encoding="utf-8")
    built.write_text("built\n", encoding="utf-8")
    return source, built, tmp_path / "STAMP"


def test_a_stamp_is_current_until_an_input_or_an_output_changes(tmp_path: Path) -> None:
    source, built, mark = _files(tmp_path)
    key = stamp.digest([source], "v1")
    assert not stamp.is_current(mark, key, [built])  # never written
    stamp.write(mark, key, [built])
    assert stamp.is_current(mark, key, [built])
    assert not stamp.is_current(mark, stamp.digest([source], "v2"), [built])
    source.write_text("a,b\n1,3\n", encoding="utf-8")
    assert not stamp.is_current(mark, stamp.digest([source], "v1"), [built])
    source.write_text("a,b\n1,2\n", encoding="utf-8")
    assert stamp.is_current(mark, stamp.digest([source], "v1"), [built])
    built.write_text("edited\n", encoding="utf-8")
    assert not stamp.is_current(mark, key, [built])
    built.unlink()
    assert not stamp.is_current(mark, key, [built])


def test_a_missing_input_is_part_of_the_digest(tmp_path: Path) -> None:
    source, _, _ = _files(tmp_path)
    present = stamp.digest([source])
    source.unlink()
    assert stamp.digest([source]) != present


def test_the_inputs_are_the_data_and_the_package() -> None:
    found = stamp.inputs(ROOT)
    assert found == sorted(found)
    assert ROOT / "data" / "datapackage.json" in found
    assert ROOT / "src" / "kznetworks" / "tools" / "stamp.py" in found
    assert all(p.is_relative_to(ROOT / "data") or p.suffix == ".py" for p in found)


def test_the_module_imports_no_pandas() -> None:
    code = "import sys, kznetworks.tools.stamp; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
