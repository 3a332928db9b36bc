"""One event given two days by two outlets, each day beside a word of the event's family:
"according to a court *filing* on Thursday" / "*filed* legal paperwork Wednesday". The
look-alikes stay silent: two steps on two days, the day a statement was made against the
day of the event, and a step still to come against one done."""

from __future__ import annotations

from corroborate.engine import analyze
from corroborate.engine.conflicts.judge import compare


def _dates(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    """Three outlets' reports of a firm's claim for its trial costs, with ``first`` opening
    the first outlet's article and ``second`` the second's: the date disagreements."""
    analysis = analyze(
        make_folder(
            {
                "a1.txt": "Orrin Capital seeks costs from former partner\n\n"
                f"{first}\n\nA jury cleared the firm of bias claims in March.\n\n"
                "The firm offered to drop the request if Moss does not appeal.",
                "b1.txt": "Firm wants its trial costs back\n\n"
                f"{second}\n\nMoss lost her case against the firm after a month-long "
                "trial.\n\nHer lawyer called the request an attempt to scare others.",
                "c1.txt": "Moss weighs appeal\n\nLena Moss has not said whether she will "
                "appeal the verdict.\n\nHer lawyer said the firm's offer was a threat.\n\n"
                "The judge will rule on the costs in June.",
            }
        )
    )
    return [(d.a_value, d.b_value) for d in analysis.disagreements if d.kind == "date"]


def test_a_filing_dated_two_days_by_two_outlets_is_a_date_conflict(make_folder) -> None:
    found = _dates(
        make_folder,
        "Venture firm Orrin Capital is seeking $450,000 in costs from former partner Lena "
        "Moss, according to a court filing on Thursday.",
        "Venture firm Orrin Capital filed legal paperwork Wednesday seeking $450,000 in "
        "costs from Lena Moss.",
    )
    assert found in ([("Thursday", "Wednesday")], [("Wednesday", "Thursday")])


def test_a_motion_filed_on_one_day_and_filed_on_another_is_a_date_conflict() -> None:
    found = compare(
        "The union filed a motion on Monday asking the court to halt the Dalby layoffs.",
        "The union's filing on Tuesday asked the court to halt the Dalby layoffs.",
    )
    assert found is not None and found.kind == "date"
    assert {found.a_words, found.b_words} == {"Monday", "Tuesday"}


def test_the_day_a_statement_was_made_is_no_day_of_the_filing() -> None:
    assert (
        compare(
            "Orrin Capital said on Thursday it is seeking $450,000 in costs from former "
            "partner Lena Moss.",
            "Orrin Capital filed legal paperwork Wednesday seeking $450,000 in costs from "
            "Lena Moss.",
        )
        is None
    )


def test_a_filing_and_a_hearing_on_two_days_are_two_steps() -> None:
    assert (
        compare(
            "Orrin Capital filed legal paperwork Monday seeking $450,000 in costs from Lena Moss.",
            "Orrin Capital is seeking $450,000 in costs from Lena Moss, and a hearing on the "
            "filing is set for Wednesday.",
        )
        is None
    )
    assert (
        compare(
            "Lena Moss filed an appeal on Friday against the ruling for Orrin Capital.",
            "Orrin Capital filed a motion Monday seeking $450,000 in costs from Lena Moss.",
        )
        is None
    )


def test_a_meeting_still_to_come_and_one_held_are_no_date_conflict() -> None:
    assert (
        compare(
            "The union will meet Tuesday to vote on the offer from Orrin Mills.",
            "The union met Monday to vote on the offer from Orrin Mills.",
        )
        is None
    )
    assert (
        compare(
            "Orrin Capital will file legal paperwork Tuesday seeking $450,000 in costs from "
            "Lena Moss.",
            "Orrin Capital filed legal paperwork Monday seeking $450,000 in costs from Lena Moss.",
        )
        is None
    )


def test_two_outlets_giving_a_meeting_still_to_come_two_days_still_disagree() -> None:
    found = compare(
        "The union will meet Tuesday to vote on the offer from Orrin Mills.",
        "The union is scheduled to meet Wednesday to vote on the offer from Orrin Mills.",
    )
    assert found is not None and found.kind == "date"


def test_a_thing_dated_and_then_told_of_with_another_verb_is_two_steps() -> None:
    # the word of the first sentence's day is the subject of a verb in the second: the
    # thing found, passed or announced on one day was identified, signed or completed on
    # another
    pairs = (
        (
            "Hikers found the body Sunday near the Kestrel Falls trail, park rangers said.",
            "The body was identified Tuesday as that of a missing hiker, park rangers at "
            "Kestrel Falls said.",
        ),
        (
            "Lawmakers passed the bill Tuesday to raise the Marrow state fuel tax by four cents.",
            "The bill was signed Friday by the Marrow governor, raising the state fuel tax by "
            "four cents.",
        ),
        (
            "Dock workers at the port of Harwick went on strike Monday over pay and pensions.",
            "The strike ended Thursday after dock workers at the port of Harwick won a pay "
            "rise and better pensions.",
        ),
        (
            "The small plane crashed Sunday into a field outside Lorne, killing the pilot and "
            "a passenger.",
            "A crash investigation began Tuesday into the small plane that went down outside "
            "Lorne, killing the pilot and a passenger.",
        ),
        (
            "Lena Moss filed the lawsuit Tuesday against Orrin Capital, accusing it of bias.",
            "The lawsuit was settled Friday, weeks after Lena Moss accused Orrin Capital of bias.",
        ),
        (
            "The Dalby police chief offered his resignation Monday after the shooting at the "
            "rail yard.",
            "His resignation was accepted Thursday by the Dalby council, days after the "
            "shooting at the rail yard.",
        ),
    )
    for first, second in pairs:
        assert compare(first, second) is None, first
        assert compare(second, first) is None, second


def test_a_word_naming_another_thing_before_a_day_is_not_the_days_event() -> None:
    # "a crash *probe*", "the body *of the hiker*": the day dates the probe, the naming
    assert (
        compare(
            "The small plane crashed Sunday into a field outside Lorne, killing the pilot.",
            "Officials launched a crash probe Tuesday into the small plane that killed its "
            "pilot outside Lorne.",
        )
        is None
    )


def test_a_deadline_for_a_filing_is_no_day_of_the_filing() -> None:
    assert (
        compare(
            "The deadline for the filing is Friday, the Dalby court said, in the Orrin "
            "Capital case.",
            "Orrin Capital filed its papers Wednesday in the Dalby court case over the bridge "
            "contract.",
        )
        is None
    )


def test_an_arrest_dated_by_its_noun_and_its_verb_on_two_days_is_a_date_conflict() -> None:
    found = compare(
        "The arrest on Friday came after a week-long search for the suspect near the Pell "
        "rail yard.",
        "Police arrested the suspect Saturday near the Pell rail yard after a week-long search.",
    )
    assert found is not None and found.kind == "date"
    assert {found.a_words, found.b_words} == {"Friday", "Saturday"}


def test_a_filing_owned_by_another_party_is_another_filing() -> None:
    assert (
        compare(
            "Orrin Capital filed its response Monday in the Dalby court over the bridge contract.",
            "The Dalby council's filing on Thursday asked the court to reject the Orrin "
            "Capital claim over the bridge contract.",
        )
        is None
    )
    # the owner named after the other's day, as the one sued, did not file
    assert (
        compare(
            "Orrin Capital filed the lawsuit on Monday against the Dalby council over the "
            "bridge contract.",
            "The Dalby council's filing on Thursday asked the court to reject the Orrin "
            "Capital claim over the bridge contract.",
        )
        is None
    )


def test_a_scheduled_thing_done_on_two_days_is_still_a_date_conflict() -> None:
    # "the *scheduled* flight", "the *planned* merger": a thing named, its step done
    found = compare(
        "The scheduled flight from Harwick landed Monday in Kessa with 120 passengers.",
        "The flight from Harwick landed Tuesday in Kessa with 120 passengers.",
    )
    assert found is not None and found.kind == "date"
    assert {found.a_words, found.b_words} == {"Monday", "Tuesday"}


def test_schools_closed_due_to_snow_on_two_days_is_still_a_date_conflict() -> None:
    found = compare(
        "Due to the snow the Pell schools closed Monday, the district said.",
        "The Pell schools closed Tuesday because of the snow, the district said.",
    )
    assert found is not None and found.kind == "date"
    assert {found.a_words, found.b_words} == {"Monday", "Tuesday"}


def test_a_ship_due_on_one_day_and_arrived_on_another_is_no_date_conflict() -> None:
    assert (
        compare(
            "The Kessa ferry is due to arrive Tuesday in Harwick with 80 passengers.",
            "The Kessa ferry arrived Monday in Harwick with 80 passengers.",
        )
        is None
    )


def test_a_second_filing_or_an_attack_at_another_place_is_another_step() -> None:
    assert (
        compare(
            "Orrin Capital filed legal paperwork Wednesday seeking costs from Lena Moss.",
            "A second filing on Friday by Orrin Capital asked for interest on the costs from "
            "Lena Moss.",
        )
        is None
    )
    assert (
        compare(
            "Gunmen attacked the Pell checkpoint Sunday, killing two soldiers.",
            "The attack on Tuesday at another checkpoint near Pell killed three soldiers.",
        )
        is None
    )
