"""Measure how long the book takes: its Python, the test suite, and the Quarto render.

    python analysis/benchmark.py            # the book's Python, chapter by chapter
    python analysis/benchmark.py --tests    # the test suite: wall time and CPU use
    python analysis/benchmark.py --render   # render time against a floor book

``--render`` renders, in one run and with the same Quarto, this book and a *floor
book*: the same ``_quarto.yml`` and chapter list, each chapter replaced by its title
and one trivial pandas cell. Both are copied to temporary folders and rendered to HTML
twice: clean (no ``_freeze/``, no ``_book/``) and again with nothing changed,
alternately, ``--repeat`` times; each keeps its fastest run. The ratios (book / floor),
of wall time and of CPU time, hold on a noisy machine; the targets are at most 1.5 for
a clean render and 1.2 for an unchanged rebuild.

``--render --text-floor`` renders a third book as well, the *text floor*: every
chapter keeps its own text, headings, cross-references and citations, and each cell
keeps its label and caption, but its code is replaced by a trivial cell (a one-row
table for a table's cell) and each inline expression by a number. Its time is what
Quarto spends on the book's written text and floats, whatever the package computes;
book / text floor is then the cost of the package's output.

The script reports; it never fails on a budget (timings are not tests).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BOOK_PYTHON_BUDGET = 60.0
TEST_BUDGET = 45.0
CLEAN_TARGET = 1.5
REBUILD_TARGET = 1.2


def _package_on_path() -> None:
    """Make this checkout's package importable (once, however many books are built)."""
    src = str(ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)


def book_python() -> int:
    """Time every chapter's Python, executed as Quarto's Jupyter engine runs it."""
    _package_on_path()
    from kznetworks.book.structure import book_files
    from kznetworks.tools.chapter_runner import execute_chapter

    total = 0.0
    for path in book_files(ROOT):
        if path.suffix != ".qmd":
            continue
        start = time.perf_counter()
        execute_chapter(path, root=ROOT)
        seconds = time.perf_counter() - start
        total += seconds
        print(f"{seconds:7.2f} s  {path.relative_to(ROOT)}")
    verdict = "within" if total <= BOOK_PYTHON_BUDGET else "OVER"
    print(f"{total:7.2f} s  total ({verdict} the {BOOK_PYTHON_BUDGET:.0f} s budget)")
    return 0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_suite(extra: list[str]) -> int:
    """Time the whole test suite as ``nox -s tests`` runs it (parallel workers)."""
    cpu0, wall0 = _children_cpu(), time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "auto", *extra], cwd=ROOT, check=False
    )
    wall = time.perf_counter() - wall0
    cpu = _children_cpu() - cpu0
    cores = os.cpu_count() or 1
    verdict = "within" if wall <= TEST_BUDGET else "OVER"
    print(
        f"test suite: {wall:.1f} s wall ({verdict} the {TEST_BUDGET:.0f} s target), "
        f"{cpu:.1f} s CPU, {100 * cpu / (wall * cores):.0f}% of {cores} cores; "
        f"pytest exit status {result.returncode}"
    )
    return 0


def _project_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [f for f in listed if not f.startswith("_freeze/") and (ROOT / f).is_file()]


def _copy_project(target: Path) -> None:
    for name in _project_files():
        dest = target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dest)


#: The trivial cell of a floor book.
TRIVIAL_CELL = "import pandas as pd\n\npd.DataFrame({'x': [1, 2, 3]})['x'].sum()"
#: A text floor's cell for a table: a one-row Markdown table, so the float keeps its table.
TRIVIAL_TABLE = "from IPython.display import Markdown\n\nMarkdown('| x |\\n|---|\\n| 1 |')"


