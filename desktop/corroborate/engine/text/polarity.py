"""Polarity: what a sentence denies, and whether one sentence denies what another states.

"The pilot did not survive the crash" and "The pilot survived the crash" share every
word but one, and any judge that weighs shared words would call them one fact. This
module is the one reader of denial that the stages ask: the words a negation denies
(:func:`denied_words`: "did not *survive*", "will not *reopen*"), the words of a clause
said of nobody (:func:`nobody_words`: "*Nobody* died", "killed *no one*"), and whether
one sentence denies the predicate the other states of the same subject
(:func:`contradicts`). The negations themselves are read once, by :mod:`.specifics`
("not only", "no doubt", "no matter" deny nothing; "no fewer than 12" denies "fewer",
which "12" does not state).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .families import family_stem, family_stems
from .lexicon import ARTICLES, BE_FORMS, BODY_MEMBERS, DETERMINERS, MODALS
from .outcomes import CALLED_OFF, outcome_words
from .roles import capitalised
from .segment import content_stem, words
from .specifics import NEGATIONS, Specifics, analyse, negated

#: Words that make a clause say that nobody did or suffered what it tells.
_NOBODY = frozenset(("nobody", "none", "noone"))
#: The key of every word of a run saying a planned thing goes ahead ("went ahead", "as
#: planned"): "did not go ahead" denies what "went ahead" states, though "go" and "went"
#: are stop words with no stem.
_AHEAD = "\x00ahead"
#: Pieces of every run of words saying a planned thing goes ahead (:data:`.outcomes.GOES_AHEAD`).
_AHEAD_PIECES = ("ahead", "plan", "schedul", "proceed")


def denied_words(spec: Specifics) -> frozenset[str]:
    """The stems of the words a negation of the sentence denies ("would not *insist*")."""
    return frozenset(s for s in (spec.tokens[head].stem for _, head in spec.negations) if s)


#: A word of every sentence that :func:`denied_words` or :func:`nobody_words` reads a
#: word from: a negation (:data:`.specifics.NEGATIONS`, "n't") or a nobody word.
_MAY_DENY = re.compile(r"(?i)\b(?:" + "|".join(sorted(NEGATIONS | _NOBODY)) + r")\b|n['’]t\b")


def may_deny(text: str) -> bool:
    """Whether the sentence holds a word that denies or says nobody: one without any
    denies no word (a cheap test before :func:`denied_words` and :func:`nobody_words`)."""
    return _MAY_DENY.search(text) is not None


def nobody_words(spec: Specifics) -> frozenset[str]:
    """The stems of every word of a clause whose subject or object is nobody ("*Nobody*
    died", "killed *no one*", "*None* of the miners died")."""
    tokens = spec.tokens
    nobody = {
        t.clause
        for k, t in enumerate(tokens)
        if t.low in _NOBODY
        or (t.low == "no" and k + 1 < len(tokens) and tokens[k + 1].low == "one")
    }
    return frozenset(t.stem for t in tokens if t.clause in nobody and t.stem)


def _keys(spec: Specifics) -> list[str]:
    """Each token's predicate key: its word family's stem (:mod:`.families`: "survived" and
    "survivor"), its lower-case form for a stop word, and one key for every word of a run
    saying a planned thing goes ahead."""
    keys = [family_stem(t.stem) if t.stem else t.low for t in spec.tokens]
    low = spec.text.lower()
    if any(piece in low for piece in _AHEAD_PIECES):
        for i in outcome_words(spec)[1]:
            keys[i] = _AHEAD
    return keys


#: The endings of a word whose thing the next word is ("the mayor's aide").
_POSSESSIVE = ("'s", "’s", "s'", "s’")
#: Words after a negation that make it say the word after them and more: "did not *just*
#: fine the firm, it closed it" states the fine.
_AND_MORE = frozenset(("just", "merely", "simply"))


def _subject(spec: Specifics, i: int) -> frozenset[str]:
    """The content stems of the clause before the word at ``i``: who or what it is said of
    ("*the pilot* did not survive"; none for a pronoun, "she did not attend"), whose it
    is aside ("the mayor's *aide* did not attend" is said of the aide, not the mayor)."""
    clause = spec.tokens[i].clause
    return frozenset(
        t.stem
        for t in spec.tokens[:i]
        if t.clause == clause and t.stem and not t.low.endswith(_POSSESSIVE)
    )


def _next(spec: Specifics, keys: list[str], i: int) -> str | None:
    """The first content word after the word at ``i`` in its clause, another word of its
    key aside ("survived *the crash*", "went ahead *as planned*": "crash", None)."""
    clause = spec.tokens[i].clause
    for k in range(i + 1, len(spec.tokens)):
        token = spec.tokens[k]
        if token.clause != clause:
            return None
        if token.stem and keys[k] != keys[i]:
            return token.stem
    return None


#: Negations (:data:`.specifics.NEGATIONS`) that deny a predicate ("did not survive") or
#: that a thing is ("there is no investigation", "no charges were filed"); "nor" joins a
#: denial already read. A thing denied is set against one the other sentence states only
#: when both say it of one subject, or with the same word after it ("No weapon was found"
#: / "reaching for the weapon" are none: :func:`_denies`).
_PREDICATE_NEGATIONS = NEGATIONS - {"nor"}
#: Words between a negation and the word it reaches that make that word a thing, not a
#: predicate: "not *a* homicide", "not *the* first".
_DETERMINERS = DETERMINERS | {"any"}
#: Stems of verbs that deny the verb after "to" ("declined *to* name", "failed *to* reach",
#: "refused *to* release", "its failure *to* hand over", "unable *to* reach").
_DENYING_TO = frozenset(("declin", "refus", "fail", "failur", "unabl"))
#: Stems that deny the verb after them without "not": those of :data:`_DENYING_TO`, and
#: "denied it was *involved*", "rejected".
_DENYING_STEMS = _DENYING_TO | {"deni", "deny", "reject"}
#: Words that make a clause a condition, which states nothing: "*if* it did not hand over".
_CONDITIONS = frozenset(("if", "unless", "whether"))


def _denials(spec: Specifics, keys: list[str]) -> list[tuple[int, int]]:
    """The negations of ``spec`` that deny a predicate: a verb or the adjective after a
    copula, read as :data:`_PREDICATE_NEGATIONS` and "n't"; never a bound ("no later than
    Monday"), a denial that says the word and more ("did not *just* fine the firm"), a
    name ("wouldn't be *Trouble*"), a thing after a determiner ("not a homicide"), a condition ("if it did
    not hand over") or a word the sentence states too ("will not collect your spoken word,
    … may still collect associated texts")."""
    tokens = spec.tokens
    found = []
    for n, head in spec.negations:
        low = tokens[n].low
        if low not in _PREDICATE_NEGATIONS and not low.endswith(("n't", "n’t")):
            continue
        if n + 1 < len(tokens) and tokens[n + 1].low in _AND_MORE:
            continue
        if any(t.low == "than" for t in tokens[n + 2 : n + 4]):
            continue  # a bound: "no later than Monday", "no more than 12"
        if tokens[head].text[:1].isupper() or any(
            tokens[k].low in _DETERMINERS for k in range(n + 1, head)
        ):
            continue
        clause = tokens[n].clause
        if any(t.clause == clause and t.low in _CONDITIONS for t in tokens[:n]):
            continue
        stated = (j for j, key in enumerate(keys) if key == keys[head] and j != head)
        if any(not denied_at(spec, j) for j in stated):
            continue
        found.append((n, head))
    return found


def denied_at(spec: Specifics, j: int) -> bool:
    """Is the word at ``j`` denied, by a negation before it in its clause ("did not
    *survive*", "none were *fired*", "wouldn't *release*") or a verb that denies it
    ("declined to *confirm*", "denied his country was *involved*")?"""
    tokens = spec.tokens
    if negated(spec, j) or any(t.low.endswith(("n't", "n’t")) for t in tokens[max(0, j - 4) : j]):
        return True
    clause = tokens[j].clause
    return any(t.clause == clause and t.stem in _DENYING_STEMS for t in tokens[:j])


#: Words of knowing a thing to be so: denied ("*unable to prove*", "did not *confirm*", "it
#: is not *clear* whether"), they leave what follows them unknown.
_KNOWING = frozenset(
    (
        *("prove", "proves", "proved", "proven", "proof", "show", "shows", "showed", "shown"),
        *("establish", "established", "determine", "determined", "confirm", "confirmed"),
        *("conclude", "concluded", "know", "knows", "knew", "known", "verify", "verified"),
        *("clear", "certain", "sure"),
    )
)
#: Words that say by themselves that a thing is not known: "it is *unclear* whether",
#: said of it after the words of :data:`_STAYS` ("an *unknown* threat" names a thing).
_NOT_KNOWN = frozenset(("unclear", "unknown", "unproven", "unconfirmed", "uncertain"))
_STAYS = BE_FORMS | {"it's", "it’s", "remain", "remains", "remained", "still", "yet"}
#: "know" leaves unknown only a question after it ("no one *knows why* it fell"), not the
#: people it names ("did not *know* the victims").
_KNOW = frozenset(("know", "knows", "knew", "known"))
_QUESTION = frozenset(("why", "how", "whether", "if", "what", "when", "where", "who", "that"))
_MAY_LEAVE_UNKNOWN = re.compile(r"(?i)\b(?:" + "|".join(sorted(_NOT_KNOWN)) + r")\b")
_MAY_KNOW = re.compile(r"(?i)\b(?:" + "|".join(sorted(_KNOWING)) + r")\b")
#: Words whose denial makes the clause's subject nobody: "*None* of the officials could
#: confirm", "*neither* he *nor* his aides would confirm".
_NOBODY_SUBJECTS = frozenset(("none", "nobody", "noone", "neither", "nor", "nothing"))
_MAY_DENY_KNOWING = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(NEGATIONS | _NOBODY_SUBJECTS))
    + r"|unable|fail\w*|declin\w*|refus\w*)\b"
    r"|n['’]t\b"
)


