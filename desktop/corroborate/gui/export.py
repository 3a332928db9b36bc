"""The export's file name; the write itself is the project's one atomic writer.

The save dialog has already asked before overwriting, so the window writes
with ``overwrite=True`` through :func:`corroborate.atomic.write_atomically`
(temporary file in the same folder, then ``os.replace``), exactly as the CLI's
``--output`` does.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from corroborate.atomic import write_atomically


def suggested_filename(title: str, suffix: str = ".md") -> str:
    """A file name from the story title: plain ASCII, lower-case, hyphenated, not too long."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    slug = slug[:60].rstrip("-")
    return f"{slug or 'summary'}{suffix}"


def export_markdown(path: Path, text: str) -> None:
    """Write the Markdown, replacing ``path`` in one step (the user confirmed overwriting)."""
    write_atomically(Path(path), text, overwrite=True)
