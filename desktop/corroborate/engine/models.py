"""Frozen dataclasses passed between the pipeline stages, and from the engine to the app.

Every stage takes and returns these, never loose dicts, so a stage can be
tested alone and the GUI can show exactly what the engine computed: the app
imports only these types and the engine's public functions
(:mod:`corroborate.engine`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

#: ``progress(stage, fraction)``: stage is a short human label, fraction in [0, 1].
ProgressFn = Callable[[str, float], None]
#: ``step(done)``: the share of one long stage done so far, in [0, 1], told by the process
#: doing the work (never by a helper process it forked), so that a progress bar moves
#: inside the stage rather than standing still until the next one.
StepFn = Callable[[float], None]
#: ``cancelled() -> bool``: polled between stages and inside long loops.
CancelFn = Callable[[], bool]
#: What an analysis reads: a folder, or article files (and folders) listed one by one.
Source = Path | str | Iterable[Path | str]


class Cancelled(Exception):
    """Raised inside the engine when the caller's ``cancelled()`` returns True."""


#: Why a folder gave no article (:attr:`NoArticlesError.cause`): it holds none it could
#: read (``no-articles``), it is not there (``missing``, a part of its path perhaps a file),
#: it is a file (``not-a-folder``), or it cannot be opened (``unopenable``). The report words
#: each as a heading (:func:`corroborate.engine.no_story_heading`).
NoStoryCause = Literal["no-articles", "missing", "not-a-folder", "unopenable"]


class NoArticlesError(Exception):
    """The folder holds nothing that could be read as an article.

    ``in_subfolders`` counts the articles its subfolders hold (up to
    :data:`SUBFOLDER_COUNT_LIMIT`), and ``subfolders`` names those holding them, so
    that each caller can say where they are (``corroborate.engine.held_below``, worded by
    the report) and how to read them
    (the command line's ``--recursive``, the app's drop of a subfolder); the
    message itself names no option of either.
    """

    def __init__(
        self,
        message: str,
        problems: tuple[FileProblem, ...] = (),
        in_subfolders: int = 0,
        subfolders: tuple[str, ...] = (),
        unsearched: int = 0,
        cause: NoStoryCause = "no-articles",
    ) -> None:
        super().__init__(message)
        #: what happened (:data:`NoStoryCause`)
        self.cause: NoStoryCause = cause
        self.problems = problems
        self.in_subfolders = in_subfolders
        self.subfolders = subfolders
        #: subfolders the search stopped before (what they hold is not known)
        self.unsearched = unsearched


#: Articles in subfolders are counted up to this many (see :class:`NoArticlesError`).
SUBFOLDER_COUNT_LIMIT = 50


#: Kinds of :class:`FileProblem` about the folder as a whole, not about one file.
FOLDER_KINDS = frozenset({"several-stories", "subfolders"})


#: Where an article's outlet name came from ("archive id": a newswire archive's
#: document id for a file name, ``NYT19981012.0242``).
OutletFrom = Literal["text", "metadata", "file", "reader", "archive id"]
#: Where an article's title came from.
TitleFrom = Literal["headline", "file"]
#: Where a story's title came from: an article's headline, the opening sentence the most
#: outlets back (no headline tells the story), another sentence, or none ("Untitled story").
StoryTitleFrom = Literal["headline", "lead", "sentence", "none"]
#: How two sentences were judged to state the same thing.
MatchKind = Literal["copy", "quote", "paraphrase", "contained", "fact"]
#: What two sources disagree about; "name": two proper names for one person or one part
#: ("Fred Simple" / "Fred Temple"); "role": one person, named alike, given two ranks, titles
#: or parties ("study lead author" / "senior author", "Lt." / "Sgt."), which are no names;
#: "spelling": one person's name the sources spell two ways, a note for the reader to check
#: and never a disagreement about the facts (:attr:`Analysis.spellings`).
DisagreementKind = Literal["number", "date", "name", "role", "negation", "spelling"]


@dataclass(frozen=True)
class FileProblem:
    """A file that was skipped or only partly read, with the reason in plain words."""

    file: str
    reason: str
    #: what kind of problem: ``unreadable``, ``language`` (not English),
    #: ``off-topic`` (left out, can be included anyway), ``not-found`` (a
    #: file asked to be left out or included is not there), ``several-stories`` (the
    #: folder, ``file`` ".", seems to hold several stories: see ``groups``) or
    #: ``subfolders`` (the folder's subfolders, not read, hold more article files)
    kind: str = "unreadable"
    #: for ``several-stories``: the files of each story found, largest first
    groups: tuple[tuple[str, ...], ...] = ()
    #: for ``several-stories``: a short name of each story (a headline, else an
    #: opening sentence), in the order of ``groups``
    labels: tuple[str, ...] = ()

    @property
    def story_names(self) -> tuple[str, ...]:
        """For ``several-stories``: each story's name, its :attr:`labels`, else "story N"
        (numbered from 1 as :attr:`groups` lists them): one story read alone is headed by
        it, in the window as in the report."""
        return self.labels or tuple(f"story {n}" for n in range(1, len(self.groups) + 1))


#: Why a file of the folder is not among a story's articles: the reader's choice (``unticked``
#: in the app's Articles tab, ``excluded`` by the command line's ``--exclude``, ``another
#: story`` of a folder holding several, when one is analysed alone) or the engine's
#: (``off-topic``, ``unreadable`` and ``language``, not English, each with its reason,
#: ``export``: a report or coverage map Corroborate wrote, saved beside the articles).
LeftOutWhy = Literal[
    "unticked", "excluded", "another story", "off-topic", "language", "unreadable", "export"
]


@dataclass(frozen=True)
class LeftOut:
    """A file of the folder that a story's counts leave out, and why (:attr:`Analysis.left_out`:
    set by the pipeline alone, worded by the report alone)."""

    file: str
    why: LeftOutWhy
    #: the engine's reason in plain words (as the skipped files name it); empty for the
    #: reader's own choice, which is its own reason
    reason: str = ""


