"""A small hand-made PDF writer for tests: positioned lines in the standard Helvetica fonts.

No dependency beyond the standard library. Text is written with WinAnsiEncoding
(Windows-1252 bytes), so curly quotes, dashes, ``©`` and ``™`` come back out of a
PDF reader as the same characters; a character outside Windows-1252 raises
``UnicodeEncodeError`` rather than being changed silently.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Font resource names and the standard Type1 fonts behind them.
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}
WIDTH, HEIGHT = 612, 792


@dataclass(frozen=True)
class Placed:
    """One line of text at ``(x, y)`` points from the bottom-left corner of the page."""

    text: str
    y: float
    x: float = 72
    size: float = 11
    font: str = "F1"


def _string(text: str) -> bytes:
    """A PDF literal string in Windows-1252, with its delimiters escaped."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content(lines: list[Placed]) -> bytes:
    ops = [b"BT"]
    for line in lines:
        ops.append(b"/%s %g Tf" % (line.font.encode(), line.size))
        ops.append(b"1 0 0 1 %g %g Tm %s Tj" % (line.x, line.y, _string(line.text)))
    ops.append(b"ET")
    return b"\n".join(ops)


def build_pdf(pages: list[list[Placed]], title: str | None = None) -> bytes:
    """The bytes of a PDF with one page per entry of ``pages``; ``title`` goes in /Info."""
    objects: dict[int, bytes] = {}
    fonts = {}
    for k, (name, base) in enumerate(FONTS.items()):
        fonts[name] = 3 + k
        objects[3 + k] = (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
            % base.encode()
        )
    font_dict = b" ".join(b"/%s %d 0 R" % (n.encode(), o) for n, o in fonts.items())
    first = 3 + len(FONTS)
    kids = []
    for number, lines in enumerate(pages):
        page, contents = first + 2 * number, first + 2 * number + 1
        stream = _content(lines)
        objects[contents] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
            % (WIDTH, HEIGHT, font_dict, contents)
        )
        kids.append(b"%d 0 R" % page)
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    info = None
    if title:
        info = max(objects) + 1
        # document info strings are not WinAnsi: UTF-16BE with its byte-order mark
        utf16 = ("\ufeff" + title).encode("utf-16-be").hex().upper().encode()
        objects[info] = b"<< /Title <%s> /Producer (test) >>" % utf16
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (key, objects[key])
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[key] for key in range(1, size))
    trailer = b"/Size %d /Root 1 0 R" % size + (b" /Info %d 0 R" % info if info else b"")
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)
