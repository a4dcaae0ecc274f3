"""The public API: complete ``__all__`` lists, documented with examples, in the reference."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import kznetworks

SRC = Path(kznetworks.__file__).parent
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(kznetworks.__path__, prefix="kznetworks.")
    if not any(part.startswith("_") for part in info.name.split("."))
)


def _public(module_name: str):
    module = importlib.import_module(module_name)
    for name in getattr(module, "__all__", []):
        obj = getattr(module, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            yield f"{module_name}.{name}", obj


PUBLIC = [item for m in MODULES for item in _public(m)]


@pytest.mark.parametrize(("name", "obj"), PUBLIC, ids=[n for n, _ in PUBLIC])
def test_public_api_has_a_numpy_docstring_with_an_example(name: str, obj) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc, f"{name} has no docstring"
    assert "Examples\n--------" in doc, f"{name} has no Examples section"


@pytest.mark.parametrize("module_name", MODULES)
def test_all_lists_every_public_definition(module_name: str) -> None:
    module = importlib.import_module(module_name)
    path = Path(module.__file__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    defined = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and not node.name.startswith("_")
    }
    listed = set(getattr(module, "__all__", []))
    missing = sorted(defined - listed)
    assert not missing, f"{module_name}.__all__ lacks {missing}"
    unknown = sorted(n for n in listed if not hasattr(module, n))
    assert not unknown, f"{module_name}.__all__ names what it does not define: {unknown}"


def test_every_module_has_a_docstring_and_is_in_the_reference() -> None:
    conf = (Path(__file__).resolve().parents[1] / "docs" / "conf.py").read_text(encoding="utf-8")
    assert "pkgutil.walk_packages" in conf  # the reference lists every module by itself
    for name in MODULES:
        assert importlib.import_module(name).__doc__, f"{name} has no docstring"
