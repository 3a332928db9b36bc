"""How many stories a folder holds, and long documents that never name the story.

A folder of articles about several events gives a summary that mixes them
under one title; it is found by grouping the articles by their words
(average-link clustering of IDF-weighted word vectors) and named to the user,
who can then analyse one group. A long document (a report, a book chapter)
that never names any of the people, places or organisations the other
articles share is not a report of the event, however many words it shares
with them, and is left out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from ..disjoint import DisjointSets
from .lexicon import BODY_ENDS, PLACE_ENDS, SURNAME_ENDS
from .roles import ROLES, TITLES
from .screening import document_idf, document_weight, story_names

if TYPE_CHECKING:  # numpy is loaded when first used
    import numpy as np
    from numpy.typing import NDArray

#: Two groups of articles are one story while their average similarity reaches this.
SAME_STORY = 0.1
#: Two groups are two stories when their cross-similarity is at most this share of
#: the looser group's own.
SEPARATE = 0.5
#: A story group needs this many articles to count: a stray article or two is an
#: off-topic question, not a second story.
MIN_GROUP = 3
#: Longer documents (in words) must name one of the story's central names.
LONG_WORDS = 1500
#: How many of the most shared names count as the story's central ones.
CENTRAL_NAMES = 8
#: A long document must name one of the story's central names in at least this share of
#: its sentences: a compilation of a week's news (hundreds of unrelated reports) names a
#: story's town or river in passing in a few of its thousands of sentences, where a long
#: feature or transcript on the story names them in one sentence in ten or more
#: (``offtopic_audit.py long``).
STORY_SENTENCE_SHARE = 0.02


def _unit_vectors(docs: Sequence[Counter[str]]) -> NDArray[np.float32]:  # docs × shared terms
    """Length-normalised term vectors over the terms two or more docs share, each weighed as
    screening weighs an article's (:func:`.screening.document_weight`)."""
    import numpy as np

    df = Counter(term for doc in docs for term in doc)
    shared = {term: i for i, term in enumerate(t for t, c in df.items() if c >= 2)}
    n = len(docs)
    matrix = np.zeros((n, max(1, len(shared))), dtype=np.float32)
    for row, doc in enumerate(docs):
        norm = 0.0
        for term, count in doc.items():
            weight = document_weight(count, document_idf(df[term], n))
            norm += weight * weight
            if term in shared:
                matrix[row, shared[term]] = weight
        if norm:
            matrix[row] /= math.sqrt(norm)
    return matrix


def _similarity(docs: Sequence[Counter[str]]) -> NDArray[np.float64]:  # docs × docs
    vectors = _unit_vectors(docs)
    return (vectors @ vectors.T).astype("float64")


def story_groups(docs: Sequence[Counter[str]], threshold: float = SAME_STORY) -> list[list[int]]:
    """Indices of the articles grouped by story (average-link clustering), largest first.

    ``docs`` holds each article's content-word stems, counted.
    """
    return _groups(_similarity(docs), threshold) if len(docs) > 1 else [list(range(len(docs)))]


def _groups(pairwise: NDArray[np.float64], threshold: float) -> list[list[int]]:
    import numpy as np

    n = len(pairwise)
    similarity = pairwise.copy()
    np.fill_diagonal(similarity, -np.inf)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    while True:
        a, b = divmod(int(np.argmax(similarity)), n)
        if similarity[a, b] < threshold:
            break
        # Lance-Williams update for average linkage: b joins a
        merged = (sizes[a] * similarity[a] + sizes[b] * similarity[b]) / (sizes[a] + sizes[b])
        similarity[a], similarity[:, a] = merged, merged
        similarity[a, a] = -np.inf
        similarity[b], similarity[:, b] = -np.inf, -np.inf
        sizes[a] += sizes[b]
        alive[b] = False
        members[a] += members[b]
    groups = [sorted(members[i]) for i in range(n) if alive[i]]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def several_stories(docs: Sequence[Counter[str]]) -> list[list[int]]:
    """The story groups when the folder holds several stories, else an empty list.

    Only groups of at least MIN_GROUP articles count (articles outside them
    are left to the off-topic check), and two groups are two stories only when
    they are far apart: their articles' similarity across the groups is at
    most SEPARATE times that within the looser of the two (else they join).
    """
    import numpy as np

    if len(docs) < 2 * MIN_GROUP:
        return []
    pairwise = _similarity(docs)
    big = [g for g in _groups(pairwise, SAME_STORY) if len(g) >= MIN_GROUP]

    def within(group: list[int]) -> float:
        block = pairwise[np.ix_(group, group)]
        return float((block.sum() - np.trace(block)) / (len(group) * (len(group) - 1)))

    cohesion = [within(g) for g in big]
    # groups too close to each other are one story told in different words
    together = DisjointSets(range(len(big)))
    for i in range(len(big)):
        for j in range(i + 1, len(big)):
            across = float(pairwise[np.ix_(big[i], big[j])].mean())
            if across > SEPARATE * min(cohesion[i], cohesion[j]):
                together.union(i, j)
    stories: dict[int, list[int]] = {}
    for i, group in enumerate(big):
        stories.setdefault(together.find(i), []).extend(group)
    found = sorted((sorted(g) for g in stories.values()), key=lambda g: (-len(g), g[0]))
    return found if len(found) >= 2 else []


