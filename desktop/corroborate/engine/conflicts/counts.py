"""Which count a figure is: one intended, sought or a limit rather than one that is, an
earlier moment of a count since revised, a running total or one day's, an increment ("12
new cases") or a count, those still in a state ("nine remain in hospital") or all of them,
those spared ("12 were not injured") or those befallen, in a unit or not, which size of a thing a measure gives ("long",
"high"), on which side of an event ("before the layoffs"), what befell those it counts
(the words beside it, the verb after them, where they were taken: "sent 12 fans to
hospital"), where a count still rising has got to; and whether a sentence gives so many
figures (a table in prose) that none is compared.

Looked for and not adopted: the most a penalty can be (one story, whose two maxima hold
under two conditions)."""

from __future__ import annotations

import re

from ..text.calendar import MONTH_WORD, WEEKDAY_WORD
from ..text.figures import (
    GENERIC,
    PRISONS,
    TIME_UNITS,
    UNIT_STEMS,
    counted,
    definite,
    jail_term,
    sentence_kind,
)
from ..text.lexicon import (
    BE_FORMS,
    BEFORE_AND_AFTER,
    CLAIM_WORDS,
    DIMENSION_WORDS,
    EARLIER_WORDS,
    INCREMENT_WORDS,
    INTENT_WORDS,
    LIMIT_WORDS,
    RISING_VERBS,
    SPARED_WORDS,
    STILL_WORDS,
)
from ..text.numbers import DAY_TAGS, MONTH_TAG, WEEKDAY_TAG, days_said
from ..text.roles import capitalised
from ..text.saying import REPORTS
from ..text.segment import stopwords
from ..text.specifics import Specifics, Value

#: Countable figures from which a sentence is a table in prose: its figures are not compared.
DENSE = 4


def intended(spec: Specifics, v: Value) -> bool:
    """Is the figure one planned, hoped for, expected or sought, as a word of its own clause
    says? "The council plans to build 500 homes" and "120 homes have been built so far" are
    a plan and what came of it, "sought $2 million in damages" and "awarded $1.5 million"
    a claim and what was granted: not two counts of one thing; two plans still disagree."""
    clause = spec.tokens[v.first].clause
    words = INTENT_WORDS | CLAIM_WORDS if v.unit else INTENT_WORDS
    return any(t.clause == clause and t.low in words for t in spec.tokens)


#: A word that makes a figure an earlier one only beside a verb of saying: "the fire
#: service had *earlier* said seven were killed", "police said *earlier* that 10 were
#: hurt"; elsewhere it dates the thing counted ("killed 12 people *earlier* this month").
_EARLIER_SAID = "earlier"

#: Words that make a count a running total up to a stated moment: "had destroyed 25
#: homes *by Sunday evening*", "*as of* noon".
_UNTIL = re.compile(
    rf"\b(?:as of|by (?:(?:late|early|mid)\s)?(?:{WEEKDAY_WORD}"
    rf"|(?:this|that|last|early|late)\s\w+|(?:{MONTH_WORD})\s\d|noon|midnight|nightfall|dawn))",
    re.IGNORECASE,
)

#: Words that make a count a running total up to now: "have pulled 30 survivors *since*
#: the quake", "*so far*", "*to date*", "*in total*", "30 people *have now* been arrested".
#: Such a total is another count than one day's.
_UP_TO_NOW = re.compile(
    r"\b(?:so far|to date|since|in total|altogether|(?:has|have) now)\b", re.IGNORECASE
)

#: Words that set a count on one day, as a weekday or a date does.
_ONE_DAY = frozenset(("yesterday", "today", "tonight", "overnight"))


def _clause_text(spec: Specifics, v: Value) -> str:
    clause = spec.tokens[v.first].clause
    inside = [t for t in spec.tokens if t.clause == clause]
    return spec.text[inside[0].start : inside[-1].end]


def qualified(spec: Specifics, v: Value) -> tuple[bool, bool, bool]:
    """Does a word of the figure's clause make it a limit (:data:`..text.lexicon.LIMIT_WORDS`),
    one make it an earlier, revised count (:data:`..text.lexicon.EARLIER_WORDS`), and one a
    running total up to a stated moment (:data:`_UNTIL`)?"""
    clause, stop = spec.tokens[v.first].clause, stopwords()
    inside = [k for k, t in enumerate(spec.tokens) if t.clause == clause]
    words = {spec.tokens[k].low for k in inside}
    limit = any(spec.tokens[k].low in LIMIT_WORDS and not _record_of(spec, k, stop) for k in inside)
    earlier = bool(words & EARLIER_WORDS) or _said_earlier(spec, inside)
    return limit, earlier, bool(_UNTIL.search(_clause_text(spec, v)))


