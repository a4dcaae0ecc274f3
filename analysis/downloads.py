"""Write the data downloads into the built website (Quarto's post-render step).

Quarto runs this from the project root after every render (``project.post-render``
in ``_quarto.yml``). It writes the data package as one zip and as one SQLite database,
with a ``SHA256SUMS`` file, into ``<output dir>/downloads/``: the files that the
downloads page (``chapters/downloads.qmd``) lists with their sizes and hashes, built
by the same functions (:mod:`kznetworks.book.downloads`), so the page and the files
agree. A file is rewritten only when its bytes change.

    python analysis/downloads.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    from kznetworks.book import downloads

    named = argv[0] if argv else os.environ.get("QUARTO_PROJECT_OUTPUT_DIR", "_book")
    out = Path(named) if Path(named).is_absolute() else ROOT / named
    for path in downloads.write(out):
        print(f"downloads: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
