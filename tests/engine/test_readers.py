"""Format readers: every fixture is generated here, good and bad, and each failure says why."""

from __future__ import annotations

import io
import os
import plistlib
import quopri
import random
import re
import socket
import zipfile
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import docx
import odfdo
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from corroborate.engine.readers import UnreadableFile, read_document, supported_suffixes
from corroborate.engine.readers import html as html_reader
from corroborate.engine.readers import mhtml as mhtml_reader
from corroborate.engine.readers import text as text_reader
from quality._pdfgen import Placed, build_pdf

STORY = [
    "The Old Harbour Bridge reopened to traffic on Tuesday morning after",
    "six weeks of storm repairs, the city council said after the elec-",
    "tion of a new chair for its transport committee earlier this month.",
    "",
    "Engineers replaced two damaged support cables and resurfaced the main",
    "deck, which had been closed since a severe storm swept the coast.",
]
MORE = [
    "The work cost about 4.2 million dollars, according to the council's transport",
    "committee, and a weight limit of 18 tonnes will remain in place until April.",
]


def make_pdf(pages: list[list[str]], header: str | None = None, numbers: str = "") -> bytes:
    """A minimal PDF written by hand: one Helvetica text line per entry, "" for a gap."""
    placed = []
    for number, lines in enumerate(pages, 1):
        page, y = [Placed(header, 760)] if header else [], 720
        for line in lines:
            page += [Placed(line, y)] if line else []
            y -= 14 if line else 10
        page += [Placed(numbers.format(n=number, of=len(pages)), 40)] if numbers else []
        placed.append(page)
    return build_pdf(placed)


