"""Story-wide: one person's name spelled two ways, a surname alone spelt off the full
name, one person given two middle names, two ranks, two titles or two ages, by two sources
wherever in the story.

A person given two ranks or titles is a "role" disagreement, never a "name" one: the name
is the same. A name spelled two ways is a spelling for the reader to check, not a disagreement about
the facts (:func:`.names.spelled_apart` sorts such findings out, whichever finder made
them);
two different names of one person ("Fred Simple" / "Fred Temple" before one actor's name)
stay a disagreement."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import TypeVar

from ..models import Sentence
from ..text.figures import _aged as aged_names
from ..text.figures import compatible
from ..text.lexicon import BODY_ENDS, PLACE_ENDS
from ..text.names import (
    NAME_WORD,
    doubled_apart,
    name_key,
    name_runs,
    names_in,
    opening_name,
    reported_respelled,
    respelled,
    romanised_apart,
)
from ..text.numbers import YEAR_TAG
from ..text.people import NOT_SURNAMES, PLACE_STARTS, lower_words, one_given_name
from ..text.roles import people_in, ranked, same_rank, titled
from ..text.specifics import Specifics, Value
from ..text.standing import JOINT, MAY_TITLE, titles
from .finding import Finding, between, one_word_each
from .names import ALONE_LETTERS
from .story import each_source_text, each_two_sources

#: The name word (:data:`.names.NAME_WORD`) after another, past the space between them.
_NEXT_NAME_WORD = re.compile(rf"\s+({NAME_WORD.pattern})")


def _full_name(text: str, first: str, *rest: str) -> tuple[int, int] | None:
    """Where the name "First … Last" (its words as :func:`.names.name_key` folds them, two
    or more, only spaces between them) stands."""
    for match in NAME_WORD.finditer(text):
        if name_key(match.group()) != first:
            continue
        end = match.end()
        for word in rest:
            following = _NEXT_NAME_WORD.match(text, end)
            if not following or name_key(following.group(1)) != word:
                break
            end = following.end(1)
        else:
            return match.start(), end
    return None


#: Words of a person's name at most, a middle name's with the first and last: a longer run
#: holds other words ("Mali Junta Chief Amadou Sanogo"), and its last two stand for the name.
NAME_WORDS = 3


def _own_words(run: tuple[str, ...]) -> tuple[str, ...]:
    """A run of name words without the role, rank or initials before the person's names
    (:func:`_before_name`): "Capt. Amadou Haya Sanogo" -> "Amadou Haya Sanogo"; its last
    two words when more than :data:`NAME_WORDS` are left."""
    at = 0
    while at < len(run) - 2 and _before_name(run[at]):
        at += 1
    return run[at:] if len(run) - at <= NAME_WORDS else run[-2:]


def _before_name(word: str) -> bool:
    """Is a name word one that stands before a person's two names, not one of them: a
    title (:func:`.text.roles.titled`: "President", "Capt."), a country in initials
    ("U.S.")?"""
    return titled(word.rstrip(".")) or "." in word


def spelled_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person's name spelled two ways by two sources: "Dimitri Olivares" in one,
    "Dimitri Oliveras" in another, or "President Barak Obama" / "Barack Obama". One of
    the two names is the same, the other one spelling apart (:func:`.names.respelled`) other
    than by a letter one romanisation writes and another does not (:func:`.names.romanised_apart`:
    "Murdjatmodjo" / "Murjatmodjo") or, for first names, a doubled letter
    (:func:`.names.doubled_apart`: "Mohammed" / "Mohamed"), and no source writes both (a source
    that does has two people, or a slip of its own). A title before the two names is no
    part of them (:func:`..text.roles.people_in`), and never one of the two: "President
    Hansen" and "President Hanson" may be two presidents. A name ending in a word
    for a place or a body (:data:`..text.lexicon.BODY_ENDS`: "Sahlgrenska Hospital") is
    no person's. The first sentence of each source that gives the full name stands for
    it."""
    where: dict[tuple[str, str], dict[int, int]] = {}
    # every two name words side by side each source writes, wherever: "Farmers Jon Marten
    # and Jon Martin" writes both names, two people
    written: dict[int, set[tuple[str, str]]] = {}
    # a sentence two sources share is read once for each: each writes that spelling
    for sentence, group in each_source_text(sentences, group_of):
        for run in name_runs(sentence.text):
            written.setdefault(group, set()).update(pairwise(run))
        for head, person in people_in(sentence.text):
            if len(person) != 2 or person[-1] in BODY_ENDS:
                continue
            if all(map(titled, head)):  # not "Foreign Minister Amr Moussa": a part unread
                where.setdefault((person[0], person[1]), {}).setdefault(group, sentence.id)
    by_first: dict[str, list[tuple[str, str]]] = {}
    by_last: dict[str, list[tuple[str, str]]] = {}
    for key in where:
        by_first.setdefault(key[0], []).append(key)
        by_last.setdefault(key[1], []).append(key)
    found = []
    for keys, at in (
        *((keys, 1) for keys in by_first.values()),
        *((keys, 0) for keys in by_last.values()),
    ):
        for i, x in enumerate(keys):
            for y in keys[i + 1 :]:
                if where[x].keys() & where[y].keys():
                    continue
                if any(x in pairs and y in pairs for pairs in written.values()):
                    continue  # a source writing both has two people
                if not reported_respelled(x[at], y[at], first=at == 0):
                    continue
                a = where[x][min(where[x])]
                b = where[y][min(where[y])]
                span_a = _full_name(sentences[a].text, *x)
                span_b = _full_name(sentences[b].text, *y)
                if span_a is None or span_b is None:
                    continue
                found.append(one_word_each("name", sentences, (a, span_a), (b, span_b)))
    return found


