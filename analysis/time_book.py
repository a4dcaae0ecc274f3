"""Time the Python of the whole book, executed as Quarto's Jupyter engine would run it.

Runs every chapter listed in ``_quarto.yml`` in its own kernel (one at a time, as the
chapter tests do) and reports seconds per chapter and in total. The budget is 60 s
on a 2-core machine; this script reports, it does not fail.

    python analysis/time_book.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_SECONDS = 60.0


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from kznetworks.chapters import book_files, execute_chapter

    total = 0.0
    for path in book_files(ROOT):
        if path.suffix != ".qmd":
            continue
        start = time.perf_counter()
        execute_chapter(path, root=ROOT)
        seconds = time.perf_counter() - start
        total += seconds
        print(f"{seconds:7.2f} s  {path.relative_to(ROOT)}")
    verdict = "within" if total <= BUDGET_SECONDS else "OVER"
    print(f"{total:7.2f} s  total ({verdict} the {BUDGET_SECONDS:.0f} s budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
