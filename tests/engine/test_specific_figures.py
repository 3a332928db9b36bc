"""One specific figure for one thing: two outlets giving "$34 million" or "230" of one
thing in different words state one fact, whichever words stand beside the figure; a
figure taken as known, one naming a thing, one of another party's thing or a round one
does not make two sentences one fact."""

from __future__ import annotations

import pytest

from articles import in_backdrop, judge
from corroborate.engine.matching.align import _Clauses, idf_weights
from corroborate.engine.text.figures import specific_shared
from corroborate.engine.text.specifics import analyse

# A trade dispute between two invented countries, told by three invented outlets: the
# story's words (the two countries, duties, timber, steel) are in most of its sentences,
# as in a real folder, so that a pair must share more than the story's topic.
DISPUTE = (
    "Vessaria and Ostrand have traded duties for months over timber and steel. Talks on "
    "the duties in Harlen broke down on Friday. Timber farmers in Ostrand say the duties "
    "have cost them millions. Steel mills in Vessaria welcomed the duties on timber. The "
    "Vessarian trade minister, Oda Kessel, said the plan to keep duties on Ostrand steel "
    "would stand.",
    "The dispute began when Ostrand accused Vessaria of dumping cheap steel and timber. "
    "Kessel said Vessaria would not lift the duties this month. Shipping firms in the "
    "Harlen port reported fewer timber orders. Economists warned that duties on timber "
    "and steel could cost Vessaria millions. Ostrand plans new talks in Harlen.",
    "Ostrand's prime minister, Ilse Varga, called the talks on duties a failure. Ports in "
    "Vessaria were quiet as timber and steel piled up. A second meeting on the duties has "
    "not been arranged. Steel mills in Ostrand cut shifts after Vessaria raised duties "
    "last month.",
    "Vessaria's farmers backed the duties at a rally. Ostrand's timber unions marched in "
    "protest. Kessel and Varga have not spoken since the talks failed. Ostrand steel "
    "exports fell for a third month. Vessaria says its timber mills need time to recover. "
    "Diplomats expect the duties to stay until spring.",
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Vessaria has already imposed 25% duties on Ostrand sawmill goods worth $34 million.",
            "Talks broke off after the Kessel ministry imposed duties on $34 million in "
            "Ostrand sawmill imports this month, a move Varga said would void any promises "
            "made in earlier rounds.",
            id="one sum, its nouns on either side",
        ),
        pytest.param(
            "Ostrand will also send around 230 supporters to cheer its rowers at the Harlen "
            "regatta.",
            "Ostrand will send a delegation of more than 400 to the regatta, including 230 "
            "fans, 40 coaches and 12 officials, a joint statement said.",
            id="one count of one group, called by two names",
        ),
        pytest.param(
            "Vessaria plans to raise duties on $200 million of Ostrand steel to 25% from 10%, "
            "a source familiar with the talks confirmed.",
            "Citing three unnamed officials, the Corley Gazette reported Vessaria would "
            "propose 25 percent levies on a $200 million list of Ostrand steel goods, up "
            "from the planned 10 percent.",
            id="three figures in common, none specific alone",
        ),
    ],
)
def test_one_specific_figure_for_one_thing_is_one_fact(left: str, right: str) -> None:
    _, match = judge(left, right, DISPUTE)
    assert match is not None
    assert match.kind == "fact"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Vessaria has already imposed 25% duties on Ostrand sawmill goods worth $34 "
            "million, the trade ministry said on Tuesday.",
            "Ostrand quickly answered with its own levies on $34 million of Vessarian "
            "cheese, wine and sawmill parts, imposed days later after an angry cabinet "
            "meeting in the capital.",
            id="an answer in kind: one sum of two parties' goods",
        ),
        pytest.param(
            "Vessaria has already imposed 25% duties on Ostrand sawmill goods worth $34 million.",
            "Talks broke off after the Kessel ministry imposed duties on $43 million in "
            "Ostrand sawmill imports this month, a move Varga said would void any promises "
            "made in earlier rounds.",
            id="two sums in one role: a conflict, never support",
        ),
        pytest.param(
            "Kessel said the duties would hit 161 sawmills that import Ostrand machinery, "
            "most of them small family firms in the hills.",
            "Bankers fear that most of the 161 firms buying Ostrand sawmill machinery were "
            "already losing money before the dispute began.",
            id="a count the sentence takes as known",
        ),
        pytest.param(
            "Vessaria imposed duties on $200 million of Ostrand sawmill machinery this month.",
            "Unsold sawmill machinery worth $200 million was left rusting on the rainy "
            "docks, a union leader told striking workers.",
            id="a round sum, another thing",
        ),
        pytest.param(
            "Harlen customs officers counted 240 lorries of sawmill machinery at the border "
            "in the first week.",
            "Corley buyers have cancelled 240 orders of sawmill machinery since Friday.",
            id="a count both give, but a count of other things named apart",
        ),
        pytest.param(
            "Vessaria has already imposed 25% duties on Ostrand sawmill goods worth $34 "
            "million, the trade ministry said on Tuesday.",
            "Ostrand hit back days later with levies on $34 million of Vessarian cheese, wine "
            "and sawmill parts, imposed after an angry cabinet meeting in the capital.",
            id="an answer told without 'its own': one sum of two parties' goods",
        ),
        pytest.param(
            "Vessaria banned 312 Ostrand lorries from its motorways.",
            "Customs officers in Ostrand turned back 312 lorries registered in Vessaria at "
            "the northern crossing.",
            id="two parties named each way round: who acts on whom differs",
        ),
        pytest.param(
            "Vessaria has already imposed 25% duties on Ostrand sawmill goods worth $34 million.",
            "How could the Kessel ministry tax $34 million of sawmill imports from Ostrand "
            "without asking parliament first?",
            id="a question: it states no figure",
        ),
    ],
)
def test_a_figure_that_is_not_one_fact_of_both_is_no_match(left: str, right: str) -> None:
    _, match = judge(left, right, DISPUTE)
    assert match is None