def alone_spelled_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person's surname written alone by one source one spelling off the full name
    another gives: "Capt. Amadou Sanogo" in one, "as Sanago, president of the council"
    in another, "Comet Tempel-Tuttle" / "a comet called Temple-Tuttle". Both spellings
    have :data:`ALONE_LETTERS` letters or more and are one spelling apart
    (:func:`.names.respelled`) other than a doubled letter (:func:`.names.doubled_apart`: "Gadhafi" /
    "Gaddafi" are two styles), and no source writes both (a source that does has two names).
    The first sentence of each source that writes the spelling stands for it."""
    full: dict[str, dict[int, tuple[int, tuple[str, ...]]]] = {}  # surname -> group -> where
    alone: dict[str, dict[int, int]] = {}  # name word written alone -> group -> sentence
    written: dict[int, set[str]] = {}  # group -> every name word it writes
    for sentence, group in each_source_text(sentences, group_of):
        words = names_in(sentence.text)
        if not words:
            continue
        written.setdefault(group, set()).update(words)
        runs = name_runs(sentence.text)
        for run in runs:
            if len(run[-1]) >= ALONE_LETTERS:
                # the whole name stands for it, as written: "Amadou Haya Sanogo", never a
                # part of it ("Haya Sanogo")
                full.setdefault(run[-1], {}).setdefault(group, (sentence.id, _own_words(run)))
        in_runs = {word for run in runs for word in run}
        for word in words:
            if len(word) >= ALONE_LETTERS and word not in in_runs:
                alone.setdefault(word, {}).setdefault(group, sentence.id)
    # respelled pairs only words with the same first two letters and last letter
    by_shape: dict[tuple[str, str], list[str]] = {}
    for word in alone:
        by_shape.setdefault((word[:2], word[-1]), []).append(word)
    found = []
    for surname in sorted(full):
        for word in by_shape.get((surname[:2], surname[-1]), ()):
            if (
                not respelled(surname, word)
                or doubled_apart(surname, word)
                or romanised_apart(surname, word)
            ):
                continue
            if any(surname in names and word in names for names in written.values()):
                continue
            for group, (a, name) in sorted(full[surname].items()):
                for other, b in sorted(alone[word].items()):
                    if other == group or other in full.get(word, {}):
                        continue  # a source writing the full name too: :func:`spelled_two_ways`
                    span_a = _full_name(sentences[a].text, *name)
                    span_b = _word_at(sentences[b].text, word)
                    if span_a is None or span_b is None:
                        continue
                    found.append(one_word_each("name", sentences, (a, span_a), (b, span_b)))
    return found


#: Words that end the name of a body or a place (:data:`..text.people.NOT_SURNAMES`: those
#: of :data:`..text.lexicon.BODY_ENDS`, with those that end a surname as often,
#: :data:`..text.lexicon.SURNAME_ENDS`) and a lock-up's: "Broward *County* Jail" and
#: "Broward *Main* Jail" are two buildings, no person named two ways.
_NOT_PERSON_ENDS = NOT_SURNAMES | frozenset(("jail", "courthouse", "office"))


def _three_names(text: str) -> Iterator[tuple[str, str, str]]:
    """Each person a sentence names by three name words, a given name, a middle name and a
    surname, as :func:`.names.name_key` folds them: "Greta Ann Holloway", "the singer, born
    Greta Ann Holloway", "Born Greta Ann Holloway in Dunmore, she ..." (a sentence's first
    word is capitalised wherever it stands, so a run of four opening it is read from its
    second word). Titles before the name are no part of it (:func:`..text.roles.people_in`);
    an initial ("Greta A. Holloway") is no middle name to compare, nor is a run ending in a
    word for a body or a place (:data:`_NOT_PERSON_ENDS`). The people of every sentence
    are read before (:func:`..text.roles.people_in` is cached), so no pattern screens them."""
    for _, person in people_in(text):
        if not 3 <= len(person) <= 4:
            continue  # two name words, or a run too long to be one person's three
        if len(person) == 4 and person[0] == opening_name(text):
            span = _full_name(text, *person)
            if span is not None and not text[: span[0]].strip():
                person = person[1:]  # the sentence's first word: capitalised by its place
        if len(person) != 3 or any(len(word) < 2 for word in person):
            continue
        if any(word in _NOT_PERSON_ENDS for word in person) or (
            person[0] in PLACE_STARTS and person[2] in PLACE_ENDS
        ):
            continue  # "Broward County Jail", "Fort Tessel Park", "Lake Orrin Dam": places
        yield person[0], person[1], person[2]


def middle_named_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person given two middle names by two sources: "born Greta Ann Holloway" in one,
    "Greta Lynn Holloway" in another. The given name and the surname are the same, the
    two middle names are not one name (:func:`..text.people.one_given_name`: "Ann" /
    "Anne", "Kate" / "Katherine" are a spelling or a short form), and neither is a word
    the story writes in lower case as well (a common word, as in "the Broward County jail"
    / "the main jail", names no one: a body's or a place's name). Nor is a name a person's
    whose last word ends a place's or a structure's name (:data:`..text.lexicon.PLACE_ENDS`)
    and which a source names right after "the", as a place is named ("the Orrin Memorial
    Bridge" / "the Orrin Swing Bridge" are two bridges, or one named two ways, where "the
    driver, Greta Ann Hill" / "Greta Lynn Hill" stays a person's, whatever hill the story
    tells of), nor one opening on a place's first word (:data:`..text.people.PLACE_STARTS`)
    and ending on a place's last ("Fort Tessel Park", "Lake Orrin Dam"; "Summer Ann Hale",
    "Al James Brisk" are people's). No source writes both
    middle names (one that does may name two people of one family), and a name given with
    an initial ("Greta A. Holloway") or without a middle name says nothing against either.
    What differs is a name of one person, a "name" disagreement, as two names before one
    bracketed name are (:func:`.names.named_two_ways`). The first sentence of each source
    that gives the full name stands for it."""
    where: dict[tuple[str, str], dict[str, dict[int, int]]] = {}
    written: dict[int, set[str]] = {}  # group -> every name word it writes
    for sentence, group in each_source_text(sentences, group_of):
        for first, middle, last in _three_names(sentence.text):
            where.setdefault((first, last), {}).setdefault(middle, {}).setdefault(
                group, sentence.id
            )
    candidates = {key: by_middle for key, by_middle in where.items() if len(by_middle) > 1}
    if not candidates:
        return []
    lower: set[str] = set()
    for sentence, group in each_source_text(sentences, group_of):
        written.setdefault(group, set()).update(names_in(sentence.text))
        if (opening := opening_name(sentence.text)) is not None:
            written[group].add(opening)
        lower.update(w.replace("’", "'") for w in lower_words((sentence.text,)))
    found = []
    for (first, last), by_middle in sorted(candidates.items()):
        if last in PLACE_ENDS and _after_the(sentences, first, by_middle, last):
            continue  # "the Orrin Memorial Bridge" / "the Orrin Swing Bridge": two bridges
        middles = sorted(by_middle)
        for i, x in enumerate(middles):
            for y in middles[i + 1 :]:
                if one_given_name(x, y) or x in lower or y in lower:
                    continue
                if any(x in names and y in names for names in written.values()):
                    continue  # a source writing both: two people, or a slip of its own
                for ga, a in sorted(by_middle[x].items()):
                    for gb, b in sorted(by_middle[y].items()):
                        if ga == gb:
                            continue
                        span_a = _full_name(sentences[a].text, first, x, last)
                        span_b = _full_name(sentences[b].text, first, y, last)
                        if span_a is None or span_b is None:
                            continue
                        found.append(one_word_each("name", sentences, (a, span_a), (b, span_b)))
    return found


