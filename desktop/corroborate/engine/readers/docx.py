"""Word (.docx) articles: paragraphs, with headings and list items told apart.

The Title (or the first heading) becomes the article title. Other headings stay
as short lines of their own, which the ingest stage recognises as headings, and
list items become ``- item`` lines so they are never glued into one sentence.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import RawDocument
from . import register
from .package import check_package, document_of, parse_failure
from .text import read_bytes

MAX_BYTES = 50 * 1024 * 1024
#: Tables nested deeper than this are skipped (layout tables rarely nest further).
MAX_DEPTH = 5


def _check_package(data: bytes) -> None:
    check_package(
        data,
        "word/document.xml",
        "a Word document",
        "it is an old-style .doc file; save it as .docx and try again",
    )


def _style_name(paragraph: Any) -> str:
    try:
        return (paragraph.style.name or "") if paragraph.style is not None else ""
    except (AttributeError, KeyError, ValueError):
        return ""


def _is_list_item(paragraph: Any, style: str) -> bool:
    """List styles, or numbering set on the paragraph or its style."""
    if style.startswith("List"):
        return True
    for owner in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = getattr(owner, "pPr", None)
        if ppr is not None and getattr(ppr, "numPr", None) is not None:
            return True
    return False


def _blocks(container: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    """``(kind, text)`` for each paragraph in reading order; kind is title/heading/item/text."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):
            if depth >= MAX_DEPTH:
                continue
            seen: set[int] = set()
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # merged cells repeat the same cell
                        seen.add(id(cell._tc))
                        yield from _blocks(cell, depth + 1)
            continue
        text = "\n".join(" ".join(line.split()) for line in block.text.split("\n")).strip()
        if not text:
            continue
        style = _style_name(block)
        if style == "Title":
            yield "title", text
        elif style.startswith(("Heading", "Title", "Subtitle")):
            yield "heading", text
        elif _is_list_item(block, style):
            yield "item", text
        else:
            yield "text", text


@register(".docx")
def read_docx(path: Path) -> RawDocument:
    """Paragraph text of a Word document, title from its Title or first heading."""
    data = read_bytes(path, MAX_BYTES)
    _check_package(data)
    import docx

    try:
        blocks = list(_blocks(docx.Document(io.BytesIO(data))))
    except Exception as error:  # python-docx and lxml raise many types on damaged parts
        raise parse_failure(error, "a Word document") from None
    return document_of(blocks, "Word document")
