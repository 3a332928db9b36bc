"""Alignment: which sentences of different articles say the same thing, and which only look alike."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles import BRIDGE_BACKDROP as BACKDROP
from articles import FIRST_OF_TWO as _FIRST_OF_TWO
from articles import MINOR_OF_TWO as _MINOR_OF_TWO
from articles import SECOND_OF_TWO as _SECOND_OF_TWO
from articles import STORM as _STORM
from articles import TOLD_IN_ONE as _TOLD_IN_ONE
from articles import judge, make_articles
from corroborate.engine import analyze
from corroborate.engine.matching.align import (
    CLAUSE_RARE_WORDS,
    _Clauses,
    _Names,
    align,
    candidate_pairs,
    idf_weights,
)
from corroborate.engine.models import Article, Sentence
from corroborate.engine.text.figures import compatible, next_round
from corroborate.engine.text.segment import segment
from corroborate.engine.text.specifics import analyse


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        pytest.param(
            "The central span of the Carrowgate Bridge collapsed into the Tessel River on "
            "Monday evening, sending a bus and three cars into the water.",
            "The central span of the Carrowgate Bridge collapsed into the Tessel River on "
            "Monday night, sending a bus and three cars into the water.",
            "copy",
            id="near-verbatim copy",
        ),
        pytest.param(
            "The steel truss bridge was built in 1962 and carried about 21,000 vehicles a day.",
            "The steel truss bridge was built in 1962 and carried about 21,000 vehicles a day.",
            "copy",
            id="verbatim copy",
        ),
        pytest.param(
            "“We are going to find out exactly why this bridge came down,” Mayor Renata "
            "Holloway said.",
            "Holloway told reporters: “We are going to find out exactly why this bridge came "
            "down.”",
            "quote",
            id="shared quotation",
        ),
        pytest.param(
            "“Every family on Mill Lane has been told to leave,” Holloway said.",
            "Holloway said: “We have closed the footpath. Every family on Mill Lane has been "
            "told to leave, and the school will stay shut.”",
            "quote",
            id="a quotation given in part by one outlet and in full by another",
        ),
        pytest.param(
            "Fire Chief Tomas Brandt said divers pulled nine people from the Tessel River.",
            "Nine people were rescued from the Tessel River by divers, according to Brandt.",
            "paraphrase",
            id="paraphrase sharing names and a number",
        ),
        pytest.param(
            "A county inspection in 2024 rated the Carrowgate Bridge in poor condition.",
            "County records show the Carrowgate Bridge was rated in poor condition by "
            "inspectors in 2024, two years after its deck was resurfaced.",
            None,
            id="contained with extra detail",
        ),
        pytest.param(
            "Fire Chief Tomas Brandt said Monday that divers pulled nine people from the "
            "Tessel River below the Carrowgate Bridge.",
            "Divers pulled nine people from the Tessel River below the Carrowgate Bridge on "
            "Sunday.",
            None,
            id="the day a statement was made beside the event's day",
        ),
    ],
)
def test_same_statement_is_matched(left: str, right: str, kind: str | None) -> None:
    _, match = judge(left, right)
    assert match is not None
    assert match.kind in ("copy", "quote", "paraphrase", "contained")
    if kind is not None:
        assert match.kind == kind
    assert 0 < match.score <= 1


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Fire Chief Tomas Brandt said 40 people were killed in the Carrowgate collapse.",
            "Fire Chief Tomas Brandt said 38 people were killed in the Carrowgate collapse.",
            id="40 vs 38 killed",
        ),
        pytest.param(
            "The Tessel Valley Railway line will reopen on Wednesday, the railway said.",
            "The Tessel Valley Railway line will reopen on Thursday, the railway said.",
            id="Wednesday vs Thursday",
        ),
        pytest.param(
            "Police closed the roads near the bridge.",
            "Police said the man who closed his bakery near the bridge on Friday had been "
            "charged with fraud in Corley.",
            id="token_set_ratio trap",
        ),
        pytest.param(
            "The bus driver survived.",
            "The bus company said the driver who survived last year's crash on the Mill Lane "
            "road had retired to Corley.",
            id="token_set_ratio trap, three words",
        ),
        pytest.param(
            "Engineers from Corley will inspect the Tessel Valley Railway track on Friday.",
            "Fennick High School, which draws pupils from both banks, will close on Friday.",
            id="unrelated sentences sharing a day",
        ),
        pytest.param(
            "“Closing the crossing for good is out of the question,” said Transport Minister "
            "Edda Varga.",
            "Transport Minister Edda Varga said a temporary footbridge would open before "
            "Christmas.",
            id="one speaker saying two things",
        ),
    ],
)
def test_different_statements_are_not_matched(left: str, right: str) -> None:
    _, match = judge(left, right)
    assert match is None


def test_sentences_of_one_article_are_never_matched() -> None:
    text = "The Carrowgate Bridge collapsed into the Tessel River on Monday evening."
    sentences = segment(make_articles(f"{text} {text}", BACKDROP[2]))
    assert align(sentences) == []


# --- candidate generation ----------------------------------------------------------------------

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _word(number: int) -> str:
    """A distinct invented word for each number ("qba", "qbeda", ...)."""
    out = "q"
    while True:
        out += _SYLLABLES[number % len(_SYLLABLES)]
        number //= len(_SYLLABLES)
        if not number:
            return out


def _clustered_corpus(n: int) -> tuple[list[Sentence], set[tuple[int, int]]]:
    """n sentences in four articles: groups of four (one per article) share two rare names.

    Every sentence also holds words common to all sentences and random filler from a
    vocabulary of n words. Returns the sentences and the pairs that truly belong together.
    """
    rng = random.Random(n)
    texts: list[list[str]] = [[] for _ in range(4)]
    for k in range(n // 4):
        first, second = _word(2 * k + 10**6).title(), _word(2 * k + 10**6 + 1).title()
        for article in texts:
            filler = " ".join(_word(rng.randrange(n)) for _ in range(4))
            article.append(
                f"The council said {first} and {second} reported the river level to the "
                f"town {filler}."
            )
    built = tuple(
        Article(
            id=i, file=f"{i}.txt", title="t", outlet="o", outlet_from="file", paragraphs=tuple(p)
        )
        for i, p in enumerate(texts)
    )
    sentences = segment(built)
    per_article = n // 4
    related = {
        (a * per_article + k, b * per_article + k)
        for k in range(per_article)
        for a in range(4)
        for b in range(a + 1, 4)
    }
    return sentences, related


def test_candidate_pairs_grow_linearly_not_with_all_pairs() -> None:
    counts = {}
    for n in (200, 800):
        sentences, related = _clustered_corpus(n)
        assert len(sentences) == n
        pairs = {tuple(p) for p in candidate_pairs(sentences).tolist()}
        assert related <= pairs  # the true pairs are all found
        assert len(pairs) <= 2 * n  # ... among few others (all pairs: about 3n²/8)
        assert all(a < b and sentences[a].article != sentences[b].article for a, b in pairs)
        counts[n] = len(pairs)
    assert counts[800] <= 5 * counts[200]


def test_candidate_pairs_of_nothing() -> None:
    assert candidate_pairs([]).shape == (0, 2)
    one = segment(make_articles("The Carrowgate Bridge collapsed into the river on Monday."))
    assert candidate_pairs(one).shape == (0, 2)
    assert align(one) == []


# --- properties --------------------------------------------------------------------------------

POOL = [
    "The Carrowgate Bridge collapsed into the Tessel River on Monday evening.",
    "The Carrowgate Bridge fell into the Tessel River on Monday night.",
    "Fire Chief Tomas Brandt said two people were killed and 14 were injured.",
    "Two people died and 14 were hurt, according to Fire Chief Tomas Brandt.",
    "Fire Chief Tomas Brandt said three people were killed and 12 were injured.",
    "Divers pulled nine people from the Tessel River, Brandt said.",
    "“We are going to find out exactly why this bridge came down,” Mayor Renata Holloway said.",
    "Holloway said: “We are going to find out exactly why this bridge came down.”",
    "The steel truss bridge was built in 1962 and carried about 21,000 vehicles a day.",
    "The bridge, built in 1965, carried about 21,000 vehicles a day.",
    "The Tessel Valley Railway line will reopen on Wednesday.",
    "The Tessel Valley Railway line will reopen on Thursday.",
    "Fennick High School will be closed on Tuesday.",
    "Replacement buses will run between Fennick and Corley Junction.",
]

ARTICLE_TEXTS = st.lists(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=5).map(" ".join),
    min_size=2,
    max_size=4,
)


def matched_texts(texts: list[str]) -> set[tuple[frozenset[str], str, float]]:
    sentences = segment(make_articles(*texts))
    return {
        (frozenset((sentences[m.a].text, sentences[m.b].text)), m.kind, m.score)
        for m in align(sentences)
    }


@settings(max_examples=40, deadline=None)
@given(ARTICLE_TEXTS, st.data())
def test_alignment_properties(texts: list[str], data: st.DataObject) -> None:
    sentences = segment(make_articles(*texts))
    matches = align(sentences)
    seen = set()
    for match in matches:
        assert match.a < match.b
        assert sentences[match.a].article != sentences[match.b].article
        assert (match.a, match.b) not in seen
        seen.add((match.a, match.b))
        assert match.kind in ("copy", "quote", "paraphrase", "contained")
    # The order of the articles changes nothing but the ids.
    shuffled = data.draw(st.permutations(texts))
    assert matched_texts(shuffled) == matched_texts(texts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "On Friday, Durst did not immediately respond to a request for comment.",
            "On Friday, a spokesman for Goddard did not immediately respond to a request for comment.",
        ),
        (
            "Mayor Holloway's office declined to comment on the inspection report on Tuesday.",
            "Governor Insley's office declined to comment on the inspection report on Tuesday.",
        ),
    ],
)
def test_one_stock_phrase_about_two_different_people_is_not_corroboration(a, b) -> None:
    _, match = judge(a, b)
    assert match is None


#: Enough other sentences that a word two sentences share is rare in the folder.
FILLER = " ".join(
    f"Stall {n} at the Corley market sold {fruit} on Saturday."
    for n, fruit in enumerate(("apples", "pears", "plums", "figs", "cherries", "grapes") * 4)
)


def _clause_judge(*texts: str) -> tuple[_Clauses, dict[str, int]]:
    sentences = segment(make_articles(*texts, *BACKDROP, FILLER))
    terms = [frozenset(s.stems) for s in sentences]
    ids = {s.text: s.id for s in sentences}
    return _Clauses(sentences, terms, idf_weights(sentences)), ids


def test_a_fact_inside_a_longer_sentence_is_stated_by_it() -> None:
    short = "Divers pulled nine people from the Tessel River."
    longer = "Divers pulled nine people from the Tessel River, and a tenth swam to the bank."
    clauses, ids = _clause_judge(short, longer)
    assert clauses.shared(ids[short], ids[longer])


@pytest.mark.parametrize(
    ("left", "right", "stated"),
    [
        # one tells what the other denies: the same clause, told the other way round
        (
            "A senior Fennick councillor, Dora Vale, insisted the ferry company must restore the "
            "night sailings.",
            "The head of the Fennick ferry company said on Thursday he would not insist on his "
            "right to restore the night sailings, heading off a strike.",
            False,
        ),
        # both tell it: the same fact
        (
            "A senior Fennick councillor, Dora Vale, insisted the ferry company must restore the "
            "night sailings.",
            "The head of the Fennick ferry company said on Thursday he would insist on his "
            "right to restore the night sailings, heading off a strike.",
            True,
        ),
    ],
    ids=["insisted / would not insist", "insisted / would insist"],
)
def test_a_clause_one_sentence_denies_is_not_stated_by_it(
    left: str, right: str, stated: bool
) -> None:
    clauses, ids = _clause_judge(left, right)
    assert clauses.shared(ids[left], ids[right]) is stated


def test_a_clause_that_is_only_a_name_states_nothing() -> None:
    # "Sen. Trent Lott and Rep. Dick Armey, the majority leader, met…" names people a
    # sentence about anything else may name too.
    left = (
        "Mayor Renata Holloway, Councillor Ida Marsh of Fennick and Fire Chief Tomas Brandt "
        "met behind closed doors to plan the clean-up."
    )
    right = "Councillor Ida Marsh of Fennick chairs the transport committee."
    clauses, ids = _clause_judge(left, right)
    assert not clauses.shared(ids[left], ids[right])


def test_a_clause_whose_names_are_found_without_what_it_says_of_them_is_not_stated() -> None:
    # Names are the rarest, heaviest words: "negotiating a bailout with the IMF" is not
    # stated by "the IMF should calm investors with a bailout".
    left = "It has been negotiating a loan with the Tessel Valley Railway Company."
    right = (
        "The Tessel Valley Railway Company should calm commuters with a loan scheme for "
        "season tickets."
    )
    clauses, ids = _clause_judge(left, right)
    assert not clauses.shared(ids[left], ids[right])


def test_what_follows_and_without_a_verb_is_no_clause_of_its_own() -> None:
    # "…send 40 firefighters and volunteers to next week's drill": the volunteers going to
    # the drill is no fact another sentence about the drill states.
    left = (
        "Corley plans to send 40 firefighters and volunteers to next week's Tessel flood "
        "drill in Fennick."
    )
    right = (
        "Fennick hopes its volunteers will win a medal at next week's Tessel flood drill, "
        "the newspaper said."
    )
    clauses, ids = _clause_judge(left, right)
    assert not clauses.shared(ids[left], ids[right])
    # with a verb it is a clause, and a fact: "…and 14 were injured"
    both = "Two people were killed and volunteers went to next week's Tessel flood drill."
    clauses, ids = _clause_judge(both, right)
    assert clauses.shared(ids[both], ids[right])


def test_a_place_and_its_people_are_one_party_to_matching() -> None:
    # "Israel retains control" / "the Israelis will retain control": no two parties
    _, match = judge(
        "After the treaty, Corlia will keep control over the river bridge tolls and the "
        "ferry landing.",
        "After the treaty, the Corlians will keep control over the river bridge tolls.",
    )
    assert match is not None
    # also when the folder names a body after the place ("the Zorlia Defense Forces")
    sentences = segment(
        make_articles(
            "After the treaty, Zorlia will keep control over the river bridge tolls and the "
            "ferry landing. The Zorlia Defense Forces left the bridge.",
            "After the treaty, the Zorlians will keep control over the river bridge tolls.",
            *BACKDROP,
        )
    )
    place = next(s.id for s in sentences if s.text.startswith("After the treaty, Zorlia"))
    people = next(s.id for s in sentences if s.text.startswith("After the treaty, the"))
    assert any({m.a, m.b} == {place, people} for m in align(sentences))


def test_a_name_spelt_with_and_without_accents_is_one_person_to_matching() -> None:
    # Without folding, "Brändt" and "Brandt" read as two people: one stock phrase about
    # two different people is no match.
    _, match = judge(
        "A spokesman for Tomás Brändt did not immediately respond to a request for comment.",
        "A spokesman for Tomas Brandt did not immediately respond to a request for comment.",
    )
    assert match is not None


def test_a_surname_another_outlet_spells_with_another_vowel_is_one_name_to_matching() -> None:
    # "Mohamed Morsi" / "Mohamed Mursi": read as two words, the short sentences share too
    # little to be one report
    _, match = judge("Halid Morvadi resigned.", "Halid Murvadi resigned on Tuesday.")
    assert match is not None


def test_who_says_a_sentence_is_not_a_fact_it_states() -> None:
    left = "The bridge swayed for a minute before it fell, bakery owner Ida Marsh said."
    right = "Bakery owner Ida Marsh has run the shop on Mill Lane since 2019."
    clauses, ids = _clause_judge(left, right)
    assert not clauses.shared(ids[left], ids[right])
    after = "The bridge swayed for a minute before it fell, said bakery owner Ida Marsh."
    clauses, ids = _clause_judge(after, right)
    assert not clauses.shared(ids[after], ids[right])


@pytest.mark.parametrize(
    ("left", "right", "matched"),
    [
        ("at about 11:15 p.m. on Friday", "around 10:40 p.m. Friday", False),
        ("at about 11:15 p.m. on Friday", "at 11:17 p.m. Friday", True),
    ],
)
def test_two_sentences_timing_one_event_apart_are_never_one_report(
    left: str, right: str, matched: bool
) -> None:
    # A clock time's role is trusted no more than a day's: two times are a disagreement
    # to look at, never corroboration.
    _, match = judge(
        f"The stolen van left the Corley depot {left}, police said.",
        f"Police said the stolen van left the Corley depot {right}.",
    )
    assert (match is not None) is matched


def test_a_shared_figure_beside_figures_that_differ_is_not_taken_for_a_shared_fact() -> None:
    # The other figures may be other facts, or one fact told two ways that the engine
    # cannot compare; a contradiction must never count as support.
    left = "Police believe Corin Vale, 20, and an 18-year-old friend climbed the scaffolding."
    right = "Officials said 20-year-old Corin Vale had climbed to the top of the 52-story tower."
    clauses, ids = _clause_judge(left, right)
    assert not clauses.same_count(ids[left], ids[right])
    # when one sentence's figures are all in the other, the shared one is a fact of both
    shorter = "Corin Vale, 20, climbed the scaffolding, police said."
    clauses, ids = _clause_judge(left, shorter)
    assert clauses.same_count(ids[left], ids[shorter])


@pytest.mark.parametrize(
    ("left", "right", "matched"),
    [
        pytest.param(
            "More than a dozen families on Mill Lane were told to leave their homes.",
            "Fourteen families on Mill Lane were told to leave their homes.",
            True,
            id="more than a dozen and fourteen",
        ),
        pytest.param(
            "Divers searched the Tessel River for more than 10 hours after the collapse.",
            "Divers searched the Tessel River for 12 hours after the collapse.",
            True,
            id="more than 10 hours and 12",
        ),
        pytest.param(
            "More than a dozen families on Mill Lane were told to leave their homes.",
            "Nine families on Mill Lane were told to leave their homes.",
            False,
            id="a figure below the bound",
        ),
        pytest.param(
            "Drivers who ignore the closure face up to seven days in jail.",
            "Drivers who ignore the closure face two days in jail.",
            False,
            id="a maximum is not a figure's bound",
        ),
        pytest.param(
            "The Brenmark team of more than 200 athletes arrived at the games on Friday.",
            "The Brenmark team of 236 athletes arrived at the games on Friday.",
            True,
            id="more than 200 and 236",
        ),
        pytest.param(
            "Brenmark will send a delegation of more than 400 to the games.",
            "Brenmark will send a 550-member delegation to the games.",
            False,
            id="a figure past the next round number is another count",
        ),
    ],
)
def test_a_figure_above_a_lower_bound_the_other_gives_agrees_with_it(
    left: str, right: str, matched: bool
) -> None:
    _, match = judge(left, right)
    assert (match is not None) is matched


@pytest.mark.parametrize(
    ("left", "right", "matched"),
    [
        pytest.param(
            "Between 10 and 15 workers were hurt when the shaft wall gave way at the Tessel mine.",
            "A dozen workers were hurt when the shaft wall gave way at the Tessel mine.",
            True,
            id="a dozen inside between 10 and 15",
        ),
        pytest.param(
            "The floods damaged 200-300 homes in the towns of the Marrow valley.",
            "The floods damaged about 250 homes in the towns of the Marrow valley.",
            True,
            id="about 250 inside 200-300",
        ),
        pytest.param(
            "Between 10 and 15 workers were hurt when the shaft wall gave way at the Tessel mine.",
            "Forty workers were hurt when the shaft wall gave way at the Tessel mine.",
            False,
            id="a figure wholly outside the range",
        ),
        pytest.param(
            "Workers trapped by the Tessel mine flood rose from 10 to 15 on Friday.",
            "Twelve workers were trapped by the Tessel mine flood on Friday.",
            False,
            id="a change from one figure to another is no range",
        ),
    ],
)
def test_a_figure_inside_a_range_the_other_gives_agrees_with_it(
    left: str, right: str, matched: bool
) -> None:
    _, match = judge(left, right)
    assert (match is not None) is matched


@pytest.mark.parametrize(
    ("bound", "after"),
    [(5, 10), (200, 300), (400, 500), (1_000, 2_000), (20_000, 30_000),
     (12, math.inf), (82, math.inf), (150, math.inf), (224, math.inf), (1_500, math.inf)],
)  # fmt: skip
def test_a_round_bound_lies_below_the_next_round_number_and_a_count_so_far_has_no_limit(
    bound: float, after: float
) -> None:
    assert next_round(bound) == after


@pytest.mark.parametrize(
    ("left", "right", "matched"),
    [
        pytest.param(
            "The footbridge was opened in 1987.",
            "The old iron footbridge was opened in 1987 and carries walkers to Corley.",
            True,
            id="a short sentence found whole in a longer one",
        ),
        pytest.param(
            "The ferry crew escaped unharmed.",
            "Officials at the Corley harbour office said on Tuesday that the ferry crew "
            "escaped unharmed after the storm tore the vessel from its moorings.",
            True,
            id="a short sentence found whole inside what an official said",
        ),
        pytest.param(
            "Did the harbour wall crack?",
            "Divers found that the harbour wall crack had widened, and the pier beside the "
            "Corley ferry terminal was closed to walkers and cyclists.",
            False,
            id="a question states nothing",
        ),
        pytest.param(
            "The footbridge was opened in 1987.",
            "Was the old iron footbridge opened in 1987, or later, as the Corley records suggest?",
            False,
            id="nor does one state what it asks about",
        ),
        pytest.param(
            "The ferry driver survived.",
            "The ferry company said the driver who survived the crash had retired to Corley.",
            False,
            id="the words all there, but apart",
        ),
    ],
)
def test_a_short_sentence_whose_words_stand_together_in_another_is_stated_by_it(
    left: str, right: str, matched: bool
) -> None:
    _, match = judge(left, right)
    assert (match is not None) is matched


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "“The council is wasting our money,” the Fennick Courier newspaper said in an "
            "editorial.",
            "The Fennick Courier newspaper said in an editorial that the river was falling.",
            id="one newspaper saying two things",
        ),
        pytest.param(
            "Two coaches were stranded on the ring road, the state news agency Telvar reported.",
            "The mayor will visit the flooded school on Friday, according to the state news "
            "agency Telvar.",
            id="one agency reporting two things",
        ),
        pytest.param(
            "“We walked out of the meeting,” a Fennick police spokesman told reporters.",
            "The ferry to Corley will run twice an hour, a Fennick police spokesman told "
            "reporters.",
            id="one spokesman telling reporters two things",
        ),
    ],
)
def test_two_sentences_sharing_only_who_says_them_are_not_matched(left: str, right: str) -> None:
    _, match = judge(left, right)
    assert match is None


def test_one_fact_from_one_speaker_is_still_matched() -> None:
    _, match = judge(
        "Divers pulled nine people from the Tessel River, the Fennick Courier newspaper said.",
        "The Fennick Courier newspaper reported that divers pulled nine people from the "
        "Tessel River.",
    )
    assert match is not None


def test_a_sentence_that_only_tells_who_said_something_keeps_its_speaker() -> None:
    # its claim is that the statement was made: nothing else is left to compare
    only = "The Fennick Courier newspaper said so in an editorial."
    more = "The Fennick Courier newspaper said in an editorial that the ferry would stop."
    sentences = segment(make_articles(only, more))
    names = _Names(sentences)
    ids = {s.text: s.id for s in sentences}
    terms = {s.id: frozenset(s.stems) for s in sentences}
    assert names.told(ids[only], terms[ids[only]]) == terms[ids[only]]
    told = names.told(ids[more], terms[ids[more]])
    assert "ferri" in told
    assert not told & {"courier", "newspap", "editori"}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("At least 82 people were killed in the Tessel floods.", "94 people were killed."),
        ("At least 20 people were killed in the Tessel floods.", "Thirty-five people were killed."),
        ("More than 400 people were evacuated.", "550 people were evacuated."),
    ],
    ids=["a count so far and a later count", "a round count so far", "past the next round number"],
)
def test_a_lower_bound_is_never_set_against_a_higher_figure(left: str, right: str) -> None:
    low = next(v for v in analyse(left).values if v.bound == ">=")
    figure = next(v for v in analyse(right).values if v.kind == "number")
    assert compatible(low, figure)


def test_four_quoted_words_of_a_longer_quotation_are_that_quotation_given_in_part() -> None:
    _, match = judge(
        "Mr. Okafor said the Fennick council had held the “most careless and secretive vote” "
        "in the town's history.",
        "Okafor called the council vote on the Tessel bridge “the most careless and secretive "
        "vote in the history of Fennick,” saying it would be challenged in court.",
    )
    assert match is not None
    assert match.kind == "quote"


def test_a_short_phrase_both_outlets_quote_is_one_quotation_but_a_quoted_title_is_not() -> None:
    _, match = judge(
        "Councillor Dana Whitlow called the Fennick budget vote “gutless leadership” on Monday.",
        "“It is gutless leadership,” Whitlow said of the Fennick budget vote.",
    )
    assert match is not None
    assert match.kind == "quote"
    _, match = judge(
        "The Fennick premiere of “Harbour Lights” drew a crowd of students on Friday.",
        "Tickets for the Corley screening of “Harbour Lights” sold out in an hour.",
    )
    assert match is None or match.kind != "quote"


#: A story whose central words ("jailed", "ferry") are in so many of its sentences that
#: they are not rare in the folder, though they are in English.
FERRY_STORY = (
    "The ferry captain who ran the Skerry Belle aground was jailed on Tuesday. "
    "Relatives of the drowned passengers wept as he was jailed. "
    "The ferry had left Corley harbour in a gale. "
    "Prosecutors said the ferry carried twice as many passengers as it was allowed. "
    "The owners of the ferry were not charged. "
    "A second crew member was jailed last month. "
    "Campaigners said more officials should have been jailed."
)
SENTENCED = (
    "On Tuesday, Captain Ivo Brandt, 58, was jailed for six years for steering the ferry onto "
    "the rocks."
)


def _ferry_story(*others: str) -> tuple[list[Sentence], _Clauses, dict[str, int]]:
    sentences = segment(make_articles(f"{SENTENCED} {FERRY_STORY}", *others, *BACKDROP, FILLER))
    terms = [frozenset(s.stems) for s in sentences]
    clauses = _Clauses(sentences, terms, idf_weights(sentences))
    return sentences, clauses, {s.text: s.id for s in sentences}


def test_the_storys_own_words_state_its_core_fact_when_the_figures_agree() -> None:
    other = (
        "Shortly after Brandt was jailed for six years over the ferry disaster, his lawyer told "
        "reporters he would appeal."
    )
    sentences, clauses, ids = _ferry_story(other)
    a, b = ids[SENTENCED], ids[other]
    shared = frozenset(sentences[a].stems) & frozenset(sentences[b].stems)
    # too few words rare in the folder: the story's central words are in most sentences
    assert len(shared & clauses.rare) < CLAUSE_RARE_WORDS
    assert {"jail", "ferri"} <= shared & clauses.telling
    assert clauses.shared(a, b)
    assert any({m.a, m.b} == {a, b} for m in align(sentences))


def test_the_storys_own_words_without_a_figure_in_common_state_nothing() -> None:
    other = (
        "Shortly after Brandt was jailed over the ferry disaster, his lawyer told reporters he "
        "would appeal."
    )
    sentences, clauses, ids = _ferry_story(other)
    a, b = ids[SENTENCED], ids[other]
    assert not clauses.shared(a, b)
    assert not any({m.a, m.b} == {a, b} for m in align(sentences))


def test_a_name_the_story_repeats_is_not_one_of_its_telling_words() -> None:
    story = " ".join(
        f"Brandt spoke to the {place} inquiry on day {n}."
        for n, place in enumerate(
            ("harbour", "coastguard", "port", "maritime", "shipping", "insurance"), start=1
        )
    )
    _, clauses, _ = _ferry_story(story)
    assert "brandt" not in clauses.telling  # a name, written capitalised
    assert {"jail", "ferri", "inquiri"} <= clauses.telling
    assert "day" not in clauses.telling  # common in English


def test_a_day_both_give_does_not_make_the_storys_words_tell_of_two_different_people() -> None:
    jailed = "Captain Brandt was jailed for the ferry disaster on Nov. 30."
    other = "Deckhand Ferrell was jailed for the ferry disaster on Nov. 30."
    _, clauses, ids = _ferry_story(jailed, other)
    a, b = ids[jailed], ids[other]
    # one day, a clause of the story's words alike: but each about someone the other is not
    assert not clauses.figured(a, b)
    assert not clauses.shared(a, b)


def test_a_day_both_give_lets_the_storys_words_tell_one_fact_of_one_person() -> None:
    jailed = "Captain Brandt was jailed for the ferry disaster on Nov. 30."
    other = "Brandt was jailed for the ferry disaster on Nov. 30, the court heard."
    _, clauses, ids = _ferry_story(jailed, other)
    a, b = ids[jailed], ids[other]
    assert clauses.figured(a, b)
    assert clauses.shared(a, b)


def _texts_matched(*articles: str) -> set[frozenset[str]]:
    """The pairs of texts matched among ``articles`` and the backdrop."""
    sentences = segment(make_articles(*articles, *BACKDROP))
    texts = {s.id: s.text for s in sentences}
    return {frozenset((texts[m.a], texts[m.b])) for m in align(sentences)}


def test_a_sentence_told_by_two_adjacent_sentences_of_another_outlet_is_matched_to_both() -> None:
    matched = _texts_matched(_TOLD_IN_ONE, f"{_FIRST_OF_TWO} {_SECOND_OF_TWO}")
    assert frozenset((_TOLD_IN_ONE, _FIRST_OF_TWO)) in matched
    assert frozenset((_TOLD_IN_ONE, _SECOND_OF_TWO)) in matched


def test_two_sentences_of_different_paragraphs_do_not_tell_a_fact_together() -> None:
    matched = _texts_matched(_TOLD_IN_ONE, f"{_FIRST_OF_TWO}\n\n{_SECOND_OF_TWO}")
    assert frozenset((_TOLD_IN_ONE, _FIRST_OF_TWO)) not in matched


def test_a_neighbour_sharing_only_whom_the_sentence_names_tells_no_part_of_it() -> None:
    told_in_one = (
        "Within an hour of the storm, Mayor Renata Holloway dismissed the harbourmaster Ida "
        "Quell and named her deputy Tomas Brill acting harbourmaster."
    )
    names_alone = "The punishment of Quell, handed down by Mayor Renata Holloway, was swift."
    beside = "Within hours of the storm the harbourmaster was dismissed from her post."
    sentences = segment(make_articles(told_in_one, f"{names_alone} {beside}", *_STORM))
    texts = {s.id: s.text for s in sentences}
    matched = {frozenset((texts[m.a], texts[m.b])) for m in align(sentences)}
    assert frozenset((told_in_one, names_alone)) not in matched
    # the two parts of the fixture above each tell part of what is said: still matched
    sentences = segment(make_articles(_TOLD_IN_ONE, f"{_FIRST_OF_TWO} {_SECOND_OF_TWO}", *_STORM))
    texts = {s.id: s.text for s in sentences}
    matched = {frozenset((texts[m.a], texts[m.b])) for m in align(sentences)}
    assert frozenset((_TOLD_IN_ONE, _FIRST_OF_TWO)) in matched


def test_a_neighbour_denying_part_of_the_sentence_does_not_tell_it_with_the_other() -> None:
    denying = "The Corley trawlers never sheltered in the inner basin despite the heavy swell."
    sentences = segment(make_articles(_TOLD_IN_ONE, f"{_FIRST_OF_TWO} {denying}", *_STORM))
    texts = {s.id: s.text for s in sentences}
    matched = {frozenset((texts[m.a], texts[m.b])) for m in align(sentences)}
    assert frozenset((_TOLD_IN_ONE, _FIRST_OF_TWO)) not in matched


def _backed_by_match(*articles: str) -> dict[frozenset[str], tuple[str, ...]]:
    """For each matched pair of texts among ``articles`` and the storm story, the texts the
    match backs."""
    sentences = segment(make_articles(*articles, *_STORM))
    texts = {s.id: s.text for s in sentences}
    return {
        frozenset((texts[m.a], texts[m.b])): tuple(texts[i] for i in m.backed())
        for m in align(sentences)
    }


def test_a_neighbour_holding_a_minor_part_of_a_sentence_is_not_backed_by_it() -> None:
    backed = _backed_by_match(_TOLD_IN_ONE, f"{_MINOR_OF_TWO} {_SECOND_OF_TWO}")
    assert backed[frozenset((_TOLD_IN_ONE, _MINOR_OF_TWO))] == (_TOLD_IN_ONE,)


def test_a_neighbour_the_sentence_tells_most_of_is_backed_by_it_too() -> None:
    backed = _backed_by_match(_TOLD_IN_ONE, f"{_FIRST_OF_TWO} {_SECOND_OF_TWO}")
    assert set(backed[frozenset((_TOLD_IN_ONE, _FIRST_OF_TWO))]) == {_TOLD_IN_ONE, _FIRST_OF_TWO}


def test_a_match_backing_one_side_keeps_its_side_when_a_copy_is_in_the_folder() -> None:
    # a reprint makes the matcher judge the distinct texts once and give each match to
    # every copy: the side backed follows the text, whichever id is lower
    telling = f"{_MINOR_OF_TWO} {_SECOND_OF_TWO}"
    sentences = segment(make_articles(telling, _TOLD_IN_ONE, telling, _TOLD_IN_ONE, *_STORM))
    texts = {s.id: s.text for s in sentences}
    one_way = [m for m in align(sentences) if m.backs is not None]
    assert len(one_way) == 4
    assert all(texts[m.backs] == _TOLD_IN_ONE for m in one_way if m.backs is not None)
    assert {texts[m.other(m.backs)] for m in one_way if m.backs is not None} == {_MINOR_OF_TWO}


def test_a_sentence_holding_a_minor_part_of_another_outlets_sentence_is_not_backed_by_it(
    make_folder,
) -> None:
    """The single sentence is backed by the outlet telling it in two adjacent sentences;
    the one of the two that holds only a minor part of it, beside facts of its own, is not
    backed by the single sentence's outlet (nor shown as backed by it)."""
    files = {
        "harbour-post.txt": _TOLD_IN_ONE,
        "coast-ledger.txt": f"{_MINOR_OF_TWO} {_SECOND_OF_TWO}",
    }
    files.update({f"storm-{k}.txt": text for k, text in enumerate(_STORM)})
    analysis = analyze(make_folder(files))
    ids = {s.text: s.id for s in analysis.sentences}
    told, minor = ids[_TOLD_IN_ONE], ids[_MINOR_OF_TWO]
    outlet_of = {a.file: a.outlet for a in analysis.articles}
    told_by, minor_by = outlet_of["harbour-post.txt"], outlet_of["coast-ledger.txt"]
    assert set(analysis.claim(told).outlets) == {told_by, minor_by}
    assert analysis.claim(minor).outlets == (minor_by,)
    assert told not in analysis.backing[minor]


