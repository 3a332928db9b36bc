"""Verbs read without a tagger: the words that mark a clause, and a past tense.

The sentence splitter (:mod:`.segment`: bare lists, names alone), the clause reader
(alignment), the page reader (:mod:`.ingest`: headlines in capitals, credits) and the
furniture reader (:mod:`.furniture`: a photo's caption tells its scene in the present
tense) all ask the same questions of a piece of text; this module, below them all,
answers them once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar import WEEKDAY_WORD
from .lexicon import (
    DETERMINERS,
    FORECAST_MODALS,
    FUTURE_MODALS,
    HABIT_ADVERBS,
    HABIT_PERIODS,
    MODALS,
    PLAN_WORDS,
    PREPOSITIONS,
)
from .saying import SAYS

_LETTERS = re.compile(r"[a-z]+")
#: Words that mark a verb without a tagger: auxiliaries, modals (:data:`.lexicon.MODALS`),
#: the verbs of saying (:data:`.saying.SAYS`) and common irregular pasts.
_VERB_WORDS = frozenset((
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "having", "do", "does", "did", *MODALS, *SAYS, "went", "gone", "took", "taken",
    "made", "found", "gave", "given", "left", "held", "met", "hit", "shot", "won", "lost",
    "fell", "fallen", "began", "begun", "came", "become", "became", "got", "saw", "seen",
    "sent", "set", "put", "ran", "led", "paid", "brought", "bought", "caught", "kept",
    "thought", "stood", "spoke", "wrote", "written", "drove", "broke", "broken", "chose",
    "rose", "flew", "grew", "knew", "threw", "sold", "struck", "fought", "sought", "built",
    "spent", "felt", "meant", "heard", "let", "cut", "hurt", "quit", "fled", "slain",
    "dead", "killed",
    # pasts the -ed rule misses (four letters) or irregular, never a noun or an adjective;
    # "spread", "burst", "cast", "shut" are presents and nouns as often and are left out
    "died", "lied", "sank", "tore", "swept", "blew", "stole", "withdrew", "shook", "froze",
    "swore", "hid", "forgot", "overran", "overthrew", "undertook", "oversaw", "taught", "dug",
    "slid", "sprang", "sang", "swam", "wept", "woke", "ate", "crept", "knelt", "leapt", "rode",
    "understood", "sped", "bled", "arose", "awoke",
))  # fmt: skip


def has_verb(piece: str, ing: bool = True, described: bool = False) -> bool:
    """Does the piece hold a word that marks a verb (a past in -ed, an auxiliary or a
    common irregular past, and with ``ing`` a form in -ing)? Read without a tagger: the
    clause reader (alignment) and the list reader ask it; the list reader leaves
    -ing out, as its lists are often of activities ("boxing, bowling, …").

    ``described``: a word in -ed or -ing right after an article, a possessive or a count
    (:data:`_BEFORE_A_PARTICIPLE`) describes the noun after it and is no verb: "the
    estranged half brother of the mayor", "a retired ferryman", "its leading engineer"
    (the description reader of alignment asks it so)."""
    endings = ("ed", "ing") if ing else ("ed",)
    before = ""
    for word in _LETTERS.findall(piece.lower()):
        if word in _VERB_WORDS or (
            len(word) > 4
            and word.endswith(endings)
            and not (described and before in _BEFORE_A_PARTICIPLE)
        ):
            return True
        before = word
    return False


#: Words after which a word in -ed describes a noun ("the flooded quay", "a collapsed
#: bridge", "its burned roof") rather than telling what happened.
_BEFORE_A_PARTICIPLE = frozenset((
    *DETERMINERS, "some", "two", "three", "four", "five", "several", "many", "newly",
    "recently", "partially", "partly", "badly", "heavily", "half",
))  # fmt: skip


#: The month, not the modal: "May 4", "May 2026".
_MAY_THE_MONTH = re.compile(r"\bMay(?=\.?\s\d)")


def tells_the_past(piece: str) -> bool:
    """Does the piece tell of something done or over: an auxiliary, a modal or a common
    irregular past (:func:`has_verb`'s words) or a word in -ed used as a verb ("crews
    searched the rubble"; not "the collapsed bridge", where it names the bridge's state)?"""
    before = ""
    for word in _LETTERS.findall(_MAY_THE_MONTH.sub("", piece).lower()):
        if word in _VERB_WORDS or (
            len(word) > 4 and word.endswith("ed") and before not in _BEFORE_A_PARTICIPLE
        ):
            return True
        before = word
    return False


#: Words that follow a headline's verb in -s and seldom a plural noun: an article, a
#: possessive or an object pronoun, a figure, or a particle or preposition of a verb ("…
#: RESIGNS OVER …", "… KILLS 12 …", "… SEEKS THE …", "… VOWS TO …"). "IN", "ON", "OF", "FOR"
#: or "FROM" follow nouns as often ("FLOODS IN HARLOW", "TICKETS FOR SALE") and are left out.
_AFTER_A_VERB_IN_S = frozenset((
    *DETERMINERS, "him", "them", "it", "us", "over", "after", "to", "into", "against",
    "as", "up", "down", "out", "off", "back", "away", "amid", "before", "with", "despite",
))  # fmt: skip
#: Words before which a word in -s is a noun: an article, a preposition or a figure ("THE
#: AWARDS", "OF YEARS", "28 YEARS").
_BEFORE_A_NOUN = frozenset((
    *DETERMINERS, "of", "in", "on", "at", "for", "from", "by", "with", "to", "and", "or",
    "new", "top", "latest", "more", "most", "all", "some", "many", "few", "two", "three",
))  # fmt: skip
#: Plural nouns that head a page's sections and lists ("TOP STORIES FROM AROUND THE WORLD").
_SECTION_PLURALS = frozenset((
    "news", "stories", "photos", "pictures", "videos", "images", "headlines", "updates",
    "letters", "notes", "tips", "results", "scores", "listings", "events", "deals", "jobs",
    "homes", "obituaries", "awards", "winners", "comments", "reviews", "highlights",
    "opinions", "sports", "games", "things", "ways", "reasons", "questions", "answers", "facts",
    "years", "days", "weeks", "months", "hours", "minutes", "times", "views", "links",
))  # fmt: skip


def tells_with_a_verb_in_s(words: list[str]) -> bool:
    """Does a headline's line of words tell its news with a verb in -s after its subject,
    where no auxiliary or past marks one ("MAYOR RESIGNS OVER BRIDGE DEAL", "STORM KILLS 12
    IN HARLOW", "COUNCIL VOWS TO REBUILD")? The word in -s has a word of its subject before
    it (no article, preposition or figure: a noun's place) and after it a word that follows
    a verb (:data:`_AFTER_A_VERB_IN_S`) or a figure; a name or a plural closing the line
    ("LOWELL PARK TRAVEL AWARDS") or heading a section ("TOP STORIES FROM …") is none."""
    low = [w.strip("\"“”‘’'.,:;!?").lower() for w in words]
    for i in range(1, len(low) - 1):
        word, before, after = low[i], low[i - 1], low[i + 1]
        if (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word.isalpha()
            and word not in _SECTION_PLURALS
            and before.isalpha()
            and before not in _BEFORE_A_NOUN
            and (after in _AFTER_A_VERB_IN_S or after[:1].isdigit())
        ):
            return True
    return False


#: What is done over and over or over a span of years, told of a clause: "have *for years*
#: been sending units", "fishermen *regularly* cross the lagoon", "floodwater swept in *each
#: spring*", "ferries dock *daily*", "the council *has long* refused"; against one occasion
#: ("crossed on Tuesday") it is another fact (``matching.align``). The words of a habit
#: (:data:`.lexicon.HABIT_PERIODS`, :data:`.lexicon.HABIT_ADVERBS`) are the furniture
#: reader's too (:mod:`.furniture`: a caption shows one moment), less "never", a denial here
#: (:mod:`.polarity`). Not a span ahead ("could shape the landscape for years to come"), a
#: comparison ("was used *more often* in younger patients"), nor "over the years", as often a
#: career's record told as one fact ("He has supported a series of tax increases over the
#: years" / "… supported a series of tax increases").
_HABIT = re.compile(
    r"\b(?P<span>for (?:years|decades|generations|centuries))\b(?! to come)"
    r"|\byear after year\b|\bha(?:s|ve|d) long\b"
    rf"|\b(?:every|each) (?:other )?(?:{'|'.join(HABIT_PERIODS)}|{WEEKDAY_WORD})\b"
    rf"|(?<!\bmore )(?<!\bless )(?<!\bas )\b(?:{'|'.join(HABIT_ADVERBS)})\b"
    r"|\b(?P<before>[a-z]+(?:['’]s?)?) (?:regular|frequent|repeated) (?!(?:his|its|this|was|has|is|as|us)\b)[a-z]+s\b",
    re.IGNORECASE,
)
#: The words before which "regular", "frequent" or "repeated" qualifies a plural noun of
#: acts ("*its* regular threats", "*despite* repeated warnings"; a possessive, "the
#: *council's* repeated threats"): not after a subject, where
#: "repeated" is the verb ("Kara Holm repeated claims that …"), nor opening the sentence,
#: where the noun is most often of people ("Frequent flyers …", "Regular soldiers …").
_BEFORE_A_HABIT_NOUN = frozenset((*DETERMINERS, *PREPOSITIONS, "despite", "amid", "and"))
_POSSESSIVE = ("'s", "’s", "'", "’")
#: A record that a span of years measures, not a habit: "the worst flooding *for decades*",
#: "for the first time for years".
_RECORD = re.compile(
    r"\b(?:first|last|only|most|least|best|worst|[a-z]+(?:iest|gest|ghest|owest|ewest|test|dest|mest))\b"
    r"(?<!\bprotest)(?<!\bcontest)(?<!\btest)(?<!\blatest)",
    re.IGNORECASE,
)
#: The modals of what may come (:data:`.lexicon.FORECAST_MODALS`, :data:`.lexicon.FUTURE_MODALS`):
#: a span of years in their clause lies ahead. Read in lower case: "May" the month aside.
_MODALS = re.compile(rf"\b(?:{'|'.join(sorted(FORECAST_MODALS | FUTURE_MODALS))})\b")


#: What each of :data:`_HABIT`'s forms is written with, in lower case: a piece holding none
#: of them matches none.
_HABIT_HINTS = (
    "for years", "for decades", "for generations", "for centuries", "year after year",
    "has long", "have long", "had long", "every ", "each ", "regular", "frequent",
    "repeated", *HABIT_ADVERBS,
)  # fmt: skip
#: The letters outside ASCII that a pattern read without case matches for ASCII letters
#: ("ſ" for "s", the Kelvin sign for "k", dotted and dotless "i"): a piece holding one is
#: read by the pattern whatever its hints.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=1 << 14)
def tells_a_habit(piece: str) -> bool:
    """Does the piece tell something done over and over, or over a span of years
    (:data:`_HABIT`: "for years", "regularly", "every day", "has long")? A span of years in a
    piece with a modal of what may come lies ahead ("a majority that could shape the
    landscape for years"), after a superlative or a first it measures a record ("the worst
    flooding in Varnholt for decades"); "regular", "frequent" or "repeated" is a habit before
    a plural noun after a determiner or a preposition only (:data:`_BEFORE_A_HABIT_NOUN`).
    Cached: a sentence is asked for each pair a judge matches it in (``matching.align``).
    A piece holding none of the words every habit is written with (:data:`_HABIT_HINTS`)
    is read no further (most pieces)."""
    if _FOLDS_TO_ASCII.isdisjoint(piece) and not any(map(piece.lower().__contains__, _HABIT_HINTS)):
        return False
    spans = others = 0
    for found in _HABIT.finditer(piece):
        if found["before"] is not None:
            before = found["before"].lower()
            others += before in _BEFORE_A_HABIT_NOUN or before.endswith(_POSSESSIVE)
        elif found["span"] is not None:
            spans += not _RECORD.search(piece, 0, found.start())
        else:
            others += 1
    return bool(others or (spans and not _MODALS.search(piece)))


#: Words that may stand between a modal of the future (or a plan's "to") and the verb it
#: tells as to come: "will *not* meet", "will *also* visit", "will *be* reopened", "would
#: *have* met" (what was to be, not what was).
_BEFORE_AN_ACT_TO_COME = frozenset((
    "not", "also", "then", "soon", "now", "first", "later", "still", "again", "be", "have",
))  # fmt: skip


@lru_cache(maxsize=1 << 14)
def acts_to_come(text: str) -> frozenset[str]:
    """The words (in lower case) of the acts the text tells as still to come, not done: the
    verb after a modal of the future (:data:`.lexicon.FUTURE_MODALS`: "Vink *will meet* Pell",
    "said she *would visit* the market", "the line *will be reopened*") or after "to" after a
    word of plans (:data:`.lexicon.PLAN_WORDS`: "*expected to reopen*", "*due to meet*").
    Not an aim after a verb of going ("flew to Corley to meet Pell"), nor a word in -ing
    after a plan's "to" (a cause: "closed *due to flooding*"), nor a verb a
    preposition parts from its modal ("will on Tuesday vote"). Cached: asked of a sentence
    for each pair a judge matches it in (``matching.align``)."""
    words = _LETTERS.findall(_MAY_THE_MONTH.sub("", text).lower())
    found: set[str] = set()
    for at, word in enumerate(words):
        if word not in FUTURE_MODALS and not (word == "to" and at and words[at - 1] in PLAN_WORDS):
            continue
        for after in words[at + 1 : at + 4]:
            if after not in _BEFORE_AN_ACT_TO_COME:
                # "due to flooding": "to" before a word in -ing is a preposition, no verb's
                if (
                    after not in PREPOSITIONS
                    and after not in DETERMINERS
                    and not (word == "to" and after.endswith("ing"))
                ):
                    found.add(after)
                break
    return frozenset(found)
