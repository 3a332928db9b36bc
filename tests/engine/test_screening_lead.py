"""The screen reads a page's lead: a page on another event of the story's kind opens on a
place of its own and gives its own counts (invented bags of words and names)."""

from __future__ import annotations

from collections import Counter

from corroborate.engine.text.screening import screen

_STORY = [
    "storm",
    "wind",
    "coast",
    "harbour",
    "flood",
    "power",
    "home",
    "tree",
    "rail",
    "ferry",
    "gust",
    "wall",
]


def _bags(target: list[str]) -> list[Counter[str]]:
    base = [
        Counter([*_STORY, "kill", "two", "car"]),
        Counter([*_STORY[:-2], "pump", "cellar", "shop"]),
        Counter([*_STORY[2:], "police", "track"]),
        Counter([*_STORY[1:-1], "repair", "fund"]),
    ]
    return [*base, Counter(target)]


_NAMES = [{"gwendel", "lissport", "norhaven", "arden"}] * 4
_FIGURES = [{"d:tuesday", "n:80000", "n:150@km/h"}] * 4
_OTHER = [
    "storm",
    "rain",
    "flood",
    "home",
    "road",
    "river",
    "town",
    "prefect",
    "border",
    "metre",
    "hour",
    "close",
    "wind",
]


def _screened(lead: set[str], figures: set[str], own_names: set[str]) -> set[int]:
    names = [*_NAMES, own_names]
    return screen(
        _bags(_OTHER),
        names=names,
        mentioned=names,
        figures=[*_FIGURES, figures],
        leads=[{"lissport", "norhaven"}] * 4 + [lead],
        runs=lambda i: [(name,) for name in sorted(names[i])],
    ).off_topic


def test_a_page_opening_on_its_own_valley_with_its_own_toll_is_about_another_storm() -> None:
    assert _screened({"varenne", "hollis"}, {"d:tuesday", "n:400"}, {"varenne", "hollis"}) == {4}
    assert _screened(set(), {"d:tuesday", "n:400"}, {"varenne", "hollis"}) == set()  # no lead


def test_a_page_giving_the_story_s_count_is_kept_whatever_its_lead_names() -> None:
    assert _screened({"varenne"}, {"d:tuesday", "n:80000"}, {"varenne"}) == set()


def test_a_page_naming_the_story_s_town_is_kept_whatever_its_lead_names() -> None:
    assert _screened({"varenne"}, {"d:tuesday"}, {"varenne", "lissport"}) == set()