def saved(document: object) -> bytes:
    """The bytes a python-docx Document or a pypdf PdfWriter would write to a file."""
    buffer = io.BytesIO()
    (document.save if hasattr(document, "save") else document.write)(buffer)
    return buffer.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([STORY]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    return saved(writer)


def zipped(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


NAV_PAGE = b"""<!DOCTYPE html><html><head><title>Harbour Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="cookie-banner"><p>We use
cookies. Accept all cookies to continue.</p></div><ul><li><a href="/a">Storm floods harbour</a>
</li><li><a href="/b">Budget approved</a></li></ul><footer>Copyright 2024</footer></body></html>"""
NOISE = random.Random(7).randbytes(4000)
DOCX = saved(docx.Document())
ARCHIVE, BROKEN = zipped("word/styles.xml", b"<x/>"), zipped("word/document.xml", b"<w:d")


def odf(kind: str = "text", *paragraphs: str) -> bytes:
    document = odfdo.Document(kind)
    for paragraph in paragraphs:
        document.body.append(odfdo.Paragraph(paragraph))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def locked_office_file() -> bytes:
    """What Word (and LibreOffice) save when a .docx is given a password: no zip at all,
    but an old-style compound file whose streams hold the encrypted package."""
    names = b"".join(name.encode("utf-16-le").ljust(128, b"\0") for name in (
        "Root Entry", "EncryptionInfo", "EncryptedPackage"))  # fmt: skip
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + names + NOISE


def locked_odt() -> bytes:
    """An OpenDocument text saved with a password: a zip whose manifest says its
    parts are encrypted, and a content part that is no XML."""
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
        b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
        b'<manifest:algorithm manifest:algorithm-name="Blowfish CFB"/>'
        b"</manifest:encryption-data></manifest:file-entry></manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", b"application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", NOISE)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def needing_zip_version(data: bytes, version: int) -> bytes:
    """``data``, a zip, its directory saying each member needs zip ``version`` (x10)."""
    patched = bytearray(data)
    at = patched.find(b"PK\x01\x02")
    while at >= 0:
        patched[at + 6 : at + 8] = version.to_bytes(2, "little")
        at = patched.find(b"PK\x01\x02", at + 4)
    return bytes(patched)


def mhtml(*parts: MIMEText | MIMEImage | MIMEMultipart, start: str | None = None) -> bytes:
    """A page saved as one file, as browsers write it: a multipart/related MIME message."""
    message = MIMEMultipart("related", type="text/html")
    if start:
        message.set_param("start", f"<{start}>")
    message["Subject"] = "Saved page"
    for part in parts:
        message.attach(part)
    return message.as_bytes()


def page_part(markup: str, charset: str = "utf-8", content_id: str | None = None) -> MIMEText:
    part = MIMEText(markup, "html", charset)
    del part["Content-Transfer-Encoding"]
    part.set_payload(quopri.encodestring(markup.encode(charset)).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    if content_id:
        part["Content-ID"] = f"<{content_id}>"
    return part


def webarchive(markup: bytes, kind: object = "text/html", encoding: str | None = "UTF-8") -> bytes:
    """A page saved by Safari: a binary property list around the page's markup."""
    main = {"WebResourceData": markup, "WebResourceMIMEType": kind, "WebResourceURL": "x:/"}
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    return plistlib.dumps({"WebMainResource": main}, fmt=plistlib.FMT_BINARY)


PICTURE = MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png")
IMAGES_ONLY_MHTML = mhtml(PICTURE)
BLANK_PAGE_MHTML = mhtml(page_part("   "), PICTURE)
NAV_MHTML = mhtml(page_part(NAV_PAGE.decode()))
WEBARCHIVE = webarchive(NAV_PAGE)
PICTURE_ARCHIVE = webarchive(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png", None)

BAD_INPUTS: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "the file is empty"),
    ("blank.md", b"  \r\n\n\t ", "the file is empty"),
    ("noise.txt", NOISE, "it looks like a binary file, not text"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + NOISE, "it is a PNG image, not text"),
    ("empty.html", b"", "the file is empty"),
    ("navigation.html", NAV_PAGE, "no article text found in this page"),
    ("script-only.html", b"<html><script>var story = 'x';</script></html>", "no article"),
    ("empty.pdf", b"", "the file is empty"),
    ("truncated.pdf", make_pdf([STORY])[:300], "damaged or incomplete"),
    ("cut-trailer.pdf", make_pdf([STORY])[:-40], "damaged or incomplete"),
    ("noise.pdf", NOISE, "not a PDF file"),
    ("web-page.pdf", NAV_PAGE, "a web page saved with a .pdf name"),
    ("scanned.pdf", make_pdf([[], []]), "no text in this PDF (it may be a scanned image)"),
    ("locked.pdf", encrypted_pdf("secret"), "password-protected"),
    ("empty.docx", b"", "the file is empty"),
    ("noise.docx", NOISE, "damaged or not a Word document"),
    ("old.docx", b"\xd0\xcf\x11\xe0" + NOISE, "old-style .doc"),
    ("locked.docx", locked_office_file(), "it is password-protected"),
    ("locked.odt", locked_odt(), "it is password-protected"),
    ("archive.docx", ARCHIVE, "a zip archive but not a Word document"),
    ("broken.docx", BROKEN, "damaged and could not be opened as a Word document"),
    ("cut.docx", DOCX[:2000], "damaged or not a Word document"),
    ("future-zip.docx", needing_zip_version(DOCX, 64), "damaged or not a Word document"),
    ("blank.docx", DOCX, "this Word document contains no text"),
    ("empty.mhtml", b"", "the file is empty"),
    ("pictures.mhtml", IMAGES_ONLY_MHTML, "no web page found in this MHTML file"),
    ("blank-page.mht", BLANK_PAGE_MHTML, "the web page in this MHTML file is empty"),
    ("navigation.mhtml", NAV_MHTML, "no article text found in this page"),
    ("noise.webarchive", NOISE, "damaged or not a Safari web archive"),
    ("cut.webarchive", WEBARCHIVE[:200], "damaged or not a Safari web archive"),
    ("list.webarchive", plistlib.dumps([1, 2]), "damaged or not a Safari web archive"),
    ("picture.webarchive", PICTURE_ARCHIVE, "is not a web page (image/png)"),
    ("listed-type.webarchive", webarchive(NAV_PAGE, ["text/html"]), "damaged or not a Safari"),
    ("numbered-type.webarchive", webarchive(NAV_PAGE, 7), "damaged or not a Safari"),
    ("empty.rtf", b"", "the file is empty"),
    ("noise.rtf", NOISE, "damaged or not a Rich Text document"),
    ("blank.rtf", rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0 \par\par}", "contains no text"),
    ("empty.odt", b"", "the file is empty"),
    ("noise.odt", NOISE, "damaged or not an OpenDocument text file"),
    ("old.odt", b"\xd0\xcf\x11\xe0" + NOISE, "old-style Word .doc file"),
    ("archive.odt", ARCHIVE, "a zip archive but not an OpenDocument text file"),
    ("broken.odt", zipped("content.xml", b"<office:d"), "could not be opened as a text document"),
    ("sheet.odt", odf("spreadsheet"), "an OpenDocument file but not a text document"),
    ("blank.odt", odf("text", "  "), "this text document contains no text"),
    ("story.xyz", b"A story.", ".xyz is not a supported format"),
    ("huge.txt", b"A story. " * 600_000, "it is too large (5.1 MB; the limit is 5 MB)"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_refused_with_a_reason(tmp_path: Path, name, content, reason) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=re.escape(reason)):
        read_document(path)


def test_unreadable_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("A story.")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root ignores permissions: simulate the refusal

        def refuse(self: Path) -> None:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(text_reader, "_open_file", refuse)
    with pytest.raises(UnreadableFile, match="permission denied"):
        read_document(path)


SAID = "He said \u201cthe bridge is safe\u201d \u2014 and it\u2019s open. Caf\u00e9 owners cheered."
ENCODED = {
    "utf8": (SAID.encode("utf-8"), SAID),
    "utf8-bom": (b"\xef\xbb\xbf" + SAID.encode("utf-8"), SAID),
    "utf16": (SAID.encode("utf-16"), SAID),
    "utf16be": (b"\xfe\xff" + SAID.encode("utf-16-be"), SAID),
    "utf16-no-bom": (SAID.encode("utf-16-le"), SAID),  # recognised by its NUL pattern
    "cp1252": (SAID.encode("cp1252"), SAID),
    "latin1": (
        "Caf\u00e9 cr\u00e8me \u00e0 la gare.".encode("latin-1"),
        "Caf\u00e9 cr\u00e8me \u00e0 la gare.",
    ),
    "crlf": (b"Line one.\r\nLine two.\rLine three.", "Line one.\nLine two.\nLine three."),
    "nul": (b"Stray\x00 NUL\x00 bytes.\x00\x00\x00", "Stray NUL bytes."),
    "mixed": (SAID.encode("utf-8") + b" \x93Mixed\x94", SAID + " \u201cMixed\u201d"),
}


@pytest.mark.parametrize(("encoded", "expected"), ENCODED.values(), ids=ENCODED.keys())
def test_text_encodings(tmp_path: Path, encoded: bytes, expected: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(encoded)
    assert read_document(path).text == expected


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Bridge reopens\n\nThe **bridge** [reopened](http://x.test) on _Tuesday_.\n")
    assert read_document(path).text == "Bridge reopens\n\nThe bridge reopened on Tuesday.\n"


CHROME_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">
<title>Bridge reopens after storm repairs | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2024-03-05T08:00:00Z"><script>document.write(
"TRACKER SCRIPT");</script></head><body><div class="cookie">
<p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p>
<button>Accept all cookies</button></div><header><nav><ul><li><a href="/">Home</a></li><li>
<a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header><main><article>
<h1>Bridge reopens after storm repairs</h1><p class="byline">By Maria Lopez</p>
<p>The Old Harbour Bridge reopened to traffic on Tuesday morning after six weeks of repairs
to storm damage, the city council said.</p><p>Engineers replaced two damaged support cables and
resurfaced the main deck. The work cost about 4.2 million dollars, according to the
council\u2019s transport committee.</p><p>\u201cWe are grateful for the patience of
residents,\u201d said council leader Anne Brooks.</p><p>A weight limit of 18 tonnes will remain
in place until a final inspection in April.</p></article><aside class="related"><h2>Related</h2>
<ul><li><a href="/a">Storm floods the harbour district</a></li><li><a href="/b">Council approves
budget for road repairs</a></li></ul></aside><section id="comments"><h3>Comments</h3>
<div class="comment"><p>Reader123: About time they fixed it, this took far too long honestly.</p>
</div></section></main><footer><p>Copyright 2024 Harbour Gazette. All rights reserved.</p>
</footer><script>console.log("MORE SCRIPT");</script></body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252"])
def test_html_article_without_the_site_around_it(tmp_path: Path, monkeypatch, charset) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("the HTML reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = tmp_path / "page.html"
    path.write_bytes(CHROME_PAGE.format(charset=charset).encode(charset))
    doc = read_document(path)
    assert (doc.title, doc.outlet, doc.author, doc.date, doc.clean) == (
        "Bridge reopens after storm repairs", "Harbour Gazette", "Maria Lopez", "2024-03-05", True
    )  # fmt: skip
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("The Old Harbour Bridge reopened") and len(paragraphs) == 4
    assert "\u201cWe are grateful for the patience of residents,\u201d" in doc.text
    assert "council\u2019s transport committee" in doc.text
    for chrome in ("cookie", "Home", "Related", "Storm floods", "Reader123", "SCRIPT", "Copyright"):
        assert chrome not in doc.text


def test_a_large_page_of_scripts_styles_and_drawings_reads_as_the_page_without_them(
    tmp_path: Path,
) -> None:
    page = CHROME_PAGE.format(charset="utf-8")
    code = "".join(
        f"<script>window.s{i}={{a:[{i},{i + 1}]}};</script><style>.k{i}{{margin:{i}px}}</style>"
        f'<SVG viewBox="0 0 9 9"><path d="M{i} 0L9 9Z"/></SVG>'
        for i in range(12_000)
    )
    large = page.replace("</head>", code + "</head>").replace("</footer>", "</footer>" + code)
    assert len(large) > html_reader.LARGE_PAGE_CHARS
    (tmp_path / "small.html").write_text(page, encoding="utf-8")
    (tmp_path / "large.html").write_text(large, encoding="utf-8")
    assert read_document(tmp_path / "large.html") == read_document(tmp_path / "small.html")


def test_a_large_page_keeps_its_json_ld_and_whatever_follows_a_script_that_never_ends() -> None:
    page = (
        '<head><script type="application/ld+json">{"author": "Lee Park"}</script>'
        "<style>p {color: red}</style><script src=x.js></script></head><body><p>Story."
        "</p><svg><path/></svg><p>More story.</p><script>var unended = 1;<p>Tail.</p></body>"
    )
    assert html_reader._without_code(page) == (
        '<head><script type="application/ld+json">{"author": "Lee Park"}</script>'
        "</head><body><p>Story.</p><p>More story.</p><script>var unended = 1;<p>Tail.</p></body>"
    )


_MIDDLE = (
    "<p>The Fennick ferry timetable changes on Monday, when the first boat leaves the harbour"
    " an hour later than it does now.</p>"
)


def _read_both_ways(monkeypatch, markup: str) -> tuple[object, object]:
    """The page read as a small page is, and as a large one (its code taken off first)."""
    page = CHROME_PAGE.format(charset="utf-8").replace("</article>", markup + "</article>")
    monkeypatch.setattr(html_reader, "LARGE_PAGE_CHARS", 10**12)
    whole = html_reader.page_document(page)
    monkeypatch.setattr(html_reader, "LARGE_PAGE_CHARS", 0)
    return html_reader.page_document(page), whole


@pytest.mark.parametrize(
    "markup",
    [
        f"<!-- <script src='old.js'> kept for later -->{_MIDDLE}<script>x = 1</script>",
        f"<!-- <svg> icon taken out -->{_MIDDLE}<svg><path d='M0 0'/></svg>",
        f"<![CDATA[ <script> ]]>{_MIDDLE}<script>x = 1</script>",
        f"<!-- a note --><!--><!-- <style> -->{_MIDDLE}<style>p {{color: red}}</style>",
    ],
)
def test_a_comment_naming_a_script_or_drawing_hides_no_story_on_a_large_page(
    monkeypatch, markup: str
) -> None:
    large, whole = _read_both_ways(monkeypatch, markup)
    assert "Fennick ferry timetable" in whole.text
    assert large == whole


@pytest.mark.parametrize(
    "markup",
    [
        f"<svg class='icon'/>{_MIDDLE}<svg><path d='M0 0'/></svg>",
        f'<SVG viewBox="0 0 9 9" />{_MIDDLE}<svg><path/></svg>',
        f"<script src='a.js'/>{_MIDDLE}<script>x = 1</script>",
        f"<script>x = 1</script data-end>{_MIDDLE}<script>y = 2</script>",
        f"<style>p {{color: red}}</style >{_MIDDLE}<style>a {{color: blue}}</style>",
    ],
)
def test_a_script_or_drawing_that_ends_in_its_own_tag_hides_no_story_on_a_large_page(
    monkeypatch, markup: str
) -> None:
    large, whole = _read_both_ways(monkeypatch, markup)
    assert "Fennick ferry timetable" in whole.text
    assert large == whole


@pytest.mark.parametrize(
    "script",
    [
        # an old page's script hidden in a comment, writing another script: it ends at the
        # end tag after the comment, not at the one it writes
        "<script><!--\ndocument.write('<script src=ad.js></script>');\n"
        "var shown = 'Advertisement for the Fennick page';\n//--></script>",
        "<SCRIPT><!-- document.write('<Script>x()</SCRIPT >'); var tag = 'Fennick ad' --></SCRIPT>",
        # the comment closed before another script is written: that one ends the script
        "<script><!-- hidden --> var a = 1;</script>",
    ],
    ids=["written-inside-a-comment", "in-capitals", "comment-closed-first"],
)
def test_a_script_writing_a_script_inside_a_comment_is_taken_off_whole_on_a_large_page(
    monkeypatch, script: str
) -> None:
    large, whole = _read_both_ways(monkeypatch, f"{script}{_MIDDLE}")
    assert "Fennick ferry timetable" in whole.text and "Fennick ad" not in whole.text
    assert large == whole


def test_a_drawing_inside_a_drawing_is_taken_off_whole_with_its_labels() -> None:
    page = (
        "<body><p>Story.</p><svg><svg><path/></svg><text>Passengers a day, 2023</text>"
        "<svg/></svg><p>More story.</p></body>"
    )
    assert html_reader._without_code(page) == "<body><p>Story.</p><p>More story.</p></body>"


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252"])
def test_a_page_saved_as_one_mhtml_file_reads_as_the_saved_page(tmp_path: Path, charset) -> None:
    markup = CHROME_PAGE.format(charset=charset)
    (tmp_path / "page.html").write_bytes(markup.encode(charset))
    # The page is the part the message names as its start, wherever it stands.
    frame = page_part("<html><body><p>An advertising frame, not the story.</p></body></html>")
    saved = mhtml(PICTURE, frame, page_part(markup, charset, "page@x"), start="page@x")
    (tmp_path / "page.mhtml").write_bytes(saved)
    assert read_document(tmp_path / "page.mhtml") == read_document(tmp_path / "page.html")
    # Without a start, the first page in the message is the page.
    (tmp_path / "page.mht").write_bytes(mhtml(page_part(markup, charset), PICTURE, frame))
    assert read_document(tmp_path / "page.mht") == read_document(tmp_path / "page.html")


def test_an_mhtml_file_laid_out_as_chromium_writes_it_is_read(tmp_path: Path) -> None:
    markup = CHROME_PAGE.format(charset="utf-8")
    boundary = "----MultipartBoundary--Qx7Harbour----"
    lines = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://harbour-gazette.example/bridge",
        "Subject: Bridge reopens after storm repairs | Harbour Gazette",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-1@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://harbour-gazette.example/bridge",
        "",
        quopri.encodestring(markup.encode()).decode().replace("\n", "\r\n"),
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "body { color: black; }",
        f"--{boundary}--",
        "",
    ]
    (tmp_path / "page.mhtml").write_bytes("\r\n".join(lines).encode())
    (tmp_path / "page.html").write_text(markup, "utf-8")
    assert read_document(tmp_path / "page.mhtml") == read_document(tmp_path / "page.html")


def test_a_page_inside_a_nested_part_is_found_but_nesting_has_a_limit(tmp_path: Path) -> None:
    markup = CHROME_PAGE.format(charset="utf-8")
    inner: MIMEMultipart | MIMEText = page_part(markup)
    for _ in range(3):
        outer = MIMEMultipart("alternative")
        outer.attach(inner)
        inner = outer
    (tmp_path / "nested.mhtml").write_bytes(mhtml(PICTURE, inner))
    assert read_document(tmp_path / "nested.mhtml").title == "Bridge reopens after storm repairs"
    for _ in range(10):
        outer = MIMEMultipart("alternative")
        outer.attach(inner)
        inner = outer
    (tmp_path / "deep.mhtml").write_bytes(mhtml(PICTURE, inner))
    with pytest.raises(UnreadableFile, match="no web page found"):
        read_document(tmp_path / "deep.mhtml")


@pytest.mark.parametrize("start", [None, "page@orlan.example"])
def test_an_mhtml_header_block_that_never_ends_is_not_parsed(
    tmp_path: Path, monkeypatch, start
) -> None:
    """The header parser takes seconds a megabyte: a file within the size cap that is one
    long header block would run out the worker's time, so no such block reaches it."""
    parsed: list[int] = []
    parser = mhtml_reader._HEADERS

    class Counting:
        def parsebytes(self, head: bytes):
            parsed.append(len(head))
            return parser.parsebytes(head)

    monkeypatch.setattr(mhtml_reader, "_HEADERS", Counting())
    endless = b"X-Saved-By: Orlan Browser\r\n" * 20_000
    part = f"Content-ID: <{start}>\r\n".encode() if start else b""
    top = b'Content-Type: multipart/related; boundary="cut"'
    if start:
        top += f'; start="<{start}>"'.encode()
    path = tmp_path / "endless.mhtml"
    path.write_bytes(top + b"\r\n\r\n--cut\r\n" + part + b"Content-Type: text/html\r\n" + endless)
    with pytest.raises(UnreadableFile, match="no web page found"):
        read_document(path)
    assert parsed and max(parsed) <= mhtml_reader.MAX_HEADER_BYTES


def test_markup_saved_under_an_mhtml_name_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "page.mhtml").write_text(CHROME_PAGE.format(charset="utf-8"), "utf-8-sig")
    assert read_document(tmp_path / "page.mhtml").title == "Bridge reopens after storm repairs"


@pytest.mark.parametrize(("charset", "recorded"), [("utf-8", "UTF-8"), ("windows-1252", None)])
def test_a_page_saved_by_safari_reads_as_the_saved_page(tmp_path: Path, charset, recorded) -> None:
    markup = CHROME_PAGE.format(charset=charset).encode(charset)
    (tmp_path / "page.html").write_bytes(markup)
    (tmp_path / "page.webarchive").write_bytes(webarchive(markup, encoding=recorded))
    assert read_document(tmp_path / "page.webarchive") == read_document(tmp_path / "page.html")


def test_a_web_archive_whose_page_type_is_in_capitals_is_read_as_a_page(tmp_path: Path) -> None:
    markup = CHROME_PAGE.format(charset="utf-8").encode()
    (tmp_path / "page.html").write_bytes(markup)
    (tmp_path / "page.webarchive").write_bytes(webarchive(markup, "TEXT/HTML"))
    assert read_document(tmp_path / "page.webarchive") == read_document(tmp_path / "page.html")


def test_a_web_archive_reads_the_page_by_the_encoding_it_records(tmp_path: Path) -> None:
    markup = "<html><body><article><p>{}</p></article></body></html>".format(
        "The caf\u00e9 on the quay reopened on Tuesday after the storm, its owner said. " * 3
    )
    path = tmp_path / "page.webarchive"
    path.write_bytes(webarchive(markup.encode("latin-1"), encoding="ISO-8859-1"))
    assert "The caf\u00e9 on the quay reopened" in read_document(path).text


TEXTEDIT_RTF = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2709
{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\froman\fcharset0 Times-Roman;}
{\colortbl;\red255\green255\blue255;}
{\info{\title Hidden document properties}}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\pardirnatural\partightenfactor0

\f0\b\fs28 \cf0 Bridge reopens after storm repairs\
\pard\pardirnatural\partightenfactor0
\b0\fs24 \cf0 \
The Old Harbour Bridge reopened on Tuesday after six weeks of repairs,
 the caf\'e9 owners on the quay said.\par
{\*\shppict{\pict\pngblip\picw10\pich10 89504e470d0a1a0a0000000d49484452}}
\f1 \'93We are grateful,\'94 said council leader Anne Brooks \u8212\'97 the work
 cost \u8364 ?4.2 million.\par
}"""


def test_a_rich_text_document_reads_as_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "story.rtf"
    path.write_bytes(TEXTEDIT_RTF)
    assert read_document(path).text.split("\n\n") == [
        "Bridge reopens after storm repairs",
        "The Old Harbour Bridge reopened on Tuesday after six weeks of repairs, the caf\u00e9 "
        "owners on the quay said.",
        "\u201cWe are grateful,\u201d said council leader Anne Brooks \u2014 the work cost "
        "\u20ac4.2 million.",
    ]


def test_a_picture_inside_rich_text_leaves_no_trace_in_the_text(tmp_path: Path) -> None:
    picture = "\r\n".join(bytes(range(256)).hex() for _ in range(40))
    path = tmp_path / "story.rtf"
    path.write_text(
        "{\\rtf1\\ansi The bridge reopened on Tuesday.\\par"
        f"{{\\*\\shppict{{\\pict\\pngblip\\picw10\\pich10 {picture}}}}}"
        "The council said the work cost 4.2 million.\\par}"
    )
    assert read_document(path).text == (
        "The bridge reopened on Tuesday.\n\nThe council said the work cost 4.2 million."
    )


def test_an_opendocument_text_reads_as_its_paragraphs_headings_lists_and_cells(
    tmp_path: Path,
) -> None:
    document = odfdo.Document("text")
    body = document.body
    body.append(odfdo.Paragraph("Bridge reopens after storm repairs", style="Title"))
    body.append(odfdo.Paragraph("The bridge reopened on Tuesday,  the caf\u00e9 owners said."))
    body.append(odfdo.Header(2, "What happens next"))
    body.append(odfdo.List(["A weight limit stays.", "Inspectors return in April."]))
    table = odfdo.Table("Costs", width=2, height=1)
    table.set_values([["Cables", "2.1 million"]])
    body.append(table)
    section = odfdo.Section()
    section.append(odfdo.Paragraph("The council thanked residents for their patience."))
    body.append(section)
    path = tmp_path / "story.odt"
    document.save(path)
    doc = read_document(path)
    assert doc.title == "Bridge reopens after storm repairs"
    assert doc.text.split("\n\n") == [
        "The bridge reopened on Tuesday, the caf\u00e9 owners said.",
        "What happens next",
        "- A weight limit stays.",
        "- Inspectors return in April.",
        "Cables",
        "2.1 million",
        "The council thanked residents for their patience.",
    ]


def test_a_character_written_in_rich_text_as_a_surrogate_pair_reads_as_one_character(
    tmp_path: Path,
) -> None:
    path = tmp_path / "story.rtf"
    # Word writes U+1F680 (a rocket) and U+20BB7 (a rare CJK character) as UTF-16 pairs;
    # an unpaired half is damaged and reads as the replacement character.
    path.write_bytes(
        rb"{\rtf1\ansi\uc1 Mayor Dalby waved \u-10179?\u-8576? at the launch, "
        rb"near the \u-10174?\u-8265? shrine \u-10179? in Orlan.\par}"
    )
    assert read_document(path).text == (
        "Mayor Dalby waved \U0001f680 at the launch, near the \U00020bb7 shrine \ufffd in Orlan."
    )


def test_an_opendocument_footnote_or_comment_is_not_read_into_its_sentence(
    tmp_path: Path,
) -> None:
    document = odfdo.Document("text")
    voted = odfdo.Paragraph("The Orlan council voted to close the bridge on Tuesday.")
    voted.insert_note(after="voted", note_id="n1", citation="1", body="Seven to two.")
    document.body.append(voted)
    closed = odfdo.Paragraph("The ferry   will run\tuntil spring, the mayor said.")
    closed.insert_annotation(after="ferry", body="Check the date", creator="Desk")
    document.body.append(closed)
    path = tmp_path / "story.odt"
    document.save(path)
    assert read_document(path).text.split("\n\n") == [
        "The Orlan council voted to close the bridge on Tuesday.",
        "The ferry will run until spring, the mayor said.",
    ]


def with_text_in_place(package: bytes, member: str, text: str) -> bytes:
    """A copy of a zip package whose one paragraph "PLACEHOLDER" in ``member`` holds ``text``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(buffer, "w") as copy:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                content = content.replace(b"PLACEHOLDER", text.encode())
            copy.writestr(info, content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def word_document(paragraph: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(paragraph)
    return saved(document)


@pytest.mark.parametrize(
    ("name", "member", "package"),
    [
        ("story.docx", "word/document.xml", word_document("PLACEHOLDER")),
        ("story.odt", "content.xml", odf("text", "PLACEHOLDER")),
    ],
)
def test_a_paragraph_beyond_the_xml_parser_s_limit_is_named_as_such_not_as_damage(
    tmp_path: Path, name: str, member: str, package: bytes
) -> None:
    path = tmp_path / name
    words = random.Random(3).choices(["bridge", "river", "council", "ferry", "Orlan"], k=1_800_000)
    path.write_bytes(with_text_in_place(package, member, " ".join(words)))
    with pytest.raises(UnreadableFile, match=re.escape("larger than the XML parser's limit")):
        read_document(path)


def test_an_opendocument_text_compressed_like_a_zip_bomb_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "story.odt"
    path.write_bytes(with_text_in_place(odf("text", "PLACEHOLDER"), "content.xml", "ab" * 500_000))
    with pytest.raises(UnreadableFile, match="compressed far more than documents are"):
        read_document(path)


def test_rich_text_table_cells_read_as_lines_of_their_own_as_in_word_files(tmp_path: Path) -> None:
    path = tmp_path / "story.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi The Orlan council published the costs.\par"
        rb"\trowd\cellx2000\cellx4000 Cables\cell 2.1 million\cell\row"
        rb"\trowd\cellx2000\cellx4000 Deck\cell 0.9 million\cell\row}"
    )
    assert read_document(path).text.split("\n\n") == [
        "The Orlan council published the costs.",
        "Cables",
        "2.1 million",
        "Deck",
        "0.9 million",
    ]


def test_a_link_in_rich_text_reads_as_its_words_without_its_address(tmp_path: Path) -> None:
    path = tmp_path / "story.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi The Orlan council {\field{\*\fldinst{HYPERLINK "
        rb'"https://orlan.example/report"}}{\fldrslt{\ul report}}} was published.\par}'
    )
    assert read_document(path).text == "The Orlan council report was published."


def test_a_rich_text_font_table_reaches_the_parser_one_font_a_line_with_its_character_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """striprtf's font-table pattern scans the rest of a line at each font it tries: a
    damaged table of fonts on one line, none with a character set, took minutes."""
    from striprtf import striprtf

    parsed: list[str] = []
    parse = striprtf.rtf_to_text

    def recording(markup: str, **options: str) -> str:
        parsed.append(markup)
        return parse(markup, **options)

    monkeypatch.setattr(striprtf, "rtf_to_text", recording)
    fonts = "".join(f"\\f{n}\\fnil Orlan Sans {n}" for n in range(2000))
    path = tmp_path / "story.rtf"
    path.write_text(
        f"{{\\rtf1\\ansi\\ansicpg1252{{\\fonttbl{fonts}\\f9\\fcharset204 Orlan;}}"
        "\\f9 \\'cc\\'ee\\'f1\\'f2 bridge.\\par}"
    )
    assert read_document(path).text == "\u041c\u043e\u0441\u0442 bridge."
    assert max(len(line) for line in parsed[0].splitlines()) < 100


def test_a_line_broken_inside_a_rich_text_paragraph_leaves_its_sentence_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "story.rtf"
    path.write_bytes(
        b"{\\rtf1\\ansi The bridge reopened on Tuesday after six\\line weeks of repairs.\\par "
        b"Inspectors return in April.\\par}"
    )
    assert read_document(path).text.split("\n\n") == [
        "The bridge reopened on Tuesday after six weeks of repairs.",
        "Inspectors return in April.",
    ]


def test_rich_text_in_the_old_macintosh_character_set_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "story.rtf"
    path.write_bytes(b"{\\rtf1\\mac\\deff0 The caf\\'8e on the quay reopened.\\par}")
    assert read_document(path).text == "The caf\u00e9 on the quay reopened."


def test_raw_bytes_in_rich_text_are_read_by_its_declared_code_page(tmp_path: Path) -> None:
    path = tmp_path / "story.rtf"
    body = "\u0141\u00f3d\u017a council approved the bridge repairs on Tuesday."
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg1250 " + body.encode("cp1250") + b"\\par}")
    assert read_document(path).text == body


