"""Judges of names: two names in one role ("the police spokesman"), and one person named
two ways before the same bracketed name."""

from __future__ import annotations

import re

from ..text.lexicon import FORMER_POSTS, LESSER_POSTS
from ..text.names import NAME_WORD, name_key, respelled
from ..text.people import one_given_name
from ..text.roles import RoleName, titled
from ..text.segment import stopwords
from ..text.specifics import Specifics
from .context import other_names
from .finding import Finding

# -- names and negation -------------------------------------------------------------------
#: Words before a role that make it another post than the role alone: a lesser one (an
#: "*assistant* coach" is not the coach, a "*deputy* mayor" not the mayor) or a past one (a
#: "*former* coach" is not the coach now). An "acting" or "interim" mayor holds the post
#: itself (:data:`..text.lexicon.STAND_IN_POSTS` are not among them).
_UNDER_ROLES = LESSER_POSTS | FORMER_POSTS


def _under(spec: Specifics, x: RoleName) -> bool:
    """Is the role named beside the name ``x`` a lesser or a past post (:data:`_UNDER_ROLES`):
    "*assistant* coach Tom Aske", "Tom Aske, the *former* coach"? The words are read as
    written, since some ("former") are stop words the stemmer leaves out."""
    low, high = max(0, x.first - 4), min(len(spec.tokens), x.last + 5)
    return any(
        spec.tokens[k].low in _UNDER_ROLES for k in range(low, high) if not x.first <= k <= x.last
    )


def names_in_roles(a: Specifics, b: Specifics) -> list[tuple[RoleName, RoleName]]:
    pairs = []
    for x in a.roles:
        for y in b.roles:
            if x.role != y.role or (x.modifier and y.modifier and x.modifier != y.modifier):
                continue
            if _under(a, x) != _under(b, y):
                continue  # "Coach Peter Vance" / "assistant coach Tom Aske": two posts
            if (set(x.name) & b.names or set(y.name) & a.names) and not _two_people(a, x, b, y):
                continue  # the same person, or named elsewhere in the other sentence
            if other_names(a, b, drop=(*x.name, *y.name)):
                continue
            pairs.append((x, y))
    return pairs


def _two_people(a: Specifics, x: RoleName, b: Specifics, y: RoleName) -> bool:
    """Are the two names in a role two people of one surname, by given names no two of
    which are one person's (:func:`..text.people.one_given_name`), neither sentence naming
    the other's: "spokesman John Reed" / "spokesman Peter Reed" name two spokesmen, where
    "Tom Reed" / "Thomas Reed" or "Reed" alone name one?"""
    if len(x.name) < 2 or len(y.name) < 2 or x.name[-1] != y.name[-1]:
        return False
    first_x, first_y = x.name[0], y.name[0]
    if min(len(first_x), len(first_y)) < 2 or first_x in b.names or first_y in a.names:
        return False
    return not one_given_name(first_x, first_y)


#: A name followed by another in brackets: "Fred Temple (Jacob Latimore)", a part and
#: its actor, a nickname and the full name. The bracketed name says who is meant.
ALIAS = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s*\(\s*((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)\s*\)"
)


def _aliases(spec: Specifics) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each bracketed name, with the name it follows and that name's place."""
    stop = stopwords()
    found = {}
    for match in ALIAS.finditer(spec.text):
        start, end = match.span(1)
        name = match.group(1)
        while " " in name and name.split()[0].lower() in stop:  # "Among Larry Reed (...)"
            skipped = name.split()[0]
            name = name[len(skipped) :].lstrip()
            start = end - len(name)
        found[" ".join(match.group(2).lower().split())] = (name, (start, end))
    return found


def named_two_ways(a: Specifics, b: Specifics) -> Finding | None:
    """One person, the same bracketed name on both sides, and two names before it:
    "his friend Fred Simple (Jacob Latimore)" / "his friend Fred Temple (Jacob Latimore)"."""
    if "(" not in a.text or "(" not in b.text:
        return None
    left, right = _aliases(a), _aliases(b)
    for key in sorted(left.keys() & right.keys()):
        (x, x_span), (y, y_span) = left[key], right[key]
        # one name written with and without its accents, or its apostrophe typeset two
        # ways ("José" / "Jose", "O'Neill" / "O’Neill"), is one spelling: no two names
        words_x, words_y = set(map(name_key, x.split())), set(map(name_key, y.split()))
        if len(words_x) < 2 or len(words_y) < 2 or words_x <= words_y or words_y <= words_x:
            continue  # "Larry" and "Reed", "Fred" and "Fred Temple": one name, in part or full
        return Finding("name", x, y, (x_span,), (y_span,))
    return None


# -- one name spelled two ways: a spelling to check, no disagreement ------------------------
#: Letters a surname written alone has at least to be read as another source's surname
#: misspelt: shorter words are too often other names one letter off ("Price" / "Prime").
ALONE_LETTERS = 6


def spelled_apart(a_words: str, b_words: str) -> bool:
    """Are the two names a finding gives one name spelt two ways, a spelling note rather
    than a disagreement: "Barak Obama" / "Barack Obama", "Dimitri Olivares" / "Dimitri
    Oliveras", "Amadou Sanogo" / "Sanago"? See :func:`respelled_words`."""
    return respelled_words(a_words, b_words) is not None


def respelled_words(a_words: str, b_words: str) -> frozenset[str] | None:
    """The two spellings of the one name word two names differ by (as :func:`..text.names.name_key`
    folds them), when they are one name spelt two ways: as many words, all the same but one
    pair one spelling apart (:func:`..text.names.respelled`), or one a single word one spelling
    off the other's last (a surname written alone). None for two different names of one
    person ("Fred Simple" / "Fred Temple", "Betty Jane" / "Betty Joan Perske"), which are a
    disagreement over who it is; for two words of a post ("Mayor" / "Major Dana Whitlock");
    and, as :func:`.story_names.alone_spelled_two_ways` has it, for a name word alone on either side
    shorter than :data:`ALONE_LETTERS` letters, with no other word to tie the two ("Price" /
    "Prime" in one role: as often two names)."""
    x = [name_key(w) for w in NAME_WORD.findall(a_words)]
    y = [name_key(w) for w in NAME_WORD.findall(b_words)]
    if not x or not y:
        return None
    alone = min(len(x), len(y)) == 1
    if len(x) != len(y):
        if not alone:
            return None
        x, y = x[-1:], y[-1:]  # a surname alone against the full name: its last word
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(apart) != 1 or not respelled(*apart[0]):
        return None
    if alone and min(map(len, apart[0])) < ALONE_LETTERS:
        return None  # no other name word ties two short ones: "Price" / "Prime"
    if any(map(titled, apart[0])):
        return None  # "Mayor" / "Major Dana Whitlock": two posts, not two spellings
    return frozenset(apart[0])


def spelling(finding: Finding) -> bool:
    """Is a finding one person's name spelled two ways (:func:`spelled_apart`), whichever
    judge or finder made it: a spelling for the reader to check, which disputes nothing?"""
    return finding.kind == "name" and spelled_apart(finding.a_words, finding.b_words)
