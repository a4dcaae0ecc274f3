"""Write the website's generated script libraries before Quarto renders (pre-render step).

Quarto runs this from the project root before every render (``project.pre-render``
in ``_quarto.yml``). It writes the Vega bundle that draws the website's charts into
``assets/vendor/vega/`` (not committed: it is derived from the pinned ``vl-convert``
package, the same build that draws the PDF's SVGs). The filter
``assets/filters/kz-html-deps.lua`` then adds it to the pages that hold a chart, as a
local file in ``site_libs/``. Files are rewritten only when their content changes.

    python analysis/site_assets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "assets" / "vendor"


def _write(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def main() -> int:
    import vl_convert

    from kznetworks import render

    written = [
        _write(VENDOR / "vega" / "vega-bundle.js", render.vega_bundle()),
        _write(VENDOR / "vega" / "VERSION", f"{vl_convert.__version__}\n"),
    ]
    print(f"site assets: {sum(written)} of {len(written)} files updated in {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