def _floor_config(target: Path) -> None:
    """The book's ``_quarto.yml`` without its own render steps and filters, and its assets."""
    config = yaml.safe_load((ROOT / "_quarto.yml").read_text(encoding="utf-8"))
    # no pre- or post-render steps (site assets, build info, downloads): a floor book
    # is Quarto's own work on the same chapter list
    config["project"].pop("pre-render", None)
    config["project"].pop("post-render", None)
    config["project"].pop("resources", None)
    config["metadata-files"] = [
        name for name in config.get("metadata-files", []) if (ROOT / name).is_file()
    ]
    config.pop("filters", None)
    (target / "_quarto.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    for name in ("references.bib", "chicago-author-date.csl", *config["metadata-files"]):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "assets", target / "assets", ignore=shutil.ignore_patterns("vendor"))


def _floor_book(target: Path) -> None:
    """The same book configuration and chapters, each one a title and a trivial cell."""
    _package_on_path()
    from kznetworks.book.structure import book_files, parse_chapter

    _floor_config(target)
    for path in book_files(ROOT):
        chapter = parse_chapter(path)
        label = next((x for x in chapter.labels if x.startswith("sec-")), None)
        heading = f"# {chapter.title}" + (f" {{#{label}}}" if label else "")
        dest = target / path.relative_to(ROOT)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(f"{heading}\n\n```{{python}}\n{TRIVIAL_CELL}\n```\n", encoding="utf-8")


_CELL = re.compile(r"^```\{python\}\n(.*?)^```$", re.M | re.S)
_INLINE = re.compile(r"(?<!`)`\{python\}[^`\n]*`")


def _trivial_cell(match: re.Match[str]) -> str:
    options = [line for line in match.group(1).splitlines() if line.startswith("#|")]
    label = next((line.split(":", 1)[1].strip() for line in options if "label:" in line), "")
    body = TRIVIAL_TABLE if label.startswith("tbl-") else TRIVIAL_CELL
    return "```{python}\n" + "\n".join([*options, body]) + "\n```"


def _text_floor(target: Path) -> None:
    """The book's chapters with their own text, every computed output made trivial."""
    _package_on_path()
    from kznetworks.book.structure import book_files

    _floor_config(target)
    for path in book_files(ROOT):
        text = _INLINE.sub("1", _CELL.sub(_trivial_cell, path.read_text(encoding="utf-8")))
        dest = target / path.relative_to(ROOT)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")


def _render(folder: Path, quarto: str, env: dict[str, str]) -> tuple[float, float, bool]:
    """Render ``folder`` to HTML; return wall seconds, CPU seconds and success."""
    cpu0, start = _children_cpu(), time.perf_counter()
    result = subprocess.run(
        [quarto, "render", "--to", "html"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu0
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", file=sys.stderr)
    warnings = re.findall(r"(?im)^.*\bwarn(?:ing)?\b.*$", result.stdout + result.stderr)
    for line in warnings[:10]:
        print(f"    warning in {folder.name}: {line.strip()[:160]}")
    return seconds, cpu, result.returncode == 0


def _ratios(best: dict[tuple[str, str], tuple[float, float]], over: str, under: str) -> None:
    print(
        f"phase      wall: {over:>5} {under:>5}  ratio   CPU: {over:>5} {under:>5}  ratio  target"
    )
    for phase, target in (("clean", CLEAN_TARGET), ("unchanged", REBUILD_TARGET)):
        (top_w, top_c), (low_w, low_c) = best[(over, phase)], best[(under, phase)]
        ratio_w, ratio_c = top_w / low_w, top_c / low_c
        verdict = "ok" if max(ratio_w, ratio_c) <= target else "OVER"
        if (over, under) != ("book", "floor"):
            target, verdict = "-", ""  # the targets are the book's against the floor
        print(
            f"{phase:9} {top_w:11.1f} {low_w:5.1f} {ratio_w:6.2f} {top_c:11.1f} "
            f"{low_c:5.1f} {ratio_c:6.2f}  {target} {verdict}"
        )


def render(repeat: int, text_floor: bool = False) -> int:
    """Render the book and the floor book, clean and unchanged, and print the ratios.

    The books are rendered alternately, ``repeat`` times each phase (a clean render
    starts from a fresh copy each time), and each keeps its fastest run: noise from
    other work on the machine only ever adds time. Wall time and CPU time (of Quarto,
    Pandoc, Typst and the Python kernels together) are both reported; CPU time hardly
    depends on what else the machine is doing, so its ratio is the steadier one. With
    ``text_floor``, the text floor is rendered too, and the ratio book / floor is split
    into text / floor (Quarto's work on the written text) and book / text (the cost of
    what the package computes).
    """
    quarto = shutil.which("quarto")
    if not quarto:
        print("benchmark --render needs `quarto` on PATH", file=sys.stderr)
        return 1
    env = dict(os.environ)
    env.setdefault("QUARTO_PYTHON", sys.executable)
    best: dict[tuple[str, str], tuple[float, float]] = {}
    builders = {"book": _copy_project, "floor": _floor_book}
    if text_floor:
        builders["text"] = _text_floor

    def keep(key: tuple[str, str], wall: float, cpu: float) -> None:
        old = best.get(key)
        best[key] = (min(wall, old[0]), min(cpu, old[1])) if old else (wall, cpu)

    with tempfile.TemporaryDirectory(prefix="kz-bench-") as tmp:
        for run in range(1, repeat + 1):
            folders = {name: Path(tmp) / f"{name}-{run}" for name in builders}
            for name, folder in folders.items():
                folder.mkdir()
                builders[name](folder)
            for phase in ("clean", "unchanged"):
                for name, folder in folders.items():
                    wall, cpu, ok = _render(folder, quarto, env)
                    keep((name, phase), wall, cpu)
                    status = "" if ok else "  (FAILED)"
                    print(
                        f"run {run}: {name:5} {phase:9} {wall:7.1f} s wall {cpu:7.1f} s CPU"
                        f"{status}",
                        flush=True,
                    )
    print(f"\nfastest of {repeat} run(s); ratio = book / floor")
    _ratios(best, "book", "floor")
    if text_floor:
        print("\nof which Quarto's work on the written text: ratio = text / floor")
        _ratios(best, "text", "floor")
        print("\nand the package's output: ratio = book / text")
        _ratios(best, "book", "text")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one measurement.

    Parameters
    ----------
    argv : list of str, optional
        Arguments; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--tests", action="store_true", help="time the test suite")
    what.add_argument("--render", action="store_true", help="time the render against a floor")
    parser.add_argument(
        "--text-floor", action="store_true", help="with --render: also render the text floor"
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each render; the fastest counts"
    )
    args, extra = parser.parse_known_args(argv)
    if args.tests:
        return test_suite(extra)
    if args.render:
        return render(args.repeat, text_floor=args.text_floor)
    return book_python()


if __name__ == "__main__":
    sys.exit(main())
