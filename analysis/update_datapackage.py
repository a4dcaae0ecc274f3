"""Refresh the sha256 hash and byte size of every resource in data/datapackage.json.

Run after editing a data file, then bump the data ``version`` and add a CHANGELOG
entry. ``--check`` only reports stale entries (exit 1), without writing.

    python analysis/update_datapackage.py [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

DESCRIPTOR = Path(__file__).resolve().parents[1] / "data" / "datapackage.json"


def refresh(descriptor: dict) -> list[str]:
    """Update ``hash`` and ``bytes`` of each resource in place; return what changed."""
    changed = []
    for resource in descriptor["resources"]:
        raw = (DESCRIPTOR.parent / resource["path"]).read_bytes()
        digest = "sha256:" + hashlib.sha256(raw).hexdigest()
        if resource.get("hash") != digest or resource.get("bytes") != len(raw):
            changed.append(resource["path"])
        resource["hash"] = digest
        resource["bytes"] = len(raw)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale entries, write nothing")
    args = parser.parse_args(argv)
    descriptor = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    changed = refresh(descriptor)
    if args.check:
        for path in changed:
            print(f"stale hash or size: {path}")
        return 1 if changed else 0
    DESCRIPTOR.write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"refreshed {len(changed)} of {len(descriptor['resources'])} resources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
