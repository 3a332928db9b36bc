"""OpenDocument text (.odt) articles: LibreOffice's and OpenOffice's format.

odfdo reads the document; its paragraphs, headings, list items and table
cells are taken in reading order. As with Word files, a paragraph in the
Title style (or a heading before the story) becomes the article title, other
headings stay as short lines of their own and list items become ``- item``
lines. Footnotes, endnotes and reviewers' comments are left out, as in Word files.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import RawDocument
from . import UnreadableFile, register
from .package import check_package, document_of, parse_failure
from .text import read_bytes

MAX_BYTES = 50 * 1024 * 1024
#: Lists and tables nested deeper than this are skipped.
MAX_DEPTH = 8
#: Containers whose children are read in order; anything else that is not text is skipped
#: (drawings, forms, tracked deletions, the table of contents' generated copy is kept).
_CONTAINERS = frozenset(
    {
        "text:section",
        "text:list",
        "text:list-header",
        "table:table",
        "table:table-header-rows",
        "table:table-rows",
        "table:table-row",
        "table:table-cell",
        "text:index-body",
    }
)


#: Inside a paragraph, what is not its text: a footnote's or endnote's citation and body
#: (odfdo would glue them into the sentence), a reviewer's comment (with its author and
#: date), and the reading shown above ruby text.
_NOT_TEXT = frozenset({"text:note", "office:annotation", "text:ruby-text"})


def _text(element: Any) -> str:
    """An element's text, its spaces, tabs and line breaks as odfdo writes them."""
    children = element.children
    if not children:
        return str(element)
    parts = [element.text or ""]
    for child in children:
        if child.tag not in _NOT_TEXT:
            parts.append(_text(child))
            if child.tag in ("text:p", "text:h") and not parts[-1].endswith("\n"):
                parts.append("\n")  # a paragraph in a text box inside this one
        parts.append(child.tail or "")
    return "".join(parts)


def _line(element: Any) -> str:
    return "\n".join(" ".join(line.split()) for line in _text(element).split("\n")).strip()


def _style(element: Any) -> str:
    try:
        return str(element.style or "")
    except (AttributeError, KeyError, ValueError):
        return ""


def _blocks(container: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    """``(kind, text)`` for each paragraph in reading order; kind is title/heading/item/text."""
    for child in container.children:
        tag = child.tag
        if tag == "text:h":
            kind = "heading"
        elif tag == "text:p":
            kind = "title" if _style(child) == "Title" else "text"
        elif tag == "text:list-item":
            if depth < MAX_DEPTH:
                for _, text in _blocks(child, depth + 1):
                    yield "item", text
            continue
        elif tag in _CONTAINERS:
            if depth < MAX_DEPTH:
                yield from _blocks(child, depth + 1)
            continue
        else:
            continue
        if text := _line(child):
            yield kind, text


@register(".odt")
def read_odt(path: Path) -> RawDocument:
    """Paragraph text of an OpenDocument text file, title from its Title or first heading."""
    data = read_bytes(path, MAX_BYTES)
    check_package(
        data,
        "content.xml",
        "an OpenDocument text file",
        "it is an old-style Word .doc file; save it as .odt or .docx and try again",
    )
    from odfdo import Document
    from odfdo.security import SecurityError

    try:
        document = Document(io.BytesIO(data))
        if document.get_type() != "text":
            raise UnreadableFile("it is an OpenDocument file but not a text document")
        blocks = list(_blocks(document.body))
    except UnreadableFile:
        raise
    except SecurityError:  # odfdo's own guard, beside ours: a part inflating 200 times over
        raise UnreadableFile(
            "it is compressed far more than documents are (as zip bombs are), "
            "which the OpenDocument reader refuses"
        ) from None
    except Exception as error:  # odfdo and lxml raise many types on damaged parts
        raise parse_failure(error, "a text document") from None
    return document_of(blocks, "text document")
