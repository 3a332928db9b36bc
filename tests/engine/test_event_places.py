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


def test_a_spreading_event_counted_in_one_town_is_a_part_of_the_whole() -> None:
    # a storm, a flood, fighting, an outbreak or a strike covers many places: the one in
    # Orrin is a part of it
    pairs = (
        ("The storm in Orrin killed 12 people, officials said.", "The storm killed 40 people, officials said."),
        ("The flooding in Orrin has killed 12 people, officials said.", "The flooding has killed 40 people, officials said."),
        ("The fighting in Orrin killed 12 soldiers, the army said.", "The fighting killed 40 soldiers, the army said."),
        ("The outbreak in Orrin has infected 30 people, health officials said.", "The outbreak has infected 300 people, health officials said."),
        ("The strike in Orrin involved 300 workers, the union said.", "The strike involved 5,000 workers, the union said."),
        ("The election in Orrin drew 12,000 voters, officials said.", "The election drew 40,000 voters, officials said."),
        ("The blackout in Orrin left 12,000 homes without power.", "The blackout left 90,000 homes without power."),
    )  # fmt: skip
    for first, second in pairs:
        assert compare(first, second) is None, first
        assert compare(second, first) is None, second


def test_a_companys_plant_in_a_town_is_one_of_its_plants() -> None:
    assert (
        compare(
            "The company's plant in Orrin employs 300 workers.",
            "The company's plant employs 1,200 workers.",
        )
        is None
    )


def test_a_blaze_the_other_sentence_places_elsewhere_is_another_blaze() -> None:
    # the other sentence's own place is a common noun ("at the warehouse") or follows its
    # count ("at a market in the capital")
    assert (
        compare(
            "The blaze at the Orrin mill killed 17 workers, fire chief Ana Verho said.",
            "The blaze at the warehouse killed 12 workers, fire chief Ana Verho said.",
        )
        is None
    )
    assert (
        compare(
            "The attack in Orrin killed 12 people, police said.",
            "The attack killed 40 people at a market in the capital, police said.",
        )
        is None
    )


def test_two_days_blazes_and_that_blaze_are_other_blazes() -> None:
    assert (
        compare(
            "Tuesday's blaze at the Orrin mill killed 17 workers, fire chief Ana Verho said.",
            "Monday's blaze killed 12 workers, fire chief Ana Verho said.",
        )
        is None
    )
    assert (
        compare(
            "That blaze at the Orrin mill killed 17 workers, fire chief Ana Verho said.",
            "The blaze killed 12 workers, fire chief Ana Verho said.",
        )
        is None
    )


def test_a_shooting_or_a_bombing_at_a_named_site_is_the_one_the_other_counts() -> None:
    found = compare(
        "The shooting at the Orrin school left 3 students wounded, police said.",
        "The shooting left 5 students wounded, police said.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"3", "5"}
    found = compare(
        "The bombing at the Orrin market killed 22 people, police said.",
        "The bombing killed 27 people, police said.",
    )
    assert found is not None and {found.a_words, found.b_words} == {"22", "27"}
