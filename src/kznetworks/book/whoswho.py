"""The who's who: one entry per entity of the register, on the website and in the PDF.

:func:`page` is what the who's-who chapter shows (:class:`WhosWho`):

- on the website, a filter box (any spelling, case- and accent-insensitive, with the
  transliteration variants and Cyrillic forms of :mod:`kznetworks.register.names`;
  drawn by ``assets/js/kz-whoswho.js``) and one ``<section>`` per entity, grouped by
  kind and alphabetical, each with a stable anchor (``#person-ablyazov-mukhtar``): its
  spellings, the documents and lines that mention it, its relations (each linking to
  the other entity's entry), its dated events, its party profile and the chapters
  that discuss it. Each entry is a section of its own, so the site search finds it;
- in the PDF, an index of names in two columns: each name with its kind, the book's
  pages whose tables name it, its other spellings, the documents and lines, and the
  entities it is linked to (each a link to that entry).

Every text from the data is escaped for its format (:mod:`kznetworks.book.escape`).
"""

from __future__ import annotations

from collections.abc import Iterable

from kznetworks.book import escape, render
from kznetworks.book.mentions import PAGES, chapters_by_entity, entry_href, page_of
from kznetworks.book.prose import line_span
from kznetworks.register.entries import KIND_WORDS, KINDS, Entry, anchor, entries

__all__ = ["PROFILE_FIELDS", "WhosWho", "line_ranges", "page"]

#: The party profile's fields an entry shows, with their labels.
PROFILE_FIELDS = {
    "founded": "Founded",
    "stance": "Stance (glossary)",
    "seats": "Seats (election: seats)",
    "membership_2008": "Members (2008)",
    "ideological_position": "Formal ideological position",
    "registration_history": "Registration",
    "classifications": "The thesis's classifications",
}


#: What the filter box suggests typing: a transliteration, a Cyrillic form, a fragment.
_PLACEHOLDER = "Nazarbayev, \u0410\u0431\u043b\u044f\u0437\u043e\u0432, Kazkommerts\u2026"
_DOT = " \u00b7 "


def line_ranges(lines: Iterable[int]) -> str:
    """Lines as short ranges: ``[3, 4, 5, 9]`` reads ``"3\u20135, 9"``.

    Parameters
    ----------
    lines : iterable of int
        Line numbers.

    Returns
    -------
    str
        Sorted, consecutive lines joined by an en dash.

    Examples
    --------
    >>> line_ranges([9, 3, 4, 5, 5])
    '3\u20135, 9'
    """
    ordered = sorted({int(n) for n in lines})
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}" if a == b else f"{a}\u2013{b}" for a, b in runs)


def _references(offset: str, source: str) -> str:
    href = f"{offset}chapters/references.html#ref-{source}"
    return f'<a href="{escape.html(href)}">{escape.html(source)}</a>'