def _after_the(
    sentences: Sequence[Sentence], first: str, by_middle: dict[str, dict[int, int]], last: str
) -> bool:
    """Does a source name ``first`` … ``last`` right after "the", as a place is named ("to
    *the* Orrin Memorial Bridge") and a person never is ("the driver, Greta Ann Hill", "the
    Rev. Greta Ann Hill")?"""
    for middle, by_group in by_middle.items():
        for sentence_id in by_group.values():
            text = sentences[sentence_id].text
            span = _full_name(text, first, middle, last)
            if span is not None and _THE_AT_END.search(text[: span[0]]):
                return True
    return False


#: "the" ending the text before a name: the name is a place's or a thing's.
_THE_AT_END = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)


def _word_at(text: str, key: str) -> tuple[int, int] | None:
    """Where the name word ``key`` (as :func:`.names.name_key` folds it) stands, not first."""
    for match in NAME_WORD.finditer(text):
        if match.start() and name_key(match.group()) == key:
            return match.span()
    return None


#: Where a source tells of a person: its sentence, the words that tell it, and their span.
_Told = tuple[int, str, tuple[int, int]]
_Value = TypeVar("_Value")


#: Cheap test (before any analysis) for a sentence that may name someone with a rank.
_MAY_RANK = re.compile(
    r"\b(?:Pvt|Private|Cpl|Corporal|Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Maj|Major|Col"
    r"|Colonel|Cmdr|Commander|Gen|General|Adm|Admiral)\b"
)


