"""Hearsay: a sentence that passes a claim on without stating it.

"The governor dismissed as rumour posts claiming that 237 homes had been destroyed" and
"Reporters asked whether rescuers could really have counted 237 ruined homes" hold every
word of "The flood destroyed 237 homes", and state none of it: one tells a rumour, the
other a question asked in reported words, without a question mark. :func:`passes_on`
reads such a sentence by its words, a hedge (an asked question: "whether", "asked if",
"wondered if"; a claim told as a rumour, unconfirmed, unverified, false, a hoax or
"speculation that") and the clause it governs, up to the next comma, bracket or "but".

Alignment asks it of both sentences of a match: a sentence that states a fact is not
backed by one whose match with it rests on a claim passed on, that is when the words
they share are in the hedged clause, not before the hedge ("… amid unconfirmed reports of
troop deployments" still tells what it says before them; "One of the two exits was
blocked by fire and witnesses disagreed as to whether …" still tells the blocked exit).
Two sentences that both pass a claim on, or ask ("?"), or one that passes it on and one
that tells it as what could or may be, may be one report of it.

Three readings keep a hedge from passing a claim on. A sentence that tells the claim
confirmed or true ("The mayor confirmed the rumour that …", "Rumours that … proved true")
states it, unless the confirming is denied ("declined to confirm rumours that …"). "Falsely"
and "hoax" said of the very act the other sentence tells ("Police falsely accused Ferrand
…" / "Police accused Ferrand …", "A hoax bomb threat closed the station" / "A bomb threat
closed the station") tell that the act was done. And "May" the month leaves nothing open.

A rumour named as a thing ("Rumours of a takeover", "unconfirmed reports of looting") passes on
only that thing: its clause ends at the first verb after it, the clause the noun phrase is the
subject of stated ("Rumours of a takeover sent Brenmark shares up 8 percent" backs "Brenmark
shares rose 8 percent").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .lexicon import PREPOSITIONS
from .numbers import NUMBER_TAG, extract_numbers
from .saying import REPORTS
from .segment import WORD, content_stem, words, words_between
from .specifics import LEXICAL_NEGATION, NEGATIONS
from .verbs import tells_the_past

_ASKED = (
    r"whether|(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|"
    r"questioned|questioning)\s+if"
)
_RUMOURED = (
    r"rumou?rs?|rumou?red|unconfirmed|unverified|unsubstantiated|hoax(?:es)?|falsely|"
    r"false\s+(?:claims?|reports?|posts?|stories)|debunk\w*|speculat(?:ion|ed|es)\s+that"
)
_HEDGE = re.compile(rf"(?i)\b(?:{_ASKED}|{_RUMOURED})\b")
#: Hedges said of an act, not of a claim: "*falsely* accused", "a *hoax* bomb threat". When
#: the other sentence holds the word they qualify, it tells the act, which was done.
_OF_AN_ACT = re.compile(r"(?i)falsely|hoax(?:es)?")
#: Words that leave a claim open: a sentence told with them does not state it either
#: ("a rescue … which could be announced soon after Sunday's elections"). "may" only in
#: lower case: "in May" is a month.
_OPEN = re.compile(r"\b(?:[Cc]ould|[Mm]ight|may|[Pp]erhaps|[Pp]ossibly|[Mm]aybe)\b")
#: A claim told as confirmed or true: "confirmed the rumour that …", "… proved true".
_CONFIRMED = re.compile(
    r"(?i)\b(?:confirm(?:s|ed|ing)?|verified|(?:proved|proven|proves|turned\s+out\s+to\s+be)"
    r"\s+(?:true|correct|accurate|right))\b"
)
#: Words before "confirm" that deny the confirming: "declined to / yet to confirm".
_NOT_CONFIRMING = frozenset(("declin", "unabl", "neither", "yet"))
#: A hedge that names the rumour as a thing, then what it is of ("*Rumours of* a takeover",
#: "*unconfirmed reports about* looting"): such a noun phrase may be the subject of a clause
#: the sentence states ("Rumours of a takeover *sent Brenmark shares up 8 percent*").
_RUMOUR_NOUN = re.compile(r"(?i)rumou?rs?|unconfirmed|unverified|unsubstantiated")
#: Words :func:`.verbs.tells_the_past` reads as verbs that name part of the rumoured thing
#: here: "rumours of a *planned* takeover", "of the *dead*".
_NOT_A_VERB = frozenset(("dead", "planned", "proposed", "alleged", "reported"))
#: Auxiliaries and relative words: a past after one is the rumoured thing's own verb ("of
#: Brenmark *having* sold its plant", "of a fire *that* destroyed the mill").
_THINGS_OWN_VERB = frozenset((
    "having", "had", "has", "have", "was", "were", "been", "being", "is", "are", "that",
    "which", "who", "whom",
))  # fmt: skip
_OF_A_THING = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:of|about)\s+")
#: Most words the phrase after "of" may run to before the verb that ends the hedged clause.
PHRASE_REACH = 6
#: How many words before "confirm" a denial of it is looked for.
DENIAL_REACH = 3
#: What ends the clause a hedge governs.
_CLAUSE_END = re.compile(r"[,;:()\[\]?]|\s[-–—]+\s|\bbut\b")
#: Most words the part of a sentence before its hedge may share with the other sentence,
#: and fewest its hedged clause must, for a match to rest on the claim passed on.
BEFORE_AT_MOST = 1
HEDGED_AT_LEAST = 2


def _stems(piece: str) -> frozenset[str]:
    return frozenset(filter(None, map(content_stem, words(piece))))


def _confirmed(text: str) -> bool:
    """Does the sentence tell a claim confirmed or true, with no denial just before?"""
    for found in _CONFIRMED.finditer(text):
        before = [word.lower() for word in words(text[: found.start()])][-DENIAL_REACH:]
        if not any(
            word in NEGATIONS
            or word.endswith("n't")
            or (content_stem(word) or word) in LEXICAL_NEGATION
            or (content_stem(word) or word) in _NOT_CONFIRMING
            for word in before
        ):
            return True
    return False


#: A hedge read: the stems before it, those of its clause, and the stem of the word an act
#: hedge qualifies ("falsely *accused*"), or None.
_Hedge = tuple[frozenset[str], frozenset[str], str | None]


@lru_cache(maxsize=1 << 14)
def _hedged(text: str) -> tuple[_Hedge, ...]:
    """Each hedge's words before it and its clause's (as content stems), and for "falsely"
    or "hoax" the word it qualifies; not a hedge whose own clause (from the clause end
    before it to the one after) tells the claim confirmed."""
    ends = [(found.start(), found.end()) for found in _CLAUSE_END.finditer(text)]
    found = []
    for hedge in _HEDGE.finditer(text):
        start = max((e for s, e in ends if e <= hedge.start()), default=0)
        stop = min((s for s, e in ends if s >= hedge.end()), default=len(text))
        if _confirmed(text[start:stop]):
            continue
        stop = _phrase_end(text, hedge, stop)
        clause = text[hedge.end() : stop]
        qualified = None
        if _OF_AN_ACT.fullmatch(hedge.group()):
            qualified = next(filter(None, map(content_stem, words(clause))), None)
        found.append((_stems(text[: hedge.start()]), _stems(clause), qualified))
    return tuple(found)


def _phrase_end(text: str, hedge: re.Match[str], stop: int) -> int:
    """Where the claim a rumour noun names ends when the noun phrase is the subject of a
    stated clause: before the first word after "of" or "about" (the thing itself, up to
    PHRASE_REACH words) that tells a past (:func:`.verbs.tells_the_past`) and is no verb
    of saying ("Rumours of a takeover *sent* Brenmark shares up 8 percent": the shares'
    move is told as a fact, the takeover passed on); ``stop`` otherwise ("Rumours of 237
    deaths swept the town" still passes the deaths on, "Rumour has it that …" the claim).
    A verb of the rumoured thing itself ends nothing: one after an auxiliary or a relative
    word (:data:`_THINGS_OWN_VERB`: "of Brenmark *having sold* its plant", "of a fire *that
    destroyed* the mill"), that word itself, a word in -ed after a determiner ("of *a
    botched* raid": :func:`.verbs.tells_the_past` reads the two), a participle followed by a preposition or
    by nothing ("of 12 soldiers *killed near* Varnholt", "of protesters *arrested by*
    police"): a stated verb takes its object ("*sent* Brenmark shares up"). A rumoured
    thing holding a count or an amount (:func:`.numbers.extract_numbers`; a day or a year
    is when the thing was) is passed on with all its
    clause: "Rumours of 12 deaths reached Varnholt on Tuesday" tells of no clause apart from
    the deaths, and the count alone is what another outlet would state ("Twelve people
    died in Varnholt on Tuesday")."""
    if not _RUMOUR_NOUN.fullmatch(hedge.group()):
        return stop
    phrase = _OF_A_THING.match(text, hedge.end(), stop)
    if phrase is None:
        return stop
    found = list(WORD.finditer(text, phrase.end(), stop))[:PHRASE_REACH]
    for before, word in pairwise(found):
        low = word.group().lower()
        if low in _THINGS_OWN_VERB or before.group().lower() in _THINGS_OWN_VERB:
            continue
        if (
            tells_the_past(low)
            and tells_the_past(text[before.start() : word.end()])  # not "a botched raid"
            and low not in REPORTS
            and low not in _NOT_A_VERB
        ):
            after = WORD.search(text, word.end())
            if after is None or after.group().lower() in PREPOSITIONS:
                continue
            thing = extract_numbers(words_between(text, phrase.end(), word.start()))
            if any(tag.startswith(NUMBER_TAG) for tag in thing):
                return stop  # "Rumours of 12 deaths reached Varnholt": the count is the claim
            return word.start()
    return stop


def leaves_open(text: str) -> bool:
    """Does the sentence leave a claim open: a hedge (:func:`passes_on`), a question mark
    (a question quoted, or its own) or a word of what may be ("could", "might", "may",
    "perhaps")?"""
    return "?" in text or _HEDGE.search(text) is not None or _OPEN.search(text) is not None


def passes_on(text: str, other: str) -> bool:
    """Does ``text`` only pass on, as a rumour or a question asked in reported words, what
    ``other`` states: ``other`` leaves nothing open (:func:`leaves_open`), and the words the two share lie in
    a hedged clause of ``text`` (HEDGED_AT_LEAST of them) rather than before its hedge (at
    most BEFORE_AT_MOST)? "Reporters asked whether rescuers could really have counted 237
    ruined homes" passes on "Rescuers counted 237 ruined homes"."""
    hedges = _hedged(text)
    if not hedges or leaves_open(other):
        return False
    told = _stems(other)
    return any(
        len(before & told) <= BEFORE_AT_MOST
        and len(clause & told) >= HEDGED_AT_LEAST
        and qualified not in told
        for before, clause, qualified in hedges
    )
