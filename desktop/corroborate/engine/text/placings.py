"""Finishing places: where a contest put someone, told as its result.

"Sina Holt finished third in the 10,000 metres", "Ilse Varga came second in the Tormund
mayoral election", "Mira Solberg placed 2nd in the women's slalom", "Jonas Wettre
finished in fifth place in the Kallby road race on Sunday". A place is read only where
a past verb of finishing (``finished``, ``placed``, ``came``, ``came in``) follows the
person's full name at once (two name words or more: never a surname alone, which a
family shares) and an ordinal follows the verb. A seeding, a ranking, a forecast ("was
expected to finish sixth"), a past result told in a clause of its own ("Varga, who came
fourth in 2019") and a place told before a name's apposition ("Holt, seeded fifth,
finished third") are not read.

The words after the place that name the contest ("in the 10,000 metres at the national
championships", "in her heat", "overall", "in the first round") are kept, up to a comma
or a word that opens another clause ("after", "but", "behind", "and"), so that two races,
a heat and the final, a stage and the standings, two rounds, or one contest in two years
are told apart; the weekdays and months among them are kept apart from the contest's
words. A phrase set before the name that opens with a word of place or time, or ends in
a comma ("In the 200 metres, Sina Holt finished third in the final", "Last year Sina Holt
...", "On the fifth stage, ..."), names the contest too, and its words join the contest's;
a description before the name ("Olympic champion Sina Holt") does not. A place told as a
condition ("Had Sina Holt finished third, she would have ...", "If ...") is no result. A place in a poll, a survey or a list ("came second in the latest poll") is a
standing each outlet's own poll may give otherwise, not a result, and is not read. A
sentence that tells of the place changing ("was moved up to third after a
disqualification", "initially placed fourth") or gives a second place ("dropped to
fourth", "up from fifth", "fifth place") is no reading of one result; another ordinal
("her first podium") is no place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .calendar import MONTHS, WEEKDAYS
from .hints import Hinted
from .names import is_name_word, name_key
from .segment import stopwords

#: The ordinal words of a finishing place, with the place each gives.
ORDINAL_PLACES = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

_ORDINAL = rf"(?:{'|'.join(ORDINAL_PLACES)}|[1-9]\d?(?:st|nd|rd|th))"

#: A run of capitalised words, the finishing verb, the place and what follows it to the
#: sentence's end.
_PLACED = re.compile(
    rf"((?:[A-Z][\w'’.-]*\s+){{2,5}})(?:finished|placed|came)\s+(?:in\s+)?"
    rf"({_ORDINAL})\b(?:\s+place\b)?([^.;:!?]*)"
)

#: Cheap test (before any reading) for a sentence that may tell a finishing place: its
#: verb, looked for as a word only in texts holding one.
MAY_PLACE = Hinted(
    re.compile(r"\b(?:finished|placed|came)\s+(?:in\s+)?" + _ORDINAL + r"\b", re.IGNORECASE),
    ("finished", "placed", "came"),
)

#: A second place in a sentence, told as a place ("*fifth place*") or as one reached or
#: left ("dropped *to fourth*", "up *from fifth*"): a change, or a second result.
_OTHER_PLACE = re.compile(rf"\b(?:(?:to|from)\s+{_ORDINAL}|{_ORDINAL}\s+place)\b", re.IGNORECASE)

#: Words that end the contest's words after a place: they open another clause or tell
#: of another contestant ("*behind* Dorn", "*but* was moved up", "*after* Haug was
#: disqualified").
_CLAUSE_ENDS = frozenset((
    "after", "before", "behind", "ahead", "but", "and", "while", "when", "with", "as",
    "despite", "for", "to", "which", "who", "where", "than",
))  # fmt: skip

#: Words that tell of a place changed, or not yet final: such a sentence gives no one result.
_CHANGED = re.compile(
    r"\b(?:disqualif\w*|stripped|relegat\w*|promoted|demoted|moved\s+(?:up|down)|"
    r"provisional\w*|initially|originally|upgraded|downgraded|overturned|reinstated|"
    r"appeal\w*|review\w*)\b",
    re.IGNORECASE,
)


#: Words of a standing that is no contest's result: a place in a poll, a survey or a list
#: ("came second in the latest poll"), which each outlet's own may put otherwise.
_STANDINGS = frozenset((
    "poll", "polls", "polling", "survey", "surveys", "ranking", "rankings", "list", "index",
))  # fmt: skip


#: First words of a phrase before the name that tells the contest or its time: "*In* the
#: 200 metres, Sina Holt finished third", "*Last* year Sina Holt finished fifth".
_OPENERS = frozenset((
    "in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later",
    "yesterday", "today", "one", "two", "three",
))  # fmt: skip
#: First words that make the place a condition, no result: "*Had* Sina Holt finished
#: third", "*If* Sina Holt finished third".
_CONDITIONS = frozenset(("had", "if", "unless", "should", "were", "whether", "would"))


@dataclass(frozen=True)
class Placing:
    """One person's finishing place in a contest, as one sentence tells it."""

    #: the person's full name, each word folded as :func:`.names.name_key` folds it
    name: tuple[str, ...]
    #: the place: 1 for first
    place: int
    #: the words naming the contest after the place, and in a phrase opening the sentence
    #: before the name ("In the 200 metres, ..."), folded, without days and months
    contest: frozenset[str]
    #: the weekdays and months among those words ("on Sunday", "On Sunday, ...")
    days: frozenset[str]
    #: where the ordinal stands in the sentence
    span: tuple[int, int]


