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
("an editorial in the New England Journal of Medicine", "a correction in …", "an
interview in …") or another study ("an earlier study in the Journal of …", "a 2015 study
in …", "a second study, also in …": the words of :data:`.lexicon.ANOTHER_ONE`). And the
journal must be where something is *told*: the words just before "in" (back to a comma or
a preposition) hold a verb ("have been *published* in", "was *reported* Tuesday in", "*is*
in", "the team *reports* today in"); a journal named beside a noun alone is not the place
of the story's study ("a study last year in …", "One study in …", "according to a survey
in the Journal of Commerce", "said in an interview in …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar import DAY_WORDS, MONTHS, WEEKDAYS
from .lexicon import ANOTHER_ONE
from .saying import REPORTS
from .verbs import has_verb

#: The capitalised words that date what a sentence tells, never a journal's name's
#: ("in the journal Science *Thursday*", "… *May* 5").
_DATING = "|".join(sorted({*WEEKDAYS, *MONTHS, *DAY_WORDS}, key=len, reverse=True))
#: A capitalised word of a journal's name ("Forensic", "Nature", "PLOS", "JAMA").
_NAME = rf"(?!(?i:{_DATING})\b)[A-Z][\w&'’-]*"
#: The small words inside a journal's name ("Journal *of the* American Medical Association",
#: "Revista *de* Cardiologia", "Zeitschrift *für* Kardiologie"): a name cut at one would
#: read two journals of one first word as one ("revista").
_JOIN = r"(?:of\s+the|of|for|and|&|de|del|della|des|du|di|da|do|für|van|voor|der|et|y)"
_NAMED = rf"{_NAME}(?:\s+(?:{_JOIN}\s+)?{_NAME})*"
_VENUE = re.compile(
    r"\bin\s+(?:[Tt]he\s+)?"
    r"(?:(?:(?:medical|scientific|science|academic|peer-reviewed|British|American)\s+)?"
    rf"journal\s+(?P<named>{_NAMED})"
    rf"|(?P<titled>(?:{_NAME}\s+)*?(?:Journal|Proceedings|Annals)\s+of\s+(?:the\s+)?{_NAMED}))"
)
#: The words of a sentence that put another piece than the study in the journal ("an
#: editorial in …", "a correction in …", "an accompanying review in …", "a notice
#: retracting the paper appeared in …", "said in an interview in …"), or a study of
#: another year ("a 2015 study in …"); another study is told by :data:`.lexicon.ANOTHER_ONE`.
_ANOTHER_PIECE = re.compile(
    r"\b(?:editorials?|commentary|commentaries|letters?|essays?|op-eds?|columns?|columnists?|"
    r"interviews?|reviews?|corrections?|retract\w*|errat(?:um|a)|notices?|accompanying|"
    r"companion|follow-up|past|(?:19|20)\d\d\s+(?:study|paper|report|analysis|trial))\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: Where the words telling what is placed in the journal begin: a stop of a clause or a
#: preposition ("sponsored by Pfizer*,* is in …", "according *to* a survey in …"), but not
#: "on" before a day ("was reported *on Tuesday* in …").
_CLAUSE_START = re.compile(
    rf"[,;:()—–]|\b(?:in|to|of|at|by|for|with|from|about|on(?!\s+(?i:{_DATING})\b))\s",
    re.IGNORECASE,
)
#: The present tenses by which a sentence places a study in a journal ("the study *appears*
#: in …", "the team *reports* today in …"), beside the verbs :func:`.verbs.has_verb` reads.
_PLACING = frozenset((
    "appear", "appears", "publish", "publishes", "report", "reports", "describe",
    "describes", "write", "writes", "estimate", "estimates", "conclude", "concludes",
))  # fmt: skip


def _told_there(before: str) -> bool:
    """Do the words just before "in the journal …" (back to a clause's stop or a
    preposition, four words at most) hold a verb that places something there?"""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    words = _WORDS.findall(before[starts[-1] if starts else 0 :].lower())[-4:]
    piece = " ".join(words)
    return has_verb(piece) or any(w in _PLACING or w in REPORTS for w in words)


@lru_cache(maxsize=4096)
def venue(text: str) -> str | None:
    """The journal the sentence says something appeared in, folded ("journal of forensic
    sciences", "cancer"); None when it names none, names one beside no verb that tells
    something there, or names one as the place of another piece than the study or of
    another study."""
    if "ournal" not in text and "roceedings" not in text and "nnals" not in text:
        return None  # most sentences: no journal
    found = _VENUE.search(text)
    if found is None or not _told_there(text[: found.start()]):
        return None
    # (read outside the journal's name: "Geophysical Research *Letters*" is a journal)
    outside = f"{text[: found.start()]} {text[found.end() :]}"
    if _ANOTHER_PIECE.search(outside) or not ANOTHER_ONE.isdisjoint(
        _WORDS.findall(outside.lower())
    ):
        return None
    name = found.group("named") or found.group("titled")
    return " ".join(name.lower().split())
