"""People of one surname: "Anton Ferrand" and "Tomas Ferrand" are two people.

Alignment reads the words of one run of names as one person ("Elon Musk": "Elon" and "Mr
Musk" agree), so two sentences naming two people of one family ("Hillary Clinton" / "Bill
Clinton", two brothers, a father and his son) would read as naming one. A sentence about
one of them never backs a sentence about the other, and the disagreement stage never sets
their figures, dates or denials against each other ("Anton Ferrand, 52" / "Tomas Ferrand,
48" are two ages of two people): :func:`two_people` tells them apart.

A given name is read only where the sentence gives it with the surname, in a run of two
name words (:func:`.names.name_runs`), titles, roles and ranks before them aside
("President Bill Clinton", "Capt. Amadou Sanogo"); a run of other words before the two
("Japanese Prime Minister Kiichi Miyazawa" reads "Japanese" as a name word) is not read,
nor is a surname or a given name of one letter (an initial: "J. Ferrand"). Two given names
are one person's (:func:`one_given_name`) when they are the same, one is the start of the
other ("Alex" / "Alexander", "Dan" / "Daniel"), one is a known short form of the other
(:data:`SHORT_FORMS`: "Bill" / "William", "Mike" / "Michael") or one is the other spelled
another way ("Mohamed" / "Mohammed", "Muhammad", "Ilsa" / "Isla"). A sentence that names the other's
given name anywhere ("Jane and Gary Wilson" / "Jane Wilson and her husband Gary") names both
people, and a surname ending a body's or a place's name (:data:`NOT_SURNAMES`: "Panamsat Corp."
/ "General Motors Corp.") is no person's.

Read over every readable story (the tuning ones, the text-only ones, every readable DUC
cluster, summit and the sample), the rule first set apart 10 matched pairs: two bodies of one
last word ("Finance Ministry" / "Planning Ministry", "Panamsat Corp." / "General Motors
Corp.", "Manila's Securities" / "Philippine Securities", "Logan Square" / "Palmer Square"),
one couple named by both ("Jane and Gary Wilson"), North and South Korea in sentences naming
both, and one person's given name mistyped or its letters swapped ("Hand" / "Hans Carlsson",
"Ilsa" / "Isla Hernandez"), none two people; as written here it sets apart none of them.

Short given names one letter apart are two names ("Tom" / "Tim": :func:`short_names_apart`)
unless the folder shows one as the other's slip (:func:`given_slips`: "Hand Carlsson" once,
"Hans Carlsson" in most reports), and two full names of one first word and another second
are two people ("Wang Wei" / "Wang Lei", a family name written first; "John Ferrand" /
"John Kessler"), places and events aside ("New York" / "New Jersey", "Winter Games" /
"Winter Olympics"), second words two letters apart too ("Fred Simple" / "Fred Temple",
one film part mistyped), and second words the folder writes in lower case ("Tessel Police"
/ "Tessel Fire", "the Velmora Bridge" / "the Velmora Viaduct": a place before a common
noun). Two romanisations or short forms of one short name ("Yuri" / "Yury", "Ali" / "Aly",
"Nick" / "Nik") stay one name. Over every readable story these set apart no matched pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from .lexicon import BODY_ENDS, SURNAME_ENDS
from .names import (
    HONORIFICS,
    doubled_apart,
    name_key,
    name_runs,
    names_in,
    opening_name,
    respelled,
    romanised_apart,
)
from .roles import RANKS, ROLES
from .roles import TITLES as HELD_TITLES

#: Words written capitalised before a name that are no given name: the titles held before
#: a name (:data:`.roles.TITLES`, the one list of them, beside the roles
#: :data:`.roles.ROLES`, the ranks :data:`.roles.RANKS` and the honorifics), and further
#: words of standing, address, family and trade.
TITLES = HELD_TITLES | frozenset((
    "father", "saint", "st", "vice", "prime", "crown", "agent", "trooper", "mayor-elect",
    "president-elect", "former", "late", "acting", "interim",
    # forms of address written before a surname ("Herr Ferrand", "Reverend Ferrand"), and
    # the words of office, family and trade a sentence opens with before a surname
    # ("Lawmaker Ferrand said", "Defendant Ferrand"): no given name
    "lawmaker", "delegate", "counsel", "dean", "mullah", "reverend", "abbot", "shah", "tsar",
    "czar", "hajji", "brother", "sister", "madame", "madam", "monsieur", "herr", "frau",
    "senor", "senora", "signor", "comrade", "mother", "son", "daughter", "husband", "wife",
    "widow", "uncle", "aunt", "cousin", "grandmother", "grandfather", "nurse", "physician",
    "firefighter", "ranger", "warden", "umpire", "producer", "author", "novelist", "poet",
    "artist", "actor", "actress", "singer", "rapper", "star", "chef", "skipper", "jockey",
    "driver", "veteran", "rookie", "champion", "challenger", "incumbent", "candidate",
    "nominee", "activist", "dissident", "journalist", "reporter", "columnist", "anchor",
    "correspondent", "photographer", "suspect", "defendant", "democrat", "republican",
    "auditor", "quarterback", "pitcher", "catcher", "batsman", "bowler",
    # a day told before a surname opening a sentence ("Yesterday Ferrand said")
    "yesterday", "today", "tonight", "tomorrow",
    # a storm's kind before its name: "Hurricane Mitch" / "Typhoon Mitch" are one storm
    "hurricane", "typhoon", "cyclone", "storm", "tropical",
))  # fmt: skip

#: Short forms of English given names and the full names each stands for, where the short
#: form is not the start of the full name (those need no entry: "Alex" / "Alexander").
SHORT_FORMS = {
    "bill": ("william",), "billy": ("william",), "will": ("william",), "liam": ("william",),
    "bob": ("robert",), "bobby": ("robert",), "rob": ("robert",), "robbie": ("robert",),
    "dick": ("richard",), "rick": ("richard", "frederick", "eric"), "rich": ("richard",),
    "jim": ("james",), "jimmy": ("james",), "jamie": ("james",), "tom": ("thomas",),
    "tommy": ("thomas",), "tony": ("anthony", "antonio"), "ted": ("edward", "theodore"),
    "ed": ("edward", "edwin", "edmund"), "eddie": ("edward",), "ned": ("edward",),
    "chuck": ("charles",), "charlie": ("charles",), "joe": ("joseph",), "joey": ("joseph",),
    "jack": ("john",), "johnny": ("john", "jonathan"), "jon": ("jonathan",),
    "dave": ("david",), "danny": ("daniel",), "steve": ("stephen", "steven"),
    "mike": ("michael",), "mick": ("michael",), "mickey": ("michael",), "matt": ("matthew",),
    "andy": ("andrew",), "drew": ("andrew",), "sandy": ("alexander", "alexandra"),
    "sasha": ("alexander", "alexandra"), "hank": ("henry",), "harry": ("henry", "harold"),
    "larry": ("lawrence", "laurence"), "jerry": ("gerald", "jeremy", "jerome"),
    "gerry": ("gerald", "gerard"), "greg": ("gregory",), "pete": ("peter",), "nick": ("nicholas", "nicolas"),
    "ben": ("benjamin",), "bibi": ("benjamin",), "sam": ("samuel", "samantha"),
    "kate": ("katherine", "catherine", "kathryn"), "katie": ("katherine", "catherine"),
    "cathy": ("catherine",), "kathy": ("katherine", "kathleen"), "liz": ("elizabeth",),
    "beth": ("elizabeth",), "betty": ("elizabeth",), "betsy": ("elizabeth",),
    "peggy": ("margaret",), "maggie": ("margaret",), "meg": ("margaret",),
    "sue": ("susan", "suzanne"), "susie": ("susan",), "jenny": ("jennifer",),
    "jen": ("jennifer",), "becky": ("rebecca",), "patty": ("patricia",), "trish": ("patricia",),
    "bernie": ("bernard",), "fred": ("frederick", "alfred"), "al": ("albert", "alan", "alfred"),
    "ray": ("raymond",), "ron": ("ronald",), "ronnie": ("ronald",), "don": ("donald",),
    "doug": ("douglas",), "ken": ("kenneth",), "kenny": ("kenneth",), "walt": ("walter",),
    "wally": ("walter",), "chris": ("christopher", "christine", "christina"),
    "abby": ("abigail",), "vicky": ("victoria",), "alec": ("alexander",),
}  # fmt: skip


def one_given_name(x: str, y: str) -> bool:
    """May two given names (as :func:`.names.name_key` folds them) be one person's? The
    same, one the start of the other ("Alex" / "Alexander"), a short form of the other
    (:data:`SHORT_FORMS`) or one spelled another way: a letter other, more or two swapped
    ("Ilsa" / "Isla", "Hand" / "Hans" for "Hans" mistyped), a letter doubled or a
    romanisation's ("Mohamed" / "Mohammed": :func:`.names.doubled_apart`,
    :func:`.names.romanised_apart`), or of one consonant skeleton (:func:`_skeleton`:
    "Mohammed" / "Muhammad", "Aleksandr" / "Alexander"); two short forms of one full name
    ("Peggy" / "Maggie"); a compound given name and one of its parts ("Jean-Paul" / "Paul").
    Longer given names one letter apart are read as one, siblings so named being rarer in
    the news than a typing slip; short ones so apart are two names
    (:func:`short_names_apart`: "Tom" / "Tim"), but for an h, a closing e or the two ways
    one name is romanised or shortened ("Jon" / "John", "Ann" / "Anne", "Yuri" / "Yury",
    "Nick" / "Nik"). Reading two people as one only gives back the reading before this
    module: the pair may back each other again."""
    if x.startswith(y) or y.startswith(x):
        return True
    if "-" in x or "-" in y:  # a compound given name and one of its parts: "Jean-Paul" / "Paul"
        return any(one_given_name(p, q) for p in x.split("-") if p for q in y.split("-") if q)
    full_x, full_y = _full_forms(x), _full_forms(y)
    if not full_x.isdisjoint(full_y):
        return True  # "Bill" / "William", and two short forms of one name: "Peggy" / "Maggie"
    if doubled_apart(x, y) or romanised_apart(x, y):
        return True
    if len(_skeleton(x)) >= 3 and _skeleton(x) == _skeleton(y):
        return True
    return _one_letter_apart(x, y) and not short_names_apart(x, y)


#: Letters a given name has at most to be short: two such names one letter apart are as
#: often two names ("Tom" / "Tim", "Dan" / "Don", "Jean" / "Joan") as one mistyped.
SHORT_GIVEN = 4


def short_names_apart(x: str, y: str) -> bool:
    """Are two short given names (:data:`SHORT_GIVEN` letters or fewer), one letter apart,
    two names, not one spelled two ways? They are when a letter is written for another
    ("Tom" / "Tim", "Dan" / "Don", "Ben" / "Ken", "John" / "Joan") or a letter other than an
    h or a closing e is added ("Dan" / "Dean", "Ian" / "Ivan", "Dan" / "Dana"); an h added
    ("Jon" / "John", "Sara" / "Sarah"), a closing e ("Ann" / "Anne") or two letters swapped
    is one name's spelling, and so are the two ways one name is romanised or shortened: a
    y for an i after the first letter ("Yuri" / "Yury", "Ali" / "Aly", "Kai" / "Kay", "Zaid"
    / "Zayd"), an opening o for a u in a name of four letters or more ("Omar" / "Umar",
    "Oday" / "Uday", as "Osman" / "Usman" are, longer; "Uri" / "Ori", "Una" / "Ona" are two
    names, as three letters one apart often are) and a c before a k ("Nick" / "Nik", "Rick" / "Rik"). A folder that writes them
    as one tells them apart no more (:func:`two_people` reads its spellings first)."""
    short, long_ = sorted((x, y), key=len)
    if len(long_) > SHORT_GIVEN:
        return False
    if len(short) == len(long_):
        at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(at) == 1 and not at[0] and {x[0], y[0]} == {"o", "u"} and len(x) > 3:
            return False  # "Omar" / "Umar", "Oday" / "Uday": one name romanised two ways
        return len(at) == 1 and not (at[0] > 0 and {x[at[0]], y[at[0]]} == {"i", "y"})
    added = next((i for i in range(len(long_)) if long_[:i] + long_[i + 1 :] == short), None)
    if added is None:
        return False
    letter, after = long_[added], long_[added + 1 : added + 2]
    if letter == "c" and after == "k":
        return False  # "Nick" / "Nik"
    return not (letter == "h" or (letter == "e" and added == len(long_) - 1))


def _full_forms(name: str) -> frozenset[str]:
    """A given name and the full names it is a short form of (:data:`SHORT_FORMS`)."""
    return frozenset((name, *SHORT_FORMS.get(name, ())))


#: Letters one romanisation or language writes for another's ("Aleksandr" / "Alexander",
#: "Stefan" / "Steven", "Kristof" / "Christoph").
_SOUNDS = (("ks", "x"), ("ph", "f"), ("ch", "k"), ("c", "k"), ("v", "f"), ("w", "f"))


def _skeleton(name: str) -> str:
    """A given name's first letter and its other consonants, letters written for one sound
    another way read one way and doubled letters once: "Mohammed", "Muhammad" and
    "Mohamad" are all "mhmd", "Yusuf" and "Youssef" "ysf", "Aleksandr" and "Alexander"
    "alxndr". Names of one skeleton are one name romanised or spelled two ways."""
    for written, read in _SOUNDS:
        name = name.replace(written, read)
    kept = name[:1] + "".join(c for c in name[1:] if c not in "aeiouy")
    return "".join(c for i, c in enumerate(kept) if not i or c != kept[i - 1])


def _one_letter_apart(x: str, y: str) -> bool:
    """Are two words one letter other, one letter more, or two neighbouring letters
    swapped apart?"""
    if len(x) == len(y):
        at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        return len(at) == 1 or (
            len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]
        )
    short, long_ = sorted((x, y), key=len)
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )


def _title(word: str) -> bool:
    """Is the word a title, or a compound of one ("ex-president", "governor-general")?"""
    return any(
        part in ROLES or part in RANKS or part in HONORIFICS or part in TITLES
        for part in word.split("-")
    )


#: Last words of a run of names read as no surname here: a body's or a place's, and those
#: that are surnames as often ("Wall Street" / "Main Street" are no two people either).
NOT_SURNAMES = BODY_ENDS | SURNAME_ENDS


@lru_cache(maxsize=1 << 14)
def given_names(text: str) -> dict[str, frozenset[str]]:
    """Each surname the sentence gives with a given name before it, and those given names
    ("Anton Ferrand" gives ``{"ferrand": {"anton"}}``): runs of two name words, titles
    before them aside (:data:`TITLES`). Cached: alignment asks of a sentence many times.
    Callers must not change the result."""
    found: dict[str, set[str]] = {}
    for run in name_runs(text):
        named = given_and_surname(run)
        if named is not None:
            found.setdefault(named[1], set()).add(named[0])
    return {surname: frozenset(given) for surname, given in found.items()}


def given_and_surname(run: Sequence[str]) -> tuple[str, str] | None:
    """The given name and surname of a run of name words (as :func:`.names.name_key` folds
    them), titles before them aside: ``("anton", "ferrand")`` for "Sen. Anton Ferrand".
    None for a run of more than two name words ("Kim Jong Nam", "Anna Marie Ferrand"), an
    initial, a title alone before the surname ("Sen. Ferrand", "President Clinton") or a
    body's name ("Panamsat Corp.")."""
    k = 0
    while k < len(run) - 2 and _title(run[k]):
        k += 1
    if len(run) - k != 2:
        return None  # "Kim Jong Nam", "Japanese Prime Minister Kiichi Miyazawa": not read
    given, surname = run[k], run[k + 1]
    if len(given) < 2 or len(surname) < 2 or _title(given) or surname in NOT_SURNAMES:
        return None  # an initial, "President Clinton", "Panamsat Corp.": no given name
    return given, surname


