"""Write the data downloads into the built website (Quarto's post-render step).

Quarto runs this from the project root after every render (``project.post-render``
in ``_quarto.yml``). It writes the data package as one zip and as one SQLite database,
with a ``SHA256SUMS`` file, into ``<output dir>/downloads/``: the files that the
downloads page (``chapters/downloads.qmd``) lists with their sizes and hashes, built
by the same functions (:mod:`kznetworks.book.downloads`), so the page and the files
agree.

Quarto empties the output folder before each full render, so the files are built into
``assets/vendor/downloads/`` (not committed) and copied from there. They are built
again only when a file they are built from changed (the data or the package: see
:mod:`kznetworks.tools.stamp`); otherwise this step only copies them.

    python analysis/downloads.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "assets" / "vendor"
#: What the built files were last built from (see :mod:`kznetworks.tools.stamp`).
STAMP = VENDOR / "downloads.stamp"


def _built() -> list[Path]:
    """The download files in ``assets/vendor/downloads/``, built again if stale."""
    from kznetworks.tools import stamp

    key = stamp.digest(stamp.inputs(ROOT))
    listed = VENDOR / "downloads" / "SHA256SUMS"
    names = listed.read_text(encoding="utf-8").split()[1::2] if listed.is_file() else []
    files = [VENDOR / "downloads" / n for n in names] + [listed]
    if names and stamp.is_current(STAMP, key, files):
        return files
    from kznetworks.book import downloads

    files = downloads.write(VENDOR)
    stamp.write(STAMP, key, files)
    return files


def main(argv: list[str]) -> int:
    named = argv[0] if argv else os.environ.get("QUARTO_PROJECT_OUTPUT_DIR", "_book")
    out = (Path(named) if Path(named).is_absolute() else ROOT / named) / "downloads"
    out.mkdir(parents=True, exist_ok=True)
    for built in _built():
        path = out / built.name
        shutil.copyfile(built, path)
        print(f"downloads: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
