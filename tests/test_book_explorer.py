"""The network explorer: its element and controls on the website, a paragraph in the PDF."""

from __future__ import annotations

import re

import pytest

from kznetworks.book import explorer, render
from kznetworks.register.entries import KINDS, RELATION_WORDS


def test_the_element_has_every_control() -> None:
    html = explorer.explorer("party:otan", 2).html()
    assert 'data-centre="party:otan"' in html and 'data-radius="2"' in html
    assert '<option value="2" selected>2</option>' in html
    assert len(re.findall(r"<option value=\"\d\"", html)) == explorer.MAX_RADIUS + 1
    for kind in KINDS:
        assert f'name="kind" value="{kind}" checked' in html
    for relation in RELATION_WORDS:
        assert f'<option value="{relation}" selected>' in html
    for certainty in explorer.CERTAINTIES:
        assert f'name="certainty" value="{certainty}" checked' in html
    # usable from the keyboard: labelled controls, a focusable drawing, a list of links
    assert 'tabindex="0"' in html and 'class="kz-network-list"' in html
    for control in ("kz-network-q", "kz-network-radius", "kz-network-relations"):
        assert f'<label for="{control}">' in html and f'id="{control}"' in html


def test_output_for_each_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "target", lambda: "html")
    assert explorer.explorer().output().startswith("```{=html}")
    monkeypatch.setattr(render, "target", lambda: "typst")
    text = explorer.explorer().output()
    assert "chapters/networks.html#sec-explore" in text and "```" not in text


def test_bad_arguments() -> None:
    with pytest.raises(KeyError):
        explorer.explorer("person:nobody-at-all")
    with pytest.raises(ValueError, match="from 0 to"):
        explorer.explorer(radius=explorer.MAX_RADIUS + 1)
    with pytest.raises(TypeError, match="whole number"):
        explorer.explorer(radius=1.5)
    with pytest.raises(TypeError, match="whole number"):
        explorer.explorer(radius=True)