def test_pdf_without_furniture_or_hyphen_breaks(tmp_path: Path) -> None:
    path = tmp_path / "story.pdf"
    pages = [["Bridge reopens after storm repairs", "", *STORY], MORE]
    path.write_bytes(make_pdf(pages, header="Harbour Gazette - 5 March 2024", numbers="{n}"))
    paragraphs = read_document(path).text.split("\n\n")
    assert paragraphs[:3] == [
        "Bridge reopens after storm repairs",
        "The Old Harbour Bridge reopened to traffic on Tuesday morning after six weeks of storm "
        "repairs, the city council said after the election of a new chair for its transport "
        "committee earlier this month.",
        "Engineers replaced two damaged support cables and resurfaced the main deck, which had "
        "been closed since a severe storm swept the coast.",
    ]
    assert not any("Gazette" in p or p.strip().isdigit() for p in paragraphs)
    path.write_bytes(make_pdf([STORY, MORE], numbers="Page {n} of {of}"))
    assert "Page" not in read_document(path).text
    path.write_bytes(encrypted_pdf(""))  # opens without a password, like in any viewer
    assert read_document(path).text.startswith("The Old Harbour Bridge reopened")


OLD_PAGE = """<html><head><title>Flood warning for valley towns</title></head><body><table><tr>
<td><a href="/w">Weather</a><br><a href="/t">Traffic</a></td><td><h2>Flood warning for valley
towns</h2>Forecasters issued a flood warning for three towns on Sunday after two days of rain.<br>
<br>The river was expected to peak at 4.1 metres on Monday, the weather service said.</td></tr>
<tr><td>Level</td><td>4.1 m</td></tr></table></body></html>"""