class WhosWho:
    """The who's who as the chapter shows it (see the module's description).

    Parameters
    ----------
    group : str
        One of the groups of :data:`~kznetworks.book.mentions.PAGES` (``"people"``,
        ``"parties"``, ``"bodies"``): the page shows the entries of its kinds.

    Raises
    ------
    TypeError, ValueError
        If ``group`` is not one of them.

    Examples
    --------
    >>> who = WhosWho("people")
    >>> 'id="person-ablyazov-mukhtar"' in who.html()
    True
    >>> "<person-ablyazov-mukhtar>" in who.typst()
    True
    """

    def __init__(self, group: str) -> None:
        if not isinstance(group, str) or group not in PAGES:
            raise (TypeError if not isinstance(group, str) else ValueError)(
                f"group must be one of {', '.join(PAGES)}; got {group!r}"
            )
        self.group = group
        self.page, kinds = PAGES[group]
        everything = entries()
        self.names = {e.entity_id: e.index_name for e in everything}
        self.entries = [e for e in everything if e.kind in kinds]
        self.counts = {kind: sum(e.kind == kind for e in everything) for kind in KINDS}
        self.chapters = chapters_by_entity()

    # -- the website -------------------------------------------------------------------

    def _link(self, entity_id: str, offset: str) -> str:
        here = page_of(entity_id) == self.page
        href = f"#{anchor(entity_id)}" if here else entry_href(entity_id, offset)
        return f'<a href="{escape.html(href)}">{escape.html(self.names[entity_id])}</a>'

    def _entry_html(self, entry: Entry, offset: str) -> str:
        parts = [
            f'<section id="{entry.anchor}" class="level2 kz-entry" data-kind="{entry.kind}">',
            f"<h2>{escape.html(entry.index_name)}</h2>",
            f'<p class="kz-meta">{escape.html(KIND_WORDS[entry.kind])}'
            + (f"{_DOT}{escape.html(entry.description)}" if entry.description else "")
            + "</p><dl>",
        ]
        spellings = "; ".join(
            f'{escape.html(s)} <span class="kz-k">({escape.html(k)})</span>'
            for s, k in entry.spellings
        )
        if spellings:
            parts.append(f"<dt>Spellings</dt><dd>{spellings}</dd>")
        where = "; ".join(
            f"{_references(offset, source)} {line_ranges(lines)}"
            for source, lines in entry.mentions.items()
        )
        if where:
            parts.append(f"<dt>Documents, lines</dt><dd>{where}</dd>")
        if entry.relations:
            items = "".join(
                f"<li>{escape.html(r.words)} {self._link(r.other, offset)} <small>"
                + _DOT.join(
                    x
                    for x in (
                        escape.html(r.dates),
                        escape.html(r.certainty),
                        f"{escape.html(r.source)} {line_span(r.line_start, r.line_end)}",
                    )
                    if x
                )
                + "</small></li>"
                for r in entry.relations
            )
            parts.append(f"<dt>Relations ({len(entry.relations)})</dt><dd><ul>{items}</ul></dd>")
        if entry.events:
            items = "".join(
                f"<li>{escape.html(e['date'])} {escape.html(e['event_type'])}: "
                f"{escape.html(e['description'])} <small>{escape.html(e['source'])} "
                f"{int(e['line_start'])}</small></li>"
                for e in entry.events
            )
            parts.append(f"<dt>Events</dt><dd><ul>{items}</ul></dd>")
        shown = [(label, entry.profile.get(key, "")) for key, label in PROFILE_FIELDS.items()]
        shown = [(label, value) for label, value in shown if value]
        if shown:
            rows = "".join(
                f"<li>{escape.html(label)}: {escape.html(value)}</li>" for label, value in shown
            )
            parts.append(f"<dt>Party profile</dt><dd><ul>{rows}</ul></dd>")
        chapters = self.chapters.get(entry.entity_id, ())
        if chapters:
            links = "; ".join(
                f'<a href="{escape.html(s.href(offset))}">{escape.html(s.title)}</a>'
                for s in chapters
            )
            parts.append(f"<dt>Chapters</dt><dd>{links}</dd>")
        parts.append("</dl></section>")
        return "".join(parts)

    def _filter_html(self, offset: str) -> str:
        links = []
        for page, kinds in PAGES.values():
            for kind in kinds:
                if self.counts[kind]:
                    href = (
                        f"#whoswho-{kind}"
                        if page == self.page
                        else f"{offset}{page}#whoswho-{kind}"
                    )
                    links.append(
                        f'<a href="{escape.html(href)}">{escape.html(KINDS[kind])}</a> '
                        f"({self.counts[kind]})"
                    )
        return (
            '<div class="kz-whoswho-filter" role="search">'
            '<label for="kz-whoswho-q">Find a name, in any spelling</label>'
            '<input id="kz-whoswho-q" type="search" autocomplete="off" spellcheck="false" '
            f'placeholder="{_PLACEHOLDER}" '
            'aria-describedby="kz-whoswho-status">'
            '<p id="kz-whoswho-status" class="kz-whoswho-status" aria-live="polite"></p>'
            '<ul id="kz-whoswho-elsewhere" class="kz-whoswho-elsewhere" hidden></ul>'
            f'<p class="kz-kinds">{_DOT.join(links)}</p></div>'
        )

    def html(self) -> str:
        """The website's who's who: the filter box, then each kind's entries.

        Returns
        -------
        str
            Raw HTML.
        """
        offset = render.page_offset()
        parts = [self._filter_html(offset)]
        kind = None
        for entry in self.entries:
            if entry.kind != kind:
                kind = entry.kind
                parts.append(
                    f'<h2 id="whoswho-{kind}" class="kz-kind-heading">'
                    f"{escape.html(KINDS[kind])}</h2>"
                )
            parts.append(self._entry_html(entry, offset))
        return (
            f'<div class="kz-whoswho" data-kz-page="{escape.html(self.page)}" '
            f'data-kz-offset="{escape.html(offset)}">' + "\n".join(parts) + "</div>"
        )

    # -- the PDF -----------------------------------------------------------------------

    def _entry_typst(self, entry: Entry) -> str:
        others = "; ".join(s for s, _ in entry.spellings if s != entry.name)
        where = "; ".join(
            f"{source} {line_ranges(lines)}" for source, lines in entry.mentions.items()
        )
        seen: dict[str, list[str]] = {}
        for r in entry.relations:
            seen.setdefault(r.other, [])
            if r.words not in seen[r.other]:
                seen[r.other].append(r.words)
        related = ", ".join(
            f"({escape.typst_string(', '.join(words))}, {escape.typst_string(self.names[other])}, "
            f"{escape.typst_string(anchor(other))})"
            for other, words in seen.items()
        )
        return (
            f"#kz-entry({escape.typst_string(entry.index_name)}, "
            f"{escape.typst_string(KIND_WORDS[entry.kind])}, "
            f"{escape.typst_string(entry.anchor)}, {escape.typst_string(others)}, "
            f"{escape.typst_string(where)}, ({related}{',' if related else ''}))"
        )

    def typst(self) -> str:
        """The PDF's index of names, in raw Typst.

        Returns
        -------
        str
            The helper functions, then each kind's heading and entries, in two columns.
        """
        parts = [_TYPST_HELPERS, "#metadata(none) <kz-index-start>", "#kz-find-pages()"]
        parts.append("#columns(2, gutter: 1.2em)[")
        kind = None
        for entry in self.entries:
            if entry.kind != kind:
                kind = entry.kind
                parts.append(
                    f"#heading(level: 2, numbering: none, {escape.typst_string(KINDS[kind])})"
                )
            parts.append(f"#metadata(none) <{entry.anchor}>")
            parts.append(self._entry_typst(entry))
        parts.append("]")
        return "\n".join(parts)

    # -- output ------------------------------------------------------------------------

    def output(self) -> str:
        """What the chapter shows, for the current output format.

        Returns
        -------
        str
            Markdown holding one raw block.
        """
        if render.target() == "typst":
            return escape.raw_block(self.typst(), "typst")
        return escape.raw_block(self.html(), "html")

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict:
        return {
            "text/markdown": self.output(),
            "text/plain": f"Who's who: {len(self.entries)} entries",
        }


