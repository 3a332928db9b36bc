"""Text made safe to show: no control characters or escape sequences reach a terminal or a report.

Article text is untrusted: an escape sequence in it could set a terminal's
clipboard (OSC 52), hide text or retitle the window, and a file name holding a
newline could forge lines of a Markdown report. Article text loses its control
characters and whole escape sequences when it is read; file names keep their
exact spelling for lookups but are shown with those characters made visible.
"""

from __future__ import annotations

import re

#: Whole ANSI/ECMA-48 sequences: CSI, OSC/DCS/SOS/PM/APC strings (to BEL or ST), and
#: two-character escapes; their 8-bit C1 forms too.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
#: C0 controls but tab and line feed, DEL, and C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Every control character a name may hold, line breaks and tabs included.
_NAME_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def strip_controls(text: str) -> str:
    """``text`` without escape sequences and control characters (tabs and line feeds stay)."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def shown(name: str) -> str:
    """A file name (or any one-line label) with its control characters made visible: an
    ``ESC`` shows as ``\\x1b`` and a line break as ``\\n``, so nothing acts on the terminal
    and nothing starts a new line of a report."""
    if not _NAME_CONTROLS.search(name):
        return name
    return _NAME_CONTROLS.sub(lambda m: _visible(m.group()), name)


def _visible(char: str) -> str:
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(
        char, f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    )
