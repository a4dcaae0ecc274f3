"""Record which commit the book is built from, for the website's footer and the PDF's title.

The pre-render step ``analysis/build_info.py`` (and ``nox -s book``, before Quarto
starts) writes ``_build.yml``, a metadata file that ``_quarto.yml`` lists and git
ignores: the commit's short and full hash, and whether tracked files had changes not
yet committed. Only the footer and the title page read it, so a new commit changes
nothing else in the build, and leaves every chapter's freeze as it was.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

__all__ = ["BUILD_FILE", "commit", "main", "text", "write"]

#: The metadata file, at the project root.
BUILD_FILE = "_build.yml"


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def commit(root: Path) -> tuple[str, bool] | None:
    """The commit the project folder is at, and whether tracked files have changes.

    Parameters
    ----------
    root : pathlib.Path
        The project root.

    Returns
    -------
    (str, bool) or None
        The full hash and the changes flag; ``None`` outside a git checkout.

    Examples
    --------
    >>> from kznetworks.book.structure import project_root
    >>> full, _ = commit(project_root())
    >>> len(full)
    40
    """
    full = _git(root, "rev-parse", "HEAD")
    if not full:
        return None
    changes = _git(root, "status", "--porcelain", "--untracked-files=no")
    return full, bool(changes)


def text(root: Path, repository: str = "") -> str:
    """The content of :data:`BUILD_FILE`.

    Parameters
    ----------
    root : pathlib.Path
        The project root.
    repository : str
        The repository's web address (``book.repo-url``), for a link to the commit.

    Returns
    -------
    str
        YAML with ``kz-commit`` (short hash, with ``+changes`` when tracked files
        differ from it) and ``kz-commit-url``.

    Examples
    --------
    >>> from kznetworks.book.structure import project_root
    >>> "kz-commit:" in text(project_root())
    True
    """
    found = commit(root)
    if found is None:
        short, url = "not a git checkout", repository
    else:
        full, changed = found
        short = full[:7] + ("+changes" if changed else "")
        url = f"{repository.rstrip('/')}/commit/{full}" if repository else ""
    return (
        "# Written by the pre-render step (kznetworks.tools.buildinfo); not committed.\n"
        f'kz-commit: "{short}"\n'
        f'kz-commit-url: "{url}"\n'
    )


def write(root: Path) -> Path:
    """Write :data:`BUILD_FILE` (only when its content changes).

    Parameters
    ----------
    root : pathlib.Path
        The project root.

    Returns
    -------
    pathlib.Path
        The file.

    Examples
    --------
    >>> from kznetworks.book.structure import project_root
    >>> write(project_root()).name
    '_build.yml'
    """
    import yaml

    config = yaml.safe_load((root / "_quarto.yml").read_text(encoding="utf-8"))
    repository = str((config.get("book") or {}).get("repo-url", ""))
    path = root / BUILD_FILE
    content = text(root, repository)
    if not path.is_file() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m kznetworks.tools.buildinfo [--root R]``.

    Parameters
    ----------
    argv : list of str, optional
        Arguments; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0.

    Examples
    --------
    >>> main([])  # doctest: +ELLIPSIS
    build info: ...
    0
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.root is None:
        # imported here: the pre-render step names the root, and need not load pandas
        from kznetworks.book.structure import project_root

        args.root = project_root()
    root = args.root.resolve()
    path = write(root)
    print(f"build info: {path.name}: {path.read_text(encoding='utf-8').splitlines()[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