def two_people(
    a: str,
    b: str,
    aliases: dict[str, str] | None = None,
    common: frozenset[str] = frozenset(),
) -> bool:
    """Do two sentences each name a person of one surname, by given names no two of which
    may be one person's (:func:`one_given_name`)? "Anton Ferrand told the court …" and
    "Tomas Ferrand told the court …" are about two people, brothers perhaps; "Bill Reyes"
    and "William Reyes", or a sentence giving the surname alone ("Ferrand said"), are not.
    ``aliases``: the folder's name words read one way (:func:`.names.spelling_aliases`);
    ``common``: the words the folder writes in lower case (:func:`lower_words`), which end
    no name of a person (:func:`_first_word_shared`)."""
    left, right = given_names(a), given_names(b)
    if not left or not right:
        return False
    spelled = aliases or {}
    left = respelt_given(left, spelled) if spelled else left
    right = respelt_given(right, spelled) if spelled else right
    if _first_word_shared(a, b, left, right, spelled, common):
        return True
    for surname in left.keys() & right.keys():
        if any(one_given_name(x, y) for x in left[surname] for y in right[surname]):
            continue
        # a sentence naming the other's given name elsewhere names both ("Jane and Gary
        # Wilson" / "Jane Wilson and her husband Gary")
        named_a, named_b = _named(a, spelled), _named(b, spelled)
        if named_a.isdisjoint(right[surname]) and named_b.isdisjoint(left[surname]):
            return True
    return False


