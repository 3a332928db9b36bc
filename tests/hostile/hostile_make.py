"""Hostile and odd input files, generated at run time (nothing is checked in)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

STORY = (
    "Fire crews battled a blaze at the Harbour Street warehouse on Monday night, "
    "the city fire service said. Forty firefighters worked through the night to stop "
    "the flames from reaching nearby homes, and no one was hurt. The cause of the fire "
    "is under investigation, officials said on Tuesday morning."
)


def pdf(pages: list[bytes | int], *, shared: bytes | None = None, extra: bytes = b"") -> bytes:
    """A minimal PDF; each page is its own content stream, or (an int) the shared one."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    shared_ref = None
    if shared is not None:
        data = zlib.compress(shared)
        shared_ref = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        )
    kids = []
    for page in pages:
        if isinstance(page, int):
            ref = shared_ref
        else:
            ref = add(b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, ref, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R %s>>" % (tree, extra)
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def text_page(text: str) -> bytes:
    """A content stream printing ``text`` a line at a time."""
    lines = [text[i : i + 80] for i in range(0, len(text), 80)]
    ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("latin-1", "replace") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def docx(paragraphs: list[str], *, declared: int | None = None) -> bytes:
    """A minimal Word document; ``declared`` under-states document.xml's size in the zip."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()
    parts = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            b"</Types>"
        ),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            b"</Relationships>"
        ),
        "word/document.xml": document,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    raw = out.getvalue()
    if declared is not None:
        raw = _understate(raw, "word/document.xml", declared)
    return raw


def _understate(raw: bytes, member: str, size: int) -> bytes:
    """Rewrite a member's uncompressed size in its local header and the central directory."""
    data = bytearray(raw)
    name = member.encode()
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) != -1:
        length = int.from_bytes(data[at + 26 : at + 28], "little")
        if data[at + 30 : at + 30 + length] == name:
            data[at + 22 : at + 26] = size.to_bytes(4, "little")
        at += 4
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == name:
            data[at + 24 : at + 28] = size.to_bytes(4, "little")
        at += 4
    return bytes(data)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def encrypted_pdf(text: str, user_password: str, algorithm: str = "AES-256") -> bytes:
    """A PDF of ``text`` encrypted with ``algorithm``; an empty user password opens it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([text_page(text)]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def inflating_docx(inflated: int, *, declared: int) -> bytes:
    """A .docx whose document.xml inflates to ``inflated`` bytes but declares ``declared``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            head = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            member.write(head)
            chunk = b"<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>" * 16384
            written = len(head)
            while written < inflated:
                member.write(chunk)
                written += len(chunk)
            member.write(b"</w:body></w:document>")
    return _understate(out.getvalue(), "word/document.xml", declared)


def html_page(body: str, head: str = "", title: str = "Warehouse fire") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def paragraphs(text: str = STORY, count: int = 3) -> str:
    return "".join(f"<p>{text}</p>" for _ in range(count))