def _said_earlier(spec: Specifics, inside: list[int]) -> bool:
    """Does the clause (its tokens ``inside``) tell its figure as said earlier, "earlier"
    right before or after a verb of saying ("had *earlier said* seven people were killed",
    "*said earlier* that 10 were hurt")? A count given before another source's later one
    is an earlier moment of it."""
    tokens = spec.tokens
    return any(
        tokens[k].low == _EARLIER_SAID
        and any(
            0 <= j < len(tokens)
            and tokens[j].clause == tokens[k].clause
            and tokens[j].low in REPORTS
            for j in (k - 1, k + 1)
        )
        for k in inside
    )


def _one_day(spec: Specifics, v: Value) -> bool:
    """Does the figure's clause set it on one day: "pulled 12 survivors *on Tuesday*"?"""
    clause = spec.tokens[v.first].clause
    return any(
        spec.tokens[w.first].clause == clause and w.tag.startswith((WEEKDAY_TAG, MONTH_TAG))
        for w in spec.values
    ) or any(t.clause == clause and t.low in _ONE_DAY for t in spec.tokens)


#: The auxiliaries of the perfect: "the flood *has* killed 12", "*have* been confirmed".
_PERFECT = frozenset(("has", "have", "'ve"))
#: Tokens that may stand between the auxiliary and its verb: "has *now* killed", "has *so
#: far* destroyed".
_PERFECT_GAP = 3


def _perfect(spec: Specifics, v: Value) -> bool:
    """Is the figure's clause told in the perfect ("the fire *has burned* 400 hectares",
    "12 people *have died*", "have *been* confirmed")? Not "has" owning the figure ("the
    plant *has* 800 workers"): a word of its own, not a figure's, must follow it. Nor the
    perfect of a verb that only leads to the figure's ("has *agreed to pay* 3 million", "has
    been ordered to repay"): a decision made, not a count's level."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    for k, token in enumerate(tokens):
        if token.clause != clause or token.low not in _PERFECT:
            continue
        if any(tokens[j].low == "to" for j in range(k + 1, v.first)):
            continue
        after = range(k + 1, min(len(tokens), k + 1 + _PERFECT_GAP))
        if any(tokens[j].clause == clause and j in spec.value_at for j in after[:1]):
            continue
        if any(tokens[j].clause == clause and tokens[j].stem for j in after):
            return True
    return False


#: The words that tell a count's level at a moment: "the toll *stood at* 12".
_STOOD = frozenset(("stood", "stands", "stand", "standing"))


def _told_after(spec: Specifics, v: Value, verbs: frozenset[str], preposition: str) -> bool:
    """Does the figure follow one of ``verbs`` and ``preposition``, bounds between passed
    over ("stood at about 12", "rose to more than 60")?"""
    tokens = spec.tokens
    i = v.first - 1
    while i >= 0 and tokens[i].low in TOLL_BOUND and tokens[i].low != preposition:
        i -= 1
    return i >= 1 and tokens[i].low == preposition and tokens[i - 1].low in verbs


def stood_at(spec: Specifics, v: Value) -> bool:
    """Is the figure a count's level told as it stood: "the death toll *stood at* 12"?"""
    return _told_after(spec, v, _STOOD, "at")


def standing(spec: Specifics, v: Value) -> bool:
    """Is the figure a count as it stands at some moment rather than one occasion's: told
    in the perfect ("the flood *has killed* 12"), up to a stated moment ("*as of* Monday")
    or up to now ("*so far*"), where a changing count has got to ("rose to 12") or stood
    ("stood at 12"), or those still in a state ("nine are *still* missing")?"""
    text = _clause_text(spec, v)
    return (
        _perfect(spec, v)
        or bool(_UNTIL.search(text) or _UP_TO_NOW.search(text))
        or risen_to(spec, v)
        or stood_at(spec, v)
        or still_so(spec, v)
    )


