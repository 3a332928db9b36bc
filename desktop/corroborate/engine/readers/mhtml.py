"""Web pages saved as one file: MHTML ("Webpage, Single File" in Chrome, Edge and Opera).

An MHTML file is a MIME message (RFC 2557). The page's markup is the part the
message names as its start, or else its first HTML part; images, style sheets
and frames follow as further parts and are not read. The markup then goes
through the web-page reader's extraction, so a page reads the same whichever
way it was saved.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from email.utils import collapse_rfc2231_value
from pathlib import Path

from ..models import RawDocument
from . import UnreadableFile, register
from .html import page_document, page_text
from .text import read_bytes

#: Images travel inside the file, base64-encoded, so a saved page is larger than its markup.
MAX_BYTES = 50 * 1024 * 1024
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _content_id(part: Message) -> str:
    return str(part.get("Content-ID", "")).strip().strip("<>")


def page_part(message: Message) -> Message | None:
    """The part holding the page itself: the one named as the start, else the first page."""
    if not message.is_multipart():
        return message if message.get_content_type() in PAGE_TYPES else None
    leaves = [part for part in message.walk() if not part.is_multipart()]
    start = message.get_param("start")
    if start:
        wanted = collapse_rfc2231_value(start).strip().strip("<>")
        named = next((part for part in leaves if _content_id(part) == wanted), None)
        if named is not None and named.get_content_type() in PAGE_TYPES:
            return named
    return next((part for part in leaves if part.get_content_type() in PAGE_TYPES), None)


@register(".mhtml", ".mht")
def read_mhtml(path: Path) -> RawDocument:
    """The story in a page saved as MHTML; nothing it links to is fetched."""
    data = read_bytes(path, MAX_BYTES)
    if data.lstrip()[:1] == b"<":  # plain markup under an MHTML name: read it as a page
        return page_document(page_text(data))
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = page_part(message)
    if part is None:
        raise UnreadableFile("no web page found in this MHTML file")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise UnreadableFile("the web page in this MHTML file is empty")
    return page_document(page_text(payload, part.get_content_charset()))