def ranked_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person given two ranks by two sources: "Lt. John Corina" in one, "Sgt. John
    Corina" in another. The full name is the same, the ranks cannot be one person's
    (:func:`.roles.same_rank`: "Lt. Col." and "Col." can), and neither source gives
    the name two ranks (one that does tells of a promotion, or slips itself). The first
    sentence of each source that ranks the name stands for it."""
    where: dict[tuple[str, str], dict[int, dict[tuple[str, ...], _Told]]]
    where = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_RANK):
        for found in ranked(sentence.text):
            words = sentence.text[found.span[0] : found.span[1]]
            ranks = where.setdefault(found.name, {}).setdefault(group, {})
            ranks.setdefault(found.rank, (sentence.id, words, found.span))
    result = []
    for by_group in where.values():
        # a source giving two ranks that cannot both hold is left out
        alone = {
            g: next(iter(r.items()))
            for g, r in by_group.items()
            if all(same_rank(x, y) for x in r for y in r)
        }
        result += _told_two_ways(alone, same_rank)
    return result


def titled_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person given two titles of a set by two sources (:mod:`..text.standing`):
    "study lead author Dr. Ana Ruiz" in one, "Ana Ruiz, the study's senior author" in
    another; "former partner Ellen Pao" / "the former associate, Ellen Pao". The full
    name is the same, and neither source gives the name two titles of the set (one that
    does tells of a promotion, or slips itself). The first sentence of each source that
    titles the name stands for it. A title the person has left ("former assistant
    professor") is set only beside others left, never beside one held now: the person
    may have been promoted since. A person one source gives two cabinet posts at once
    ("Prime Minister and Finance Minister Tomas Ardell") may be called by either."""
    where: dict[tuple[tuple[str, str], str, bool], dict[int, dict[str, _Told]]]
    where = {}
    for sentence, group in each_source_text(sentences, group_of, MAY_TITLE):
        for found in titles(sentence.text):
            words = sentence.text[found.span[0] : found.span[1]]
            key = (found.name, found.kind, found.past)
            held = where.setdefault(key, {}).setdefault(group, {})
            held.setdefault(found.value, (sentence.id, words, found.span))
    result = []
    for by_group in where.values():
        if any(JOINT in held for held in by_group.values()):
            continue  # one source gives the person two posts at once: either is right
        alone = {g: next(iter(held.items())) for g, held in by_group.items() if len(held) == 1}
        result += _told_two_ways(alone, operator.eq)
    return result


