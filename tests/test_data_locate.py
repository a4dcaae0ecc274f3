"""There is one way to find the data: the checkout the package runs from, never the cwd."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kznetworks.data import locate

ROOT = Path(__file__).resolve().parents[1]


def test_the_checkout_is_found() -> None:
    assert locate.datapackage_path() == ROOT / "data" / "datapackage.json"


def test_a_strangers_data_folder_is_ignored(tmp_path: Path) -> None:
    stranger = tmp_path / "data"
    stranger.mkdir()
    (stranger / "datapackage.json").write_text('{"resources": []}', encoding="utf-8")
    code = "from kznetworks.data import locate; print(locate.datapackage_path())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    ).stdout.strip()
    assert Path(out) == ROOT / "data" / "datapackage.json"


def test_no_environment_variable_or_folder_walk_is_read() -> None:
    source = Path(locate.__file__).read_text(encoding="utf-8")
    assert "os.environ" not in source and "cwd" not in source.lower()
