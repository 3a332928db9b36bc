"""Titles a person holds one of at a time: "the *lead* author", "an *assistant* professor".

Some titles come in sets of which one person holds one at a time: a study's lead
(first) author is not its senior (last) author, an assistant professor is not an
associate professor, a firm's partner is not one of its associates, a Democrat is
not a Republican, a prime minister is not the finance minister (unless said to hold
both). Two outlets giving one named person two titles of one set disagree ("study lead
author Dr. Ana Ruiz" / "Dr. Ana Ruiz, the study's senior author"). A bare "professor"
or "author" tells neither way, and a word that only looks like a title ("associate
editor", "business partner", "his partner") is no title of these sets.

The person is named by two name words (a middle initial aside) right beside the
title: after it ("former partner *Ellen Pao*", "Republican Sen. *John Hale*"), before
it and a comma ("*Ana Ruiz*, the study's senior author", "*John Hale*, R-Ohio,"), or
after the title and a comma ("the former associate, *Ellen Pao*").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .hints import Hinted
from .lexicon import COMING_POSTS, LESSER_POSTS, LOST_POSTS, SIDE_POSTS, STAND_IN_POSTS
from .names import is_name_word, name_key

#: Each set's titles and the one value each stands for in its set.
_VALUES = {
    "lead": ("author", "lead"), "first": ("author", "lead"),
    "senior": ("author", "senior"), "last": ("author", "senior"),
    "assistant": ("professor", "assistant"), "associate": ("professor", "associate"),
    "democrat": ("party", "democrat"), "democratic": ("party", "democrat"), "d": ("party", "democrat"),
    "republican": ("party", "republican"), "r": ("party", "republican"),
}  # fmt: skip

#: "the first author *to* win the prize" is no study's author.
_AUTHOR = r"(?i:(?:study\s+)?(?P<author>lead|first|senior|last)\s+(?:study\s+)?author)(?!\s+to\b)"
_PROFESSOR = r"(?i:(?P<professor>assistant|associate)\s+(?:clinical\s+|research\s+)?professor)"
#: A firm's rank, never followed by the noun it would qualify ("associate editor",
#: "partner organisations"): the title ends at punctuation, a name or a small word.
_FIRM = (
    r"(?i:(?:former|junior|senior|managing|general|founding)\s+)?(?i:(?P<firm>partner|associate))"
    r"(?=\s*[,.;:)]|\s+[A-Z]|\s+(?:who|at|in|with|of|and|from|for)\b)"
)
_PARTY = r"(?P<party>Democrat|Democratic|Republican)"
#: A cabinet post: "Prime Minister", "finance minister" (one post at a time; "deputy prime
#: minister" is another post, never read as the premier's, :data:`_NOT_POST`); "prime
#: minister-designate" or "-elect" holds none yet.
_MINISTER = (
    r"(?i:(?P<minister>prime|finance|foreign|defen[cs]e|interior|justice"
    r"|trade|economy|economic|health|education|agriculture|labou?r)\s+minister)"
    r"(?!\s+(?:of|for)\b|-)"
)
#: Words before a cabinet post that make it another post, one held beside the person's
#: own, or one not held now: a deputy or vice prime minister, an acting or caretaker
#: prime minister (who keeps the ministry held), a shadow or junior minister; an
#: incoming or outgoing one (who holds another post before or after); a late, ousted or
#: sacked one (whose son or successor may bear the name and another post).
#: A "former" or "ex-" post is read apart (:data:`_FORMER`): the person held it.
_NOT_POST = LESSER_POSTS | STAND_IN_POSTS | SIDE_POSTS | COMING_POSTS | LOST_POSTS
#: Two posts held at once: "Prime Minister *and* Finance Minister Tomas Ardell".
_JOINT_BEFORE = re.compile(r"minister\s*(?:and|&)\s*$", re.IGNORECASE)
_JOINT_AFTER = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?[\w-]+\s+minister\b", re.IGNORECASE)
#: A name word right after a post given after a comma: the post is that other person's
#: ("Tomas Ardell, Prime Minister *Ivo* Brann's spokesman").
_NAME_NEXT = re.compile(r"\s+[A-Z][\w'’-]")
#: "the lead author*'s* adviser" is someone else, not the lead author.
_TITLE = rf"(?:{_AUTHOR}|{_PROFESSOR}|{_FIRM}|{_MINISTER})(?!['’]s\b)"
#: Words before a firm's title that make it another kind of partner or associate.
_NOT_FIRM = frozenset((
    "business", "domestic", "life", "romantic", "trading", "coalition", "dance", "tennis",
    "sparring", "research", "strategic", "his", "her", "their", "its", "my", "your", "our",
    "close", "longtime", "long-time", "political", "criminal", "known",
))  # fmt: skip
_HONOUR = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Senator|Representative|Governor)\.?\s+)?"
_NAME = r"(?P<first>[A-Z][\w'’-]+)\s+(?:[A-Z]\.\s+)?(?P<last>[A-Z][\w'’-]+)"
#: The office a party's member is named with: "Republican *Sen.* John Hale".
_OFFICE = re.compile(r"\b(?:Sen|Rep|Gov|Senator|Representative|Governor)\b")
#: Words before a title that make it one the person has left ("former partner",
#: "then-assistant professor"), or a party the person has left.
_FORMER = re.compile(r"\b(?:former|ex|onetime|one-time|erstwhile|then)[\s-]+$", re.IGNORECASE)
#: "former partner Ellen Pao", "Republican Sen. John Hale"
_BEFORE = re.compile(rf"\b(?P<title>{_TITLE}|{_PARTY})\s+{_HONOUR}{_NAME}")
#: "Ana Ruiz, the study's senior author", "Ana Ruiz, an associate professor of surgery"
_AFTER = re.compile(
    rf"{_NAME},\s+(?:(?:the|a|an)\s+)?(?:[\w-]+['’]s\s+)?(?P<title>{_TITLE})"
    r"|" + rf"{_NAME.replace('first', 'first2').replace('last', 'last2')}"
    rf"\s*[,(]\s*(?P<title2>(?P<tag>[DR])-[A-Z][a-z]+\.?)[,)]"
)
#: "the former associate, Ellen Pao"
_APPOSED = re.compile(rf"\b(?:the|a|an|[A-Z][\w-]+['’]s)\s+(?P<title>{_TITLE}),\s+{_HONOUR}{_NAME}")
#: Cheap test (before reading a sentence) for a sentence that may title someone so.
MAY_TITLE = Hinted(
    re.compile(
        r"author|professor|partner|associate|Democrat|Republican|minister|\b[DR]-[A-Z]",
        re.IGNORECASE,
    ),
    (
        "author",
        "professor",
        "partner",
        "associate",
        "democrat",
        "republican",
        "minister",
        "d-",
        "r-",
    ),
)


#: The value of a cabinet post held with another at once ("Prime Minister and Finance
#: Minister Tomas Ardell"): the person may be called by either post, in any source.
JOINT = "joint"


@dataclass(frozen=True)
class Title:
    """A person named with a title of a set: "study lead author Dr. Ana Ruiz"."""

    #: the set ("author", "professor", "firm", "party") and the title's value in it
    kind: str
    value: str
    #: the person's first and last name words, folded (:func:`.names.name_key`)
    name: tuple[str, str]
    #: where the title's words stand in the sentence
    span: tuple[int, int]
    #: a title the person has left ("former partner", "then-assistant professor"): a
    #: person promoted since holds another title of the set now, without contradiction
    past: bool = False


def _value(match: re.Match[str]) -> tuple[str, str] | None:
    """The set a matched title belongs to, and its value in it."""
    groups = match.groupdict()
    if groups.get("tag"):
        return _VALUES[groups["tag"].lower()]
    if groups.get("minister"):
        post = groups["minister"].lower()
        return (
            "minister",
            {"defense": "defence", "labor": "labour", "economic": "economy"}.get(post, post),
        )
    if groups.get("firm"):
        return ("firm", "partner") if groups["firm"].lower() == "partner" else ("firm", "associate")
    for kind in ("author", "professor", "party"):
        if groups.get(kind):
            return _VALUES[groups[kind].lower()]
    return None


def _word_group(match: re.Match[str]) -> str:
    """The group holding the title's own word ("partner" of "former partner")."""
    groups = match.groupdict()
    for group in ("tag", "firm", "author", "professor", "party", "minister"):
        if groups.get(group):
            return "title2" if group == "tag" else group
    return "title"


