"""Sessions that test, lint, build and release kz-networks. Run ``nox -l`` to list them."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent


def _envdir() -> str:
    """Where the sessions' environments live: outside the project folder.

    Quarto lists every file under a project folder at each render (to leave out its
    own scratch files), and 2 GB of environments in ``.nox/`` make every render start
    about 16 s later. ``nox --envdir`` overrides this.
    """
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    checkout = hashlib.sha256(str(ROOT.resolve()).encode("utf-8")).hexdigest()[:12]
    return str(cache / "kz-networks" / f"nox-{checkout}")


nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True
nox.options.envdir = _envdir()
#: Where ``nox -s docs`` writes the API reference; the book links to it as ``api/``.
DOCS_OUT = ROOT / "_book" / "api"
#: Sessions that need no Quarto.
WITHOUT_QUARTO = "tests, lint, docs, site, regenerate, release, benchmark, shell"

QUARTO_MISSING = f"""\
Quarto is needed to render the book, and there is no `quarto` on your PATH.
Install Quarto 1.9 or later (https://quarto.org/docs/get-started/) so that `quarto`
is on your PATH, then run `nox -s book` again. (`pip install quarto-cli` also works
on a machine that can download from github.com.)
These sessions work without Quarto: {WITHOUT_QUARTO}.
"""

#: ipykernel 7 warns at every kernel start that its loopback TCP sockets are not
#: encrypted. Quarto starts one kernel per chapter and format, and gives no way to ask
#: for IPC sockets; the kernel listens on 127.0.0.1 only and signs every message. This
#: kernel configuration drops exactly that notice and keeps every other message.
KERNEL_CONFIG = """\
import logging


class _LoopbackNotice(logging.Filter):
    def filter(self, record):
        return "Kernel is running over TCP without encryption" not in record.getMessage()


logging.getLogger("IPKernelApp").addFilter(_LoopbackNotice())
"""


def quarto_command(session: nox.Session) -> str:
    """Return the ``quarto`` on PATH, or stop the session with :data:`QUARTO_MISSING`."""
    found = shutil.which("quarto", path=os.environ.get("PATH"))
    if not found:
        session.error(QUARTO_MISSING)
    return found


def _python_in(session: nox.Session) -> str:
    return str(Path(session.bin) / ("python.exe" if os.name == "nt" else "python"))


def _kernel_env(session: nox.Session) -> dict[str, str]:
    """Environment for Quarto: this session's Python, and the kernel configuration."""
    # absolute: Quarto starts each kernel in its chapter's folder
    ipython = Path(session.create_tmp()).resolve() / "ipython"
    profile = ipython / "profile_default"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "ipython_kernel_config.py").write_text(KERNEL_CONFIG, encoding="utf-8")
    return {"QUARTO_PYTHON": _python_in(session), "IPYTHONDIR": str(ipython)}


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite: package, data, and every chapter executed without Quarto."""
    # editable, so that the doctests collected from src/ are the modules imported
    session.install("-e", ".[test]")
    # cffconvert validates CITATION.cff; its pins (jsonschema<4) clash with frictionless,
    # and its validator works with jsonschema 4, so it is installed without them.
    session.install("--no-deps", "cffconvert==2.0.0")
    parallel = (
        []
        if any(a.startswith("-n") for a in session.posargs)
        else ["-n", "auto", "--dist", "worksteal"]
    )
    session.run("pytest", *parallel, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check code style with ruff (lint rules and formatting)."""
    session.install("ruff")
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".")


@nox.session
def book(session: nox.Session) -> None:
    """Render the website and the PDF with Quarto, build the API reference, check the site."""
    quarto = quarto_command(session)  # before installing anything
    session.install("-e", ".[book,docs]")
    session.run("python", "-m", "kznetworks.tools.regenerate", "--check")
    # Quarto re-executes a chapter only when its source changes: remove the freezes the
    # data or the package made stale, so that those chapters are executed again
    session.run("python", "-m", "kznetworks.tools.freeze", "--prune")
    session.run(quarto, "render", *session.posargs, env=_kernel_env(session), external=True)
    _sphinx(session)
    session.run("python", "-m", "kznetworks.tools.sitecheck", "_book")


@nox.session
def regenerate(session: nox.Session) -> None:
    """Rewrite every generated file: data/generated/, descriptor hashes, versions (--check)."""
    session.install("-e", ".")
    session.run("python", "-m", "kznetworks.tools.regenerate", *session.posargs)


@nox.session
def site(session: nox.Session) -> None:
    """Check the built site in _book/: offline, links, anchors, references, sizes, PDF."""
    session.install("-e", ".")
    session.run("python", "-m", "kznetworks.tools.sitecheck", "_book", *session.posargs)


@nox.session
def preview(session: nox.Session) -> None:
    """Serve the book locally with live reload (quarto preview)."""
    quarto = quarto_command(session)
    session.install("-e", ".[book]")
    session.run(quarto, "preview", *session.posargs, env=_kernel_env(session), external=True)


def _sphinx(session: nox.Session) -> None:
    session.run(
        "sphinx-build", "-W", "--keep-going", "-b", "html", "docs", str(DOCS_OUT), *session.posargs
    )
    # pydata-sphinx-theme copies a Jinja template into _static/; no page uses it, and its
    # unrendered {{ pathto(...) }} links would be the site's only broken links
    (DOCS_OUT / "_static" / "webpack-macros.html").unlink(missing_ok=True)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the API reference (Sphinx, pydata-sphinx-theme) into _book/api/, warnings as errors."""
    session.install("-e", ".[docs]")
    _sphinx(session)


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
    session.run("python", "-m", "kznetworks.tools.release", "--dist", "dist", env=env)


@nox.session
def benchmark(session: nox.Session) -> None:
    """Time the book: its Python (default), the test suite (--tests), the render (--render)."""
    session.install("-e", ".[test,book]")
    env = _kernel_env(session)
    session.run("python", "analysis/benchmark.py", *session.posargs, env=env)


@nox.session
def shell(session: nox.Session) -> None:
    """Python with the package installed: an interactive prompt, or `-- script.py` to run one."""
    session.install("-e", ".")
    session.run("python", *session.posargs)
