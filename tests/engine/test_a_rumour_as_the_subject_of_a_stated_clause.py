"""A rumour named as a thing ("Rumours of a takeover", "Unconfirmed reports of looting") may
be the subject of a clause the sentence states: "Rumours of a takeover sent Brenmark shares
up 8 percent" tells the shares' move as a fact, and backs "Brenmark shares rose 8 percent".
What the rumour is of stays passed on ("Rumours of 237 homes destroyed by the flood spread
online" backs no count of homes), told with a verb of its own too ("of Brenmark having sold
its plant", "of a fire that destroyed the mill", "of 12 soldiers killed near Varnholt"), and
so does "Rumour has it that …"."""

from __future__ import annotations

import pytest

from articles import FLOOD_BACKDROP as FLOOD
from articles import judge
from corroborate.engine.text.hearsay import passes_on

STATED = "The flood destroyed 237 homes in Varnholt, officials said."


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Rumours of a takeover sent Brenmark shares up 8 percent on Tuesday.",
            "Brenmark shares rose 8 percent on Tuesday.",
            id="rumours of a thing sent shares up",
        ),
        pytest.param(
            "Rumours of a takeover sent Brenmark shares up 8 percent.",
            "Shares in Brenmark rose 8 percent after takeover talk.",
            id="the other names the rumoured thing once",
        ),
        pytest.param(
            "Rumours of a deal reached on Tuesday sent Brenmark shares up 8 percent.",
            "Brenmark shares rose 8 percent.",
            id="the thing's own participle and its day before the stated verb",
        ),
        pytest.param(
            "Unconfirmed reports of looting sent hundreds of residents out of Varnholt on Tuesday.",
            "Hundreds of residents left Varnholt on Tuesday.",
            id="unconfirmed reports of a thing drove people out",
        ),
    ],
)
def test_what_a_rumour_did_is_stated_and_backs_the_same_fact(left: str, right: str) -> None:
    _, match = judge(left, right, FLOOD)
    assert match is not None


@pytest.mark.parametrize(
    "passed_on",
    [
        pytest.param(
            "Rumours of 237 homes destroyed by the flood in Varnholt spread online.",
            id="the rumoured thing told with a verb of its own",
        ),
        pytest.param(
            "Rumours of a flood destroying 237 homes in Varnholt spread online.",
            id="the rumoured thing told with a verb in -ing",
        ),
        pytest.param(
            "Rumour has it that the flood destroyed 237 homes in Varnholt.",
            id="rumour has it that",
        ),
        pytest.param(
            "Unconfirmed reports of 237 homes destroyed in Varnholt by the flood circulated "
            "on Tuesday.",
            id="unconfirmed reports of the count",
        ),
    ],
)
def test_what_a_rumour_is_of_stays_passed_on(passed_on: str) -> None:
    _, match = judge(passed_on, STATED, FLOOD)
    assert match is None


@pytest.mark.parametrize(
    ("rumour", "stated"),
    [
        pytest.param(
            "Rumours of Brenmark having sold its Corley plant to Harlo Group spread on Tuesday.",
            "Brenmark sold its Corley plant to Harlo Group on Tuesday.",
            id="the thing's own verb after an auxiliary",
        ),
        pytest.param(
            "Rumours of a fire that destroyed the Corley mill spread on Tuesday.",
            "A fire destroyed the Corley mill on Tuesday.",
            id="the thing's own verb after a relative word",
        ),
        pytest.param(
            "Unconfirmed reports of 12 soldiers killed near Varnholt circulated on Tuesday.",
            "Twelve soldiers were killed near Varnholt on Tuesday.",
            id="a participle followed by a place",
        ),
        pytest.param(
            "Rumours of protesters arrested by police in Varnholt spread online on Tuesday.",
            "Police in Varnholt arrested protesters on Tuesday.",
            id="a participle followed by its agent",
        ),
        pytest.param(
            "Rumours of 12 deaths reached Varnholt on Tuesday.",
            "Twelve people died in Varnholt on Tuesday.",
            id="a count in the rumoured thing, the stated clause only where it went",
        ),
        pytest.param(
            "Rumours of 12 miners trapped underground reached Varnholt on Tuesday.",
            "Twelve miners were trapped underground near Varnholt on Tuesday.",
            id="a count in the rumoured thing and a participle before an adverb",
        ),
        pytest.param(
            "Rumours of a botched raid sent protesters into the streets of Varnholt on Tuesday.",
            "A botched raid in Varnholt on Tuesday left two officers hurt.",
            id="a word in -ed after an article names the rumoured thing",
        ),
    ],
)
def test_a_verb_of_the_rumoured_thing_itself_leaves_it_passed_on(rumour: str, stated: str) -> None:
    assert passes_on(rumour, stated)
    _, match = judge(rumour, stated, FLOOD)
    assert match is None


def test_the_clause_a_rumour_noun_governs_ends_at_the_verb_after_its_thing() -> None:
    assert not passes_on(
        "Rumours of a takeover sent Brenmark shares up 8 percent.",
        "Brenmark shares rose 8 percent.",
    )
    assert passes_on(
        "Rumours of a takeover by Corley Group spread on Tuesday.",
        "Corley Group made a takeover bid on Tuesday.",
    )