def unnamed_long_documents(
    names: Sequence[Set[str]],
    words: Sequence[int],
    mentioned: Sequence[Set[str]] | None = None,
    sentence_names: Sequence[Sequence[Set[str]]] | None = None,
    lowered: Sequence[Set[str]] | None = None,
) -> dict[int, tuple[str, ...]]:
    """Long documents naming none of the names most other documents share.

    Returns, per such document, the central names it never mentions (for the
    reason shown to the user), those most documents name first. Needs three documents
    or more. ``mentioned``, when given, holds each document's own names with those
    :attr:`names` leaves out (a sentence's first word, its headline, its dateline): a
    document mentioning a central name there names it.

    ``sentence_names``, when given, holds each document's sentences' names (those opening
    a sentence too): a long document naming a central name in fewer than
    :data:`STORY_SENTENCE_SHARE` of its sentences (:func:`story_sentence_share`) is found
    too, however many of them name it: a compilation of unrelated reports that names
    the story's town in passing is no report of the story. ``lowered``, when given, holds
    the words each document writes in lower case: a central name another document writes
    so too ("the bridge", "the river", "the fire chief") is a common noun in a name, which
    a compilation of a week's news writes in many names of its own ("Orsk River", "Police
    Chief"), and counts there only when all of them are (:func:`own_names`).
    """
    if len(names) < 3:
        return {}
    found: dict[int, tuple[str, ...]] = {}
    counts = Counter(name for own in names for name in own)
    for index, own in enumerate(names):
        if words[index] < LONG_WORDS:
            continue
        central = story_names(names, index, counts)[:CENTRAL_NAMES]
        if mentioned is not None:
            own = mentioned[index]
        if not central:
            continue
        if not own & set(central) or (
            sentence_names is not None
            and story_sentence_share(sentence_names[index], own_names(central, index, lowered))
            < STORY_SENTENCE_SHARE
        ):
            found[index] = tuple(central)
    return found


#: Common nouns a name holds: posts ("Fire Chief"), titles, and the words ending a body's, a
#: place's or a street's name ("Tessel River", "Carrowgate Bridge", "City Council").
_NAME_NOUNS = ROLES | TITLES | BODY_ENDS | PLACE_ENDS | SURNAME_ENDS


def own_names(
    central: Sequence[str], index: int, lowered: Sequence[Set[str]] | None
) -> tuple[str, ...]:
    """Of the ``central`` names, those no document but ``index`` writes in lower case
    (``lowered``: each document's lower-case words) and that are no post ("chief",
    :data:`.roles.ROLES`) nor a word ending a body's or a place's name ("river",
    :data:`.lexicon.BODY_ENDS`): "Carrowgate", "Tessel", not "bridge" or "river"; all of
    them when every one is such a word."""
    own = tuple(
        name
        for name in central
        if name not in _NAME_NOUNS
        and (
            lowered is None
            or not any(name in words for j, words in enumerate(lowered) if j != index)
        )
    )
    return own or tuple(central)


def story_sentences(sentences: Sequence[Set[str]], central: Sequence[str]) -> int:
    """How many of a document's ``sentences`` (each given by its names) name one of the
    ``central`` names."""
    wanted = set(central)
    return sum(1 for own in sentences if own & wanted)


def story_sentence_share(sentences: Sequence[Set[str]], central: Sequence[str]) -> float:
    """The share of a document's ``sentences`` (each given by its names) naming one of the
    ``central`` names (:func:`story_sentences`); 0.0 for a document without sentences."""
    if not sentences:
        return 0.0
    return story_sentences(sentences, central) / len(sentences)
