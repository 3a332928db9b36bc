"""Titles that hold when a folder changes: a lead in its writer's own voice, a headline that
carries its site's name or ends in initials, and the one headline of a folder that no other
outlet's article tells. Every outlet, place and person is invented (the town of Kestra on the
river Orran, the Millgate footbridge, Dallow)."""

from __future__ import annotations

import pytest

from corroborate.engine import analyze
from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.titles import _in_own_voice

LEAD_A = (
    "KESTRA, Orrania (FPN) _ Two people were killed and 11 injured when the Millgate"
    " footbridge over the river Orran in Kestra collapsed on Tuesday evening, the fire"
    " service said."
)
LEAD_B = (
    "KESTRA _ A footbridge crowded with commuters gave way over the river Orran in Kestra on"
    " Tuesday evening, killing two people and injuring 11, emergency services said."
)
LEAD_C = (
    "The Millgate footbridge in Kestra collapsed into the river Orran at about 6 p.m. on"
    " Tuesday, leaving two people dead and 11 in hospital."
)
SIDE_PIECE = (
    "Trains between Kestra and Dallow will run every twenty minutes from Monday, the rail"
    " operator said on Wednesday.\n\n"
    "The operator said the change was planned before the Millgate footbridge collapsed into"
    " the river Orran on Tuesday.\n\n"
    "Two people died when the footbridge fell, and 11 were hurt."
)


def _wire_folder(make_folder, fourth: str):
    return make_folder(
        {
            "a.txt": f"{LEAD_A}\n\nDivers searched the river below the bridge until midnight.",
            "b.txt": f"{LEAD_B}\n\nThe bridge had been inspected in March, the council said.",
            "c.txt": f"{LEAD_C}\n\nThe council said the bridge had been inspected in March.",
            "d.txt": fourth,
        }
    )


@pytest.mark.parametrize(
    ("sentence", "own_voice"),
    [
        ("Since our last statement, we have worked with the Kestra fire service.", True),
        ("At Harlow Air, our crews are trained to land on the Orran in fog.", True),
        ("If you follow the Kestra league, you will know the keeper from Dallow.", True),
        ("Thanks to all who wrote to me after the fall; I'm home now.", True),
        ("I think the bridge will reopen in May, the mayor said.", True),
        # someone's words in quotation marks are theirs, not the writer's
        ("The mayor said “we will rebuild the bridge” on Tuesday.", False),
        ("The mayor told crowds ‘you can’t stop us’ and left the square.", False),
        ("The firm offered the engineer a deal: drop the case or pay us $90,000.", False),
        # capitals that are a country, a name's numeral or an initial
        ("US inspectors closed the Millgate footbridge on Tuesday.", False),
        ("King Osric I opened the first bridge at Kestra in 1320.", False),
        ("The architect I. M. Reyes designed the footbridge.", False),
        ("The footbridge over the river Orran collapsed on Tuesday evening.", False),
    ],
)
def test_a_sentence_in_its_writers_own_voice_is_told_apart_from_the_news(
    sentence: str, own_voice: bool
) -> None:
    assert _in_own_voice(sentence) is own_voice


def test_a_companys_own_post_in_the_first_person_never_titles_the_story(make_folder) -> None:
    # the operator's post, which a paper reports, is the best-backed opening; the title is
    # another opening, told in the news's voice
    folder = make_folder(
        {
            "operator.txt": "At Orran Crossings, we are working with the Kestra fire service to"
            " establish why the Millgate footbridge over the river Orran collapsed on Tuesday"
            " evening.\n\nTwo people were killed and 11 were injured.",
            "herald.txt": "Rescue crews worked through the night at the fallen Millgate"
            " footbridge in Kestra.\n\nThe operator said it was working with the Kestra fire"
            " service to establish why the Millgate footbridge over the river Orran collapsed on"
            " Tuesday evening.\n\nTwo people were killed and 11 were injured, police said.",
            "courier.txt": "Divers searched the river Orran below the fallen Millgate footbridge"
            " on Wednesday for a second day.\n\nTwo people were killed and 11 were injured.",
        }
    )
    analysis = analyze(folder)
    assert analysis.title_from == "lead"
    assert not _in_own_voice(analysis.title)
    assert "Millgate footbridge" in analysis.title


