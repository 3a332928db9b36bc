"""A report of the story from another angle, far from the others in its words, is not left
out as off-topic when it tells of the event in the story's words (invented folders)."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

import pytest

from corroborate.engine import analyze
from corroborate.engine.models import AnalysisOptions
from corroborate.engine.text.screening import (
    STORY_WORDS,
    screen,
    similarity_to_rest,
    story_words,
    tells_of_the_event,
)

#: Four wire-style reports of an invented heatwave.
REPORTS = {
    "tidewire.txt": (
        "Heatwave kills 48 across Velland as temperatures pass 41C\n\n"
        "BRASKO, Velland (Tidewire) - A heatwave has killed at least 48 people across Velland "
        "since Friday, the national health board said on Tuesday, as temperatures passed 41 "
        "degrees in the south.\n\n"
        "Health minister Corrin Absalo said most of the dead were elderly people living alone. "
        "Hospitals in Brasko and Ostrava reported hundreds of cases of heatstroke.\n\n"
        "The Velland weather office said the heat would last until the weekend.\n"
    ),
    "kestrelpost.txt": (
        "Velland heat toll rises to 48, minister urges checks on elderly\n\n"
        "The death toll from Velland's heatwave rose to 48 on Tuesday, the health board said. "
        "Health minister Corrin Absalo asked people to check on elderly neighbours.\n\n"
        "Temperatures reached 41 degrees in Ostrava, and hospitals in Brasko opened extra "
        "wards for heatstroke patients.\n\n"
        "The weather office expects the heat to break on Sunday.\n"
    ),
    "northbeacon.txt": (
        "Hospitals strained as Velland swelters\n\n"
        "Hospitals in Brasko and Ostrava said on Tuesday they were struggling with heatstroke "
        "cases as a heatwave that has killed 48 people in Velland entered its fifth day.\n\n"
        "Corrin Absalo, the health minister, said cooling centres would stay open overnight. "
        "Most of the 48 dead were elderly, the health board said.\n"
    ),
    "lanternnews.txt": (
        "Velland opens cooling centres as heat deaths reach 48\n\n"
        "Velland opened cooling centres in every large town on Tuesday after a heatwave killed "
        "48 people, health minister Corrin Absalo said.\n\n"
        "The weather office recorded 41 degrees in Ostrava. Hospitals in Brasko treated "
        "hundreds of people for heatstroke, most of them elderly.\n"
    ),
}
#: A port town's own toll, told by its paper: none of the story's names, its own words.
TOWN_TOLL = (
    "Three die in Marrowby as heat grips the coast\n\n"
    "MARROWBY (Marrowby Gazette) - Three pensioners were found dead in their flats here on "
    "Tuesday, the town coroner said, bringing the coast's share of the national toll to eleven.\n\n"
    "Coroner Elsie Dunmarch said all three had lived alone and had died of heatstroke. The "
    "harbour clinic treated forty people over the weekend, many of them elderly day-trippers.\n\n"
    "The parish hall will open as a cool room each afternoon until the weather breaks, "
    "councillors said.\n\n"
    "Fishermen landed their catch before dawn to spare the crews the midday sun, and the "
    "market traders packed up their awnings by noon. The lifeboat station lent its fans to the "
    "primary school, where lessons now finish at lunchtime.\n\n"
    "At the bowling green the annual tournament was postponed for a fortnight. Its secretary, "
    "Norris Pell, said the lawns had scorched brown and the members were mostly past seventy.\n"
)
#: A concert in a reporting town that evening: the day and the town, nothing of the heat.
CONCERT = (
    "Brasko Philharmonic opens season with Sibelius\n\n"
    "BRASKO (Lantern News) - The Brasko Philharmonic opened its season on Tuesday evening with "
    "Sibelius's second symphony under its new conductor, Ilka Varenne.\n\n"
    "The orchestra played to a full hall, and the violinist Teodor Amsel joined it for a "
    "concerto after the interval. Tickets for the rest of the season go on sale next week.\n"
)
#: A page on the subject: how heat harms the body; no day, none of the story's counts.
EXPLAINER = (
    "How heat harms the body\n\n"
    "Heatstroke happens when the body can no longer cool itself by sweating. Its temperature "
    "climbs, and the brain, heart and kidneys begin to fail.\n\n"
    "The elderly, infants and people with heart disease are most at risk. Doctors advise "
    "drinking water often, staying in the shade and checking on neighbours who live alone.\n"
)


def _folder(root: Path, page: str) -> Path:
    for name, text in REPORTS.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "zz-page.txt").write_text(page, encoding="utf-8")
    return root


def _stems_and_figures(folder: Path) -> tuple[list[Counter[str]], list[set[str]]]:
    """Each article's stems and figures, as the pipeline reads them (the page last)."""
    analysis = analyze(folder, AnalysisOptions(include=("zz-page.txt",)))
    stems: dict[int, Counter[str]] = {a.id: Counter() for a in analysis.articles}
    figures: dict[int, set[str]] = {a.id: set() for a in analysis.articles}
    order = [a.id for a in sorted(analysis.articles, key=lambda a: a.file)]
    for sentence in analysis.sentences:
        stems[sentence.article].update(sentence.stems)
        figures[sentence.article] |= sentence.numbers
    return [stems[i] for i in order], [figures[i] for i in order]