@lru_cache(maxsize=4096)
def unproven_words(text: str) -> frozenset[str]:
    """The stems of what a sentence says is not known to be so: the words after a denied
    word of knowing ("the study is only observational, so it is *unable to prove* a link
    between dieting and heart attacks"; "police could not *confirm* the deaths"; "it is
    *unclear* whether the fire was set"), to the next comma, dash or "but". Such a
    sentence names a claim's words as a caveat or an open question: it states the claim
    less than one asserting them. A run of quoted sentences read as one ("I don't know
    him. … You know what I mean? I imagine …") is read a sentence at a time: a denial
    of one leaves nothing of the next unknown. Empty for a sentence with no such word
    (most: a cheap test first)."""
    if _MAY_LEAVE_UNKNOWN.search(text) is None and (
        _MAY_KNOW.search(text) is None or _MAY_DENY_KNOWING.search(text) is None
    ):
        return frozenset()
    found: frozenset[str] = frozenset()
    for part in _ONE_SENTENCE.split(text):
        found |= _left_unknown(part)
    return found


#: Where one sentence of a run read as one ends and the next begins.
_ONE_SENTENCE = re.compile(r"(?<=[.?!])[\"”’]?\s+(?=[\"“‘']?[A-Z])")


def _left_unknown(text: str) -> frozenset[str]:
    """:func:`unproven_words` of one sentence."""
    spec = analyse(text)
    tokens = spec.tokens
    for j, token in enumerate(tokens):
        if token.low in _NOT_KNOWN and j and tokens[j - 1].low in _STAYS:
            return _to_break(spec, j + 1)
        if token.low in _KNOWING and _knowing_denied(spec, j):
            return _to_break(spec, j + 1)
    return frozenset()


