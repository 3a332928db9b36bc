"""Of a mixed folder, a story's sentences' support is counted among that story's articles
alone (for its own title), the same whether the story's sentences are found by the counter
or handed to it."""

from __future__ import annotations

from corroborate.engine.models import Sentence
from corroborate.engine.pipeline import _support


def _sentence(sid: int, article: int) -> Sentence:
    return Sentence(sid, article, sid, 0, f"Sentence {sid}.", (), frozenset(), (), 2)


def test_support_within_a_story_counts_its_own_articles_groups_alone() -> None:
    # articles 0 and 1 tell the ferry story (groups 0 and 1), article 2 another (group 2)
    sentences = [_sentence(0, 0), _sentence(1, 1), _sentence(2, 2), _sentence(3, 0)]
    group_of = [0, 1, 2]
    graph = [{1: 0.9, 2: 0.5}, {0: 0.9}, {0: 0.5}, {}]
    whole = _support(sentences, graph, group_of)
    found = _support(sentences, graph, group_of, within={0, 1})
    handed = _support(sentences, graph, group_of, within={0, 1}, at=[0, 1, 3])
    assert whole == [3, 2, 2, 1]
    assert found == handed == [2, 2, 0, 1]  # the other story's sentence counts for nothing
