"""Escape text that comes from data for the format it is written into.

Every string that reaches a page from the data package (a printed name, a repair
reason, a definition, a chart's data) passes through one of these functions, so a
value such as ``<script>``, a backtick or ``</script>`` is shown as text and never
becomes markup:

- :func:`markdown` for Markdown that Quarto and pandoc turn into HTML or Typst;
- :func:`html` for text and attribute values inside raw HTML;
- :func:`script_json` for JSON embedded in a ``<script>`` element;
- :func:`typst_string` for a string literal in raw Typst;
- :func:`raw_block` to wrap raw HTML or Typst in a fenced raw block;
- :func:`url` for a link's address (a path from the descriptor, say) in Markdown or HTML;
- :func:`bibtex` for a field of a BibTeX entry;
- :class:`Plain` for a string a chapter quotes in an inline ``{python}`` expression.
"""

from __future__ import annotations

import html as _html
import json
import re
import urllib.parse
from typing import Any

__all__ = [
    "Plain",
    "bibtex",
    "html",
    "markdown",
    "raw_block",
    "script_json",
    "typst_string",
    "url",
]

#: Characters with a meaning anywhere in pandoc's Markdown: emphasis, code, links,
#: citations, raw HTML, pipes of tables, headings, math, strike-out, super- and
#: subscripts, shortcodes and attributes, entities, and quotation marks (which
#: pandoc would otherwise curl: the data keep them as printed).
_MARKDOWN_SPECIAL = "\\`*_{}[]<>#|@$~^&'\""
_MARKDOWN_TABLE = str.maketrans({c: "\\" + c for c in _MARKDOWN_SPECIAL})
#: What makes a line start a block (list, numbered list, definition, div, quote).
_BLOCK_START = re.compile(r"^(\s*)((?:[-+:]|\d+[.)])(?=\s|$)|:{3,})")


def markdown(text: object) -> str:
    """Escape a value so that Markdown shows it literally, on one line.

    Backslash-escapes the ASCII punctuation that has a meaning anywhere in pandoc's
    Markdown, and a leading character that would start a list or another block;
    replaces line breaks with spaces and drops control characters, so the value can
    sit in running text, at the start of a paragraph or in a pipe-table cell.

    Parameters
    ----------
    text : object
        The value; converted with ``str``.

    Returns
    -------
    str
        Markdown source that renders as exactly the given text.

    Examples
    --------
    >>> markdown("Nur `Otan` <b>|")
    'Nur \\\\`Otan\\\\` \\\\<b\\\\>\\\\|'
    >>> markdown("1. 607,557 (2.73)")
    '1\\\\. 607,557 (2.73)'
    """
    value = _clean(str(text)).translate(_MARKDOWN_TABLE)
    # pandoc's smart punctuation would turn "--" into a dash and "..." into an ellipsis
    value = re.sub(r"(?<=-)-", r"\-", value)
    value = re.sub(r"\.(?=\.\.)", r"\.", value)
    block = _BLOCK_START.match(value)
    if block:
        lead, marker = block.groups()
        value = f"{lead}{marker[:-1]}\\{marker[-1]}{value[block.end() :]}"
    return value


class Plain(str):
    """A string that shows as itself in Markdown, for inline expressions of a chapter.

    Quarto writes the value of an inline expression (`` `{python} f.president` ``) into
    the chapter's Markdown; a plain ``str`` gets only part of its punctuation escaped
    (``<img ...>``, ``@key`` and ``$...$`` would still become markup). A ``Plain``
    offers Quarto its ``text/markdown`` form, :func:`markdown` of itself, so a name
    from the data shows exactly as written. It is a ``str`` in every other way.

    Examples
    --------
    >>> name = Plain("<b>Nur Otan</b> @x")
    >>> name == "<b>Nur Otan</b> @x"
    True
    >>> print(name._repr_markdown_())
    \\<b\\>Nur Otan\\</b\\> \\@x
    """

    def _repr_markdown_(self) -> str:
        return markdown(str(self))


