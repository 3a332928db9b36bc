"""Plain text and Markdown articles."""

from __future__ import annotations

import re
from pathlib import Path

from ..models import RawDocument
from . import UnreadableFile, register

#: Larger files are refused rather than risk exhausting memory.
MAX_BYTES = 5 * 1024 * 1024

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)


def decode(data: bytes, name: str) -> str:
    """UTF-8 first (with or without BOM), then UTF-16 by BOM, then a detected encoding."""
    if not data.strip():
        raise UnreadableFile("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if data.count(b"\x00") > len(data) // 10:
            raise UnreadableFile("it looks like a binary file, not text")
        data = data.replace(b"\x00", b"")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                raise UnreadableFile("its text encoding could not be recognised") from None
            text = str(best)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text)
    if printable < 0.95 * len(text):
        raise UnreadableFile("it looks like a binary file, not text")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(
                f"it is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)"
            )
        return path.read_bytes()
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except OSError as error:
        raise UnreadableFile(f"it could not be read ({error.strerror or error})") from None


@register(".txt")
def read_text(path: Path) -> RawDocument:
    return RawDocument(text=decode(_read_bytes(path), path.name))


@register(".md", ".markdown")
def read_markdown(path: Path) -> RawDocument:
    text = decode(_read_bytes(path), path.name)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return RawDocument(text=text)