def _firm_ok(text: str, match: re.Match[str], group: str) -> bool:
    """Is a firm's title no other kind of partner ("business partner", "his partner")?"""
    if not match.groupdict().get("firm"):
        return True
    before = text[max(0, match.start(group) - 30) : match.start(group)].split()[-1:]
    return not (before and before[0].lower().strip(",.") in _NOT_FIRM)


def titles(text: str) -> tuple[Title, ...]:
    """Each person the sentence names with a title of a set (:data:`_VALUES`)."""
    found = []
    for pattern in (_BEFORE, _AFTER, _APPOSED):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            first = groups.get("first") or groups["first2"]
            last = groups.get("last") or groups["last2"]
            if not (is_name_word(first) and is_name_word(last)):
                continue
            title_group = "title" if groups.get("title") else "title2"
            value = _value(match)
            if value is None or not _firm_ok(text, match, title_group):
                continue
            if pattern is _BEFORE and value[0] == "party" and not _OFFICE.search(match.group()):
                continue  # "Republican National Committee": a party's body, not a member
            if value[0] == "minister":
                start, end = match.start(_word_group(match)), match.end(title_group)
                before = text[max(0, start - 30) : start].split()[-1:]
                if before and before[0].lower() in _NOT_POST:
                    continue  # "Deputy Prime Minister", "acting prime minister": another post
                if pattern is _AFTER and _NAME_NEXT.match(text, match.end(title_group)):
                    continue  # "Ana Ruiz, Prime Minister Ivo Brann's aide": his post
                if _JOINT_BEFORE.search(text, 0, start) or _JOINT_AFTER.match(text, end):
                    value = ("minister", JOINT)  # two posts at once: tells neither way
            past = bool(_FORMER.search(text, 0, match.start(_word_group(match))))
            if value[0] == "party" and past:
                continue  # "former Republican Sen. John Hale": a party he has left
            found.append(
                Title(
                    value[0],
                    value[1],
                    (name_key(first), name_key(last)),
                    match.span(title_group),
                    past,
                )
            )
    return tuple(found)
