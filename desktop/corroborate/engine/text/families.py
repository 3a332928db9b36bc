"""Word families: the forms of one word that the Snowball stemmer leaves apart.

Snowball strips suffixes by rule, so the forms of an irregular verb ("sold" /
"sell", "fled" / "flee", "struck" / "strike") and the nouns a verb makes
through another spelling ("decision" / "decide", "explosion" / "explode",
"acquisition" / "acquire") keep different stems, and two outlets that report
one event, one with the verb and one with the noun, share fewer words than they
should. :func:`family_stem` gives every form of a family the stem of its first
word, so "the company sold the unit" and "the sale of the unit" share a word.

Only forms of one word are grouped, and one more family of meaning that news
copy words both ways: a death ("died", "dead", "death", "killed", "fatal";
"shot dead" is "fatally shot"). Forms that are also another common word are left
out: "left" (a side), "found" (to found), "fed" (the Fed), "bore", "bit", "lay",
"mean"/"meant", "sat" (Saturday), "flight" (fleeing),
"response" and "extension" (whose stems are those of "responsible" and "extensive"), "defense", "admission", "opposition" (a
party), "close"/"closure", "tear" (tear gas), "blow" (a blow to),
"hang" (a hung jury),
"lead" (the metal; to take the lead).

A word and the words derived from it by an ending Snowball leaves on the stem ("western" /
"west", "realism" / "real", "scientists" / "scientific") are read as one by
:func:`derived_table`, only where a folder writes both; the list of what one outlet alone
reports reads them so (:func:`..consensus.single_source.distinctness`), matching does not.

Figures, dates and names are compared elsewhere (:mod:`.numbers`,
:mod:`.names`), so a family can only add a shared word, never make two
different figures agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache

#: Each family's forms, its head first. Stop words (:func:`.segment.stopwords`: "took",
#: "said", "went", "got"...) never reach the stemmer and need no entry.
FAMILIES: tuple[tuple[str, ...], ...] = (
    # a death, however it is worded
    (
        *("die", "died", "dies", "dying", "dead", "death", "deaths", "deadly", "fatal"),
        *("fatally", "fatality", "fatalities", "kill", "killed", "kills", "killing", "killings"),
    ),
    # irregular verbs: present, past, participle, and the noun where it is one word
    ("win", "won"),
    ("meet", "met"),
    ("fall", "fell", "fallen"),
    ("sell", "sold", "sale", "sales"),
    ("buy", "bought"),
    ("lose", "lost", "loss", "losses"),
    ("shoot", "shot", "shooting", "shootings"),
    ("flee", "fled"),
    ("strike", "struck", "stricken"),
    ("catch", "caught"),
    ("hold", "held"),
    ("write", "wrote", "written"),
    ("speak", "spoke", "spoken", "speech", "speeches"),
    ("choose", "chose", "chosen", "choice"),
    ("rise", "rose", "risen"),
    ("grow", "grew", "grown", "growth"),
    ("fight", "fought"),
    ("throw", "threw", "thrown"),
    ("overthrow", "overthrew", "overthrown"),
    ("drive", "drove", "driven"),
    ("fly", "flew", "flown"),
    ("run", "ran"),
    ("send", "sent"),
    ("build", "built"),
    ("pay", "paid"),
    ("bring", "brought"),
    ("steal", "stole", "stolen", "theft", "thefts"),
    ("freeze", "froze", "frozen"),
    ("break", "broke", "broken"),
    ("hide", "hid", "hidden"),
    ("sink", "sank", "sunk"),
    ("beat", "beaten"),
    ("seek", "sought"),
    ("teach", "taught"),
    ("know", "knew"),
    ("think", "thought"),
    ("begin", "began", "begun"),
    ("give", "gave"),
    ("draw", "drew", "drawn"),
    ("wear", "wore", "worn"),
    ("swear", "swore", "sworn"),
    ("shake", "shook", "shaken"),
    ("withdraw", "withdrew", "withdrawn", "withdrawal"),
    ("spend", "spent"),
    ("stand", "stood"),
    ("understand", "understood"),
    ("dig", "dug"),
    ("sleep", "slept"),
    ("feel", "felt"),
    ("hear", "heard"),
    ("make", "made"),
    ("arise", "arose", "arisen"),
    ("forgive", "forgave", "forgiven"),
    ("forbid", "forbade", "forbidden"),
    # nouns made from a verb through another spelling than the stemmer's suffixes
    ("injure", "injured", "injury", "injuries"),
    ("marry", "married", "marriage"),
    ("testify", "testimony"),
    ("prove", "proof"),
    ("detain", "detention"),
    ("intervene", "intervention"),
    ("compete", "competition"),
    ("expose", "exposure"),
    ("retain", "retention"),
    ("maintain", "maintenance"),
    ("decide", "decision", "decisions"),
    ("agree", "agreed", "agreement", "agreements"),
    ("acquire", "acquisition", "acquisitions"),
    ("sue", "sued", "suing"),
    ("destroy", "destruction"),
    ("invade", "invasion", "invasions"),
    ("explode", "explosion", "explosions"),
    ("erode", "erosion"),
    ("evade", "evasion"),
    ("collide", "collision", "collisions"),
    ("conclude", "conclusion"),
    ("divide", "division"),
    ("revise", "revision"),
    ("suspend", "suspension"),
    ("expand", "expansion"),
    ("expel", "expulsion"),
    ("emit", "emission", "emissions"),
    ("omit", "omission"),
    ("transmit", "transmission"),
    ("submit", "submission"),
    ("describe", "description"),
    ("prescribe", "prescription"),
    ("subscribe", "subscription"),
    ("absorb", "absorption"),
    ("assume", "assumption"),
    ("consume", "consumption"),
    ("resume", "resumption"),
    ("redeem", "redemption"),
    ("pursue", "pursuit"),
    ("seize", "seizure"),
    ("depart", "departure"),
    ("fail", "failure", "failures"),
    ("discover", "discovery", "discoveries"),
    ("recover", "recovery"),
    ("deliver", "delivery", "deliveries"),
    ("rob", "robbery", "robberies"),
    ("bribe", "bribery"),
    ("arrive", "arrival"),
    ("refuse", "refusal"),
    ("deny", "denial"),
    ("remove", "removal"),
    ("bury", "burial"),
    ("survive", "survival", "survivor", "survivors"),
    ("plead", "pleaded", "plea", "pleas"),
    ("confess", "confession"),
    ("threaten", "threat", "threats"),
    ("strengthen", "strength"),
)


def family_table(
    stem_of: Callable[[str], str], families: tuple[tuple[str, ...], ...] = FAMILIES
) -> dict[str, str]:
    """Each form's stem (``stem_of``: the stemmer the engine reads words with) to its
    family's head's stem; stems that are already the head's are left out. A form whose
    stem two families claim is an error in the table."""
    table: dict[str, str] = {}
    for family in families:
        head = stem_of(family[0])
        for word in family[1:]:
            form = stem_of(word)
            if form != head:
                if table.get(form, head) != head:
                    raise ValueError(f"{word!r} is in two families")
                table[form] = head
    return table


@cache
def _table() -> dict[str, str]:
    from .segment import stem

    return family_table(stem)


@cache
def family_heads() -> frozenset[str]:
    """The stems families are known by (their heads'), each form's stem mapped to one."""
    return frozenset(_table().values())


def family_stem(stem: str) -> str:
    """The stem of the family's head for a stem of one of its forms, else the stem."""
    return _table().get(stem, stem)


def family_stems(stems: Iterable[str]) -> list[str]:
    """:func:`family_stem` of each of ``stems``, in their order (the table looked up once)."""
    get = _table().get
    return [get(stem, stem) for stem in stems]


#: Endings that make a word of a field, a doctrine, a people or a side of the compass from
#: another, and one word that makes compounds, which the Snowball stemmer leaves on the
#: stem: "realism" / "real", "scientist" / "scientif(ic)", "egyptian" / "egypt", "western" /
#: "west", "candlelight" / "candl(es)". Read on stems, in this order; "if" is what Snowball
#: leaves of "-ific". Not read: "-er" ("corner" / "corn", "officer" / "office", "poster" /
#: "post"), "-ment" ("statement" / "state"), "-ic" ("classic" / "class", and Snowball's
#: "signific", "servic", "applic" read down to "sign", "serv", "appl"), "-ing", "-ed" and
#: "-tion" (Snowball takes them off where they are a suffix).
DERIVING: tuple[str, ...] = ("light", "ism", "ist", "ian", "ern", "if")
#: Endings that are words of their own: what is left is a word, stemmed again ("candle").
WORD_ENDINGS = frozenset({"light"})
#: Letters a stem must keep once its ending is taken off: "artist" is no "art", and "mist",
#: "list", "exist" keep no root at all.
MIN_ROOT = 4
#: Stems whose ending makes another word of their root, not a form of it: a civilian is no
#: civil matter, a physician no physical thing, a guardian (a paper too) no guard, capital a
#: city as often as money, a rightist no right; a highlight, a spotlight, the limelight and
#: a stoplight are no high, spot, lime or stop.
NOT_DERIVED = frozenset(
    {
        *("civilian", "physician", "guardian", "capitalist", "rightist"),
        *("highlight", "spotlight", "limelight", "stoplight"),
    }
)


@cache
def derived_root(stem: str) -> str:
    """The root a stem is derived from by one of :data:`DERIVING`, read again down to a
    root with no such ending ("realistic": "realist" → "real"), else the stem itself. What
    a suffix leaves is not stemmed again ("comedian" is no "come"); what a word ending
    leaves is (:data:`WORD_ENDINGS`)."""
    if stem in NOT_DERIVED:
        return stem
    for ending in DERIVING:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_ROOT:
            root = stem[: -len(ending)]
            if ending in WORD_ENDINGS:
                from .segment import stem as stem_of

                root = stem_of(root)
            return derived_root(root)
    return stem


def derived_table(stems: Iterable[str]) -> dict[str, str]:
    """Each of ``stems`` (a folder's) that shares its :func:`derived_root` with another of
    them, to that root: a word and its derived forms read as one only when the folder writes
    two of them ("terrorist" beside "terror", "scientist" beside "scientif"; "western" alone
    stays "western"). The work is per distinct stem, each root remembered."""
    by_root: dict[str, set[str]] = defaultdict(set)
    for found in stems:
        by_root[derived_root(found)].add(found)
    return {
        found: root
        for root, forms in by_root.items()
        if len(forms) > 1
        for found in forms
        if found != root
    }
