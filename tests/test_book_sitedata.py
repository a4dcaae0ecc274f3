"""The register's data for the website, and the site's name matching answering as Python's.

The who's-who filter and the explorer's search use ``assets/js/kz-names.js`` with the
rules and keys of :func:`kznetworks.book.sitedata.register_data`. These tests run that
script with node over every spelling of the register, variants of them (case, accents,
transliteration, Cyrillic) and typos, and check it answers as
:func:`kznetworks.register.names.resolve` and :func:`~kznetworks.register.names.suggest`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from variants import misspellings, variants

from kznetworks import data
from kznetworks.book import sitedata
from kznetworks.register import names

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "assets" / "js" / "kz-names.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")

_RUNNER = """
const fs = require("fs");
const names = require(process.argv[2]);
const register = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const queries = JSON.parse(fs.readFileSync(process.argv[4], "utf8"));
const m = names.matcher(register);
const out = queries.map(([how, q]) => {
  if (how === "resolve") { return m.resolve(q); }
  if (how === "filter") { return m.filter(q).map((p) => register.entities[p][0]); }
  return m.suggest(q);
});
process.stdout.write(JSON.stringify(out));
"""


def _spellings() -> list[tuple[str, str]]:
    aliases = data.load("aliases")
    entities = data.load("entities")
    pairs = list(zip(aliases["alias"], aliases["entity_id"], strict=True))
    return pairs + list(zip(entities["name"], entities["entity_id"], strict=True))


@cache
def _register_file(folder: str) -> Path:
    path = Path(folder) / "register.json"
    path.write_text(json.dumps(sitedata.register_data()), encoding="utf-8")
    return path


def _run(tmp_path: Path, queries: list[tuple[str, str]]) -> list[object]:
    register = _register_file(str(tmp_path))
    asked = tmp_path / "queries.json"
    asked.write_text(json.dumps(queries), encoding="utf-8")
    runner = tmp_path / "runner.js"
    runner.write_text(_RUNNER, encoding="utf-8")
    done = subprocess.run(
        [NODE, str(runner), str(SCRIPT), str(register), str(asked)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout)


def _python(name: str) -> dict[str, object]:
    try:
        return {"id": names.resolve(name), "ambiguous": [], "suggestions": []}
    except names.AmbiguousNameError as err:
        return {"id": None, "ambiguous": sorted(err.candidates), "suggestions": []}
    except names.UnknownNameError as err:
        return {"id": None, "ambiguous": [], "suggestions": [list(s) for s in err.suggestions]}


def test_register_data_covers_every_entity_and_relation() -> None:
    found = sitedata.register_data()
    entities, relations = data.load("entities"), data.load("relations")
    assert sorted(e[0] for e in found["entities"]) == sorted(entities["entity_id"])
    assert len(found["edges"]) == len(relations)
    assert len(found["spellings"]) == len(found["exact"]) == len(found["folded"])
    position = {e[0]: i for i, e in enumerate(found["entities"])}
    aliases = data.load("aliases")
    for alias, entity in zip(aliases["alias"], aliases["entity_id"], strict=True):
        assert alias in found["spellings"][position[entity]]
        assert names.fold(alias) in found["folded"][position[entity]]
    first = relations.iloc[0]
    edge = found["edges"][0]
    assert found["entities"][edge[0]][0] == first["subject_id"]
    assert found["entities"][edge[1]][0] == first["object_id"]
    assert edge[2] == first["relation"] and edge[7] == int(first["line_start"])


def test_script_is_deterministic_and_escaped() -> None:
    script = sitedata.register_script()
    assert script == sitedata.register_script()
    assert script.startswith("window.kzRegister = {") and script.endswith("};\n")
    assert "</" not in script
    assert sitedata.version(script) == sitedata.version(script)
    assert sitedata.version(script) != sitedata.version(script + " ")


@needs_node
def test_the_site_resolves_every_spelling_and_variant_as_python(tmp_path: Path) -> None:
    queries = []
    for alias, _ in _spellings():
        queries += [alias, *variants(alias)]
    queries = sorted(set(queries))
    answers = _run(tmp_path, [("resolve", q) for q in queries])
    differ = []
    for q, js in zip(queries, answers, strict=True):
        python = _python(q)
        if (js["id"], js["ambiguous"]) != (python["id"], python["ambiguous"]):
            differ.append((q, js, python))
    assert len(queries) > 5000
    assert not differ, differ[:5]


@needs_node
def test_the_filter_keeps_the_entity_of_every_spelling_and_variant(tmp_path: Path) -> None:
    pairs = sorted({(v, e) for a, e in _spellings() for v in [a, *variants(a)]})
    answers = _run(tmp_path, [("filter", v) for v, _ in pairs])
    missed = [(v, e) for (v, e), kept in zip(pairs, answers, strict=True) if e not in kept]
    assert not missed, missed[:5]


@needs_node
def test_the_site_suggests_as_python_for_typos(tmp_path: Path) -> None:
    typos = sorted({t for a, _ in _spellings()[::7] for t in misspellings(a)})
    answers = _run(tmp_path, [("suggest", t) for t in typos])
    assert len(typos) > 200
    for typo, js in zip(typos, answers, strict=True):
        python = [[e, n, round(s, 6)] for e, n, s in names.suggest(typo)]
        assert [s[0] for s in js] == [s[0] for s in python], typo
        assert [s[2] for s in js] == pytest.approx([s[2] for s in python], abs=1e-4), typo