def _told_two_ways(
    alone: dict[int, tuple[_Value, _Told]], same: Callable[[_Value, _Value], bool]
) -> list[tuple[int, int, Finding]]:
    """Each two sources (groups, by id) that give one person two values (a rank, a title)
    that are not ``same``: a role conflict between their sentences, the earlier first. The
    person is named alike on both sides: what differs is a post, never a name, so it is no
    "name" conflict, which the report words as names differing."""
    found = []
    groups = sorted(alone)
    for i, ga in enumerate(groups):
        for gb in groups[i + 1 :]:
            (value_a, (a, words_a, span_a)), (value_b, (b, words_b, span_b)) = alone[ga], alone[gb]
            if same(value_a, value_b):
                continue
            if a > b:
                a, b, words_a, words_b, span_a, span_b = b, a, words_b, words_a, span_b, span_a
            found.append((a, b, Finding("role", words_a, words_b, (span_a,), (span_b,))))
    return found


#: Cheap test (before any analysis) for a sentence that may give someone's age.
_MAY_AGE = re.compile(r"\b\d{1,3}-year-old\b|,\s\d{1,3},")


def aged_two_ways(
    sentences: Sequence[Sentence], group_of: Sequence[int], spec: Callable[[int], Specifics]
) -> list[tuple[int, int, Finding]]:
    """One person given two ages by two sources, wherever in the story: "Tom Hale, 34,
    was arrested" in one, "the 36-year-old Tom Hale" in another. The age stands beside
    the person's full name (two words or more: never a surname alone, which a family
    shares) and one age each source gives that name (a source giving two tells of two
    times). The first sentence of each source that ages the name stands for it."""
    where: dict[frozenset[str], dict[int, dict[str, tuple[int, Value]]]] = {}
    for sentence, group in each_source_text(sentences, group_of, _MAY_AGE):
        analysed = spec(sentence.id)
        if any(t.startswith(YEAR_TAG) for t in analysed.when):
            continue  # "Hale, who was 34 in 2010": an age of another year
        for v in analysed.values:
            if v.unit != "age":
                continue
            who = frozenset(aged_names(analysed, v))
            if len(who) >= 2:
                ages = where.setdefault(who, {}).setdefault(group, {})
                ages.setdefault(v.tag, (sentence.id, v))
    found = []
    for by_group in where.values():
        alone = {g: next(iter(ages.values())) for g, ages in by_group.items() if len(ages) == 1}
        for (a, v), (b, w) in each_two_sources(alone):
            if v.tag == w.tag or compatible(v, w):
                continue
            found.append((a, b, between("number", spec(a), v, spec(b), w)))
    return found
