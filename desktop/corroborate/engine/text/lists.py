"""How items are named in a sentence: ``CNN``, ``CNN and Reuters``, ``CNN, Reuters and AP``.

The one joiner of every list the product writes in words: the report's notes and the app's
evidence lines (through :mod:`corroborate.engine.report.words`) and the corrections file's
description of what a reader said (:mod:`corroborate.engine.consensus.corrections`, which
may not import the report). Pure text, no engine import.

A name may hold a comma of its own ("Smith, Jones & Co", "Times, The"): joined with commas,
a list of such names would read as more outlets than it names. Where any item holds a
comma, the items are parted by semicolons instead ("Times, The; Reuters and AP").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def separator(items: Iterable[str]) -> str:
    """What parts the items of a list: ``", "``, or ``"; "`` when any item holds a comma
    of its own (so that "Smith, Jones & Co" is not read as two outlets)."""
    return "; " if any("," in item for item in items) else ", "


def joined(items: Iterable[str]) -> str:
    """Items one after another, without a closing "and": ``CNN, Reuters, AP``, or
    ``Times, The; Reuters; AP`` when one of them holds a comma (empty for none)."""
    items = list(items)
    return separator(items).join(items)


def listed(items: Sequence[str]) -> str:
    """Items named in a sentence: ``CNN``, ``CNN and Reuters``, ``CNN, Reuters and AP``,
    ``Times, The; Reuters and AP`` (:func:`separator`; empty for none)."""
    if len(items) < 2:
        return "".join(items)
    return f"{separator(items).join(items[:-1])} and {items[-1]}"