#: Words of the verb phrase between a denial and the word of knowing it governs: "could
#: *not be* confirmed", "has *not yet been able to* confirm", "it is *not immediately*
#: clear", "can't *yet be* sure"; an adverb in "-ly" besides ("could not *independently*
#: verify").
_KNOWING_REACH = (
    BE_FORMS
    | MODALS
    | {"being", "am", "have", "has", "had", "do", "does", "did", "to", "able", "yet", "ever"}
    | {"still", "even", "so", "very", "quite", "always", "really", "all", "at"}
)
#: Words that make the words after a word of knowing the thing known: "for sure", "for
#: certain" ("no one knows *for certain* what happened"; "could not say *for sure* where").
_FOR_SURE = frozenset(("sure", "certain"))


def _knowing_denied(spec: Specifics, j: int) -> bool:
    """Is the word of knowing at ``j`` denied by a word of its own verb phrase: a negation
    next to it or before its auxiliaries ("did not *confirm*", "could not be *verified*",
    "it is not immediately *clear*", "no *proof*", "no one *knows* why"), a verb denying
    the verb after "to" ("*unable to* prove", "*declined to* confirm"), "no" before a thing
    and "to" ("*no* evidence *to* show"), or a nobody subject before its auxiliaries ("*none
    of the officials could* confirm")? Not a denial earlier in a long clause whose own verb
    comes between: "*no* charges were filed … police said they *know* why", "the *failed*
    candidate made *clear*". "know" governs only a question after it ("no one *knows why*
    it fell"; not "did not *know* the victims"), "sure" or "certain" after "for" the verb
    before them ("could not *say for sure* where")."""
    tokens = spec.tokens
    low = tokens[j].low
    if low in _KNOW:
        after = j + 1
        while after < len(tokens) and (
            _adverb(tokens[after].low)
            or (tokens[after].low == "for" and after + 1 < len(tokens))
            or (tokens[after].low in _FOR_SURE and tokens[after - 1].low == "for")
        ):
            after += 1
        if after >= len(tokens) or tokens[after].low not in _QUESTION:
            return False
    elif low in _FOR_SURE and j > 1 and tokens[j - 1].low == "for":
        j -= 2  # "say for sure", "know for certain": the verb's phrase is read
    clause = tokens[j].clause
    k, reach = j - 1, []
    while (
        k >= 0
        and tokens[k].clause == clause
        and (tokens[k].low in _KNOWING_REACH or _adverb(tokens[k].low))
    ):
        reach.append(tokens[k].low)
        k -= 1
    if k < 0 or tokens[k].clause != clause:
        return False
    word = tokens[k]
    if word.low in NEGATIONS or word.low.endswith(("n't", "n’t")) or word.low in _NOBODY_SUBJECTS:
        return True  # "did not confirm", "no proof", "nobody knows why", "neither confirm"
    if word.low == "one" and k and tokens[k - 1].low == "no":
        return True  # "no one knows", "no one could confirm"
    if word.stem in _DENYING_TO and reach[-1:] == ["to"]:
        return True  # "unable to prove", "declined to confirm", "failed to show"
    if reach[:1] == ["to"] and any(t.low == "no" for t in tokens[max(0, k - 2) : k]):
        return True  # "no evidence to show", "no due process to prove"
    return bool(reach) and reach[-1] in MODALS | _AUXILIARIES and _nobody_subject(spec, k)


def _nobody_subject(spec: Specifics, k: int) -> bool:
    """Do the few words of the clause to ``k``, before the auxiliary of a word of knowing,
    make a subject that is nobody, with no verb of their own ("*none of the officials*
    could confirm", "*neither he nor his aides* could say", "*no official* would confirm",
    "*no one at the scene* could confirm"; not "no charges were filed, and police could
    confirm")?"""
    tokens = spec.tokens
    clause = tokens[k].clause
    subject = [
        (i, t)
        for i, t in enumerate(tokens[max(0, k - 4) : k + 1], max(0, k - 4))
        if t.clause == clause
    ]
    if any(t.low in BE_FORMS | MODALS | _AUXILIARIES for _, t in subject):
        return False
    first = subject[0][0]
    opens = first == 0 or tokens[first - 1].clause != clause
    return any(
        t.low in _NOBODY_SUBJECTS
        or (t.low == "no" and (tokens[i + 1].low == "one" or (i == first and opens)))
        for i, t in subject
    )


def _adverb(low: str) -> bool:
    """Is the word an adverb in "-ly" ("immediately", "independently"), "only" aside ("not
    *only* confirmed … but")?"""
    return low.endswith("ly") and low != "only"


#: Auxiliaries that open a verb phrase after its subject ("none of them *has* confirmed").
_AUXILIARIES = frozenset(("have", "has", "had", "do", "does", "did"))


_BREAK = re.compile(r"[,;:—–(]")


def _to_break(spec: Specifics, start: int) -> frozenset[str]:
    """The stems of the words from ``start`` to the first comma, colon, dash or "but": the
    part a word of knowing governs ("it is not clear whether the pistol was real*,* but
    the police are investigating"; "for reasons that remain unclear*,* prosecutors
    rebuffed the offer")."""
    tokens, text = spec.tokens, spec.text
    while start < len(tokens) and _adverb(tokens[start].low):
        start += 1  # "did not know *precisely* where": how it is not known, not what
    stems: list[str] = []
    for k in range(start, len(tokens)):
        if tokens[k].low == "but" or (
            k and _BREAK.search(text, tokens[k - 1].end, tokens[k].start)
        ):
            break
        if stem := tokens[k].stem:
            stems.append(stem)
    return frozenset(stems)


