"""Derive the register's joined views: table links and party profiles.

Writes ``data/register/table_links.csv`` (every name printed in a table, resolved
to its register identifier) and ``data/register/parties.csv`` (one profile per
party), then refreshes the descriptor's hashes. The tests check both files against
the functions that compute them (``kznetworks.links.table_links`` and
``kznetworks.parties.party_profiles``).

    python analysis/build_register_views.py [--check]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "register"


def views() -> dict[Path, str]:
    """Return each derived file with the CSV text it should hold."""
    sys.path.insert(0, str(ROOT / "src"))
    from kznetworks import links, parties

    table = links.table_links()
    table.insert(0, "row", range(1, len(table) + 1))
    return {
        OUT / "table_links.csv": table.to_csv(index=False, lineterminator="\n"),
        OUT / "parties.csv": parties.party_profiles().to_csv(index=False, lineterminator="\n"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in views().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run analysis/build_register_views.py)")
        return 1 if stale else 0
    subprocess.run([sys.executable, str(ROOT / "analysis" / "update_datapackage.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
