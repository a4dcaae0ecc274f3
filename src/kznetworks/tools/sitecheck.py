"""Check a rendered website: offline, no broken links, nothing unresolved, within budget.

``nox -s book`` renders the site into ``_book/`` and then runs ``python -m
kznetworks.sitecheck _book``. The checks:

``third-party``
    no page or stylesheet loads anything from another host (scripts, stylesheets,
    images, frames, fonts, media); hyperlinks to other sites are fine;
``broken-link``
    every link and every loaded file inside the site exists;
``broken-anchor``
    every ``#fragment`` of an internal link names an element of its page;
``unresolved``
    no cross-reference (``?@fig-...``), citation (``?key``) or shortcode
    (``{{< ... >}}``) was left unresolved by Quarto;
``page-size``
    no page is larger than the page budget (shared libraries in ``site_libs/`` are
    counted once, in the site budget, not per page);
``site-size``
    the pages, the search index and the pages' own files are within the site budget;
    the shared libraries (``site_libs/``, each loaded once for the whole site) within
    the library budget (``library-size``). The data offered for download (``data/``,
    ``downloads/``), the PDF and the API reference are reported, not budgeted: their
    size is the data's and the book's, not the website's;
``pdf``
    the PDF exists and is a PDF.

Examples
--------
>>> import tempfile, pathlib
>>> site = pathlib.Path(tempfile.mkdtemp())
>>> _ = (site / "index.html").write_text('<a href="#top" id="top">x</a>')
>>> [p.rule for p in check_site(site, pdf=None)]
[]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

__all__ = [
    "LIBRARY_BUDGET",
    "PAGE_BUDGET",
    "SITE_BUDGET",
    "Problem",
    "check_site",
    "main",
    "site_sizes",
]

#: Largest page allowed, in bytes (shared libraries aside).
PAGE_BUDGET = 400_000
#: Largest site allowed, in bytes: pages, search index and the pages' own files.
SITE_BUDGET = 6_000_000
#: Largest total of the shared libraries in ``site_libs/``, in bytes.
LIBRARY_BUDGET = 4_000_000
#: Folders of the output that no budget counts (the API reference).
EXCLUDED = ("api",)
#: Folders of shared libraries, counted in the library budget.
LIBRARIES = ("site_libs",)
#: Folders of data offered for download, reported but not budgeted.
DOWNLOADS = ("data", "downloads")

#: Attributes that make the browser load something, per element.
_LOADS = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
}
#: ``<link rel=...>`` values that load a resource (others, like ``canonical``, do not).
_LINK_LOADS = {"stylesheet", "preload", "modulepreload", "icon", "shortcut", "manifest", "prefetch"}
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
_UNRESOLVED = (
    (re.compile(r"\?@[\w-]+"), "unresolved cross-reference"),
    (re.compile(r"\{\{<[^}]*"), "unprocessed shortcode"),
)


@dataclass(frozen=True)
class Problem:
    """One failed check of the built site.

    Parameters
    ----------
    rule : str
        The check: ``third-party``, ``broken-link``, ``broken-anchor``,
        ``unresolved``, ``page-size``, ``site-size`` or ``pdf``.
    file : str
        The page or file, relative to the site root.
    message : str
        What is wrong.

    Examples
    --------
    >>> print(Problem("pdf", "book.pdf", "the PDF is missing"))
    book.pdf: [pdf] the PDF is missing
    """

    rule: str
    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: [{self.rule}] {self.message}"


class _Page(HTMLParser):
    """Collects ids, loaded resources, links, inline styles and visible text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.loads: list[str] = []
        self.links: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._skip = 0
        self._code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.ids.add(values[key])
        for attribute in _LOADS.get(tag, ()):
            if values.get(attribute):
                if attribute == "srcset":
                    self.loads += [p.strip().split()[0] for p in values[attribute].split(",")]
                else:
                    self.loads.append(values[attribute])
        if tag == "link" and values.get("href"):
            rels = set(values.get("rel", "").lower().split())
            (self.loads if rels & _LINK_LOADS else self.links).append(values["href"])
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if values.get("style"):
            self.styles.append(values["style"])
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("code", "pre"):
            self._code += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in ("code", "pre") and self._code:
            self._code -= 1

    def handle_data(self, data: str) -> None:
        if self._skip and self.lasttag == "style":
            self.styles.append(data)
        elif not self._skip and not self._code:
            # text shown as code (an example of a shortcode, say) is not unresolved
            self.text.append(data)


