"""Web pages saved by Safari: the ``.webarchive`` format.

A web archive is a property list (binary or XML, read by the standard
library's ``plistlib``). The page's markup is its main resource's data, with
the page's text encoding named beside it; the sub-resources (images, scripts,
frames) are not read. The markup then goes through the web-page reader's
extraction, so a page reads the same whichever way it was saved.
"""

from __future__ import annotations

import plistlib
from pathlib import Path

from ..models import RawDocument
from . import UnreadableFile, register
from .html import page_document, page_text
from .mhtml import MAX_BYTES, PAGE_TYPES
from .text import read_bytes

_DAMAGED = "it is damaged or not a Safari web archive"


@register(".webarchive")
def read_webarchive(path: Path) -> RawDocument:
    """The story in a page saved by Safari; nothing it links to is fetched."""
    data = read_bytes(path, MAX_BYTES)
    try:
        archive = plistlib.loads(data)
    except Exception:  # the parser's failures are the file's, not ours
        raise UnreadableFile(_DAMAGED) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    markup = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(main, dict) or not isinstance(markup, bytes):
        raise UnreadableFile(_DAMAGED)
    kind = main.get("WebResourceMIMEType", "text/html")
    if not isinstance(kind, str):
        raise UnreadableFile(_DAMAGED)
    if kind.strip().lower() not in PAGE_TYPES:  # MIME types ignore case ("TEXT/HTML")
        raise UnreadableFile(f"the page saved in this archive is not a web page ({kind})")
    if not markup.strip():
        raise UnreadableFile("the web page in this archive is empty")
    encoding = main.get("WebResourceTextEncodingName")
    return page_document(page_text(markup, encoding if isinstance(encoding, str) else None))
