"""Short real reports in their own words are not left out as off-topic (invented folders)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.engine import analyze
from corroborate.engine.text.screening import (
    ECHOED_SHARE,
    SHORT_TERMS,
    echoed_share,
    screen,
    shares_a_day,
)

#: Four wire-style reports of one invented accident.
REPORTS = {
    "northline.txt": (
        "Grain silo collapse at Ardwick Mills traps two workers\n\n"
        "ARDWICK, Calloway (Northline News) - A grain silo collapsed at the Ardwick Mills plant "
        "on Wednesday, trapping two workers under tonnes of barley, the Calloway fire service "
        "said.\n\n"
        "Fire chief Tobias Renn said rescuers reached both men after a six-hour dig and took "
        "them to St Brendan's hospital with leg injuries.\n\n"
        "Ardwick Mills, which employs 140 people, said it had closed the plant while engineers "
        "checked its other silos.\n"
    ),
    "harbourpost.txt": (
        "Rescuers free two men buried in barley at Ardwick\n\n"
        "Two workers buried when a silo gave way at Ardwick Mills on Wednesday were pulled out "
        "alive after six hours, fire chief Tobias Renn said.\n\n"
        "The Calloway fire service used vacuum trucks to draw grain away from the men. Both "
        "were taken to St Brendan's hospital.\n\n"
        "The company said all 140 staff had been sent home and the plant would stay shut while "
        "its silos were inspected.\n"
    ),
    "valleyherald.txt": (
        "Safety inspectors sent to Ardwick Mills after silo collapse\n\n"
        "Calloway's labour inspectorate said on Thursday it had sent inspectors to Ardwick "
        "Mills, where a silo collapsed on Wednesday and buried two workers.\n\n"
        "Tobias Renn, the fire chief who led the rescue, said the silo had been nearly full of "
        "barley. Both men were recovering at St Brendan's hospital.\n\n"
        "Ardwick Mills said it would cooperate with the inspection.\n"
    ),
    "coastwire.txt": (
        "Silo at Calloway grain plant gives way\n\n"
        "A barley silo at Ardwick Mills in Calloway gave way on Wednesday, burying two workers "
        "for six hours before firefighters dug them out, the fire service said.\n\n"
        "Chief Tobias Renn praised the crews. The plant, which employs 140, has closed while "
        "engineers check its remaining silos.\n"
    ),
}
#: A local radio bulletin on the day in its own words, naming none of the story's names.
BULLETIN = (
    "Valley radio: the silo rescue\n\n"
    "Sirens could be heard across the valley all Wednesday afternoon as crews dug through the "
    "spilled barley. Listeners rang in to offer tea and blankets for the firefighters. Both "
    "trapped men are said to be in hospital and comfortable tonight.\n"
)
#: Another event in the story's town on the same day.
CRAFT_FAIR = (
    "Ardwick craft fair returns\n\n"
    "The Ardwick craft fair returned to the town square on Wednesday with stalls selling "
    "pottery, quilts and carved spoons.\n\n"
    "Organiser Hilda Marsh said more stallholders than ever had booked, and a brass band played "
    "through the afternoon.\n"
)


@pytest.fixture
def accident(tmp_path: Path) -> Path:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_short_bulletin_on_the_day_in_its_own_words_is_kept(accident: Path) -> None:
    (accident / "millgazette.txt").write_text(BULLETIN, encoding="utf-8")
    analysis = analyze(accident)
    assert "millgazette.txt" in {a.file for a in analysis.articles}
    assert analysis.problems == ()


def test_another_event_in_the_storys_town_on_the_same_day_stays_out(accident: Path) -> None:
    (accident / "millgazette.txt").write_text(CRAFT_FAIR, encoding="utf-8")
    analysis = analyze(accident)
    assert [(p.file, p.kind) for p in analysis.problems] == [("millgazette.txt", "off-topic")]
    assert "millgazette.txt" not in {a.file for a in analysis.articles}


#: Stems of four reports of an invented flood and of pages on it or on other things.
FLOOD = [
    {"river", "burst", "bank", "flood", "street", "hundred", "home", "evacuat", "mayor", "linna"},
    {"river", "flood", "bank", "home", "evacuat", "mayor", "linna", "pump", "crew", "street"},
    {"flood", "river", "linna", "mayor", "home", "shelter", "school", "evacuat", "bank", "water"},
    {"river", "bank", "burst", "linna", "water", "home", "crew", "pump", "flood", "evacuat"},
]
FLOOD_DAYS = [{"d:sunday", "n:400@home"}, {"d:sunday"}, {"d:sunday", "n:400@home"}, {"d:sunday"}]
#: A diary of the night in its own words: the reports' words for the flood among its own.
DIARY = {
    "kitchen",
    "candle",
    "sandbag",
    "stair",
    "blanket",
    "radio",
    "dog",
    "pump",
    "flood",
    "shelter",
}
#: A page on something else sharing a word or two by chance.
RECIPE = {"bread", "flour", "oven", "water", "yeast", "knead", "loaf", "butter", "salt", "crust"}


def test_a_diary_of_the_storys_day_sharing_some_of_its_words_is_kept() -> None:
    docs = [*FLOOD, DIARY]
    assert echoed_share(docs, 4) >= ECHOED_SHARE
    assert screen(docs, figures=[*FLOOD_DAYS, {"d:sunday"}]).off_topic == set()
    # the same page giving no day or count of the story's is left to its words
    assert screen(docs, figures=[*FLOOD_DAYS, {"d:tuesday"}]).off_topic == {4}
    assert screen(docs, figures=[*FLOOD_DAYS, set()]).off_topic == {4}


def test_a_page_on_something_else_giving_the_storys_day_stays_out() -> None:
    docs = [*FLOOD, RECIPE]
    assert echoed_share(docs, 4) < ECHOED_SHARE
    assert screen(docs, figures=[*FLOOD_DAYS, {"d:sunday"}]).off_topic == {4}


#: Words general English uses at every turn: none of them is the story's.
EVERYDAY = [
    "act",
    "area",
    "back",
    "bad",
    "base",
    "big",
    "book",
    "build",
    "call",
    "car",
    "care",
    "case",
    "close",
    "control",
    "day",
    "design",
    "develop",
    "end",
    "face",
    "feel",
    "final",
    "find",
    "form",
    "found",
    "free",
    "friend",
    "full",
    "game",
    "general",
    "give",
    "good",
    "great",
    "group",
    "hand",
    "hard",
    "head",
    "high",
]


def test_a_long_page_giving_the_storys_day_is_left_to_its_words() -> None:
    # a long page had words enough to share the story's: the same echo does not spare it
    long_diary = DIARY | set(EVERYDAY)
    docs = [*FLOOD, long_diary]
    assert len(long_diary) > SHORT_TERMS
    assert echoed_share(docs, 4) == echoed_share([*FLOOD, DIARY], 4) >= ECHOED_SHARE
    assert screen(docs, figures=[*FLOOD_DAYS, {"d:sunday"}]).off_topic == {4}


def test_a_day_is_shared_when_another_article_gives_it_and_a_count_is_no_day() -> None:
    assert shares_a_day([{"d:sunday"}, {"d:sunday", "n:3"}, {"d:sunday"}], 0)
    assert shares_a_day([{"t:mar-9"}, set(), {"t:mar-9"}], 0)
    assert not shares_a_day([{"n:20@minute"}, {"n:20@minute"}, set()], 0)  # "every 20 minutes"
    assert not shares_a_day([{"d:monday"}, {"d:sunday"}, {"m:mar"}], 0)
    assert not shares_a_day([set(), {"d:sunday"}, {"d:sunday"}], 0)


#: The flood reports with the day they tell of among their words.
FLOOD_ON_SUNDAY = [terms | {"sunday"} for terms in FLOOD]
#: A regatta on the story's river that Sunday: the river's name and the day are all it shares.
REGATTA = {"sunday", "linna", "regatta", "oar", "cox", "rower"}


def test_the_day_a_page_shares_is_not_also_counted_as_a_word_it_echoes() -> None:
    docs = [*FLOOD_ON_SUNDAY, REGATTA]
    figures = [*FLOOD_DAYS, {"d:sunday"}]
    # the day alone lifts the echo past the bar: counted once, by the day, it stays out
    assert echoed_share(docs, 4) >= ECHOED_SHARE > echoed_share(docs, 4, figures)
    assert screen(docs, figures=figures).off_topic == {4}


def test_a_diary_naming_the_storys_day_is_still_kept_for_its_other_words() -> None:
    docs = [*FLOOD_ON_SUNDAY, DIARY | {"sunday"}]
    figures = [*FLOOD_DAYS, {"d:sunday"}]
    assert echoed_share(docs, 4, figures) == echoed_share([*FLOOD, DIARY], 4) >= ECHOED_SHARE
    assert screen(docs, figures=figures).off_topic == set()


def test_the_words_of_a_date_and_its_month_are_no_echo_of_the_story() -> None:
    story = [terms | {"octob"} for terms in FLOOD]
    page = {"octob", "linna", "regatta", "oar", "cox", "rower"}
    days = [{"t:oct-12"}] * 4
    assert echoed_share([*story, page], 4, [*days, {"t:oct-12"}]) == 1 / 5
    assert echoed_share([*story, page], 4, [*days, {"m:oct"}]) == 1 / 5
    # a page giving no date keeps the word as an echo ("October" a name's, a ship's)
    assert echoed_share([*story, page], 4, [*days, set()]) == 2 / 6