def _is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme not in ("", "file")


def _is_fetching(url: str) -> bool:
    """Whether loading ``url`` would contact another host (data: and blob: do not)."""
    scheme = urlsplit(url).scheme.lower()
    return _is_external(url) and scheme not in ("data", "blob", "about", "javascript")


def _target(site: Path, page: Path, url: str) -> tuple[Path, str]:
    parts = urlsplit(url)
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def _pages(site: Path) -> Iterator[Path]:
    yield from sorted(p for p in site.rglob("*.html") if p.is_file())


def _relative(site: Path, path: Path) -> str:
    try:
        return str(PurePosixPath(path.resolve().relative_to(site.resolve())))
    except ValueError:
        return str(path)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    page.close()
    return page


def _check_css(site: Path, css: Path, text: str, owner: Path) -> Iterator[Problem]:
    for match in _CSS_URL.finditer(text):
        url = match.group(1) or match.group(2)
        if _is_fetching(url):
            yield Problem("third-party", _relative(site, owner), f"stylesheet loads {url}")
        elif not _is_external(url):
            target, _ = _target(site, css, url)
            if not target.exists():
                yield Problem(
                    "broken-link", _relative(site, owner), f"stylesheet refers to missing {url}"
                )


def _excluded(site: Path, path: Path, excluded: Iterable[str]) -> bool:
    first = PurePosixPath(_relative(site, path)).parts[:1]
    return bool(first) and first[0] in set(excluded)


def check_site(
    site: Path,
    *,
    page_budget: int = PAGE_BUDGET,
    site_budget: int = SITE_BUDGET,
    library_budget: int = LIBRARY_BUDGET,
    excluded: tuple[str, ...] = EXCLUDED,
    pdf: str | None = "kz-networks.pdf",
) -> list[Problem]:
    """Run every check on a built site.

    Parameters
    ----------
    site : pathlib.Path
        The output folder (``_book/``).
    page_budget : int, default :data:`PAGE_BUDGET`
        Largest page in bytes.
    site_budget : int, default :data:`SITE_BUDGET`
        Largest site in bytes: everything but the PDF, the excluded folders, the
        shared libraries and the downloads.
    library_budget : int, default :data:`LIBRARY_BUDGET`
        Largest total of the shared libraries (:data:`LIBRARIES`) in bytes.
    excluded : tuple of str, default :data:`EXCLUDED`
        Top-level folders the budgets do not count (their links are still checked).
    pdf : str or None, default "kz-networks.pdf"
        The PDF the site must hold; ``None`` to skip that check.

    Returns
    -------
    list of Problem
        Every problem found, sorted; empty when the site passes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> site = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (site / "index.html").write_text('<script src="https://cdn.example/x.js"></script>')
    >>> [str(p) for p in check_site(site, pdf=None)]
    ['index.html: [third-party] loads https://cdn.example/x.js']
    """
    site = Path(site).resolve()
    problems: list[Problem] = []
    parsed: dict[Path, _Page] = {}

    def page_of(path: Path) -> _Page:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    for path in _pages(site):
        name = _relative(site, path)
        page = page_of(path)
        for url in page.loads:
            if _is_fetching(url):
                problems.append(Problem("third-party", name, f"loads {url}"))
            elif not _is_external(url):
                target, _ = _target(site, path, url)
                if not target.exists():
                    problems.append(Problem("broken-link", name, f"loads missing {url}"))
                elif target.suffix == ".css":
                    css = target.read_text(encoding="utf-8", errors="replace")
                    problems += _check_css(site, target, css, path)
        for style in page.styles:
            problems += _check_css(site, path, style, path)
        for url in page.links:
            if _is_external(url):
                continue
            target, fragment = _target(site, path, url)
            if not target.exists():
                problems.append(Problem("broken-link", name, f"links to missing {url}"))
            elif fragment and target.suffix == ".html" and fragment not in page_of(target).ids:
                problems.append(Problem("broken-anchor", name, f"links to missing anchor {url}"))
        text = " ".join(page.text)
        for pattern, what in _UNRESOLVED:
            for match in sorted(set(pattern.findall(text))):
                problems.append(Problem("unresolved", name, f"{what}: {match}"))
        size = path.stat().st_size
        if size > page_budget and not _excluded(site, path, excluded):
            problems.append(
                Problem("page-size", name, f"{size:,} bytes, over the {page_budget:,} budget")
            )
    sizes = site_sizes(site, excluded)
    if sizes["site_bytes"] > site_budget:
        problems.append(
            Problem(
                "site-size",
                ".",
                f"{sizes['site_bytes']:,} bytes of pages, search index and their files, "
                f"over the {site_budget:,} budget",
            )
        )
    if sizes["library_bytes"] > library_budget:
        problems.append(
            Problem(
                "library-size",
                "site_libs",
                f"{sizes['library_bytes']:,} bytes of shared libraries, "
                f"over the {library_budget:,} budget",
            )
        )
    if pdf:
        pdf_path = site / pdf
        if not pdf_path.is_file():
            problems.append(Problem("pdf", pdf, "the PDF is missing"))
        elif pdf_path.read_bytes()[:5] != b"%PDF-":
            problems.append(Problem("pdf", pdf, "the file is not a PDF"))
    return sorted(set(problems), key=lambda p: (p.rule, p.file, p.message))