@lru_cache(maxsize=8192)
def _denials_of(text: str) -> tuple[tuple[str, frozenset[str], str | None], ...]:
    """Each predicate the sentence denies (:func:`_denials`), read once: its key, who or
    what it is denied of, and the word after it."""
    spec = analyse(text)
    if not spec.negations:
        return ()
    keys = _keys(spec)
    return tuple(
        (keys[head], _subject(spec, n), _next(spec, keys, head)) for n, head in _denials(spec, keys)
    )


@lru_cache(maxsize=8192)
def _read(text: str) -> tuple[Specifics, list[str], frozenset[str]]:
    """The sentence's specifics, each token's predicate key (:func:`_keys`) and their set."""
    spec = analyse(text)
    keys = _keys(spec)
    return spec, keys, frozenset(keys)


def _denies(neg: str, plain: str) -> bool:
    """Does ``neg`` deny a predicate ``plain`` states, of the same subject?"""
    denials = _denials_of(neg)
    if not denials:
        return False
    spec, keys, held = _read(plain)
    for key, subject, after in denials:
        if key not in held:
            continue
        for j in (j for j, other in enumerate(keys) if other == key):
            if denied_at(spec, j):
                continue  # both deny it: "did not survive" / "never survived"
            said_of, then = _subject(spec, j), _next(spec, keys, j)
            if after and then and after != then:
                continue  # "would not result in a criminal record" / "result in a ticket"
            if subject and said_of:
                if not subject & said_of:
                    continue  # "the mayor did not attend" / "the governor attended"
            elif not (after and after == then):
                continue  # "I don't know who" / "you know, those women": said of whom?
            return True
    return False


#: Stems of the verbs that say a statement is true, and of those that say it is not.
CONFIRMING = frozenset(("confirm", "admit", "acknowledg"))
DENYING = frozenset(("deni",))
#: Stems of the verbs that say a body's decision went one way, and of those that say it
#: went the other: a motion "passed" / "defeated", a plan "approved" / "rejected".
APPROVING = frozenset(("pass", "approv", "adopt", "ratifi"))
REJECTING = frozenset(("reject", "defeat"))
#: Stems of the verbs of a verdict, guilty and not: "convicted" / "acquitted".
CONVICTING = frozenset(("convict",))
ACQUITTING = frozenset(("acquit",))
#: Verbs of one thing told both ways, each pair the yes first: confirmed or denied,
#: approved or rejected, convicted or acquitted.
OPPOSED_VERBS = ((CONFIRMING, DENYING), (APPROVING, REJECTING), (CONVICTING, ACQUITTING))


def _at(spec: Specifics, stems: frozenset[str]) -> list[int]:
    """Where the sentence says a word of ``stems`` that nothing denies."""
    return [i for i, t in enumerate(spec.tokens) if t.stem in stems and not denied_at(spec, i)]


def _called_off(spec: Specifics) -> tuple[list[int], list[int]]:
    """Where the sentence has a planned thing called off or put back ("was postponed"),
    and where it has it go ahead ("went ahead as planned"), neither denied."""
    if not _signals(spec.text) & {"off", "ahead"}:
        return [], []
    off, ahead = outcome_words(spec)
    return [i for i in off if not denied_at(spec, i)], [i for i in ahead if not denied_at(spec, i)]


def _opposed(x: Specifics, i: int, y: Specifics, j: int, *, object_told: bool = False) -> bool:
    """Are the word at ``i`` and the one at ``j`` said of one subject, with the same word
    after them when both have one ("*the vote* was postponed" / "*the vote* went ahead")?
    With ``object_told``, both must have that word ("passed *the motion*" / "defeated *the
    motion*", not "approved 161 contestants" / "rejected all but 30"), and the subjects
    share a word besides a name ("*the Orrin board*" / "*residents* of Orrin": two)."""
    subject, said_of = _subject(x, i), _subject(y, j)
    if object_told:
        # a decision's body may be named by its members: "*jurors* acquitted" / "*the jury*"
        subject, said_of = as_body(x, i, subject), as_body(y, j, said_of)
    if not subject & said_of:
        return False
    after = _next(x, _keys(x), i)
    then = _next(y, _keys(y), j)
    if object_told:
        return bool(after) and after == then and one_decision(x, i, subject, y, j, said_of)
    return not (after and then and after != then)


def one_decision(
    x: Specifics, i: int, subject: frozenset[str], y: Specifics, j: int, said_of: frozenset[str]
) -> bool:
    """May the verb at ``i`` of ``x`` (said of ``subject``) and the one at ``j`` of ``y``
    (said of ``said_of``) tell one decision or verdict? The subjects share a word besides a
    name ("*the Orrin board*" / "*residents* of Orrin": two bodies), name no two bodies
    ("the board of *Orrin* Bank" / "the board of *Kessick* Bank"), are not each narrowed
    by a word the other sentence lacks ("the *county* council" / "the *Varnholt* council":
    one may say more, "the Varnholt *town* council" / "the Varnholt council"), and every
    word told after one verb is a word of the other sentence: "convicted Dorn of
    *manslaughter*" / "acquitted Dorn of murder" is a split verdict, "passed the bill at
    its *first* reading" / "rejected the bill at its final reading" two votes."""
    named = {t.stem for t in (*x.tokens, *y.tokens) if t.stem and capitalised(t)}
    subject, said_of = as_body(x, i, subject), as_body(y, j, said_of)
    if not (subject & said_of) - named:
        return False
    names_x, names_y = subject & named, said_of & named
    if names_x and names_y and names_x != names_y:
        return False
    if subject - _stems(y) and said_of - _stems(x):
        return False  # each body narrowed by a word the other lacks: "the *county* council"
    told_x, told_y = _told_after(x, i), _told_after(y, j)
    return told_x <= _stems(y) and told_y <= _stems(x)


