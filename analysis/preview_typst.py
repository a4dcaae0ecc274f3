"""Approximate the book's PDF without Quarto: pandoc + Typst from PyPI.

Quarto cannot be installed on the machines this project is developed on. This script
gives a rough look at the PDF path so layout problems (wide or long tables, charts)
show up before the real render: it executes chapters as the tests do, assembles
Markdown the way Quarto's Jupyter engine does for Typst (Markdown outputs, SVG
images, ``output: asis`` text, inline values), converts it with pandoc to Typst with
the project's Typst header, and compiles it with the ``typst`` package.

It is an approximation: Quarto's Typst template, cross-references, callouts and
captions are not reproduced. The real PDF comes from ``nox -s book``.

    python analysis/preview_typst.py [CHAPTER.qmd ...] [--out preview.pdf]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def chapter_markdown(path: Path, images: Path) -> str:
    """Execute one chapter and return its Markdown as Quarto would hand it to pandoc."""
    sys.path.insert(0, str(ROOT / "src"))
    from kznetworks.chapters import execute_chapter, parse_chapter

    chapter = parse_chapter(path)
    notebook = execute_chapter(path, root=ROOT)
    values: list[str] = []
    blocks: list[str] = []
    for index, (cell, executed) in enumerate(zip(chapter.cells, notebook.cells, strict=True)):
        if cell["kind"] == "inline":
            values.append("".join(o.get("text", "") for o in executed.outputs).strip())
            continue
        parts = []
        for output in executed.outputs:
            bundle = output.get("data", {})
            if "text/markdown" in bundle:
                parts.append(bundle["text/markdown"])
            elif "image/svg+xml" in bundle:
                image = images / f"{path.stem}-{index}.svg"
                image.write_text(bundle["image/svg+xml"], encoding="utf-8")
                parts.append(f"![]({image})")
            elif output.get("output_type") == "stream" and cell["options"].get("output") == "asis":
                parts.append(output["text"])
        blocks.append("\n\n".join(parts))
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
    cells = iter(blocks)
    text = re.sub(r"```\{python\}.*?```", lambda _: next(cells), text, flags=re.S)
    inline = iter(values)
    text = re.sub(r"`\{python\}\s+[^`]+`", lambda _: next(inline), text)
    return re.sub(r"\{#[^}]*\}", "", text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chapters", nargs="*", type=Path, help="chapters (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "preview.pdf")
    args = parser.parse_args(argv)
    import pypandoc
    import typst

    sys.path.insert(0, str(ROOT / "src"))
    from kznetworks.chapters import book_files

    chapters = args.chapters or [p for p in book_files(ROOT) if p.suffix == ".qmd"]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        markdown = "\n\n".join(chapter_markdown(p.resolve(), work) for p in chapters)
        (work / "book.md").write_text(markdown, encoding="utf-8")
        pypandoc.convert_file(
            str(work / "book.md"),
            "typst",
            outputfile=str(work / "book.typ"),
            extra_args=[
                "--standalone",
                "--citeproc",
                f"--bibliography={ROOT / 'references.bib'}",
                f"--include-in-header={ROOT / 'assets' / 'typst-header.typ'}",
            ],
        )
        typst.compile(str(work / "book.typ"), output=str(args.out), root="/")
    print(f"wrote {args.out} (an approximation of the Quarto PDF)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
