"""How items are named in a sentence: ``CNN``, ``CNN and Reuters``, ``CNN, Reuters and AP``.

The one joiner of every list the product writes in words: the report's notes and the app's
evidence lines (through :mod:`corroborate.engine.report.words`) and the corrections file's
description of what a reader said (:mod:`corroborate.engine.consensus.corrections`, which
may not import the report). Pure text, no engine import.
"""

from __future__ import annotations

from collections.abc import Sequence


def listed(items: Sequence[str]) -> str:
    """Items named in a sentence: ``CNN``, ``CNN and Reuters``, ``CNN, Reuters and AP``
    (empty for none)."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
