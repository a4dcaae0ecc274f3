"""One place sets the theme and renderer, whatever module a chapter imports first."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kznetworks.book import theme

# the diagrams are drawn as SVG by Graphviz (kznetworks.book.drawing), not by Altair
MODULES = ["kznetworks.book.charts", "kznetworks.book.networks"]
BUILDERS = {
    "kznetworks.book.charts": "m.incumbency().spec()",
    "kznetworks.book.networks": "m.network_chart(['person:nazarbaev-nursultan']).to_dict()",
}


@pytest.mark.parametrize("module", MODULES)
def test_each_module_alone_draws_with_the_theme(module: str) -> None:
    code = (
        "import importlib, altair as alt\n"
        f"m = importlib.import_module({module!r})\n"
        f"spec = {BUILDERS[module]}\n"
        "print(alt.theme.active, alt.renderers.active, spec['config']['range']['category'][0])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["kznetworks", "kznetworks", theme.PALETTE[0]]


def test_setup_is_idempotent() -> None:
    theme.setup()
    theme.setup()
    import altair as alt

    assert alt.theme.active == theme.THEME_NAME
