"""One word read as one word, however a folder's outlets write it: a compound written with
a hyphen, as one word or as two ("cease-fire" / "ceasefire", "money-transfer services" /
"money transfer service", "health care" / "healthcare", "e-mail" / "email").

Each sentence's stems are read one word at a time (:func:`.segment.content_stems`), so the
three spellings of one compound are three readings: "cease-fire" one stem of its own,
"ceasefire" another, "cease fire" two more. Which spelling is a compound's is the folder's
own evidence, not a dictionary's: a hyphenated word of lower-case letters ("cease-fire",
"Cease-fire" opening a sentence; not a name, "Jean-Pierre", "al-Qaeda", nor a number word
joined to its unit, "nine-hour", which the figure readers own) is read

- as its parts, when some sentence of the folder writes those parts as two words ("money
  transfer", "money transfers": the words compared by their stems) and none of them is a
  stop word ("hand-over" is no "hand" and "over"): then the one-word spelling, if the
  folder has it too, is read as the parts;
- else as the one word, when the folder writes that word in any of its forms ("email",
  "emails"), unless the hyphen follows "re" (:data:`AGAIN`: "re-sign" is not "resign").

Two content words written apart in one sentence ("health care") and together in another
("healthcare"), each of at least :data:`PART_LETTERS` letters and neither a stop word, are
read as the two words. Common words are compared with common words and names with names
(:func:`_views`): "fair haven" is no spelling of the town "Fairhaven", nor "Egypt Air
plane" of "airplane", while "Kim Jong-nam" and "Kim Jong Nam" are one name. A folder that
writes a compound one way only reads as before, so every stem, concept and candidate of
such a folder stays as it was.

A word in its British spelling ("behaviour", "centre", "organised", "defence", "programme",
"travelled", "grey", "tyres") is read as its American spelling when the folder writes that
word the American way too, in any of its forms ("behavior", "behaviors"): the pairs are
breame's word list of British and American spellings (:func:`_american`), less the pairs
that are two words (:data:`NOT_ONE`). Only common words written inside a sentence are read
so (a capitalised word is a name's: "Anna Grey", or "Grey said" opening one); a word the list does not
hold is never guessed at ("tour" / "tor", "fire" / "fir", "massacre", "surprise",
"compromise": no pattern is applied), and a word whose American form the folder writes
only inflected into another word ("tyres" beside "tired", not "tires") stays its own.

Asked once per folder (:func:`one_word_forms`), before matching, selection and the
single-outlet list read the sentences' stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ..models import Sentence
from .families import derived_table
from .numbers import extract_numbers
from .segment import content_stem, content_stems, sentence_words, stopwords

#: Parts of a compound written apart or together without a hyphen need this many letters
#: each: shorter ones join into other words too freely ("in" + "sight", "car" + "pet" is
#: still possible, so the folder must hold both spellings).
PART_LETTERS = 3

#: A hyphenated word of letters whose parts after the first are lower case.
_COMPOUND = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)+")
_LETTERS = re.compile(r"[A-Za-z]+")

#: Prefixes whose hyphen tells the word from its closed spelling, so the two are two words:
#: "re-sign" (sign again) and "resign", "re-count" and "recount", "re-form" and "reform".
AGAIN = frozenset({"re"})

#: British words breame's list pairs with another word, not with their American spelling:
#: Americans write "buses", "gases" and "gauge" too ("busses", "gasses", "gage" are other
#: words), a tonne (1,000 kg) is no ton, a bevvy (a drink) no bevy, a philtre (a potion) no
#: filter and a groyne (a sea wall) no groin.
NOT_ONE = frozenset(
    {
        "buses",
        "gases",
        "gauge",
        "gauges",
        "gauged",
        "tonne",
        "tonnes",
        "bevvy",
        "philtre",
        "philtres",
        "groyne",
    }
)


def _is_compound(token: str) -> bool:
    return _COMPOUND.fullmatch(token) is not None


def _views(words: Sequence[str]) -> tuple[list[str | None], list[str | None]]:
    """A sentence's words lowered, twice: its common words (a name None) and its names (a
    common word None), the sentence's first word in both. A common word and a name are
    never read as one spelling of each other ("fair haven" is no "Fairhaven"), while a
    name written two ways still is ("Kim Jong-nam" / "Kim Jong Nam")."""
    if not words:
        return [], []
    # a word holds no space, so the sentence's words are lowered in one go
    joined = " ".join(words)
    lowered: list[str] = joined.lower().split(" ")
    common: list[str | None] = [
        low if word == low else None for word, low in zip(words, lowered, strict=True)
    ]
    named: list[str | None] = [
        None if word == low else low for word, low in zip(words, lowered, strict=True)
    ]
    common[0] = named[0] = lowered[0]
    for k, word in enumerate(words if "-" in joined else ()):
        # a hyphenated name with a capital after its hyphen ("Jean-Pierre", "al-Qadir") is
        # one word, kept as written so that it is never read as a compound
        if "-" in word and not _is_compound(word):
            named[k] = word
            if k == 0:
                common[0] = word
    return common, named


def spellings(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The stems a folder's sentences (``texts``) write in another spelling of one word,
    each with the stems it is read as (see the module's docstring): common words with
    common words, names with names (:func:`_views`)."""
    commons: list[list[str | None]] = []
    names: list[list[str | None]] = []
    for text in texts:
        common, named = _views(sentence_words(text).words)
        commons.append(common)
        names.append(named)
    read = _spellings(commons)
    for stem, reading in _spellings(names).items():
        read.setdefault(stem, reading)
    for stem, reading in _american(commons).items():
        read.setdefault(stem, reading)
    return read


