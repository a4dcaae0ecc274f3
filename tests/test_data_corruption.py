"""Property: a random cell of a random resource, corrupted, is valid or reported where it is.

Hypothesis picks a resource, a data row, a column and a new value (random text, a
mutation of the value printed there, or one of the values that once slipped through:
NUL bytes, ``1e400``, full-width digits, impossible dates...), writes it into a scratch
copy of ``data/`` (with the hash updated, so that the check reaches the cell) and runs
``validate()``. Either the copy validates, and then the Frictionless reference
implementation agrees that the resource is valid (our checks are stricter than the
standard's), or ``validate()`` raises :class:`DataValidationError` with an issue naming
that file, that row and that column; nothing else may be raised.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import frictionless
import pytest
from corrupt import set_cell
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from kznetworks.data import DataPackage, DataValidationError

ROOT = Path(__file__).resolve().parents[1]

#: Values that broke earlier validators (issue 15), beside whatever Hypothesis invents.
TRICKY = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "two\nlines",
    "1e400",
    "-1e400",
    "nan",
    "inf",
    "\uff16",
    "-4",
    "-0",
    "0.5",
    "01",
    "2007-02-30",
    "2007-13-01",
    "1994",
    "true",
    '"',
    "<script>",
    "../../../../etc/passwd",
)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("corrupt") / "data"
    shutil.copytree(ROOT / "data", target)
    return target / "datapackage.json"


def _resources(descriptor: Path) -> dict[str, str]:
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    return {r["name"]: r["path"] for r in meta["resources"]}


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _insert(text: str, char: str, at: int) -> str:
    return text[:at] + char + text[at:]


RESOURCES = _resources(ROOT / "data" / "datapackage.json")


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,  # no .hypothesis/ folder in the project (Quarto walks every file)
    phases=[Phase.explicit, Phase.generate],  # a failure is reported as found, unshrunk
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_corrupted_cell_is_valid_or_reported_at_its_file_row_and_column(copy, data) -> None:
    name = data.draw(st.sampled_from(sorted(RESOURCES)), label="resource")
    csv_path = copy.parent / RESOURCES[name]
    rows = _rows(csv_path)
    if len(rows) < 2:
        return
    row = data.draw(st.integers(1, len(rows) - 1), label="row")
    column = data.draw(st.sampled_from(rows[0]), label="column")
    printed = rows[row][rows[0].index(column)]
    value = data.draw(
        st.one_of(
            st.sampled_from(TRICKY),
            st.text(max_size=12),
            st.builds(_insert, st.just(printed), st.characters(), st.integers(0, len(printed))),
        ),
        label="value",
    )
    saved = {p: p.read_bytes() for p in (csv_path, copy)}
    try:
        set_cell(copy, name, row, column, value)
        try:
            DataPackage(copy).validate()
        except DataValidationError as err:
            event("rejected")
            where = {(i.file, i.row, i.column) for i in err.issues}
            assert (RESOURCES[name], row, column) in where, (
                f"{name} row {row} column {column!r} = {value!r} was reported elsewhere:\n{err}"
            )
        else:
            event("valid")
            report = frictionless.Package(str(copy)).get_resource(name).validate()
            assert report.valid, (
                f"{name} row {row} column {column!r} = {value!r} passed validate(), "
                f"but Frictionless finds: {report.flatten(['rowNumber', 'fieldName', 'type'])}"
            )
    finally:
        for path, content in saved.items():
            path.write_bytes(content)
