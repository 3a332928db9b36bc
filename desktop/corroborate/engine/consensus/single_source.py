"""Single-source claims: what one independent outlet alone reports.

These are not errors, but nothing in the folder backs them, so the report
lists them apart, per outlet, marked as unverified. "Only one outlet" is a
promise, so a sentence is listed only when the most lenient evidence the
engine has finds none of its content elsewhere: no sentence of another
independent source matches it, contradicts it or even loosely echoes it
(:data:`.align.ECHO_COSINE`), shares a quotation with it, shares one of its
rare names and one of its figures, gives one count of the same thing or one moment to the
minute or names the journal
it says a study appeared in (:func:`shared_fact_pairs`), no line another outlet's page prints
beside its story (a review's credits box) gives two of its rare full names (:func:`boxed_names`), none
echoes a copy of it word for word in another article of its outlet (:func:`echo_groups`), it does not tell again the count of a fact the summary
shows as corroborated, a count two outlets give (:func:`_recounts`), and no other source uses
more than a quarter of its distinctive words' weight. Each other source is judged alone (a fact is
another outlet's when that outlet uses its words), so the bar holds whatever
the number of outlets: over the words of all other sources together, a folder
of five outlets shares some word with almost every sentence.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from ..models import (
    MIN_CLAIM_WORDS,
    Analysis,
    Match,
    NearPair,
    Sentence,
    SingleSourceItem,
    StepFn,
    SummaryOptions,
    idf_weights,
)
from ..text.figures import shared_counts
from ..text.numbers import DATE_TAG, NUMBER_TAG, YEAR_TAG, amount_in, conflicting
from ..text.numbers import shared as one_figure
from ..text.specifics import analyse
from ..text.wordforms import derived_stems
from .claims import term_users

#: Share of a sentence's word weight (IDF) that the other source using most of it
#: does not use, at least: no other outlet uses more than a quarter of its weight.
MIN_DISTINCT = 0.75
#: Weight of distinctness against the share of sources using a sentence's words
#: (``Analysis.salience``) when choosing which sentences to list: surest first.
SURENESS = 3.0


#: Figures that tell one fact with a name: a count, a full date, a year (a weekday or a
#: month alone is shared by most sentences of a story told over a few days).
FACT_FIGURES = (NUMBER_TAG, DATE_TAG, YEAR_TAG)


def _postings(
    keyed: Iterable[tuple[str, int]], cap: int, asked: Sequence[bool]
) -> Iterator[tuple[int, int]]:
    """Pairs of the sentences filed under one key, for keys at most ``cap`` sentences hold
    (a key most sentences hold tells nothing; its pairs would be quadratic), one of them
    ``asked``."""
    holders: dict[str, list[int]] = defaultdict(list)
    for key, sid in keyed:
        if not holders[key] or holders[key][-1] != sid:
            holders[key].append(sid)
    for ids in holders.values():
        if 2 <= len(ids) <= cap:
            for k, a in enumerate(ids):
                for b in ids[k + 1 :]:
                    if asked[a] or asked[b]:
                        yield a, b


def shared_fact_pairs(
    sentences: Sequence[Sentence],
    asked: Sequence[bool] | None = None,
    step: StepFn | None = None,
) -> list[tuple[int, int]]:
    """Pairs of sentences of different articles that state a fact in common by the most
    lenient evidence that still names the fact: one quotation (or a part of it, as
    :func:`.text.segment.quote_in_common` reads it), or one rare name and one figure
    (:data:`FACT_FIGURES`: "Ilse Varga, 52, of Dunmore" and "Varga, who is 52"), or one
    count of the same thing (:func:`.text.figures.shared_counts`: "the two exit stairways"
    / "there were two exits", "14 people pulled from the rubble"), or one moment told to
    the minute, in two zones read by their offsets (:func:`.text.clock.instant`: "at 6:48
    a.m. EST" / "at 11:48am UTC"), or the
    journal a study appeared in (:func:`.text.venues.venue`), each sentence's people and
    places beside it named in the other's article (else another team's study there).

    A name is rare when at most :data:`.align.RARE_SHARE` of the folder's sentences use
    it: the story's own subject, named in most sentences, and a figure may be two facts
    ("Carrow's two daughters" / "Carrow led for two years"). Too lenient to count support,
    these pairs only keep a sentence off the list of what one outlet alone reports, where
    a sentence wrongly kept off costs little and one wrongly listed breaks its promise.
    Only pairs sharing a run of quoted words or a figure are looked at, and of those only
    pairs where one sentence is ``asked`` (every sentence when None). ``step`` is told the
    share done: the pairs sharing a quotation judged, then those sharing a figure.
    """
    # Imported here: ranking does not need them, the analysis does.
    from ..matching.align import RARE_SHARE
    from ..text.clock import HAS_MINUTES, clocks, instant
    from ..text.names import name_key, names_in
    from ..text.roles import titled
    from ..text.segment import QUOTED_PART_WORDS, content_stem, quote_in_common
    from ..text.venues import venue

    cap = max(24, int(2 * math.sqrt(len(sentences))))
    asked = [True] * len(sentences) if asked is None else asked
    found: set[tuple[int, int]] = set()
    judged: set[tuple[int, int]] = set()  # a pair sharing several runs is judged once
    # a quotation found whole inside another shares its runs of words with it
    parts = (
        (" ".join(words[i : i + QUOTED_PART_WORDS]), s.id)
        for s in sentences
        for quote in s.quotes
        for words in [quote.split()]
        for i in range(max(1, len(words) - QUOTED_PART_WORDS + 1))
    )
    quoted: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}  # asked once per two
    for a, b in _postings(parts, cap, asked):
        left, right = sentences[a], sentences[b]
        if left.article == right.article or (a, b) in judged:
            continue
        judged.add((a, b))
        quotes = left.quotes, right.quotes
        common = quoted.get(quotes)
        if common is None:
            common = quoted[quotes] = quote_in_common(*quotes)
        if common:
            found.add((a, b))
    # a study both say appeared in one journal (:func:`.text.venues.venue`): "The report was
    # published online Jan. 25 in the journal Cancer" / "…, researchers estimate in the
    # journal Cancer" tell where it appeared, though they share no other word
    journal_of: dict[int, str] = {}
    for s in sentences:
        if (where := venue(s.text)) is not None:
            journal_of[s.id] = where
    # One journal prints many studies: a sentence is the story's study's place only when the
    # other outlet names, somewhere in its article, everyone and everywhere it names beside
    # the journal ("Dr. Orla Fenn of Brisk Institute reported in the journal Cancer that …"
    # is another team's study when the other article never names Fenn or Brisk)
    texts_of: dict[int, list[str]] = defaultdict(list)
    if journal_of:
        for s in sentences:
            texts_of[s.article].append(s.text)
    named_in: dict[int, frozenset[str]] = {}

    def article_names(article: int) -> frozenset[str]:
        if article not in named_in:
            named_in[article] = frozenset().union(*map(names_in, texts_of[article]))
        return named_in[article]

    def own_names(sid: int) -> set[str]:
        journal = {name_key(word) for word in journal_of[sid].split()}
        return {n for n in names_in(sentences[sid].text) - journal if not titled(n)}

    for a, b in _postings(((where, sid) for sid, where in journal_of.items()), cap, asked):
        left, right = sentences[a], sentences[b]
        if (
            left.article != right.article
            and own_names(a) <= article_names(right.article)
            and own_names(b) <= article_names(left.article)
        ):
            found.add((a, b))
    # one moment told to the minute (:func:`.text.clock.instant`), in one zone or two read
    # by their offsets: "the moon will have only just begun to enter … the umbra, at 6:48
    # a.m. EST" / "the lunar eclipse will begin at 11:48am UTC" time one event, though they
    # share no other word (a round hour, "at 6 a.m.", is many events' time)
    moments = (
        (key, s.id)
        for s in sentences
        if ":" in s.text and HAS_MINUTES.search(s.text)
        for clock in clocks(analyse(s.text))
        if (key := instant(clock)) is not None
    )
    for a, b in _postings(moments, cap, asked):
        if sentences[a].article != sentences[b].article:
            found.add((a, b))
    if step:
        step(0.5)
    # filed by amount, without a unit: "Varga, 52," ("n:52@age") and "Varga, who is 52"
    # ("n:52") give one figure (:func:`.numbers.shared`), which the pair is then asked
    figures = (
        (tag.partition("@")[0], s.id)
        for s in sentences
        if s.numbers
        for tag in s.numbers
        if tag.startswith(FACT_FIGURES)
    )
    named: list[tuple[int, int, set[str]]] = []  # pairs giving one figure, and their names
    # whether two sentences' figures give one fact's, asked once per two sets of figures
    # (copies of a story pair the same figures again and again), and whether one is a count
    gives: dict[tuple[frozenset[str], frozenset[str]], tuple[bool, bool]] = {}
    names_of: dict[tuple[str, str], set[str]] = {}  # and the names two texts share
    counting: list[tuple[int, int]] = []  # pairs giving one count: which thing, asked last
    for a, b in _postings(figures, cap, asked):
        left, right = sentences[a], sentences[b]
        if left.article == right.article or (a, b) in found:
            continue
        both = left.numbers, right.numbers
        one = gives.get(both)
        if one is None:
            in_both = one_figure(*both)
            one = gives[both] = (
                any(t.startswith(FACT_FIGURES) for t in in_both),
                any(t.startswith(NUMBER_TAG) for t in in_both),
            )
        if not one[0]:
            continue
        texts = left.text, right.text
        # one count of one thing, by the figures' own reader (:func:`.figures.shared_counts`:
        # each figure's nearest words around the other): "One of the two exit stairways was
        # blocked" / "There were two exits, but the one in the back was covered up" both
        # count the exits, whatever else either tells; not "two sons" / "two years"
        # (asked once the names are: a pair naming a rare name in common needs no count)
        if one[1]:
            counting.append((a, b))
        terms = names_of.get(texts)
        if terms is None:
            # a title is no one's name: "Commissioner" names two commissioners alike
            shared = {n for n in names_in(texts[0]) & names_in(texts[1]) if not titled(n)}
            terms = names_of[texts] = {t for t in map(content_stem, shared) if t is not None}
        if terms:
            named.append((a, b, terms))
    if step:
        step(0.9)
    # how many sentences use each of those names
    asked_terms = set().union(*(terms for _, _, terms in named))
    held = Counter(
        term for sentence in sentences if named for term in sentence.stems if term in asked_terms
    )  # each use counted: a sentence rarely names one person twice
    most = RARE_SHARE * len(sentences)
    found.update((a, b) for a, b, terms in named if any(held[t] <= most for t in terms))
    counted: dict[tuple[str, str], bool] = {}  # whether two texts count one thing alike
    for a, b in counting:
        if (a, b) in found:
            continue
        texts = sentences[a].text, sentences[b].text
        same = counted.get(texts)
        if same is None:
            same = counted[texts] = bool(shared_counts(analyse(texts[0]), analyse(texts[1])))
        if same:
            found.add((a, b))
    return sorted(found)


#: Full names (runs of name words: "Glenn Ficarra") a sentence and a line another outlet's
#: page prints beside its story must both give, at least, for the line to state its fact.
BOXED_NAMES = 2


def boxed_names(
    sentences: Sequence[Sentence],
    removed: Sequence[Sequence[str]],
    group_of: Sequence[int],
    asked: Sequence[bool],
) -> Iterator[tuple[int, int]]:
    """Each ``asked`` sentence and each article of another group whose lines left out of the
    story (``removed``, by article: :attr:`.models.Article.removed`) give, in one review's
    credits box (:func:`.text.furniture.review_credits`), at least :data:`BOXED_NAMES` of its
    rare full names: "Directed by John Requa and Glenn Ficarra. (R. 104 minutes.)" states who
    made the film the page's story reviews, though it is not one of the story's sentences
    ("writer-directors Glenn Ficarra and John Requa might have dreamed of …" is no one
    outlet's alone). Other lines left out name people without stating what they did: a
    caption ("Anna Brannoch and Tomas Ruud at an earlier premiere"), a byline, a reader's
    comment, a link to another story. A full name is rare when one of its words is
    (:data:`.align.RARE_SHARE` of the folder's sentences at most): the story's own
    subjects, in most of its sentences and in every caption, tell no fact of one sentence.
    One shared name is too little ("David Self" of a credits box and "David Morrissey" share
    a first name; one person is named in many of a story's facts)."""
    from ..matching.align import RARE_SHARE
    from ..text.furniture import review_credits
    from ..text.names import name_runs
    from ..text.segment import content_stem

    boxes = [
        (article, pairs)
        for article, lines in enumerate(removed)
        for line in lines
        if review_credits(line) and len(runs := name_runs(line)) >= BOXED_NAMES
        for pairs in [set().union(*map(_adjacent, runs))]
    ]
    if not boxes:
        return
    boxed_anywhere = set().union(*(pairs for _, pairs in boxes))
    # each asked sentence's names found in some box, each run one person's name read by its
    # two words in a row: "Writer-directors Orla Fenwick" and "Starring Orla Fenwick" give
    # "orla fenwick"
    # ("orla fenwick" named twice in the sentence is one name: "Orla Fenwick wrote it, and
    # Orla Fenwick chose the cast")
    named: dict[int, set[frozenset[tuple[str, str]]]] = {}
    for sentence in sentences:
        if asked[sentence.id]:
            runs = name_runs(sentence.text)
            if len(runs) >= BOXED_NAMES:
                names = {found for run in runs if (found := _adjacent(run) & boxed_anywhere)}
                if len(names) >= BOXED_NAMES:
                    named[sentence.id] = names
    if not named:
        return
    # how many sentences use each word of those names
    words = {
        stem
        for names in named.values()
        for pairs in names
        for pair in pairs
        for stem in map(content_stem, pair)
        if stem is not None
    }
    held = Counter(term for sentence in sentences for term in set(sentence.stems) & words)
    most = RARE_SHARE * len(sentences)

    def rare(pair: tuple[str, str]) -> bool:
        return any(stem is not None and held[stem] <= most for stem in map(content_stem, pair))

    for sid, names in named.items():
        rare_names = {found for pairs in names if (found := frozenset(filter(rare, pairs)))}
        if len(rare_names) < BOXED_NAMES:
            continue
        own = group_of[sentences[sid].article]
        for article, boxed in boxes:
            if (
                group_of[article] != own
                and len({shared for p in rare_names if (shared := p & boxed)}) >= BOXED_NAMES
            ):
                yield sid, article


def _adjacent(run: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The two name words in a row of a run of name words (:func:`.text.names.name_runs`)."""
    return frozenset(pairwise(run))


def echo_groups(
    sentences: Sequence[Sentence],
    matches: Sequence[Match],
    near: Sequence[NearPair],
    group_of: Sequence[int],
    step: StepFn | None = None,
    removed: Sequence[Sequence[str]] = (),
) -> tuple[frozenset[int], ...]:
    """The independent groups whose sentences match, contradict, loosely echo or share a
    fact with each sentence (:func:`shared_fact_pairs`), or whose review credits boxes left
    out of a story (``removed``, by article) give its rare full names (:func:`boxed_names`), or do so with a
    copy of it word for word in another article of its group, ``step`` told the share done.

    Every sentence's own group is included. A match that backs one of its sentences
    only (:attr:`Match.backs`) echoes both: the sentence holding a part of the other's
    does not back it, but that part is not its outlet's alone.
    """
    found = [{group_of[s.article]} for s in sentences]

    def link(pairs: Iterable[tuple[int, int]]) -> None:
        for a, b in pairs:
            found[a].add(group_of[sentences[b].article])
            found[b].add(group_of[sentences[a].article])

    link([(m.a, m.b) for m in matches] + [(p.a, p.b) for p in near])
    # The shared facts of every sentence that may be listed, even one another group already
    # echoes: the reader may merge that group into the sentence's own, and the echoes are
    # renumbered then (:func:`.corrections.apply_corrections`), not worked out again.
    asked = [s.standalone and s.words >= MIN_CLAIM_WORDS for s in sentences]
    facts = None if step is None else (lambda done: step(0.1 + 0.9 * done))
    if step:
        step(0.1)
    link(shared_fact_pairs(sentences, asked, facts))
    for sid, article in boxed_names(sentences, removed, group_of, asked):
        found[sid].add(group_of[article])
    # A sentence one group prints word for word in several articles (a wire story's copies,
    # an outlet's updated page) is one text: the matcher judges it once and gives its
    # matches to every copy, but not its loose echoes. What another group echoes in one
    # copy, it echoes in every copy of that group (copies in two groups are matched).
    copies: dict[tuple[int, str], set[int]] = defaultdict(set)
    for sentence in sentences:
        copies[group_of[sentence.article], sentence.repeat_key] |= found[sentence.id]
    return tuple(frozenset(copies[group_of[s.article], s.repeat_key]) for s in sentences)


def distinctness(
    sentences: Sequence[Sentence],
    group_of: Sequence[int],
    echoes: Sequence[frozenset[int]] | None = None,
) -> tuple[float, ...]:
    """For each sentence, the share of its word weight (IDF) that the other group using
    most of it does not use (1.0 when no other group uses any of its words). A word and
    its derived form that the folder writes both ("west" / "western",
    :func:`.text.wordforms.derived_stems`) are one word here.

    Given each sentence's ``echoes`` (:func:`echo_groups`), a sentence another group
    echoes is never listed, so its share is not worked out: it is 0.0.
    """
    # A word and its derived form ("west" / "western") are one word of the fact here, as
    # lenient as the list's other evidence; not in matching, whose weights they would shift.
    stems_of = derived_stems(sentences)
    users = term_users(sentences, group_of, stems_of)
    idf = idf_weights(sentences, stems_of)
    groups = set(group_of)
    # A word most groups use is counted for every group and taken back from the few
    # that do not use it: the work per word is the smaller of the two sides.
    common = {term for term, using in users.items() if 2 * len(using) > len(groups)}
    lacking = {term: groups - users[term] for term in common}
    shares = []
    for sentence, stems in zip(sentences, stems_of, strict=True):
        if echoes is not None and len(echoes[sentence.id]) > 1:
            shares.append(0.0)
            continue
        own = group_of[sentence.article]
        terms = dict.fromkeys(stems)  # in order: sums alike in every run
        total = sum(idf[t] for t in terms)
        everyone = 0.0  # weight every group uses
        used: dict[int, float] = defaultdict(float)  # each group's difference from that
        for term in terms:
            weight = idf[term]
            if term in common:
                everyone += weight
                for group in lacking[term]:
                    used[group] -= weight
            elif len(users[term]) > 1 or own not in users[term]:
                for group in users[term]:
                    used[group] += weight
        used.pop(own, None)
        if len(groups) == 1:  # no other group: nothing of the sentence is used elsewhere
            everyone = most = 0.0
        else:
            most = max(used.values(), default=0.0)
            if len(used) < len(groups) - 1:  # a group outside ``used`` differs by nothing
                most = max(most, 0.0)
        shares.append(1.0 - (everyone + most) / total if total else 0.0)
    return tuple(shares)


def _copied_from_original(sentence: int, backing: tuple[int, ...], analysis: Analysis) -> bool:
    """A reprint's sentence is shown once, from the group's original article: a sentence of
    another of the group's articles matched to one of the original's as stating the same
    whole thing (:meth:`.Analysis.equivalent`; not one sharing a single fact with it)."""
    article = analysis.sentences[sentence].article
    original = analysis.groups[analysis.sentence_group[sentence]].original
    return article != original and any(
        analysis.sentences[other].article == original and analysis.equivalent(sentence, other)
        for other in backing
    )


#: Weighted cosine (IDF) from which two sentences of one article tell one fact in nearly
#: the same words (the matcher's paraphrase bar between articles is 0.25 with further
#: checks; an article's two sentences share its own subject's words, so the bar is higher).
RETOLD_COSINE = 0.5
#: Share of a sentence's word weight found in one already told from which it tells that
#: one's fact again (:data:`.align.CONTAINMENT`), if it has at least :data:`RETOLD_TERMS`
#: words (a short one is found whole in too many).
RETOLD_CONTAINED = 0.78
RETOLD_TERMS = 5
#: Words two sentences of one article must share before their weights are looked at.
RETOLD_SHARED = 3


class Retold:
    """The sentences already listed or shown (or chosen for the summary), by article, and
    whether a sentence tells one of them again in nearly the same words
    (:data:`RETOLD_COSINE`, or is found nearly whole in it: :data:`RETOLD_CONTAINED`; a
    longer sentence holding one of them tells more than it) and gives no other figure for
    it (a paper's
    "height/length ratio about 0.3" of one bone and "about 0.2" of another, a county's
    "490 reports a year" of children and "717" of everyone, are two facts, as the matcher
    reads them between articles). Only sentences of one article are compared:
    an outlet's two articles are the matcher's to pair (:meth:`.Analysis.equivalent`).
    Word weights are worked out once, and only when two sentences share enough words."""

    def __init__(self, analysis: Analysis, taken: Iterable[int]) -> None:
        self._analysis = analysis
        self._by_article: dict[int, list[Sentence]] = defaultdict(list)
        for sid in taken:
            self.add(analysis.sentences[sid])

    def add(self, sentence: Sentence) -> None:
        self._by_article[sentence.article].append(sentence)

    def restated(self, sentence: Sentence) -> Sentence | None:
        """The sentence already told that ``sentence`` tells again, if any."""
        told = self._by_article.get(sentence.article)
        if not told:
            return None
        terms = frozenset(sentence.stems)
        for other in told:
            words = frozenset(other.stems)
            if (
                len(terms & words) >= RETOLD_SHARED
                and not conflicting(sentence.numbers, other.numbers)
                and self._alike(terms, words)
            ):
                return other
        return None

    def fuller(self, sentence: Sentence, than: Sentence) -> bool:
        """Does ``sentence`` tell more than ``than`` (two wordings of one fact)? More word
        weight (IDF): "…, Silveira said." names whom "…, he said." leaves to the sentence
        before; on a tie the one told first stays."""
        idf = self._analysis.word_weights
        return math.fsum(idf[t] for t in frozenset(sentence.stems)) > math.fsum(
            idf[t] for t in frozenset(than.stems)
        )

    def _alike(self, new: frozenset[str], told: frozenset[str]) -> bool:
        idf = self._analysis.word_weights
        shared = new & told
        weight = math.fsum(idf[t] for t in shared)
        square = math.fsum(idf[t] ** 2 for t in shared)
        norms = math.sqrt(math.fsum(idf[t] ** 2 for t in new)) * math.sqrt(
            math.fsum(idf[t] ** 2 for t in told)
        )
        if norms and square / norms >= RETOLD_COSINE:
            return True
        whole = math.fsum(idf[t] for t in new)
        return len(new) >= RETOLD_TERMS and bool(whole) and weight / whole >= RETOLD_CONTAINED


#: The smallest count read as one fact's: a small one is told of many things.
RECOUNT_LEAST = 10


def _counts(tags: Iterable[str]) -> set[str]:
    """The counts of at least :data:`RECOUNT_LEAST` among figures' tags, by amount."""
    return {
        value
        for tag in tags
        if tag.startswith(NUMBER_TAG)
        for value in [amount_in(tag)]
        if value.replace(".", "", 1).isdigit() and float(value) >= RECOUNT_LEAST
    }


def corroborated_counts(
    analysis: Analysis, shown: Iterable[int]
) -> list[tuple[Sentence, set[str], frozenset[str]]]:
    """The sentences backing each summary row that two independent outlets back, each with
    the counts the row's sentences give in two outlets' words at least, and every figure
    the row's sentences give: a row is backed for what two outlets say, and a count only
    one of its sentences gives ("the envoy met the minister, two days after clashes left
    about 80 dead" backed by another outlet's "the envoy met the minister") is that
    outlet's alone."""
    found: list[tuple[Sentence, set[str], frozenset[str]]] = []
    for sid in sorted(shown):
        if len(analysis.backing_groups[sid]) < 2:
            continue
        backers = [analysis.sentences[b] for b in analysis.backing[sid]]
        told: dict[str, set[int]] = defaultdict(set)
        for backer in backers:
            for value in _counts(backer.numbers):
                told[value].add(analysis.sentence_group[backer.id])
        counts = {value for value, groups in told.items() if len(groups) > 1}
        if counts:
            given = frozenset().union(*(backer.numbers for backer in backers))
            found.extend((backer, counts, given) for backer in backers if backer.numbers)
    return found


def _recounts(sentence: Sentence, row: Sentence, counts: set[str], given: frozenset[str]) -> bool:
    """Does ``sentence`` tell again one of ``counts`` (two outlets' counts,
    :func:`corroborated_counts`) that a sentence backing a summary row gives, counting the
    same thing (:func:`.figures.shared_counts`: each figure's nearest words stand around the
    other), and no figure the row's sentences (their figures ``given``) do not give?
    "Clashes … left about 80 people dead" and, further down the same article, "a weekend
    of violence left at least 80 marchers … dead" (an article recalls its toll); not "police
    arrested 80 marchers", "80 percent of the marchers" (another thing counted), nor "of the
    80 people killed, 12 were children" or "in 2019, clashes left 80 dead" (a fact of its
    own beside the count)."""
    if not counts & _counts(one_figure(sentence.numbers, row.numbers)):
        return False
    if one_figure(sentence.numbers, given) != sentence.numbers:
        return False
    pairs = shared_counts(analyse(sentence.text), analyse(row.text))
    return any(amount_in(v.tag) in counts for v, _ in pairs)


def single_source_candidates(
    analysis: Analysis, shown: frozenset[int] = frozenset()
) -> dict[int, list[int]]:
    """Every listable single-source sentence, by group, surest first.

    ``shown`` holds sentences already in the summary (when too few claims are
    corroborated, the summary is topped up with single-source sentences).
    """
    by_group: dict[int, list[tuple[float, int]]] = defaultdict(list)
    if analysis.independent_sources < 2:
        return {}
    # A sentence a source repeats (a page crawled with a second copy, copies of an
    # outlet's second report) is one sentence to check, listed once; and not at all
    # when the summary already shows it.
    seen = {(analysis.sentence_group[sid], analysis.sentences[sid].repeat_key) for sid in shown}
    # So is a sentence the source states in two of its articles in a few words apart (an
    # outlet's updated report: "Suitcases were found …" / "Blasted-apart suitcases were
    # found …"): matched to one listed or shown as stating the same whole thing
    # (:meth:`.Analysis.equivalent`), it is that sentence again. Two sentences sharing one
    # fact ("Varga, 52, drove the route" / "a shop of two sons of Varga, 52, shut") are two.
    taken = set(shown)
    # And so is a sentence its own article tells twice (a web page updated in place, which
    # keeps its earlier lead below the new one: "prosecutors announced that Varga is under
    # investigation …" / "… that Varga was being investigated …"): the matcher never pairs
    # two sentences of one article, so their wording is compared here (:class:`Retold`).
    retold = Retold(analysis, taken)
    # Of two wordings of one fact, the fuller is listed (:meth:`Retold.fuller`): a later
    # one telling more takes the place of the one listed before it, its count unchanged.
    listed: dict[int, float] = {}  # each sentence listed so far, and its score
    # A fact the summary shows as corroborated is never listed: not even told again with its
    # count further down an article of one of the outlets backing it (:func:`_recounts`,
    # against the row and each sentence backing it), which no other outlet's sentence
    # echoes when its words differ from the row's.
    corroborated = corroborated_counts(analysis, shown)
    recounted = set().union(*(counts for _, counts, _ in corroborated))
    for sentence in analysis.sentences:
        if not sentence.standalone or sentence.words < MIN_CLAIM_WORDS or sentence.id in shown:
            continue
        said = (analysis.sentence_group[sentence.id], sentence.repeat_key)
        if said in seen:
            continue
        if len(analysis.echoes[sentence.id]) > 1:
            continue
        if analysis.distinct[sentence.id] < MIN_DISTINCT:
            continue
        if (
            recounted
            and recounted & _counts(sentence.numbers)
            and any(_recounts(sentence, row, c, g) for row, c, g in corroborated)
        ):
            continue
        _, backing = analysis.corroboration(sentence.id)
        if _copied_from_original(sentence.id, backing, analysis):
            continue
        told = [o for o in backing if o in taken and analysis.equivalent(sentence.id, o)]
        if not told and (again := retold.restated(sentence)) is not None:
            told = [again.id]
        # a wording of one listed sentence, and the fuller: listed in its place (never in the
        # place of one the summary shows, nor of two)
        if told and (
            len(told) > 1
            or told[0] not in listed
            or not retold.fuller(sentence, analysis.sentences[told[0]])
        ):
            continue
        # Surest first: a sentence whose words most sources use is more likely a claim
        # they state in other words than one it alone reports; earlier ones break ties.
        position = 1.0 / (1.0 + 0.1 * sentence.index)
        score = (
            SURENESS * analysis.distinct[sentence.id]
            - analysis.salience[sentence.id]
            + 0.2 * position
        )
        seen.add(said)
        taken.add(sentence.id)
        retold.add(sentence)
        entries = by_group[analysis.sentence_group[sentence.id]]
        if told:
            entries.remove((listed.pop(told[0]), told[0]))
        listed[sentence.id] = score
        entries.append((score, sentence.id))
    return {
        group: [sid for _, sid in sorted(ranked, key=lambda pair: (-pair[0], pair[1]))]
        for group, ranked in by_group.items()
    }


def single_source_items(
    analysis: Analysis, options: SummaryOptions, shown: frozenset[int] = frozenset()
) -> tuple[list[SingleSourceItem], tuple[int, ...]]:
    """The surest single-source sentences, up to a few per independent source, and how
    many each source has in all (by group id), those listed included."""
    ranked = single_source_candidates(analysis, shown)
    items = list(_listed(analysis, options, ranked))
    return items, tuple(len(ranked.get(group.id, ())) for group in analysis.groups)


def _listed(
    analysis: Analysis, options: SummaryOptions, ranked: dict[int, list[int]]
) -> Iterator[SingleSourceItem]:
    for group in analysis.groups:
        chosen = sorted(ranked.get(group.id, [])[: options.single_source_per_outlet])
        outlet = analysis.group_outlets[group.id]
        for sid in chosen:
            yield SingleSourceItem(
                sentence=sid,
                text=analysis.sentences[sid].text,
                file=analysis.file_of(sid),
                outlet=outlet,
            )
