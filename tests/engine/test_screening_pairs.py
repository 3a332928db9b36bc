"""Two pages on one other event in a folder are left out together.

A page on another event names none of the story's names and shares few of its words, and
the screen leaves it out; but two pages on that other event name each other's names and
share each other's words, so each, judged against the rest, is kept in by the other. Read
as one page (the two closest to each other, one at least far from the rest), they are left
out as one page on another event would be, each with its reason naming the other. Two odd
reports of the story itself (a brief without names, a local piece) are no such pair, and a
folder of two stories told by two articles each leaves none out. Every text here is
invented: its outlets, places, people and events.
"""

from __future__ import annotations

from pathlib import Path

from corroborate.engine import analyze

STORY = {
    "harlow_herald.txt": "Fire guts Harlow flour mill\n\nHARLOW — Fire gutted the Brannock flour "
    "mill in Harlow on Tuesday night, and about 60 firefighters fought the blaze for six "
    "hours, the Harlow fire service said.\n\nFire chief Odile Maren said the fire started in a "
    "grain dryer. No one was hurt, but 40 workers were sent home.\n\nThe Brannock family, which "
    "has run the mill since 1921, said it would rebuild.",
    "fennick_courier.txt": "Harlow mill blaze: 40 jobs at risk\n\nForty workers at the Brannock "
    "mill in Harlow face weeks without work after fire destroyed its main building on "
    "Tuesday.\n\nOdile Maren, the Harlow fire chief, said crews kept the flames from the grain "
    "silos next door. The cause is thought to be a grain dryer.\n\nThe Brannock family said "
    "wages would be paid while the mill is rebuilt.",
    "valley_ledger.txt": "Inquiry into Harlow mill fire\n\nInvestigators began sifting through "
    "the ruins of the Brannock mill in Harlow on Wednesday, a day after fire gutted it.\n\n"
    "Harlow fire chief Odile Maren said the blaze appeared to have started in a grain dryer "
    "and spread through the roof.\n\nAbout 60 firefighters had fought the fire through the "
    "night. The mill's 40 workers have been sent home on full pay.",
    "tessel_times.txt": "Smoke over Harlow as mill burns\n\nResidents of Harlow woke to smoke "
    "over the town on Wednesday after a night-long fire at the Brannock flour mill.\n\n"
    "Odile Maren, who leads the Harlow fire service, said six hours of work by 60 "
    "firefighters saved the silos.\n\nThe Brannock family thanked the crews and said the "
    "mill would reopen within a year.",
}

#: Two pages on one other event: repairs to a dam in another town.
OTHER_EVENT = {
    "orrin_post.txt": "Orrin dam repairs to close river road\n\nORRIN — Repairs to the Orrin "
    "dam will close the Kestrel river road for three months from March, the Orrin water "
    "board said on Monday.\n\nBoard engineer Sefton Pike said cracks found in the dam's "
    "spillway last winter had to be sealed before the spring floods.\n\nDrivers will be sent "
    "through Dunmore instead.",
    "dunmore_gazette.txt": "Dunmore braces for Orrin dam detour\n\nTraders in Dunmore expect "
    "more traffic when the Kestrel river road closes for the Orrin dam repairs in March.\n\n"
    "Sefton Pike of the Orrin water board said the spillway's cracks were found during a "
    "winter inspection.\n\nThe board will pay for extra signs on the Dunmore detour.",
}

#: Two pages on another event of another kind: a football club's new coach.
SPORTS_PAGES = {
    "harlow_sport.txt": "Corley Rovers name Ines Varda as coach\n\nCorley Rovers have "
    "appointed Ines Varda as head coach on a three-year contract, the club said on "
    "Monday.\n\nVarda, 41, led Tamsin Athletic to the regional cup last season.\n\nRovers "
    "chairman Piet Lowry said she would bring a fast, attacking game.",
    "sport_wire.txt": "Varda takes Rovers job\n\nInes Varda left Tamsin Athletic to become "
    "head coach of Corley Rovers, who finished tenth last season.\n\nPiet Lowry, the Rovers "
    "chairman, said Varda had been the board's first choice.\n\nHer first match is away at "
    "Dunmore Town.",
}

