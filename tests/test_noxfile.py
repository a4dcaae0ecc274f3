"""The book session finds Quarto, or stops with one clear message naming both ways to get it."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
nox = pytest.importorskip("nox")


@functools.cache
def _noxfile():
    """Import noxfile.py once (nox registers its sessions at import)."""
    spec = importlib.util.spec_from_file_location("kz_noxfile", ROOT / "noxfile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class StoppedError(Exception):
    pass


class FakeSession:
    """Just enough of nox.Session for quarto_command."""

    def __init__(self, bin_dir: Path, install_fails: bool) -> None:
        self.bin = str(bin_dir)
        self.install_fails = install_fails
        self.installed: list[str] = []

    def install(self, *args: str) -> None:
        self.installed.extend(args)
        if self.install_fails:
            raise nox.command.CommandFailed("pip install failed")

    def error(self, message: str) -> None:
        raise StoppedError(message)


def test_quarto_missing_stops_with_clear_message(tmp_path, monkeypatch) -> None:
    module = _noxfile()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    session = FakeSession(tmp_path, install_fails=True)
    with pytest.raises(StoppedError) as info:
        module.quarto_command(session)
    message = str(info.value)
    assert session.installed == [module.QUARTO_CLI]
    assert "quarto" in message and "PATH" in message
    assert module.QUARTO_CLI in message
    assert "github.com" in message


def test_quarto_cli_installed_without_binary_also_stops(tmp_path, monkeypatch) -> None:
    module = _noxfile()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    session = FakeSession(tmp_path, install_fails=False)
    with pytest.raises(StoppedError, match="Quarto is needed"):
        module.quarto_command(session)


def test_quarto_on_path_is_used(tmp_path, monkeypatch) -> None:
    module = _noxfile()
    fake = tmp_path / "quarto"
    fake.write_text("#!/bin/sh\necho 1.9.38\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    session = FakeSession(tmp_path / "venv-bin", install_fails=True)
    assert module.quarto_command(session) == str(fake)
    assert session.installed == []


def test_every_session_has_a_docstring() -> None:
    module = _noxfile()
    for name in ("tests", "lint", "book", "preview", "docs", "release", "benchmark", "pdf_preview"):
        func = getattr(module, name)
        assert (func.__doc__ or "").strip(), f"session {name} has no docstring"