@cache
def word_list() -> tuple[dict[str, str], frozenset[str]]:
    """breame's British spellings with their American ones (less :data:`NOT_ONE`), and
    the American spellings: loaded on first use (or by :mod:`..warm`'s analysis steps),
    not with the engine (a few hundredths of a second)."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    spelled_as = {b: a for b, a in BRITISH_ENGLISH_SPELLINGS.items() if b not in NOT_ONE}
    return spelled_as, frozenset(spelled_as.values())


def _american(runs: Sequence[Sequence[str | None]]) -> dict[str, tuple[str, ...]]:
    """The stems of the British spellings among a folder's common words (``runs``, see
    :func:`_views`), each read as the stem of its American spelling, when the folder writes
    that word the American way too in some form ("behaviour" beside "behaviors"). Spellings
    :func:`.segment.american` already folds into one stem ("colour", "centre") need none."""
    # a sentence's first word may be a name ("Grey said ..."): a British spelling is taken
    # from inside a sentence, where a common word is written in lower case
    inside = {w for run in runs for w in run[1:] if w is not None}
    spelled_as, american = word_list()
    british = {w: spelled_as[w] for w in inside if w in spelled_as}
    if not british:
        return {}
    vocabulary = inside.union(run[0] for run in runs if run and run[0] is not None)
    written = {content_stem(w) for w in vocabulary if w in american}
    read: dict[str, tuple[str, ...]] = {}
    for word, spelled in sorted(british.items()):
        found, reading = content_stem(word), content_stem(spelled)
        if found is not None and reading is not None and found != reading and reading in written:
            read.setdefault(found, (reading,))
    return read


def _spellings(runs: Sequence[Sequence[str | None]]) -> dict[str, tuple[str, ...]]:
    vocabulary = {w for run in runs for w in run if w is not None}
    compounds = {w for w in vocabulary if "-" in w and w.islower() and _is_compound(w)}
    stop = stopwords()
    compounds = {c for c in compounds if not extract_numbers(c.split("-"))}
    content = {
        w for w in vocabulary if len(w) >= PART_LETTERS and w not in stop and _LETTERS.fullmatch(w)
    }
    # a content word that is two content words run together: written apart somewhere?
    halves = {
        (word[:cut], word[cut:])
        for word in content
        for cut in range(PART_LETTERS, len(word) - PART_LETTERS + 1)
        if word[:cut] in content and word[cut:] in content
    }
    firsts = {c.split("-", 1)[0] for c in compounds} | {a for a, _ in halves}
    # two words written apart, as stems: "money transfers" is "money transfer" apart
    apart = {
        (content_stem(a), content_stem(b))
        for run in runs
        if not firsts.isdisjoint(run)
        for a, b in pairwise(run)
        if a in firsts and b is not None
    }
    # the stems of the folder's words: "ceasefires" is "ceasefire" written closed
    written = {content_stem(w) for w in vocabulary if "-" not in w}
    read: dict[str, tuple[str, ...]] = {}

    def read_as(word: str, parts: Sequence[str]) -> None:
        found, reading = content_stem(word), content_stems(parts)
        if found is not None and reading and (found,) != reading:
            read.setdefault(found, reading)

    for compound in sorted(compounds):
        parts = compound.split("-")
        whole = "".join(parts)
        stems = [content_stem(p) for p in parts]
        if stop.isdisjoint(parts) and all(pair in apart for pair in pairwise(stems)):
            read_as(compound, parts)
            if content_stem(whole) in written:
                read_as(whole, parts)
        elif parts[0] not in AGAIN and content_stem(whole) in written:
            read_as(compound, (whole,))
    for a, b in sorted(halves):
        if (content_stem(a), content_stem(b)) in apart:
            read_as(a + b, (a, b))
    return read


def one_word_forms(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The folder's sentences with each word the folder writes two ways read one way in
    their stems (:func:`spellings`); the same sentences when it has none. A text the folder
    repeats (a wire story reprinted) is read once: what :func:`spellings` finds is the
    set of words and pairs of words the texts write, however often each is written."""
    read = spellings(dict.fromkeys(s.text for s in sentences))
    if not read:
        return list(sentences)
    respelled = read.keys()
    return [
        replace(s, stems=tuple(t for stem in s.stems for t in read.get(stem, (stem,))))
        if not respelled.isdisjoint(s.stems)
        else s
        for s in sentences
    ]


def derived_stems(sentences: Sequence[Sentence]) -> list[tuple[str, ...]]:
    """Each sentence's stems with those of a word and its derived forms that the folder
    writes both read as one (:func:`.families.derived_table`: "western" as "west" beside
    "west", "scientists" and "scientific" as one); a sentence holding none keeps its own
    tuple. The roots are read per distinct stem of the folder."""
    table = derived_table(set().union(*(s.stems for s in sentences)))
    if not table:
        return [s.stems for s in sentences]
    derived, get = table.keys(), table.get
    return [
        s.stems if derived.isdisjoint(s.stems) else tuple(get(t, t) for t in s.stems)
        for s in sentences
    ]
