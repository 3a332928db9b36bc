"""Web pages saved as one file: MHTML ("Webpage, Single File" in Chrome, Edge and Opera).

An MHTML file is a MIME message (RFC 2557). The page's markup is the part the
message names as its start, or else its first HTML part; images, style sheets
and frames follow as further parts and are not read: the standard library's
``email`` package parses the headers of the parts the search reaches and
decodes the page's body alone. The markup then goes
through the web-page reader's extraction, so a page reads the same whichever
way it was saved.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import collapse_rfc2231_value
from pathlib import Path

from ..models import RawDocument
from . import UnreadableFile, register
from .html import page_document, page_text
from .text import read_bytes

#: Images travel inside the file, base64-encoded, so a saved page is larger than its markup.
MAX_BYTES = 50 * 1024 * 1024
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


#: Multipart parts inside multipart parts deeper than this are not searched.
MAX_DEPTH = 4
_HEADERS = BytesHeaderParser(policy=email.policy.compat32)
#: A longer header block is no part's headers (a saved page's run to a few kilobytes) and is
#: not parsed: the parser takes seconds a megabyte, and a file within the size cap could
#: hold its whole 50 MB as one unending header block.
MAX_HEADER_BYTES = 256 * 1024
#: A header block that can belong to a page, or to a multipart holding one (or that gives
#: no type at all, which MIME reads as plain text; it is parsed to be sure).
_MAY_HOLD_PAGE = re.compile(rb"html|multipart|^(?![\s\S]*content-type)", re.IGNORECASE)


def _split(entity: bytes) -> tuple[bytes, bytes]:
    """An entity's header block and its body (everything after the first blank line)."""
    ends = [at for at in (entity.find(b"\r\n\r\n"), entity.find(b"\n\n")) if at >= 0]
    if not ends:
        return entity, b""
    at = min(ends)
    gap = 4 if entity.startswith(b"\r\n\r\n", at) else 2
    return entity[:at], entity[at + gap :]


def _parts(body: bytes, boundary: str) -> Iterator[bytes]:
    """The entities of a multipart body, each its headers and body, in order.

    The body is cut at its boundary lines with one pass of ``bytes.split``, and
    each part's headers are parsed only when the search reaches it: a saved
    page with thousands of pictures costs no more than its page.
    """
    delimiter = b"--" + boundary.encode("ascii", "replace")
    pieces = (b"\n" + body).split(b"\n" + delimiter)
    for piece in pieces[1:]:  # the first is the preamble
        if piece.startswith(b"--"):
            return  # the closing delimiter
        line_end = piece.find(b"\n")  # the rest of the boundary line (spaces, CR)
        if line_end < 0:
            continue
        entity = piece[line_end + 1 :]
        yield entity[:-1] if entity.endswith(b"\r") else entity


def _content_id(headers: Message) -> str:
    return str(headers.get("Content-ID", "")).strip().strip("<>")


def page_part(entity: bytes, depth: int = 0) -> tuple[Message, bytes] | None:
    """The headers and body of the part holding the page: the one named as the
    start, else the first page, searched depth-first through nested multiparts."""
    head, body = _split(entity)
    if len(head) > MAX_HEADER_BYTES or not _MAY_HOLD_PAGE.search(head):
        return None  # a picture, style sheet or script: its headers need no parsing
    headers = _HEADERS.parsebytes(head)
    kind = headers.get_content_type()
    if kind in PAGE_TYPES:
        return headers, body
    boundary = headers.get_boundary()
    if not kind.startswith("multipart/") or not boundary or depth >= MAX_DEPTH:
        return None
    start = headers.get_param("start")
    wanted = collapse_rfc2231_value(start).strip().strip("<>") if start else None
    first: tuple[Message, bytes] | None = None
    for part in _parts(body, boundary):
        if wanted is not None and wanted.encode("ascii", "replace") in part[:4096]:
            part_head, part_body = _split(part)
            if len(part_head) <= MAX_HEADER_BYTES:
                part_headers = _HEADERS.parsebytes(part_head)
                if (
                    _content_id(part_headers) == wanted
                    and part_headers.get_content_type() in PAGE_TYPES
                ):
                    return part_headers, part_body
        if first is None:
            first = page_part(part, depth + 1)
            if first is not None and wanted is None:
                return first
    return first


def _decoded(headers: Message, body: bytes) -> bytes:
    """The part's body with its transfer encoding (base64, quoted-printable) undone."""
    part = Message()
    for name, value in headers.items():
        part[name] = value
    part.set_payload(body)
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


@register(".mhtml", ".mht")
def read_mhtml(path: Path) -> RawDocument:
    """The story in a page saved as MHTML; nothing it links to is fetched."""
    data = read_bytes(path, MAX_BYTES)
    if data.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"<":  # markup under an MHTML name
        return page_document(page_text(data))
    found = page_part(data)
    if found is None:
        raise UnreadableFile("no web page found in this MHTML file")
    headers, body = found
    markup = _decoded(headers, body)
    if not markup.strip():
        raise UnreadableFile("the web page in this MHTML file is empty")
    return page_document(page_text(markup, headers.get_content_charset()))
