"""Rich Text Format: articles kept in TextEdit (macOS's default format) or WordPad.

striprtf turns the markup into text: code pages and Unicode escapes decoded,
font tables, style sheets, pictures and other hidden groups left out. RTF escapes
the characters outside ASCII; the few writers that store them as raw bytes
use the document's declared code page (or the old Macintosh set), which
decodes them here. Each paragraph mark starts a paragraph, and so does the end
of a table cell; a line broken inside a paragraph goes on.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..models import RawDocument
from . import UnreadableFile, register
from .text import read_bytes

#: Pictures travel inside the file, as hexadecimal text.
MAX_BYTES = 50 * 1024 * 1024
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")
#: A picture's data: a long run of hexadecimal digits, which no text holds. Dropped before
#: parsing, which would otherwise step through it character by character.
_PICTURE_DATA = re.compile(r"[0-9a-fA-F\r\n]{256,}")


_FONT = re.compile(r"\\f(\d+)")
_CHARSET = re.compile(r"\\fcharset(\d+)")
#: The control word ending a table cell (not an escaped backslash before the word "cell").
_CELL_END = re.compile(r"(?<!\\)\\(?:nest)?cell(?![a-zA-Z])(?: ?)")
#: A line break inside a paragraph (Shift+Enter), which may fall in the middle of a sentence.
_SOFT_BREAK = re.compile(r"(?<!\\)\\line(?![a-zA-Z])(?: ?)")
#: The old Macintosh character set, named in the header instead of a code page.
_MAC = re.compile(rb"\\mac(?![a-zA-Z])")


def _linear(markup: str) -> str:
    """The markup, its meaning unchanged, with nothing striprtf's regular expressions
    backtrack over: those for the font table and for links scan the rest of a line at each
    font or link they try, so a damaged or hostile file of a few hundred kilobytes (one
    line of fonts without a character set, of link fields never closed) took minutes.

    The font table is rewritten one font a line (``{\\fN\\fcharsetC F;}``, all striprtf
    takes from it), and a link field's first group is set apart by a space (the control
    word's delimiter, so it means the same), which its link pattern does not expect: a
    link's text is read without its address glued on, as in web pages.
    """
    from striprtf.striprtf import font_table_group

    markup = markup.replace("{\\field{", "{\\field {")
    # A table cell ends as a paragraph does, as in Word files (striprtf writes "|" there).
    markup = _CELL_END.sub(r"\\par ", markup)
    # A line broken inside a paragraph goes on: the paragraph's sentences stay whole.
    markup = _SOFT_BREAK.sub(" ", markup)
    table = font_table_group(markup)
    if not table:
        return markup
    fonts = []
    for entry in table.split(";"):
        charset = _CHARSET.search(entry)  # a font without one takes the document's code page
        numbers = _FONT.findall(entry, 0, charset.start()) if charset else []
        if charset and numbers:  # the character set is the last font's named before it
            fonts.append(f"{{\\f{numbers[-1]}\\fcharset{charset.group(1)} F;}}")
    start = markup.index(table)
    rewritten = "{\\fonttbl\n" + "\n".join(fonts) + "\n}"
    return markup[:start] + rewritten + markup[start + len(table) :]


def _code_page(data: bytes) -> str:
    """The document's character set: its declared code page, the old Macintosh set when
    the header names it, else Windows-1252 (RTF's usual one)."""
    found = _CODE_PAGE.search(data[:4096])
    if found:
        name = f"cp{int(found.group(1))}"
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            return "cp1252"
    return "mac_roman" if _MAC.search(data[:64]) else "cp1252"


def _characters(data: bytes, code_page: str) -> str:
    """The markup as characters: ASCII as it is, raw bytes by the document's code page."""
    if data.isascii():
        return data.decode("ascii")
    return data.decode(code_page, errors="replace")


@register(".rtf")
def read_rtf(path: Path) -> RawDocument:
    """The paragraphs of a Rich Text document."""
    data = read_bytes(path, MAX_BYTES)
    if not data.lstrip()[:5] == b"{\\rtf":
        raise UnreadableFile("it is damaged or not a Rich Text document")
    from striprtf.striprtf import rtf_to_text

    try:
        code_page = _code_page(data)
        markup = _linear(_PICTURE_DATA.sub("", _characters(data, code_page)))
        text = rtf_to_text(markup, encoding=code_page, errors="replace")
    except Exception:  # the parser's failures are the file's, not ours
        raise UnreadableFile(
            "it is damaged and could not be read as a Rich Text document"
        ) from None
    # Characters beyond the Basic Multilingual Plane (emoji, rarer CJK) are written as two
    # \u escapes, a UTF-16 surrogate pair, which striprtf leaves as two lone surrogates.
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    lines = [" ".join(line.split()) for line in text.replace("\x00", "").splitlines()]
    if not any(lines):
        raise UnreadableFile("this Rich Text document contains no text")
    return RawDocument(text="\n\n".join(line for line in lines if line))