def as_body(spec: Specifics, i: int, subject: frozenset[str]) -> frozenset[str]:
    """The subject of the verb at ``i`` with the members of a body that the clause names
    as its whole subject read as the body (:data:`.lexicon.BODY_MEMBERS`): "*Councillors*
    in Tessaly on Monday rejected" tells the council's decision. Members with a word before
    them ("*three* councillors", "*opposition* councillors"; "the" aside) or a common word
    after them ("councillors on the *planning committee*"; a name, "in Tessaly", and a
    date aside) are a part of it, and stay members; so is one member, "*a juror*",
    "*Councillor* Ada Morn": only the plural names the body."""
    tokens, clause = spec.tokens, spec.tokens[i].clause
    start = next((k for k in range(i - 1, -1, -1) if tokens[k].clause != clause), -1) + 1
    dated = {n for v in spec.values if v.kind == "date" for n in range(v.first, v.last + 1)}
    for k in range(start, i):
        member = tokens[k].stem or ""
        if member not in BODY_MEMBERS or not tokens[k].low.endswith("s"):
            continue  # one member is no body: "*a juror* acquitted", "*Councillor* Morn"
        before = [t for t in tokens[start:k] if t.low not in ARTICLES]
        after = [
            t
            for n, t in enumerate(tokens[k + 1 : i], k + 1)
            if t.stem and not capitalised(t) and n not in dated
        ]
        if before or after:
            return subject
        return (subject - {member}) | {BODY_MEMBERS[member]}
    return subject


def _stems(spec: Specifics) -> frozenset[str]:
    return frozenset(t.stem for t in spec.tokens if t.stem)


def _told_after(spec: Specifics, i: int) -> frozenset[str]:
    """The content stems after the word at ``i`` in its clause (", his lawyer said" aside)."""
    clause = spec.tokens[i].clause
    return frozenset(t.stem for t in spec.tokens[i + 1 :] if t.stem and t.clause == clause)


def _outcome_apart(x: Specifics, y: Specifics) -> bool:
    """Does ``x`` have a planned thing called off that ``y`` has go ahead, of one subject
    ("The vote was postponed" / "The vote went ahead as planned")? A sentence telling
    both ("flights were cancelled, but the summit went ahead") tells neither."""
    off_x, ahead_x = _called_off(x)
    off_y, ahead_y = _called_off(y)
    if not off_x or ahead_x or not ahead_y or off_y:
        return False
    return _opposed(x, off_x[0], y, ahead_y[0])


def _confirmed_denied(
    x: Specifics, y: Specifics, yes: frozenset[str] = CONFIRMING, no: frozenset[str] = DENYING
) -> bool:
    """Does ``x`` say a statement was confirmed that ``y`` says was denied, by one subject
    ("Police confirmed the arrest" / "Police denied the arrest")? With another pair of
    :data:`OPPOSED_VERBS` as ``yes`` and ``no``: a decision one way and the other ("The
    council passed a motion" / "The council defeated a motion"), a verdict ("convicted" /
    "acquitted"), each verb with the same word after it."""
    confirmed, denied = _at(x, yes), _at(y, no)
    if len(confirmed) != 1 or len(denied) != 1 or _at(y, yes):
        return False
    if any(t.stem in no for t in x.tokens):
        return False
    return _opposed(x, confirmed[0], y, denied[0], object_told=yes is not CONFIRMING)


#: A negation that may deny (:data:`_PREDICATE_NEGATIONS`, "n't"), none that denies
#: nothing: "not only", "no doubt", "no matter", "not least", a denial that says the word
#: and more (:data:`_AND_MORE`: "not just") or a bound ("no later than").
_NEGATION = (
    rf"(?:\b(?:{'|'.join(sorted(_PREDICATE_NEGATIONS))})\b|n[’']t\b)"
    r"(?!\W+(?:only|least|doubt|matter|just|merely|simply)\b)(?!\W+\w+\W+than\b)"
)
#: The negations that may deny.
_NOT = re.compile(_NEGATION)
#: Pieces of words that the cheap tests of :func:`_signals` look for, by signal: each a
#: part of every word of its kind (the outcomes of :mod:`.outcomes`, :data:`CALLED_OFF`
#: among them; confirming; denying; a decision or a verdict either way: the stems of
#: :data:`OPPOSED_VERBS`), so a sentence without them has none.
_SIGNAL_PIECES = (
    ("off", (
        *sorted(CALLED_OFF), "call off", "called off", "calls off", "calling off", "reschedul",
        "put off", "pushed back",
    )),
    ("ahead", ("ahead", "as planned", "as scheduled", "on schedule", "proceed")),
    ("confirms", tuple(sorted(CONFIRMING))),
    ("denies", (*sorted(DENYING), "deny")),
    ("approves", tuple(sorted(APPROVING))),
    ("rejects", tuple(sorted(REJECTING))),
    ("convicts", tuple(sorted(CONVICTING))),
    ("acquits", tuple(sorted(ACQUITTING))),
)  # fmt: skip

#: The signals of :data:`_SIGNAL_PIECES` of each pair of :data:`OPPOSED_VERBS`, in order.
_OPPOSED_SIGNALS = (("confirms", "denies"), ("approves", "rejects"), ("convicts", "acquits"))
#: The verbs of a decision or a verdict of :data:`OPPOSED_VERBS` as written, whole words
#: ("passed", not "passengers"). Confirmed or denied is not among them: its judge
#: (:func:`..conflicts.outcomes.confirmed_denied`) asks only that most words after the verbs
#: be shared, which "confirmed it had *received* the offer" / "denied it had *accepted* the
#: offer" are, so it sees only the pairs a negation, a role or a time of day flags.
_MAY_TELL_BOTH_WAYS = re.compile(
    r"\b(?:"
    + "|".join(sorted((APPROVING | REJECTING | CONVICTING | ACQUITTING) - {"pass"}))
    + r")\w*|\bpass(?:es|ed|ing)?\b",
    re.IGNORECASE,
)


