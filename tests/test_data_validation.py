"""Broken and hostile input: ``validate()`` names file, row (and line), column and rule.

Each test breaks a temporary copy of ``data/`` in one way. Nothing outside the copy
is read, nothing is coerced, and the process never crashes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corrupt import edit_csv, edit_descriptor, errors, rehash, set_cell

from kznetworks import data
from kznetworks.data import DataPackage, DataValidationError
from kznetworks.data.descriptor import resource_lines

# -- cells ------------------------------------------------------------------------------


def test_wrong_type(data_copy: Path) -> None:
    set_cell(data_copy, "akim_tenure", 3, "akims_count", "six")
    message = errors(data_copy)
    assert "junisbai2010/akim_tenure.csv, row 3 (line 4), column 'akims_count'" in message
    assert "rule 'type'" in message and "'six'" in message


def test_missing_required_value(data_copy: Path) -> None:
    set_cell(data_copy, "incumbency", 2, "source", "")
    message = errors(data_copy)
    assert "junisbai2010/incumbency.csv, row 2 (line 3), column 'source'" in message
    assert "rule 'required'" in message


def test_value_outside_enum(data_copy: Path) -> None:
    set_cell(data_copy, "incumbency", 1, "chamber", "Duma")
    message = errors(data_copy)
    assert "row 1 (line 2), column 'chamber'" in message and "rule 'enum'" in message


def test_nul_byte_in_a_label(data_copy: Path) -> None:
    set_cell(data_copy, "akim_tenure", 2, "region", "Akt\x00obe")
    message = errors(data_copy)
    assert "row 2 (line 3), column 'region'" in message
    assert "rule 'control-character'" in message and "\\x00" in message


def test_infinite_number(data_copy: Path) -> None:
    set_cell(data_copy, "akim_tenure", 1, "average_tenure_years", "1e400")
    message = errors(data_copy)
    assert "column 'average_tenure_years'" in message and "not a finite number" in message


def test_full_width_digit(data_copy: Path) -> None:
    set_cell(data_copy, "akim_tenure", 1, "akims_count", "\uff16")
    message = errors(data_copy)
    assert "row 1 (line 2), column 'akims_count': rule 'type'" in message


def test_negative_count(data_copy: Path) -> None:
    set_cell(data_copy, "interviewees", 1, "quantity", "-4")
    message = errors(data_copy)
    assert "column 'quantity': rule 'minimum'" in message


def test_percentage_above_a_hundred(data_copy: Path) -> None:
    set_cell(data_copy, "leader_recognition_2004", 1, "recognition_percent", "158")
    assert "column 'recognition_percent': rule 'maximum'" in errors(data_copy)


def test_impossible_calendar_date(data_copy: Path) -> None:
    set_cell(data_copy, "events", 1, "date", "2007-02-30")
    message = errors(data_copy)
    assert "register/events.csv, row 1 (line 2), column 'date'" in message
    assert "not a date in the calendar" in message


def test_duplicate_primary_key(data_copy: Path) -> None:
    def edit(rows):
        rows[5][0] = rows[4][0]
        return rows

    edit_csv(data_copy, "interviewees", edit)
    message = errors(data_copy)
    assert "junisbai2010/interviewees.csv, row 5 (line 6), column 'row'" in message
    assert "rule 'primary-key'" in message and "repeats row 4" in message


def test_dangling_foreign_key(data_copy: Path) -> None:
    set_cell(data_copy, "relations", 1, "object_id", "person:nobody-at-all")
    message = errors(data_copy)
    assert "register/relations.csv, row 1 (line 2), column 'object_id'" in message
    assert "rule 'foreign-key'" in message and "person:nobody-at-all" in message


def test_nothing_is_coerced_silently(data_copy: Path) -> None:
    set_cell(data_copy, "incumbency", 1, "percent", " 72.31")
    assert "rule 'whitespace'" in errors(data_copy)


# -- files ------------------------------------------------------------------------------


def test_file_edited_without_hash_update(data_copy: Path) -> None:
    def edit(rows):
        rows[1][rows[0].index("quantity")] = "8"
        return rows

    edit_csv(data_copy, "interviewees", edit, rehashed=False)
    message = errors(data_copy)
    assert "junisbai2010/interviewees.csv" in message and "rule 'hash'" in message


def test_unexpected_column(data_copy: Path) -> None:
    edit_csv(data_copy, "interviewees", lambda rows: [[*r, "x"] for r in rows])
    message = errors(data_copy)
    assert "rule 'header'" in message and "unexpected column(s) ['x']" in message


def test_missing_column(data_copy: Path) -> None:
    def edit(rows):
        index = rows[0].index("quantity")
        return [r[:index] + r[index + 1 :] for r in rows]

    edit_csv(data_copy, "interviewees", edit)
    message = errors(data_copy)
    assert "column 'quantity'" in message and "missing column(s) ['quantity']" in message


def test_duplicate_column_name(data_copy: Path) -> None:
    def edit(rows):
        rows[0][rows[0].index("quantity")] = "respondent_type"
        return rows

    edit_csv(data_copy, "interviewees", edit)
    message = errors(data_copy)
    assert "column name(s) ['respondent_type'] repeated" in message


def test_non_utf8_file(data_copy: Path) -> None:
    path = data_copy.parent / DataPackage(data_copy).resource("akim_tenure")["path"]
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251", errors="replace") + b"\xff")
    rehash(data_copy, "akim_tenure")
    message = errors(data_copy)
    assert "junisbai2010/akim_tenure.csv" in message and "rule 'encoding'" in message


def test_empty_file(data_copy: Path) -> None:
    path = data_copy.parent / DataPackage(data_copy).resource("interviewees")["path"]
    path.write_text("", encoding="utf-8")
    rehash(data_copy, "interviewees")
    message = errors(data_copy)
    assert "junisbai2010/interviewees.csv" in message and "rule 'not-empty'" in message


def test_ragged_row(data_copy: Path) -> None:
    def edit(rows):
        rows[2] = rows[2][:-1]
        return rows

    edit_csv(data_copy, "interviewees", edit)
    message = errors(data_copy)
    assert "row 2 (line 3)" in message and "rule 'row-length'" in message


def test_embedded_line_break_keeps_later_lines_right(data_copy: Path) -> None:
    def edit(rows):
        rows[2][rows[0].index("respondent_type")] = "two\nlines"
        rows[4][rows[0].index("quantity")] = "many"
        return rows

    edit_csv(data_copy, "interviewees", edit)
    message = errors(data_copy)
    assert "row 2 (line 3), column 'respondent_type': rule 'control-character'" in message
    # row 4 starts one line later than row + 1, since row 2 spans two lines
    assert "row 4 (line 6), column 'quantity': rule 'type'" in message


def test_load_raises_for_a_broken_resource(data_copy: Path) -> None:
    set_cell(data_copy, "election_commissions_2007", 1, "members", "1,358")
    with pytest.raises(DataValidationError, match=r"column 'members'.*rule 'type'"):
        data.load("election_commissions_2007", path=data_copy)


# -- provenance -------------------------------------------------------------------------


def test_line_end_before_line_start(data_copy: Path) -> None:
    set_cell(data_copy, "akim_tenure", 1, "line_end", "300")
    message = errors(data_copy)
    assert "row 1 (line 2), column 'line_start': rule 'provenance'" in message


def test_line_beyond_the_end_of_the_document(data_copy: Path) -> None:
    set_cell(data_copy, "akim_tenure", 1, "line_end", "99999")
    message = errors(data_copy)
    assert "column 'line_end': rule 'provenance'" in message and "beyond the end" in message


# -- repairs ----------------------------------------------------------------------------


def test_repair_of_a_cell_that_does_not_exist(data_copy: Path) -> None:
    set_cell(data_copy, "repairs", 1, "row", "999")
    message = errors(data_copy)
    assert "repairs.csv, row 1 (line 2), column 'row': rule 'repair-target'" in message


def test_repair_of_a_column_that_does_not_exist(data_copy: Path) -> None:
    set_cell(data_copy, "repairs", 1, "field", "nonsense")
    assert "column 'field': rule 'repair-target'" in errors(data_copy)


def test_repair_with_a_value_of_the_wrong_type(data_copy: Path) -> None:
    pkg = DataPackage(data_copy)
    repairs = pkg.load("repairs")
    row = int(repairs.index[(repairs["field"] == "seats")][0]) + 1
    set_cell(data_copy, "repairs", row, "repaired", "one")
    message = errors(data_copy)
    assert (
        f"repairs.csv, row {row} (line {row + 1}), column 'repaired': rule 'repair-type'" in message
    )


def test_repair_quoting_text_the_cell_does_not_print(data_copy: Path) -> None:
    set_cell(data_copy, "repairs", 1, "as_printed", "something else")
    assert "rule 'repair-as-printed'" in errors(data_copy)


# -- the descriptor ---------------------------------------------------------------------


def test_descriptor_that_is_not_json(data_copy: Path) -> None:
    data_copy.write_text('{"resources": [', encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"datapackage.json, line 1: rule 'json' broken"):
        DataPackage(data_copy)


def test_resource_without_schema(data_copy: Path) -> None:
    edit_descriptor(data_copy, lambda d: d["resources"][1].pop("schema"))
    message = errors(data_copy)
    line = resource_lines(data_copy.read_text(encoding="utf-8"))[1]
    assert f"datapackage.json, line {line}: rule 'schema' broken: resource 2 'repairs'" in message


def test_duplicate_resource_name(data_copy: Path) -> None:
    def duplicate(d: dict) -> None:
        d["resources"].append(dict(d["resources"][2]))

    edit_descriptor(data_copy, duplicate)
    message = errors(data_copy)
    lines = resource_lines(data_copy.read_text(encoding="utf-8"))
    assert f"datapackage.json, line {lines[-1]}: rule 'unique-name'" in message
    assert (
        f"resource {len(lines)} 'indicators' repeats the name of resource 3 (line {lines[2]})"
        in message
    )


def test_empty_path(data_copy: Path) -> None:
    edit_descriptor(data_copy, lambda d: d["resources"][2].update(path=""))
    message = errors(data_copy)
    line = resource_lines(data_copy.read_text(encoding="utf-8"))[2]
    assert (
        f"line {line}: rule 'path' broken: resource 3 'indicators': the resource has no path"
        in (message)
    )


@pytest.mark.parametrize("path", ["../../../../etc/passwd", "/etc/passwd", "~/secret.csv"])
def test_path_outside_the_data_folder_is_never_read(data_copy: Path, path: str) -> None:
    edit_descriptor(data_copy, lambda d: d["resources"][2].update(path=path))
    message = errors(data_copy)
    assert "rule 'path'" in message and "outside the data folder" in message
    assert "root:" not in message  # the first line of /etc/passwd is never echoed


def test_symlink_to_a_file_outside(data_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.csv"
    outside.write_text("secret\n", encoding="utf-8")
    target = data_copy.parent / "ide2014" / "indicators.csv"
    target.unlink()
    target.symlink_to(outside)
    message = errors(data_copy)
    assert "ide2014/indicators.csv: rule 'path' broken" in message and "secret" not in message
    assert "symbolic link to a file outside the data folder" in message


def test_every_problem_is_listed_at_once(data_copy: Path) -> None:
    set_cell(data_copy, "interviewees", 1, "quantity", "x")
    set_cell(data_copy, "incumbency", 1, "chamber", "Duma")
    message = errors(data_copy)
    assert "interviewees.csv" in message and "incumbency.csv" in message
    assert json.loads(data_copy.read_text(encoding="utf-8"))["resources"]


def test_a_source_evidence_line_beyond_its_document(data_copy: Path) -> None:
    set_cell(data_copy, "sources", 1, "evidence_line_end", "31")
    message = errors(data_copy)
    assert "sources.csv, row 1 (line 2), column 'evidence_line_end': rule 'provenance'" in message


def test_a_single_cited_line_beyond_its_document(data_copy: Path) -> None:
    def edit(rows):
        column = rows[0].index("votes_line")
        row = next(i for i, r in enumerate(rows) if i and r[column])
        rows[row][column] = "999999"
        return rows

    path = edit_csv(data_copy, "election_2007_text", edit)
    assert "column 'votes_line': rule 'provenance'" in errors(data_copy)
    assert path.name == "election_2007_text.csv"


def test_a_source_date_that_is_not_in_the_calendar(data_copy: Path) -> None:
    set_cell(data_copy, "sources", 1, "date", "2023-02-30")
    assert "sources.csv, row 1 (line 2), column 'date': rule 'kz:partialDate'" in errors(data_copy)


def test_a_repair_citing_a_line_outside_its_row(data_copy: Path) -> None:
    set_cell(data_copy, "repairs", 1, "line", "1")
    message = errors(data_copy)
    assert "repairs.csv, row 1 (line 2), column 'line': rule 'repair-line'" in message


def test_a_list_item_that_references_nothing(data_copy: Path) -> None:
    set_cell(data_copy, "findings", 1, "claim_ids", "junisbai2010-090; nobody-001")
    message = errors(data_copy)
    assert "claims/findings.csv, row 1 (line 2), column 'claim_ids': rule 'kz:listOf'" in message
    assert "item 'nobody-001' has no match in claims.claim_id" in message