#: Two reports of the story from one angle of their own, both naming its mill and owners:
#: the insurers' view.
ONE_ANGLE = {
    "insurance_daily.txt": "Insurers brace for Brannock mill claim\n\nInsurers of the "
    "Brannock flour mill in Harlow expect a claim of several million after Tuesday's fire, "
    "brokers said.\n\nLoss adjusters were sent to the site on Wednesday.",
    "broker_weekly.txt": "Brannock fire tests mill cover\n\nThe Harlow fire at the Brannock "
    "mill will test how far business-interruption cover reaches, brokers said, as loss "
    "adjusters visited the site.\n\nPremiums for mills have risen for three years.",
}

#: Two odd real reports of the story: a brief without names and a local piece.
ODD_REPORTS = {
    "brief.txt": "Mill fire, 40 sent home\n\nA fire destroyed a flour mill's main building on "
    "Tuesday night. Some 60 firefighters fought it for six hours. The cause is thought to be a "
    "grain dryer. The 40 workers were sent home on full pay.",
    "local.txt": "Silo Lane neighbours count their luck\n\nNeighbours of the burned flour mill "
    "on Silo Lane watched about 60 firefighters fight the flames on Tuesday night, and its 40 "
    "workers gather there each morning for news.\n\nPensioner "
    "Aggie Rowe said firefighters knocked on every door. 'They told us the silos might go. "
    "They didn't,' she said.",
}


def _left_out(make_folder, files: dict[str, str]) -> dict[str, str]:
    analysis = analyze(make_folder(files))
    return {p.file: p.reason for p in analysis.problems if p.kind == "off-topic"}


def test_two_pages_on_one_other_event_are_left_out_together(make_folder) -> None:
    left = _left_out(make_folder, {**STORY, **OTHER_EVENT})
    assert sorted(left) == sorted(OTHER_EVENT)
    assert "dunmore_gazette.txt, on the same thing" in left["orrin_post.txt"]
    assert "orrin_post.txt, on the same thing" in left["dunmore_gazette.txt"]


def test_each_page_on_the_other_event_alone_is_left_out_as_before(make_folder) -> None:
    for name, text in OTHER_EVENT.items():
        assert list(_left_out(make_folder, {**STORY, name: text})) == [name]


def test_two_odd_reports_of_the_story_itself_are_kept(make_folder) -> None:
    assert _left_out(make_folder, {**STORY, **ODD_REPORTS}) == {}


def test_a_folder_of_two_stories_told_by_two_articles_each_leaves_none_out(make_folder) -> None:
    two_of_the_story = dict(list(STORY.items())[:2])
    assert _left_out(make_folder, {**two_of_the_story, **OTHER_EVENT}) == {}


def test_the_story_with_one_page_on_another_event_and_one_odd_report_loses_only_the_page(
    make_folder,
) -> None:
    files = {**STORY, "orrin_post.txt": OTHER_EVENT["orrin_post.txt"], **ODD_REPORTS}
    assert list(_left_out(make_folder, files)) == ["orrin_post.txt"]


def test_no_file_of_the_folder_is_changed(make_folder, tmp_path: Path) -> None:
    folder = make_folder({**STORY, **OTHER_EVENT})
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    analyze(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_two_pages_on_a_football_clubs_new_coach_in_a_fire_story_are_left_out_together(
    make_folder,
) -> None:
    assert sorted(_left_out(make_folder, {**STORY, **SPORTS_PAGES})) == sorted(SPORTS_PAGES)


def test_two_reports_of_the_story_from_one_angle_of_their_own_are_kept(make_folder) -> None:
    assert _left_out(make_folder, {**STORY, **ONE_ANGLE}) == {}