#: Typst helpers of the index: an entry, and the book's pages whose tables link to it
#: (the links before the index that point to the entry's label).
_TYPST_HELPERS = """\
#let kz-pages-found = state("kz-pages-found", (:))
#let kz-find-pages() = context {
  let start = query(<kz-index-start>).first().location()
  let found = (:)
  for hit in query(selector(link).before(start)) {
    if type(hit.dest) == label {
      let key = str(hit.dest)
      let number = counter(page).at(hit.location()).first()
      let known = found.at(key, default: ())
      if number not in known.map(x => x.at(0)) {
        known.push((number, hit.location()))
        found.insert(key, known)
      }
    }
  }
  kz-pages-found.update(found)
}
#let kz-pages(key) = context {
  let hits = kz-pages-found.final().at(key, default: ())
  let pages = hits.map(h => link(h.at(1), str(h.at(0)))).join(", ")
  if hits.len() > 0 [ #h(0.2em)#text(size: 0.8em)[p.~#pages]]
}
#let kz-entry(name, kind, key, others, places, related) = block(
  breakable: true, above: 0.55em, below: 0.55em, text(size: 0.78em, {
    text(weight: "bold", size: 1.1em, name)
    h(0.3em)
    emph(kind)
    kz-pages(key)
    if others != "" { linebreak(); text(fill: luma(35%), others) }
    if places != "" { linebreak(); places }
    if related.len() > 0 {
      linebreak()
      related.map(r => [#r.at(0) #link(label(r.at(2)), r.at(1))]).join("; ")
    }
  })
)"""


def page(group: str) -> WhosWho:
    """One page of the who's who: the entries of one group of kinds.

    Parameters
    ----------
    group : str
        ``"people"``, ``"parties"`` or ``"bodies"`` (:data:`~kznetworks.book.mentions.PAGES`).

    Returns
    -------
    WhosWho
        Shown as the website's entries with their filter, or the PDF's index of names.

    Examples
    --------
    >>> from kznetworks import data
    >>> sum(len(page(g).entries) for g in ("people", "parties", "bodies")) == len(
    ...     data.load("entities")
    ... )
    True
    """
    return WhosWho(group)
