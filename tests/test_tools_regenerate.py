"""Every generated file is current, and one command regenerates all of them."""

from __future__ import annotations

import shutil
from pathlib import Path

from corrupt import set_cell

from kznetworks import data
from kznetworks.tools import regenerate

ROOT = Path(__file__).resolve().parents[1]


def test_generated_files_are_current() -> None:
    stale = regenerate.regenerate(check=True)
    assert not stale, f"out of date (run `nox -s regenerate`): {[str(p) for p in stale]}"


def test_every_generated_resource_is_declared() -> None:
    pkg = data.package()
    declared = {n for n in pkg.names if pkg.resource(n)["kz:origin"] == "generated"}
    assert declared == set(regenerate.GENERATED)


def _copy_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "data", root / "data")
    for name in ("_version.yml", "CITATION.cff", "_quarto.yml"):
        shutil.copy2(ROOT / name, root / name)
    return root


def test_a_data_edit_makes_the_check_fail_and_regenerate_fixes_it(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    descriptor = root / "data" / "datapackage.json"
    assert regenerate.regenerate(check=True, root=root) == []
    # change a seat count without updating anything: the hash is stale first
    set_cell(descriptor, "election_seats", 31, "seats", "25")
    descriptor.write_text(
        descriptor.read_text(encoding="utf-8").replace('"hash": "sha256:', '"hash": "sha256:0', 1),
        encoding="utf-8",
    )
    assert regenerate.regenerate(check=True, root=root) == [descriptor]
    rewritten = regenerate.regenerate(root=root)
    assert descriptor in rewritten
    assert root / "data" / "generated" / "claims_ledger.csv" in rewritten
    assert regenerate.regenerate(check=True, root=root) == []


def test_the_doi_is_written_from_citation_cff_alone(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    assert 'kz-doi: ""' in regenerate.version_yml(root, "1.0.0", "2.0.0")
    cff = root / "CITATION.cff"
    cff.write_text(cff.read_text(encoding="utf-8") + 'doi: "10.5281/zenodo.1"\n', encoding="utf-8")
    text = regenerate.version_yml(root, "1.0.0", "2.0.0")
    assert 'kz-doi: "10.5281/zenodo.1"' in text
    assert '  doi: "10.5281/zenodo.1"' in text
    assert 'version: "1.0.0"' in text and "container-title:" in text
