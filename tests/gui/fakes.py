"""A tiny hand-built story and an engine stand-in, for widget tests and timing control.

The fake ``summarize`` only sorts by support; it stands in for the real ranking
so the window's wiring can be tested without the engine's timing. Corrections
are applied by the real engine, which only reads the analysis it is given.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import corroborate.engine as engine
from corroborate.engine import Engine
from corroborate.engine.models import (
    Analysis,
    AnalysisOptions,
    Article,
    CancelFn,
    Cancelled,
    ConsensusSummary,
    Corrections,
    ProgressFn,
    Sentence,
    SingleSourceItem,
    Source,
    SourceGroup,
    SummaryItem,
    SummaryOptions,
)

_ARTICLES = [
    (
        "a.txt",
        "Harbour Times",
        "Bridge collapses in storm",
        [
            ["The Fennick Bridge collapsed on Tuesday night during a storm.", "Two people died."],
            ["Engineers had warned about the bridge in 2019."],
        ],
    ),
    (
        "b.txt",
        "Coast Daily",
        "Bridge collapses in storm",
        [
            ["The Fennick Bridge collapsed on Tuesday night during a storm.", "Two people died."],
            ["Engineers had warned about the bridge in 2019."],
        ],
    ),
    (
        "c.txt",
        "Valley Post",
        "Storm brings down Fennick Bridge",
        [
            [
                "A storm brought down the Fennick Bridge on Tuesday night.",
                "Two people were killed.",
            ],
            ["The mayor promised an inquiry."],
        ],
    ),
    (
        "d.txt",
        "River News",
        "Fennick Bridge falls",
        [
            ["The Fennick Bridge fell during Tuesday's storm.", "Rescuers searched the river."],
        ],
    ),
]
# claim id of each sentence, in reading order
_CLAIM_OF = (0, 1, 2, 0, 1, 2, 0, 1, 3, 0, 4)
_GROUP_OF = (0, 0, 1, 2)


def story(folder: Path = Path("/story"), river_own: tuple[str, ...] = ()) -> Analysis:
    """The bridge story; ``river_own`` adds sentences River News alone reports, each a
    claim of its own, in a last paragraph of its article."""
    articles: list[Article] = []
    sentences: list[Sentence] = []
    told = [
        (
            file,
            outlet,
            title,
            paragraphs + ([list(river_own)] if river_own and outlet == "River News" else []),
        )
        for file, outlet, title, paragraphs in _ARTICLES
    ]
    claim_of = _CLAIM_OF + tuple(range(5, 5 + len(river_own)))
    for aid, (file, outlet, title, paragraphs) in enumerate(told):
        articles.append(
            Article(aid, file, title, outlet, "text", tuple(" ".join(p) for p in paragraphs))
        )
        index = 0
        for pid, paragraph in enumerate(paragraphs):
            for text in paragraph:
                words = tuple(text.lower().rstrip(".").split())
                sid = len(sentences)
                sentences.append(
                    Sentence(sid, aid, index, pid, text, words, frozenset(), (), len(words))
                )
                index += 1
    groups = (SourceGroup(0, (0, 1), 0), SourceGroup(1, (2,), 2), SourceGroup(2, (3,), 3))
    # sentences of one claim id all match each other
    neighbours = tuple(
        tuple(o.id for o in sentences if o.id != s.id and claim_of[o.id] == claim_of[s.id])
        for s in sentences
    )
    return Analysis(
        folder,
        tuple(articles),
        tuple(sentences),
        (),
        groups,
        _GROUP_OF,
        neighbours=neighbours,
        salience=tuple(1.0 for _ in sentences),
        # The single-source evidence as the engine's: the groups each sentence's
        # claim reaches, and every word the sentence's own.
        echoes=tuple(
            frozenset(_GROUP_OF[sentences[o].article] for o in (s.id, *neighbours[s.id]))
            for s in sentences
        ),
        distinct=tuple(1.0 for _ in sentences),
    )


def fake_summarize(analysis: Analysis, options: SummaryOptions | None = None) -> ConsensusSummary:
    options = options or SummaryOptions()
    arts = {a.id: a for a in analysis.articles}
    sents = {s.id: s for s in analysis.sentences}
    claims = [analysis.claim(s.id) for s in analysis.sentences]
    items: list[SummaryItem] = []
    single: list[SingleSourceItem] = []
    stated: set[int] = set()
    for claim in sorted(claims, key=lambda c: (-c.support, c.sentence)):
        if claim.sentence in stated:
            continue  # one voice per claim: the first sentence of it in reading order
        stated.update(s for statement in claim.statements for s in statement.sentences)
        voice = sents[claim.sentence]
        if claim.support >= options.min_sources and len(items) < options.sentences:
            files = {arts[sents[s].article].file for st in claim.statements for s in st.sentences}
            items.append(
                SummaryItem(claim, voice.text, arts[voice.article].file, tuple(sorted(files)))
            )
        elif claim.support == 1:
            art = arts[voice.article]
            single.append(SingleSourceItem(voice.id, voice.text, art.file, art.outlet))
    notes = ("Only one article: nothing could be corroborated.",) if len(arts) == 1 else ()
    title = analysis.articles[0].title if analysis.articles else "Untitled"
    return ConsensusSummary(title, options, tuple(items), tuple(single), notes, analysis)


def fake_markdown(summary: ConsensusSummary) -> str:
    lines = [f"# {summary.title}", ""]
    lines += [
        f"- {i.text} ({i.support}/{summary.analysis.independent_sources})" for i in summary.items
    ]
    return "\n".join(lines) + "\n"


class FakeEngine(Engine):
    """Returns :func:`story` (or raises ``error``); ``gate`` holds a run until set.

    With ``obey_cancel=False`` a held run ignores cancellation and finishes late,
    which is exactly the case the window must ignore.
    """

    def __init__(self, error: BaseException | None = None, obey_cancel: bool = True) -> None:
        self.error = error
        self.obey_cancel = obey_cancel
        self.gates: dict[str, threading.Event] = {}
        self.calls: list[tuple[Any, tuple[str, ...]]] = []
        #: whether each run was asked to read subfolders too
        self.read_subfolders: list[bool] = []
        #: folder names whose run saw its ``cancelled()`` turn True
        self.saw_cancel: list[str] = []
        self.summarize_calls = 0

    def hold(self, name: str) -> threading.Event:
        """Runs for the folder called ``name`` wait until the returned event is set."""
        self.gates[name] = threading.Event()
        return self.gates[name]

    def analyze(
        self,
        source: Source,
        options: AnalysisOptions | None = None,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Analysis:
        self.calls.append((source, (options or AnalysisOptions()).exclude))
        self.read_subfolders.append((options or AnalysisOptions()).recursive)
        folder = (
            Path(source) if isinstance(source, (str, Path)) else Path(next(iter(source))).parent
        )
        if progress:
            progress(f"Reading {folder.name}…", 0.1)
        gate = self.gates.get(folder.name)
        while gate is not None and not gate.wait(0.01):
            if cancelled and cancelled():
                if folder.name not in self.saw_cancel:
                    self.saw_cancel.append(folder.name)
                if self.obey_cancel:
                    raise Cancelled()
        if progress:
            progress("Matching sentences…", 0.9)
        if self.error is not None:
            raise self.error
        return story(folder)

    def summarize(
        self, analysis: Analysis, options: SummaryOptions | None = None
    ) -> ConsensusSummary:
        self.summarize_calls += 1
        return fake_summarize(analysis, options)

    def to_markdown(self, summary: ConsensusSummary) -> str:
        return fake_markdown(summary)

    def apply_corrections(self, analysis: Analysis, corrections: Corrections) -> Analysis:
        return engine.apply_corrections(analysis, corrections)  # the real one: it only reads


#: sentences River News alone reports besides its rescuers: four in all, one over the few
RIVER_OWN = (
    "Divers from Saltmere joined the search at dawn.",
    "The river rose two metres overnight.",
    "A ferry service will run from Thursday.",
)
#: what the story lists of its single-outlet sentences at first: the one sentence each of
#: Harbour Times and Valley Post, and the surest three of River News's four
SUREST = 5


class ListsTheSurestFew(FakeEngine):
    """Lists the surest few of each outlet's own sentences, and counts the others,
    unless asked for all; River News has ``river_own`` of its own besides its rescuers."""

    def __init__(self, river_own: tuple[str, ...] = RIVER_OWN) -> None:
        super().__init__()
        self.river_own = river_own

    def analyze(self, source: Any, options: Any = None, **kw: Any) -> Analysis:
        return story(super().analyze(source, options, **kw).folder, self.river_own)

    def summarize(
        self, analysis: Analysis, options: SummaryOptions | None = None
    ) -> ConsensusSummary:
        full = super().summarize(analysis, options)
        per = full.options.single_source_per_outlet
        own: dict[int, list[SingleSourceItem]] = {g.id: [] for g in analysis.groups}
        for item in full.single_source:
            own[analysis.sentence_group[item.sentence]].append(item)
        listed = tuple(item for items in own.values() for item in items[:per])
        totals = tuple(len(own[g.id]) for g in analysis.groups)
        return replace(full, single_source=listed, single_source_totals=totals)
