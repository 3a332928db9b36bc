"""Names: the people, places and bodies a sentence mentions. The one reader of names.

A name word is a capitalised word that is not a weekday, a month, an
honorific ("Mr", "Dr"), a role ("Mayor", "Chief") or a stop word, in any
script's capitals ("Élodie", "Zoë", "Łódź"); an acronym ("NATO", "FBI") is
one too. A sentence's first word is left out, as every sentence capitalises
it. A name is compared by its lower-case form without a possessive or accents:
"Clinton's" is ``clinton``, "Erdoğan" and "Erdogan" are ``erdogan``.

One person's name may be spelled with another vowel by other outlets, as names written in
another script are ("Mohamed Morsi" / "Mohamed Mursi", "Fayez Zeidan" / "Fayez Zaidan"):
:func:`spelling_aliases` reads a folder's names for those, so that alignment reads each
such name one way.

Alignment asks which people two sentences are about (one stock phrase about
two people is no match), the disagreement stage which names two sentences
share, and story grouping which names a folder's articles have in common.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from .calendar import MONTHS, WEEKDAYS
from .lexicon import ARTICLES
from .segment import fold_accents, known_words, stopwords

#: Titles before a name, not names themselves.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev"})
#: Words of a sentence, with the apostrophes and hyphens inside them ("O'Neill", "Hak-soon"):
#: the words a name is read from.
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: :data:`NAME_WORD` splitting a text into the gaps and words between them, in turn.
_WORD_AND_GAPS = re.compile(f"({NAME_WORD.pattern})")
_POSSESSIVE = re.compile(r"['’]s$")


def name_key(word: str) -> str:
    """How a name word is compared: lower case, without a possessive or accents, an
    apostrophe straight whichever way it is typeset ("Erdoğan's" is ``erdogan``,
    "O’Neill" ``o'neill``)."""
    return fold_accents(_POSSESSIVE.sub("", word.lower())).replace("’", "'")


#: Endings that make a people or its language from a place: "Israel" / "Israelis",
#: "Egypt" / "Egyptian", "China" / "Chinese", "Russia" / "Russians".
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "is", "i")
#: What a place's name may end in where its people's name has the ending instead.
_PLACE_ENDINGS = ("", "ia", "a", "e", "y")
#: Endings added to the place's whole name ("Israel" / "Israelis", "Iraq" / "Iraqi"):
#: never in place of a final letter, so "Kelly" / "Kelli" and "France" / "Francis" are
#: no place and its people.
_WHOLE_NAME_ENDINGS = ("is", "i")
#: Letters a name keeps at least when an ending is taken off.
_ROOT_LETTERS = 4


@lru_cache(maxsize=1 << 14)
def place_and_people(one: str, other: str) -> bool:
    """Is one name key (:func:`name_key`) a place and the other its people or their
    language ("israel" / "israelis", "russia" / "russians", "china" / "chinese")?

    Read from the spelling alone, so a few first names pair too ("Julia" / "Julian",
    "Curt" / "Curtis"); news writing names people by surname, which it never pairs.
    """
    for longer, shorter in ((one, other), (other, one)):
        for ending in _DEMONYM_ENDINGS:
            root = longer[: -len(ending)]
            if not longer.endswith(ending) or len(root) < _ROOT_LETTERS:
                continue
            rest = shorter[len(root) :]
            allowed = ("",) if ending in _WHOLE_NAME_ENDINGS else _PLACE_ENDINGS
            if shorter.startswith(root) and rest in allowed and shorter != longer:
                return True
    return False


@lru_cache(maxsize=1 << 16)
def is_name_word(word: str, roles: frozenset[str] = frozenset()) -> bool:
    """Is the word capitalised as a name is (and not a calendar word, title or stop word)?

    ``roles`` are further words that are capitalised before a name without being one.
    Cached: the same words recur in every sentence.
    """
    if not word[:1].isupper():
        return False
    if not word.replace("'", "").replace("’", "").replace("-", "").isalpha():
        return False
    low = word.lower()
    key = name_key(word)
    acronym = len(word) >= 2 and word.isupper()  # "US", "WHO": a name, though "us" is no word
    return not (
        low in HONORIFICS
        or key in HONORIFICS
        or low in WEEKDAYS
        or low in MONTHS
        or low in roles
        or (key in stopwords() and not acronym)
    )