def stories_of(files: Sequence[str], problems: Iterable[FileProblem]) -> tuple[int | None, ...]:
    """Which story each file (an article's, in article order) is from, by the folder's
    several-stories warning in ``problems``: the position of the story whose files hold it,
    or None when the folder holds one story, or the file is in none of the stories found (a
    stray article, left to the off-topic check)."""
    story: dict[str, int] = {}
    for problem in problems:
        if problem.kind == "several-stories":
            for index, group in enumerate(problem.groups):
                story.update(dict.fromkeys(group, index))
    return tuple(story.get(file) for file in files)


def other_stories(
    groups: Sequence[Sequence[str]], number: int, read: Iterable[str] = ()
) -> frozenset[str]:
    """The files left out as of another story when story ``number`` (from 0) of a folder's
    several-stories ``groups`` is analysed alone: every other story's, and every file ``read``
    (the folder's articles read whole) that is in none of the stories found. The one answer
    the command line's ``--story`` and the app's *Analyse This Story Alone* both take."""
    every = {file for group in groups for file in group} | set(read)
    return frozenset(every - set(groups[number]))


def stories_apart(story_of: Sequence[int | None], a: int, b: int) -> bool:
    """Are articles ``a`` and ``b`` placed in two different stories of a mixed folder
    (:func:`stories_of`)? Two such articles tell of two events: they never back each
    other nor disagree."""
    first, second = story_of[a], story_of[b]
    return first is not None and second is not None and first != second


@dataclass(frozen=True)
class RawDocument:
    """What a format reader returns: text plus whatever metadata the format carries."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    #: the page's own address where the format records it (a saved page's canonical link or
    #: its "saved from" note, a clipping's source): its site may name the outlet
    url: str | None = None
    #: the page's own title line (its ``<title>``) when the headline was read from elsewhere on
    #: the page and the two differ: "Local News | Harlow Herald" names its site
    page_title: str | None = None
    #: True when ``text`` is already the story (e.g. extracted from HTML) and
    #: only light cleaning is needed; False for raw text that still holds chrome.
    clean: bool = False


@dataclass(frozen=True)
class Article:
    """One input file after boilerplate removal."""

    id: int
    file: str
    title: str
    outlet: str
    #: ``"text"`` when the outlet was named in the article, ``"file"`` when it
    #: fell back to the file name, ``"metadata"`` when the format supplied it (its site's
    #: name, the page's own address, a title line of site and sections),
    #: ``"reader"`` when the reader named it (a correction).
    outlet_from: OutletFrom
    paragraphs: tuple[str, ...]
    removed: tuple[str, ...] = ()
    #: ``"headline"`` when the title was read from the article or its metadata (or from a
    #: headline its file name carries as a site's address does), ``"file"`` when none was
    #: found and the title is the file's name
    title_from: TitleFrom = "headline"
    #: the place the article's opening dateline named, as written ("RIBASCO", "PORT
    #: HALLAM"), cut from its text; "" when it had none
    dateline: str = ""
    #: the outlet a byline at the page's top signs its story with ("By Lena Ortiz, The
    #: Harlow Herald", "By The Associated Press", "By the Harlow Herald"), which may be
    #: another's than :attr:`outlet` where a site prints another outlet's story; "" when none
    signed_by: str = ""

    @property
    def has_headline(self) -> bool:
        """Whether the title was read from the article (not its file name)."""
        return self.title_from != "file"

    @property
    def label(self) -> str:
        """What to call the article in a list: its headline, else its opening words."""
        if self.has_headline or not self.paragraphs:
            return self.title
        words = self.paragraphs[0].split()
        return " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")


#: An article without a headline is listed by this many of its opening words.
LABEL_WORDS = 12


def file_stem(file: str) -> str:
    """A file's name without its folder or suffix: ``story/p01.txt`` -> ``p01``."""
    return file.rsplit("/", 1)[-1].rsplit(".", 1)[0]


#: The report's promise, after its count line; also how the program knows its own reports
#: when they lie among the articles.
VERBATIM_PROMISE = "Every sentence below is quoted verbatim from one of the articles."
#: The promise as earlier versions wrote it: their reports, too, are known for what they are.
EARLIER_VERBATIM_PROMISES = ("Every sentence below is quoted verbatim from a source.",)
#: How the name of a coverage map the app saves ends, before its extension (one of
#: ``COVERAGE_IMAGE_SUFFIXES``): ``bridge-coverage.png``. Also how the program knows such
#: a picture for its own output when it lies among the articles.
COVERAGE_IMAGE_END = "-coverage"
COVERAGE_IMAGE_SUFFIXES = frozenset({".png", ".svg"})
#: Written into a coverage map's image (a PNG's text, an SVG's description): how a folder
#: holding only such images says what they are, not by their name alone.
COVERAGE_IMAGE_MARK = "Corroborate coverage map"

#: A sentence of fewer words says too little to stand alone as a claim (in the summary, the
#: single-source list or a warning's example).
MIN_CLAIM_WORDS = 8


@dataclass(frozen=True)
class Sentence:
    """One story sentence, verbatim, with the features alignment needs."""

    id: int
    article: int
    index: int
    paragraph: int
    text: str
    #: lower-cased content-word stems, stopwords removed, in order; a compound the folder
    #: writes two ways read one way (:func:`.text.wordforms.one_word_forms`: "cease-fire"
    #: as "ceasefire", "money-transfer" as "money" and "transfer")
    stems: tuple[str, ...]
    #: normalised numbers, quantities and dates the sentence asserts
    numbers: frozenset[str]
    #: quoted passages (normalised) the sentence contains
    quotes: tuple[str, ...]
    words: int
    #: False when the sentence cannot stand alone (opens with "He said", a
    #: dangling quote, "However," ...): it may support a claim but not voice it.
    standalone: bool = True

    @cached_property
    def repeat_key(self) -> str:
        """What makes two sentences one text repeated: their words, whatever the case
        and spacing (a reprint's copy, a page that holds a paragraph twice); worked out
        once, as every summary asks it of every sentence."""
        return " ".join(self.text.lower().split())