#: First words of the names of places, events and things written like a person's two
#: names ("*New* York" / "*New* Jersey", "*North* Korea" / "*North* Carolina", "*San*
#: Jose"): no given name nor family name.
PLACE_STARTS = frozenset((
    "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "great", "greater", "united", "san", "santa", "santo", "sao",
    "los", "las", "la", "le", "el", "al", "fort", "port", "mount", "lake", "cape", "saint",
    "st", "ste", "old", "little", "big", "grand", "royal", "red", "white", "black", "gulf",
    # events and things: "*Winter* Games" / "*Winter* Olympics", "*World* Cup" / "*World*
    # Series"
    "winter", "summer", "spring", "autumn", "world", "olympic", "olympics", "super",
    "international", "national", "global", "first", "second", "third",
))  # fmt: skip


def _first_word_shared(
    a: str,
    b: str,
    left: dict[str, frozenset[str]],
    right: dict[str, frozenset[str]],
    spelled: dict[str, str],
    common: frozenset[str] = frozenset(),
) -> bool:
    """Do two sentences each name a person in full, by two names sharing their first word
    and apart in the second: "Wang Wei" / "Wang Lei" (a family name written first, as in
    Chinese and Korean names: two people of one family name), "John Ferrand" / "John
    Kessler" (two people of one given name)? The second words must be no spelling of one
    name (:func:`one_given_name`, :func:`.names.respelled`: "Yeltsin" / "Yeltzin"), and
    neither sentence names the other's ("Wang Wei and Wang Lei" names both); names of places
    and things (:data:`PLACE_STARTS`: "New York" / "New Jersey") are no people's, nor are
    those whose second word the folder writes in lower case too (``common``): a place's or a
    firm's name before a common noun ("Tessel Police" / "Tessel Fire", "Carrowgate Bridge" /
    "Carrowgate Viaduct", "Holt Industries" / "Holt Manufacturing", "the Orrin Courier" /
    "the Orrin Ledger") names a thing, and two such often one thing or two sources of one
    claim."""
    second_left = {given: surname for surname, names in left.items() for given in names}
    second_right = {given: surname for surname, names in right.items() for given in names}
    for first in second_left.keys() & second_right.keys():
        x, y = second_left[first], second_right[first]
        if x == y or first in PLACE_STARTS or x in common or y in common:
            continue
        if one_given_name(x, y) or respelled(x, y):
            continue
        if _near_spelling(x, y):
            continue
        if y not in _named(a, spelled) and x not in _named(b, spelled):
            return True
    return False


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word the texts write in lower case ("police", "bridge", "workers"): a common
    noun, which may follow a place's name as a person's surname follows a given name
    ("Tessel Police"), but is no surname when written so elsewhere. The texts are read as
    one, a line apart: no word runs across a line's end, and a line's end is no word's
    part, so each text's first word is found as at its start."""
    return frozenset(_LOWER_WORD.findall("\n".join(texts)))