@lru_cache(maxsize=65536)
def names_in(text: str) -> frozenset[str]:
    """The names a sentence mentions after its first word, as :func:`name_key` folds them."""
    keys = _read(text)[1]
    return frozenset(key for key in keys[1:] if key is not None)


def opening_name(text: str) -> str | None:
    """The sentence's first word's :func:`name_key` when it is written as a name is (which
    :func:`names_in` leaves out: "Osei said …", but also "Researchers said …"): read for
    whether a page mentions a name at all, never for the names a story holds."""
    keys = _read(text)[1]
    return keys[0] if keys else None


#: A text cut into gaps and words, and each word's name key or None (see :func:`_read`).
Reading = tuple[list[str], list[str | None]]
#: Readings worked out by another process (:func:`learn_readings`), each taken once.
_LEARNED: dict[str, Reading] = {}


@lru_cache(maxsize=1 << 14)
def _read(text: str) -> Reading:
    """The text cut by :data:`NAME_WORD` into gaps and words in turn (gap, word, gap, …, gap),
    and each word's :func:`_name_of`: read once for both :func:`names_in` and
    :func:`name_runs`, which alignment asks of every sentence. Callers must not change
    the lists."""
    if (learned := _LEARNED.pop(text, None)) is not None:
        return learned
    pieces = _WORD_AND_GAPS.split(text)
    return pieces, list(map(_name_of, pieces[1::2]))


def name_reading(text: str) -> Reading:
    """The text cut into gaps and words in turn, and each word's name key or None (as
    :func:`name_runs` reads it): for readers of where in a sentence its names stand
    (:mod:`.parties`). Callers must not change the lists."""
    return _read(text)


def readings(texts: Iterable[str]) -> list[tuple[str, Reading]]:
    """Each distinct text read for its names: what a second process sends back
    (:func:`learn_readings`), so that alignment, which reads every sentence's names, finds
    them read."""
    return [(text, _read(text)) for text in dict.fromkeys(texts)]


def learn_readings(found: Iterable[tuple[str, Reading]]) -> None:
    """Remember texts read for their names by another process (:func:`readings`), in place
    of any it read for an earlier folder that were never asked for."""
    _LEARNED.clear()
    _LEARNED.update(found)


@lru_cache(maxsize=1 << 16)
def _name_of(word: str) -> str | None:
    """The word's :func:`name_key` when it is a name word, else None (cached, as above)."""
    return name_key(word) if is_name_word(word) else None


@lru_cache(maxsize=1 << 14)
def name_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of two or more name words in a row: "Elon Musk", "Kim Jong Nam" (folded).
    Punctuation between two name words ends the run ("Musk, Tesla"); only spaces do not.

    Cached: alignment and the disagreement stage both read every sentence's runs. Only
    the name words are visited: most of a sentence's words are none."""
    pieces, keys = _read(text)
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    last = -2
    for i, key in [(i, key) for i, key in enumerate(keys) if key is not None]:
        # a word between, or anything but spaces before word i (``pieces[2 * i]``), ends a run
        if i != last + 1 or pieces[2 * i].strip():
            current = _flush(current, runs)
        current.append(key)
        last = i
    _flush(current, runs)
    return tuple(runs)


@lru_cache(maxsize=1 << 14)
def possessives(text: str) -> frozenset[str]:
    """The name words (as :func:`name_key` folds them) a text writes with a possessive:
    "the *Sheriff's* Office", "*Clinton's* aides"."""
    pieces, keys = _read(text)
    return frozenset(
        key
        for word, key in zip(pieces[1::2], keys, strict=True)
        if key is not None and _POSSESSIVE.search(word)
    )


#: Words that open a name's run without being part of it ("the New York Times").


