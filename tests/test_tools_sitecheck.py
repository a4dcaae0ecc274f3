"""The site check finds each kind of problem in small fixture sites, and passes a clean one."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznetworks.tools import sitecheck


def _site(tmp_path: Path, pages: dict[str, str | bytes]) -> Path:
    for name, content in pages.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return tmp_path


CLEAN = {
    "index.html": (
        '<html><head><link rel="stylesheet" href="site_libs/a.css">'
        '<script src="site_libs/a.js"></script></head><body>'
        '<a href="chapters/one.html#sec-one">one</a> <a href="https://doi.org/10.1/x">doi</a>'
        '<a href="#top" id="top">top</a><a href="data/a.csv">csv</a></body></html>'
    ),
    "chapters/one.html": '<h2 id="sec-one">One</h2><a href="../index.html">home</a>',
    "site_libs/a.css": "body { background: url(img.png); }",
    "site_libs/img.png": b"\x89PNG",
    "site_libs/a.js": "1;",
    "data/a.csv": "a\n1\n",
    "kz-networks.pdf": b"%PDF-1.7\n",
}


def _rules(site: Path, **kwargs) -> list[str]:
    return [p.rule for p in sitecheck.check_site(site, **kwargs)]


def test_clean_site_passes(tmp_path: Path) -> None:
    assert sitecheck.check_site(_site(tmp_path, CLEAN)) == []


@pytest.mark.parametrize(
    ("html", "rule"),
    [
        ('<script src="https://cdn.jsdelivr.net/npm/x.js"></script>', "third-party"),
        ('<script src="//cdn.example.org/x.js"></script>', "third-party"),
        ('<link rel="stylesheet" href="https://fonts.googleapis.com/css">', "third-party"),
        ('<img srcset="../site_libs/img.png 1x, https://x.org/b.png 2x">', "third-party"),
        ('<iframe src="https://www.youtube.com/embed/x"></iframe>', "third-party"),
        ('<div style="background: url(https://x.org/a.png)"></div>', "third-party"),
        ("<style>@import 'https://fonts.googleapis.com/css2';</style>", "third-party"),
        ('<a href="missing.html">x</a>', "broken-link"),
        ('<script src="site_libs/gone.js"></script>', "broken-link"),
        ('<a href="one.html#nowhere">x</a>', "broken-anchor"),
        ('<a href="#nowhere">x</a>', "broken-anchor"),
        ("<p>See <strong>?@fig-missing</strong>.</p>", "unresolved"),
        ("<p>Version {{&lt; meta kz-version &gt;}}</p>", "unresolved"),
    ],
)
def test_each_problem_is_found(tmp_path: Path, html: str, rule: str) -> None:
    site = _site(tmp_path, {**CLEAN, "chapters/bad.html": html})
    problems = sitecheck.check_site(site)
    assert [p.rule for p in problems] == [rule], problems
    assert problems[0].file == "chapters/bad.html"


def test_stylesheet_importing_a_web_font_is_found(tmp_path: Path) -> None:
    css = "@import url(https://fonts.googleapis.com/css2?family=Lato);"
    site = _site(tmp_path, {**CLEAN, "site_libs/a.css": css})
    problems = sitecheck.check_site(site)
    assert [p.rule for p in problems] == ["third-party"]
    assert "fonts.googleapis.com" in problems[0].message


def test_hyperlinks_and_data_urls_are_not_loads(tmp_path: Path) -> None:
    html = '<a href="https://github.com/x">repo</a><img src="data:image/png;base64,AAAA">'
    assert _rules(_site(tmp_path, {**CLEAN, "b.html": html})) == []


def test_page_and_site_budgets(tmp_path: Path) -> None:
    site = _site(tmp_path, {**CLEAN, "big.html": "x" * 2000, "api/huge.html": "y" * 5000})
    counted = sum(
        p.stat().st_size
        for p in site.rglob("*")
        if p.is_file() and p.suffix != ".pdf" and not {"api", "site_libs", "data"} & set(p.parts)
    )
    assert counted == sitecheck.site_sizes(site)["site_bytes"]
    assert _rules(site, page_budget=1000, site_budget=10**6) == ["page-size"]
    assert _rules(site, page_budget=10**6, site_budget=counted - 1) == ["site-size"]
    # the API reference, the PDF, the libraries and the data are not counted
    assert _rules(site, page_budget=10**6, site_budget=counted) == []


def test_libraries_have_their_own_budget_and_downloads_none(tmp_path: Path) -> None:
    site = _site(tmp_path, dict(CLEAN))
    before = sitecheck.site_sizes(site)
    (site / "site_libs" / "lib.js").write_text("z" * 3000, encoding="utf-8")
    (site / "downloads").mkdir()
    (site / "downloads" / "data.zip").write_bytes(b"0" * 7000)
    sizes = sitecheck.site_sizes(site)
    assert sizes["site_bytes"] == before["site_bytes"]
    assert sizes["library_bytes"] == before["library_bytes"] + 3000
    assert sizes["download_bytes"] == before["download_bytes"] + 7000
    assert sizes["all_bytes"] == before["all_bytes"] + 10000
    budgets = {"page_budget": 10**6, "site_budget": sizes["site_bytes"]}
    libraries = sizes["library_bytes"]
    assert _rules(site, **budgets, library_budget=libraries - 1) == ["library-size"]
    assert _rules(site, **budgets, library_budget=libraries) == []


def test_missing_or_fake_pdf(tmp_path: Path) -> None:
    pages = dict(CLEAN)
    del pages["kz-networks.pdf"]
    site = _site(tmp_path, pages)
    assert _rules(site) == ["pdf"]
    (site / "kz-networks.pdf").write_text("<html>", encoding="utf-8")
    assert _rules(site) == ["pdf"]


def test_command_line_exit_status(tmp_path: Path, capsys) -> None:
    site = _site(tmp_path, CLEAN)
    assert sitecheck.main([str(site)]) == 0
    (site / "bad.html").write_text('<a href="nope.html">x</a>', encoding="utf-8")
    assert sitecheck.main([str(site)]) == 1
    assert "broken-link" in capsys.readouterr().out
    assert sitecheck.main([str(tmp_path / "absent")]) == 1


def test_code_examples_are_not_unresolved(tmp_path: Path) -> None:
    html = "<p>Write <code>{{&lt; meta title &gt;}}</code> or <code>?@fig-x</code>.</p>"
    assert _rules(_site(tmp_path, {**CLEAN, "doc.html": html})) == []