def _place_of(word: str) -> int:
    low = word.lower()
    return ORDINAL_PLACES[low] if low in ORDINAL_PLACES else int(low[:-2])


def _name(run: str) -> tuple[tuple[str, ...], str]:
    """The full name ending the run of capitalised words: the name words after any word
    that is none ("On Sunday Sina Holt") or a possessive ("Marrow's Sina Holt"); and the
    run's words before it."""
    words = run.split()
    name: list[str] = []
    for word in reversed(words):
        if word.endswith(("'s", "’s")) or not is_name_word(word.rstrip(".")):
            break
        name.append(name_key(word.rstrip(".")))
    return tuple(reversed(name)), " ".join(words[: len(words) - len(name)])


def _opening(before: str) -> str | None:
    """The words of a phrase set before the name that tells the contest or its time ("In
    the 200 metres, Sina Holt", "Last year Sina Holt", "On Sunday Sina Holt"): its words
    when it opens with such a word or ends in a comma, "" when none (a description, "Marrow's
    Sina Holt", "Olympic champion Sina Holt"), None when it makes the place a condition
    ("Had Sina Holt finished third", "If Sina Holt finished third")."""
    words = before.split()
    if not words:
        return ""
    first = words[0].lower().strip("\"'“”(")
    if first in _CONDITIONS:
        return None
    return before if first in _OPENERS or "," in before else ""


def _contest(rest: str) -> tuple[frozenset[str], frozenset[str]]:
    """The contest's words and the days among them, up to a comma ("10,000" is none) or a
    clause's opening. Figures are kept: "200" and "400" metres are two races, 2019 and
    2023 two years of one."""
    words: list[str] = []
    for word in _words(re.split(r",\s", rest)[0]):
        if word in _CLAUSE_ENDS:
            break
        words.append(word)
    return _kept(words)


def _words(text: str) -> list[str]:
    return [w for w in (raw.lower().strip("\"'“”(),") for raw in text.split()) if w]


def _kept(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell a contest apart, and the days and months among them."""
    days = frozenset(w for w in words if w in WEEKDAYS or w in MONTHS)
    contest = frozenset(w for w in words if w not in days and w not in stopwords())
    return contest, days


@lru_cache(maxsize=8192)
def placings(text: str) -> tuple[Placing, ...]:
    """Each finishing place the sentence tells as a result (see the module's notes)."""
    if not MAY_PLACE.search(text) or _CHANGED.search(text):
        return ()
    found = []
    for match in _PLACED.finditer(text):
        if any(other.start() != match.start(2) for other in _OTHER_PLACE.finditer(text)):
            continue  # "finished third, up from fifth": a change, or a second result
        name, described = _name(match.group(1))
        if len(name) < 2:
            continue
        opening = _opening(f"{text[: match.start(1)]} {described}".strip())
        if opening is None:
            continue  # "Had Sina Holt finished third, she would have ...": no result
        contest, days = _contest(match.group(3))
        if opening:  # "In the 200 metres, Sina Holt finished third in the final"
            before, on = _kept(_words(opening))
            contest, days = contest | before, days | on
        if contest & _STANDINGS:
            continue  # "came second in the latest poll": a standing, no result
        found.append(Placing(name, _place_of(match.group(2)), contest, days, match.span(2)))
    return tuple(found)
