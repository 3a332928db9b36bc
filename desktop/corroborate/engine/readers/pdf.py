"""PDF articles: the text layer rebuilt into paragraphs, without the page furniture.

A PDF holds positioned lines, not paragraphs. Lines repeated at the top or bottom
of most pages (running headers, footers) and page numbers are dropped; lines are
joined into paragraphs using the vertical gaps, line lengths and indents, and words
hyphenated across a line break are rejoined.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import statistics
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models import RawDocument
from . import PDF_SIGNATURE, UnreadableFile, register
from .text import read_bytes

MAX_BYTES = 50 * 1024 * 1024
#: Beyond this a file is a book or a report, not a news article.
MAX_PAGES = 300

_PAGE_NUMBER = re.compile(
    r"^[-\u2013\u2014(\[\s]*(?:page|p\.|seite|pagina|p\u00e1gina)?\s*"
    r"\d{1,4}\s*(?:(?:of|/|von|de|sur)\s*\d{1,4})?[-\u2013\u2014)\]\s]*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]]*$")
_BULLET = re.compile(r"^[•◦▪●■□➢►‣∙·]\s*")
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st"}


@dataclass
class _Line:
    """One printed line; ``y`` and ``size`` come from its longest piece (not a bullet glyph)."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None
    weight: int = 0


def _position(cm: Any, tm: Any, size: Any) -> tuple[float | None, float | None, float | None]:
    """Where a piece of text starts on the page, and its rendered font size."""
    try:
        a, b, c, d, e, f = (float(v) for v in cm)
        _, _, tc, td, te, tf = (float(v) for v in tm)
        x, y = te * a + tf * c + e, te * b + tf * d + f
        scale = math.hypot(tc * a + td * c, tc * b + td * d)
        return x, y, float(size) * scale if scale else None
    except (TypeError, ValueError):
        return None, None, None


def _page_lines(page: Any) -> list[_Line]:
    """The page's text split into lines, each tagged with where it sits."""
    lines: list[_Line] = []
    current = _Line("")

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any) -> None:
        nonlocal current
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append(current)
                current = _Line("")
            weight = len(part.strip())
            if weight:
                x, y, scaled = _position(cm, tm, size)
                if current.weight == 0:
                    current.x = x
                if weight > current.weight:
                    current.y, current.size, current.weight = y, scaled, weight
            current.text += part

    page.extract_text(visitor_text=visit)
    lines.append(current)
    for line in lines:
        line.text = " ".join(line.text.translate(_LIGATURES).split())
        line.text = _BULLET.sub("- ", line.text)
    return [line for line in lines if line.text]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _edges(lines: list[_Line], depth: int = 3) -> list[_Line]:
    """The lines nearest the top and bottom of the page."""
    if all(line.y is not None for line in lines):
        lines = sorted(lines, key=lambda line: -(line.y or 0.0))
    return lines[:depth] + lines[-depth:]


