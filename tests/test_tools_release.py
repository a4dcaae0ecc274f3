"""Releases are reproducible, and the version and citation agree everywhere."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import yaml

import kznetworks
from kznetworks.tools import release

ROOT = Path(__file__).resolve().parents[1]


def test_data_zip_is_reproducible_and_complete(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    a = release.deterministic_zip(release.data_bundle_members(ROOT), tmp_path / "a.zip")
    b = release.deterministic_zip(release.data_bundle_members(ROOT), tmp_path / "b.zip")
    assert a.read_bytes() == b.read_bytes()
    descriptor = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    expected = {f"kz-networks-data/{r['path']}" for r in descriptor["resources"]}
    expected |= {f"kz-networks-data/{n}" for n in ("datapackage.json", "LICENSE-DATA", "README.md")}
    with zipfile.ZipFile(a) as archive:
        assert set(archive.namelist()) == expected
        assert (
            archive.read("kz-networks-data/datapackage.json")
            == (ROOT / "data" / "datapackage.json").read_bytes()
        )


def test_two_release_runs_give_identical_checksums(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = tmp_path / "one"
    second = tmp_path / "two"
    messages = release.build_release(ROOT, first)
    release.build_release(ROOT, second)
    sums = (first / "SHA256SUMS").read_text()
    assert sums == (second / "SHA256SUMS").read_text()
    assert "kz-networks-data-" in sums
    if not (ROOT / "_book" / "index.html").exists():
        assert any(m.startswith("SKIPPED the website") for m in messages)


def test_release_notes_come_from_the_changelog() -> None:
    notes = release.release_notes((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), "0.1.0")
    assert notes.startswith("# kz-networks 0.1.0")
    assert "Data 0.1.0" in notes


def test_version_agrees_everywhere() -> None:
    version = kznetworks.__version__
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert str(cff["version"]) == version
    meta = yaml.safe_load((ROOT / "_version.yml").read_text(encoding="utf-8"))
    assert meta["kz-version"] == version
    descriptor = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert meta["kz-data-version"] == descriptor["version"]
    assert re.search(
        rf"\[{re.escape(version)}\]|\[Unreleased\]", (ROOT / "CHANGELOG.md").read_text()
    )


def test_citation_cff_is_valid() -> None:
    import cffconvert  # installed by `nox -s tests`

    citation = cffconvert.Citation((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    citation.validate()


def test_citation_cff_lists_the_five_sources() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert len(cff["references"]) == 5
