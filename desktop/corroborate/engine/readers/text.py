"""Plain text and Markdown articles, and the byte-to-text decoding every reader shares.

Articles arrive from many machines: UTF-8 with or without BOM, UTF-16 from Windows
tools, Windows-1252 with curly quotes, CRLF line ends, stray NUL bytes. Decoding
picks the reading that gives sensible text and refuses binary data plainly.
"""

from __future__ import annotations

import codecs
import html
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import BinaryIO

from ..models import RawDocument
from . import OLE_SIGNATURE, PDF_SIGNATURE, ZIP_SIGNATURE, UnreadableFile, register

#: Larger files are refused rather than risk exhausting memory.
MAX_BYTES = 5 * 1024 * 1024
_MB = 1024 * 1024

# Linear on hostile input: link text never spans another "[" and a target never another
# "(", and emphasis spans are bounded, so an unclosed run of "[" or "*" is not quadratic.
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.{1,200}?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)

#: Byte signatures of formats people save with a wrong suffix, named for the message.
_MAGIC = {
    PDF_SIGNATURE: "a PDF document",
    ZIP_SIGNATURE: "a zip archive or Word document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    OLE_SIGNATURE: "an old-style Office document",
}
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
#: Non-ASCII characters that Western text in Windows-1252 plausibly contains: the
#: code page's upper half without the symbols that betray another code page's letters.
_WESTERN = set(bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")) - set(
    "\u00a4\u00a6\u00a8\u00ac\u00af\u00b3\u00b4\u00b5\u00b8\u00b9\u00d7\u00f7"
    "\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a"
)
_INVERTED_MID_WORD = re.compile(r"\w[¿¡]")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the odd invalid byte of a mostly-UTF-8 file as Windows-1252 (copy-paste mixes)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("corroborate-cp1252", _cp1252_fallback)


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 without a BOM: every code point's two high bytes are zero (below U+10000)."""
    if len(data) < 8 or len(data) % 4:
        return None
    high_le, high_be = data[2::4] + data[3::4], data[0::4] + data[1::4]
    if not high_le.strip(b"\x00") and data[0::4].strip(b"\x00"):
        return data.decode("utf-32-le", errors="replace")
    if not high_be.strip(b"\x00") and data[3::4].strip(b"\x00"):
        return data.decode("utf-32-be", errors="replace")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte (for Latin text)."""
    if len(data) < 8 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return data.decode("utf-16-le", errors="replace")
    if even > 0.4 * half and odd < 0.05 * half:
        return data.decode("utf-16-be", errors="replace")
    return None


def _plausible_cp1252(data: bytes) -> str | None:
    """Windows-1252 when it decodes to ordinary Western text; detectors misjudge short texts."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 127]
    if any(ch not in _WESTERN for ch in high) or _INVERTED_MID_WORD.search(text):
        return None
    letters = sum(ch.isalpha() for ch in text)
    accented = sum(ch.isalpha() for ch in high)
    return text if accented <= 0.4 * max(letters, 1) else None


