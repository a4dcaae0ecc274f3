"""The who's who: every entity has an entry, reachable by its anchor, on both outputs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from kznetworks import data
from kznetworks.book import mentions, render, whoswho
from kznetworks.register.entries import anchor


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.hrefs.append(str(found["href"]))


@pytest.fixture(scope="module")
def pages() -> dict[str, _Anchors]:
    out = {}
    for group in mentions.PAGES:
        parser = _Anchors()
        parser.feed(whoswho.page(group).html())
        out[mentions.PAGES[group][0]] = parser
    return out


def test_every_entity_has_one_entry_on_its_page(pages: dict[str, _Anchors]) -> None:
    for entity in data.load("entities")["entity_id"]:
        page = pages[mentions.page_of(entity)]
        assert page.ids.count(anchor(entity)) == 1, entity
    for page, found in pages.items():
        assert len(found.ids) == len(set(found.ids)), page


def test_every_link_between_entries_lands_on_an_entry(pages: dict[str, _Anchors]) -> None:
    for page, found in pages.items():
        for href in found.hrefs:
            target, _, fragment = href.partition("#")
            if not fragment or target.endswith(("references.html",)) or "sec-" in fragment:
                continue
            where = page if not target else f"chapters/{target.split('/')[-1]}"
            assert fragment in pages[where].ids, (page, href)


def test_the_pdf_index_has_every_entry() -> None:
    typst = "\n".join(whoswho.page(group).typst() for group in mentions.PAGES)
    labels = re.findall(r"#metadata\(none\) <([a-z0-9-]+)>", typst)
    assert sorted(set(labels) - {"kz-index-start"}) == sorted(
        anchor(e) for e in data.load("entities")["entity_id"]
    )


def test_text_from_data_is_escaped() -> None:
    html = whoswho.page("people").html()
    assert "<script" not in html.lower()
    assert not re.search(r"&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)", html)


def test_output_for_each_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "target", lambda: "typst")
    assert whoswho.page("parties").output().startswith("```{=typst}")
    monkeypatch.setattr(render, "target", lambda: "html")
    assert whoswho.page("parties").output().startswith("```{=html}")


def test_line_ranges() -> None:
    assert whoswho.line_ranges([3, 4, 5, 9]) == "3\u20135, 9"


def test_bad_group() -> None:
    with pytest.raises(ValueError, match="group must be one of"):
        whoswho.page("planets")
    with pytest.raises(TypeError, match="group must be one of"):
        whoswho.page(1)
