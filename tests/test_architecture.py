"""The package reads as its data flow: small modules, no cycles, each stage using the earlier ones.

- no module over 450 lines;
- no import cycle among the package's modules;
- ``data`` imports no later stage; ``register`` and ``ledger`` import only ``data``;
  ``book`` imports no tooling; chapters import only ``book`` (see ``test_chapters``);
- every module has its test module (``tests/test_<stage>_<module>.py``);
- chapters hold prose and calls: at most two lines of Python per table or figure.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kznetworks.book.structure import book_files, parse_chapter

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "kznetworks"
MAX_LINES = 450
MODULES = sorted(p for p in SRC.rglob("*.py") if "_data" not in p.parts)
#: What each stage may import from the package (besides itself).
ALLOWED = {
    "data": set(),
    "register": {"data"},
    "ledger": {"data"},
    "book": {"data", "register", "ledger"},
    "tools": {"data", "register", "ledger", "book"},
}


def _dotted(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("kznetworks")
        ):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("kznetworks")}
    return found


@pytest.mark.parametrize("path", MODULES, ids=[_dotted(p) for p in MODULES])
def test_no_module_is_too_long(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_dotted(path)} has {lines} lines; split it (at most {MAX_LINES})"


def test_no_import_cycle() -> None:
    names = {_dotted(p): p for p in MODULES}
    graph = {
        name: {i for i in _imports(path) if i in names and i != name}
        for name, path in names.items()
    }
    # a package's __init__ re-exporting its modules is not a cycle with them
    for name in graph:
        graph[name] = {i for i in graph[name] if not i.startswith(name + ".")}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join([*trail, node, nxt]))
            if state.get(nxt) is None:
                visit(nxt, [*trail, node])
        state[node] = 2

    for name in sorted(graph):
        if state.get(name) is None:
            visit(name, [])


@pytest.mark.parametrize("path", MODULES, ids=[_dotted(p) for p in MODULES])
def test_each_stage_imports_only_earlier_stages(path: Path) -> None:
    dotted = _dotted(path)
    parts = dotted.split(".")
    if len(parts) < 2:
        return
    stage = parts[1]
    for imported in _imports(path):
        other = imported.split(".")[1] if imported.count(".") else ""
        if other in ALLOWED and other != stage:
            assert other in ALLOWED[stage], f"{dotted} (stage {stage}) imports {imported}"


def _test_module_for(path: Path) -> Path:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[:2] == ("book", "facts"):
        return ROOT / "tests" / "test_book_facts.py"
    return ROOT / "tests" / f"test_{'_'.join(parts)}.py"


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if p.name != "__init__.py" or p.parent.name == "data"],
    ids=lambda p: _dotted(p),
)
def test_every_module_has_a_test_module(path: Path) -> None:
    if path.name == "__init__.py":
        target = ROOT / "tests" / "test_data_datapackage.py"
    else:
        target = _test_module_for(path)
    assert target.is_file(), f"{_dotted(path)} has no test module ({target.name})"


def test_chapters_hold_at_most_two_lines_of_python_per_table_or_figure() -> None:
    lines = 0
    outputs = 0
    for path in book_files(ROOT):
        if path.suffix != ".qmd":
            continue
        for cell in parse_chapter(path).cells:
            if cell["kind"] != "cell":
                continue
            code = [
                line
                for line in cell["source"].splitlines()
                if line.strip() and not line.lstrip().startswith("#")
            ]
            lines += len(code)
            label = str(cell["options"].get("label", ""))
            if label.startswith(("tbl-", "fig-")) or cell["options"].get("output") == "asis":
                outputs += 1
    assert outputs > 50
    assert lines / outputs <= 2.0, f"{lines} lines of Python for {outputs} tables and figures"