def site_sizes(site: Path, excluded: tuple[str, ...] = EXCLUDED) -> dict[str, int]:
    """Sizes in bytes of the largest page and of the site, as the budgets count them.

    Parameters
    ----------
    site : pathlib.Path
        The output folder.
    excluded : tuple of str, default :data:`EXCLUDED`
        Top-level folders not counted.

    Returns
    -------
    dict
        ``largest_page``, ``largest_page_bytes``, ``pages``, ``html_bytes`` (pages
        only), ``site_bytes`` (what the site budget counts: pages, search index, the
        pages' own files), ``library_bytes`` (:data:`LIBRARIES`), ``download_bytes``
        (:data:`DOWNLOADS`) and ``all_bytes`` (everything but PDFs and ``excluded``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> site = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (site / "index.html").write_text("<p>hi</p>")
    >>> (site / "site_libs").mkdir()
    >>> _ = (site / "site_libs" / "lib.js").write_text("let x;")
    >>> sizes = site_sizes(site)
    >>> sizes["largest_page_bytes"], sizes["site_bytes"], sizes["library_bytes"]
    (9, 9, 6)
    """
    site = Path(site).resolve()
    files = [
        p
        for p in sorted(site.rglob("*"))
        if p.is_file() and not _excluded(site, p, excluded) and p.suffix != ".pdf"
    ]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size, default=None)
    libraries = [p for p in files if _excluded(site, p, LIBRARIES)]
    downloads = [p for p in files if _excluded(site, p, DOWNLOADS)]
    counted = [p for p in files if not _excluded(site, p, LIBRARIES + DOWNLOADS)]
    return {
        "largest_page": _relative(site, largest) if largest else "",
        "largest_page_bytes": largest.stat().st_size if largest else 0,
        "pages": len(pages),
        "html_bytes": sum(p.stat().st_size for p in pages),
        "site_bytes": sum(p.stat().st_size for p in counted),
        "library_bytes": sum(p.stat().st_size for p in libraries),
        "download_bytes": sum(p.stat().st_size for p in downloads),
        "all_bytes": sum(p.stat().st_size for p in files),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m kznetworks.sitecheck [SITE]``; exit status 1 on a problem.

    Parameters
    ----------
    argv : list of str, optional
        Arguments (``sys.argv[1:]`` by default).

    Returns
    -------
    int
        0 when the site passes, 1 otherwise.

    Examples
    --------
    >>> import tempfile
    >>> main([tempfile.mkdtemp(), "--pdf", ""])  # doctest: +ELLIPSIS
    site check: 0 pages; ...
    0
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="_book", type=Path)
    parser.add_argument("--pdf", default="kz-networks.pdf", help="the PDF the site must hold")
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"site check: {args.site} is not a folder; render the book first", file=sys.stderr)
        return 1
    problems = check_site(args.site, pdf=args.pdf or None)
    sizes = site_sizes(args.site)
    print(
        f"site check: {sizes['pages']} pages; largest {sizes['largest_page']} "
        f"({sizes['largest_page_bytes']:,} bytes); pages, search index and their files "
        f"{sizes['site_bytes']:,} bytes; shared libraries {sizes['library_bytes']:,}; "
        f"data downloads {sizes['download_bytes']:,}; all {sizes['all_bytes']:,} bytes "
        f"without the PDF and {', '.join(EXCLUDED)}/"
    )
    for problem in problems:
        print(f"- {problem}")
    print(f"site check: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
