"""Sessions that test, lint, build and release kz-networks. Run ``nox -l`` to list them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
#: Quarto renders Typst books from 1.9 on; this is the release the book is built with.
QUARTO_CLI = "quarto-cli>=1.9.38"
#: Where ``nox -s docs`` writes the API reference; the book links to it as ``api/``.
DOCS_OUT = ROOT / "_book" / "api"

QUARTO_MISSING = f"""\
Quarto is needed to render the book, and none could be found or installed.
Get it in either of two ways, then run `nox -s book` again:
  1. install Quarto (1.9 or later) so that `quarto` is on your PATH:
     https://quarto.org/docs/get-started/
  2. let this session install the `{QUARTO_CLI}` package from PyPI; that package
     downloads Quarto's binary from GitHub while it installs, so it needs internet
     access to github.com.
"""


def quarto_command(session: nox.Session) -> str:
    """Return the ``quarto`` executable: from PATH, else from the ``quarto-cli`` package.

    Stops the session with :data:`QUARTO_MISSING` when neither works.
    """
    found = shutil.which("quarto", path=os.environ.get("PATH"))
    if found:
        return found
    try:
        session.install(QUARTO_CLI)
    except nox.command.CommandFailed:
        session.error(QUARTO_MISSING)
    found = shutil.which("quarto", path=session.bin)
    if not found:
        session.error(QUARTO_MISSING)
    return found


def _python_in(session: nox.Session) -> str:
    return str(Path(session.bin) / ("python.exe" if os.name == "nt" else "python"))


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite: package, data, and every chapter executed without Quarto."""
    # editable, so that the doctests collected from src/ are the modules imported
    session.install("-e", ".[test]")
    # cffconvert validates CITATION.cff; its pins (jsonschema<4) clash with frictionless,
    # and its validator works with jsonschema 4, so it is installed without them.
    session.install("--no-deps", "cffconvert==2.0.0")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check code style with ruff (lint rules and formatting)."""
    session.install("ruff")
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".")


@nox.session
def book(session: nox.Session) -> None:
    """Render the website into _book/ and the PDF (Typst) with Quarto, then the API docs."""
    session.install(".[book]")
    quarto = quarto_command(session)
    env = {"QUARTO_PYTHON": _python_in(session)}
    session.run("python", "analysis/sync_version.py", "--check")
    session.run(quarto, "render", *session.posargs, env=env, external=True)
    session.notify("docs")


@nox.session
def preview(session: nox.Session) -> None:
    """Serve the book locally with live reload (quarto preview)."""
    session.install(".[book]")
    quarto = quarto_command(session)
    env = {"QUARTO_PYTHON": _python_in(session)}
    session.run(quarto, "preview", *session.posargs, env=env, external=True)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the API reference (Sphinx, pydata-sphinx-theme) into _book/api/, warnings as errors."""
    session.install(".[docs]")
    session.run(
        "sphinx-build", "-W", "--keep-going", "-b", "html", "docs", str(DOCS_OUT), *session.posargs
    )


@nox.session
def release(session: nox.Session) -> None:
    """Build the citable release in dist/: sdist, wheel, data zip, book archives, checksums."""
    session.install("build")
    epoch = session.run(
        "git", "log", "-1", "--format=%ct", external=True, silent=True, success_codes=[0, 128]
    )
    env = {"SOURCE_DATE_EPOCH": (epoch or "").strip() or "315532800"}
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", "dist", env=env)
    session.install("--no-deps", ".")
    session.run("python", "-m", "kznetworks.release", "--dist", "dist", env=env)


@nox.session(name="pdf-preview")
def pdf_preview(session: nox.Session) -> None:
    """Approximate the PDF without Quarto (pandoc + Typst from PyPI) into preview.pdf."""
    session.install("-e", ".[test]", "pypandoc_binary", "typst")
    session.run("python", "analysis/preview_typst.py", *session.posargs)


@nox.session
def benchmark(session: nox.Session) -> None:
    """Time the Python of the whole book (every chapter executed as Quarto would)."""
    session.install(".[test]")
    session.run("python", "analysis/time_book.py", *session.posargs)