def may_tell_both_ways(text: str) -> bool:
    """Whether the sentence holds a verb of a decision or a verdict of
    :data:`OPPOSED_VERBS` (approved or rejected, convicted or acquitted): one without any
    tells no decision or verdict that another may tell the other way (a cheap test, before
    any analysis)."""
    return _MAY_TELL_BOTH_WAYS.search(text) is not None


@lru_cache(maxsize=8192)
def _signals(text: str) -> frozenset[str]:
    """Cheap tests, before any analysis: may the sentence deny a predicate ("no"), tell an
    outcome ("off", "ahead"), confirm a statement ("confirms") or deny one ("denies"), tell
    a decision ("approves", "rejects") or a verdict ("convicts", "acquits")?"""
    low = text.lower()
    found = {signal for signal, pieces in _SIGNAL_PIECES if any(piece in low for piece in pieces)}
    if _NOT.search(low):
        found.add("no")
    return frozenset(found)


#: A predicate negation and the words after it, where the word it denies is.
_NOT_REACH = re.compile(_NEGATION + r"((?:[^\w]+[\w’'-]+){1,5})")


@lru_cache(maxsize=8192)
def _after_negations(text: str) -> frozenset[str]:
    """The family stems of the few words after each negation: the word a negation denies
    is one of them (a cheap test before any analysis)."""
    found = {
        content_stem(word) for reach in _NOT_REACH.findall(text.lower()) for word in words(reach)
    }
    found.discard(None)
    return frozenset(family_stems(s for s in found if s))


@lru_cache(maxsize=8192)
def _family_words(text: str) -> frozenset[str]:
    """The family stems of every content word of the sentence."""
    return frozenset(family_stems(s for s in map(content_stem, words(text)) if s))


def _may_deny(neg: str, plain: str) -> bool:
    """Can ``neg`` deny a word of ``plain``: is a word just after one of its negations a
    word of ``plain`` (a cheap test before any analysis)?"""
    denied = _after_negations(neg)
    return bool(denied) and not denied.isdisjoint(_family_words(plain))


@lru_cache(maxsize=4096)
def _contradicts(a: str, b: str) -> bool:
    if (_may_deny(a, b) and _denies(a, b)) or (_may_deny(b, a) and _denies(b, a)):
        return True
    signals_a, signals_b = _signals(a), _signals(b)
    if ("off" in signals_a and "ahead" in signals_b) or (
        "off" in signals_b and "ahead" in signals_a
    ):
        spec_a, spec_b = analyse(a), analyse(b)
        if _outcome_apart(spec_a, spec_b) or _outcome_apart(spec_b, spec_a):
            return True
    return _opposed_verbs(a, b, _OPPOSED_SIGNALS[:1])


def _opposed_verbs(a: str, b: str, signals: tuple[tuple[str, str], ...]) -> bool:
    """Does one sentence say with a verb of :data:`OPPOSED_VERBS` what the other says with
    its opposite, of one subject, for the pairs whose signals are ``signals``?"""
    for (yes, no), (said_yes, said_no) in zip(OPPOSED_VERBS, _OPPOSED_SIGNALS, strict=True):
        if (said_yes, said_no) not in signals:
            continue
        for x, y in ((a, b), (b, a)):
            if said_yes not in _signals(x) or said_no not in _signals(y):
                continue
            if _confirmed_denied(analyse(x), analyse(y), yes, no):
                return True
    return False


def contradicts(a: str, b: str) -> bool:
    """Does one sentence deny the predicate the other states, of the same subject ("The
    pilot did not survive the crash" / "The pilot survived the crash"; "The vote did not
    go ahead as planned" / "The vote went ahead as planned")? Both denying it ("did not
    survive" / "never survived"), a denial of another word ("The pilot, who did not speak,
    survived"), a bound ("no fewer than 12", "no later than Monday") and two subjects with
    no word in common ("the mayor did not attend" / "the governor attended") are none.
    One that was called off and one that went ahead ("The vote was postponed" / "The vote
    went ahead as planned"), and one confirmed and one denied ("Police confirmed the
    arrest" / "Police denied the arrest"), or a decision or a verdict told both ways ("The
    council passed the motion" / "The council defeated the motion"), are contradictions
    too. A pair with no word of
    any of these is read no further, and so is a question, which states nothing ("Did the
    minister not resign?")."""
    signals_a, signals_b = _signals(a), _signals(b)
    decisions = tuple(
        (yes, no)
        for yes, no in _OPPOSED_SIGNALS[1:]
        if (yes in signals_a and no in signals_b) or (yes in signals_b and no in signals_a)
    )
    # a decision or a verdict told both ways is read alone: "rejected all but 30" denies
    # no verb of "approved 161 contestants", nor does any other pair of them
    denials = (
        "no" in signals_a
        or "no" in signals_b
        or ("off" in signals_a and "ahead" in signals_b)
        or ("off" in signals_b and "ahead" in signals_a)
        or ("confirms" in signals_a and "denies" in signals_b)
        or ("confirms" in signals_b and "denies" in signals_a)
    )
    if not (denials or decisions) or _question(a) or _question(b):
        return False
    if decisions and _opposed_verbs(a, b, decisions):
        return True
    return denials and (_contradicts(a, b) if a <= b else _contradicts(b, a))


def _question(text: str) -> bool:
    """Does the sentence ask rather than state ("Did the minister not resign?")?"""
    return text.rstrip(" \"'”’)").endswith("?")


