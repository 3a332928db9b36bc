"""Where a study appeared: the scholarly journal a sentence says something was published in.

Two outlets reporting one study tell where it appeared each in their own words and
share little but the journal's name: "Their findings have been published in the
Journal of Forensic Sciences" / "The investigation into the bloodstain pattern was
reported Tuesday in the Journal of Forensic Sciences"; "The study is in The New
England Journal of Medicine" / "… colleagues reported their results in the New England
Journal of Medicine". :func:`venue` reads the journal a sentence places something *in*,
named one of two ways: "the journal Cancer", "the medical journal Pediatrics" (a
common noun, then the name), or a title built on "Journal of", "Proceedings of" or
"Annals of" ("the Journal of Forensic Sciences", "Proceedings of the National Academy
of Sciences"). A newspaper's name is no venue ("the Wall Street Journal", "the Milwaukee
Journal Sentinel": no "of" follows "Journal"), nor is a journal where a person works ("an
editor *at* the Journal of …"), nor one that holds another piece than the study
("an editorial in the New England Journal of Medicine") or an earlier study ("an earlier
study in the Journal of …", "a 2015 study in …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar import DAY_WORDS, MONTHS, WEEKDAYS

#: The capitalised words that date what a sentence tells, never a journal's name's
#: ("in the journal Science *Thursday*", "… *May* 5").
_DATING = "|".join(sorted({*WEEKDAYS, *MONTHS, *DAY_WORDS}, key=len, reverse=True))
#: A capitalised word of a journal's name ("Forensic", "Nature", "PLOS", "JAMA").
_NAME = rf"(?!(?i:{_DATING})\b)[A-Z][\w&'’-]*"
#: The small words inside a journal's name ("Journal *of the* American Medical Association").
_JOIN = r"(?:of\s+the|of|for|and|&)"
_NAMED = rf"{_NAME}(?:\s+(?:{_JOIN}\s+)?{_NAME})*"
_VENUE = re.compile(
    r"\bin\s+(?:[Tt]he\s+)?"
    r"(?:(?:(?:medical|scientific|science|academic|peer-reviewed|British|American)\s+)?"
    rf"journal\s+(?P<named>{_NAMED})"
    rf"|(?P<titled>(?:{_NAME}\s+)*?(?:Journal|Proceedings|Annals)\s+of\s+(?:the\s+)?{_NAMED}))"
)
#: The words of a sentence that put another piece than the study in the journal, or
#: another study: "an editorial in …", "an earlier study in …", "a 2015 study in …".
_ANOTHER_PIECE = re.compile(
    r"\b(?:editorials?|commentary|commentaries|letters?|essays?|op-eds?|earlier|previous|"
    r"prior|another|separate|past|(?:19|20)\d\d\s+(?:study|paper|report|analysis|trial))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def venue(text: str) -> str | None:
    """The journal the sentence says something appeared in, folded ("journal of forensic
    sciences", "cancer"); None when it names none, or names one as the place of another
    piece than the study or of an earlier study."""
    if "ournal" not in text and "roceedings" not in text and "nnals" not in text:
        return None  # most sentences: no journal
    found = _VENUE.search(text)
    # (read outside the journal's name: "Geophysical Research *Letters*" is a journal)
    if found is None or _ANOTHER_PIECE.search(f"{text[: found.start()]} {text[found.end() :]}"):
        return None
    name = found.group("named") or found.group("titled")
    return " ".join(name.lower().split())
