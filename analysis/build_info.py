"""Record the commit the book is built from in ``_build.yml`` (pre-render step).

Quarto runs this from the project root before every render; see
:mod:`kznetworks.tools.buildinfo`.

    python analysis/build_info.py
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    from kznetworks.tools import buildinfo

    sys.exit(buildinfo.main(["--root", str(Path(__file__).resolve().parents[1])]))
