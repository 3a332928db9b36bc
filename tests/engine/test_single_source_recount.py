"""A fact the summary shows as corroborated is never listed as one outlet's alone, even told
again further down an article of the row's own outlet with the row's count, in words no
other outlet's sentence echoes. Beside it, sentences sharing a figure with a corroborated
row that tell another fact, which stay listed. Every outlet, place and person is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from corroborate.engine import analyze, summarize
from corroborate.engine.consensus.single_source import (
    _recounts,
    corroborated_counts,
    single_source_candidates,
)
from corroborate.engine.models import Sentence

ROW = "Clashes between police and marchers in Vellmar left about 80 people dead on Sunday."


@pytest.mark.parametrize(
    "recalled",
    [
        "The envoy's visit calmed the tense capital after a weekend of violence left at least "
        "80 marchers and a police officer dead.",
        "Mourners gathered for the 80 people left dead by the clashes.",
        "Since the clashes, in which some 80 died, the square has stayed empty of marchers.",
    ],
)
def test_a_sentence_recalling_a_corroborated_row_s_toll_is_that_row_s_fact(
    sentences_of: Callable[..., list[Sentence]], recalled: str
) -> None:
    row, sentence = sentences_of(ROW, recalled)
    assert _recounts(sentence, row, {"80"}, row.numbers)


FARMER = "A farmer filling 15 cans with diesel told the Courier the clashes left 80 dead."


@pytest.mark.parametrize(
    ("row", "other_fact"),
    [
        # the same figure, another thing counted
        (ROW, "The city's 80 schools stayed shut on Monday."),
        # another count of the same clashes
        (ROW, "Hospitals in Vellmar treated 240 people wounded in the clashes."),
        # a small count is told of many things
        (
            "Clashes between police and marchers in Vellmar left three people dead on Sunday.",
            "Three police officers were left dead in a crash outside Vellmar on Sunday.",
        ),
        # a century read as a figure, and the words of who told it
        (
            FARMER,
            '"In the 15th century Vellmar was known for its markets," a historian told '
            "the Courier.",
        ),
    ],
)
def test_a_sentence_sharing_a_figure_or_a_word_with_a_corroborated_row_may_be_another_fact(
    sentences_of: Callable[..., list[Sentence]], row: str, other_fact: str
) -> None:
    first, sentence = sentences_of(row, other_fact)
    assert not _recounts(sentence, first, {"80", "15", "3"}, first.numbers)


# The row's two outlets: the first wording above, and the second outlet's.
BACKED = "Police fired on marchers in Vellmar on Sunday, killing about 80 people."


@pytest.mark.parametrize(
    "other_fact",
    [
        # the count of the row, of another thing, in the story's own words
        "Police in Vellmar arrested about 80 marchers on Monday, officials said.",
        "Police in Vellmar later arrested 80 more marchers near the square.",
        "Police burned 80 homes of marchers in the hills above Vellmar.",
        "Hospitals in Vellmar treated 80 more people wounded by police in the clashes.",
        "Route 80 out of Vellmar was closed by police to all marchers on Monday.",
        # the count as a measure of another thing
        "About 80 percent of the marchers in Vellmar were students, police said.",
        "Marchers from Vellmar walked 80 kilometres to the capital, police said.",
        # the toll told again beside a fact of its own, a figure no sentence of the row gives
        "Of the 80 people killed in Vellmar, 12 were children under ten, the city hospital said.",
        "Among the 80 people killed by police in Vellmar were a judge, two nurses and a poet.",
        "The 80 marchers killed by police were buried in Vellmar's north cemetery on Wednesday.",
        "Mourners gathered on Tuesday for the 80 people left dead by the clashes.",
        # an earlier occasion with the same toll
        "In 2019, clashes between police and marchers in Vellmar left 80 people dead as well.",
    ],
)
def test_a_sentence_giving_a_corroborated_row_s_count_of_another_thing_or_with_a_fact_of_its_own_stays_listed(
    sentences_of: Callable[..., list[Sentence]], other_fact: str
) -> None:
    # the sentence shares the count and two or more of the story's words (police,
    # marchers, Vellmar, killed) with both sentences backing the row
    row, backed, sentence = sentences_of(ROW, BACKED, other_fact)
    given = row.numbers | backed.numbers
    assert not _recounts(sentence, row, {"80"}, given)
    assert not _recounts(sentence, backed, {"80"}, given)


HERALD = """Deadly clashes in Vellmar

Clashes between police and marchers in Vellmar left about 80 people dead on Sunday, officials said.

Envoy Mira Tansen met the interior minister on Monday.

Tansen's two-day visit appeared to calm the tense capital after a weekend of violence left at least 80 demonstrators and an officer dead.

A baker on Orrin Street said she had kept her shop open through the night for the wounded.

Rain fell on the empty boulevards by Tuesday.

The national bank closed its branches for a day.
"""

POST = """Dozens killed in Vellmar clashes

Police fired on marchers in Vellmar on Sunday, killing about 80 people.

Envoy Mira Tansen arrived in Vellmar on Monday for talks.

The marchers had gathered in the square since Thursday to demand new elections.

Trams stopped running through the old town on Saturday.

The football league put off two matches in the capital.
"""


def test_a_toll_the_summary_shows_corroborated_is_not_listed_when_its_outlet_recalls_it(
    make_folder: Callable[..., Path],
) -> None:
    folder = make_folder({"herald.txt": HERALD, "post.txt": POST})
    analysis = analyze(folder)
    corroborated = [item for item in summarize(analysis).items if item.support >= 2]
    assert any("80 people" in item.text for item in corroborated)
    # every sentence the list could hold beside the corroborated rows (a folder this small
    # fills its summary with the rest)
    candidates = single_source_candidates(analysis, frozenset(i.sentence for i in corroborated))
    listed = [analysis.sentences[sid].text for ranked in candidates.values() for sid in ranked]
    assert not any("weekend of violence" in text for text in listed)
    # what one outlet alone tells stays listed
    assert any("Orrin Street" in text for text in listed)


GAZETTE = """Envoy meets minister in Vellmar

Envoy Mira Tansen met the interior minister on Monday, two days after clashes between police and marchers left about 80 people dead.

Tansen's two-day visit appeared to calm the tense capital after a weekend of violence left at least 80 demonstrators and an officer dead.

A baker on Orrin Street said she had kept her shop open through the night for the wounded.

Rain fell on the empty boulevards by Tuesday.
"""

COURIER = """Envoy in Vellmar for talks

Envoy Mira Tansen met the interior minister in Vellmar on Monday.

The marchers had gathered in the square since Thursday to demand new elections.

Trams stopped running through the old town on Saturday.
"""


def test_a_toll_one_outlet_alone_gives_beside_a_corroborated_meeting_stays_listed(
    make_folder: Callable[..., Path],
) -> None:
    # the row is backed for the meeting, which both outlets tell; its toll is one outlet's,
    # and so is that outlet's later sentence recalling it
    folder = make_folder({"gazette.txt": GAZETTE, "courier.txt": COURIER})
    analysis = analyze(folder)
    corroborated = [item for item in summarize(analysis).items if item.support >= 2]
    rows = frozenset(item.sentence for item in corroborated)
    # the row (either outlet's wording) is backed by the sentence giving the toll
    backers = {analysis.sentences[sid].text for row in rows for sid in analysis.backing[row]}
    assert any("about 80 people" in text for text in backers)
    assert corroborated_counts(analysis, rows) == []
    candidates = single_source_candidates(analysis, rows)
    listed = [analysis.sentences[sid].text for ranked in candidates.values() for sid in ranked]
    assert any("weekend of violence" in text for text in listed)