@dataclass(frozen=True)
class WordReading:
    """One word of a text as the engine reads it, and where it stands in the text."""

    #: character span of the word in the text
    start: int
    end: int
    #: what the word counts as when sentences are compared: its figure ("two" and "2"
    #: are both ``n:2``), else its stem; None for a stop word or a stray letter
    reading: str | None


@dataclass(frozen=True)
class Match:
    """Two sentences of different articles that state the same thing.

    A match backs both sentences (each outlet states what the other's sentence
    states) unless ``backs`` names one of them: a sentence another article tells in
    two adjacent sentences, one of which is the other of this pair, is backed by that
    article's outlet, but that sentence, which holds only a part of it beside its own
    facts, is not backed through this match by the first sentence's outlet
    (:class:`corroborate.engine.matching.align._Joined`).
    """

    a: int
    b: int
    score: float
    kind: MatchKind
    #: the one sentence of the two (``a`` or ``b``) this match backs; None: both
    backs: int | None = None

    def backed(self) -> tuple[int, ...]:
        """The sentences of the pair that this match backs: both, or ``backs`` alone."""
        return (self.a, self.b) if self.backs is None else (self.backs,)

    def other(self, sentence: int) -> int:
        """The pair's other sentence."""
        return self.b if sentence == self.a else self.a


@dataclass(frozen=True)
class SourceGroup:
    """Articles that are copies of one another count as one independent source."""

    id: int
    articles: tuple[int, ...]
    #: the article shown as the original (earliest-named, longest)
    original: int
    #: the article whose outlet names the source, when not the original's: of one
    #: newsroom's names ("Meridian Press" / "Meridian Press Health") its own, the shortest,
    #: so that every row the source backs credits it under one name, whichever of its
    #: articles states it
    named: int | None = None


class NearPair(NamedTuple):
    """A candidate pair similar enough to be judged but not matched."""

    a: int
    b: int
    cosine: float
    contained: float
    #: True when the pair was rejected because its numbers or dates conflict
    conflict: bool
    #: True for a pair too loosely alike to be judged: it only shows that the two
    #: sentences share some of their content (lenient evidence against "one outlet only")
    weak: bool = False


class Matcher(Protocol):
    """The matching stage: which sentences of different articles state the same thing.

    ``match`` returns the matches (each pair once, ``a < b``) and the near
    pairs: pairs alike enough to be judged but not matched, where disagreements
    are looked for and which are lenient evidence against "one outlet only".
    A new way of matching is one class with this method, given to
    :func:`corroborate.engine.analyze` in :class:`AnalysisOptions`.
    """

    def match(
        self, sentences: Sequence[Sentence], cancelled: CancelFn | None = None
    ) -> tuple[list[Match], list[NearPair]]: ...


class Selection(Protocol):
    """The state of one selection run: marginal values, updated as sentences are chosen."""

    def value(self, sentence: int) -> float:
        """What the sentence would add to the selection so far, per unit of length.

        Never grows as sentences are added, so a value computed earlier is an
        upper bound (lazy greedy re-scores a sentence only when it reaches the top).
        """
        ...

    def add(self, sentence: int) -> None:
        """Record the sentence as chosen."""
        ...


class Objective(Protocol):
    """The ranking stage's measure: what a summary is worth, so that ranking can choose one.

    ``start`` is called once per ranking. A new objective is one class with this method,
    given to :func:`corroborate.engine.summarize` in :class:`SummaryOptions`; the engine's
    own are in :mod:`corroborate.engine.consensus.objective`.
    """

    def start(self, analysis: Analysis) -> Selection: ...


@dataclass(frozen=True)
class Statement:
    """One independent source's statement of a claim: its outlet and the sentences saying it."""

    group: int
    outlet: str
    #: the source's sentences that state the claim, its original article's first, and of
    #: an article's the one that states it best first (:meth:`Analysis.states_best`): the
    #: first is the one the coverage map, the evidence pane and the exports show
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class Claim:
    """One thing the story states, as the reader is shown it.

    A claim is voiced by one sentence; it is stated by every independent
    source that has that sentence or a match of it (a star around the voice,
    never a chain, so A~B~C does not make A and C one claim), and disputed by
    the outlets that give a different specific for it. Its support is the
    number of sources that state it. :meth:`Analysis.claim` is the one place
    claims come from: the summary, the panes and the exports all read it.
    """

    sentence: int
    #: one per independent source stating it, in group order
    statements: tuple[Statement, ...]
    #: one per independent source that gives a different specific (number, date, name,
    #: negation) for what this claim's sources state, in group order, with its sentences
    #: that do (its original article's first, as a statement's); never a source that
    #: states it
    disputes: tuple[Statement, ...] = ()
    #: outlets that state the claim in one of their articles and give a different
    #: specific for it in another (copies, or an outlet's updates, that disagree)
    split_within: tuple[str, ...] = ()
    #: how many independent sources the support is out of (:meth:`Analysis.out_of`): every
    #: one of the folder's, or, in a folder holding several stories, its own story's
    out_of: int = 0

    @property
    def support(self) -> int:
        return len(self.statements)

    @property
    def disputed_by(self) -> tuple[str, ...]:
        """The outlets of :attr:`disputes`, sorted: the sources that dispute the claim."""
        return tuple(sorted({s.outlet for s in self.disputes}))

    @property
    def groups(self) -> frozenset[int]:
        return frozenset(s.group for s in self.statements)

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(s.outlet for s in self.statements)


