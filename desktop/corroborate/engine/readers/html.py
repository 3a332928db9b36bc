"""Web pages saved from a browser: the story without the site around it.

trafilatura separates the article from navigation, cookie banners, related links
and comments, and reads the page's title, site name, author and date. The page is
parsed offline: nothing is fetched and no script runs (lxml never executes any).
"""

from __future__ import annotations

import codecs
import logging
import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..models import RawDocument
from . import UnreadableFile, register
from .text import decode, read_bytes

#: Saved pages carry inline scripts and styles, so they may be larger than text.
MAX_BYTES = 20 * 1024 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
#: Browsers read these labels as Windows-1252, and so do we.
_AS_CP1252 = {"iso8859-1", "latin-1", "ascii", "windows-1252", "cp1252"}
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_QUIET = ("trafilatura", "htmldate", "courlan", "justext", "readability", "charset_normalizer")
#: A story has at least this many words in paragraphs that end like sentences.
MIN_PROSE_WORDS = 25


def page_text(data: bytes, declared: str | None = None) -> str:
    """Decode valid UTF-8 as such, else by the charset declared for the page, else like text.

    ``declared`` is a label given outside the markup (a web archive's record of
    the page's encoding); without one, the page's own ``<meta charset>`` is read.
    """
    try:
        data.decode("utf-8")  # a page that is valid UTF-8 is UTF-8, whatever it declares
        return decode(data)
    except UnicodeDecodeError:
        pass
    if declared is None and (found := _META_CHARSET.search(data[:8192])):
        declared = found.group(1).decode("ascii", "replace")
    if declared and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        label = declared.strip().lower()
        try:
            info = codecs.lookup(label)
            # base64, rot13, zlib and the like are codecs but not text encodings.
            name = info.name if getattr(info, "_is_text_encoding", True) else ""
        except LookupError:
            name = ""
        if name in _AS_CP1252 or label in _AS_CP1252:
            name = "cp1252"
        if name and name not in ("utf-8", "idna", "punycode", "undefined"):
            try:
                return data.decode(name, errors="replace")
            except (LookupError, UnicodeError, ValueError):
                pass  # a declaration that cannot decode: read the bytes like text
    return decode(data)


_BLOCK_TAGS = frozenset(
    {"p", "head", "list", "item", "quote", "table", "row", "cell", "div", "code"}
)


def _inline(node: Any) -> str:
    """Text of an inline element (emphasis, link...), keeping its ``<lb/>`` breaks."""
    parts = [node.text or ""]
    for child in node:
        parts += ["\n" if child.tag == "lb" else _inline(child), child.tail or ""]
    return "".join(parts)


def _is_data_row(row: Any) -> bool:
    """A row of short cells is data; a cell holding prose or paragraphs is page layout."""
    return all(
        len(" ".join(cell.itertext()).split()) < 12
        and not any(child.tag in _BLOCK_TAGS for child in cell)
        for cell in row
    )


def _flow(node: Any, out: list[str], prefix: str = "") -> None:
    """Append the blocks of ``node`` to ``out``: paragraphs, headings, items, table rows.

    Inline text between block children forms blocks of its own; a blank line
    (two ``<lb/>``) inside a paragraph starts a new one, as it does on screen.
    """
    buffer = [node.text or ""]

    def flush() -> None:
        for chunk in re.split(r"\n\s*\n", "".join(buffer)):
            lines = (" ".join(line.split()) for line in chunk.split("\n"))
            if text := "\n".join(line for line in lines if line):
                out.append(prefix + text)
        buffer.clear()

    for child in node:
        if child.tag == "lb":
            buffer.append("\n")
        elif child.tag == "graphic":
            pass
        elif child.tag not in _BLOCK_TAGS:
            buffer.append(_inline(child))
        else:
            flush()
            if child.tag == "list":
                for item in child:
                    _flow(item, out, "- ")
            elif child.tag == "row" and _is_data_row(child):
                cells = (" ".join(" ".join(cell.itertext()).split()) for cell in child)
                if line := "  ".join(cell for cell in cells if cell):
                    out.append(line)
            else:
                _flow(child, out, prefix)
        buffer.append(child.tail or "")
    flush()


