"""Who says a sentence: the phrase that names its source, not what it states.

"“The U.S. is miscalculating,” the North’s Rodong Sinmun newspaper said in a
commentary" and "North Korea’s Rodong Sinmun newspaper said relations were
thawing" share their most weighty words, and state nothing in common. A speaker
phrase is the noun phrase next to a verb of saying (said, says, told, reported,
added, wrote, according to), its head a name or a word for a source (newspaper,
agency, spokesman, officials, police, ministry…): "the state news agency KCNA
reported", "a police spokesman told reporters", "officials at the ministry said",
"according to a statement from the ministry", with what follows the verb about
where it was said ("in a commentary", "on Monday", "at a news conference"). Also read:
one described after the verb ("…, said Ellen Fink, a longtime friend"), one described
before the name after a verb that follows what was said ("…,” said hydrologist Oskar Veldt
of the Corley Institute", "…, says study co-author Oskar Veldt"), when asked who
is quoted one described between commas before it ("Anna Brannoch, a farmer in
Varnholt, said": ``described``), where the speaker stood ("officials at the scene said"), whom it was told to in court
("told the judge"), a setting opening the sentence ("In an interview with the Courier,"),
"confirmed to" an outlet, and "declined to comment", which tells nothing beyond who declined.

Read without a tagger, from the words alone: a phrase is taken only when every
word of it is one a source's name is made of (names, titles, a few modifiers and
prepositions) and it ends on a head word, so "the bridge was closed, officials
said" gives "officials", never "the bridge".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar import WEEKDAY_NAME, WEEKDAYS
from .names import is_name_word, name_key
from .saying import REPORTS, alternatives
from .segment import WORD, content_stem, stopwords
from .verbs import has_verb

#: Verbs that attribute what a sentence states to someone (:data:`.saying.REPORTS`), and
#: "saying" ("quoted as saying", "in a statement saying").
_VERBS = REPORTS | {"saying"}
#: Words a source's phrase ends on (besides names): sources, their people, their outlets.
HEADS = frozenset(
    {"newspaper", "newspapers", "paper", "daily", "agency", "agencies", "spokesman",
     "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "official",
     "officials", "police", "ministry", "department", "office", "statement", "statements",
     "commentary", "editorial", "source", "sources", "media", "television", "tv",
     "broadcaster", "radio", "network", "website", "government", "authorities", "officer",
     "officers", "prosecutor", "prosecutors", "witness", "witnesses", "analyst", "analysts",
     "expert", "experts", "aide", "aides", "representative", "representatives", "lawyer",
     "lawyers", "attorney", "attorneys", "company", "minister", "ministers", "diplomat",
     "diplomats", "leader", "leaders", "reporters", "journalists", "correspondent", "service",
     "channel", "outlet", "magazine", "journal", "wire", "bureau", "embassy", "investigators",
     "investigator", "sheriff", "coroner", "report", "reports", "release", "communique",
     "announcement", "broadcast", "interview", "briefing", "conference", "tweet", "post",
     "letter", "dispatch", "article", "spokesman's", "military", "army", "regime",
     "administration", "officialdom", "secretary", "chief", "president", "director",
     "commander", "mouthpiece", "organ", "judge", "jury", "jurors", "court", "panel",
     "committee", "lawmakers", "hearing"}
)  # fmt: skip
#: Words found inside a source's phrase before its head.
_INSIDE = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "two", "three", "several", "other",
     "one", "some", "many", "senior", "top", "state", "state-run", "state-owned",
     "state-controlled", "official", "local", "federal", "national", "government",
     "news", "foreign", "defense", "defence", "interior", "health", "press", "police",
     "military", "regional", "city", "county", "provincial", "deputy", "unnamed",
     "anonymous", "of", "at", "for", "from", "with", "in", "on", "ruling", "party",
     "communist", "u.s", "u.s.", "us", "chief", "spokesman", "spokeswoman", "security",
     "intelligence", "public", "prime", "vice", "white", "house", "justice", "news-agency",
     "statement", "issued", "released", "by", "and", "posted", "emailed", "written",
     "joint", "brief", "short", "new", "daily", "weekly", "online", "main", "leading",
     "influential", "north's", "south's"}
)  # fmt: skip
#: What may follow the verb and belongs with the attribution: where and when it was said.
_SETTING = re.compile(
    r"\s*(?:(?:in|on|at|during|to|via|through|by)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|commentary|editorial|interview|(?:news|press)\s+conference|conference|"
    r"briefing|report|post|posting|tweet|email|e-mail|letter|speech|broadcast|article|"
    r"website|Twitter|Facebook|X|television|radio|reporters|journalists|dispatch|"
    rf"communique|release|newspaper|paper|agency|daily|{WEEKDAY_NAME})\b"
    # the day it was said ("in a statement Thursday"), never a name that follows: "said
    # on Monday Varga had resigned" tells who resigned
    rf"(?:\s+{WEEKDAY_NAME}\b)?"
    rf"|(?:late\s+|early\s+|on\s+)?{WEEKDAY_NAME}\b"
    r"|(?:yesterday|today|tonight|last\s+(?:week|night|month)|this\s+week)\b"
    r"|reporters\b|journalists\b)",
)
#: A description of the speaker that ends the sentence (", a longtime friend.").
_APPOSED = re.compile(r",\s+((?:(?:a|an|the|his|her|their)\s+)?[\w'’ .-]{1,50}?)[.!]?[\"”’]?\s*$")
#: A speaker described between commas right before the verb: "Anna Brannoch, *a farmer in
#: Varnholt,* said". The name (one to four capitalised words) opens the sentence, a part
#: of it, or a quotation's close; the description opens on a determiner.
_APPOSED_BEFORE = re.compile(
    r"(?:^|(?<=[\"“”‘’'(:;—–])\s*|(?<=[.!?]\s)|(?<=,[\"”’]\s))"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?P<description>(?:a|an|the|his|her|their)\s+[^,;:()\"“”]{1,60}?),\s*$"
)
_BOUNDARY = re.compile(r"[,;:()\[\]\"“”‘—–]|’(?!\w)|'(?!\w)|\s-+\s")
#: Words that open a clause: a phrase never reaches back past them.
_OPENERS = frozenset({"that", "and", "but", "while", "as", "when", "because", "which", "who"})


def _head(word: str) -> bool:
    low = word.lower()
    return low in HEADS or low.rstrip("s'’") in HEADS or is_name_word(word)


def _inside(word: str) -> bool:
    low = word.lower()
    return low in _INSIDE or _head(word) or low.endswith(("'s", "’s"))


def _compound(tokens: list[re.Match[str]], k: int, text: str) -> bool:
    """Is word ``k`` a noun before a lower-case head ("harbour spokesman", "fire chief")?"""
    if k + 1 >= len(tokens):
        return False
    word, head = tokens[k].group(), tokens[k + 1].group()
    if not word.isalpha() or word.lower() in _OPENERS:
        return False
    gap = text[tokens[k].end() : tokens[k + 1].start()]
    return head.islower() and head in HEADS and not _BOUNDARY.search(gap)


#: A verb of saying (:data:`_VERBS`), or "according to": where a speaker phrase may stand.
#: "Confirmed" is read only as "confirmed to" an outlet, a verb of two words (:func:`_span`).
#: (The look-ahead for the words' first letters lets most word boundaries fail at once.)
_TRIGGER = re.compile(
    rf"\b(?=[{''.join(sorted({w[0] for w in _VERBS} | {'a', 'c', 'd', 'r'}))}])"
    rf"(?:{alternatives(_VERBS - {'confirmed'})}|"
    r"according\s+to|confirmed\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:declined|refused)\s+to\s+comment)\b",
    re.IGNORECASE,
)
_DAYS = frozenset(WEEKDAYS)
#: Where a speaker stands, between the speaker and the verb ("officials at the scene said").
_PLACES = frozenset({"scene", "site"})
#: What opens what was told after whom it was told to: "told the judge that…", "told
#: reporters she…".
_TOLD_ON = frozenset({"that", "he", "she", "they", "it", "we", "i", "there"})
#: How far from its verb (in characters) a speaker phrase is looked for.
_REACH = 160


@lru_cache(maxsize=1 << 14)
def speaker_spans(text: str, described: bool = False) -> tuple[tuple[int, int], ...]:
    """Start and end (character offsets) of each phrase of ``text`` telling who says it.

    ``described``: a person described between commas right before the verb ("Anna
    Brannoch, a farmer in Varnholt, said") is read as who says it too. Only who is quoted
    asks it (:func:`speaker_names`): the description's words ("a former radio presenter
    in Varnholt") stay what the sentence states, as another outlet may state them as its
    fact ("The former Varnholt radio presenter accused the builder …")."""
    spans: list[tuple[int, int]] = []
    for trigger in _TRIGGER.finditer(text):
        if trigger.group()[0].isupper() and _within(text, trigger.start()):
            continue  # a name: "Port Said", "Mustafa Mahmoud Said Ahmed"
        # the words around the verb only: most of a sentence is never looked at
        lo = max(0, text.rfind(" ", 0, max(0, trigger.start() - _REACH)) + 1)
        tokens = list(WORD.finditer(text, lo, trigger.end() + _REACH))
        i = next((k for k, t in enumerate(tokens) if t.start() == trigger.start()), None)
        if i is None:
            continue  # inside a longer word: "self-reported", "a well-told story"
        if _low(tokens, i) in ("added", "adds") and _low(tokens, i + 1) == "to":
            continue  # "the vote adds to a trend": no verb of saying
        if found := _span(text, tokens, i, described):
            spans.append(found)
    if found := _opening_setting(text):
        spans.insert(0, found)  # in the order of the text, as speaker_stems reads them
    return tuple(spans)


#: Where it was said, opening the sentence: "In an interview with the Fennick Courier, …".
_OPENING_SETTING = re.compile(
    r"[\"“‘'(]?(?:In|During)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:interview|statement|(?:news|press)\s+conference|briefing|speech|post|tweet|"
    r"email|e-mail|letter|broadcast)s?\b(?P<to>\s+(?:with|to|on|from)\s+[^,;:]{1,60}?)?,"
)


def _opening_setting(text: str) -> tuple[int, int] | None:
    """The opening of ``text`` telling where it was said, when every word after the
    setting is one a source's name is made of ("In an interview with CNN on Monday,")."""
    found = _OPENING_SETTING.match(text)
    if found is None:
        return None
    if found.group("to"):
        told = WORD.findall(found.group("to"))[1:]
        if not told or not all(_inside(w) or w.lower() in _DAYS for w in told):
            return None
    return found.start(), found.end() - 1


#: What may stand just before a capitalised verb of saying that opens a part of the
#: sentence ("“Said the mayor…", "— Says one resident", "“We will.” Said officials").
_OPENING = "\"“”‘’'(:—–-.!?"


def _within(text: str, start: int) -> bool:
    """Is ``start`` inside the sentence ``text``, not where a part of it opens?"""
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _OPENING


def _low(tokens: list[re.Match[str]], k: int) -> str:
    return tokens[k].group().lower() if k < len(tokens) else ""


def _span(
    text: str, tokens: list[re.Match[str]], i: int, described: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase of the verb of saying at word ``i`` of ``tokens``, if any; with
    ``described``, a person described between commas before the verb too."""
    verb = _low(tokens, i)
    # a verb of more than one word: "according to", "confirmed to", "declined to comment"
    width = 3 if verb in ("declined", "refused") else 2 if verb in ("according", "confirmed") else 1
    according = verb == "according"
    verb_start, verb_end = tokens[i].start(), tokens[i + width - 1].end()
    start = end = None
    # where the speaker stands, before the verb: "officials at the scene said"
    h = i - 1
    if (
        h >= 3
        and _low(tokens, h) in _PLACES
        and _low(tokens, h - 1) == "the"
        and _low(tokens, h - 2) in ("at", "on")
    ):
        h -= 3
    # before the verb: "the North's Rodong Sinmun newspaper said"
    if not according and h >= 0 and _head(tokens[h].group()):
        j = h
        while j > 0 and j > h - 8:
            gap = text[tokens[j - 1].end() : tokens[j].start()]
            if _BOUNDARY.search(gap) or _low(tokens, j - 1) in _OPENERS:
                break
            if not _inside(tokens[j - 1].group()) and not _compound(tokens, j - 1, text):
                break
            j -= 1
        if not _BOUNDARY.search(text[tokens[h].end() : verb_start]):
            start, end = tokens[j].start(), verb_end
    # before the verb, a speaker described between commas: "Anna Brannoch, a farmer, said"
    if (
        described
        and start is None
        and not according
        and (apposed := _APPOSED_BEFORE.search(text, max(0, verb_start - _REACH), verb_start))
        and is_name_word(apposed.group("name").split()[-1])
        and not _a_clause(apposed.group("description"))
    ):
        start, end = apposed.start("name"), verb_end
    # after the verb: "said company spokesman Greg Hughes.", "according to a statement"
    k = i + width
    last = None
    titled = _postposed(text, verb_start) and not according
    # what is not commented on is no speaker: "declined to comment on the ministry's report"
    while width < 3 and k < len(tokens) and k < i + 10:
        gap = text[tokens[k - 1].end() : tokens[k].start()]
        word = tokens[k].group()
        day = word.lower() in _DAYS  # "told reporters on Monday that"
        if _BOUNDARY.search(gap) or not (
            day
            or _inside(word)
            or _compound(tokens, k, text)
            or (titled and _titles_a_name(tokens, k, text))
        ):
            break
        if day or _head(word):
            last = k
        k += 1
    closes = k >= len(tokens) or _BOUNDARY.search(text[tokens[k - 1].end() : tokens[k].start()])
    goes_on = not closes and (
        _low(tokens, k) in _VERBS
        or (_low(tokens, k), _low(tokens, k + 1)) == ("as", "saying")
        # whom it was told to: "told investigators that…"
        or (_low(tokens, i) in ("told", "tells", "confirmed") and _low(tokens, k) in _TOLD_ON)
    )
    if last is not None and last == k - 1 and (closes or goes_on):
        start = verb_start if start is None else start
        end = tokens[last].end()
    elif start is not None or width > 1:
        end = verb_end if end is None else end
    if start is None and end is not None:
        start = verb_start
    if start is None or end is None:
        return None
    # where and when it was said: "said in a commentary on Monday"
    while setting := _SETTING.match(text, end):
        if setting.end() == end:
            break
        end = setting.end()
    # who the speaker is, closing the sentence: "…, said Ellen Fink, a longtime friend."
    if (apposed := _APPOSED.match(text, end)) and not _a_clause(apposed.group(1)):
        end = apposed.end(1)
    return start, end


#: Most lower-case words of a description standing before a name after a verb of saying
#: ("said *paleontologist* Xing Xu", "says *study co-author* Xing Xu").
_TITLE_WORDS = 3


def _postposed(text: str, start: int) -> bool:
    """Does the verb of saying at ``start`` follow what was said: a comma or a quotation's
    close right before it ("…, said …", "…,” said …")?"""
    return text[:start].rstrip().endswith((",", '"', "”"))


def _titles_a_name(tokens: list[re.Match[str]], k: int, text: str) -> bool:
    """Are word ``k`` and up to :data:`_TITLE_WORDS` lower-case words after it a
    description standing right before a name ("paleontologist Xing Xu", "study co-author
    Xing Xu"): no verb, no stop word, no break between them and the name?"""
    for j in range(k, min(k + _TITLE_WORDS, len(tokens))):
        word = tokens[j].group()
        if j > k and _BOUNDARY.search(text[tokens[j - 1].end() : tokens[j].start()]):
            return False
        if is_name_word(word):
            return j > k
        if (
            not word.replace("-", "").isalpha()
            or not word.islower()
            or word in stopwords()
            or has_verb(word)
        ):
            return False
    return False


#: What marks a description closing a sentence as a clause of its own: a relative
#: pronoun opening it ("who had never met the pilot"), a negated verb ("who didn't know").
_CLAUSE = re.compile(r"^(?:who|whom|whose|which|that)\b|\w(?:n['’]t)\b", re.IGNORECASE)


def _a_clause(description: str) -> bool:
    return has_verb(description) or bool(_CLAUSE.search(description))


@lru_cache(maxsize=1 << 14)
def speaker_stems(text: str) -> frozenset[str]:
    """Content stems said only inside a speaker phrase (not elsewhere in the text)."""
    spans = speaker_spans(text)
    if not spans:
        return frozenset()
    inside = {
        found
        for a, b in spans
        for word in WORD.findall(text, a, b)
        if (found := content_stem(word)) is not None
    }
    if not inside:
        return frozenset()
    # a word elsewhere can share a stem only if it opens with the same letters: the
    # others are not stemmed at all
    openings = {found[:3] for found in inside}
    outside: set[str] = set()
    last = 0
    for a, b in (*spans, (len(text), len(text))):
        for word in WORD.findall(text, last, max(a, last)):
            if word[:3].lower() in openings and (found := content_stem(word)) is not None:
                outside.add(found)
        last = max(last, b)
    return frozenset(inside - outside)


@lru_cache(maxsize=1 << 16)
def speaker_names(text: str, described: bool = False) -> frozenset[str]:
    """The names (as :func:`.names.name_key` folds them) said inside a phrase telling who
    says ``text``: "Brandt" of "…, Fire Chief Tomas Brandt told reporters". Who says a
    sentence is not whom it is about, so alignment leaves these out of the people a
    sentence names. Cached: alignment asks it of every sentence.

    ``described`` (:func:`speaker_spans`): who is quoted, a person described before the
    verb included ("Anna Brannoch, a farmer in Varnholt, said: …"). Not read as only who
    says a sentence elsewhere: "Marta Hensel, a former radio presenter in Varnholt, said
    the builder ruined her home" is about her as much as "The former Varnholt radio
    presenter Marta Hensel accused the contractor of wrecking her house" is.

    Not who declined to comment: "Mayor Holloway's office declined to comment" is
    about the mayor's office, and the same words about Governor Insley's are another fact.
    """
    found: set[str] = set()
    # asked the way :func:`speaker_stems` asks, so that one cached reading serves both
    for a, b in speaker_spans(text, True) if described else speaker_spans(text):
        if _DECLINED.search(text, a, b):
            continue
        tokens = list(WORD.finditer(text, a, b))
        for k, token in enumerate(tokens):
            word = token.group()
            if is_name_word(word) and not _place_of_source(tokens, k, text):
                found.add(name_key(word))
    return frozenset(found)


#: A capitalised word opening a sentence right before a verb of saying: "*King* said",
#: "*Major* told reporters", "*Priest* added".
_OPENING_SPEAKER = re.compile(rf"^\W*([A-Z][\w'’-]*)\s+(?:{alternatives(_VERBS)})\b")


@lru_cache(maxsize=1 << 16)
def opening_speaker(text: str) -> str | None:
    """The word (as :func:`.names.name_key` folds it) a sentence opens with right before a
    verb of saying ("*King* said the vote would go ahead": ``"king"``), a person's surname
    when the folder writes it as one ("Larry King"), though it may be a title's word too;
    None when the sentence opens otherwise ("King Harald said": a title before a name)."""
    found = _OPENING_SPEAKER.match(text)
    return name_key(found.group(1)) if found and is_name_word(found.group(1)) else None


def _place_of_source(tokens: list[re.Match[str]], k: int, text: str) -> bool:
    """Is name word ``k`` where a source named by a common word is ("San *Diego* police",
    "the Tarrow ministry", "the Port Ellery harbour office")? Such a name tells where, often where the sentence's events are,
    and stays with what the sentence is about."""
    for j in range(k + 1, len(tokens)):
        word = tokens[j].group()
        if is_name_word(word):
            continue  # the rest of the name: "San Diego"
        if word.lower() in _VERBS or _BOUNDARY.search(text[tokens[k].end() : tokens[j].start()]):
            return False  # "Tomas Brandt told reporters": the name is the source's
        # a common word naming the source, or a noun before one ("harbour office")
        return word.islower() and (word in HEADS or _compound(tokens, j, text))
    return False


_DECLINED = re.compile(r"\b(?:declined|refused)\s+to\s+comment\b", re.IGNORECASE)
