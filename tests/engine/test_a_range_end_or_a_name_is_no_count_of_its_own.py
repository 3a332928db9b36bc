"""Two sentences state one count only when each figure counts something on its own. One end
of a range is no count of its own: "complained seven to 10 times" gives no "10 times" that
"10 times safer" could back. A figure that is part of a name counts nothing: "the Varnholt
12", the title of a newspaper's series, and "The Varnholt 12: Why do the valley's wells run
dry?" share a name, not a count. A group both sentences take as known ("the two women he
met", "the two women the police accused") is no count either states
(:func:`corroborate.engine.text.figures.shared_counts`). The same range in both, a plain
count in both, and a count one states and the other takes as known are still one count."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import STORM, judge
from corroborate.engine.text.figures import shared_counts
from corroborate.engine.text.specifics import analyse

#: A flood story and a storm story of invented outlets: enough sentences for a pair's names
#: and figures to be rare words, as in a real folder.
STORIES = FLOOD + STORM

RANGE_AND_ONE_END = (
    "Her brother told the Brenvale Courier that Osric had complained seven to 10 times the "
    "van would drift toward that same railing.",
    "We expect the safety of our vans to be 10 times safer than the old ones.",
)
A_GROUP_KNOWN_IN_BOTH = (
    "Four people are in custody, including a driver from Orrin and the two women he met at "
    "the Brenvale station.",
    "Relatives of the two women the Orrin police accused of the poisoning insisted they had "
    "been duped.",
)
A_NAME_WITH_A_FIGURE = (
    'The row began after the Tessel Ledger published a cover story called "The Varnholt 12: '
    "Why do the valley's wells run dry?\"",
    "They are the Varnholt 12 — every well on the county's list of dry wells as of May 3.",
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(*RANGE_AND_ONE_END, id="one end of a range and a figure on its own"),
        pytest.param(
            "Between 40 and 60 volunteers searched the Orrin hills for the missing hikers.",
            "Some 60 volunteers from Orrin joined the search on Sunday.",
            id="the top of a range joined by and, and a figure on its own",
        ),
        pytest.param(*A_NAME_WITH_A_FIGURE, id="a figure inside a name in both"),
        pytest.param(*A_GROUP_KNOWN_IN_BOTH, id="a group both take as known"),
        pytest.param(
            "Tessel Flight 412 landed in Brenvale with its doors jammed.",
            "Tessel Flight 412 was carrying 96 passengers when it left Orrin.",
            id="a flight's number in both",
        ),
        pytest.param(
            "Pilots in Orrin flew Tessel Aero's 412 Ranger over the flooded valley.",
            "A Tessel Aero 412 Ranger crashed near Orrin on Sunday.",
            id="a model's number after its maker's possessive",
        ),
    ],
)
def test_a_range_end_or_a_name_shares_no_count(left: str, right: str) -> None:
    assert shared_counts(analyse(left), analyse(right)) == []
    assert shared_counts(analyse(right), analyse(left)) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Two people were killed in the Orrin flood, police said.",
            "Two people were killed and 14 were injured when the river broke its banks.",
            id="one plain count in both",
        ),
        pytest.param(
            "Osric had complained seven to 10 times that the van drifted toward the railing.",
            "His brother said Osric had complained seven to 10 times about the van.",
            id="the same range in both",
        ),
        pytest.param(
            "Two women were arrested at the Brenvale station on Friday.",
            "The two women were arrested at the Brenvale station, police in Orrin said.",
            id="a count one states and the other takes as known",
        ),
        pytest.param(
            "The storm struck Tessel's 12 fishermen far out at sea.",
            "Rescuers saved 12 fishermen off Tessel after the storm.",
            id="a count of a place's own people after its possessive",
        ),
        pytest.param(
            "The strike closed Halvard Mills' 1,200 looms in Orrin.",
            "Some 1,200 looms at Halvard Mills in Orrin stood idle.",
            id="a count of a firm's own things after its plural possessive",
        ),
        pytest.param(
            "Police in Orrin said 35 people were hurt in the blast.",
            "Officials in Orrin said 35 people were hurt when the depot exploded.",
            id="a count after a verb that follows a name",
        ),
        pytest.param(
            "On Monday 35 people were evacuated from Dalby by boat.",
            "Rescuers evacuated 35 people from Dalby by boat.",
            id="a count after a weekday without a comma",
        ),
        pytest.param(
            "Seven people died in the Tessel flood on Monday.",
            "Seven people died when the Tessel river burst its banks.",
            id="a capitalised number word opening both sentences",
        ),
    ],
)
def test_a_count_of_its_own_in_both_is_still_shared(left: str, right: str) -> None:
    assert shared_counts(analyse(left), analyse(right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(*RANGE_AND_ONE_END, id="one end of a range and a figure on its own"),
        pytest.param(*A_NAME_WITH_A_FIGURE, id="a figure inside a name in both"),
        pytest.param(*A_GROUP_KNOWN_IN_BOTH, id="a group both take as known"),
    ],
)
def test_sentences_sharing_a_range_end_or_a_name_alone_are_not_matched(
    left: str, right: str
) -> None:
    _, match = judge(left, right, STORIES)
    assert match is None
