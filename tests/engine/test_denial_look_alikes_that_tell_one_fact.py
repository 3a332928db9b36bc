"""A word that denies is not always a denial of what the other sentence tells. "Rescuers did
not get to the miners until Tuesday" tells that they got there on Tuesday; "was denied bail"
tells a thing withheld, as "was remanded in custody" does; "its failed bid to buy", "a pump
failure led to" and "refuse workers vowed to" hold a denying word as a thing, not as a verb
denying the verb after "to". Nor does a denial deny what the other sentence tells when the
other tells no word the first does not ("did not sink after it hit rocks" / "hit
rocks"), though one telling more of what the first states than of its denial may ("but the
coastguard did not rescue the crew" / "and the coastguard winched the crew to safety").
Each such pair still matches, while a denial of the other's fact
told with another verb (:mod:`test_denial_in_other_words`) stays apart, in the passive too.
Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from articles import STORM, judge
from corroborate.engine.text.polarity import polarity_apart

ONE_FACT = [
    pytest.param(
        "Rescuers did not get to the trapped Fennick miners until early on Tuesday morning.",
        "Rescuers reached the trapped Fennick miners early on Tuesday morning.",
        id="not-until-far-after-the-negation",
    ),
    pytest.param(
        "Anton Dorn was denied bail at Corley magistrates court on Monday.",
        "Anton Dorn was remanded in custody at Corley magistrates court on Monday.",
        id="denied-a-thing-withheld",
    ),
    pytest.param(
        "Kessick spent 40 million crowns on its failed bid to buy the Brenmark shipyard.",
        "Kessick spent 40 million crowns on its bid to buy the Brenmark shipyard, filings show.",
        id="a-failed-bid-to",
    ),
    pytest.param(
        "A pump failure led to flooding in the Corley mine on Monday, the operator said.",
        "A broken pump flooded the Corley mine on Monday, the operator said.",
        id="a-failure-led-to",
    ),
    pytest.param(
        "Refuse workers vowed to strike across Corley from Monday over pay.",
        "Bin collectors vowed to strike across Corley from Monday over pay.",
        id="refuse-as-a-thing",
    ),
    pytest.param(
        "The Corley ferry sank in a storm off Fennick on Monday night, leaving no survivors "
        "among its crew.",
        "The Corley ferry sank in a storm off Fennick on Monday night.",
        id="a-denial-in-a-clause-of-its-own",
    ),
    pytest.param(
        "The Corley ferry did not sink after it hit rocks off Fennick on Monday night.",
        "The Corley ferry hit rocks off Fennick on Monday night.",
        id="the-other-tells-no-word-the-first-does-not",
    ),
    pytest.param(
        "The names of the three Fennick ferry victims were not released.",
        "The names of the three Fennick ferry victims were withheld until relatives were told.",
        id="not-released-told-as-withheld",
    ),
    pytest.param(
        "Ilse Varga, the No. 2 official at the Orrin ministry, resigned on Monday over the audit.",
        "Ilse Varga, the deputy head of the Orrin ministry, resigned on Monday over the audit.",
        id="no-as-number",
    ),
]


@pytest.mark.parametrize(("left", "right"), ONE_FACT)
def test_a_denying_word_that_denies_nothing_the_other_tells_keeps_the_match(
    left: str, right: str
) -> None:
    assert not polarity_apart(left, right)
    assert not polarity_apart(right, left)
    _, match = judge(left, right, STORM)
    assert match is not None


DENIALS = [
    pytest.param(
        "Brenmark, after refusing for years to hand over its Orrin safety records, was fined "
        "on Monday.",
        "Brenmark handed over its Orrin safety records to inspectors on Monday.",
        id="refusing-for-years-to",
    ),
    pytest.param(
        "The Orrin ministry repeatedly declined to name the Fennick ferry driver.",
        "The Orrin ministry named the Fennick ferry driver as Marta Ulvik.",
        id="an-adverb-before-to",
    ),
    pytest.param(
        "The claim that Brenmark dumped waste in the Orrin river was denied.",
        "Brenmark dumped waste in the Orrin river, inspectors said.",
        id="denied-by-in-the-passive",
    ),
    pytest.param(
        "The Corley ferry was unable to dock at Fennick harbour on Monday night because of "
        "the swell.",
        "The Corley ferry berthed at Fennick harbour on Monday night despite the swell.",
        id="the-other-tells-one-word-the-first-states-besides",
    ),
    pytest.param(
        "The Corley ferry hit rocks off Fennick on Monday night, but the Fennick coastguard "
        "did not rescue the crew.",
        "The Corley ferry hit rocks off Fennick on Monday night and the Fennick coastguard "
        "winched the crew to safety.",
        id="the-other-tells-more-of-what-the-first-states-and-the-denial-the-other-way",
    ),
]


@pytest.mark.parametrize(("left", "right"), DENIALS)
def test_a_denial_of_the_other_sentences_fact_stays_apart(left: str, right: str) -> None:
    assert polarity_apart(left, right)