def _days(spec: Specifics) -> frozenset[str]:
    """The days a sentence is set on or said on: "on Monday", "police said Tuesday"."""
    told = frozenset(v.tag for v in spec.values if v.tag.startswith(DAY_TAGS))
    return told | days_said([t.low for t in spec.tokens])


def standing_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure a count as it stands ("has killed at least 12, police said Tuesday")
    and the two sentences set on two days ("... at least 19, police said Thursday")? A
    count that can still grow, given on two days, is two moments of it: "confirmed 41 cases
    as of Monday" / "57 cases as of Wednesday" is an outbreak growing, not a dispute."""
    if not (standing(a, v) or standing(b, w)):
        return False
    said_a, said_b = days_said([t.low for t in a.tokens]), days_said([t.low for t in b.tokens])
    if said_a and said_b:
        # each said on its day: "12 have died since Monday, police said Tuesday"
        return not said_a & said_b
    days_a, days_b = _days(a), _days(b)
    return bool(days_a and days_b and not days_a & days_b)


def running_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Is one figure a running total up to now ("have pulled 30 survivors *since the
    quake*") and the other one day's ("pulled 12 survivors *on Tuesday*")? A total up to
    now and a count given without a day ("the storm has killed 30 people *so far*" / "has
    killed 45 people") are one count."""
    so_far_a, so_far_b = (
        bool(_UP_TO_NOW.search(_clause_text(a, v))),
        bool(_UP_TO_NOW.search(_clause_text(b, w))),
    )
    if so_far_a == so_far_b:
        return False
    return _one_day(b, w) if so_far_a else _one_day(a, v)


#: Words that tell how badly those counted were hurt, each to its degree: gravely
#: ("seven were *seriously* injured", "left three in *critical* condition") or lightly
#: ("*minor* injuries"). Those so hurt are a part of all the injured, and those hurt to one
#: degree no count of those hurt to the other.
_DEGREES = {
    **dict.fromkeys(("seriously", "critically", "badly", "severely", "gravely", "serious",
                     "critical", "severe", "life-threatening"), "grave"),
    **dict.fromkeys(("slightly", "lightly", "minor"), "light"),
}  # fmt: skip

#: Stems of the words a degree of :data:`_DEGREES` must stand before to tell of a hurt:
#: "seriously *injured*", "severe *burns*" (not "severe *storms*")...
_HURT = ("injur", "wound", "hurt", "burn")
#: ...or the one patient's word, singular: "critical *condition*" (not "severe weather
#: *conditions*", "serious *conditions* of detention").
_HURT_WORDS = frozenset(("condition",))

#: Tokens either side of a figure within which :data:`_DEGREES` is looked for.
DEGREE_REACH = 4


def _degree(spec: Specifics, v: Value) -> str | None:
    """The degree (:data:`_DEGREES`) a word near the figure, in its clause and with no
    other figure between, tells those it counts were hurt to: "*seriously* injuring seven",
    "seven people were *seriously* injured", "three in *critical* condition" are "grave";
    "two with *minor* injuries" is "light"; None for no degree."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    for side in (range(v.first - 1, v.first - 1 - DEGREE_REACH, -1),
                 range(v.last + 1, v.last + 1 + DEGREE_REACH)):  # fmt: skip
        for k in side:
            if not 0 <= k < len(tokens) or tokens[k].clause != clause or k in spec.value_at:
                break
            degree = _DEGREES.get(tokens[k].low)
            if degree is None or k + 1 >= len(tokens):
                continue
            hurt = tokens[k + 1]
            if (hurt.stem or "").startswith(_HURT) or hurt.low in _HURT_WORDS:
                return degree
    return None


def degree_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Does one figure count those hurt to some degree ("seven people were *seriously*
    injured") and the other all the hurt ("injuring 22 people"), or those hurt to another
    degree ("two suffered *minor* injuries")? The seriously hurt are a part of the hurt, no
    rival count; two counts of the seriously hurt are still compared."""
    return _degree(a, v) != _degree(b, w)


def _record_of(spec: Specifics, k: int, stop: frozenset[str]) -> bool:
    """Is the word at ``k`` "record" said of the amount itself, before a figure or the
    thing counted ("a *record* 12,000 runners", "*record* profits of $4 billion", "a
    *record* crowd of 50,000"), not the record another amount is set against ("broke
    *the record* of 9.69 seconds")?"""
    if spec.tokens[k].low != "record" or k + 1 >= len(spec.tokens):
        return False
    after = spec.tokens[k + 1]
    return k + 1 in spec.value_at or (after.stem is not None and after.low not in stop)


def count_tags(spec: Specifics, lasting: bool = False) -> frozenset[str]:
    """The tags of the sentence's counts; with ``lasting``, only those of a length of
    time ("for six *hours*"): what a day's figure may be, a day apart from another's."""
    return frozenset(
        v.tag
        for v in spec.values
        if v.countable
        and not v.label
        and (
            not lasting
            or (v.last + 1 < len(spec.tokens) and spec.tokens[v.last + 1].stem in TIME_UNITS)
        )
    )


def measured_alike(v: Value, w: Value) -> bool:
    """Are both figures given in a unit, or neither? "11,851 people" (interviewed) and "3
    percentage points" (of error) are a count and a measure; an age is read apart."""
    if v.unit == "age" or w.unit == "age":
        return True
    return (v.unit is None) == (w.unit is None)


def may_be_the_share(whole: Specifics, other: Specifics, w: Value) -> bool:
    """May the figure ``w`` of ``other`` count the share of a whole that ``whole`` tells
    ("close half of its 40 shops" / "close *20* shops")? Not one told as a whole of its
    own, a group named before ("*the* 280 passengers aboard were asleep") or one told by
    what befell it where the share's sentence tells no such thing ("some of the 1,200
    workers went on strike" / "the plant *employs* 1,000 workers", "*carrying* 280
    passengers")."""
    if definite(other, w):
        return False
    told = {counted(t.stem) for t in whole.tokens if t.stem}
    return _befell(other, w) <= told


def counted_next_to(spec: Specifics, v: Value) -> frozenset[str]:
    """The word a figure counts when it stands right beside it, in its own clause:
    "*injured* 21 shoppers", "*wounded* 24 people", "14 were *injured*"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    found = set()
    if v.first and tokens[v.first - 1].clause == clause and v.first - 1 not in spec.value_at:
        found.add(tokens[v.first - 1].stem)
    i, end = v.last + 1, v.last + 3
    while i < min(len(tokens), end):
        token = tokens[i]
        if token.clause != clause or i in spec.value_at:
            break
        if token.stem in WHO:
            end += 1  # "three people *hurt*", "four people were *hurt*": what befell them
        elif token.stem:
            found.add(token.stem)
            break
        i += 1
    return frozenset(counted(s) for s in found if s and s not in GENERIC and s not in TIME_UNITS)


#: Words for people in general, passed over for the word that tells what befell them.
WHO = frozenset(("peopl", "person"))


def other_roles(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do the figures count people who met two different fates? "Crews *rescued* 12
    people from the tower" / "30 people were *treated* for smoke inhalation", "police
    *arrested* 12 protesters" / "30 protesters were *injured*": two groups, however alike
    the sentences are otherwise. Only the fates a report counts side by side are told
    apart so (:data:`_FATES`); other words beside a figure may be one act in two words
    ("*pulled* 31 miners from the shaft" / "*brought* 28 miners out")."""
    fates_a, fates_b = _befell(a, v) & _FATES, _befell(b, w) & _FATES
    if not fates_a or not fates_b or fates_a & fates_b:
        return False
    terms_a = {counted(t) for t in a.terms}
    terms_b = {counted(t) for t in b.terms}
    return bool((fates_a - terms_b) and (fates_b - terms_a))


def group_among_people(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Does one figure count a group of those present (:data:`_PARTS_OF_PEOPLE`:
    "fourteen *passengers* were hurt", "18 *children*") and the other people at large
    ("17 *people* were injured"), the group's the lower? The group is a part of those
    people (three crew were hurt too; four adults), no rival count. A group counted above
    the people is still a conflict: a part is never larger than its whole. A word for the
    whole crowd ("17 *travellers*" at a bus station, "fans", "spectators") and a people's
    name ("21 *Israelis*"), how a story often names all its victims, stay counts of them
    all. A group by age or sex (:data:`_BY_AGE_OR_SEX`: "14 *men*" arrested, "17
    people") is a part whatever befell it; any other only in what befalls whoever is
    there (:data:`_BEFALLS_THOSE_PRESENT`: hurt, killed, rescued, carried aboard): one
    laid off, employed or expelled is chosen by the word that names it, and "450
    *workers*" laid off / "540 *people*" laid off are two counts of them all."""
    group_a, group_b = _group_counted(a, v), _group_counted(b, w)
    if group_a and _people_counted(b, w):
        return v.amount < w.amount and _a_part(group_a, _befell(a, v), _befell(b, w))
    if group_b and _people_counted(a, v):
        return w.amount < v.amount and _a_part(group_b, _befell(b, w), _befell(a, v))
    return False


def _a_part(group: str, befell: frozenset[str], befell_people: frozenset[str]) -> bool:
    """Is a group (``group`` to which ``befell`` befell, the people ``befell_people``) a
    part of the people: :func:`group_among_people`."""
    if group in _BY_AGE_OR_SEX:
        return True
    return bool(befell & _BEFALLS_THOSE_PRESENT and befell_people & _BEFALLS_THOSE_PRESENT)


#: Words for a group among those present that another group completes, by age or sex
#: (children and adults), by their side aboard or at work (passengers and crew, pupils and
#: teachers, patients and staff), or by their side in a fight (soldiers and civilians), as
#: :func:`..text.figures.counted` names them.
_PARTS_OF_PEOPLE = frozenset((
    "children", "child", "kid", "boy", "girl", "adult", "women", "men", "student", "pupil",
    "teacher", "passeng", "crew", "staff", "employe", "worker", "offic", "policemen",
    "soldier", "civilian", "firefight", "rescuer", "tourist", "patient",
))  # fmt: skip


#: The groups of :data:`_PARTS_OF_PEOPLE` by age or sex, parts of any crowd.
_BY_AGE_OR_SEX = frozenset(("children", "child", "kid", "boy", "girl", "adult", "women", "men"))

#: What befalls whoever is at a place, or aboard, whichever group they belong to (as
#: :func:`counted` names it): an accident, an attack, a disaster; "carried" aboard.
_BEFALLS_THOSE_PRESENT = frozenset((
    "kill", "injur", "rescu", "evacu", "miss", "treat", "hospit", "admit", "trap", "strand",
    "sicken", "displac", "survivor", "kidnap", "abduct", "carri",
))  # fmt: skip


def _people_counted(spec: Specifics, v: Value) -> bool:
    """Does the word right after the figure count people at large: "17 *people*"?"""
    i = v.last + 1
    return i < len(spec.tokens) and spec.tokens[i].stem in WHO


def _group_counted(spec: Specifics, v: Value) -> str | None:
    """The group among those present the word right after the figure names, in its
    clause (:data:`_PARTS_OF_PEOPLE`: "14 *passengers*", "18 *children*"); None for none."""
    tokens, i = spec.tokens, v.last + 1
    if i >= len(tokens) or tokens[i].clause != tokens[v.first].clause or i in spec.value_at:
        return None
    group = counted(tokens[i].stem or "")
    return group if group in _PARTS_OF_PEOPLE else None


#: What befalls the people a report counts, one word for each (as :func:`counted` names
#: them: "wounded" and "hurt" are "injur", "dead" and "died" are "kill").
_FATES = frozenset((
    "kill", "injur", "arrest", "rescu", "evacu", "miss", "treat", "hospit", "detain", "charg",
    "releas", "captur", "displac", "trap", "strand", "sicken", "discharg", "admit", "question",
    "interview", "convict", "acquit", "suspend", "expel", "identifi", "destroy", "damag",
    "survivor", "remand", "indict", "sentenc", "jail", "bail", "fine", "sentence",
))  # fmt: skip


def _past_people(spec: Specifics, v: Value) -> int:
    """Where the first token after the figure that is no word for people at large
    (:data:`WHO`: "17 *people*") stands: the counted word, or what follows the figure."""
    i = v.last + 1
    while i < len(spec.tokens) and spec.tokens[i].stem in WHO:
        i += 1
    return i


def _befell(spec: Specifics, v: Value) -> frozenset[str]:
    """What the figure says befell what it counts, the counted word aside: "police
    *arrested* 12 protesters", "30 protesters were *injured*", "rescued 12 people"."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    i = _past_people(spec, v)
    noun = tokens[i].stem if i < len(tokens) and tokens[i].clause == clause else None
    # the counted word is no fate ("12 *protesters*"), unless it names one: "pulled 23
    # *survivors* from the rubble" counts those who lived, never the dead
    found = set(counted_next_to(spec, v))
    if noun and counted(noun) not in _FATES:
        found.discard(counted(noun))
    # "30 protesters were *injured*", "12 passengers are still *missing*": what befell
    # them, after the counted word and any word of how or when
    j, passive = _after_counted(spec, v)
    after = tokens[j] if j < len(tokens) and tokens[j].clause == clause else None
    # "20 passengers *died*": a fate told by the verb after them, passive or not
    if (
        after is not None
        and after.stem
        and not capitalised(after)
        and after.stem not in GENERIC
        and (passive or counted(after.stem) in _FATES)
    ):
        found.add(counted(after.stem))
    if taken := _sent_to(spec, j, clause):
        found.add(taken)
    # "were *sentenced to prison*", "*jailed*", "were *given* suspended sentences": the
    # court's sentence read as prison or as another (:func:`..text.figures.sentence_kind`)
    for k in _sentenced_at(spec, v, j):
        found.discard(counted(tokens[k].stem or ""))
        found.add(sentence_kind(tokens, k) or "")
    return frozenset(found)


def _after_counted(spec: Specifics, v: Value) -> tuple[int, bool]:
    """Where what befell the counted is told after the figure, past the counted word,
    "were" and a word of how or when ("30 protesters were still *missing*"), and whether
    "were" or the like stood before it (:func:`_befell`)."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    i = _past_people(spec, v)
    j = i + 1 if i < len(tokens) and tokens[i].stem and tokens[i].clause == clause else i
    passive = False
    while j < len(tokens) and tokens[j].clause == clause and tokens[j].low in _PASSIVE:
        passive, j = True, j + 1
    while passive and j < len(tokens) and tokens[j].clause == clause and _adverb(tokens[j].low):
        j += 1
    return j, passive


def _sentenced_at(spec: Specifics, v: Value, j: int) -> list[int]:
    """Where a court's sentence of those the figure counts is told, right before the figure
    ("*jailed* nine protesters") or at ``j``, after it ("nine men were *jailed*")."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    return [
        k
        for k in (v.first - 1, j)
        if 0 <= k < len(tokens) and tokens[k].clause == clause and sentence_kind(tokens, k)
    ]


def term_apart(a: Specifics, v: Value, b: Specifics, w: Value) -> bool:
    """Do the figures count people jailed for two terms, or for a term and with none told
    (:func:`..text.figures.jail_term`: "nine men were jailed *for life*" / "eleven men were
    jailed", "... *for ten years*" / "... *for five years*")? Those given a term are a part
    of all those jailed, as the seriously hurt are of the hurt, and those given two terms
    two groups; two counts of those given one term are still compared."""
    terms_a, terms_b = _jail_terms(a, v), _jail_terms(b, w)
    return bool(terms_a) and bool(terms_b) and terms_a != terms_b


def _jail_terms(spec: Specifics, v: Value) -> set[str | None]:
    """The terms (:func:`..text.figures.jail_term`) told with each jailing of those the
    figure counts; empty for none jailed."""
    at = _sentenced_at(spec, v, _after_counted(spec, v)[0])
    return {jail_term(spec, k) for k in at if sentence_kind(spec.tokens, k) == "jail"}


#: Words that lead the counted to where they were taken: "sent 12 fans *to* hospital".
_TAKEN_TO = frozenset(("to", "into"))


def _sent_to(spec: Specifics, at: int, clause: int) -> str | None:
    """The fate the figure's clause names as where the counted were taken, looked for from
    ``at`` (just past the counted word, or past "were"): "sent 12 fans *to hospital*", "12
    people were taken *to the hospital*" count the hospitalised, whom the words beside the
    figure ("sent", "taken") do not name."""
    tokens = spec.tokens
    for k in range(at, min(len(tokens) - 1, at + 3)):
        if tokens[k].clause != clause:
            break
        if tokens[k].low in _TAKEN_TO:
            place = k + 2 if tokens[k + 1].low in ("the", "a") else k + 1
            if place >= len(tokens) or tokens[place].clause != clause:
                return None
            fate = counted(tokens[place].stem or "")
            if fate in PRISONS:
                return "jail"  # "sent seven protesters *to prison*"
            return fate if fate in _FATES else None
    return None


_PASSIVE = BE_FORMS | {"being", "had", "have", "has"}

#: Words of when that may stand between "were" and what befell the counted: "are *still*
#: missing", "were *later* released".
_WHEN_WORDS = frozenset(("still", "now", "also", "later", "since", "then", "all"))


def _adverb(low: str) -> bool:
    """Is the word one of how or when ("seriously", "still"), passed over for the fate?"""
    return low in _WHEN_WORDS or (low.endswith("ly") and len(low) > 4)


def still_so(spec: Specifics, v: Value) -> bool:
    """Is the figure a count of those still in some state, as a word of its clause says
    ("nine fans injured in the collapse *remain* in hospital"), rather than a count of all
    an event befell ("the collapse injured 40 fans")?"""
    clause = spec.tokens[v.first].clause
    return any(t.clause == clause and t.low in STILL_WORDS for t in spec.tokens)


#: Tokens after a figure within which :data:`..text.lexicon.SPARED_WORDS` is looked for.
SPARED_REACH = 5


def spared(spec: Specifics, v: Value) -> bool:
    """Does the figure count those spared ("twelve passengers were *not* injured",
    "walked away *unhurt*") rather than those an event befell ("30 passengers were
    injured")? The two are two groups."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    end = min(len(tokens), v.last + 1 + SPARED_REACH)
    for k in range(v.last + 1, end):
        if tokens[k].clause != clause:
            break
        if tokens[k].low in SPARED_WORDS:
            return True
        if tokens[k].low == "not":
            j = k + 1
            while (
                j < len(tokens)
                and tokens[j].clause == clause
                and (tokens[j].low in _PASSIVE or _adverb(tokens[j].low))
            ):
                j += 1  # "not *been* found", "not *seriously* hurt"
            fate = tokens[j].stem if j < len(tokens) and tokens[j].clause == clause else None
            return bool(fate) and counted(fate or "") in _FATES
    return False


#: Words that tell a count of those that got back what they had lost: "power was
#: *restored* to 12,000 homes", "*reopened* 30 schools", "12,000 residents have *returned*".
_REGAINED = frozenset((
    "restored", "restore", "restores", "restoring", "reopened", "reopen", "reopens",
    "reopening", "returned", "return", "returning", "reconnected", "reconnect", "freed",
    "released", "rescued",
))  # fmt: skip
#: Words that tell a count of those that lost something: "left 40,000 homes *without*
#: power", "*closed* 30 schools", "40,000 residents *fled*".
_LOST = frozenset((
    "without", "lost", "lose", "losing", "cut", "outage", "outages", "blackout", "closed",
    "shut", "evacuated", "fled", "displaced", "disconnected", "trapped", "stranded",
    "detained", "held", "abducted", "kidnapped",
))  # fmt: skip


#: Words that open a clause told after a figure inside its own clause, of another happening
#: than the count's: "left 40,000 homes without power *as* crews worked to restore lines",
#: "closed 30 schools *that* had reopened", "detained 80 protesters *before* they could
#: return".
_LATER_CLAUSE = frozenset((
    "as", "before", "after", "until", "while", "when", "since", "that", "which", "who",
    "whose", "where",
))  # fmt: skip


def _lost_or_regained(lows: set[str]) -> bool | None:
    if lows & _REGAINED:
        return True
    return False if lows & _LOST else None


def regained(spec: Specifics, v: Value) -> bool | None:
    """Does the figure's clause count those that got something back (True: "power was
    *restored* to 12,000 homes"), those that lost it (False: "the storm left 40,000
    homes *without* power"), or neither (None)? Getting back wins where both are told
    ("restored power to 12,000 homes that had been *without* it"). The words up to a clause
    opened after the figure (:data:`_LATER_CLAUSE`) are read first: "left 40,000 homes
    without power *as* crews worked to *restore* lines" counts the homes that lost it; the
    whole clause is read when they tell neither ("12,000 homes *that* had been without
    power were *reconnected*")."""
    tokens, clause = spec.tokens, spec.tokens[v.first].clause
    lows = {t.low for t in tokens if t.clause == clause}
    upto = set[str]()
    for k, token in enumerate(tokens):
        if token.clause != clause:
            continue
        if k > v.last and token.low in _LATER_CLAUSE:
            told = _lost_or_regained(upto)
            if told is not None:
                return told
            break
        upto.add(token.low)
    return _lost_or_regained(lows)


def increment(spec: Specifics, v: Value) -> str | None:
    """The word that tells the figure as an increment ("reported 12 *new* cases on
    Monday") rather than as a count ("has counted 40 cases in all"), if any."""
    i = v.last + 1
    if (
        i < len(spec.tokens)
        and spec.tokens[i].clause == spec.tokens[v.first].clause
        and spec.tokens[i].low in INCREMENT_WORDS
    ):
        return spec.tokens[i].low
    return None


#: Words that tell a count as the whole of it so far: "40 cases *in all*", "a *total* of
#: 40", "has counted 40 cases *so far*".
_TOTAL = re.compile(
    r"\b(?:in all|in total|a total|total of|overall|altogether|so far|to date|since)\b",
    re.IGNORECASE,
)


def totalled(spec: Specifics, v: Value) -> bool:
    """Does the figure's clause tell it as the whole count so far ("40 cases *in all*")?"""
    return bool(_TOTAL.search(_clause_text(spec, v)))


def dense(spec: Specifics) -> bool:
    """Does the sentence give so many figures ("95.1 percent for younger patients versus
    91.9 percent for older ones, 76 percent versus 70.3 ...") that the words around
    each no longer tell which thing it counts?"""
    return sum(v.kind == "number" and v.countable for v in spec.values) >= DENSE


def crowded(spec: Specifics, v: Value) -> bool:
    """Does another value of the same kind stand in the value's stretch of punctuation?

    In "95.1 percent for younger patients versus 91.9 percent for older
    patients" the words around one figure are the other's too.
    """
    part = spec.tokens[v.first].part
    return any(
        x is not v and x.kind == v.kind and spec.tokens[x.first].part == part for x in spec.values
    )


def named_after(spec: Specifics, v: Value) -> frozenset[str]:
    """The words a value counts, as the next two telling words say: "four *big parts*"."""
    part = spec.tokens[v.last].part
    found: list[str] = []
    for token in spec.tokens[v.last + 1 : v.last + 4]:
        if token.part != part:
            break
        if token.stem and token.stem not in GENERIC:
            found.append(counted(token.stem))
    return frozenset(found[:2])


#: Words of a bound or an estimate that may stand between a fate and its figure: "killing
#: *at least* 60", "injuring *an estimated* 5,000", "wounding *up to* 30".
TOLL_BOUND = frozenset(("at", "least", "more", "than", "about", "nearly", "some", "over",
                         "almost", "an", "estimated", "up", "to"))  # fmt: skip


def risen_to(spec: Specifics, v: Value) -> bool:
    """Is the figure where a changing count has got to: "the toll has now *risen to* 46"?"""
    return _told_after(spec, v, RISING_VERBS, "to")


def dimension(spec: Specifics, v: Value) -> str | None:
    """The size a measure gives, as the word after it and its unit says: "the bridge is
    400 metres *long*" gives its length, "40 metres *high*" its height."""
    i = v.last + 1
    while i < len(spec.tokens) and spec.tokens[i].stem in UNIT_STEMS:
        i += 1
    if i < len(spec.tokens) and spec.tokens[i].clause == spec.tokens[v.first].clause:
        return DIMENSION_WORDS.get(spec.tokens[i].low)
    return None


def side_of(spec: Specifics, v: Value) -> tuple[str, str] | None:
    """The side of an event the sentence sets its figure on, and the event's word:
    ("before", "layoff") for "had 1,200 workers before the layoffs", ("after", "layoff")
    for "has 800 workers at the plant after the layoffs" (a clause of its own)."""
    tokens = spec.tokens
    for k, t in enumerate(tokens):
        if t.low not in BEFORE_AND_AFTER or k == v.first - 1:
            continue  # "after 12 days": the figure's own span of time
        if any(tokens[i].low in REPORTS for i in range(min(k, v.first), max(k, v.last))):
            continue  # "*after* the crash, officials *said* it carried 52": the saying's
        j = k + 1
        while j < len(tokens) and tokens[j].stem is None and tokens[j].clause == t.clause:
            j += 1  # "the", "its"
        if j < len(tokens) and tokens[j].clause == t.clause and j not in spec.value_at:
            return t.low, counted(tokens[j].stem or "")
    return None
