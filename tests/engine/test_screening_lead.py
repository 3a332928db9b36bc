"""The screen reads a page's lead: a page on another event of the story's kind opens on a
place of its own and gives its own counts (invented bags of words and names)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corroborate.engine import analyze
from corroborate.engine.pipeline import _lead_names
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


#: Four reports of an invented cup final, and a page on another final that weekend.
FINAL = {
    "a.txt": (
        "Harrowgate Albion win the Vesper Cup\n\n"
        "LINDSTROM (Pitch Wire) - Harrowgate Albion won the Vesper Cup on Saturday, beating "
        "Kellerby Town 3-1 at the Old Quay ground before 21,000 fans.\n\n"
        "Striker Oren Maddox scored twice, and manager Ilse Branco said the win was for the town.\n"
    ),
    "b.txt": (
        "Maddox double lifts Albion to Vesper Cup glory\n\n"
        "Oren Maddox scored twice as Harrowgate Albion beat Kellerby Town 3-1 in the Vesper Cup "
        "final on Saturday. Manager Ilse Branco praised a defence that held firm after the break.\n"
    ),
    "c.txt": (
        "Albion end long wait for a trophy\n\n"
        "Harrowgate Albion lifted their first trophy in 40 years on Saturday, winning the Vesper "
        "Cup 3-1 against Kellerby Town. A crowd of 21,000 saw Oren Maddox score twice.\n"
    ),
    "d.txt": (
        "Kellerby rue missed chances in Vesper Cup final\n\n"
        "Kellerby Town's manager said his side had wasted chances before Harrowgate Albion pulled "
        "away to win the Vesper Cup 3-1 on Saturday. Oren Maddox struck twice for Albion.\n"
    ),
}
OTHER_FINAL = (
    "Shield final: Dunmere beat Pellow\n\n"
    "Dunmere won the shield final in Brackwater on Saturday, beating Pellow 2-0. Their captain "
    "scored the first goal before the break, and the fans sang until the trophy was lifted.\n"
)


def _final_folder(tmp_path: Path, page: str) -> Path:
    for name, text in {**FINAL, "zz-page.txt": page}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_another_final_that_saturday_is_left_out_with_the_names_it_opens_on(
    tmp_path: Path,
) -> None:
    analysis = analyze(_final_folder(tmp_path, OTHER_FINAL))
    assert [(p.file, p.kind) for p in analysis.problems] == [("zz-page.txt", "off-topic")]
    reason = analysis.problems[0].reason
    assert reason.startswith("it opens on ") and "Brackwater" in reason
    assert "Harrowgate Albion" in reason or "Vesper Cup" in reason


def test_a_supporter_opening_a_report_is_no_place_of_its_own() -> None:
    lead = "Pensioner Marta Quell, 71, watched from the terraces as the cup came home."
    assert _lead_names(lead) == set()


def test_a_title_held_before_a_rescuer_s_name_is_no_place() -> None:
    assert _lead_names("Ada Brill, 80, was carried out by Sgt Colm Daly.") == set()
    assert _lead_names("Cllr Noor Pashley opened the rest centre in Wyndle.") == {"wyndle"}


def test_a_witness_whose_given_name_is_a_month_s_is_no_place() -> None:
    assert _lead_names("'We saw the smoke,' said councillor Jan Ruys.") == set()
    assert _lead_names("Nurse May Holt of Ferrow said she ran.") == {"ferrow"}
    assert _lead_names("On May 5 Ferrow voted.") == {"ferrow"}


def test_a_name_coined_for_the_day_or_in_quotation_marks_is_no_place() -> None:
    assert _lead_names("Commuters are calling it Black Monday: no trains ran.") == set()
    assert _lead_names("The 'Smoke Tuesday' inquiry opened in Velmora.") == {"velmora"}


#: A short report from the striker's home town: it opens on the town and its square, which
#: no other article names, shares the final's Saturday, and gives its score.
HOME_TOWN = (
    "Fenwick Sands cheers its striker\n\n"
    "FENWICK SANDS - Hundreds packed the Harbour Square on Saturday to watch the town's "
    "own striker score twice in a 3-1 win in the cup final. His mother said she cried at both "
    "goals. The mayor promised a street in his name.\n"
)
#: A short report on a town's victims of a coach crash, and a business page on the coach
#: firm's owner: both open on names of their own, share the crash's day and give its toll.
COACH = {
    "a.txt": (
        "Four dead as choir coach overturns near Tallow Bridge\n\n"
        "TALLOW BRIDGE (Lane Wire) - Four people were killed and 17 injured on Saturday when a "
        "coach carrying the Ambergate Singers overturned on the Millrace Road.\n\n"
        "Police said the coach left the road on a bend in heavy rain.\n"
    ),
    "b.txt": (
        "Choir coach crash kills four\n\n"
        "A coach carrying the Ambergate Singers crashed near Tallow Bridge on Saturday, killing "
        "four and injuring 17. It rolled onto its side on the Millrace Road.\n"
    ),
    "c.txt": (
        "Rain blamed as coach overturns\n\n"
        "Investigators are examining whether rain caused a coach to overturn on the Millrace "
        "Road near Tallow Bridge on Saturday, killing four of the Ambergate Singers' party. "
        "Seventeen people were taken to hospital.\n"
    ),
    "d.txt": (
        "Coach firm suspends hire after fatal crash\n\n"
        "The coach firm has suspended its hire service after Saturday's crash near Tallow "
        "Bridge in which four people died and 17 were hurt. The Ambergate Singers said they "
        "were heartbroken.\n"
    ),
}
TOWN_MOURNS = (
    "Town mourns its singers\n\n"
    "The bells of St Oswin's rang out across Kettle Square on Sunday for the four who died in "
    "Saturday's coach crash, two of them pupils at Brightwater Academy. Friends laid flowers at "
    "the church gates. Seventeen others were hurt when the coach overturned in the rain.\n"
)


def test_a_short_report_from_the_striker_s_home_town_giving_the_score_is_kept(
    tmp_path: Path,
) -> None:
    analysis = analyze(_final_folder(tmp_path, HOME_TOWN))
    assert [p.file for p in analysis.problems if p.kind == "off-topic"] == []


def test_a_town_s_report_on_its_own_dead_giving_the_toll_is_kept(tmp_path: Path) -> None:
    for name, text in {**COACH, "zz-page.txt": TOWN_MOURNS}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analysis = analyze(tmp_path)
    assert [p.file for p in analysis.problems if p.kind == "off-topic"] == []
