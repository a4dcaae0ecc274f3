"""The data package as one zip and one SQLite database: complete, typed as declared, same bytes."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from kznetworks import data
from kznetworks.data import export


@pytest.fixture(scope="module")
def database() -> bytes:
    return export.sqlite_bytes()


@pytest.fixture(scope="module")
def con(database: bytes):
    connection = sqlite3.connect(":memory:")
    connection.deserialize(database)
    yield connection
    connection.close()


def test_every_resource_is_a_table_with_all_its_rows(con) -> None:
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert names == data.resource_names()
    for name in names:
        count = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        assert count == len(data.load(name)), name


def test_columns_are_typed_as_declared_with_keys(con) -> None:
    pkg = data.package()
    for name in pkg.names:
        schema = pkg.resource(name)["schema"]
        info = con.execute(f'PRAGMA table_info("{name}")').fetchall()
        assert [c[1] for c in info] == [f["name"] for f in schema["fields"]]
        for column, field in zip(info, schema["fields"], strict=True):
            kind = field.get("type", "string")
            assert column[2] == export.SQL_TYPES.get(kind, "TEXT"), (name, field["name"])
        keys = schema.get("primaryKey", [])
        keys = [keys] if isinstance(keys, str) else keys
        assert [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] == keys
        declared = {fk["reference"]["resource"] or name for fk in schema.get("foreignKeys", [])}
        found = {r[2] for r in con.execute(f'PRAGMA foreign_key_list("{name}")')}
        assert found == declared, name


def test_foreign_keys_hold_and_the_file_is_sound(con) -> None:
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_values_are_typed(con) -> None:
    tenure = data.load("akim_tenure")
    row = con.execute(
        'SELECT average_tenure_years, akims_count FROM "akim_tenure" WHERE "row" = 1'
    ).fetchone()
    assert row == (float(tenure.loc[0, "average_tenure_years"]), int(tenure.loc[0, "akims_count"]))
    directed = {r[0] for r in con.execute('SELECT DISTINCT directed FROM "diagram_edges"')}
    assert directed <= {0, 1}


def test_descriptions_are_kept_in_the_table_definitions(con) -> None:
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'akim_tenure'").fetchone()[0]
    field = data.package().resource("akim_tenure")["schema"]["fields"][0]
    assert " ".join(field["description"].split()) in sql


def test_same_bytes_every_build(database: bytes) -> None:
    assert export.sqlite_bytes() == database
    assert export.zip_bytes(b"licence") == export.zip_bytes(b"licence")


def test_zip_holds_descriptor_every_file_and_licence() -> None:
    archive = zipfile.ZipFile(io.BytesIO(export.zip_bytes(b"the licence")))
    names = archive.namelist()
    descriptor = json.loads(archive.read(export.ZIP_FOLDER + "datapackage.json"))
    for resource in descriptor["resources"]:
        member = export.ZIP_FOLDER + resource["path"]
        assert member in names
        assert archive.read(member) == (data.package().root / resource["path"]).read_bytes()
    assert archive.read(export.ZIP_FOLDER + "LICENSE-DATA") == b"the licence"
    assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_invalid_data_is_refused(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "data"
    shutil.copytree(data.package().root, copy)
    path = copy / data.package().resource("sources")["path"]
    path.write_text(path.read_text(encoding="utf-8") + "x,,,\n", encoding="utf-8")
    with pytest.raises(data.DataValidationError):
        export.sqlite_bytes(copy / "datapackage.json")


def test_describe_counts_rows(database: bytes) -> None:
    described = export.describe(database)
    assert described["tables"]["sources"] == len(data.load("sources"))
    assert described["sqlite"] == sqlite3.sqlite_version
