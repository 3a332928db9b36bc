"""Names in roles: "Police spokesman John Reed", "Holloway, the town's mayor,".

Two outlets that give the same role to different people disagree about a
name; the same surname on both sides is the same person, unless both give given names
that are no one person's ("spokesman John Reed" / "spokesman Peter Reed":
:func:`.people.one_given_name`). Only roles that
usually name one person in a story are listed: a witness or a resident is
one of many, so two of them are no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import ARTICLES
from .lexicon import SHORT_TITLES as LEXICON_SHORT_TITLES
from .names import HONORIFICS, NAME_WORD, is_name_word, name_key, name_runs, possessives
from .segment import stem

if TYPE_CHECKING:
    from .specifics import Token

ROLES = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "mayor", "chief", "minister", "governor",
    "president", "director", "commissioner", "engineer", "captain", "coach", "manager", "judge",
    "prosecutor", "sheriff", "inspector", "superintendent", "secretary", "chairman",
    "chairwoman", "chair", "executive", "ceo", "officer", "leader", "senator", "councillor",
    "councilman", "councilwoman", "ambassador", "general", "colonel", "sergeant", "detective",
    "constable", "commander", "professor", "doctor", "surgeon", "geologist", "scientist",
    "economist", "lawyer", "attorney", "pilot", "midfielder", "striker", "goalkeeper",
    "defender", "chancellor", "premier", "headteacher", "principal", "bishop", "priest",
    "founder", "owner", "curator", "historian", "architect", "editor", "referee", "treasurer",
    "coroner", "pathologist", "investigator", "analyst", "researcher"
))  # fmt: skip


#: A person's tie to another person, told beside the name as a role is ("her boyfriend,
#: Nicholas Mattevi", "Simpson, her uncle by marriage"): read only where two sentences are
#: asked whether they give one person one role (:func:`.specifics.roles_told`), never
#: where two people given one role are a disagreement (a sister or a son is one of many).
RELATIONS = frozenset((
    "boyfriend", "girlfriend", "husband", "wife", "fiance", "fiancee", "fiancé", "fiancée",
    "widow", "widower", "brother", "sister", "half-brother", "half-sister", "stepbrother",
    "stepsister", "son", "daughter", "stepson", "stepdaughter", "mother", "father",
    "stepmother", "stepfather", "uncle", "aunt", "nephew", "niece", "cousin", "grandson",
    "granddaughter", "grandmother", "grandfather", "ex-husband", "ex-wife", "ex-boyfriend",
    "ex-girlfriend",
))  # fmt: skip

#: The roles and the ties together: what a sentence may give one person, read by
#: :func:`.specifics.roles_told` and :func:`names_role`.
ROLES_AND_TIES = ROLES | RELATIONS

#: An age told between a role and the name ("her boyfriend, 32-year-old Nicholas Mattevi":
#: the tokens "32" and "year-old").
_AGE = ("year-old", "years-old")


_ROLE_WORDS = "|".join(sorted((re.escape(w) for w in ROLES_AND_TIES), key=len, reverse=True))

#: Words that tie a role to something else than the subject: "were supporters of President
#: Mohammad Khatami" says nobody is the president.
_LINKS = r"(?:of|for|to|in|on|at|by|with|from|against|under|and|or)"

#: The words that may stand between a naming word and the role or the holder it names: an
#: article, a possessive ("her", "the mayor's") or an age ("29-year-old").
_BEFORE_ROLE = r"(?:(?:the|a|an|her|his|their|its|our|[\w-]+['’]s|\d+-years?-old)\s+)"

#: The naming words: "named", "identified" and their other forms.
_NAMING = r"\b(?:[Nn]ame[sd]?|[Ii]dentif(?:y|ies|ied))\b"

#: A sentence whose claim is who holds a role, each alternative capturing the role it names
#: the holder of: it names the holder ("the name of her boyfriend", not "a fund in the name
#: of her daughter"; "named her boyfriend - Tomas Verhallen", "named her husband as Piet
#: Rolle", not "identified her boyfriend, Tomas Verhallen, as the driver", which names
#: another thing of him), names someone as the role ("identified as her cousin", "identified
#: as Anton Brask, her cousin"; not "a man named Anton Brask", "identified the body", "named
#: in the will as the sole heir") or says someone is the role ("Reed was the town's mayor").
_NAMES_ROLE = re.compile(
    rf"(?<!\b[Ii]n the )\b[Nn]ames?\s+of\s+{_BEFORE_ROLE}{{0,2}}(?P<of>{_ROLE_WORDS})\b"
    rf"|{_NAMING}\s+{_BEFORE_ROLE}{{0,2}}(?P<named>{_ROLE_WORDS})(?:\s*[,:–—-]|\s+as)?\s*"
    rf"{_BEFORE_ROLE}?(?>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?!\s*,?\s+as\b)"
    rf"|{_NAMING}[^.;:?!]{{0,80}}?\bas\s+{_BEFORE_ROLE}{{0,2}}(?:(?P<as>{_ROLE_WORDS})\b"
    rf"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+{_BEFORE_ROLE}{{0,2}}(?P<beside>{_ROLE_WORDS})\b)"
    rf"|\b(?:is|was|are|were)\s+(?:(?!{_LINKS}\b)[\w'’-]+\s+){{0,4}}?(?P<is>{_ROLE_WORDS})\b"
    r"(?!\s+[A-Z])",
)


def names_role(text: str) -> frozenset[str]:
    """The stems of the roles a sentence tells the holder of, by naming the holder or by
    saying someone is it ("Police gave the name of her boyfriend": "boyfriend"; "Dorn was
    the council's treasurer": "treasur"), none when it tells what the holder did ("Her
    boyfriend Tomas Verhallen was arrested"), names a role as a title before a name ("were
    supporters of President Khatami") or names another thing ("identified her boyfriend,
    Tomas Verhallen, as the driver"; "Piet Rolle, the founder's son, was named chief
    executive" names the holder of "chief", not of "son")."""
    return frozenset(
        stem(found.lower())
        for match in _NAMES_ROLE.finditer(text)
        for found in match.groups()
        if found
    )


@dataclass(frozen=True)
class RoleName:
    """A person named in a role: "Police spokesman John Reed"."""

    role: str
    modifier: str | None
    name: tuple[str, ...]
    first: int
    last: int  # token indices of the name, inclusive


def name_part(token: Token) -> str:
    """A name word without its possessive: "Clinton's" is Clinton (:func:`.names.name_key`)."""
    return name_key(token.text)


def capitalised(token: Token) -> bool:
    """Is the token a name word (:func:`.names.is_name_word`), a role's title aside?"""
    return is_name_word(token.text, ROLES)


def _name_after(tokens: Sequence[Token], i: int) -> int:
    """Index one past the capitalised name starting at ``i`` (at most three words)."""
    j = i
    while j < len(tokens) and j - i < 3 and capitalised(tokens[j]):
        if j > i and tokens[j].clause != tokens[i].clause:
            break
        j += 1
    return j


def find_roles(tokens: Sequence[Token], words: frozenset[str] = ROLES) -> tuple[RoleName, ...]:
    """People named with their role (one of ``words``), before or after the name; an
    age between a role and the name is passed over."""
    found: list[RoleName] = []
    for i, token in enumerate(tokens):
        if token.low not in words or (i + 1 < len(tokens) and tokens[i + 1].low in words):
            continue
        modifier = None
        if i > 0 and tokens[i - 1].clause == token.clause and tokens[i - 1].stem:
            modifier = tokens[i - 1].stem
        start = i + 1
        while start < len(tokens) and tokens[start].low in HONORIFICS:
            start += 1
        if (
            start + 1 < len(tokens)
            and tokens[start].low.isdigit()
            and tokens[start + 1].low in _AGE
        ):
            start += 2
        end = _name_after(tokens, start)
        if end > start and tokens[start].clause - token.clause <= 1:
            # "spokesman John Reed" or "the coach, Peter Vance,"
            name = tuple(name_part(t) for t in tokens[start:end])
            found.append(RoleName(stem(token.low), modifier, name, start, end - 1))
            continue
        # "Holloway, the town's mayor, said": a name set off before "the/a ... role,"
        if i + 1 < len(tokens) and tokens[i + 1].clause == token.clause:
            continue
        k = i - 1
        while k >= 0 and tokens[k].clause == token.clause and i - k <= 3:
            k -= 1
        if k >= 0 and tokens[k].clause == token.clause - 1 and capitalised(tokens[k]):
            start = k
            while start > 0 and k - start < 2 and capitalised(tokens[start - 1]):
                start -= 1
            name = tuple(name_part(t) for t in tokens[start : k + 1])
            found.append(RoleName(stem(token.low), modifier, name, start, k))
    return tuple(found)


#: Police and military ranks, each spelling to one key: a person holds one at a time,
#: so two outlets giving one named person two ranks disagree ("Lt. John Corina" /
#: "Sgt. John Corina"). Words that also name a job or a post ("officer", "deputy",
#: "chief", "detective") are not ranks.
RANKS = {
    "pvt": "private", "private": "private", "cpl": "corporal", "corporal": "corporal",
    "sgt": "sergeant", "sergeant": "sergeant", "lt": "lieutenant", "lieutenant": "lieutenant",
    "capt": "captain", "captain": "captain", "maj": "major", "major": "major",
    "col": "colonel", "colonel": "colonel", "cmdr": "commander", "commander": "commander",
    "gen": "general", "general": "general", "adm": "admiral", "admiral": "admiral",
}  # fmt: skip
_RANK = "|".join(sorted(RANKS, key=len, reverse=True))
_RANKED = re.compile(
    rf"\b((?:(?:{_RANK})\.?\s+){{1,2}})([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)", re.IGNORECASE
)
#: Words after a rank word that make it part of a name or a title, not a person's rank:
#: "General Motors", "General Assembly", "General Secretary", "Major League".
_NOT_NAMES = frozenset((
    "motors", "electric", "assembly", "secretary", "mills", "dynamics", "hospital",
    "counsel", "accounting", "league", "services", "staff", "election", "public", "court",
    "equity", "partners", "store", "stores", "insurance", "foods", "corp", "inc",
))  # fmt: skip
#: Words before a rank that make it part of a post's title: "Attorney *General*", "Surgeon
#: General", "Secretary General", "Major General" is a rank of its own.
_POSTS = frozenset(("attorney", "solicitor", "surgeon", "secretary", "inspector", "postmaster"))


@dataclass(frozen=True)
class Ranked:
    """A person named with a rank: "Lt. Col. Anna Reyes" is ``("lieutenant", "colonel")``."""

    rank: tuple[str, ...]
    name: tuple[str, str]
    #: where the rank and the name stand in the sentence
    span: tuple[int, int]


def ranked(text: str) -> tuple[Ranked, ...]:
    """Each person a sentence names with a police or military rank and two name words."""
    found = []
    for match in _RANKED.finditer(text):
        words = match.group(1).replace(".", " ").split()
        if not words[0][:1].isupper():
            continue  # "a major John Smith ...": no title
        # the word before, read from the few characters before (not the whole text again)
        before = text[max(0, match.start() - 40) : match.start()].split()[-1:]
        if before and before[0].lower().strip(".,") in _POSTS:
            continue
        if text[match.start() - 1 : match.start()] == "-":
            continue  # "Secretary-General Kofi Annan": a post
        if {match.group(2).lower(), match.group(3).lower()} & (_NOT_NAMES | ROLES):
            continue
        rank = tuple(RANKS[w.lower()] for w in words)
        first, last = name_key(match.group(2)), name_key(match.group(3))
        if (
            first in RANKS
            or not is_name_word(match.group(2), ())
            or not is_name_word(match.group(3), ())
        ):
            continue
        found.append(Ranked(rank, (first, last), (match.start(), match.end())))
    return tuple(found)


#: Titles and ranks in short, written with a stop that ends a run of names ("Police *Sgt.*
#: John Sheahan", "New York *Gov.* George Pataki"): a title before a name, never a surname.
#: The one list of them is :data:`.lexicon.SHORT_TITLES`, which sentence splitting reads too.
SHORT_TITLES = LEXICON_SHORT_TITLES | frozenset(
    short for short, rank in RANKS.items() if short != rank
)
#: Titles held before a name that are neither a post of :data:`ROLES`, nor a rank
#: (:data:`RANKS`) nor an honorific (:data:`.names.HONORIFICS`): a monarch's, a cleric's, a
#: lawmaker's, and short forms written without their stop ("Gov Ana Ruiz", "Sen Tom Hale").
TITLES = frozenset((
    "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh",
    "duke", "duchess", "pope", "cardinal", "archbishop", "patriarch", "ayatollah", "rabbi",
    "imam", "pastor", "justice", "magistrate", "marshal", "deputy", "speaker", "envoy",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "alderman", "councilor",
    "representative",
)) | SHORT_TITLES  # fmt: skip


@lru_cache(maxsize=1 << 14)
def titled(key: str) -> bool:
    """Is a name word (as :func:`.names.name_key` folds it) a title held before a name, never
    a name of its own there: a post (:data:`ROLES`: "President", "Commissioner"), a rank
    (:data:`RANKS`: "Gen"), an honorific ("Mr") or another title (:data:`TITLES`: "King",
    "Pope", "Sen")? A hyphened title is read by its last part ("Secretary-General")."""
    last = key.rsplit("-", 1)[-1]
    return last in ROLES or last in RANKS or last in HONORIFICS or last in TITLES


#: Words written capitalised before a title in the name of a post, never a given name
#: there: a post's rank or standing ("*Vice* President", "*Deputy* Mayor", "*Acting*
#: Director"), its portfolio or its seat ("*Prime* Minister", "*Foreign* Minister", "*Police*
#: Chief", "*Supreme* Leader"). A run of them and of titles (:func:`titled`) ending on a title
#: is a post's name ("Deputy Foreign Minister", "Chief Justice").
POST_WORDS = frozenset((
    "prime", "vice", "deputy", "assistant", "associate", "acting", "interim", "caretaker",
    "former", "shadow", "junior", "senior", "ex", "co", "under", "first", "grand", "high",
    "supreme", "crown", "foreign", "finance", "interior", "defence", "defense",
    "justice", "trade", "economy", "health", "education", "agriculture", "labour", "labor",
    "energy", "home", "state", "police", "fire", "district", "county", "city", "federal",
    "national", "regional", "provincial", "royal", "opposition", "executive", "managing",
    "head", "team", "club", "party", "army", "navy", "military", "security", "press",
))  # fmt: skip
#: An initial right after a run of names: "President *B.* J. Habibie".
_INITIAL_NEXT = re.compile(r"\s+[A-Z]\.")


def _post(run: tuple[str, ...], owned: frozenset[str], text: str) -> bool:
    """Does a run of names ending on a title (:func:`titled`) name a post, not a person?
    It does when it reads as one: made only of titles and the words of a post
    (:data:`POST_WORDS`: "Prime Minister", "Deputy Foreign Minister", "Chief Justice"),
    after an article or a possessive ("the Egyptian President", "Egypt's President"), or
    with a possessive inside it. Otherwise its last word is a person's surname that is also
    a title's word, and the words before it the person's given names ("Larry King", "John
    Major", "Jonathyn Priest"). A short title ("Police *Sgt.* John Sheahan", "New York
    *Gov.* George Pataki") or one before an initial ("President *B.* J. Habibie") is before
    a name, not a surname. Over every readable folder the runs read as people now are
    "Adel Imam", "Rodney King", "Don King", "Peter King", "Josh King", "Jonathyn Priest",
    and a few names of things ("Palm Pilot", "Fresh Prince"); no matched pair changed."""
    if run[-1] in SHORT_TITLES or all(titled(word) or word in POST_WORDS for word in run[:-1]):
        return True
    if any(word in owned for word in run[:-1]):
        return True  # "Egypt's President"
    words = [(m.group(), m.end()) for m in NAME_WORD.finditer(text)]
    for i in range(len(words) - len(run) + 1):
        if tuple(name_key(w) for w, _ in words[i : i + len(run)]) != run:
            continue
        # the word before the run, capitalised stop words aside ("the New York Governor")
        for word, _ in reversed(words[:i]):
            if word.lower() in ARTICLES or word.endswith(("'s", "’s")):
                return True
            if not word[:1].isupper() or is_name_word(word):
                break
        if _INITIAL_NEXT.match(text, words[i + len(run) - 1][1]):
            return True  # "Indonesian President B. J. Habibie": before a name given by initials
    return False


@lru_cache(maxsize=1 << 14)
def people_in(text: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each run of names of a text (:func:`.names.name_runs`) as the titles before a person's
    name and the name: "Commissioner Ada Holm" is ``(("commissioner",), ("ada", "holm"))``,
    "Egyptian President Hosni Mubarak" ``(("egyptian", "president"), ("hosni", "mubarak"))``,
    "President Lula" ``(("president",), ("lula",))``. The name is what follows the last
    title word (:func:`titled`) with a name after it; a run that ends on a title and reads
    as a post (:func:`_post`: "Prime Minister", "Police Sgt", "the Egyptian President")
    names no person, and is all titles: ``(run, ())``; one that does not ("Larry King",
    "John Major") is a person whose surname is a title's word: ``((), run)``.
    A title written with a possessive is not before a name but a part of one ("Cook County
    *Sheriff's* Office"). A title names no one: two commissioners are two people, whatever
    the title they share. Cached: alignment and the disagreement stage both read every
    sentence's people."""
    found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    runs = name_runs(text)
    owned = possessives(text) if runs else frozenset()
    for run in runs:
        if titled(run[-1]) and run[-1] not in owned and _post(run, owned, text):
            found.append((run, ()))
            continue
        at = max(
            (i + 1 for i, word in enumerate(run[:-1]) if titled(word) and word not in owned),
            default=0,
        )
        found.append((run[:at], run[at:]))
    return tuple(found)


def persons(text: str) -> list[tuple[str, ...]]:
    """The names of the people a text names, each without the titles before it
    (:func:`people_in`): "Gov Ana Ruiz met President Lula" names ``("ana", "ruiz")`` and
    ``("lula",)``."""
    return [person for _, person in people_in(text) if person]


def same_rank(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """May two ranks be one person's: the same, or one a part of the other ("Lt. Col." /
    "Col.", a shortened title)?"""
    short, long_ = sorted((x, y), key=len)
    return long_[: len(short)] == short or long_[-len(short) :] == short