def _decode_8bit(data: bytes) -> str:
    """UTF-8, mostly-UTF-8, Windows-1252, then whatever charset-normalizer finds."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if sum(ord(ch) > 127 for ch in lenient) - bad >= bad:
        return data.decode("utf-8-sig", errors="corroborate-cp1252")
    western = _plausible_cp1252(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("its text encoding could not be recognised")
    return str(best)


#: Control (but common whitespace and escape), surrogate, private-use and replacement characters.
_ODD = re.compile(
    "[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd"
    "\U000f0000-\U0010ffff]"
)
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _looks_binary(text: str) -> bool:
    """Control, private-use, unassigned and replacement characters betray binary data."""
    odd = len(_ODD.findall(text))
    # Unassigned code points have no regex class; only non-ASCII text can hold them.
    odd += sum(unicodedata.category(ch) == "Cn" for ch in _NON_ASCII.findall(text))
    return odd > 0.02 * len(text)


def decode(data: bytes, name: str = "") -> str:
    """Bytes of a text file to a string with ``\\n`` line ends, or :class:`UnreadableFile`."""
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise UnreadableFile("the file is empty")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        text = _utf32_without_bom(data) or _utf16_without_bom(data) or ""
        if not text:
            for magic, kind in _MAGIC.items():
                if data.startswith(magic):
                    raise UnreadableFile(f"it is {kind}, not text")
            data = data.rstrip(b"\x00")
            controls = len(_CONTROL_BYTES.findall(data))
            if data.count(0) > 0.1 * len(data) + 8 or controls > 0.02 * len(data) + 2:
                raise UnreadableFile("it looks like a binary file, not text")
            text = _decode_8bit(data.replace(b"\x00", b""))
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if _looks_binary(text):
        raise UnreadableFile("it looks like a binary file, not text")
    if not text.strip():
        raise UnreadableFile("the file is empty")
    return text


def special_file_kind(mode: int) -> str:
    """What a non-regular file is, in words: ``a named pipe (FIFO)``, ``a device``..."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def _open_file(path: Path) -> BinaryIO:
    """Open for reading without blocking: a named pipe in an article's place must not hang."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    return open(os.open(path, flags), "rb")


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing oversized or unreadable files with a plain reason."""
    try:
        with _open_file(path) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UnreadableFile(f"it is {special_file_kind(info.st_mode)}, not a file")
            if info.st_size > max_bytes:
                raise UnreadableFile(
                    f"it is too large ({info.st_size / _MB:.1f} MB; "
                    f"the limit is {max_bytes / _MB:.0f} MB)"
                )
            data = handle.read(max_bytes + 1)  # a file that grows meanwhile is cut off here
        if len(data) > max_bytes:
            raise UnreadableFile(f"it is too large (the limit is {max_bytes / _MB:.0f} MB)")
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except IsADirectoryError:
        raise UnreadableFile("it is a folder, not a file") from None
    except FileNotFoundError:
        raise UnreadableFile("the file no longer exists") from None
    except OSError as error:
        raise UnreadableFile(f"it could not be read ({error.strerror or error})") from None
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise UnreadableFile("the file is empty")
    return data


@register(".txt", ".text")
def read_text(path: Path) -> RawDocument:
    text, title = _wire_copy(decode(read_bytes(path), path.name))
    return RawDocument(text=text, title=title)


#: Wire copy as news archives and agencies' feeds keep it, in SGML-like tags: ``<DOC>``, then
#: fields (``<DOCNO>``, ``<SLUG>``, ``<HEADLINE>``, ``<BYLINE>``, ``<DATELINE>``), then the
#: story in ``<TEXT>`` with its paragraphs in ``<P>``.
_WIRE_OPEN = re.compile(r"\A\s*<DOC>[ \t]*\n", re.IGNORECASE)
_WIRE_FIELD = re.compile(
    r"^<(?P<tag>[A-Za-z_]{2,20})>(?P<value>[^<]{0,1000})</(?P=tag)>$", re.IGNORECASE
)
#: A tag inside the story: a bare name or a name with attributes ("<P>", "</P>", "<F P=102>");
#: words between angle brackets with no "=" are the story's ("if a<b and b>c").
_WIRE_TAG = re.compile(r"</?[A-Za-z_]{1,20}(?: [A-Za-z_]{1,20}=[^<>]{0,200})?>")
_WIRE_OPENING_TAG = re.compile(r"<([A-Za-z_]{2,20})>")
_WIRE_PARAGRAPH = re.compile(r"</?P>", re.IGNORECASE)
#: The fields kept above the story, as a page prints them: its writers, whose words the outlet's
#: reader reads ("By Lee Park", "Harlow Wire Writer"); the rest (numbers, slugs, dates, kinds)
#: are the archive's.
_WIRE_BYLINE_TAGS = frozenset(("byline", "author"))
_WIRE_HEADLINE_TAGS = frozenset(("headline", "hl", "head", "title"))