@pytest.mark.parametrize(
    ("left", "right", "figured"),
    [
        (
            "Frost in Fennick reached minus 20 degrees on the Tessel banks overnight.",
            "Forecasters called it the coldest winter on the Tessel banks in 20 years.",
            False,
        ),
        (
            "Ansel Rook was sentenced to 12 years for the Carrowgate fraud.",
            "Ansel Rook was given a 12-year prison term for the Carrowgate fraud.",
            True,
        ),
    ],
    ids=["20 years / minus 20 degrees", "12 years / a 12-year term"],
)
def test_a_pair_shares_a_figure_only_in_one_unit(left: str, right: str, figured: bool) -> None:
    clauses, ids = _clause_judge(left, right)
    assert clauses.figured(ids[left], ids[right]) is figured


def test_rescuers_timed_before_midnight_and_after_it_are_never_one_report() -> None:
    # "alerted at 11:43 p.m. ... four minutes later" and "a few minutes after midnight"
    # cannot both time the arrival: a disagreement to look at, never corroboration.
    _, match = judge(
        "Firefighters in Marrowby were alerted at 11:43 p.m. and had a pump at the depot "
        "four minutes later, rescue workers said.",
        "When rescue workers in Marrowby showed up at the depot a few minutes after "
        "midnight, they found the pump house ablaze.",
    )
    assert match is None
    _, same = judge(
        "Firefighters in Marrowby were alerted at 11:43 p.m. and had a pump at the depot "
        "four minutes later, rescue workers said.",
        "When rescue workers in Marrowby showed up at the depot at 11:47 p.m., "
        "they found the pump house ablaze.",
    )
    assert same is not None


def test_a_ferry_docked_at_midnight_and_at_five_past_twelve_is_one_report() -> None:
    # "at midnight" is a round hour: the outlet that gives the minute is not timing
    # another docking, and a half hour off still is
    _, match = judge(
        "The Marrowby ferry docked at midnight with 40 passengers after a stormy crossing, "
        "the harbour master said.",
        "The Marrowby ferry docked at 12:05 a.m. with 40 passengers after a stormy crossing.",
    )
    assert match is not None
    _, other = judge(
        "The Marrowby ferry docked at midnight with 40 passengers after a stormy crossing, "
        "the harbour master said.",
        "The Marrowby ferry docked at 12:35 a.m. with 40 passengers after a stormy crossing.",
    )
    assert other is None


def test_a_news_conference_at_noon_does_not_keep_its_news_from_a_report_timing_the_event() -> None:
    _, match = judge(
        "Speaking at a news conference at noon, the mayor said the Marrowby ferry sank with "
        "40 passengers aboard.",
        "The Marrowby ferry sank at 10:40 a.m. with 40 passengers aboard, the mayor said.",
    )
    assert match is not None