def _strip_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers and lines repeated at the top or bottom of most pages."""
    seen = Counter(key for lines in pages for key in {_key(line.text) for line in _edges(lines)})
    # Most pages, or three: chapter headers change every few pages.
    need = min(max(2, math.ceil(0.5 * len(pages))), 3)
    repeated = {key for key, count in seen.items() if count >= need}
    return [
        [
            line
            for line in lines
            if not _PAGE_NUMBER.match(line.text) and _key(line.text) not in repeated
        ]
        for lines in pages
    ]


def _join(a: str, b: str) -> str:
    """Join a wrapped line to the next, mending words hyphenated across the break."""
    if a.endswith("\xad"):
        return a[:-1] + b
    if re.search(r"[^\W\d_]-$", a):
        return a[:-1] + b if b[:1].islower() else a + b
    return f"{a} {b}"


@dataclass
class _Layout:
    """Typical line spacing, full line length, font size and left margin of a document."""

    gap: float | None
    spaced: bool
    full: int
    size: float | None
    left: float | None

    @classmethod
    def of(cls, pages: list[list[_Line]]) -> _Layout:
        lines = [line for page in pages for line in page]
        gaps = [
            a.y - b.y
            for page in pages
            for a, b in itertools.pairwise(page)
            if a.y is not None and b.y is not None and 0 < a.y - b.y < 4 * (a.size or 12)
        ]
        gap = statistics.median(gaps) if gaps else None
        lengths = sorted(len(line.text) for line in lines)
        sizes = [line.size for line in lines if line.size]
        lefts = sorted(line.x for line in lines if line.x is not None)
        return cls(
            gap=gap,
            spaced=gap is not None and gap > 0 and any(g > 1.45 * gap for g in gaps),
            full=lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0,
            size=statistics.median(sizes) if sizes else None,
            left=lefts[len(lefts) // 5] if lefts else None,
        )

    def breaks(self, a: _Line, b: _Line) -> bool:
        """Whether line ``b`` starts a new paragraph after line ``a``."""
        if self.size and a.size and b.size and abs(a.size - b.size) > 0.15 * self.size:
            return True  # a heading, a caption or a byline in another size
        if b.text.startswith("- "):
            return True  # a list item
        if re.search(r"[^\W\d_][-\xad]$", a.text):
            return False
        ends = bool(_SENTENCE_END.search(a.text))
        if self.gap and a.y is not None and b.y is not None:
            if b.y > a.y:  # a new column or page: a short last line ends a heading too
                return ends or len(a.text) < 0.6 * self.full
            if self.spaced:
                return a.y - b.y > 1.45 * self.gap
        if ends and self.left is not None and b.x is not None:
            return b.x > self.left + 0.8 * (b.size or 12) or self._short(a, ends)
        return self._short(a, ends)

    def _short(self, a: _Line, ends: bool) -> bool:
        """A line well short of the measure ends its paragraph (or is a heading)."""
        return len(a.text) < 0.6 * self.full or (ends and len(a.text) < 0.85 * self.full)


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Group lines into paragraphs, mending hyphenated words and hard line wraps."""
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    layout = _Layout.of(pages)
    paragraphs: list[str] = []
    text = lines[0].text
    for a, b in itertools.pairwise(lines):
        if layout.breaks(a, b):
            paragraphs.append(text)
            text = b.text
        else:
            text = _join(text, b.text)
    paragraphs.append(text)
    return paragraphs


def _open(data: bytes) -> Any:
    """A PdfReader for the bytes, with encryption and damage turned into plain reasons."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if PDF_SIGNATURE not in data[:1024]:
        head = data[:512].lower()
        if b"<html" in head or b"<!doctype" in head:
            raise UnreadableFile("it is a web page saved with a .pdf name, not a PDF")
        raise UnreadableFile("it is not a PDF file (the PDF header is missing)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("it is password-protected")
        count = len(reader.pages)
    except UnreadableFile:
        raise
    except DependencyError:
        raise UnreadableFile("it is encrypted in a way this app cannot open") from None
    except Exception:  # pypdf raises many types on damaged files
        raise UnreadableFile("it is damaged or incomplete and could not be opened") from None
    if count == 0:
        raise UnreadableFile("this PDF has no pages")
    if count > MAX_PAGES:
        raise UnreadableFile(f"it has {count} pages, too long for a news article")
    return reader


def _metadata(reader: Any, text: str) -> tuple[str | None, str | None]:
    """Title and author from the document info, only when the text bears them out."""
    try:
        info = reader.metadata or {}
        title, author = (str(info.get(k) or "").strip() or None for k in ("/Title", "/Author"))
    except Exception:
        return None, None
    opening = " ".join(text[:2000].casefold().split())
    title = title if title and " ".join(title.casefold().split()) in opening else None
    author = author if author and author.casefold() in opening else None
    return title, author


@register(".pdf")
def read_pdf(path: Path) -> RawDocument:
    """The text layer of a PDF as paragraphs; scans without text are refused plainly."""
    from pypdf.errors import DependencyError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    data = read_bytes(path, MAX_BYTES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(data)
        pages: list[list[_Line]] = []
        failed = 0
        for number in range(len(reader.pages)):
            try:
                pages.append(_page_lines(reader.pages[number]))
            except DependencyError:
                raise UnreadableFile("it is encrypted in a way this app cannot open") from None
            except Exception:  # one damaged page should not lose the others
                failed += 1
    if failed and not any(pages):
        raise UnreadableFile("it is damaged and its text could not be extracted")
    paragraphs = _paragraphs(_strip_furniture(pages))
    text = "\n\n".join(paragraphs)
    if sum(ch.isalnum() for ch in text) < 20:
        raise UnreadableFile("no text in this PDF (it may be a scanned image)")
    title, author = _metadata(reader, text)
    return RawDocument(text=text, title=title, author=author)