@dataclass(frozen=True)
class Disagreement:
    """Two sentences of different independent sources that report one thing differently.

    The pair shares its content apart from one specific: a number, a date, the
    name in a role, or a negation. Such sentences never corroborate each other.
    One person's name the two spell two ways is kept in the same shape, of kind
    "spelling" (:attr:`Analysis.spellings`): a spelling to check, which disputes
    nothing and leaves the two sentences free to corroborate each other.
    """

    kind: DisagreementKind
    a: int  # sentence ids, a < b
    b: int
    #: the differing words as each sentence gives them: "Monday" in a, "Tuesday" in b
    a_value: str
    b_value: str
    #: character spans of the differing words in each sentence, for highlighting
    a_spans: tuple[tuple[int, int], ...] = ()
    b_spans: tuple[tuple[int, int], ...] = ()

    @property
    def detail(self) -> str:
        """Both values, a's first, as the reports print them: "Monday / Tuesday"."""
        return f"{self.a_value} / {self.b_value}"


#: What the report and the app say over the names the outlets spell two ways
#: (:attr:`Analysis.spellings`).
SPELLINGS_HEADING = "Names spelled differently"
SPELLINGS_NOTE = (
    "These outlets spell a name differently: check which is right. "
    "A spelling is not a disagreement about the facts."
)


@dataclass(frozen=True)
class ConflictSide:
    """One sentence taking part in a conflict, with the words that differ."""

    sentence: int
    #: the differing value this sentence gives ("14", "Thursday")
    value: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Conflict:
    """One disagreement as the reader sees it: every side of it, however many pairs.

    See :mod:`corroborate.engine.conflicts.grouping`.
    """

    kind: DisagreementKind
    #: the values in the order they first appear, values of one stem once: "14 / 12",
    #: "no investigation / investigating" (not "... / investigation" again)
    detail: str
    sides: tuple[ConflictSide, ...]
    pairs: tuple[Disagreement, ...]


def smoothed_idf(count: float, n: int) -> float:
    """The rarity (IDF) of a word used by ``count`` of ``n`` sentences, smoothed as if one
    more sentence used every word, so that a word every sentence uses keeps a weight of
    1.0. Also the weight from which a word is rare: ``smoothed_idf(share * n, n)``."""
    return math.log((n + 1) / (count + 1)) + 1.0


def idf_weights(
    sentences: Sequence[Sentence], stems: Sequence[tuple[str, ...]] | None = None
) -> dict[str, float]:
    """Rarity of each stem over the sentences (:func:`smoothed_idf`); ``stems``: each
    sentence's stems when not its own.

    One formula, read over the list each stage is given. The analysis keeps the story's
    (:attr:`Analysis.word_weights`). Alignment weighs its own list on purpose: the
    folder's distinct texts, each reprinted sentence counted once and every name read in
    one spelling (:func:`.matching.align.align_with_near`), so that a wire story reprinted
    thirty times does not make its own words common; weighing the story's sentences there
    changes the output of 5 of the 78 readable test folders.
    :func:`.consensus.single_source.distinctness` weighs the story's sentences so, over
    their stems with a word and its derived forms read as one: it runs before the analysis exists (it is one of its fields, made in a second
    process for a large folder), and the analysis works out its own only when ranking first
    asks, so that an analysis made ahead in another process is not sent with them. The screening of articles and the grouping of
    stories weigh articles, not sentences (:func:`.text.screening.document_weight`).
    """
    df: dict[str, int] = {}
    for terms in stems if stems is not None else [s.stems for s in sentences]:
        for term in set(terms):
            df[term] = df.get(term, 0) + 1
    n = len(sentences)
    return {term: smoothed_idf(count, n) for term, count in df.items()}


@dataclass(frozen=True)
class SentenceKey:
    """A sentence named so that it survives a re-read: its file and its exact text."""

    file: str
    text: str


class CorrectionsError(ValueError):
    """A corrections file that cannot be read as corrections."""


class NewerCorrectionsError(CorrectionsError):
    """A corrections file written by a newer Corroborate, in a format this one does not know.

    It is left as it is: the newer version can still read it.
    """