#: Articles at least that write a short given name before a surname for another short given
#: name one letter apart, written by one article alone, to be read as its slip.
SLIP_HEAD = 2


def given_slips(
    named: Iterable[tuple[int, str]], people: Callable[[str], Iterable[tuple[str, ...]]]
) -> dict[str, str]:
    """Short given names the folder shows as another's slip: written before a surname by one
    article alone, one letter apart from a given name (:func:`short_names_apart`) that
    SLIP_HEAD articles or more write before that surname, and that article never writing
    both ("Hand Carlsson" once, "Hans Carlsson" in most reports: one detective). Each slip
    is mapped to the name it stands for. Two people so named, one of them written once, are
    read as one, as all such names were before short names were told apart.

    ``named``: each sentence's article and text; ``people``: the names of the people a text
    names (:func:`.roles.persons`)."""
    where: dict[str, dict[str, set[int]]] = {}  # surname -> given name -> articles
    for article, text in named:
        for run in people(text):
            if len(run) == 2 and len(run[0]) <= SHORT_GIVEN:
                where.setdefault(run[1], {}).setdefault(run[0], set()).add(article)
    slips: dict[str, str] = {}
    for surname in sorted(where):
        written = where[surname]
        for given in sorted(written):
            articles = written[given]
            if len(articles) != 1:
                continue
            heads = [
                other
                for other, others in written.items()
                if len(others) >= SLIP_HEAD
                and articles.isdisjoint(others)
                and short_names_apart(given, other)
            ]
            if len(heads) == 1:
                slips[given] = heads[0]
    return slips


