"""Regenerate every generated file: generated data, descriptor hashes, versions.

    python analysis/regenerate.py [--check]

The work is done by :mod:`kznetworks.tools.regenerate` (run it with
``nox -s regenerate``); this script is the same command for a shell where the package
is installed.
"""

from __future__ import annotations

import sys

from kznetworks.tools.regenerate import main

if __name__ == "__main__":
    sys.exit(main())
