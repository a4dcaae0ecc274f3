"""Every chapter runs for both formats without Quarto, and the book's structure holds together."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kznetworks.book.structure import book_files, parse_chapter
from kznetworks.tools import buildinfo
from kznetworks.tools.freeze import frozen_markdown, missing_outputs
from kznetworks.tools.kernel_session import KernelSession

ROOT = Path(__file__).resolve().parents[1]
BOOK = book_files(ROOT)
QMD = [p for p in BOOK if p.suffix == ".qmd"]

#: Output types that make Quarto load require.js and jQuery from a CDN (see
#: extractJupyterWidgetDependencies in Quarto's src/core/jupyter/widgets.ts).
CDN_TRIGGERS = {"text/html", "application/javascript"}


def _mimetypes(nb) -> set[str]:
    return {m for cell in nb.cells for out in cell.get("outputs", []) for m in out.get("data", {})}


@pytest.fixture(scope="session")
def kernel():
    """One kernel per test worker; each chapter runs in a fresh namespace (``%reset``)."""
    with KernelSession() as session:
        yield session


@pytest.mark.chapters
@pytest.mark.parametrize("chapter", QMD, ids=[str(p.relative_to(ROOT)) for p in QMD])
def test_chapter_executes_for_the_website_and_the_pdf(chapter: Path, kernel) -> None:
    runs = kernel.run(chapter, root=ROOT, targets=("html", "typst"))
    for target, nb in runs.items():
        assert len(nb.cells) == len(parse_chapter(chapter).cells)
        triggers = _mimetypes(nb) & CDN_TRIGGERS
        assert not triggers, f"{chapter.name} ({target}) outputs {sorted(triggers)}: a CDN"
        frozen = frozen_markdown(ROOT, chapter, target)
        if frozen is not None:  # test_freeze reports a missing freeze
            missing = missing_outputs(nb, frozen)
            assert not missing, (
                f"{chapter.name} ({target}): the data or the package changed its output, but "
                f"_freeze/ still has the old one (render with `nox -s book`, which re-executes "
                f"stale chapters, and commit _freeze/); first difference: {missing[0]!r}"
            )
    if "charts." in chapter.read_text(encoding="utf-8"):
        html = "".join(str(o.get("data", {})) for c in runs["html"].cells for o in c.outputs)
        typst = "".join(str(o.get("data", {})) for c in runs["typst"].cells for o in c.outputs)
        assert 'class=\\"kz-chart\\"' in html or 'class="kz-chart"' in html
        assert "#box(image(bytes(" in typst


def _bib_keys() -> set[str]:
    text = (ROOT / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, flags=re.MULTILINE))


def test_every_book_file_exists() -> None:
    missing = [str(p.relative_to(ROOT)) for p in BOOK if not p.is_file()]
    assert not missing, f"_quarto.yml names files that do not exist: {missing}"
    config = yaml.safe_load((ROOT / "_quarto.yml").read_text(encoding="utf-8"))
    for key in ("bibliography", "csl"):
        assert (ROOT / config[key]).is_file(), f"{key} file {config[key]} is missing"
    written = " ".join(
        (ROOT / script).read_text(encoding="utf-8")
        for script in config["project"].get("pre-render", [])
    )
    for name in config.get("metadata-files", []):
        if name == buildinfo.BUILD_FILE:  # written by a pre-render step, not committed
            assert "buildinfo" in written, f"no pre-render step writes {name}"
            continue
        assert (ROOT / name).is_file(), f"metadata file {name} is missing"


def test_every_chapter_has_a_title() -> None:
    untitled = [str(p.relative_to(ROOT)) for p in QMD if not parse_chapter(p).title]
    assert not untitled, f"chapters without a title: {untitled}"


def test_labels_are_unique_and_cross_references_resolve() -> None:
    labels: dict[str, str] = {}
    duplicates = []
    for path in QMD:
        for label in parse_chapter(path).labels:
            if label in labels:
                duplicates.append(f"{label} ({labels[label]} and {path.name})")
            labels[label] = path.name
    assert not duplicates, f"labels defined twice: {duplicates}"
    dangling = [
        f"@{ref} in {path.name}"
        for path in QMD
        for ref in parse_chapter(path).cross_references
        if ref not in labels
    ]
    assert not dangling, f"cross-references with no matching label: {dangling}"


def test_citations_exist_in_bibliography() -> None:
    keys = _bib_keys()
    unknown = [
        f"@{key} in {path.name}"
        for path in QMD
        for key in parse_chapter(path).citations
        if key not in keys
    ]
    assert not unknown, f"citation keys missing from references.bib: {unknown}"


def test_chapters_import_only_the_book_layer() -> None:
    for path in QMD:
        for cell in parse_chapter(path).cells:
            for line in cell["source"].splitlines():
                if line.startswith(("import ", "from ")):
                    assert line.startswith("from kznetworks.book import"), f"{path.name}: {line}"
