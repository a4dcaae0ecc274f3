"""The citation page comes from CITATION.cff, escaped."""

from __future__ import annotations

from kznetworks.book import citation


def test_page_has_three_sections_and_a_bibtex_block() -> None:
    page = citation.page()
    assert page.count("## ") == 3 and "```bibtex\n@software{kznetworks_" in page


def test_text_from_the_cff_is_escaped() -> None:
    cff = citation.load_cff()
    cff = {**cff, "title": "A <script>alert(1)</script> title"}
    assert "\\<script\\>" in citation.page(cff)