@pytest.mark.parametrize(
    "page", [TOWN_TOLL, CONCERT, EXPLAINER], ids=["toll", "concert", "explainer"]
)
def test_each_page_is_far_from_the_reports_in_its_words(tmp_path: Path, page: str) -> None:
    stems, _ = _stems_and_figures(_folder(tmp_path, page))
    scores = [s for s in similarity_to_rest(stems) if s is not None]
    # below the older cut's floor and ratio: the words alone would leave each one out
    assert scores[-1] < 0.12
    assert scores[-1] < 0.4 * statistics.median(scores)


def test_a_towns_own_toll_in_its_own_words_is_kept(tmp_path: Path) -> None:
    analysis = analyze(_folder(tmp_path, TOWN_TOLL))
    assert analysis.problems == ()
    assert "zz-page.txt" in {a.file for a in analysis.articles}


def test_the_towns_toll_tells_of_the_day_in_the_storys_words(tmp_path: Path) -> None:
    stems, figures = _stems_and_figures(_folder(tmp_path, TOWN_TOLL))
    assert tells_of_the_event(figures, 4)
    assert len(story_words(stems, 4)) >= STORY_WORDS


def test_a_concert_in_a_reporting_town_that_evening_is_left_out(tmp_path: Path) -> None:
    analysis = analyze(_folder(tmp_path, CONCERT))
    assert [(p.file, p.kind) for p in analysis.problems] == [("zz-page.txt", "off-topic")]
    assert "zz-page.txt" not in {a.file for a in analysis.articles}


def test_a_page_on_how_heat_harms_the_body_is_left_out_as_it_tells_of_no_day(
    tmp_path: Path,
) -> None:
    analysis = analyze(_folder(tmp_path, EXPLAINER))
    assert [(p.file, p.kind) for p in analysis.problems] == [("zz-page.txt", "off-topic")]


#: Stems of three reports of an invented strike, and of pages far from them in their words.
STRIKE = [
    Counter({"strike": 3, "docker": 2, "harbour": 2, "union": 2, "wage": 1, "ship": 1}),
    Counter({"strike": 2, "docker": 2, "union": 2, "harbour": 1, "picket": 1, "wage": 1}),
    Counter({"strike": 2, "docker": 1, "union": 1, "harbour": 2, "cargo": 1, "ship": 1}),
]
STRIKE_DAYS = [{"d:monday"}, {"d:monday", "n:3000@docker"}, {"d:monday"}]


def test_the_storys_words_are_those_most_of_the_other_articles_use() -> None:
    page = Counter({"strike": 1, "docker": 1, "picket": 1, "bakeri": 1, "queue": 1})
    # "picket" is one other article's only; "bakeri" and "queue" none's
    assert story_words([*STRIKE, page], 3) == {"strike", "docker"}


def test_words_of_when_are_not_the_storys_words() -> None:
    when = {"monday": 1, "even": 1, "yesterday": 1, "octob": 1}
    page = Counter({"strike": 1, "docker": 1, "union": 1, **when})
    docs = [STRIKE[0], *(Counter({**own, **when}) for own in STRIKE[1:]), page]
    assert story_words(docs, 3) == {"strike", "docker", "union"}


def test_a_page_in_the_storys_words_telling_of_no_day_is_still_left_out() -> None:
    general = Counter({"strike": 1, "docker": 1, "union": 1, "law": 3, "court": 2, "right": 2})
    general.update({f"clause{n}": 1 for n in range(40)})
    found = screen([*STRIKE, general], figures=[*STRIKE_DAYS, set()], coherent=0.0)
    assert found.off_topic == {3}


def test_the_same_page_telling_of_the_strikes_day_is_kept() -> None:
    report = Counter({"strike": 1, "docker": 1, "union": 1, "law": 3, "court": 2, "right": 2})
    report.update({f"clause{n}": 1 for n in range(40)})
    found = screen([*STRIKE, report], figures=[*STRIKE_DAYS, {"d:monday"}], coherent=0.0)
    assert found.off_topic == set()


def test_the_names_a_page_shares_with_the_story_are_not_its_words() -> None:
    town = [Counter({**own, "hallam": 1, "quay": 1}) for own in STRIKE]
    page = Counter({"hallam": 1, "quay": 1, "strike": 1, "choir": 2, "concert": 1})
    assert story_words([*town, page], 3) == {"hallam", "quay", "strike"}
    assert story_words([*town, page], 3, names={"hallam quay"}) == {"strike"}