#: A page larger than this (in characters) loses its scripts, styles and drawings before it
#: is parsed (:func:`_without_code`).
LARGE_PAGE_CHARS = 1_000_000
#: Elements whose content is never story and which the extractor removes before reading; a
#: comment, and a declaration (``<!DOCTYPE …>``, ``<![CDATA[ … ]]>`` read as HTML reads it, up
#: to its first ``>``), are passed over whole: a ``<script`` inside one starts no script.
_CODE_OPEN = re.compile(r"<!--|<[!?]|<(script|style|svg)(?=[\s>/])[^<>]*>", re.IGNORECASE)
#: A comment ends at ``-->`` (or ``--!>``), looked for from its ``--``: ``<!-->`` is one.
_COMMENT_END = re.compile(r"--!?>")
#: A style ends at its end tag, attributes and all (``</style >``, ``</style x>``).
_STYLE_CLOSE = re.compile(r"</style(?:[\s/][^>]*)?>", re.IGNORECASE)
#: What a script's end is looked for among: its end tag, and the comment marks and script tags
#: that an old page's script hides another script's text between (``<!-- document.write(
#: '<script …></script>') -->``), which a parser reads as HTML does (see :func:`_script_end`).
_SCRIPT_MARK = re.compile(r"<!--|-->|<(/?)script(?=[\s/>])", re.IGNORECASE)
_SCRIPT_END_TAG = re.compile(r"</script(?=[\s/>])", re.IGNORECASE)
#: A drawing's own start and end tags: drawings nest, and one ends at its own end tag.
_DRAWING_TAG = re.compile(r"<(/?)svg(?=[\s>/])[^<>]*>", re.IGNORECASE)
_DRAWING_END_TAG = re.compile(r"</svg(?=[\s>/])[^<>]*>", re.IGNORECASE)


def _drawing_end(html: str, at: int) -> int | None:
    """Where the drawing whose start tag ends at ``at`` ends, the drawings inside it counted."""
    first = _DRAWING_END_TAG.search(html, at)
    if first is None:
        return None
    if not _DRAWING_TAG.search(html, at, first.start()):  # most drawings: none inside
        return first.end()
    depth = 1
    for tag in _DRAWING_TAG.finditer(html, at):
        if tag.group(1):
            depth -= 1
            if depth == 0:
                return tag.end()
        elif not tag.group().endswith("/>"):
            depth += 1
    return None


def _code_end(html: str, found: re.Match[str]) -> int | None:
    """Where the script, style or drawing ``found`` starts ends; None if it never does."""
    if found.group().endswith("/>"):  # ``<svg class="icon"/>``: an element without content
        return found.end()
    tag = found.group(1).lower()
    if tag == "svg":
        return _drawing_end(html, found.end())
    if tag == "script":
        return _script_end(html, found.end())
    end = _STYLE_CLOSE.search(html, found.end())
    return end.end() if end else None


def _script_end(html: str, at: int) -> int | None:
    """Where the script whose start tag ends at ``at`` ends, read as HTML reads a script: at
    its first end tag, except inside a comment (``<!--`` … ``-->``) where a script's start
    tag begins text whose end tag ends nothing (``document.write('<script></script>')``)."""
    first = _SCRIPT_END_TAG.search(html, at)
    if first and html.find("<!--", at, first.start()) < 0:  # most scripts: no comment in them
        end = html.find(">", first.end())
        return end + 1 if end >= 0 else None
    hidden = written = False  # inside a comment; inside a script written in one
    look = at
    while mark := _SCRIPT_MARK.search(html, look):
        text = mark.group()
        look = mark.end()
        if text == "<!--":
            hidden = hidden or not written
            look -= 2  # its dashes may close it at once: "<!-->"
        elif text == "-->":
            hidden = written = False
        elif not mark.group(1):  # a script's start tag
            written = written or hidden
        elif written:  # the end tag of the script written inside the comment
            written = False
        else:
            end = html.find(">", look)
            return end + 1 if end >= 0 else None
    return None