def test_what_makes_a_figure_specific() -> None:
    def shared(left: str, right: str) -> list[str]:
        return [v.tag for v, _ in specific_shared(analyse(left), analyse(right))]

    # a figure of 100 or more with two significant digits: no other fact gives it by chance
    assert shared("The mill employs 230 people.", "Some 230 workers lost shifts.") == ["n:230"]
    # round, small, a share, an age, a span of time: many facts of a story give them
    assert shared("The mill employs 200 people.", "Some 200 workers lost shifts.") == []
    assert shared("The mill employs 23 people.", "Some 23 workers lost shifts.") == []
    assert shared("Prices rose 125 percent.", "Duties of 125 percent apply.") == []
    assert shared("Kessel, 125, spoke.", "The 125-year-old Kessel spoke.") == []
    assert shared("The dispute lasted 150 days.", "After 150 days, talks resumed.") == []
    # two parties named the other way round: one figure of two parties' things
    assert shared("Vessaria fined 312 Ostrand firms.", "Ostrand fined 312 Vessaria firms.") == []
    assert shared(
        "Vessaria fined 312 Ostrand firms.", "Officials said Vessaria fined 312 Ostrand firms."
    ) == ["n:312"]
    # an answer, in whichever words: "its own", "hit back", "responded with"
    for answer in ("its own fines", "hit back with fines", "responded with fines"):
        assert shared("Vessaria fined 312 firms.", f"Ostrand {answer} on 312 firms.") == []
    # a reason or a bargain is no answer
    assert shared(
        "Vessaria fined 312 firms.", "Vessaria fined 312 firms in response to complaints."
    ) == ["n:312"]
    # two figures in common are specific together, round as they are
    assert shared(
        "Duties rise to 20% on $300 million of steel.", "A 20% duty on $300 million in steel."
    ) == ["n:20", "n:300000000"]


def test_a_figure_much_of_the_story_gives_names_a_thing_and_counts_nothing() -> None:
    # Harlen's city helpline is "311": in most of the story's sentences, it counts nothing
    calls = (
        "Callers to 311 in Harlen reported burst pipes. The 311 operators worked all night. "
        "Varga thanked 311 staff on Monday.",
        "Harlen's 311 line took calls about ice. Kessel said 311 would stay open. The 311 "
        "centre moved to the town hall.",
        "The 311 service in Harlen was praised. Farmers rang 311 about icy roads.",
    )
    hotline = (
        *(f"{told} {more}" for told, more in zip(DISPUTE[:3], calls, strict=True)),
        DISPUTE[3],
    )
    left = "Harlen sent 311 plumbers to frozen sawmills before dawn."
    right = "Harlen officials said 311 workers were mending frozen sawmill pipes at night."

    def specific(backdrop: tuple[str, ...]) -> bool:
        sentences = in_backdrop(left, right, backdrop)
        terms = [frozenset(s.stems) for s in sentences]
        clauses = _Clauses(sentences, terms, idf_weights(sentences))
        ids = {s.text: s.id for s in sentences}
        return clauses.specific(ids[left], ids[right])

    assert not specific(hotline)
    # the same pair in a story that gives the figure nowhere else: one count, one fact
    assert specific(DISPUTE)


def test_a_sentence_giving_the_figure_beside_facts_of_its_own_is_not_backed_by_it() -> None:
    told = "Vessaria has already imposed 25% duties on Ostrand sawmill goods worth $34 million."
    more = (
        "Talks broke off after the Kessel ministry imposed duties on $34 million in Ostrand "
        "sawmill imports this month, a move Varga said would void any promises made in "
        "earlier rounds and harm the spring harvest trade."
    )
    sentences, match = judge(told, more, DISPUTE)
    assert match is not None
    # the outlet of the longer sentence states the duties; the shorter does not state the talks
    assert match.backed() == (next(s.id for s in sentences if s.text == told),)
