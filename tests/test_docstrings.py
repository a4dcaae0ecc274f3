"""Every public function of the package documents itself with a usage example."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import kznetworks

MODULES = sorted(
    m.name for m in pkgutil.iter_modules(kznetworks.__path__) if not m.name.startswith("_")
)


def _public(module_name: str):
    module = importlib.import_module(f"kznetworks.{module_name}")
    for name in getattr(module, "__all__", []):
        obj = getattr(module, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            yield f"{module_name}.{name}", obj


PUBLIC = [item for m in MODULES for item in _public(m)]


@pytest.mark.parametrize(("name", "obj"), PUBLIC, ids=[n for n, _ in PUBLIC])
def test_public_api_has_numpy_docstring_with_example(name: str, obj) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc, f"{name} has no docstring"
    assert "Examples\n--------" in doc, f"{name} has no Examples section"