def test_html_laid_out_with_tables_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_text(OLD_PAGE)
    doc = read_document(path)
    assert doc.title == "Flood warning for valley towns" and doc.text.split("\n\n")[-3:] == [
        "Forecasters issued a flood warning for three towns on Sunday after two days of rain.",
        "The river was expected to peak at 4.1 metres on Monday, the weather service said.",
        "Level  4.1 m",
    ]


def test_docx_headings_lists_and_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Bridge reopens after storm repairs", 0)
    document.add_paragraph("The Old Harbour Bridge reopened on Tuesday, the council said.")
    document.add_heading("What was repaired", 2)
    document.add_paragraph("Two support cables", style="List Bullet")
    document.add_paragraph("The main deck", style="List Number")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "A weight limit remains."
    path = tmp_path / "story.docx"
    path.write_bytes(saved(document))
    doc = read_document(path)
    assert doc.title == "Bridge reopens after storm repairs"
    assert doc.text.split("\n\n") == [
        "The Old Harbour Bridge reopened on Tuesday, the council said.",
        *("What was repaired", "- Two support cables", "- The main deck"),
        "A weight limit remains.",
    ]


SUFFIXES = [*sorted(supported_suffixes()), ".xyz", ""]
SEEDS = [b"", b"%PDF-1.4\n", make_pdf([STORY]), DOCX, CHROME_PAGE.encode()]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    seed=st.sampled_from(SEEDS),
    cut=st.integers(0, 100_000),
    noise=st.binary(max_size=300),
    where=st.integers(0, 100_000),
    suffix=st.sampled_from(SUFFIXES),
)
def test_fuzz_only_unreadable_file_escapes(tmp_path, seed, cut, noise, where, suffix) -> None:
    """Truncated and overwritten real files, and pure noise, under every suffix."""
    data = seed[:cut]
    data = data[: where % (len(data) + 1)] + noise + data[where % (len(data) + 1) + len(noise) :]
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except UnreadableFile as reason:
        assert str(reason)
    else:
        assert isinstance(doc.text, str) and doc.text.strip()
