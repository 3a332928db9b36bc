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