@dataclass(frozen=True)
class Corrections:
    """What the reader knows better than the machine, applied on the next ranking.

    Keyed by file names and sentence texts (never by ids, which change when an
    article is left out), so a correction keeps meaning the same thing when the
    folder is read again. See :mod:`corroborate.engine.consensus.corrections`.
    """

    #: file -> the outlet name the reader gave it
    outlets: tuple[tuple[str, str], ...] = ()
    #: sets of files the reader says are one outlet (one independent source)
    merged: tuple[tuple[str, ...], ...] = ()
    #: sentence pairs the reader says do not state the same claim
    unmatched: tuple[tuple[SentenceKey, SentenceKey], ...] = ()
    #: each "not the same claim" the reader said, as the pairs of :attr:`unmatched` it
    #: added, in the order said (one saying may set a sentence apart from several); pairs
    #: in none were read from a file written before sayings were recorded
    sayings: tuple[tuple[tuple[SentenceKey, SentenceKey], ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.outlets or self.merged or self.unmatched)

    @property
    def merged_files(self) -> frozenset[str]:
        """Every file the reader merged with another."""
        return frozenset(file for files in self.merged for file in files)


def _says(text: str, words: str) -> bool:
    """Does the text give these words whole ("21" in "injured 21 Israelis", not in "210")?"""
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
    return bool(words) and found is not None


@dataclass(frozen=True)
class Analysis:
    """The expensive part, computed once per folder; ranking reuses it."""

    folder: Path
    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    matches: tuple[Match, ...]
    #: the independent sources, indexed by group id
    groups: tuple[SourceGroup, ...]
    #: group id of each article, indexed by article id
    group_of: tuple[int, ...]
    #: matched sentence ids of each sentence that back it, indexed by sentence id (a
    #: match backing one side only, :attr:`Match.backs`, is in that side's alone)
    neighbours: tuple[tuple[int, ...], ...] = ()
    #: the story's title: the headline the other headlines agree with most
    title: str = ""
    #: where :attr:`title` came from
    title_from: StoryTitleFrom = "headline"
    problems: tuple[FileProblem, ...] = ()
    #: how central each sentence's words are to the whole story, indexed by sentence id
    salience: tuple[float, ...] = ()
    #: pairs of sentences whose sources contradict each other on a specific
    disagreements: tuple[Disagreement, ...] = ()
    #: pairs of sentences whose sources spell one person's name two ways ("Olivares" /
    #: "Oliveras"), kind "spelling": a spelling for the reader to check, never a dispute
    #: of a claim nor counted among the disagreements
    spellings: tuple[Disagreement, ...] = ()
    #: for each sentence, the groups whose sentences match, contradict or loosely
    #: echo it (its own included): the lenient evidence against "one outlet only"
    echoes: tuple[frozenset[int], ...] = ()
    #: for each sentence, the share of its word weight (IDF) that the other group using
    #: most of it does not use (:func:`.consensus.single_source.distinctness`); 0.0 for
    #: a sentence another group echoes, which is never its outlet's own
    distinct: tuple[float, ...] = ()
    #: each article's voice (indexed by article id): articles that are copies share
    #: one, but an outlet's separately written reports keep their own. Ranking
    #: weighs voices; support, the count the reader sees, counts groups.
    voice_of: tuple[int, ...] = ()
    #: the reader's corrections applied to this analysis (empty: as the engine read it)
    corrections: Corrections = Corrections()
    #: the files of the folder its counts leave out, each with why (the reader's choices
    #: first, then the engine's, each in the folder's order); set once, by the pipeline, so
    #: that the report can say what its counts are of (:func:`.report.render.left_out_line`)
    left_out: tuple[LeftOut, ...] = ()
    #: for each sentence, the stems of what it says is not known to be so (the words after
    #: "unable to prove", "could not confirm", "it is unclear whether":
    #: :func:`.text.polarity.unproven_words`), indexed by sentence id; empty for most
    #: (and for all when not read): such words name a claim without stating it
    unproven: tuple[frozenset[str], ...] = ()
    #: the name of the folder's story these articles are, when one story of a folder that
    #: seems to hold several is read alone (:attr:`AnalysisOptions.story`); "" otherwise
    story: str = ""

    @property
    def independent_sources(self) -> int:
        return len(self.groups)

    @cached_property
    def story_of(self) -> tuple[int | None, ...]:
        """Which story of a mixed folder each article is from, indexed by article id: the
        position of its group in the several-stories warning, or None (the folder holds one
        story, or the article is in none of the stories found). :func:`stories_of`."""
        return stories_of([article.file for article in self.articles], self.problems)

    @cached_property
    def counted_by_story(self) -> bool:
        """Whether the counts are out of each story's own sources: the articles are of more
        than one story of a mixed folder (:attr:`story_of`), analysed together."""
        return len({story for story in self.story_of if story is not None}) > 1

    @cached_property
    def _story_sources(self) -> dict[int | None, tuple[int, ...]]:
        """The groups each story's counts are out of (:meth:`sources_of`), by story."""
        every = tuple(range(len(self.groups)))
        if not self.counted_by_story:
            return {None: every}
        found: dict[int | None, tuple[int, ...]] = {None: every}
        for story in set(self.story_of) - {None}:
            found[story] = tuple(
                sorted(
                    {
                        self.group_of[article]
                        for article, of in enumerate(self.story_of)
                        if of is None or of == story
                    }
                )
            )
        return found

    @property
    def story_sources(self) -> tuple[int, ...]:
        """How many independent sources each story of a mixed folder counts out of
        (:meth:`sources_of`), in the order of the several-stories warning; empty unless
        :attr:`counted_by_story`."""
        stories = self._story_sources
        told = sorted(story for story in stories if story is not None)
        return tuple(len(stories[story]) for story in told)

    def sources_of(self, sentence: int) -> tuple[int, ...]:
        """The independent sources (group ids, in order) a sentence's counts are out of: the
        folder's every one; but when the folder holds several stories (:attr:`counted_by_story`),
        the sources with an article of the sentence's own story. A source of articles in two
        stories counts in both, and one of an article in none of the stories found (a stray,
        never set apart from any) in each, so no sentence's support is above its count. The
        one answer the report, the JSON and the app ask for "2 of 3" and "not mentioned by"."""
        stories = self._story_sources
        if len(stories) == 1:
            return stories[None]
        return stories[self.story_of[self.sentences[sentence].article]]

    def out_of(self, sentence: int) -> int:
        """How many independent sources a sentence's support is out of (:meth:`sources_of`)."""
        return len(self.sources_of(sentence))

    @property
    def written_apart(self) -> bool:
        """Whether the articles hold more than one :attr:`voice_of`: some were written
        apart (an outlet's separate reports, or sources the reader merged), not all copies
        of one report. Of a story with one independent source, the summary's note and the
        app's caption say "from one outlet" when true, "copies of one story" when false."""
        return len(set(self.voice_of)) > 1

    def corroboration(self, sentence: int) -> tuple[frozenset[int], tuple[int, ...]]:
        """The groups backing a sentence, and the sentences (itself included) that do."""
        return self.backing_groups[sentence], self.backing[sentence]

    @cached_property
    def backing(self) -> tuple[tuple[int, ...], ...]:
        """Each sentence and its matches, sorted; cached because ranking asks on every change."""
        return tuple(tuple(sorted((i, *peers))) for i, peers in enumerate(self.neighbours))

    @cached_property
    def sentence_group(self) -> tuple[int, ...]:
        """The independent group each sentence comes from, indexed by sentence id."""
        return tuple(self.group_of[s.article] for s in self.sentences)

    @cached_property
    def backing_groups(self) -> tuple[frozenset[int], ...]:
        """The independent groups among each sentence's ``backing``."""
        group = self.sentence_group
        return tuple(frozenset(group[i] for i in ids) for ids in self.backing)

    def statements(self, sentence: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """Who states what a sentence states: each backing group with its sentences.

        Groups in id order; within a group, the original article's sentences
        first (copies of it add nothing to read), the one that states it best
        first (:meth:`states_best`).
        """
        return self._per_source(self.backing[sentence], sentence)

    def _per_source(
        self, ids: Iterable[int], claim: int
    ) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """Sentences by their independent source: groups in id order; within a group, the
        original article's sentences first, each article's in :meth:`states_best` order
        for the claim's sentence."""
        per_group: dict[int, list[int]] = {}
        for sid in ids:
            per_group.setdefault(self.sentence_group[sid], []).append(sid)

        def order(sid: int) -> tuple[bool, tuple[float, float, int]]:
            original = self.groups[self.sentence_group[sid]].original
            return self.sentences[sid].article != original, self.states_best(claim, sid)

        return tuple((g, tuple(sorted(ids, key=order))) for g, ids in sorted(per_group.items()))

    def states_best(self, claim: int, sentence: int) -> tuple[float, float, int]:
        """How well a sentence states what a claim's sentence says, as a sort key (least
        first is best): of the claim's word weight (:attr:`word_weights` of its stems), the
        share the sentence holds too, the more the better; then the score of their match;
        then reading order. The claim's own sentence holds it all. So of an outlet's
        sentences matched to "the rail line will reopen on Wednesday", the one telling the
        reopening comes before one that only names the railway and the track. Words the
        sentence says are not known to be so (:attr:`unproven`: "the study is unable to
        prove a link between dieting and heart attacks") are not held: a caveat naming the
        claim's words comes after the sentence stating the finding."""
        if sentence == claim:
            return -1.0, -1.0, sentence
        said, total = self._claim_weight(claim)
        weights = self.word_weights
        shared = said.intersection(self.sentences[sentence].stems)
        if sentence < len(self.unproven):
            shared -= self.unproven[sentence]
        held = math.fsum(weights.get(stem, 0.0) for stem in shared) / total if total else 0.0
        score = self._match_scores.get((min(claim, sentence), max(claim, sentence)), 0.0)
        return -held, -score, sentence

    def _claim_weight(self, claim: int) -> tuple[frozenset[str], float]:
        """A claim's sentence's stems and their word weight (:meth:`states_best`), worked
        out once per claim, not once per sentence its sources are sorted by."""
        found = self._claim_weights.get(claim)
        if found is None:
            weights = self.word_weights
            said = frozenset(self.sentences[claim].stems)
            total = math.fsum(weights.get(stem, 0.0) for stem in said)
            found = self._claim_weights[claim] = said, total
        return found

    @cached_property
    def _claim_weights(self) -> dict[int, tuple[frozenset[str], float]]:
        return {}

    @cached_property
    def _match_scores(self) -> dict[tuple[int, int], float]:
        """Each matched pair's score, by its sentence ids (a < b)."""
        return {(m.a, m.b): m.score for m in self.matches}

    def claim(self, sentence: int) -> Claim:
        """The claim a sentence voices: who states it, per source, and who disputes it."""
        found = self._claims.get(sentence)
        if found is None:
            statements = tuple(
                Statement(group, self.group_outlets[group], ids)
                for group, ids in self.statements(sentence)
            )
            against, within = self._disputes(sentence)
            found = self._claims[sentence] = Claim(
                sentence, statements, against, within, self.out_of(sentence)
            )
        return found

    @cached_property
    def _claims(self) -> dict[int, Claim]:
        return {}

    @cached_property
    def sentence_counts(self) -> tuple[int, ...]:
        """How many story sentences each article has, indexed by article id."""
        return tuple(map(len, self.article_sentences))

    @cached_property
    def contradicting(self) -> dict[int, frozenset[int]]:
        """For each sentence in a disagreement, the sentences that contradict it."""
        found: dict[int, set[int]] = {}
        for item in self.disagreements:
            found.setdefault(item.a, set()).add(item.b)
            found.setdefault(item.b, set()).add(item.a)
        return {sid: frozenset(others) for sid, others in found.items()}

    @cached_property
    def _disagreements_of(self) -> dict[int, tuple[Disagreement, ...]]:
        """For each sentence in a disagreement, the disagreements it is in."""
        found: dict[int, list[Disagreement]] = {}
        for item in self.disagreements:
            found.setdefault(item.a, []).append(item)
            found.setdefault(item.b, []).append(item)
        return {sid: tuple(items) for sid, items in found.items()}

    @cached_property
    def _equivalent(self) -> frozenset[tuple[int, int]]:
        """Matched pairs that state the same whole thing (not only one fact of it)."""
        return frozenset((m.a, m.b) for m in self.matches if m.kind != "fact")

    def equivalent(self, a: int, b: int) -> bool:
        """Do two matched sentences state the same whole thing (not only one fact of it)?"""
        return (min(a, b), max(a, b)) in self._equivalent

    def dispute_pairs(self, sentence: int) -> tuple[Disagreement, ...]:
        """The disagreements through which other sentences contradict what a sentence
        states (:attr:`Claim.disputes` and :attr:`Claim.split_within` are read from them):
        each of a backer stating the whole of it (itself included), never one with another
        of its backers. A backer that shares only one fact of the sentence ("two killed")
        may be disputed on another ("14 injured"); that is no dispute of this sentence. But
        when the words it is disputed on are the sentence's own ("wounded 21" / "injuring
        24", the sentence "injured 21"), the fact disputed is one the sentence states too."""
        _, backing = self.corroboration(sentence)
        inside = set(backing)
        text = self.sentences[sentence].text
        found: list[Disagreement] = []
        for sid in backing:
            alike = sid == sentence or (min(sid, sentence), max(sid, sentence)) in self._equivalent
            for item in self._disagreements_of.get(sid, ()):
                own, other = (item.a_value, item.b) if item.a == sid else (item.b_value, item.a)
                if other in inside:
                    continue
                if alike or (item.kind != "negation" and _says(text, own)):
                    found.append(item)
        return tuple(found)

    def _disputes(self, sentence: int) -> tuple[tuple[Statement, ...], tuple[str, ...]]:
        """The sources that contradict what a sentence states (:attr:`Claim.disputes`), each
        with its contradicting sentences ordered as its statements' are (the original
        article's first, the one holding most of the claim first), and apart from them the outlets
        of those that also state it: an outlet whose articles (copies, updates, files the
        reader merged) disagree among themselves is one source, and never disputes its own
        claim. Which sentences contradict it: :meth:`dispute_pairs`."""
        groups, backing = self.corroboration(sentence)
        inside = set(backing)
        against = {d.a if d.b in inside else d.b for d in self.dispute_pairs(sentence)}
        by_group = self._per_source(against, sentence)
        outlets = self.group_outlets
        return (
            tuple(Statement(g, outlets[g], ids) for g, ids in by_group if g not in groups),
            tuple(sorted({outlets[g] for g, _ in by_group if g in groups})),
        )

    def support_of(self, sentence: int) -> int:
        """How many independent groups report what the sentence states."""
        return len(self.backing_groups[sentence])

    @cached_property
    def word_weights(self) -> dict[str, float]:
        """Each stem's rarity over the story's sentences (:func:`idf_weights`), worked out
        the first time ranking asks and kept: weighing every sentence's words takes longer
        than the rest of a ranking."""
        return idf_weights(self.sentences)

    @cached_property
    def article_sentences(self) -> tuple[tuple[int, ...], ...]:
        """Each article's sentence ids in reading order, indexed by article id."""
        ids: list[list[int]] = [[] for _ in self.articles]
        for sentence in self.sentences:
            ids[sentence.article].append(sentence.id)
        return tuple(map(tuple, ids))

    @cached_property
    def corroborated_counts(self) -> tuple[int, ...]:
        """How many of each article's sentences another independent source backs, indexed by
        article id."""
        return tuple(sum(self.support_of(s) > 1 for s in ids) for ids in self.article_sentences)

    @cached_property
    def group_outlets(self) -> tuple[str, ...]:
        """Each independent source's outlet (its original article's, or the article's that
        :attr:`SourceGroup.named` gives), indexed by group id."""
        return tuple(
            self.articles[group.original if group.named is None else group.named].outlet
            for group in self.groups
        )

    @cached_property
    def group_files(self) -> tuple[tuple[str, ...], ...]:
        """Each independent source's files (its articles'), indexed by group id."""
        return tuple(tuple(self.articles[a].file for a in group.articles) for group in self.groups)

    def article_of(self, sentence: int) -> Article:
        """The article a sentence is from."""
        return self.articles[self.sentences[sentence].article]

    def file_of(self, sentence: int) -> str:
        """The file (relative to the folder) a sentence was read from."""
        return self.articles[self.sentences[sentence].article].file

    def source_outlet(self, sentence: int) -> str:
        """The outlet of the independent source a sentence is from (:attr:`group_outlets`):
        its original article's, which a copy's own outlet may differ from."""
        return self.group_outlets[self.sentence_group[sentence]]

    def article_named(self, file: str) -> Article | None:
        """The article read from ``file`` (relative to the folder), if there is one."""
        found = self._article_by_file.get(file)
        return None if found is None else self.articles[found]

    @cached_property
    def _article_by_file(self) -> dict[str, int]:
        return {article.file: article.id for article in self.articles}

    def sentence_key(self, sentence: int) -> SentenceKey:
        """The lasting name of one sentence (its file and its text), as corrections name it."""
        return SentenceKey(self.file_of(sentence), self.sentences[sentence].text)

    @property
    def folder_warnings(self) -> tuple[FileProblem, ...]:
        """Warnings about the whole folder (it seems to hold several stories, its
        subfolders hold more articles, not read)."""
        return tuple(p for p in self.problems if p.kind in FOLDER_KINDS)

    @property
    def file_problems(self) -> tuple[FileProblem, ...]:
        """Files skipped or left out, each with its reason (not the folder's warnings)."""
        return tuple(p for p in self.problems if p.kind not in FOLDER_KINDS)

    @property
    def files_read(self) -> tuple[Path, ...]:
        """The files the story was made from: its articles and the files it skipped (never
        the folder itself), for a writer that must not write over any of them."""
        files = [self.folder / article.file for article in self.articles]
        return (*files, *(self.folder / p.file for p in self.file_problems))


_MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on reading one folder; a file that exceeds one is skipped, naming the limit."""

    #: wall-clock seconds one file's reader may run
    seconds_per_file: float = 30.0
    #: memory (address space, bytes) a reader may take on top of the worker's own
    memory: int = 1536 * _MB
    #: characters of text one file may yield (a 300-page report is under a million)
    chars_per_file: int = 1_000_000
    #: characters of text the whole folder may yield
    total_chars: int = 8_000_000
    #: wall-clock seconds for reading the whole folder
    total_seconds: float = 300.0
    #: read in a worker process (False reads in this process: no time or memory limit)
    isolate: bool = True


@dataclass(frozen=True)
class AnalysisOptions:
    """How a folder is read and which of its articles make the story; set once per analysis.

    Ranking has its own options (:class:`SummaryOptions`), changed on every slider move.
    """

    #: file names (relative to the folder) to leave out
    exclude: tuple[str, ...] = ()
    #: why some of :attr:`exclude` are left out, file by file (the app's ``unticked`` and
    #: ``another story``); a file not named here is ``excluded`` (:data:`LeftOutWhy`); None:
    #: no file of the story to its reader, left out without a word (the report the command
    #: line is writing into the folder)
    excluded_as: tuple[tuple[str, LeftOutWhy | None], ...] = ()
    #: articles to keep although they seem to be about another event
    include: tuple[str, ...] = ()
    #: when one story of a folder that seems to hold several is read alone (the other
    #: stories' files in :attr:`exclude`), that story's name as the folder read whole names
    #: it (its several-stories warning's label); the report of a reading that seems to
    #: split in turn is headed by it, not by the folder and a count. "" otherwise
    story: str = ""
    #: keep every article that seems to be about another event
    include_off_topic: bool = False
    #: read sub-folders too
    recursive: bool = False
    #: at most this many files are read
    max_files: int = 2000
    #: time, memory and text per file and per folder
    limits: ReadLimits = ReadLimits()
    #: how sentences are matched; None is the engine's own
    #: (:class:`corroborate.engine.matching.align.Aligner`)
    matcher: Matcher | None = None
    #: at most this many processes share a large folder's sentence splitting and matching:
    #: a second one is forked only where that is safe (Linux, a program running one
    #: thread; see :mod:`corroborate.engine.parallel`), and the results are the same
    processes: int = 2


@dataclass(frozen=True)
class SummaryOptions:
    """What the user can change without re-reading the files."""

    sentences: int = 8
    #: when set, select sentences until this many words are reached instead
    words: int | None = None
    min_sources: int = 2
    single_source_per_outlet: int = 3
    #: how a summary is valued; None: the engine's own (concept coverage,
    #: :data:`corroborate.engine.consensus.rank.DEFAULT_OBJECTIVE`)
    objective: Objective | None = None
    #: how the rest of the summary (the fill, once the sentences backed by
    #: ``min_sources`` outlets run out) is valued; None: by ``objective`` too
    #: (see :class:`corroborate.engine.consensus.objective.BlendedCoverage`, a fill
    #: measured and not adopted)
    fill: Objective | None = None


@dataclass(frozen=True)
class SummaryItem:
    """One summary sentence, quoted verbatim from ``file``, and the claim it voices."""

    claim: Claim
    text: str
    file: str
    #: every file whose text states the claim, its own included
    sources: tuple[str, ...]
    #: for each source stating the claim, the sentence of its that does (from the
    #: group's original article when it has one): ``(outlet, file, text)``
    evidence: tuple[tuple[str, str, str], ...] = ()

    @property
    def sentence(self) -> int:
        return self.claim.sentence

    @property
    def support(self) -> int:
        return self.claim.support

    @property
    def outlets(self) -> tuple[str, ...]:
        """Outlet names of the sources stating the claim, one per source."""
        return self.claim.outlets

    @property
    def out_of(self) -> int:
        """How many independent sources :attr:`support` is out of (:attr:`Claim.out_of`)."""
        return self.claim.out_of

    @property
    def disputed_by(self) -> tuple[str, ...]:
        return self.claim.disputed_by

    @property
    def split_within(self) -> tuple[str, ...]:
        """Outlets stating the claim of which another sentence (in another of their articles
        or in the one backing it) gives a different specific for it."""
        return self.claim.split_within


@dataclass(frozen=True)
class SingleSourceItem:
    """A salient sentence that no other independent source corroborates."""

    sentence: int
    text: str
    file: str
    outlet: str


@dataclass(frozen=True)
class ConsensusSummary:
    """The cheap part: a ranking of an Analysis under some SummaryOptions."""

    title: str
    options: SummaryOptions
    items: tuple[SummaryItem, ...]
    single_source: tuple[SingleSourceItem, ...]
    notes: tuple[str, ...]
    analysis: Analysis = field(repr=False, compare=False)
    #: for each independent source (by group id), how many sentences it alone reports,
    #: those listed included
    single_source_totals: tuple[int, ...] = ()

    @property
    def min_support(self) -> int:
        """The support the summary's sentences are asked for: the options' minimum, or every
        independent outlet when fewer are there (a minimum kept from a larger story)."""
        return min(self.options.min_sources, self.analysis.independent_sources)

    @property
    def backed(self) -> int:
        """How many summary sentences reach :attr:`min_support`; the rest fill the summary
        up to its length from below it."""
        need = self.min_support
        return sum(item.support >= need for item in self.items)

    @property
    def single_source_more(self) -> int:
        """How many more sentences one outlet alone reports, beyond those listed."""
        return max(0, sum(self.single_source_totals) - len(self.single_source))

    @property
    def single_source_by_outlet(self) -> dict[str, tuple[SingleSourceItem, ...]]:
        """The single-source sentences listed per outlet, outlets in the order they come."""
        found: dict[str, list[SingleSourceItem]] = {}
        for item in self.single_source:
            found.setdefault(item.outlet, []).append(item)
        return {outlet: tuple(items) for outlet, items in found.items()}


#: A coverage cell's states: the source reports the claim, or contradicts it ("" is silent).
REPORTS = "reports"
CONTRADICTS = "contradicts"


@dataclass(frozen=True)
class CoverageCell:
    """What one independent source says of one claim. See :mod:`corroborate.engine.report.coverage`."""

    state: str = ""  # REPORTS | CONTRADICTS | "" (silent)
    #: the sentence that reports or contradicts the claim
    sentence: int | None = None


@dataclass(frozen=True)
class CoverageColumn:
    """One independent source of the coverage map (its copies share the column)."""

    group: int
    outlet: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class CoverageRow:
    """One claim of the coverage map: a summary sentence or a single-source one."""

    #: the sentence that voices the claim in the summary
    sentence: int
    text: str
    single_source: bool
    cells: tuple[CoverageCell, ...]

    @property
    def support(self) -> int:
        return sum(cell.state == REPORTS for cell in self.cells)


@dataclass(frozen=True)
class OutletStats:
    """How much of one independent source the others back, and what only it reports."""

    group: int
    outlet: str
    #: distinct sentences of the articles the source wrote (each set of copies once; a
    #: sentence printed word for word in two of its reports once)
    sentences: int
    #: of those, how many another independent source corroborates
    corroborated: int
    #: of those, how many another source contradicts (in any of its articles, copies too)
    disputed: int
    #: the salient claims only this source reports (sentence ids, as in the summary)
    single_source: tuple[int, ...]
    #: every sentence only this source reports, the listed ``single_source`` among them
    #: (the report's "…and N more" counts the rest)
    single_source_total: int = 0

    @property
    def share(self) -> float:
        return self.corroborated / self.sentences if self.sentences else 0.0


@dataclass(frozen=True)
class CoverageMatrix:
    """Which independent source reports which claim, with per-outlet figures."""

    columns: tuple[CoverageColumn, ...]
    rows: tuple[CoverageRow, ...]
    outlets: tuple[OutletStats, ...]

    def cell(self, row: int, column: int) -> CoverageCell:
        return self.rows[row].cells[column]
