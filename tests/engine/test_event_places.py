"""A place that sets the event two outlets count in, not the count: "the blaze *at the Orrin
mill* killed 17 workers" / "the blaze killed 12 workers" count one blaze's dead, while
"killed 12 people *in Orrin*" / "killed 40 people" stay a part and the whole."""

from __future__ import annotations

from corroborate.engine import analyze
from corroborate.engine.conflicts.judge import compare


def _numbers(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    """Two outlets' reports of one mill fire, two articles each, with ``first`` in the first
    outlet's opening article and ``second`` in the second's: the number disagreements."""
    analysis = analyze(
        make_folder(
            {
                "a1.txt": "Mill fire in Orrin\n\nFire crews fought the flames for six hours "
                "overnight.\n\n"
                f"{first}\n\nThe mill had been inspected in the spring.\n\n"
                "Relatives gathered at the gates on Friday morning.",
                "a2.txt": "Mill owners questioned\n\nInvestigators questioned the owners of "
                "the mill on Saturday.\n\nThe inquiry is expected to take weeks.",
                "b1.txt": "Orrin mourns mill workers\n\nThe night shift had just begun when "
                "the fire started.\n\n"
                f"{second}\n\nUnions called for a national day of mourning.\n\n"
                "The cause of the fire is not yet known.",
                "b2.txt": "Union demands answers\n\nThe union said the sprinklers had failed "
                "twice last year.\n\nThe company declined to comment.",
            }
        )
    )
    return [(d.a_value, d.b_value) for d in analysis.disagreements if d.kind == "number"]


def test_a_toll_of_the_blaze_at_the_mill_disagrees_with_the_blazes_toll(make_folder) -> None:
    found = _numbers(
        make_folder,
        "The blaze killed 12 workers, fire chief Ana Verho told reporters.",
        "The blaze at the Orrin mill killed 17 workers, fire chief Ana Verho said.",
    )
    assert found in ([("12", "17")], [("17", "12")])


def test_a_toll_of_the_attack_in_a_town_disagrees_with_the_attacks_toll() -> None:
    found = compare(
        "The attack killed 12 people, police said on Sunday.",
        "The attack in Orrin killed 40 people, police said on Sunday.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"12", "40"}
    found = compare(
        "Tuesday's explosion at the Orrin depot injured 30 workers, the company said.",
        "The explosion injured 45 workers, the company said.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"30", "45"}


def test_a_toll_counted_in_a_town_is_still_a_part_of_the_whole(make_folder) -> None:
    # the place follows the count, not the blaze: 12 of the dead were in Orrin
    assert (
        _numbers(
            make_folder,
            "The blaze killed 12 workers in Orrin, fire chief Ana Verho told reporters.",
            "The blaze killed 17 workers, fire chief Ana Verho said.",
        )
        == []
    )
    assert (
        compare(
            "The storm killed 12 people in Orrin, officials said.",
            "The storm has killed at least 40 people, officials said.",
        )
        is None
    )


def test_two_blazes_at_two_named_places_are_two_tolls() -> None:
    assert (
        compare(
            "The blaze at the Orrin mill killed 17 workers, fire chief Ana Verho said.",
            "The blaze at the Pell depot killed 12 workers, fire chief Ana Verho said.",
        )
        is None
    )


def test_hospitals_of_one_town_treating_the_injured_are_a_part_of_the_whole() -> None:
    # many hospitals share the wounded: the town's hospitals treated some of them
    assert (
        compare(
            "Hospitals in Orrin treated 30 people after the blast, officials said.",
            "Hospitals treated 45 people after the blast, officials said.",
        )
        is None
    )
    assert (
        compare(
            "The hospital in Orrin treated 30 people after the blast, officials said.",
            "The hospital treated 45 people after the blast, officials said.",
        )
        is None
    )


def test_a_blast_at_another_market_is_another_blasts_toll() -> None:
    assert (
        compare(
            "The blast killed 12 people at the Orrin market on Friday, police said.",
            "The blast at another market killed 40 people on Friday, police said.",
        )
        is None
    )
    assert (
        compare(
            "A blast in the Orrin market killed 12 people on Friday.",
            "A blast at another market killed 40 people on Friday.",
        )
        is None
    )
