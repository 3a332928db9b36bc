"""The analysis pipeline: read → ingest → screen (language, off-topic, several
stories) → sentences → alignment → independence → disagreements → claims.

Progress and cancellation are plain callables so that a GUI can drive a
progress bar and a Cancel button without the engine knowing about it.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from .consensus.claims import neighbours, salience
from .consensus.objective import Weights
from .consensus.single_source import distinctness, echo_groups
from .models import (
    FOLDER_KINDS,
    MIN_CLAIM_WORDS,
    SUBFOLDER_COUNT_LIMIT,
    Analysis,
    AnalysisOptions,
    Article,
    CancelFn,
    Cancelled,
    FileProblem,
    LeftOut,
    LeftOutWhy,
    Match,
    NearPair,
    NoArticlesError,
    ProgressFn,
    RawDocument,
    Sentence,
    Source,
    StepFn,
    StoryTitleFrom,
    stories_apart,
    stories_of,
)
from .parallel import can_fork, in_two
from .readers import UnreadableFile
from .readers.discover import (
    UnreadBelow,
    discover,
    relative_name,
    source_root,
    unread_in_subfolders,
)
from .readers.plaintext import shown as visible
from .readers.reading import Reader, reads_in_process
from .report.subfolders import unread_warning
from .text.calendar import MONTHS, WEEKDAYS
from .text.ingest import ingest, initials_spelled_out
from .text.names import (
    Reading,
    learn_readings,
    name_runs,
    names_in,
    opening_name,
    readings,
    written_names,
)
from .text.people import given_names
from .text.roles import TITLES
from .text.screening import UNKNOWN, detect_language, screen, shared_voices
from .text.segment import (
    LearnedStems,
    ReadParagraph,
    learn_stems,
    learned_stems,
    load_models,
    read_paragraphs,
    segment,
    stems_known,
)
from .text.stories import (
    own_names,
    several_stories,
    story_sentences,
    unnamed_long_documents,
)
from .text.titles import group_label, story_title, titled_story
from .text.wordforms import one_word_forms

log = logging.getLogger(__name__)

T = TypeVar("T")


def _in_english(
    articles: list[Article], problems: list[FileProblem], known: dict[int, str | None]
) -> list[Article]:
    """Leave out articles not in English; they would spoil the English matching.
    ``known``: the languages already told, by article id."""
    kept = []
    for article in articles:
        if article.id in known:
            language = known[article.id]
        else:
            language = detect_language(" ".join(article.paragraphs))
        # "unknown" (no stop-word list fits: tables, lists) is kept: losing an
        # English article would be worse than keeping an unrecognised one.
        if language not in (None, "english", UNKNOWN):
            reason = f"it seems to be in {language.title()}, not English"
            problems.append(FileProblem(article.file, reason, "language"))
        else:
            kept.append(article)
    return [replace(a, id=i) for i, a in enumerate(kept)]


def _stems_of(articles: list[Article], sentences: list[Sentence]) -> list[Counter[str]]:
    stems: list[Counter[str]] = [Counter() for _ in articles]
    for sentence in sentences:
        stems[sentence.article].update(sentence.stems)
    return stems


#: Sentences from which a second process finds the folder's copies while this one looks
#: for several stories, and titles each story of a mixed folder while this one titles the
#: folder (:mod:`.parallel`): a few hundredths of a second of work each.
SHARED_REST = 1000


def _shared_rest(options: AnalysisOptions, sentences: Sequence[Sentence]) -> bool:
    """Whether those smaller stages are worth sharing with a second process."""
    return options.processes > 1 and len(sentences) >= SHARED_REST


def _screen_stories(
    articles: list[Article], sentences: list[Sentence], problems: list[FileProblem]
) -> tuple[list[Counter[str]], bool]:
    """Each article's stems, and whether the folder holds several stories (warned of in
    ``problems``)."""
    stems = _stems_of(articles, sentences)
    return stems, _several_stories(articles, sentences, stems, problems)


def _copies_and_names(
    articles: list[Article], sentences: list[Sentence], texts: Sequence[str], elsewhere: bool
) -> tuple[list[tuple[int, int]], list[tuple[str, Reading]]]:
    """The pairs of near-duplicate articles and, when this is a second process
    (``elsewhere``), ``texts`` (sentences') read for their names
    (:func:`.text.names.readings`), sent back so that alignment finds them read; done in
    the program's own process, alignment reads them itself."""
    from .matching.independence import near_duplicates

    duplicates = near_duplicates(articles, sentences)
    return duplicates, readings(texts) if elsewhere else []


def _several_stories(
    articles: list[Article],
    sentences: list[Sentence],
    stems: list[Counter[str]],
    problems: list[FileProblem],
) -> bool:
    """Warn when the folder seems to hold several stories, naming each; True when it does."""
    groups = several_stories(stems)
    if not groups:
        return False
    first: dict[int, Sentence] = {}
    for sentence in sentences:  # each article's opening, if it reads alone
        if sentence.standalone and sentence.words >= MIN_CLAIM_WORDS:
            first.setdefault(sentence.article, sentence)
    names = [
        group_label([articles[i] for i in group], [first.get(i) for i in group]) for group in groups
    ]
    files = tuple(tuple(articles[i].file for i in group) for group in groups)
    problems.append(_stories_problem(files, names))
    return True


def _stories_problem(files: tuple[tuple[str, ...], ...], names: Sequence[str]) -> FileProblem:
    """The several-stories warning: each story's files, named by ``names``."""
    labels = [f"“{name}” ({len(group)} articles)" for name, group in zip(names, files, strict=True)]
    reason = (
        f"this folder seems to hold {len(files)} stories: {'; '.join(labels)}. "
        "The summary mixes them: analyse one story at a time"
    )
    return FileProblem(".", reason, "several-stories", groups=files, labels=tuple(names))


def _within_stories(
    sentences: Sequence[Sentence],
    story_of: Sequence[int | None],
    matches: Sequence[Match],
    near: Sequence[NearPair],
) -> tuple[list[Match], list[NearPair]]:
    """The matched and near pairs of a mixed folder whose two sentences are not from two of
    its stories (:func:`.models.stories_apart`)."""

    def within(a: int, b: int) -> bool:
        return not stories_apart(story_of, sentences[a].article, sentences[b].article)

    return [m for m in matches if within(m.a, m.b)], [p for p in near if within(p.a, p.b)]


def _subfolders_problem(
    unread: int, complete: bool = True, below: UnreadBelow | None = None
) -> FileProblem:
    """The warning that the folder's subfolders hold ``unread`` article files, not read
    (:func:`.report.subfolders.unread_warning`), naming the subfolders that hold them
    (``below``: each one's name and count, and how many subfolders the search never
    reached), as the report shows file names: a line break in one starts no new line."""
    where, unsearched = (below.where, below.unsearched) if below else ((), 0)
    shown_where = [(visible(name), count) for name, count in where]
    reason = unread_warning(unread, complete, shown_where, unsearched, SUBFOLDER_COUNT_LIMIT)
    return FileProblem(".", reason, "subfolders")


def _story_titles(
    problems: Sequence[FileProblem],
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    voice_of: Sequence[int],
    graph: Sequence[dict[int, float]],
    half: int | None = None,
) -> dict[int, list[str]]:
    """Each story of a mixed folder named as its own report will be titled, by the position
    of its several-stories warning in ``problems``: by the title reader the report uses,
    over that story's articles alone (its sentences backed, and central, within that
    story only). ``half`` 0 or 1: only the first or the second half of each warning's
    stories (the halves' lists, joined, are the whole's)."""
    titles: dict[int, list[str]] = {}
    # each article's sentences by position, so a story's are gathered without reading the
    # folder's every sentence once per story (thirty stories of 10,000 sentences at 500 DUC
    # articles)
    positions: dict[int, list[int]] = {}
    for position, sentence in enumerate(sentences):
        positions.setdefault(sentence.article, []).append(position)
    for index, problem in enumerate(problems):
        if problem.kind != "several-stories":
            continue
        names = titles[index] = []
        stories = list(zip(problem.labels, problem.groups, strict=True))
        if half is not None:
            cut = len(stories) // 2
            stories = stories[cut:] if half else stories[:cut]
        for label, files in stories:
            members = set(files)
            chosen = [a for a in articles if a.file in members]
            ids = {a.id for a in chosen}
            own_at = sorted(p for a in ids for p in positions.get(a, ()))
            own = [sentences[p] for p in own_at]
            if not own:
                names.append(label)
                continue
            support = _support(sentences, graph, group_of, within=ids, at=own_at)
            centrality = [0.0] * len(sentences)
            for sentence, central in zip(own, salience(own, voice_of), strict=True):
                centrality[sentence.id] = central
            names.append(story_title(chosen, group_of, own, support, centrality))
    return titles


def _named(names: Sequence[str], texts: Iterable[str], joined: str = "or") -> str:
    """The story's names (keys) a page never names, as the other articles write them, for
    the reason a page is left out: "Carrowgate Bridge, Fennick or Tessel River" (or, with
    ``joined``, "... and ...": the names a page opens on)."""
    shown = written_names(names, texts) or [name.title() for name in names[:3]]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {joined} {shown[-1]}"


#: How many of an article's first paragraph's sentences make its lead, with its headline
#: and dateline: what a reader learns the page is about (:func:`.text.screening.led_elsewhere`).
LEAD_SENTENCES = 2


def _title_case(title: str) -> bool:
    """Is ``title`` written in title case ("Storm Kills Two In Norhaven"), so that its
    capitals tell no names?"""
    words = [w for w in title.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: A span in quotation marks: a name coined for the event ("what islanders now call 'Smoke
#: Tuesday'") or a saying, no place or body of the page's own.
_QUOTED = re.compile(r"(?:(?<![\w])['‘][^'’\n]{2,60}['’](?![\w])|[\"“][^\"”\n]{2,200}[\"”])")


#: "here" outside a quotation: the page writes from its own town.
_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
#: A name coined for the event or a thing: "what survivors call the Long Minute", "the
#: scooter nicknamed the Hotboard", "commuters are calling it Black Monday".
_CALLED = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?: it| them)?|dubbed|nicknamed|known as)\s+(?:the\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
)


#: A month's name or short form written as a given name: a capitalised word follows it,
#: not a day's number or a year ("Jan Ruys", "May Holt"; not "May 5", "June 2024").
_MONTH_GIVEN = re.compile(r"\b(?:Jan|May|June|April|August)\s+([A-Z][a-z]+)\b(?![ ,]+\d)")


def _lead_names(text: str, people: bool = True) -> set[str]:
    """The names ``text`` mentions, those in quotation marks, coined ("what survivors call
    the Long Minute") or of a day ("Black Monday") aside, and with ``people`` people's
    too: a surname written with a given name, and that given name (a witness opening a
    report tells not what the report is about; a headline's two words are rarely a
    person's: "Oyelaran wins Castelbrook Marathon" names the race)."""
    text = _CALLED.sub(" ", _QUOTED.sub(" ", text))
    # (a title held before a name, "rescued by Sgt Colm Daly", is no place or body)
    found = set(names_in(text)) - set(WEEKDAYS) - set(MONTHS) - TITLES
    if people:
        # (and read past a capitalised word opening the sentence: "Pensioner Marta Quell")
        people_of = given_names(text) | given_names(text[:1].lower() + text[1:])
        for surname, given in people_of.items():
            found -= given | {surname}
        # a given name that is a month's ("councillor Jan Ruys", "nurse May Holt")
        found -= {m.group(1).lower() for m in _MONTH_GIVEN.finditer(text)}
    for run in name_runs(text):  # "Black Monday", "Smoke Tuesday": a day's name
        if any(word in WEEKDAYS or word in MONTHS for word in run):
            found -= set(run)
    return found


#: A word written in lower case (a common noun a name may hold: "the bridge", "the river").
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _off_topic(
    articles: list[Article],
    sentences: list[Sentence],
    stems: list[Counter[str]],
    duplicates: list[tuple[int, int]],
    keep: frozenset[str],
    problems: list[FileProblem],
) -> tuple[set[int], set[int]]:
    """Ids of articles that share almost nothing with the rest (another event), of pages
    that name none of the story's names and share few of its words, and of long documents
    that never name what the others are about; and ids of the sentences
    of a page kept for its passage on the story that are not in it (a weather page's
    forecasts for elsewhere, :func:`.text.screening.screen`).

    Articles named in ``keep`` are never left out: the user included them.
    """
    if len(articles) < 3:
        return set(), set()
    from .matching.independence import copies_of_first, source_outlet_key

    # Copies of one text are judged once: a hundred reprints must not outvote the story.
    first_copy = copies_of_first(len(articles), duplicates)
    distinct = sorted(set(first_copy))
    names: list[set[str]] = [set() for _ in articles]
    openings: list[set[str]] = [set() for _ in articles]  # names opening a sentence
    figures: list[set[str]] = [set() for _ in articles]
    words = [0] * len(articles)
    sentence_names: list[list[Set[str]]] = [[] for _ in articles]  # each sentence's names
    lowered: list[set[str]] = [set() for _ in articles]  # words written in lower case
    leads: list[set[str]] = [set() for _ in articles]  # names of the opening sentences
    opened: dict[int, tuple[int, int]] = {}  # article: its first paragraph, sentences read
    local: set[int] = set()  # pages written from their own town ("found dead here")
    for sentence in sentences:
        first, read = opened.setdefault(sentence.article, (sentence.paragraph, 0))
        if sentence.paragraph == first and read < LEAD_SENTENCES:
            opened[sentence.article] = (first, read + 1)
            leads[sentence.article] |= _lead_names(sentence.text)
        text = sentence.text
        if ("here" in text or "Here" in text) and _HERE.search(_QUOTED.sub(" ", text)):
            local.add(sentence.article)
        named = names_in(sentence.text)
        names[sentence.article] |= named
        figures[sentence.article] |= sentence.numbers
        if (opening := opening_name(sentence.text)) is not None:
            openings[sentence.article].add(opening)
            named = named | {opening}
        sentence_names[sentence.article].append(named)
        lowered[sentence.article].update(_LOWER_WORD.findall(text))
        words[sentence.article] += sentence.words
    for i, article in enumerate(articles):  # a page names what its headline and dateline do
        # (a dateline's place is in capitals: "PORT HALLAM" is read as "Port Hallam" is)
        for line in (article.title if article.has_headline else "", article.dateline.title()):
            openings[i] |= names_in(line)
            if (opening := opening_name(line)) is not None:
                openings[i].add(opening)
        if article.has_headline and not _title_case(article.title):
            # the page's own outlet, named in its headline ("... - Vellport Echo"), is
            # not what the page is about
            own = article.outlet if article.outlet_from != "file" else ""
            headline = article.title.replace(own, " ") if own else article.title
            leads[i] |= _lead_names(headline, people=False)
        leads[i] |= names_in(article.dateline.title())
    outlets = [source_outlet_key(articles[i]) for i in distinct]
    paragraphs: dict[int, dict[int, Counter[str]]] = {}

    def passages(k: int) -> list[Counter[str]]:
        """Article ``distinct[k]``'s paragraphs' stems, read only for the few pages the
        screen asks about."""
        if k not in paragraphs:
            paragraphs[k] = {}
            for sentence in sentences:
                if sentence.article == distinct[k]:
                    bag = paragraphs[k].setdefault(sentence.paragraph, Counter())
                    bag.update(sentence.stems)
        return list(paragraphs[k].values())

    def own_text(index: int) -> Iterator[str]:
        """The page's headline (when it has one), dateline and sentences."""
        article = articles[index]
        if article.has_headline:
            yield article.title
        yield article.dateline.title()
        yield from (s.text for s in sentences if s.article == index)

    def name_runs_of(k: int) -> list[tuple[str, ...]]:
        """Article ``distinct[k]``'s runs of names ("orlan crown court"), its headline's and
        dateline's too, read only for the few pages the lead is asked about."""
        return [run for text in own_text(distinct[k]) for run in name_runs(text)]

    mentioned = [names[i] | openings[i] for i in range(len(articles))]
    texts: list[list[str]] = [[] for _ in articles]
    for sentence in sentences:
        texts[sentence.article].append(sentence.text)
    voices = shared_voices([texts[i] for i in distinct])
    found, partly, unnamed, led, paired = screen(
        [stems[i] for i in distinct],
        names=[names[i] for i in distinct],
        mentioned=[mentioned[i] for i in distinct],
        figures=[figures[i] for i in distinct],
        outlets=outlets,
        passages=passages,
        # a page written from its own town ("three pensioners were found dead here") tells
        # the story's share there: its town is where it was written, not another event's
        leads=[set() if i in local else leads[i] for i in distinct],
        runs=name_runs_of,
        voices=voices,
    )
    flagged = {distinct[k] for k in found}
    # a page kept for its passage on the story: its other paragraphs, in it and its copies
    on_story = {
        " ".join(s.text.split())
        for k, kept in partly.items()
        for p in [list(paragraphs[k])[n] for n in kept]
        for s in sentences
        if s.article == distinct[k] and s.paragraph == p
    }
    trimmed = {distinct[k] for k in partly}
    cut = (
        {
            s.id
            for s in sentences
            if first_copy[s.article] in trimmed and " ".join(s.text.split()) not in on_story
        }
        if trimmed
        else set()
    )

    def elsewhere(index: int) -> Iterator[str]:
        """The sentences of the articles other than ``index`` and its copies."""
        return (s.text for s in sentences if first_copy[s.article] != first_copy[index])

    never = {distinct[k]: central for k, central in unnamed.items()}
    opens_on = {distinct[k]: own for k, own in led.items()}
    twin_of = {distinct[k]: distinct[twin] for k, twin in paired.items()}

    def why(i: int) -> str:
        # a page left out with another on the same thing (each kept the other in): named
        twin = twin_of.get(first_copy[i])
        but = f" but {articles[twin].file}, on the same thing," if twin is not None else ""
        aside = (
            f"; {articles[twin].file}, on the same thing, is left out with it"
            if twin is not None
            else ""
        )
        if first_copy[i] in opens_on:
            opens = _named(opens_on[first_copy[i]], own_text(i), "and")
            return (
                f"it opens on {opens}, which no other article{but} names, and never names "
                f"{_named(never[first_copy[i]], elsewhere(i))}"
            )
        if first_copy[i] in never:
            return (
                f"it never names {_named(never[first_copy[i]], elsewhere(i))}, which the other "
                f"articles name, and shares few of their words{aside}"
            )
        if twin is not None:
            return (
                f"it seems to be about something else, as {articles[twin].file} does, which "
                "shares its words"
            )
        return "it seems to be about something else"

    reasons = {i: why(i) for i in range(len(articles)) if first_copy[i] in flagged}
    long_ones = unnamed_long_documents(names, words, mentioned, sentence_names, lowered)
    for index, central in long_ones.items():
        if index in reasons:
            continue
        if mentioned[index] & set(central):
            # named in passing: a compilation of unrelated reports naming the story's town
            distinct_names = own_names(central, index, lowered)
            said = story_sentences(sentence_names[index], distinct_names)
            central = tuple(name for name in central if name in distinct_names)
            reasons[index] = (
                f"it is long ({words[index]:,} words) and "
                f"{f'only {said:,}' if said else 'none'} of its "
                f"{len(sentence_names[index]):,} sentences name "
                f"{_named(central, elsewhere(index))}, which the other articles are about"
            )
            continue
        reasons[index] = (
            f"it is long ({words[index]:,} words) and never names "
            f"{_named(central, elsewhere(index))}, which the other articles are about"
        )
    outliers = {i for i in reasons if articles[i].file not in keep}
    for index in sorted(outliers):
        problems.append(FileProblem(articles[index].file, reasons[index], "off-topic"))
    return outliers, {i for i in cut if sentences[i].article not in outliers}


def _no_story(name: str, text: str) -> FileProblem:
    """Why a file yielded no story: its language when that is not English, else plainly none.

    Chinese or Japanese text has no spaces, so ingest takes each of its lines for a heading.
    """
    language = detect_language(text)
    if language not in (None, "english", UNKNOWN):
        return FileProblem(name, f"it seems to be in {language.title()}, not English", "language")
    return FileProblem(name, "no story text was found in it")


def _where(source: Source, folder: Path) -> str:
    """Where no article was found, as the reader gave it: the folder, or the files given
    (a dropped file is named, never the folder it happens to lie in, nor one given that
    does not exist)."""
    if isinstance(source, str | Path):
        return f"“{folder}”"
    given = [Path(item) for item in source]
    if not given or any(path.is_dir() for path in given):
        return f"“{folder}”"
    if len(given) == 1:
        return f"the file given, “{given[0].name}”"
    return f"the {len(given)} files given (in “{folder}”)"


def _holds_nothing(source: Source) -> bool:
    """Whether the folder given holds nothing a file manager shows: no file, no
    subfolder (hidden entries such as ``.DS_Store`` aside)."""
    if not isinstance(source, str | Path):
        return False
    try:
        with os.scandir(source) as entries:
            return not any(not entry.name.startswith(".") for entry in entries)
    except OSError:
        return False


def _articles_below(source: Source) -> tuple[int, tuple[str, ...], int]:
    """How many articles a folder's subfolders hold, counted up to
    :data:`SUBFOLDER_COUNT_LIMIT` (for a hint when the folder itself has none), the
    subfolders holding them (shown as the report shows file names) and how many
    subfolders the search never reached; a subfolder of thousands of other files is
    searched only so far, and what it holds beyond is not taken for articles."""
    if not isinstance(source, str | Path) or not Path(source).is_dir():
        return 0, (), 0
    below = unread_in_subfolders(Path(source), SUBFOLDER_COUNT_LIMIT)
    names = tuple(visible(name) for name, _count in below.where)
    return min(below.files, SUBFOLDER_COUNT_LIMIT), names, below.unsearched


def _keep(
    articles: list[Article], sentences: list[Sentence], keep: set[int], cut: Set[int] = frozenset()
) -> tuple[list[Article], list[Sentence]]:
    """The kept articles and their sentences but those ``cut``, renumbered without
    splitting again."""
    new_id = {old: new for new, old in enumerate(sorted(keep))}
    kept_articles = [replace(a, id=new_id[a.id]) for a in articles if a.id in keep]
    kept_sentences = [s for s in sentences if s.article in keep and s.id not in cut]
    renumbered = [replace(s, id=i, article=new_id[s.article]) for i, s in enumerate(kept_sentences)]
    return kept_articles, renumbered


#: Files from which a folder read in this process is ingested in two processes.
SHARED_FILES = 20

#: What the stages after sentence splitting import: numpy, the matcher's libraries and the
#: readers of figures and roles among them (a tenth of a second). They are imported when first needed, so that a folder split
#: into sentences by two processes forks the second one before they load, and this process
#: loads them meanwhile, its part of the text the smaller by LOADING_CHARS.
LATER_MODULES = (
    "corroborate.engine.matching.align",
    "corroborate.engine.matching.independence",
    "corroborate.engine.conflicts.disagree",
    "corroborate.engine.consensus.rank",
    "corroborate.engine.report.render",
)
#: Characters of text that take about as long to ingest and split as LATER_MODULES to load.
LOADING_CHARS = 50_000


def _later_loaded() -> bool:
    """Whether LATER_MODULES are loaded (by an earlier analysis, or the app's warm-up)."""
    return all(name in sys.modules for name in LATER_MODULES)


def _load_later() -> None:
    """Load LATER_MODULES now."""
    for name in LATER_MODULES:
        importlib.import_module(name)


def _cut(sizes: Sequence[int], lead: int = 0) -> int:
    """How many of the items (of these sizes) go to the first of two processes sharing
    them: about half of their total, less ``lead`` (work the first has besides)."""
    total, count = sum(sizes) - lead, 0
    for index, size in enumerate(sizes):
        count += size
        if 2 * count >= total:
            return index + 1
    return len(sizes)


def _shared_reading(named: Sequence[tuple[str, Path]], options: AnalysisOptions) -> bool:
    """Whether the folder is read first, then ingested and split into sentences in two
    processes (:func:`_ingest_in_two`): many files, all read in this process (plain text,
    Markdown), and a second process allowed."""
    return (
        options.processes > 1
        and len(named) >= SHARED_FILES
        and can_fork()
        and all(reads_in_process(path) for _name, path in named)
    )


#: What a process ingesting part of a folder hands back: its articles (None where a file
#: holds no story), each one's language, and their paragraphs split into sentences.
_Ingested = tuple[list[Article | None], list[str | None], dict[str, ReadParagraph]]


def _ingest_part(
    files: Sequence[tuple[int, str, RawDocument]],
    then: Callable[[], object] | None = None,
    step: StepFn | None = None,
) -> _Ingested:
    """Ingest ``files`` (``(id, name, raw)``), tell each article's language and split its
    paragraphs into sentences (an article not in English is split all the same); then
    call ``then()``. ``step`` is told the share of that work done: the files ingested
    first (:data:`INGESTING_SHARE` of it), then the paragraphs split."""
    articles: list[Article | None] = []
    languages: list[str | None] = []
    for done, (index, name, raw) in enumerate(files):
        if step:
            step(INGESTING_SHARE * done / len(files))
        article = ingest(raw, name, index)
        if not article.paragraphs:
            articles.append(None)
            languages.append(None)
            continue
        articles.append(article)
        languages.append(detect_language(" ".join(article.paragraphs)))
    paragraphs = [p for article in articles if article for p in article.paragraphs]
    read = read_paragraphs(_told(paragraphs, step, INGESTING_SHARE))
    if then is not None:
        then()
    return articles, languages, read


#: The share of ingesting a folder's files that is reading them into paragraphs (the rest
#: is splitting the paragraphs into sentences), about so on news articles.
INGESTING_SHARE = 0.4


def _told(items: Sequence[T], step: StepFn | None, start: float = 0.0) -> Iterator[T]:
    """``items`` one by one, ``step`` told the share of them given so far, from ``start``."""
    for done, item in enumerate(items):
        if step:
            step(start + (1.0 - start) * done / len(items))
        yield item


def _ingest_in_two(
    entries: Sequence[tuple[str, RawDocument] | FileProblem],
    problems: list[FileProblem],
    cancelled: CancelFn | None,
    step: StepFn | None = None,
) -> tuple[list[Article], dict[int, str | None], dict[str, ReadParagraph]]:
    """The files read (``entries``, in order, with the problems of those that could not
    be), ingested as the reading loop would have, half of them by a second process: the
    articles, their languages by id, and their paragraphs split into sentences. ``step``
    is told the share of this process's half ingested (the halves are alike in length:
    it stands for the whole's)."""
    files = [entry for entry in entries if not isinstance(entry, FileProblem)]
    numbered = [(index, name, raw) for index, (name, raw) in enumerate(files)]
    lead = 0 if _later_loaded() else LOADING_CHARS
    half = 1 + _cut([len(raw.text) for _name, raw in files[1:]], lead)
    # The models, and what ingesting loads on first use, are loaded before the fork (by
    # ingesting the first file here), so that the second process finds them loaded.
    load_models()
    opening = _ingest_part(numbered[:1])
    mine, (theirs, stems) = in_two(
        lambda: _ingest_part(numbered[1:half], then=_load_later, step=step),
        lambda: _and_stems(lambda: _ingest_part(numbered[half:])),
        cancelled=cancelled,
    )
    learn_stems(stems)
    ingested = opening[0] + mine[0] + theirs[0]
    told = opening[1] + mine[1] + theirs[1]
    articles: list[Article] = []
    languages: dict[int, str | None] = {}
    position = 0
    for entry in entries:
        if isinstance(entry, FileProblem):
            problems.append(entry)
            continue
        name, raw = entry
        article = ingested[position]
        language = told[position]
        position += 1
        if article is None:
            problems.append(_no_story(name, raw.text))
            continue
        article = replace(article, id=len(articles))
        languages[article.id] = language
        articles.append(article)
    return articles, languages, opening[2] | mine[2] | theirs[2]


#: Characters of distinct paragraphs from which a second process splits half of them into
#: sentences (:mod:`.parallel`): about a quarter of a second of work.
SHARED_SPLITTING = 150_000


def _read_in_two(
    articles: Sequence[Article],
    options: AnalysisOptions,
    cancelled: CancelFn | None,
    step: StepFn | None = None,
) -> dict[str, ReadParagraph]:
    """The folder's distinct paragraphs split into sentences, half of them by a second
    process, when they are many and that is allowed; none otherwise (:func:`segment`
    splits them itself). ``step`` is told the share of this process's half split."""
    paragraphs = list(dict.fromkeys(p for article in articles for p in article.paragraphs))
    total = sum(map(len, paragraphs))
    if options.processes < 2 or total < SHARED_SPLITTING or not can_fork():
        return {}
    half = _cut(list(map(len, paragraphs)), 0 if _later_loaded() else LOADING_CHARS)
    load_models()  # before the fork: the second process finds them loaded

    def here() -> dict[str, ReadParagraph]:
        read = read_paragraphs(_told(paragraphs[:half], step))
        _load_later()
        return read

    mine, (theirs, stems) = in_two(
        here,
        lambda: _and_stems(lambda: read_paragraphs(paragraphs[half:])),
        cancelled=cancelled,
    )
    learn_stems(stems)
    return mine | theirs


def _and_stems(work: Callable[[], T]) -> tuple[T, LearnedStems]:
    """``work()``, and the words whose stems it worked out: in a second process, sent back
    with its result, so that later stages here need not stem them again."""
    known = stems_known()
    return work(), learned_stems(known)


def _support(
    sentences: Sequence[Sentence],
    graph: Sequence[dict[int, float]],
    group_of: Sequence[int],
    within: Set[int] | None = None,
    at: Sequence[int] | None = None,
) -> list[int]:
    """The number of independent groups among each sentence and its matches (as
    :attr:`.models.Analysis.backing_groups` will count them); given ``within`` (article
    ids: one story of a mixed folder), among those articles' sentences alone, and 0 for
    the others (``at``: those sentences' positions, when known)."""
    if within is None:
        article_group = [group_of[s.article] for s in sentences]
        return [
            len({article_group[i], *(article_group[j] for j in edges)})
            for i, edges in enumerate(graph)
        ]
    if at is None:
        at = [i for i, sentence in enumerate(sentences) if sentence.article in within]
    support = [0] * len(sentences)
    for i in at:
        support[i] = len(
            {
                group_of[sentences[i].article],
                *(
                    group_of[sentences[j].article]
                    for j in graph[i]
                    if sentences[j].article in within
                ),
            }
        )
    return support


def _as_named(given: Sequence[str], found: set[str], folder: Path) -> set[str]:
    """Files to leave out or keep, named as the report names them; a name that is none
    of the articles' but a path to one of them, as a shell completes it (``story/a.txt``
    from the folder above, or a whole path), stands for that article."""
    names = set()
    for name in given:
        if name not in found and name:
            with contextlib.suppress(OSError, ValueError):
                if Path(name).is_file() and (alias := relative_name(Path(name), folder)) in found:
                    name = alias
        names.add(name)
    return names


#: What a skipped file's problem (:attr:`FileProblem.kind`) makes of it among the files left
#: out; any other kind is ``unreadable``.
_LEFT_OUT_AS: dict[str, LeftOutWhy] = {"off-topic": "off-topic", "language": "language"}


def _left_out(
    options: AnalysisOptions,
    excluded: Sequence[str],
    problems: Sequence[FileProblem],
    exports: Sequence[FileProblem],
) -> tuple[LeftOut, ...]:
    """The files of the folder the story's counts leave out, each with why: those the reader
    left out (``excluded``, in the folder's order, each as :attr:`AnalysisOptions.excluded_as`
    names it; one it names None, the report being written, is none), then those the engine
    did, as :data:`_LEFT_OUT_AS` reads their problems, with the reason the skipped files give
    (a file asked to be left out that is not there is no file of the folder, nor is the
    folder's own warning), then the reports and maps Corroborate wrote beside the articles."""
    why: dict[str, LeftOutWhy | None] = dict(options.excluded_as)
    return (
        *(LeftOut(name, as_) for name in excluded if (as_ := why.get(name, "excluded"))),
        *(
            LeftOut(p.file, _LEFT_OUT_AS.get(p.kind, "unreadable"), p.reason)
            for p in problems
            if p.kind not in FOLDER_KINDS and p.kind != "not-found"
        ),
        *(LeftOut(p.file, "export", p.reason) for p in exports),
    )


def _check(cancelled: CancelFn | None) -> None:
    """Between stages: stop at once when the caller has cancelled (a window closing)."""
    if cancelled and cancelled():
        raise Cancelled


#: Where the bar stands when each stage starts: the stages' shares of the time a large
#: folder takes. A folder of plain text is read at once and ingested after: its reading
#: takes the first :data:`READ_AT_ONCE` of the reading stage's share.
STAGE_STARTS = {
    "read": 0.0,
    "split": 0.3,
    "match": 0.5,
    "copies": 0.8,
    "disagreements": 0.81,
    "claims": 0.9,
}
READ_AT_ONCE = 0.05


def _within(report: ProgressFn, stage: str, start: float, end: float) -> StepFn:
    """What a long stage tells its progress to: its share done, shown as ``stage`` with
    the bar from ``start`` to ``end``; told again only when it has moved by a hundredth of
    the stage, or is done (a loop may tell it thousands of times)."""
    told = -1.0

    def step(done: float) -> None:
        nonlocal told
        done = min(max(done, 0.0), 1.0)
        if done - told >= 0.01 or (done == 1.0 > told):
            told = done
            report(stage, start + (end - start) * done)

    return step


def run_analysis(
    source: Source,
    options: AnalysisOptions,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Analysis:
    def report(stage: str, fraction: float) -> None:
        if cancelled and cancelled():
            raise Cancelled
        if progress:
            progress(stage, fraction)

    starts = STAGE_STARTS

    folder = source_root(source)
    exports: list[FileProblem] = []
    files, problems = discover(
        source, recursive=options.recursive, max_files=options.max_files, exports=exports
    )
    named = [(relative_name(f, folder), f) for f in files]
    found = {name for name, _ in named}
    excluded = _as_named(options.exclude, found, folder)
    included = _as_named(options.include, found, folder)
    for name in sorted(excluded - found):
        problems.append(
            FileProblem(name, "no such article here, so nothing was left out", "not-found")
        )
    for name in sorted(included - found):
        problems.append(
            FileProblem(name, "no such article here, so nothing was included", "not-found")
        )
    named_all, named = named, [(name, path) for name, path in named if name not in excluded]
    articles: list[Article] = []
    # A large folder of plain text is read first and then ingested in two processes; any
    # other is ingested file by file as it is read (while the readers' worker reads ahead).
    shared = _shared_reading(named, options)
    reading = f"Reading {len(named)} articles…"
    read_end = starts["read"] + READ_AT_ONCE if shared else starts["split"]
    deferred: list[tuple[str, RawDocument] | FileProblem] = []
    with Reader(options.limits, cancelled) as reader:
        reader.read_ahead(path for _name, path in named)
        for number, (name, path) in enumerate(named):
            report(reading, read_end * number / max(1, len(named)))
            try:
                raw = reader.read(path)
            except UnreadableFile as reason:
                (deferred if shared else problems).append(FileProblem(name, str(reason)))
                continue
            if shared:
                deferred.append((name, raw))
                continue
            article = ingest(raw, name, len(articles))
            if not article.paragraphs:
                problems.append(_no_story(name, raw.text))
                continue
            articles.append(article)
    read: dict[str, ReadParagraph] = {}
    languages: dict[int, str | None] = {}
    if shared:
        ingesting = _within(report, reading, read_end, starts["split"])
        articles, languages, read = _ingest_in_two(deferred, problems, cancelled, ingesting)
    splitting = "Splitting sentences…"
    report(splitting, starts["split"])
    articles = initials_spelled_out(_in_english(articles, problems, languages))
    if not shared:
        # the rest of the stage (looking for copies and for several stories) is shorter
        read = _read_in_two(
            articles, options, cancelled, _within(report, splitting, starts["split"], 0.45)
        )
    sentences = segment(tuple(articles), cancelled=cancelled, read=read)
    # one word written two ways in the folder ("cease-fire" / "ceasefire") is one word to
    # every stage that reads the sentences' stems
    sentences = one_word_forms(sentences)
    present = {s.article for s in sentences}
    for article in articles:
        if article.id not in present:
            problems.append(FileProblem(article.file, "no complete sentence was found in it"))
    _check(cancelled)
    # copies are found by a second process while this one looks for several stories; each
    # reads the names of half of the sentences for alignment too, and this one who says each
    here = os.getpid()
    shared_rest = _shared_rest(options, sentences)
    texts = [s.text for s in sentences]
    cut = len(texts) // 2 if shared_rest else len(texts)

    def screened() -> tuple[list[Counter[str]], bool, list[tuple[str, Reading]]]:
        found = _screen_stories(articles, sentences, problems)
        if not shared_rest:
            return *found, []
        from .matching.align import read_speakers

        read_speakers(texts)
        return *found, readings(texts[:cut])

    (stems, mixed, read_here), (duplicates, read_there) = in_two(
        screened,
        lambda: _copies_and_names(articles, sentences, texts[cut:], os.getpid() != here),
        fork=shared_rest,
        cancelled=cancelled,
    )
    learn_readings(read_here + read_there)
    dropped, trimmed = (
        (set(), set())
        if options.include_off_topic or mixed  # off-topic means "not this folder's one story"
        else _off_topic(articles, sentences, stems, duplicates, frozenset(included), problems)
    )
    if len(present) < len(articles) or dropped or trimmed:
        kept = sorted(present - dropped)
        articles, sentences = _keep(articles, sentences, set(kept), trimmed)
        new_id = {old: new for new, old in enumerate(kept)}
        duplicates = [(new_id[x], new_id[y]) for x, y in duplicates if x in new_id and y in new_id]
    if not articles:
        where = _where(source, folder)
        message = f"No readable article was found in {where}."
        if problems:
            count = len(problems)
            skipped = "1 file was" if count == 1 else f"{count} files were"
            message = f"No readable article was found in {where}: {skipped} skipped."
        elif named_all and not named:
            message += f" All {len(named_all)} of its articles were left out."
        elif _holds_nothing(source):
            message = f"No readable article was found in {where}: the folder is empty."
        below: tuple[int, tuple[str, ...], int] = (0, (), 0)
        if not problems and not (named_all and not named) and not options.recursive:
            below = _articles_below(source)
        raise NoArticlesError(message, tuple(problems), *below)
    matching = "Matching sentences…"
    report(matching, starts["match"])
    from .conflicts.disagree import detect
    from .matching.align import Aligner, unproven_of
    from .matching.independence import group_sources
    from .text.specifics import analyse

    judged = _within(report, matching, starts["match"], starts["copies"])
    # what each sentence leaves unknown: read once, for the matcher and the ranking
    unproven = unproven_of(sentences)
    matcher = options.matcher or Aligner(
        processes=options.processes, progress=judged, unproven=unproven
    )
    matches, near = matcher.match(sentences, cancelled)
    # two articles the folder's several-stories warning places in two stories tell of two
    # events: their sentences never back, echo nor contradict each other
    story_of = stories_of([article.file for article in articles], problems)
    if any(story is not None for story in story_of):
        matches, near = _within_stories(sentences, story_of, matches, near)
    report("Finding copies…", starts["copies"])
    groups, group_of, voice_of = group_sources(articles, sentences, matches, duplicates)
    # Sentences that contradict each other never corroborate each other. Said apart from
    # finding copies: on a large folder it takes as long as matching the sentences.
    _check(cancelled)
    looking = "Looking for disagreements…"
    report(looking, starts["disagreements"])
    matches, contrary = detect(
        sentences, matches, near, groups, group_of, cancelled, options.processes,
        _within(report, looking, starts["disagreements"], starts["claims"]),
        story_of,
    )  # fmt: skip
    # a name spelled two ways is a note for the reader to check, not a disagreement
    disagreements = tuple(d for d in contrary if d.kind != "spelling")
    spellings = tuple(d for d in contrary if d.kind == "spelling")
    _check(cancelled)
    grouping = "Grouping claims…"
    report(grouping, starts["claims"])
    # told by this process only (the other one works out what ranking starts from)
    grouped = _within(report, grouping, starts["claims"], 1.0)
    graph = neighbours(sentences, matches)
    centrality = salience(sentences, voice_of)

    def titles(half: int) -> dict[int, list[str]]:
        """Half of the stories' titles (of a mixed folder)."""
        if not mixed:
            return {}
        return _story_titles(problems, articles, sentences, group_of, voice_of, graph, half)

    from .consensus.rank import DEFAULT_OBJECTIVE

    def rest() -> tuple[tuple[str, StoryTitleFrom], dict[int, list[str]], Weights]:
        """The folder's title, the first half of its stories' titles, and what ranking the
        analysis starts from (:meth:`.consensus.objective.ConceptCoverage.weigh`: large, so
        worked out here rather than sent from the other process)."""
        if beside_forked:
            analyse.cache_clear()  # read by ``beside`` alone, in the other process's copy
        support = _support(sentences, graph, group_of)
        grouped(0.05 * top)
        title = titled_story(articles, group_of, sentences, support, centrality)
        grouped(0.3 * top)
        first_titles = titles(0)
        grouped(0.5 * top)
        weights = DEFAULT_OBJECTIVE.weigh(sentences, voice_of or group_of)
        grouped(top)
        return title, first_titles, weights

    def beside() -> tuple[tuple[frozenset[int], ...], tuple[float, ...], dict[int, list[str]]]:
        """The echoes, the sentences' distinctness, and the other half of the stories'
        titles."""
        # told only when done in this process after ``rest`` (never from a forked one)
        told = grouped if os.getpid() == here else None
        echoes = echo_groups(
            sentences, matches, near, group_of,
            None if told is None else (lambda done: told(top + (0.85 - top) * done)),
            [article.removed for article in articles],
        )  # fmt: skip
        distinct = distinctness(sentences, group_of, echoes)
        if told is not None:
            told(0.9)
        return echoes, distinct, titles(1)

    # done by a second process meanwhile, for a large folder
    forked = _shared_rest(options, sentences)
    beside_forked = forked and can_fork()
    # the share of the stage's bar ``rest`` tells: all of it when ``beside`` is forked off,
    # else about half, ``beside`` telling the rest after it
    top = 0.9 if beside_forked else 0.45
    ((title, title_from), first_titles, weights), (echoes, distinct, last_titles) = in_two(
        rest, beside, fork=forked, cancelled=cancelled
    )
    # the sentences' specifics, shared by alignment, detect and the echoes' shared facts
    # (:func:`.consensus.single_source.shared_fact_pairs`): done with only now, not before the
    # echoes, which would read a thousand of them again at 500 articles (``rest`` lets them
    # go at its start when the echoes are read by the other process)
    analyse.cache_clear()
    for index, names in first_titles.items():
        problems[index] = _stories_problem(problems[index].groups, names + last_titles[index])
    if not options.recursive and isinstance(source, str | Path):
        unread = unread_in_subfolders(Path(source), SUBFOLDER_COUNT_LIMIT)
        if unread.files:
            problems.append(_subfolders_problem(unread.files, unread.complete, unread))
    analysis = Analysis(
        folder=folder,
        articles=tuple(articles),
        sentences=tuple(sentences),
        matches=tuple(matches),
        groups=groups,
        group_of=group_of,
        neighbours=tuple(tuple(sorted(edges)) for edges in graph),
        problems=tuple(problems),
        salience=centrality,
        voice_of=voice_of,
        disagreements=disagreements,
        spellings=spellings,
        echoes=echoes,
        distinct=distinct,
        title=title,
        title_from=title_from,
        left_out=_left_out(
            options, [name for name, _ in named_all if name in excluded], problems, exports
        ),
        unproven=unproven,
        story=options.story,
    )
    DEFAULT_OBJECTIVE.keep(analysis, weights)
    report("Done", 1.0)
    log.info(
        "analysed %d articles, %d sentences, %d matches",
        len(articles),
        len(sentences),
        len(matches),
    )
    return analysis
