"""The noxfile: `book` checks for Quarto before installing anything; every session is documented."""

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
    """Just enough of nox.Session for the book session's first steps."""

    def __init__(self, tmp: Path) -> None:
        self.bin = str(tmp / "bin")
        self.tmp = tmp
        self.posargs: list[str] = []
        self.calls: list[tuple] = []

    def install(self, *args: str) -> None:
        self.calls.append(("install", *args))

    def run(self, *args: str, **kwargs) -> None:
        self.calls.append(("run", *args))

    def create_tmp(self) -> str:
        return str(self.tmp)

    def error(self, message: str) -> None:
        raise StoppedError(message)


def test_book_without_quarto_stops_before_installing(tmp_path, monkeypatch) -> None:
    module = _noxfile()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    session = FakeSession(tmp_path)
    with pytest.raises(StoppedError) as info:
        module.book.func(session)
    assert session.calls == []  # nothing installed, nothing run
    message = str(info.value)
    assert "quarto" in message.lower() and "PATH" in message
    for name in ("tests", "lint", "docs", "site"):
        assert name in message  # the sessions that work without Quarto


def test_sessions_named_as_working_without_quarto_exist() -> None:
    module = _noxfile()
    named = {s.strip() for s in module.WITHOUT_QUARTO.split(",")}
    assert named <= set(nox.registry.get())
    for name in named:
        source = Path(module.__file__).read_text(encoding="utf-8")
        body = source.split(f"def {name}(", 1)[1].split("\n@nox.session", 1)[0]
        assert "quarto_command" not in body, f"{name} needs Quarto"


def test_quarto_on_path_is_used_and_kernels_are_configured(tmp_path, monkeypatch) -> None:
    module = _noxfile()
    fake = tmp_path / "quarto"
    fake.write_text("#!/bin/sh\necho 1.10.18\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    session = FakeSession(tmp_path)
    assert module.quarto_command(session) == str(fake)
    env = module._kernel_env(session)
    config = Path(env["IPYTHONDIR"]) / "profile_default" / "ipython_kernel_config.py"
    assert "Kernel is running over TCP without encryption" in config.read_text()
    assert env["QUARTO_PYTHON"].startswith(session.bin)


def test_every_session_has_a_docstring() -> None:
    _noxfile()
    sessions = nox.registry.get()
    assert {"tests", "lint", "book", "docs", "release", "benchmark", "site"} <= set(sessions)
    undocumented = [name for name, func in sessions.items() if not (func.__doc__ or "").strip()]
    assert not undocumented, f"sessions without a docstring: {undocumented}"
