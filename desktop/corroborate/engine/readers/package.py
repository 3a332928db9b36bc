"""Office documents are zip packages: the checks every such reader makes before parsing,
and what the Word and OpenDocument readers share once it is parsed.

A Word (.docx) or OpenDocument (.odt) file is a zip archive of XML parts. Before
a third-party parser sees one, it is checked here: an old binary Office file
and a damaged or foreign archive are named as such, and an archive that would
inflate beyond ``MAX_UNPACKED`` (a zip bomb; the sizes its directory declares
can lie, so they are counted while inflating) is refused.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from ..models import RawDocument
from . import OLE_SIGNATURE, UnreadableFile

#: Refuse archives that would inflate beyond this.
MAX_UNPACKED = 200 * 1024 * 1024


#: Why a document saved with a password is not read, and what to do.
LOCKED = "it is password-protected; save a copy without the password and try again"
#: The stream of an encrypted Office Open XML document, as its compound file names it.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
#: An OpenDocument file's list of parts, which marks each part encrypted with a password.
_MANIFEST = "META-INF/manifest.xml"
#: Beyond this, a manifest is not looked into (it lists parts; real ones are a few KB).
_MANIFEST_BYTES = 1024 * 1024


def _encrypted_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> bool:
    """Whether an OpenDocument package's manifest marks its parts encrypted (a password)."""
    manifest = next((info for info in infos if info.filename == _MANIFEST), None)
    if manifest is None or manifest.file_size > _MANIFEST_BYTES:
        return False
    try:
        with archive.open(manifest) as member:
            return b"encryption-data" in member.read(_MANIFEST_BYTES)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError):
        return False  # a damaged manifest: the parser names the damage


def check_package(data: bytes, member: str, kind: str, old: str) -> None:
    """Plain reasons for the usual wrong files: ``member`` must be in the archive.

    ``kind`` names the document in messages ("a Word document"); ``old`` is the
    advice for an old binary Office file of the same kind.
    """
    if data.startswith(OLE_SIGNATURE):
        # Word, Excel and LibreOffice save a document given a password as a compound
        # file around the encrypted package: not an old .doc, whatever its look.
        raise UnreadableFile(LOCKED if _ENCRYPTED_PACKAGE in data else old)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if _encrypted_parts(archive, infos):
                raise UnreadableFile(LOCKED)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise UnreadableFile(f"it is damaged or not {kind}") from None
    if not any(info.filename == member for info in infos):
        raise UnreadableFile(f"it is a zip archive but not {kind}")
    if sum(info.file_size for info in infos) > MAX_UNPACKED or _inflates_beyond(data, kind):
        raise UnreadableFile(
            f"it unpacks to more than the limit ({MAX_UNPACKED // (1024 * 1024)} MB)"
        )


def _inflates_beyond(data: bytes, kind: str, limit: int = MAX_UNPACKED) -> bool:
    """Whether the members really inflate beyond ``limit``, counted in chunks."""
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                with archive.open(info) as member:
                    while chunk := member.read(1024 * 1024):
                        total += len(chunk)
                        if total > limit:
                            return True
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError):
        # zipfile refuses a member longer than declared ("Bad CRC" or a size mismatch)
        raise UnreadableFile(f"it is damaged or not {kind}") from None
    return False


def parse_failure(error: Exception, kind: str) -> UnreadableFile:
    """The reason for a parser's failure on ``kind`` ("a Word document"): lxml refuses a
    text node over 10 MB (a file within the size caps may hold one); else it is damaged."""
    if "Resource limit exceeded" in str(error):
        return UnreadableFile(
            "a paragraph in it is larger than the XML parser's limit (10 MB of text)"
        )
    return UnreadableFile(f"it is damaged and could not be opened as {kind}")


def document_of(blocks: list[tuple[str, str]], kind: str) -> RawDocument:
    """The document of ``(kind, text)`` blocks (title, heading, item or text, in reading
    order): the Title paragraph, else a heading before the story, as its title, and list
    items as ``- item`` lines. ``kind`` names the document when it holds no text."""
    at = next((i for i, (block, _) in enumerate(blocks) if block == "title"), None)
    if at is None:
        # The first heading names the article only when it comes before the story.
        at = next((i for i, (block, _) in enumerate(blocks[:3]) if block == "heading"), None)
    title = blocks.pop(at)[1].replace("\n", " ") if at is not None else None
    lines = [f"- {text}" if block == "item" else text for block, text in blocks]
    if not lines:
        raise UnreadableFile(f"this {kind} contains no text")
    return RawDocument(text="\n\n".join(lines), title=title)