def _wire_copy(text: str) -> tuple[str, str | None]:
    """Wire copy in its tags (:data:`_WIRE_OPEN`) as a page prints it: its headline apart, its
    bylines over the story's paragraphs, its archive's fields and tags left out, its entities
    ("&amp;") written as characters. Any other text,
    or tags holding no ``<TEXT>``, is returned whole with no headline."""
    if not _WIRE_OPEN.match(text):
        return text, None
    headline: str | None = None
    bylines: list[str] = []
    body: list[str] = []
    open_field: str | None = None  # a field over several lines: "<HEADLINE>" … "</HEADLINE>"
    held: list[str] = []
    in_text = False
    for raw in text.splitlines():
        line = raw.strip()
        if in_text:
            if line.casefold() == "</text>":
                in_text = False
            else:
                body.append(line)
            continue
        if open_field is not None:
            if line.casefold() == f"</{open_field}>":
                headline = _wire_kept(open_field, " ".join(held), headline, bylines)
                open_field, held = None, []
            else:
                held.append(line)
            continue
        if line.casefold() == "<text>":
            in_text = True
        elif found := _WIRE_FIELD.match(line):
            tag = found.group("tag").casefold()
            headline = _wire_kept(tag, found.group("value"), headline, bylines)
        elif (lone := _WIRE_OPENING_TAG.fullmatch(line)) and lone.group(1).casefold() in (
            _WIRE_BYLINE_TAGS | _WIRE_HEADLINE_TAGS
        ):
            open_field = lone.group(1).casefold()
    if not body:
        return text, None
    story = _WIRE_TAG.sub("", _WIRE_PARAGRAPH.sub("\n\n", "\n".join(body)))
    # (the tags' entities written as characters: "Harlow &amp; Tessel" is "Harlow & Tessel")
    text = html.unescape("\n\n".join([*bylines, story.strip()]) + "\n")
    return text, (html.unescape(headline) if headline else None)


def _wire_kept(tag: str, value: str, headline: str | None, bylines: list[str]) -> str | None:
    """The headline after reading one field (the first headline field is kept); a byline's
    words are added to ``bylines``."""
    value = " ".join(value.split())
    if not value:
        return headline
    if tag in _WIRE_HEADLINE_TAGS:
        return headline or value
    if tag in _WIRE_BYLINE_TAGS:
        bylines.append(value)
    return headline


#: A web clipper's front matter heading a Markdown note: ``---``, ``key: value`` lines, ``---``.
_FRONT_MATTER = re.compile(
    r"\A\s*---[ \t]*\r?\n(?P<fields>(?:[^\n]*\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)"
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,30}):[ \t]*(?P<value>.*?)\s*$", re.MULTILINE)
#: Front matter keys that hold the clipped page's headline and its address.
_TITLE_KEYS = frozenset(("title", "headline"))
_URL_KEYS = frozenset(("source", "url", "link", "canonical", "original_url", "source_url"))
#: Front matter holds at least one of the keys clippers and note apps write.
_CLIPPER_KEYS = _TITLE_KEYS | _URL_KEYS | frozenset((
    "author", "authors", "date", "published", "created", "updated", "tags", "description",
    "site", "site_name", "sitename", "publisher", "byline", "clipped", "saved",
))  # fmt: skip


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """The note without its front matter, and the matter's fields (keys in lower case, values
    without their quotes); the note whole and no fields when it opens with none."""
    found = _FRONT_MATTER.match(text)
    if not found or not all(
        _FIELD.match(line) or line.lstrip().startswith("- ")
        for line in found.group("fields").splitlines()
        if line.strip()
    ):
        return text, {}  # a rule over the story, not a block of fields
    fields = {
        m.group("key").strip().casefold(): m.group("value").strip("\"' ")
        for m in _FIELD.finditer(found.group("fields"))
    }
    if not _CLIPPER_KEYS.intersection(fields):
        return text, {}  # "Update: The council voted …" between two rules is the story's
    return text[found.end() :], fields


@register(".md", ".markdown")
def read_markdown(path: Path) -> RawDocument:
    text, fields = _front_matter(decode(read_bytes(path), path.name))
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    url = next((fields[k] for k in _URL_KEYS if fields.get(k, "").startswith("http")), None)
    return RawDocument(text=text, title=title, url=url)