def _without_code(html: str) -> str:
    """A large page without its inline scripts, styles and drawings (but its JSON-LD, which
    holds the page's metadata), which the extractor removes anyway, one at a time: a page
    made of thousands of them (a saved app's state, icons, fonts) took it minutes, and is now
    read in about the time its text takes. One pass from left to right: each element's end
    is looked for after its start only, comments are passed over whole, and an element or a
    comment that never ends leaves the rest of the page as it is."""
    kept: list[str] = []
    at = 0  # the page before this is kept or taken off
    look = 0  # where the next element is looked for
    while found := _CODE_OPEN.search(html, look):
        if found.group(1) is None:  # a comment or a declaration, kept as it is
            if found.group() == "<!--":
                closing = _COMMENT_END.search(html, found.start() + 2)
                ends = closing.end() if closing else None
            else:
                ends = html.find(">", found.end()) + 1 or None
            if ends is None:
                break
            look = ends
            continue
        ends = _code_end(html, found)
        if ends is None:
            break
        if found.group(1).lower() == "script" and "ld+json" in found.group().lower():
            kept.append(html[at:ends])
        else:
            kept.append(html[at : found.start()])
        at = look = ends
    kept.append(html[at:])
    return "".join(kept)


#: A page's own title line, looked for in its head (this many characters from its start).
_TITLE_ELEMENT = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
PAGE_TITLE_CHARS = 200_000
#: The note a browser writes atop a page it saved: ``<!-- saved from url=(0042)https://… -->``.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


#: A social network's host: a page's ``article:publisher`` is often the site's page there
#: ("https://www.facebook.com/greyhavenpress"), which names the network, not the site.
_SOCIAL_HOSTS = re.compile(
    r"(?:[\w-]+\.)*(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest)\.com",
    re.IGNORECASE,
)


def _site_name(sitename: str) -> str | None:
    """The site's name the page's metadata gives, None without one; an address given for it
    (``article:publisher``) is read as its host ("https://www.harlowherald.com/" →
    "harlowherald.com", which the outlet reader names), and a social network's page as none
    (its address names the network, and the site may be named elsewhere on the page)."""
    if not sitename:
        return None
    if not sitename.casefold().startswith(("http://", "https://")):
        return sitename
    host = urlsplit(sitename).hostname or ""
    if not host or _SOCIAL_HOSTS.fullmatch(host):
        return None
    return host.removeprefix("www.")


def _is_article(blocks: list[str]) -> bool:
    """Navigation and link lists extract as short lines; a story has prose paragraphs."""
    prose = [b for b in blocks if len(b.split()) >= 8 and _SENTENCE_END.search(b)]
    return sum(len(b.split()) for b in prose) >= MIN_PROSE_WORDS


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


@register(".html", ".htm", ".xhtml")
def read_html(path: Path) -> RawDocument:
    """Extract the story and its metadata from a saved page; never fetches anything."""
    return page_document(page_text(read_bytes(path, MAX_BYTES)))


def page_document(html: str) -> RawDocument:
    """The story and its metadata in a page's markup (also the page inside a web archive)."""
    if "html" not in html[:50].lower():
        # trafilatura treats a bare fragment as not-quite-HTML; give it a document.
        html = f"<html><body>{html}</body></html>"
    if len(html) > LARGE_PAGE_CHARS:
        html = _without_code(html)
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
        )
    except Exception as error:  # the parser's failures are the page's, not ours
        raise UnreadableFile(f"this page could not be parsed ({type(error).__name__})") from None
    body = getattr(document, "body", None)
    blocks: list[str] = []
    if body is not None:
        _flow(body, blocks)
    if not _is_article(blocks):
        raise UnreadableFile("no article text found in this page")
    title = (getattr(document, "title", None) or "").strip() or None
    # The headline repeats the title; it may follow a few lines of leftover navigation.
    at = next((i for i, block in enumerate(blocks[:5]) if title and _same(block, title)), None)
    if at is not None:
        del blocks[at]
    saved_from = _SAVED_FROM.search(html[:2000])
    title_line = _TITLE_ELEMENT.search(html[:PAGE_TITLE_CHARS])
    page_title = " ".join(unescape(title_line.group(1)).split()) if title_line else None
    return RawDocument(
        text="\n\n".join(blocks),
        title=title,
        url=(getattr(document, "url", None) or "").strip()
        or (saved_from.group(1) if saved_from else None),
        outlet=_site_name((getattr(document, "sitename", None) or "").strip()),
        page_title=page_title if page_title and not (title and _same(page_title, title)) else None,
        author=(getattr(document, "author", None) or "").strip() or None,
        date=(getattr(document, "date", None) or "").strip() or None,
        clean=True,
    )
