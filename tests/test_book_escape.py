"""Text from data is escaped for the format it goes into."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from kznetworks.book import escape

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "</script><!--<script>",
    "`code` and **bold** _it_ [link](http://x) @cite $x$ ~sub~ ^sup^",
    "| pipe | cell |",
    "{{< meta title >}}",
    "# heading\n- list\n> quote",
    "a\x00b\x1fc",
    "&amp; &lt;",
    "\\ backslash",
    "1992--1997 ... and --- 'quoted' \"double\"",
    "- not a list",
    "12. not numbered",
    ": not a definition",
    "::: not a div",
    "https://example.org/a_b_c",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escape_keeps_text_on_one_line(text: str) -> None:
    out = escape.markdown(text)
    assert "\n" not in out and "\x00" not in out
    for char in "`*_[]<>|@$~^#":
        assert char not in out.replace("\\" + char, "")


def _pandoc() -> str | None:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        return None


@pytest.mark.skipif(_pandoc() is None, reason="pandoc is not installed")
@pytest.mark.parametrize("text", HOSTILE)
def test_pandoc_renders_the_escaped_text_literally(text: str) -> None:
    out = subprocess.run(
        [_pandoc(), "-f", "markdown", "-t", "plain", "--wrap=none"],
        input=escape.markdown(text),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    expected = " ".join(text.replace("\x00", "").replace("\x1f", "").split())
    assert " ".join(out.split()) == expected


def test_html_escape_quotes_attributes() -> None:
    assert escape.html('"><script>') == "&quot;&gt;&lt;script&gt;"


def test_script_json_round_trips_and_cannot_close_the_element() -> None:
    value = {"b": "</script><!--", "a": "\u2028&"}
    text = escape.script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value
    assert text.index('"a"') < text.index('"b"')  # sorted keys: same value, same bytes


def test_script_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        escape.script_json({"x": float("inf")})


def test_raw_block_fence_outgrows_backticks_in_content() -> None:
    block = escape.raw_block("a ```` b", "html")
    assert block.startswith("`````{=html}\n") and block.endswith("\n`````\n")
    with pytest.raises(ValueError, match="'html' or 'typst'"):
        escape.raw_block("x", "latex")


def test_module_is_used_by_every_renderer() -> None:
    src = Path(escape.__file__).parent
    for name in (
        "render.py",
        "table.py",
        "printed.py",
        "figure.py",
        "typologies.py",
        "ledger_views.py",
    ):
        assert "escape." in (src / name).read_text(encoding="utf-8"), name