@pytest.mark.parametrize("site", [" | The Dallow Courier", " - Kestra Evening Post"])
def test_a_long_headline_with_its_sites_name_after_it_heads_its_page(site: str) -> None:
    headline = (
        "Two killed and eleven hurt as the crowded Millgate footbridge collapses into the river"
        " Orran at Kestra"
    )
    body = (
        "Two people were killed and 11 injured when the Millgate footbridge over the river"
        " Orran in Kestra collapsed on Tuesday evening, the fire service said.\n\n"
        "Divers searched the river below the bridge until midnight."
    )
    read = ingest(RawDocument(f"{headline}{site}\n\n{body}"), "p01.txt", 0)
    assert read.title == headline
    assert not any(site.strip(" |-") in p for p in read.paragraphs)


@pytest.mark.parametrize("above", ["", "EXCLUSIVE\n\n", "World News\n\n"])
def test_a_headline_ending_in_initials_heads_its_page_under_a_kicker_or_alone(
    above: str,
) -> None:
    headline = "Kestra ferry firm moves its head office from the river Orran to the U.S."
    body = (
        "The Kestra ferry operator said on Monday it would move its head office to Boston in"
        " the spring, taking 40 jobs from the town.\n\n"
        "The company has run ferries on the river Orran since 1921."
    )
    read = ingest(RawDocument(f"{above}{headline}\n\n{body}"), "p01.txt", 0)
    assert read.title == headline


def test_a_short_paragraph_ending_in_initials_inside_the_story_stays_story() -> None:
    text = (
        "Kestra ferry firm to move its head office\n\n"
        "The Kestra ferry operator said on Monday it would move its head office in the"
        " spring, taking 40 jobs from the town.\n\n"
        "The new office will be in the U.S.\n\n"
        "The company has run ferries on the river Orran since 1921."
    )
    read = ingest(RawDocument(text), "p01.txt", 0)
    assert read.title == "Kestra ferry firm to move its head office"
    assert "The new office will be in the U.S." in read.paragraphs


def test_the_one_headline_no_other_outlet_tells_gives_way_to_a_lead_several_back(
    make_folder,
) -> None:
    # three wire stories saved without their headlines, and a side piece with its own
    folder = _wire_folder(
        make_folder, f"Kestra rail timetable to change from Monday\n\n{SIDE_PIECE}"
    )
    analysis = analyze(folder)
    assert analysis.title_from == "lead"
    assert "Monday" not in analysis.title
    assert "footbridge" in analysis.title


def test_the_one_headline_other_outlets_tell_still_titles_the_story(make_folder) -> None:
    body = (
        "Two people died on Tuesday evening after the Millgate footbridge in Kestra fell into"
        " the river Orran during the evening rush.\n\n"
        "The council said the bridge had been inspected in March."
    )
    folder = _wire_folder(make_folder, f"Two killed as Kestra footbridge collapses\n\n{body}")
    analysis = analyze(folder)
    assert (analysis.title, analysis.title_from) == (
        "Two killed as Kestra footbridge collapses",
        "headline",
    )


def test_between_headlines_alike_in_all_else_the_one_telling_its_own_article_heads_it(
    make_folder,
) -> None:
    # a product page's slogan and a news page's headline: neither agrees with the other, and
    # the outlets back nothing alike; the slogan's file comes first
    folder = make_folder(
        {
            "a.txt": "Know what is happening out on the water\n\n"
            "The Ferrywatch web application lets office staff see where their boats are and"
            " where they have been.\n\nDispatchers send daily orders to each crew's phone.",
            "b.txt": "Ferry app tracks crews day and night, skipper says\n\n"
            "A Kestra ferry company fired a skipper who refused to install an app that tracked"
            " her location around the clock, she claims in a lawsuit.\n\n"
            "The skipper had worked for the company for six years.",
        }
    )
    analysis = analyze(folder)
    assert (analysis.title, analysis.title_from) == (
        "Ferry app tracks crews day and night, skipper says",
        "headline",
    )
