"""Two acts of one story dated a step apart through two words of one kind (named / sworn
in, recorded / aired, a coup attempt / a coup) are two acts, not one occasion dated two
ways: no date conflict is reported between them.

Every folder here is five invented articles by five invented outlets about an invented
event; only the sentences a test sets differ."""

from __future__ import annotations

from collections.abc import Mapping

from five_outlets import MakeFolder
from five_outlets import five_outlets as _analysis

from corroborate.engine import Analysis


def _no_date_conflict(analysis: Analysis, sentences: Mapping[int, str]) -> None:
    """Both set sentences are read into the analysis, and no date conflict is reported."""
    read = {s.text for s in analysis.sentences}
    assert set(sentences.values()) <= read
    assert [d.detail for d in analysis.disagreements if d.kind == "date"] == []


def test_a_chief_named_on_monday_and_sworn_in_on_wednesday_is_no_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "Kessler was named police chief on Monday by the city council.",
        2: "Kessler was sworn in on Wednesday at a ceremony at city hall.",
    }
    _no_date_conflict(_analysis(make_folder, "the new police chief in Orrin", sentences), sentences)


def test_an_interim_appointment_and_the_permanent_hiring_a_month_later_are_no_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "Kessler was appointed interim chief in March after the previous chief retired.",
        2: "Kessler was hired permanently in April after a national search.",
    }
    _no_date_conflict(_analysis(make_folder, "the new police chief in Orrin", sentences), sentences)


def test_an_interview_recorded_on_thursday_and_aired_on_saturday_is_no_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "The senator, Rolf Hagen, made the comments in an interview recorded on Thursday.",
        2: "The interview aired on Saturday on the Ostra network, and Hagen's office has not "
        "commented.",
    }
    _no_date_conflict(_analysis(make_folder, "the senator's comments", sentences), sentences)


def test_two_interviews_with_two_outlets_on_two_days_are_no_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "The coach, Arvo Linde, gave a television interview on Sunday in which he hinted "
        "at leaving.",
        3: "Linde gave a newspaper interview to the Pell Times on Monday, insisting he would stay.",
    }
    _no_date_conflict(_analysis(make_folder, "the coach's future", sentences), sentences)


def test_the_ousted_president_arriving_in_exile_the_day_after_the_coup_is_no_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "The coup on June 14 ended three years of civilian rule in Marovia.",
        2: "The ousted president arrived in exile in Kestra on June 15, aides said.",
    }
    _no_date_conflict(_analysis(make_folder, "the crisis in Marovia", sentences), sentences)


def test_a_failed_coup_attempt_and_a_coup_two_days_later_are_no_date_conflict(
    make_folder: MakeFolder,
) -> None:
    sentences = {
        0: "A coup attempt on Monday was put down by loyal troops within hours.",
        3: "Officers seized power on Wednesday after a day of gunfire in the capital.",
    }
    _no_date_conflict(_analysis(make_folder, "the unrest in Tarsk", sentences), sentences)