#: Words a negation says little against, as it is a figure of speech: "not *far* from the
#: city" is near it, "not *unlike*", "not *long* after", "came as *no surprise*", "there
#: is *no question* he saved them", "*no small* feat", "it makes *no difference*".
_LITOTES = frozenset((
    "far", "long", "unlike", "unusual", "uncommon", "least", "until", "surprise", "question",
    "secret", "accident", "coincidence", "wonder", "small", "stranger", "difference",
))  # fmt: skip
#: Prepositions before "no" that make it a manner, not a denial: "hit *with no* warning",
#: "*at no* cost".
_MANNER = frozenset(("with", "at", "of", "for"))
#: Words that open what a denial leaves open, a question told, not a fact denied: "did not
#: say *whether*", "offered no word on *what* caused".
_OPEN = frozenset(("whether", "if", "what", "who", "why", "how", "when", "where", "which"))
#: Words that make a negation a bound, far after it too: "not supposed to hold more *than*
#: 150", "did not get to the miners *until* Tuesday" (they got there on Tuesday).
_BOUNDS = frozenset(("than", "until", "till"))
#: Words between a verb denying the verb after "to" and "to" that keep it one ("refusing
#: *for* years to", "*again* declined to"), besides an adverb in "-ly" ("declined
#: *repeatedly* to"): any other word makes the first a thing, not a verb ("its failed *bid*
#: to buy", "a pump failure *led* to", "refuse *workers* vowed to").
_BEFORE_TO = frozenset(("for", "again", "still", "even", "once", "however"))
#: Forms of "be" and "get" that make "denied" a thing withheld, not a statement denied:
#: "was *denied* bail", "were *denied* entry" (the other may tell it "remanded in custody").
_PASSIVE = BE_FORMS | {"being", "get", "gets", "got"}
#: Words before "yet to" that make it a denial so far: "has *yet to* approve".
_YET_BEFORE = frozenset(("has", "have", "had", "is", "are", "was", "were", "remains", "remain"))
#: A word of every sentence :func:`_denied_clauses` may read a denial from: a negation, a
#: nobody word, a verb denying the verb after "to", "yet to" or "denied".
#: Searched in the lower-cased sentence: a case-blind search of many words is several times
#: slower, and this runs on each sentence of every match.
_MAY_DENY_CLAUSE = re.compile(
    r"\b(?:(?:not|no|never|cannot|nobody|none|noone|yet)\b|deni|deny|declin|refus|fail|unabl)"
    r"|n['’]t\b"
)
#: Pieces of words that tell a thing stopped, refused or kept from happening without a
#: negation: a sentence holding one may say in its words what the other denies ("the union
#: *turned down* the plan" / "failing to persuade the union to accept the plan"; plans "*on
#: hold*" / "no plans"; "help it *resume* payments", "debts going *unpaid*" / "unable to
#: make payments"; "not released" / "*withheld*"), so a denial against it is not read as
#: told the other way round.
_DENYING_PIECES = re.compile(  # searched in the lower-cased sentence, as _MAY_DENY_CLAUSE
    r"\b(?:deni|deny|refus|reject|dismiss|without|lack|fail|turn(?:s|ed|ing)? down"
    r"|on hold|postpon|delay|cancel|suspend|scrap|halt|abandon|call(?:s|ed|ing)? off|put off"
    r"|resum|avoid|stop|retain|keep|kept|withh[eo]ld|block|prevent|bann?(?:s|ed|ing)?\b|barr?ed"
    r"|declin"
    r"|unable|instead"
    r"|un(?:paid|harmed|hurt|answered|resolved|known|clear|confirmed|published|signed))"
)
#: The share of a denied clause's words the other sentence must tell for the denial to be
#: of what it tells (:func:`polarity_apart`).
DENIED_TOLD = 2 / 3


def _cancelled(spec: Specifics, k: int) -> bool:
    """Is the word at ``k`` itself denied, a denial of a denial ("did not *deny*", "did
    not *fail* to")?"""
    clause = spec.tokens[k].clause
    before = [t for t in spec.tokens[max(0, k - 3) : k] if t.clause == clause]
    return any(t.low in NEGATIONS or t.low.endswith(("n't", "n’t")) for t in before)


def _denies_nothing(spec: Specifics, n: int, conditions: bool = False) -> bool:
    """Does the negation at ``n`` (one :mod:`.specifics` reads, so not "not only", "no
    doubt") deny nothing the clause states: "not just" (:data:`_AND_MORE`), a figure of
    speech (:data:`_LITOTES`), a manner ("with no warning"), a bound (:data:`_BOUNDS`: "not
    supposed to hold more *than* 150", "did not get there *until* Tuesday"), a condition
    ("*if* it did not hand over"), a question left open ("did not say *whether*") or a
    denial denied ("did not *deny*", "did not *fail* to")? With ``conditions``, a condition
    is read as a denial too."""
    tokens = spec.tokens
    clause = tokens[n].clause
    rest = [t for t in tokens[n + 1 : n + 8] if t.clause == clause]
    if not rest or rest[0].low in _AND_MORE:
        return True
    if n > 0 and tokens[n - 1].low in (*_MANNER, "or"):
        return True
    if any(t.low in _LITOTES for t in rest[:2]) or any(t.low in _BOUNDS for t in rest):
        return True
    if not conditions and any(t.clause == clause and t.low in _CONDITIONS for t in tokens[:n]):
        return True
    if any(t.low in _OPEN for t in rest[:5]):
        return True
    return any((t.stem or "") in _DENYING_STEMS for t in rest[:3])


