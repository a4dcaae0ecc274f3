"""Refresh or check the JavaScript libraries the website serves from its own files.

The website's interactive network (Cytoscape.js) and searchable tables (DataTables)
are copied from npm into ``assets/libs/`` and committed, so that a build needs no
network and the site loads nothing from a third party. ``assets/libs/package.json``
pins each package's exact version and lists, under ``kz-vendor``, which of its files
are copied where; ``assets/libs/package-lock.json`` records npm's integrity hash of
each package; ``assets/libs/manifest.json`` records the version, the licence, npm's
integrity and the sha256 of every copied file. The filter
``assets/filters/kz-html-deps.lua`` adds the copies to the pages that use them.

    python analysis/vendor_libs.py            # check the copies against the manifest
    python analysis/vendor_libs.py --refresh  # npm ci from the lock, copy, rewrite manifest

To update a library, change its version in ``package.json``, run
``npm install --package-lock-only --ignore-scripts`` in ``assets/libs/``, then
``python analysis/vendor_libs.py --refresh`` and commit the changed files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBS = ROOT / "assets" / "libs"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read(name: str) -> dict:
    return json.loads((LIBS / name).read_text(encoding="utf-8"))


def manifest_from(modules: Path) -> dict:
    """Copy each package's listed files from an npm ``node_modules`` folder; the manifest."""
    spec = _read("package.json")
    lock = _read("package-lock.json")["packages"]
    out = {}
    for package, files in sorted(spec["kz-vendor"].items()):
        installed = json.loads((modules / package / "package.json").read_text(encoding="utf-8"))
        pinned = spec["dependencies"][package]
        if installed["version"] != pinned:
            raise SystemExit(f"{package}: npm installed {installed['version']}, pinned {pinned}")
        copied = {}
        for source, target in sorted(files.items()):
            destination = LIBS / target
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(modules / package / source, destination)
            copied[target] = _sha256(destination)
        out[package] = {
            "version": installed["version"],
            "license": installed.get("license", ""),
            "integrity": lock[f"node_modules/{package}"]["integrity"],
            "files": copied,
        }
    return out


def refresh() -> int:
    """Install the locked packages in a scratch folder and copy their files here."""
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(LIBS / name, Path(scratch) / name)
        subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=scratch, check=True
        )
        manifest = manifest_from(Path(scratch) / "node_modules")
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (LIBS / "manifest.json").write_text(text, encoding="utf-8")
    listed = ", ".join(f"{p} {m['version']}" for p, m in manifest.items())
    print(f"vendored: {listed}")
    return 0


def check() -> list[str]:
    """Problems with the copies: missing files, changed bytes, versions out of step."""
    spec = _read("package.json")
    lock = _read("package-lock.json")["packages"]
    manifest = _read("manifest.json")
    problems = []
    if set(manifest) != set(spec["kz-vendor"]):
        problems.append(
            f"manifest lists {sorted(manifest)}, package.json {sorted(spec['kz-vendor'])}"
        )
    for package, entry in sorted(manifest.items()):
        pinned = spec["dependencies"].get(package)
        locked = lock.get(f"node_modules/{package}", {})
        if entry["version"] != pinned or locked.get("version") != pinned:
            problems.append(
                f"{package}: manifest {entry['version']}, package.json {pinned}, "
                f"lock {locked.get('version')}"
            )
        if locked.get("integrity") != entry["integrity"]:
            problems.append(f"{package}: the lock's integrity differs from the manifest's")
        if sorted(entry["files"]) != sorted(spec["kz-vendor"].get(package, {}).values()):
            problems.append(f"{package}: manifest files differ from package.json's kz-vendor")
        for target, digest in sorted(entry["files"].items()):
            path = LIBS / target
            if not path.is_file():
                problems.append(f"{package}: {target} is missing")
            elif _sha256(path) != digest:
                problems.append(f"{package}: {target} differs from the npm copy (sha256)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refresh", action="store_true", help="npm ci, copy, rewrite manifest")
    args = parser.parse_args(argv)
    if args.refresh:
        return refresh()
    problems = check()
    for problem in problems:
        print(f"- {problem}")
    print(f"vendored libraries: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
