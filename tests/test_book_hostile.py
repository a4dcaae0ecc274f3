"""Hostile strings in the data stay text in every output of every chapter, website and PDF.

A copy of ``data/`` gets :data:`hostile.HOSTILE` appended to every free-text cell, and
a variant of it to every printed name and the register's names (with aliases, so that
they still resolve; see ``tests/hostile.py``). Every chapter then runs on that copy, for
the website and the PDF, in a Jupyter kernel as Quarto runs it. The Markdown the cells
emit is turned into HTML (and Typst) by Pandoc, as Quarto does, and parsed: no element,
attribute, comment or Markdown construct may come from the data, and the JSON of charts
may not contain a ``<`` that could close or comment out its script element.
"""

from __future__ import annotations

import bisect
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile import inject

from kznetworks.book.structure import book_files, parse_chapter
from kznetworks.tools.kernel_session import KernelSession

ROOT = Path(__file__).resolve().parents[1]
QMD = [p for p in book_files(ROOT) if p.suffix == ".qmd"]
#: Chapters that print free text from the data (repairs, notes, descriptions, names).
SHOWS_TEXT = {"sources", "designs", "fpg", "networks", "ledger"}
#: What the injected text looks like once it is displayed as text.
SHOWN = "onerror=alert(1)"


class _Injected(HTMLParser):
    """Collects whatever in a page could only have come from the hostile strings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._stack: list[str] = []
        self._script_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("img", "iframe"):
            self.found.append(f"<{tag}> element")
        if tag == "script" and values.get("type") != "application/json":
            self.found.append(f"<script type={values.get('type')!r}> element")
        self._script_json = tag == "script"
        for key, value in attrs:
            if key.startswith("on"):
                self.found.append(f"{key} attribute on <{tag}>")
            if key == "href" and value in ("x", "http://x"):
                self.found.append(f"link to {value!r}")
            if key == "data-cites" and value == "cite":
                self.found.append("citation @cite")
            if key == "class" and value and "math" in value.split():
                self._stack.append("math")
                continue
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass
        self._script_json = False

    def handle_comment(self, data: str) -> None:
        self.found.append(f"comment <!--{data[:30]}")

    def handle_data(self, data: str) -> None:
        inside = self._stack[-1] if self._stack else ""
        if self._script_json and "<" in data:
            self.found.append(f"'<' in a chart's JSON: {data[data.index('<') :][:40]!r}")
        if inside == "code" and data == "tick":
            self.found.append("`tick` as code")
        if inside in ("em", "strong") and data in ("i", "b"):
            self.found.append(f"{data!r} as <{inside}>")
        if inside == "math" and "m" in data:
            self.found.append("$m$ as math")


def _markdown(kernel: KernelSession, chapter: Path, target: str) -> str:
    """What Quarto puts into the page: the cells' Markdown and the inline expressions' values.

    Quarto inserts an inline expression's Markdown form when it has one (``escape.Plain``
    does), else its text; the kernel session prints it, so its value is shown again here.
    """
    nb = kernel.run(chapter, root=ROOT, targets=(target,))[target]
    parts = []
    for item, cell in zip(parse_chapter(chapter).cells, nb.cells, strict=True):
        if item["kind"] != "cell":
            shown = kernel.execute(
                f"_kz_value = ({item['source']})\n"
                "print(getattr(_kz_value, '_repr_markdown_', _kz_value.__str__)(), end='')"
            )
            parts.extend(out["text"] for out in shown if out.get("output_type") == "stream")
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out["text"])
            elif "text/markdown" in out.get("data", {}):
                parts.append(out["data"]["text/markdown"])
    return "\n\n".join(parts)


def _pandoc(markdown: str, to: str) -> str:
    import pypandoc

    return pypandoc.convert_text(markdown, to, format="markdown", extra_args=["--wrap=none"])


#: Typst markup from the hostile strings that must be escaped or sit in a string literal.
TYPST_TOKENS = ("#set text(red)", "`tick`", "$m$", "@cite", "*b*", "_i_", "<img")


def _string_quotes(line: str) -> list[int]:
    """Where the quotes that open or close a Typst string literal are (not ``\\"``)."""
    # an escaped character, a quote or a backslash, is no delimiter
    return [m.start() for m in re.finditer(r'\\.|"', line) if m.group() == '"']


def _live_typst(typst: str) -> list[str]:
    """Hostile Typst tokens neither escaped (``\\``) nor inside a string literal.

    One pass over each line finds its string delimiters; a token is inside a string
    when an odd number of them come before it (a chart's SVG is one long line, with
    thousands of tokens: counting again for each of them would take seconds).
    """
    live = []
    typst = re.sub(r"<[\w.:-]+>", "<label>", typst)  # labels are slugs, not markup
    for line in typst.splitlines():
        if not any(token in line for token in TYPST_TOKENS):
            continue
        quotes = _string_quotes(line)
        for token in TYPST_TOKENS:
            for found in re.finditer(re.escape(token), line):
                inside = bisect.bisect_left(quotes, found.start()) % 2 == 1
                if not inside and line[found.start() - 1 : found.start()] != "\\":
                    live.append(f"{token!r} in {line.strip()[:120]!r}")
    return live


@pytest.fixture(scope="module")
def hostile_kernel(tmp_path_factory):
    """A kernel whose package reads a copy of data/ with hostile strings injected."""
    target = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(ROOT / "data", target)
    descriptor = target / "datapackage.json"
    assert inject(descriptor) > 0 and inject(descriptor, names=True) > 0
    with KernelSession() as session:
        errors = [
            o
            for o in session.execute(
                # kept in builtins: %reset -f before each chapter would otherwise drop
                # the context manager, and its exit would restore the real data
                "import builtins, kznetworks.data\n"
                f"builtins._kz_hostile = kznetworks.data.using({str(descriptor)!r})\n"
                "builtins._kz_hostile.__enter__()\n"
                "kznetworks.data.validate()\n"
                # the copy's names and texts are deliberately not the documents': the
                # chapters' sentences about the data (and the ledger's verdicts) need not
                # hold for it, and this test is about escaping, not about them
                "import kznetworks.book.facts.base as _kz_base\n"
                "_kz_base.Facts.check = lambda self: None"
            )
            if o.get("output_type") == "error"
        ]
        assert not errors, errors
        yield session


@pytest.mark.chapters
@pytest.mark.parametrize("chapter", QMD, ids=[p.stem for p in QMD])
def test_hostile_data_stays_text(chapter: Path, hostile_kernel) -> None:
    website = _markdown(hostile_kernel, chapter, "html")
    pdf = _markdown(hostile_kernel, chapter, "typst")
    html = _pandoc(website, "html")
    parser = _Injected()
    parser.feed(html)
    assert not parser.found, f"{chapter.name} (website): {parser.found[:5]}"
    # the hostile text did reach the page (as text) in chapters that print free text
    if chapter.stem in SHOWS_TEXT:
        assert SHOWN in html, f"{chapter.name}: no injected text reached the page"
    assert "{{<" not in website + pdf, f"{chapter.name}: a Quarto shortcode from the data"
    live = _live_typst(_pandoc(pdf, "typst"))
    assert not live, f"{chapter.name} (PDF): {live[:5]}"


def test_the_typst_check_tells_live_markup_from_text() -> None:
    assert _live_typst("#set text(red)")
    assert _live_typst('"a\\"b" #set text(red)')  # the escaped quote closes nothing
    assert not _live_typst('"#set text(red)"')
    assert not _live_typst("\\#set text(red)")
    assert not _live_typst('"\\\\" "#set text(red)"')  # an escaped backslash, then a string