@lru_cache(maxsize=8192)
def _denied_clauses(text: str, conditions: bool = False) -> tuple[frozenset[str], ...]:
    """The family stems of the content words of each clause of the sentence that a denial
    makes say the opposite of what its words tell: a negation ("have *not* been
    published", "*no* survivors were found", "*never* visited"), a clause said of nobody
    ("*No one* was hurt"), a verb denying the verb after "to" ("*declined to* name",
    "*failed to* reach"), "*has yet to* approve" and "*denied* setting the fire"; none that
    denies nothing (:func:`_denies_nothing`; with ``conditions``, a condition denies too:
    "*if* she agrees not to appeal"), nor a question."""
    if _MAY_DENY_CLAUSE.search(text.lower()) is None or _question(text):
        return ()
    spec = analyse(text)
    tokens = spec.tokens
    pieces = _pieces(text, spec)
    # the negations as :mod:`.specifics` reads them ("not only", "no doubt" deny nothing)
    negations = {n for n, _ in spec.negations}
    clauses: set[tuple[int, int]] = set()
    for k, token in enumerate(tokens):
        low = token.low
        after = tokens[k + 1].low if k + 1 < len(tokens) else ""
        if low in _NOBODY or (low == "no" and after == "one"):
            clauses.add(pieces[k])
        elif k in negations and (low in _PREDICATE_NEGATIONS or low.endswith("n't")):
            if not _denies_nothing(spec, k, conditions):
                clauses.add(pieces[k])
        elif (
            (token.stem in _DENYING_TO and _to_after(spec, k))
            or (low == "yet" and after == "to" and k and tokens[k - 1].low in _YET_BEFORE)
            or (token.stem in ("deni", "deny") and not _withheld(spec, k))
        ) and not _cancelled(spec, k):
            clauses.add(pieces[k])
    return tuple(
        frozenset(
            family_stems(
                t.stem for t, p in zip(tokens, pieces, strict=True) if p == piece and t.stem
            )
        )
        for piece in sorted(clauses)
    )


#: A full stop, or a mark that ends a sentence, before a space: one sentence of a quote told
#: in several ("It makes no difference. They have already selected the people").
_STOP = re.compile(r"[.!?][\"'”’]*\s")


def _pieces(text: str, spec: Specifics) -> list[tuple[int, int]]:
    """Each token's clause, told apart further where a quote's sentence ends inside it."""
    ends = [m.start() for m in _STOP.finditer(text)]
    if not ends:  # most sentences: one stop at the very end, no space after it
        return [(token.clause, 0) for token in spec.tokens]
    found, stops = [], 0
    for k, token in enumerate(spec.tokens):
        if k and any(spec.tokens[k - 1].end <= end < token.start for end in ends):
            stops += 1
        found.append((token.clause, stops))
    return found


def _to_after(spec: Specifics, k: int) -> bool:
    """Is "to" the word after the word at ``k``, in its clause ("refused *to* release"), or
    among the three after it with only words of :data:`_BEFORE_TO` (and the word after
    "for"), or adverbs between ("after refusing for years *to* turn over"; not "its failed
    bid *to* buy")?"""
    clause, before = spec.tokens[k].clause, ""
    for t in spec.tokens[k + 1 : k + 4]:
        if t.clause != clause:
            return False
        if t.low == "to":
            return True
        if t.low not in _BEFORE_TO and not t.low.endswith("ly") and before != "for":
            return False  # "for" takes one word of its own: "for years", "for months"
        before = t.low
    return False


def _withheld(spec: Specifics, k: int) -> bool:
    """Is "denied" at ``k`` a thing withheld from someone, a form of "be" or "get" before
    it and a word after it other than "by" ("was *denied* bail", "were denied entry"), a
    fact told, not a statement denied ("the claims were denied by Brenmark")?"""
    tokens = spec.tokens
    if not k or tokens[k - 1].low not in _PASSIVE or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return after.clause == tokens[k].clause and after.low not in ("by", "that") and bool(after.stem)


def _denies_told(
    denied: tuple[frozenset[str], ...],
    other: frozenset[str],
    share: float = DENIED_TOLD,
    least: int = 2,
    own: frozenset[str] | None = None,
) -> bool:
    """Is one of ``denied`` (:func:`_denied_clauses`) about what the other sentence tells:
    are ``share`` of its words, ``least`` at least, words of ``other`` ("Quell, who did not
    return calls, resigned" denies nothing "Quell resigned Monday" tells)? Given ``own``,
    the words of the denying sentence, the other must tell a word it does not: "The ferry
    did not sink after it hit rocks" / "The ferry hit rocks" denies nothing the other
    tells, whose verb is a word the first states, or the one it denies, which
    :func:`contradicts` reads."""
    for stems in denied:
        shared = len(stems & other)
        if shared < least or shared < share * len(stems):
            continue
        if own is not None and other <= own:
            continue
        return True
    return False


def polarity_apart(a: str, b: str) -> bool:
    """Does one sentence deny what the other states, whatever verb each tells it with: is
    a clause of one denied (:func:`_denied_clauses`: "The findings have not been published
    in the journal Ventricle", "has yet to approve", "No survivors were found", "declined
    to name") and about what the other tells (:func:`_denies_told`, :data:`DENIED_TOLD` of
    its words), while no denied clause of the other, a condition's aside, shares a word with the first ("The
    findings appeared Wednesday in the journal Ventricle")? Both denying ("No one was
    hurt" / "There were no injuries"; "has not sought to extradite either man" / "has not
    sought to extradite Ahmed, though the law permits it"), a denial of another thing
    ("Quell, who did not return calls, resigned"), "not only … but", a denial denied ("did
    not deny that it sold"), a statement in words that deny (:data:`_DENYING_PIECES`:
    "turned down", "on hold") and a question are none. Such a pair backs neither sentence."""
    denied_a, denied_b = _denied_clauses(a), _denied_clauses(b)
    if not (denied_a or denied_b) or (denied_a and _DENYING_PIECES.search(b.lower())):
        return False
    if denied_b and _DENYING_PIECES.search(a.lower()):
        return False
    words_a, words_b = _family_words(a), _family_words(b)
    # the other side is read wide: any denial of it, a condition's too, sharing a word
    if _denies_told(denied_a, words_b, own=words_a):
        return not _denies_told(_denied_clauses(b, conditions=True), words_a, 0.0, 1)
    if _denies_told(denied_b, words_a, own=words_b):
        return not _denies_told(_denied_clauses(a, conditions=True), words_b, 0.0, 1)
    return False
