"""The cache of validated tables: keyed by content, valid tables only, and it can be turned off."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from corrupt import set_cell

from kznetworks.data import DataPackage, DataValidationError, cache


def test_a_table_comes_back_as_stored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    frame = pd.DataFrame({"a": [1, 2]})
    cache.store("k" * 64, frame)
    assert cache.load("k" * 64).equals(frame)
    (tmp_path / ("b" * 64 + ".pkl")).write_bytes(b"not a pickle")
    assert cache.load("b" * 64) is None


def test_the_cache_can_be_turned_off(monkeypatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.cache_folder() is None and cache.load("k" * 64) is None


def test_keys_change_with_any_input(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    first = cache.key("a", False, [{"name": "a"}], [path])
    path.write_text("a\n2\n", encoding="utf-8")
    assert cache.key("a", False, [{"name": "a"}], [path]) != first
    assert cache.key("a", True, [{"name": "a"}], [path]) != cache.key(
        "a", False, [{"name": "a"}], [path]
    )
    assert cache.key("a", False, [{"name": "b"}], [path]) != cache.key(
        "a", False, [{"name": "a"}], [path]
    )


def test_a_broken_copy_is_never_served_from_the_cache(
    data_copy: Path, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    DataPackage(data_copy).validate()  # fills the cache
    set_cell(data_copy, "interviewees", 1, "quantity", "many")
    with pytest.raises(DataValidationError, match="column 'quantity': rule 'type'"):
        DataPackage(data_copy).validate()
    with pytest.raises(DataValidationError):
        DataPackage(data_copy).load("interviewees")


def test_keys_change_with_the_code_of_the_data_stage(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    before = cache.key("a", False, [{"name": "a"}], [path])
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: b"another version of the checks")
    assert cache.key("a", False, [{"name": "a"}], [path]) != before
