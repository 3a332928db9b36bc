"""Disagreements: where independent sources report one thing with different specifics.

A false alarm costs the reader's trust in every other finding, so a pair is
flagged only on strong evidence: the two sentences share most of their
content apart from the differing specific, and the differing values play the
same role: the number counts the same thing ("14 *injured*" against "12
*injured*"), the weekday dates the same verb ("*reopen* Wednesday" against
"*reopen* Thursday"), the names fill the same role, the negation denies a word
the other sentence asserts in the same context, of the same subject. Two sentences that say
different things around their figures still disagree when both set a count on
the same stated day beside the same word ("injured 21 shoppers" Friday against
"wounded 24 people" Friday), give one person's age a birthday apart, named
on one side and "the 73-year-old" on the other, put one event in two parts of
one day ("Saturday afternoon" / "Saturday morning"), or at two clock times next
to the same word ("fled the scene about 4:20 a.m." / "about 4:30 a.m."). Two
sources disagree wherever in the story they date one event a day or two apart
beside its word ("the Sept. 2 crash" / "died in the Sept. 3 crash"), tell one
change with one new figure and two bases ("to 22 planes from 57" / "22 aircraft,
down from 54"), or count the story's dead in other words ("leaving 30 people dead" /
"at least 45 people died in the blaze") while no sentence tells that count as still
changing, or give one place two populations ("Croatia's 4.7 million population" / "Croatia,
a country of 4 million"), or time the emergency services' arrival at the scene apart
("showed up a few minutes after midnight" / "alerted at 11:43 p.m. ... at the scene four
minutes later"), or give one act of the story, told in other words, two weekdays ("an
interview with ABC News Thursday" / "a discussion with Travers on Tuesday", the network and
its host named together elsewhere; a gun "aimed at a paparazzi" Sunday / "pointed at a
photographer Saturday"). Copies
are never compared; approximate and bounded figures ("more than a dozen" against
"14"), a figure inside a range ("10 to 15" against "12") and parts that add up to a total
are not conflicts, while a figure wholly outside a range ("between 10 and 15 workers"
against "40 workers") is.

The stage reads as its steps: which pairs to judge (:mod:`.candidates`); the judge of a
pair (:mod:`.judge`), which asks the judges of each kind (:mod:`.ages`, :mod:`.lengths`,
:mod:`.names`, :mod:`.times`, :mod:`.negation`, :mod:`.outcomes`) after reading whether
two values are given for one thing (:mod:`.same_thing`, :mod:`.places`, :mod:`.periods`,
:mod:`.referents`, :mod:`.counts`, :mod:`.dates`); the story-wide finders
(:mod:`.story_names`, :mod:`.story_dates`, :mod:`.story_tolls`, :mod:`.story_parts`,
:mod:`.story_exact`, :mod:`.story_changes`, :mod:`.story_populations`,
:mod:`.story_placings`, :mod:`.story_lengths`, :mod:`.story_tenure`,
:mod:`.story_responses`, :mod:`.story_weekdays`, :mod:`.story_custody`); and,
here, the findings kept as :class:`Disagreement` records. A new class of conflict is a module
and one line in :data:`.judge.PAIR_JUDGES` or :data:`.judge.ALIKE_JUDGES` or in
:data:`STORY_FINDERS`; a new reason two figures count two things, one line in
:data:`.judge.NUMBER_VETOES`.

Looked for over every readable story and not adopted, as too few of their reports were
real conflicts or too few were found at all: durations sharing a word (0 of 67 right;
one lasting event's length against its noun is :mod:`.story_lengths`'s),
model names (0 of 8), a weekday with a figure (1 of 27); days said relative to a wire's
date ("last weekend", "Tuesday"; no event word dated two ways in any readable DUC
cluster); a past event's year beside its word, ages, titles and hyphenated sizes ("a
52-story hotel") beyond the classes above (none between two sources); a share of one
whole in words ("a third of the country" / "the entire northern half", one story), one
event's venue ("a party at the X" / "at the Y", one story). See also the notes of :mod:`.counts`,
:mod:`.times` and :mod:`.negation`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import (
    CancelFn,
    Cancelled,
    Disagreement,
    DisagreementKind,
    Match,
    NearPair,
    Sentence,
    SourceGroup,
    StepFn,
    stories_apart,
)
from ..parallel import in_two
from ..text.figures import counts_of
from ..text.names import NAME_WORD, name_key
from ..text.numbers import NUMBER_TAG, conflicting
from ..text.outcomes import MAY_TELL_OUTCOME
from ..text.polarity import may_tell_both_ways
from ..text.roles import ROLES
from ..text.segment import fold_accents
from ..text.specifics import NEGATIONS, Specifics, analyse
from .candidates import counts_differ, same_counts, same_falls
from .finding import Finding
from .judge import judge_pair, past_spelling
from .names import ALIAS, respelled_words, spelling
from .none_and_some import may_say_none
from .story import reading
from .story_appointments import appointed_two_ways
from .story_changes import changed_two_ways
from .story_custody import held_counts_two_ways
from .story_dates import dated_two_ways
from .story_distances import distanced_two_ways
from .story_exact import exact_twins
from .story_lengths import lasted_two_ways
from .story_names import (
    aged_two_ways,
    alone_spelled_two_ways,
    middle_named_two_ways,
    ranked_two_ways,
    spelled_two_ways,
    titled_two_ways,
)
from .story_parts import alone_two_ways, parts_over_tolls
from .story_placings import placed_two_ways
from .story_populations import populations_two_ways
from .story_responses import arrived_two_ways
from .story_tenure import held_two_ways
from .story_tolls import tolls_two_ways
from .story_weekdays import weekdays_two_ways
from .times import timed

#: What looks over the folder's sentences for disagreements rather than pair by pair: the
#: sentences, each article's source group, and the analysed sentence by id, which a finder
#: asks for when it reads specifics. Of findings of one kind between the same sources and
#: words, a pair's judge's is kept, else the earlier finder's.
StoryFinder = Callable[
    [Sequence[Sentence], Sequence[int], Callable[[int], Specifics]],
    list[tuple[int, int, Finding]],
]
STORY_FINDERS: tuple[StoryFinder, ...] = (
    spelled_two_ways,
    alone_spelled_two_ways,
    middle_named_two_ways,
    ranked_two_ways,
    titled_two_ways,
    aged_two_ways,
    dated_two_ways,
    tolls_two_ways,
    parts_over_tolls,
    alone_two_ways,
    exact_twins,
    changed_two_ways,
    populations_two_ways,
    placed_two_ways,
    lasted_two_ways,
    held_two_ways,
    distanced_two_ways,
    appointed_two_ways,
    arrived_two_ways,
    weekdays_two_ways,
    held_counts_two_ways,
)


#: Pairs to judge from which half of them are judged by a second process (:mod:`..parallel`):
#: about a tenth of a second of work.
SHARED_PAIRS = 2000

#: The share of those pairs this process judges while the other judges the rest: it also
#: looks for the disagreements found over the folder's sentences (:func:`spelled_two_ways`
#: and the like), which take about as long as judging four fifths of the pairs (on 500 DUC
#: articles, 0.57–0.73 s of CPU against 0.61–0.85 s for all the pairs).
OWN_SHARE = 0.1


def detect(
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    near: Sequence[NearPair],
    groups: Sequence[SourceGroup],
    group_of: Sequence[int],
    cancelled: CancelFn | None = None,
    processes: int = 1,
    step: StepFn | None = None,
    story_of: Sequence[int | None] = (),
) -> tuple[list[Match], tuple[Disagreement, ...]]:
    """Disagreements among matched and near-miss pairs, and the matches that survive them.

    One disagreement is kept per pair of sources and differing values (copies
    of an article would only repeat it), preferring the sources' originals. One
    person's name spelled two ways is kept among them as kind "spelling" (the pipeline
    lists such pairs apart, :attr:`..models.Analysis.spellings`): it is no
    disagreement, so it leaves the pair's match standing.
    ``cancelled`` is asked now and then; when it says so, :class:`Cancelled` is raised.
    ``processes``: at most this many processes judge the pairs (:mod:`..parallel`).
    ``step`` is told the share done (the pairs gathered, each 1,024th pair judged here, the
    findings over the whole folder), never by the process that judges a part of the pairs.
    ``story_of``: which story of a mixed folder each article is from
    (:attr:`..models.Analysis.story_of`); two sentences of two stories never disagree, nor
    spell one name two ways: they tell of two events.
    """
    tell = step or (lambda _done: None)
    originals = {g.original for g in groups}
    # per kind and the two sources' words: the pair ranked first (originals first, then
    # in reading order), which stands for the others
    best: dict[_Key, tuple[tuple[int, int, int], Disagreement]] = {}
    conflicted: set[tuple[int, int]] = set()
    # By text: a copy's sentence is read once. ``analyse`` is the cache alignment filled: a
    # sentence it analysed is not analysed again (the pipeline empties it after this stage).
    specifics: dict[str, Specifics] = {}
    judged: dict[tuple[str, str, bool], Finding | None] = {}

    def spec(sid: int) -> Specifics:
        text = sentences[sid].text
        if text not in specifics:
            specifics[text] = analyse(text)
        return specifics[text]

    # Pairs whose numbers agree can only differ by a name in a role or a negation. Each
    # flag is read from the text when first asked for, once per distinct text.
    flags: dict[str, tuple[bool, bool, bool]] = {}
    aliases: dict[str, bool] = {}

    def aliasing(sid: int) -> bool:
        """Does the sentence name someone by a bracketed name?"""
        text = sentences[sid].text
        if "(" not in text:
            return False
        if text not in aliases:
            aliases[text] = bool(ALIAS.search(text))
        return aliases[text]

    nones: dict[str, bool] = {}

    def saying_none(sid: int) -> bool:
        """May the sentence say there is none of a thing (:func:`.none_and_some.may_say_none`)?"""
        text = sentences[sid].text
        if text not in nones:
            nones[text] = may_say_none(text)
        return nones[text]

    def flagged(sid: int) -> tuple[bool, bool, bool]:
        """Whether the sentence may deny something, whether it may name someone in a role,
        and whether it gives a time of day (a part of a weekday, a clock time)."""
        text = sentences[sid].text
        if text not in flags:
            low = text.lower().replace("’", "'")
            words = set(re.findall(r"[a-z]+", low))
            negates = (
                bool(words & NEGATIONS)
                or "n't" in low
                or bool(MAY_TELL_OUTCOME.search(low))
                or may_tell_both_ways(text)
            )
            flags[text] = (negates, bool(words & ROLES) or aliasing(sid), timed(text))
        return flags[text]

    counting = [any(t.startswith(NUMBER_TAG) for t in s.numbers) for s in sentences]
    counts: dict[str, set[str]] = {}  # by text, as ``specifics``

    def counted_words(sid: int) -> set[str]:
        text = sentences[sid].text
        if text not in counts:
            counts[text] = counts_of(text)
        return counts[text]

    def count_alike(a: int, b: int) -> bool:
        """Do both sentences give figures the other does not, next to the same word?"""
        return (
            counting[a]
            and counting[b]
            and conflicting(sentences[a].numbers, sentences[b].numbers, (NUMBER_TAG,))
            and bool(counted_words(a) & counted_words(b))
        )

    # the independent source of each sentence, read once
    source = [group_of[s.article] for s in sentences]

    def apart(a: int, b: int) -> bool:
        """Are the two sentences from two stories of a mixed folder?"""
        return bool(story_of) and stories_apart(
            story_of, sentences[a].article, sentences[b].article
        )

    by_numbers: set[tuple[int, int]] = set()
    judged_pairs: set[tuple[int, int]] = set()
    for p in near:
        if p.conflict:
            by_numbers.add((p.a, p.b))
        if not p.weak:
            judged_pairs.add((p.a, p.b))
        # Loosely alike pairs whose figures differ may still count one thing differently,
        # two that name someone by a bracketed name may name them two ways, and one that says
        # there is none of a thing may be told against the other telling it as there ("there
        # is no investigation" / "police are investigating").
        elif counting[p.a] and counting[p.b] and count_alike(p.a, p.b):
            by_numbers.add((p.a, p.b))
        elif (aliasing(p.a) and aliasing(p.b)) or saying_none(p.a) or saying_none(p.b):
            judged_pairs.add((p.a, p.b))
    for m in matches:
        judged_pairs.add((m.a, m.b))
        # Matched pairs that share one figure may give another differently ("three dead,
        # at least six injured" / "three killed, at least three injured"): never support.
        if (
            counting[m.a]
            and counting[m.b]
            and counts_differ(sentences[m.a], sentences[m.b])
            and bool(counted_words(m.a) & counted_words(m.b))
        ):
            by_numbers.add((m.a, m.b))
    by_numbers |= same_counts(sentences, group_of, counting, counted_words)
    by_numbers |= same_falls(sentences, group_of)
    pairs = list(judged_pairs | by_numbers)
    tell(0.1)

    def findings(lo: int, hi: int, judged_share: StepFn | None = None) -> list[tuple[int, Finding]]:
        """What pairs ``lo`` to ``hi`` (positions in ``pairs``) disagree on, by position;
        ``judged_share`` is told the share of them judged."""
        found: list[tuple[int, Finding]] = []
        for k in range(lo, hi):
            if k % 1024 == 0:
                if cancelled and cancelled():
                    raise Cancelled
                if judged_share:
                    judged_share((k - lo) / (hi - lo))
            a, b = pairs[k]
            left, right = sentences[a], sentences[b]
            values = (a, b) in by_numbers
            if source[a] == source[b] or apart(a, b):
                continue
            if not values:
                (negates_a, role_a, timed_a), (negates_b, role_b, timed_b) = flagged(a), flagged(b)
                if not (negates_a or negates_b or (role_a and role_b) or (timed_a and timed_b)):
                    continue
            texts = (left.text, right.text, values)
            if texts not in judged:  # copies of a sentence meet the same other sentence often
                judged[texts] = judge_pair(spec(a), spec(b), values)
            finding = judged[texts]
            if finding is not None:
                found.append((k, finding))
        return found

    def others(start: float) -> list[tuple[int, int, Finding]]:
        """Disagreements found over the folder's sentences rather than pair by pair (the
        share done told from ``start`` on, finder by finder)."""
        found: list[tuple[int, int, Finding]] = []
        with reading(sentences, group_of):  # each source's texts looked for once
            for number, finder in enumerate(STORY_FINDERS):
                found.extend(finder(sentences, group_of, spec))
                tell(start + (0.95 - start) * (number + 1) / len(STORY_FINDERS))
        return found

    def judging(start: float, end: float) -> StepFn:
        return lambda done: tell(start + (end - start) * done)

    if processes > 1 and len(pairs) >= SHARED_PAIRS:
        # this process looks for the others too, and judges the smaller part of the pairs;
        # the other process tells nothing
        cut = int(len(pairs) * OWN_SHARE)
        (mine, elsewhere), theirs = in_two(
            lambda: (findings(0, cut, judging(0.1, 0.5)), others(0.5)),
            lambda: findings(cut, len(pairs)),
            cancelled=cancelled,
        )
        every = mine + theirs
    else:
        every = findings(0, len(pairs), judging(0.1, 0.7))
        elsewhere = others(0.7)
    # a story-wide finder reads the whole folder: of a mixed one, two stories' sentences
    elsewhere = [(a, b, finding) for a, b, finding in elsewhere if not apart(a, b)]

    # A name noted as spelt two ways is one person's: a pair of sentences of which one
    # writes it one way and the other the other way is judged with it written one way, so
    # that the two spellings read as one referent there too ("Olivares told police the
    # pair climbed 14 flights" / "Oliveras told police ... 19 flights").
    spelt = [f for _, f in every if spelling(f)] + [f for *_, f in elsewhere if spelling(f)]
    if spelt:
        settled = {k for k, f in every if not spelling(f)}
        every += respelt_findings(sentences, pairs, settled, group_of, by_numbers, spelt, spec)
    for k, finding in every:
        a, b = pairs[k]
        left, right = sentences[a], sentences[b]
        ga, gb = source[a], source[b]
        item = _disagreement(a, b, finding)
        if item.kind != "spelling":
            conflicted.add((a, b))
        key = _key(finding, ga, gb)
        rank = ((left.article not in originals) + (right.article not in originals), a, b)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, item)
    for a, b, finding in elsewhere:
        ga, gb = source[a], source[b]
        if spelling(finding) and ((a, b) in judged_pairs or (a, b) in by_numbers):
            # the judge read the two spellings as two people: with the name written one way,
            # the pair may hold another conflict ("Tuesday morning" / "Tuesday evening")
            values = (a, b) in by_numbers
            finding = past_spelling(spec(a), spec(b), finding, values) or finding
        item = _disagreement(a, b, finding)
        if item.kind != "spelling":
            conflicted.add((a, b))
        key = _key(finding, ga, gb)
        if key not in best:
            best[key] = ((0, a, b), item)
    kept = [m for m in matches if (m.a, m.b) not in conflicted]
    found = sorted((item for _, item in best.values()), key=lambda d: (d.a, d.b))
    return kept, tuple(found)


def _spellings_in(
    sentences: Sequence[Sentence], other: dict[str, str]
) -> dict[int, dict[str, tuple[str, tuple[int, int]]]]:
    """Each sentence that writes a name word of a spelling noted (``other``: each spelling,
    as :func:`..text.names.name_key` folds it, with the other), by sentence: the word as
    folded, with the word as written and its span."""
    found: dict[int, dict[str, tuple[str, tuple[int, int]]]] = {}
    for sentence in sentences:
        low = fold_accents(sentence.text.lower())
        if not any(key in low for key in other):
            continue  # most sentences name neither spelling: no word is read
        for match in NAME_WORD.finditer(sentence.text):
            key = name_key(match.group())
            if key in other and match.group()[:1].isupper():
                found.setdefault(sentence.id, {})[key] = (match.group(), match.span())
    return found


def respelt_findings(
    sentences: Sequence[Sentence],
    pairs: Sequence[tuple[int, int]],
    settled: set[int],
    group_of: Sequence[int],
    by_numbers: set[tuple[int, int]],
    spelt: Sequence[Finding],
    spec: Callable[[int], Specifics],
) -> list[tuple[int, Finding]]:
    """The conflicts of pairs of sentences of two sources of which one writes a name one
    way and the other the other way of a spelling noted in the story (``spelt``), found
    with the second sentence's spelling written as the first's (:func:`.judge.past_spelling`):
    the two spellings are one person for the judges of figures, dates and times as for the
    reader. Pairs by position in ``pairs``; those in ``settled`` (a conflict found already)
    are not judged again."""
    other: dict[str, str] = {}
    for finding in spelt:
        words = respelled_words(finding.a_words, finding.b_words)
        if words is not None and len(words) == 2:
            x, y = sorted(words)
            other.setdefault(x, y)
            other.setdefault(y, x)
    written = _spellings_in(sentences, other)
    # a source writing both spellings names two people by them ("his friend Dimitri
    # Olivares" and "the owner, Rosa Oliveras"): its sentences are not re-judged
    by_source: dict[int, set[str]] = {}
    for sid, keys in written.items():
        by_source.setdefault(group_of[sentences[sid].article], set()).update(keys)
    both = {g for g, keys in by_source.items() if any(other[key] in keys for key in keys)}
    found: list[tuple[int, Finding]] = []
    for k, (a, b) in enumerate(pairs):
        if k in settled or a not in written or b not in written:
            continue
        source_a, source_b = group_of[sentences[a].article], group_of[sentences[b].article]
        if source_a == source_b or source_a in both or source_b in both:
            continue
        for key in sorted(written[a]):
            if other[key] not in written[b] or key in written[b] or other[key] in written[a]:
                continue  # neither spelling here, or a sentence writing both: two people
            (word_a, span_a), (word_b, span_b) = written[a][key], written[b][other[key]]
            name = Finding("name", word_a, word_b, (span_a,), (span_b,))
            conflict = past_spelling(spec(a), spec(b), name, (a, b) in by_numbers)
            if conflict is not None:
                found.append((k, conflict))
                break
    return found


#: One disagreement however many copies of its sentences repeat it: its kind, and each
#: source (group) with its words.
_Key = tuple[DisagreementKind, frozenset[tuple[int, str]]]


def _key(finding: Finding, ga: int, gb: int) -> _Key:
    """The finding's :data:`_Key`, between the sources ``ga`` and ``gb``."""
    return finding.kind, frozenset({(ga, finding.a_words.lower()), (gb, finding.b_words.lower())})


def _disagreement(a: int, b: int, finding: Finding) -> Disagreement:
    """The finding as it is kept: one person's name spelled two ways
    (:func:`.names.spelling`), whichever judge or finder found it, is a
    spelling (kind "spelling"), not a disagreement."""
    kind: DisagreementKind = "spelling" if spelling(finding) else finding.kind
    return Disagreement(
        kind, a, b, finding.a_words, finding.b_words, finding.a_spans, finding.b_spans
    )
