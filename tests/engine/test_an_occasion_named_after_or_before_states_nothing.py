"""An earlier occasion named after "after" or "before" only dates the sentence: "Guards were
posted at the depots after the July 4 flooding of the Varnholt dam" tells of guards, and does
not state what "he took part in the July 4 flooding of the dam that left 11 people dead" says
of the flooding. The clause judge reads no clause in such a time mark, so the two sentences do
not back each other on it. A sentence that states the occasion itself ("Saboteurs flooded the
Varnholt dam on July 4") is still found in the dated sentence's words, and a clause after
"after" that tells an act ("after saboteurs flooded the dam", "after meeting the families")
is still a clause of its own, and so are "after Anna Brannoch died in the clinic" (a past
the -ed rule cannot read) and whom one appears before ("testified before the assembly's
justice committee")."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP, STORM, judge, make_articles
from corroborate.engine.matching.align import _Clauses, idf_weights
from corroborate.engine.text.segment import segment

#: Enough other sentences that the words a pair shares are rare in the folder, as in a real one.
BACKDROP = FLOOD_BACKDROP + STORM

GUARDS = (
    "Guards were posted at barracks and depots across the northern provinces after the July 4 "
    "flooding of the Varnholt dam."
)


def _clauses(*texts: str) -> tuple[_Clauses, dict[str, int]]:
    sentences = segment(make_articles(*texts, *BACKDROP))
    terms = [frozenset(s.stems) for s in sentences]
    return _Clauses(sentences, terms, idf_weights(sentences)), {s.text: s.id for s in sentences}


def test_a_sentence_dated_by_an_occasion_does_not_back_what_another_says_of_it() -> None:
    other = (
        "Soon after, Brannoch travelled to Varnholt where, police now believe, he took part in "
        "the July 4 flooding of the dam that left 11 people dead."
    )
    _, match = judge(GUARDS, other, BACKDROP)
    assert match is None


@pytest.mark.parametrize(
    ("dated", "other"),
    [
        pytest.param(
            GUARDS,
            "Brannoch took part in the July 4 flooding of the Varnholt dam that left 11 people "
            "dead, police believe.",
            id="after the occasion",
        ),
        pytest.param(
            "Fishermen had moved their boats from the harbour before the March 9 collapse of "
            "the Ostrava sea wall.",
            "Engineers had warned the council about cracks in the March 9 collapse of the "
            "Ostrava sea wall that drowned four people.",
            id="before the occasion",
        ),
        pytest.param(
            "Bus fares across the northern provinces were frozen after the failed sabotage of "
            "the Varnholt pumping station.",
            "Piet Brannoch admitted in court to the failed sabotage of the Varnholt pumping "
            "station and to two thefts.",
            id="a participle describing the occasion",
        ),
        pytest.param(
            "Guards were posted at barracks and bus stations across the northern provinces "
            "after Varling's May 3 burning of the Lisk grain depot.",
            "Soon after, Kervel travelled north where, prosecutors now say, he took part in "
            "Varling's May 3 burning of the Lisk grain depot that destroyed 40 army trucks.",
            id="a name in -ing opening the occasion",
        ),
    ],
)
def test_no_clause_is_read_in_an_occasion_named_after_or_before(dated: str, other: str) -> None:
    clauses, ids = _clauses(dated, other)
    assert not clauses.shared(ids[dated], ids[other])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(
            GUARDS,
            "Saboteurs flooded the Varnholt dam on July 4.",
            id="the occasion stated",
        ),
        pytest.param(
            "Guards were posted at barracks and depots across the northern provinces after "
            "saboteurs flooded the Varnholt dam on July 4.",
            "Police said saboteurs flooded the Varnholt dam on July 4, leaving 11 people dead.",
            id="a clause with its verb after after",
        ),
        pytest.param(
            "The governor resigned after meeting the families of the Varnholt flood victims at "
            "the Ostrava town hall.",
            "The governor met the families of the Varnholt flood victims at the Ostrava town "
            "hall and promised them new homes.",
            id="an act in -ing after after",
        ),
        pytest.param(
            "Hundreds of mourners gathered with candles outside the cathedral in the capital "
            "after Anna Brannoch died in the Lisk clinic.",
            "Soon after, as her family watched, Anna Brannoch died in the Lisk clinic of wounds "
            "from the depot blast.",
            id="a past of four letters after after",
        ),
        pytest.param(
            "Fishing boats were ordered back to port along the whole western coast after the "
            "trawler Marit Elise sank off Kessler point.",
            "Late on Sunday the trawler Marit Elise sank off Kessler point in a storm that also "
            "wrecked two ferries, the coastguard told reporters in the harbour town.",
            id="an irregular past after after",
        ),
        pytest.param(
            "On Thursday, in a closed session, prosecutor Ilse Marrow testified before the "
            "Kessler assembly justice committee.",
            "Ilse Marrow told the Kessler assembly justice committee that the depot fire was "
            "arson and named three suspects.",
            id="whom one testifies before",
        ),
    ],
)
def test_a_sentence_stating_the_occasion_or_an_act_after_after_is_still_found(
    one: str, other: str
) -> None:
    clauses, ids = _clauses(one, other)
    assert clauses.shared(ids[one], ids[other])