def test_a_page_on_another_event_that_day_naming_the_storys_places_is_left_out() -> None:
    town = [Counter({**own, "hallam": 1, "quay": 1, "port": 1}) for own in STRIKE]
    choir = Counter({"hallam": 1, "quay": 1, "port": 1, "strike": 1, "choir": 3, "hymn": 2})
    choir.update({f"singer{n}": 1 for n in range(30)})
    found = screen(
        [*town, choir],
        names=[{"port hallam"}] * 3 + [{"port hallam", "hallam quay"}],
        figures=[*STRIKE_DAYS, {"d:monday"}],
        coherent=0.0,
    )
    assert found.off_topic == {3}


def test_a_far_report_of_an_outlet_whose_other_report_is_kept_stays_out() -> None:
    report = Counter({"strike": 1, "docker": 1, "union": 1, "law": 3, "court": 2, "right": 2})
    report.update({f"clause{n}": 1 for n in range(40)})
    figures = [*STRIKE_DAYS, {"d:monday"}]
    own = screen([*STRIKE, report], figures=figures, outlets=["a", "b", "c", "d"], coherent=0.0)
    assert own.off_topic == set()
    # its outlet's other report tells its report already
    again = screen([*STRIKE, report], figures=figures, outlets=["a", "b", "c", "a"], coherent=0.0)
    assert again.off_topic == {3}


def test_the_words_of_the_storys_own_names_are_not_its_words_either() -> None:
    union = [Counter({**own, "transit": 1, "guild": 1}) for own in STRIKE]
    page = Counter({"transit": 1, "guild": 1, "strike": 1, "nurs": 2, "ballot": 1})
    page.update({f"ward{n}": 1 for n in range(30)})
    names = [{"transit guild"}] * 3 + [set()]  # the page writes "the transit guild's"
    found = screen([*union, page], names=names, figures=[*STRIKE_DAYS, {"d:monday"}], coherent=0.0)
    assert found.off_topic == {3}


def test_a_far_report_in_the_storys_words_beside_its_names_is_still_kept() -> None:
    union = [Counter({**own, "transit": 1, "guild": 1}) for own in STRIKE]
    report = Counter({"transit": 1, "guild": 1, "strike": 1, "docker": 1, "union": 1})
    report.update({"law": 3, "court": 2, "right": 2, **{f"clause{n}": 1 for n in range(40)}})
    names = [{"transit guild"}] * 3 + [set()]
    found = screen(
        [*union, report], names=names, figures=[*STRIKE_DAYS, {"d:monday"}], coherent=0.0
    )
    assert found.off_topic == set()


#: Four reports of an invented earthquake, and a page on the country's school drill the
#: next day, which names the story's agency in lower case.
QUAKE = {
    "ridgeline.txt": (
        "Quake kills 14 in Quellar mountains\n\n"
        "A magnitude 5.9 earthquake struck Quellar province on Sunday, killing at least 14 "
        "people in the town of Ribasco, the Civil Protection Agency said.\n\n"
        "Agency director Marco Tellini said rescue teams were digging through rubble in three "
        "villages. More than 200 people were injured.\n"
    ),
    "valleypost.txt": (
        "Rescuers search rubble in Ribasco\n\n"
        "Rescuers worked through the night in Ribasco, where Sunday's earthquake brought down "
        "the church tower.\n\n"
        "The Civil Protection Agency raised the death toll to 14. Marco Tellini said tents "
        "were being sent for the homeless of Quellar province. Aftershocks continued on Monday.\n"
    ),
    "summitwire.txt": (
        "Quellar earthquake toll rises as aid arrives\n\n"
        "Aid convoys reached Ribasco on Monday after engineers cleared landslides.\n\n"
        "The earthquake, measured at 5.9, killed 14 people and injured more than 200, the "
        "Civil Protection Agency said. Tellini said the search would go on.\n"
    ),
    "crestnews.txt": (
        "Survivors camp out as aftershocks rattle Quellar\n\n"
        "Residents of Quellar province slept in tents on Monday night as aftershocks shook "
        "the mountains.\n\n"
        "In Ribasco, where most of the 14 deaths occurred, the Civil Protection Agency's "
        "Marco Tellini urged people to stay out of damaged buildings.\n"
    ),
}
DRILL = (
    "Schools hold national earthquake drill\n\n"
    "Pupils across the country ducked under their desks on Monday as schools held the yearly "
    "earthquake drill. Teachers led classes to open ground, and civil protection volunteers "
    "showed how to shut off gas. Organisers said about 2 million children took part.\n"
)


def test_a_school_drill_on_the_day_after_the_quake_is_left_out(tmp_path: Path) -> None:
    for name, text in QUAKE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "zz-page.txt").write_text(DRILL, encoding="utf-8")
    analysis = analyze(tmp_path)
    assert [(p.file, p.kind) for p in analysis.problems] == [("zz-page.txt", "off-topic")]
