"""Recompute the reproduction ledger and write the committed expectations.

``data/claims/claims_ledger.csv`` records, for every claim, the status the data
give (and the recomputed value). The test suite recomputes the ledger and fails when
any status differs from this file, so a data edit that breaks, or silently fixes, a
reproduction must be acknowledged by running this script and committing the change.

    python analysis/build_ledger.py [--check]
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "claims" / "claims_ledger.csv"
COLUMNS = ["claim_id", "status", "stated", "recomputed", "difference", "method"]


def render() -> str:
    """Return the CSV text of the current ledger."""
    sys.path.insert(0, str(ROOT / "src"))
    from kznetworks import ledger

    table = ledger.ledger()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in table[COLUMNS].itertuples(index=False):
        writer.writerow(row)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python analysis/build_ledger.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "analysis" / "update_datapackage.py")], check=True)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