def _written_runs(text: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each run of capitalised words a text's name words stand in: the name keys in it and
    the run as written ("New England Journal of Medicine": the capitalised stop word "New"
    and an "of" between two capitalised words belong to it). The text's first word counts
    only in a run of two or more."""
    pieces, keys = _read(text)
    words = pieces[1::2]

    def capital(i: int) -> bool:
        return keys[i] is not None or (words[i][:1].isupper() and words[i].lower() in stopwords())

    def joining(i: int) -> bool:
        """Is word ``i`` an "of" inside a name ("New England Journal of Medicine")?"""
        return (
            words[i] == "of"
            and 0 < i < len(keys) - 1
            and capital(i + 1)
            and not pieces[2 * i + 2].strip()
        )

    # the first word is any sentence's: it belongs to a name only when one goes on right
    # after it ("Brightwater Lines said …", "Prime Minister Teodor Halas accepted …")
    run: list[int] = (
        [0]
        if len(keys) > 1 and keys[0] is not None and capital(1) and not pieces[2].strip()
        else []
    )
    for i in range(1, len(keys)):
        # a word between, or anything but spaces before word i (``pieces[2 * i]``), ends a run
        inside = capital(i) or (bool(run) and joining(i))
        if run and (not inside or i != run[-1] + 1 or pieces[2 * i].strip()):
            yield from _run_of(run, words, keys)
            run = []
        if capital(i) or (run and inside):  # (an "of" opens no run)
            run.append(i)
    yield from _run_of(run, words, keys)


def _run_of(
    run: list[int], words: list[str], keys: list[str | None]
) -> Iterator[tuple[tuple[str, ...], str]]:
    while run and keys[run[-1]] is None:
        run = run[:-1]
    while run and words[run[0]].lower() in ARTICLES:
        run = run[1:]
    found = tuple(key for i in run if (key := keys[i]) is not None)
    if found:
        yield found, " ".join(_POSSESSIVE.sub("", words[i]) for i in run)


def written_names(keys: Sequence[str], texts: Iterable[str], most: int = 3) -> list[str]:
    """The names ``keys`` (:func:`name_key`) stand for as ``texts`` write them, for a
    reader: those most sentences mention first (ties in the order given), each as the
    run of capitalised words around it written most often ("New England Journal of Medicine",
    "Bangalore"), at most ``most`` of them; a key written most often beside one already
    given ("Sripal" of "Sripal Bangalore" once "Bangalore" is given) is not given again."""
    wanted = dict.fromkeys(keys)
    mentions: Counter[str] = Counter()
    forms: dict[str, Counter[tuple[tuple[str, ...], str]]] = {key: Counter() for key in wanted}
    for text in texts:
        seen: set[str] = set()
        for found, shown in _written_runs(text):
            for key in set(found) & wanted.keys():
                forms[key][(found, shown)] += 1
                seen.add(key)
        mentions.update(seen)
    order = sorted((k for k in wanted if mentions[k]), key=lambda k: -mentions[k])
    given: list[str] = []
    covered: set[str] = set()
    for key in order:
        (found, shown), _ = max(forms[key].items(), key=lambda item: item[1])
        if covered & set(found):
            continue
        given.append(shown)
        covered.update(found)
        if len(given) == most:
            break
    return given


def _flush(current: list[str], runs: list[tuple[str, ...]]) -> list[str]:
    if len(current) >= 2:
        runs.append(tuple(current))
    return []


#: Letters a surname must have for two spellings of it to be told from two names.
SPELLED_LETTERS = 5


def respelled(x: str, y: str) -> bool:
    """Are two surnames one name spelled two ways: "Olivares" / "Oliveras" (letters
    swapped), "Kelly" / "Kelley" (one letter more), "Marten" / "Martin" (one other)?
    Never when the last letters differ: an ending makes another word of a name
    ("America" / "American", "Airline" / "Airlines"), nor when one writes an apostrophe
    straight and the other curly ("Ja'far" / "Ja’far": one spelling, two typefaces)."""
    x, y = x.replace("’", "'"), y.replace("’", "'")
    if x == y or min(len(x), len(y)) < SPELLED_LETTERS or x[:2] != y[:2]:
        return False
    if x[-1] != y[-1]:
        return False  # "America" / "American", "Airline" / "Airlines": a name and its forms
    if len(x) == len(y):
        return sorted(x) == sorted(y) or sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_) - 1))


def doubled_apart(x: str, y: str) -> bool:
    """Do two spellings differ only by a letter one of them doubles: "Mohammed" /
    "Mohamed", "Hassan" / "Hasan" (one letter more, the same as its neighbour), "Gaddafi" /
    "Gadhafi" (a letter given twice where the other gives another)? That is how two house
    styles write one foreign name, not a misspelling; with no first name to tie them,
    it is as often two people."""
    if len(x) == len(y):
        at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(at) != 1:
            return False
        i = at[0]
        return any(
            (i and w[i] == w[i - 1]) or (i + 1 < len(w) and w[i] == w[i + 1]) for w in (x, y)
        )
    short, long_ = sorted((x, y), key=len)
    return any(
        long_[:i] + long_[i + 1 :] == short
        and ((i and long_[i] == long_[i - 1]) or (i + 1 < len(long_) and long_[i] == long_[i + 1]))
        for i in range(len(long_))
    )


def romanised_apart(x: str, y: str) -> bool:
    """Do two spellings differ only by a letter one romanisation writes and another
    leaves out: the d of the old Indonesian "dj" ("Murdjatmodjo" / "Murjatmodjo", "Djoko"
    / "Joko"), the h of "kh", "gh", "dh", "bh" or "jh" ("Gadhafi" / "Gadafi", "Bakhtiari"
    / "Baktiari"), the o of "ou" ("Yousef" / "Yusef")? Two sources then write one name in
    two systems. The h of English "th", "sh", "ch" and "ph" is no romanisation's: one
    written without it ("Matthews" / "Mattews", "Ashworth" / "Asworth") is misspelt."""
    short, long_ = sorted((x, y), key=len)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1 :] != short:
            continue
        letter, before = long_[i], long_[i - 1] if i else ""
        after = long_[i + 1] if i + 1 < len(long_) else ""
        if (letter == "d" and after == "j") or (letter == "o" and after == "u"):
            return True
        if letter == "h" and before and before in "bdgjk":
            return True
    return False


def reported_respelled(x: str, y: str, *, first: bool) -> bool:
    """Does the disagreement stage report two name words, one person's first names
    (``first``) or surnames, as one name the sources spell two ways? They are
    :func:`respelled`, and not two romanisations (:func:`romanised_apart`) nor, for first
    names, two house styles (:func:`doubled_apart`). A spelling so reported is listed for
    the reader to check (a spelling note, never a disagreement) and never also read as one
    name (:func:`spelling_aliases`)."""
    if not respelled(x, y) or romanised_apart(x, y):
        return False
    return not (first and doubled_apart(x, y))


#: Letters a name word has at least for another spelling of a vowel to be read as the same
#: name: shorter words are too often other names ("Maren" / "Marin").
ALIAS_LETTERS = 5
#: Vowels, which transliterations of one name write differently; "y" is none ("Police" /
#: "Policy").
_VOWELS = frozenset("aeiou")


def _frames(key: str) -> Iterator[str]:
    """A name key with one of its vowels, other than its last letter, written ``*``: two keys
    sharing a frame differ at most by that vowel ("morsi" / "mursi" share ``m*rsi``). The last
    letter is left as it is: an ending makes another name ("Maria" / "Mario")."""
    for at, letter in enumerate(key[:-1]):
        if letter in _VOWELS:
            yield f"{key[:at]}*{key[at + 1 :]}"


def spelling_aliases(
    named: Iterable[tuple[int, str]], people: Callable[[str], Iterable[tuple[str, ...]]]
) -> dict[str, str]:
    """The people a folder names with one name word spelled two ways, each such word mapped
    to one spelling of it.

    ``named``: each sentence's article and text; ``people``: the names of the people a
    text names, each person's words in a run without the titles before them
    (:func:`.roles.people_in`). Two name keys (:func:`name_key`) of ALIAS_LETTERS letters
    or more are one name transliterated two ways when

    - one person's other name ties them: a surname the same but for one vowel after one
      first name ("Mohamed Morsi" / "Mohamed Mursi", "Fayez Zeidan" / "Fayez Zaidan"), a
      first name the same but for one vowel or a doubled letter (:func:`doubled_apart`)
      before one surname ("Mohamed Morsi" / "Mohammed Morsi"); without it such names are
      as often two people ("Mahmud Salim" / "Abdel Salam"), and a title is no first name
      ("Commissioner Holm" / "Commissioner Halm" may be two commissioners);
    - no article writes both: one that does names two people;
    - neither is an English word (:func:`.segment.known_words`: "Maria" / "Mario");
    - the disagreement stage does not report them as a name the sources spell two ways
      (:func:`reported_respelled`: "Dimitri Olivares" / "Dimitri Olivaras"), as first names
      or as surnames, wherever it finds them: a spelling is either one name or a
      spelling note for the reader to check, never both.

    The spelling more articles write stands for the other (the first in alphabetical
    order when as many write each). Names apart by a consonant or two vowels are never read
    as one ("Gadhafi" / "Qaddafi", "Tempel" / "Temple", "Slovenia" / "Slavonia").
    """
    where: dict[str, set[int]] = {}
    firsts: dict[str, set[str]] = {}  # surname -> the first names written before it
    lasts: dict[str, set[str]] = {}  # first name -> the surnames written after it
    for article, text in named:
        for key in _read(text)[1]:
            if key is not None and len(key) - key.count("-") >= ALIAS_LETTERS:
                where.setdefault(key, set()).add(article)
        for run in people(text):
            if len(run) < 2:
                continue
            firsts.setdefault(run[-1], set()).add(run[-2])
            lasts.setdefault(run[-2], set()).add(run[-1])
    known = known_words()
    aliases: dict[str, str] = {}
    # The pairs the disagreement stage reports, as surnames after one first name or as first
    # names before one surname: a word is read as one name wherever it stands, so a pair
    # reported in one place ("Ilias Hassanbek" / "Ilias Hasanbek") is not one name in the
    # other ("Hassanbek Torvald" / "Hasanbek Torvald").
    reported: set[tuple[str, str]] = set()
    for written, first in ((lasts, False), (firsts, True)):
        for words in written.values():
            ordered = sorted(words)
            for i, one in enumerate(ordered):
                reported.update(
                    (one, two)
                    for two in ordered[i + 1 :]
                    if reported_respelled(one, two, first=first)
                )

    def tie(written: dict[str, set[str]], alike: Callable[[str, str], bool]) -> None:
        """Read as one the name words written with one other name word (``written``) that
        are ``alike``."""
        for other_name in sorted(written):
            words = sorted(k for k in written[other_name] if k in where and k not in known)
            for i, one in enumerate(words):
                for two in words[i + 1 :]:
                    if one in aliases or two in aliases or (one, two) in reported:
                        continue
                    if not alike(one, two):
                        continue
                    if where[one].isdisjoint(where[two]):
                        head, rest = sorted((one, two), key=lambda k: (-len(where[k]), k))
                        aliases[rest] = head

    tie(lasts, _vowel_apart)
    tie(firsts, lambda x, y: _vowel_apart(x, y) or doubled_apart(x, y))
    return aliases


def _vowel_apart(x: str, y: str) -> bool:
    """Are two name keys the same but for one vowel, other than their last letter?"""
    return len(x) == len(y) and not set(_frames(x)).isdisjoint(_frames(y))


#: A name word right after a preposition of place (the article "the" between allowed): "flew
#: *to Marlow*", "talks *in Damascus*", "*at the Corley* town hall".
_PLACED = re.compile(r"\b(?:to|into|in|at|near)\s+(?:the\s+)?([^\W\d_][\w'’-]*)")
#: Two name words joined by "and" or "or": "between *Syria and Turkey*", "*Marlow or Corley*".
_JOINED = re.compile(r"([^\W\d_][\w'’-]*)\s+(?:and|or)\s+([^\W\d_][\w'’-]*)")
#: What every match of :data:`_JOINED` holds: "and" or "or" with a space on each side. About
#: half of a story's sentences hold none, and are not searched for names (``re`` tries
#: :data:`_JOINED` at every letter of a text).
_JOINER = re.compile(r"\s(?:and|or)\s")


@lru_cache(maxsize=8192)
def places_named(text: str) -> frozenset[str]:
    """The name keys (:func:`name_key`) of the name words right after a preposition of place
    ("to", "into", "in", "at", "near"): where the sentence places what it tells ("Vink flew
    *to Marlow*", "the meeting *at the Corley* town hall"). A person after "to" ("spoke to
    Pell") is read too: the reader asks the folder whether two such names are two places
    (:func:`joined_names`) before calling them apart."""
    return frozenset(name_key(found) for found in _PLACED.findall(text) if is_name_word(found))


def joined_names(texts: Iterable[str]) -> frozenset[frozenset[str]]:
    """The pairs of name keys the texts join by "and" or "or" ("between Syria and Turkey",
    "travel to Damascus and Ankara"): two things, never one told two ways, whatever else the
    folder calls them."""
    found: set[frozenset[str]] = set()
    for text in filter(_JOINER.search, texts):
        for one, other in _JOINED.findall(text):
            if is_name_word(one) and is_name_word(other) and name_key(one) != name_key(other):
                found.add(frozenset((name_key(one), name_key(other))))
    return frozenset(found)