def html(text: object, *, quote: bool = True) -> str:
    """Escape a value for HTML text or a quoted attribute value.

    Parameters
    ----------
    text : object
        The value; converted with ``str``.
    quote : bool, default True
        Also escape quotation marks (needed inside attribute values).

    Returns
    -------
    str
        HTML that displays the text.

    Examples
    --------
    >>> html('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return _html.escape(_clean(str(text)), quote=quote)


def script_json(value: Any) -> str:
    """Serialise a value as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026``, so
    no string in the data can close the element (``</script>``) or open a comment
    (``<!--``) that would swallow the rest of the page; the line and paragraph
    separators U+2028 and U+2029 are escaped too. Keys are sorted, so the same value
    gives the same bytes.

    Parameters
    ----------
    value : object
        Anything :func:`json.dumps` accepts.

    Returns
    -------
    str
        One line of JSON.

    Examples
    --------
    >>> script_json({"name": "</script><!--"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def typst_string(text: object) -> str:
    r"""Write a value as a Typst string literal, quotes included.

    Backslashes, quotation marks and line breaks are escaped, and other control
    characters written as Unicode escapes, so the literal holds exactly the text and
    nothing after it is read as Typst code. The ``<`` of ``{{<`` is written ``\u{3c}``
    too: the literal sits in the chapter's Markdown, where Quarto would expand a
    ``{{< shortcode >}}`` even inside a raw block.

    Parameters
    ----------
    text : object
        The value; converted with ``str``.

    Returns
    -------
    str
        A Typst string literal.

    Examples
    --------
    >>> print(typst_string('say "hi"\n#exit()'))
    "say \"hi\"\n#exit()"
    >>> print(typst_string("{{< meta title >}}"))
    "{{\u{3c} meta title >}}"
    """
    value = str(text)
    out = []
    for at, char in enumerate(value):
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 32 or ord(char) == 127 or (char == "<" and value[at - 2 : at] == "{{"):
            out.append(f"\\u{{{ord(char):x}}}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def raw_block(content: str, fmt: str) -> str:
    """Wrap content in a pandoc raw block for one output format.

    The fence is longer than any run of backticks in the content, so the content
    cannot close the block early.

    Parameters
    ----------
    content : str
        Raw HTML or Typst, already escaped where it holds data.
    fmt : {"html", "typst"}
        The output format the block is for; other formats skip it.

    Returns
    -------
    str
        The fenced block, ending with a newline.

    Examples
    --------
    >>> print(raw_block("<hr>", "html"), end="")
    ```{=html}
    <hr>
    ```
    """
    if not isinstance(content, str):
        raise TypeError(f"content must be raw HTML or Typst (a string); got {content!r}")
    if fmt not in ("html", "typst"):
        raise ValueError(f"raw blocks are written for 'html' or 'typst', not {fmt!r}")
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{{={fmt}}}\n{content}\n{fence}\n"


#: Characters a URL keeps as they are (RFC 3986 reserved and unreserved, and ``%``).
_URL_SAFE = ":/?#[]@!$&'()*+,;=-._~%"
#: LaTeX's special characters, as a BibTeX field writes them in text.
_BIBTEX = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "%": r"\%",
        "&": r"\&",
        "#": r"\#",
        "$": r"\$",
        "_": r"\_",
        "^": r"\textasciicircum{}",
        "~": r"\textasciitilde{}",
    }
)


def url(text: object) -> str:
    """Percent-encode a link's address so that it cannot end the link or hold markup.

    Spaces, quotation marks, angle brackets, braces, backslashes, backticks and
    parentheses are percent-encoded, so that a path such as ``a) <img ...>.csv`` stays
    one address in a Markdown link ``[text](address)`` and in an ``href``; the
    characters URLs use (``/``, ``#``, ``?``, ``%`` ...) are kept.

    Parameters
    ----------
    text : object
        The address; converted with ``str``.

    Returns
    -------
    str
        The encoded address.

    Examples
    --------
    >>> url("../data/a b) <img src=x>.csv")
    '../data/a%20b%29%20%3Cimg%20src=x%3E.csv'
    """
    return urllib.parse.quote(_clean(str(text)), safe=_URL_SAFE.replace("(", "").replace(")", ""))


def bibtex(text: object) -> str:
    r"""Escape a value for a brace-delimited text field of a BibTeX entry.

    LaTeX's special characters become the commands that print them, braces included
    (as ``	extbraceleft{}``, which keeps the field's braces balanced whatever the
    value holds); line breaks become spaces and control characters are dropped.

    Parameters
    ----------
    text : object
        The value; converted with ``str``.

    Returns
    -------
    str
        Text for ``title = {...}``.

    Examples
    --------
    >>> print(bibtex("Networks & parties: 100% {draft} #1"))
    Networks \& parties: 100\% \textbraceleft{}draft\textbraceright{} \#1
    """
    return _clean(str(text)).translate(_BIBTEX)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    """One line, no control characters (a NUL byte would end a C string downstream)."""
    text = re.sub(r"\r\n?|\n", " ", text)
    return _CONTROL.sub("", text)