#: A person's surname told with the one she was born with: "Jane Orlo, née Tressel", "Jane
#: Orlo (nee Tressel)", "Jane Orlo, born Jane Tressel" (the given name said again).
_BORN_AS = re.compile(
    r"\b([A-Z][\w'’-]+) ([A-Z][\w'’-]+),? \(?(?:n[ée]e|born \1) ([A-Z][\w'’-]+)\b"
)


def birth_names(texts: Iterable[str]) -> dict[str, str]:
    """Each surname the texts give as a person's at birth, mapped to the one she bears
    ("Jane Orlo, née Tressel" gives ``{"tressel": "orlo"}``), each as
    :func:`.names.name_key` folds it: "Jane Tressel" in one report and "Jane Orlo" in
    another are one person, as :func:`two_people` reads them with these as aliases. A name
    given as two people's birth names, or born with one's own surname, is left out."""
    found: dict[str, set[str]] = {}
    for text in texts:
        if "née " not in text and "nee " not in text and "born " not in text:
            continue
        for match in _BORN_AS.finditer(text):
            borne, born = name_key(match.group(2)), name_key(match.group(3))
            if borne and born and borne != born:
                found.setdefault(born, set()).add(borne)
    return {born: next(iter(borne)) for born, borne in sorted(found.items()) if len(borne) == 1}


def _near_spelling(x: str, y: str) -> bool:
    """Are two long name words (six letters or more) two letters other at most, of one
    length ("Temple" / "Simple"): as often one name mistyped as two?"""
    return len(x) == len(y) >= 6 and sum(p != q for p, q in zip(x, y, strict=True)) <= 2


def _named(text: str, aliases: dict[str, str]) -> frozenset[str]:
    """Every name word of the sentence, its first too, each read as the folder reads it."""
    opening = opening_name(text)
    named = names_in(text) | ({opening} if opening else set())
    return frozenset(aliases.get(n, n) for n in named)


def respelt_given(
    given: dict[str, frozenset[str]], aliases: dict[str, str]
) -> dict[str, frozenset[str]]:
    """Given names by surname, each word the folder spells two ways read one way."""
    found: dict[str, set[str]] = {}
    for surname, names in given.items():
        found.setdefault(aliases.get(surname, surname), set()).update(
            aliases.get(n, n) for n in names
        )
    return {surname: frozenset(names) for surname, names in found.items()}
