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

Figures, dates and names are compared elsewhere (:mod:`.numbers`,
:mod:`.names`), so a family can only add a shared word, never make two
different figures agree.
"""

from __future__ import annotations

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
