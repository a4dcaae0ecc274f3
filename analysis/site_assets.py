"""Write the website's generated script libraries before Quarto renders (pre-render step).

Quarto runs this from the project root before every render (``project.pre-render``
in ``_quarto.yml``). It writes the Vega bundle that draws the website's charts into
``assets/vendor/vega/`` (not committed: it is derived from the pinned ``vl-convert``
package, the same build that draws the PDF's SVGs), and the register as data for the
who's-who filter and the network explorer into ``assets/vendor/register/``
(:mod:`kznetworks.book.sitedata`). The filter ``assets/filters/kz-html-deps.lua`` then
adds them to the pages that need them, as local files in ``site_libs/``. Files are
rewritten only when their content changes, and when none of the files they are built
from changed (the data, the package, the vl-convert version: see
:mod:`kznetworks.tools.stamp`), the step stops at once.

    python analysis/site_assets.py
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "assets" / "vendor"
REGISTER, REGISTER_VERSION = VENDOR / "register" / "kz-register.js", VENDOR / "register" / "VERSION"
BUNDLE, BUNDLE_VERSION = VENDOR / "vega" / "vega-bundle.js", VENDOR / "vega" / "VERSION"
#: What the outputs were last built from (see :mod:`kznetworks.tools.stamp`).
STAMP = VENDOR / "site-assets.stamp"


def _write(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def _current(bundle: Path, stamp: Path, version: str) -> bool:
    """Whether the bundle on disk was written by this vl-convert version, unedited."""
    if not (bundle.is_file() and stamp.is_file()):
        return False
    lines = stamp.read_text(encoding="utf-8").split()
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()
    return lines == [version, digest]


def _register() -> None:
    from kznetworks.book import sitedata

    script = sitedata.register_script()
    wrote = _write(REGISTER, script)
    _write(REGISTER_VERSION, sitedata.version(script) + "\n")
    state = "wrote" if wrote else "is current:"
    print(f"site assets: {state} {REGISTER.relative_to(ROOT)}")


def _vega() -> None:
    import vl_convert

    from kznetworks.book import render

    version = vl_convert.__version__
    if _current(BUNDLE, BUNDLE_VERSION, version):
        print(f"site assets: {BUNDLE.relative_to(ROOT)} is current (vl-convert {version})")
        return
    # building the bundle takes seconds, so it is done only when vl-convert changes
    _write(BUNDLE, render.vega_bundle())
    digest = hashlib.sha256(BUNDLE.read_bytes()).hexdigest()
    _write(BUNDLE_VERSION, f"{version}\n{digest}\n")
    print(f"site assets: wrote {BUNDLE.relative_to(ROOT)} (vl-convert {version})")


def main() -> int:
    from importlib.metadata import version

    from kznetworks.tools import stamp

    key = stamp.digest(stamp.inputs(ROOT), f"vl-convert {version('vl-convert-python')}")
    outputs = [REGISTER, REGISTER_VERSION, BUNDLE, BUNDLE_VERSION]
    if stamp.is_current(STAMP, key, outputs):
        print(f"site assets: current (nothing they are built from changed; {STAMP.name})")
        return 0
    _register()
    _vega()
    stamp.write(STAMP, key, outputs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
