"""Ingest: story paragraphs kept, chrome removed, title and outlet found."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from corroborate.engine.models import Article, RawDocument
from corroborate.engine.text import ingest as ingest_module
from corroborate.engine.text.ingest import ingest, outlet_from_filename

STORY = "The river rose two metres overnight and engineers closed the Harlow bridge."
MORE = "Schools in the valley will stay shut until Friday, the council said."


def run(text: str, file: str = "harbor-herald.txt", **raw: str) -> Article:
    return ingest(RawDocument(text=text, **raw), file, 0)


@dataclass(frozen=True)
class Case:
    text: str
    paragraphs: tuple[str, ...]
    title: str = "harbor-herald"
    outlet: str = "Harbor Herald"
    outlet_from: str = "file"
    removed: tuple[str, ...] = ()


CASES = {
    "title line taken": Case(
        f"Flood closes Harlow bridge for a week\n\n{STORY}",
        (STORY,),
        title="Flood closes Harlow bridge for a week",
        removed=("Flood closes Harlow bridge for a week",),
    ),
    "menu above the headline is not the title": Case(
        f"Home | News | Local\nFlood closes Harlow bridge for a week\n{STORY}",
        (STORY,),
        title="Flood closes Harlow bridge for a week",
    ),
    "heading inside the story dropped": Case(
        f"{STORY}\n\nWhat happens next\n\n{MORE}",
        (STORY, MORE),
        removed=("What happens next",),
    ),
    "byline dropped": Case(
        f"Flood closes bridge\nBy Jane Doe\n{STORY}",
        (STORY,),
        title="Flood closes bridge",
        removed=("By Jane Doe",),
    ),
    "byline with three names": Case(
        f"By Ana Ruiz, Tom Baker and Lee Chan\n{STORY}",
        (STORY,),
        removed=("By Ana Ruiz, Tom Baker and Lee Chan",),
    ),
    "byline with a job title": Case(
        f"By Jane Doe | Staff Writer\n{STORY}", (STORY,), removed=("By Jane Doe | Staff Writer",)
    ),
    "sentence opening with By is story": Case(
        f"{STORY}\nBy the time rescuers arrived, the bus had sunk below the surface.",
        (STORY, "By the time rescuers arrived, the bus had sunk below the surface."),
    ),
    "AP dateline": Case(
        f"LONDON (AP) _ {STORY}", (STORY,), outlet="Associated Press", outlet_from="text"
    ),
    "dateline with date and outlet": Case(
        f"RIVERTON, Oct 3 (Meridian Press) — {STORY}",
        (STORY,),
        outlet="Meridian Press",
        outlet_from="text",
    ),
    "dateline naming a two-word country": Case(
        f"PORT HARLOW, New Tessalia (Meridian Press) - {STORY}",
        (STORY,),
        outlet="Meridian Press",
        outlet_from="text",
    ),
    "place-only dateline with a two-word region": Case(
        f"FENNICK, Tessel Valley _ {STORY}", (STORY,)
    ),
    "outlet-only dateline": Case(f"(CNN) — {STORY}", (STORY,), outlet="CNN", outlet_from="text"),
    "place-only dateline": Case(f"WASHINGTON _ {STORY}", (STORY,)),
    "place-only dateline with hyphen": Case(f"OSLO - {STORY}", (STORY,)),
    "dateline only in the first paragraph": Case(
        f"{STORY}\nLONDON - Officials in the capital said they were watching closely.",
        (STORY, "LONDON - Officials in the capital said they were watching closely."),
    ),
    "dateline with the weekday and the year": Case(
        f"MONDAY, May 4, 2026 (HealthDay News) -- {STORY}",
        (STORY,),
        outlet="HealthDay News",
        outlet_from="text",
    ),
    "dateline joined by a dash": Case(f"CAIRO—{STORY}", (STORY,)),
    "dateline below the site's summary": Case(
        f"{STORY}\nLOS ANGELES--{MORE}",
        (STORY, MORE),
    ),
    "feed footer names title and outlet": Case(
        f"{STORY}\nThe post Flood closes Harlow bridge appeared first on Harlow Daily.",
        (STORY,),
        title="Flood closes Harlow bridge",
        outlet="Harlow Daily",
        outlet_from="text",
        removed=("The post Flood closes Harlow bridge appeared first on Harlow Daily.",),
    ),
    "feed footer without a full stop": Case(
        f"{STORY}\nThe post Flood closes Harlow bridge appeared first on Harlow Daily",
        (STORY,),
        title="Flood closes Harlow bridge",
        outlet="Harlow Daily",
        outlet_from="text",
    ),
    "X reports that is another outlet's report": Case(
        f"The Harlow Gazette reports that the river rose overnight.\n{MORE}",
        ("The Harlow Gazette reports that the river rose overnight.", MORE),
        outlet_from="file",
    ),
    "X reported that is another outlet's report": Case(
        "Meridian Press reported that the river rose two metres overnight.",
        ("Meridian Press reported that the river rose two metres overnight.",),
        outlet_from="file",
    ),
    "dateline beats X reports that": Case(
        f"(CNN) — {STORY}\nThe Harlow Gazette reports that the river is falling.",
        (STORY, "The Harlow Gazette reports that the river is falling."),
        outlet="CNN",
        outlet_from="text",
    ),
    "masthead names the outlet": Case(
        f"THE FENNICK COURIER\nFlood closes Harlow bridge for a week\n{STORY}",
        (STORY,),
        title="Flood closes Harlow bridge for a week",
        outlet="The Fennick Courier",
        outlet_from="text",
        removed=("THE FENNICK COURIER",),
    ),
    "masthead with founding year": Case(
        f"THE FENNICK COURIER · EST. 1921\nFlood closes Harlow bridge for a week\n{STORY}",
        (STORY,),
        title="Flood closes Harlow bridge for a week",
        outlet="The Fennick Courier",
        outlet_from="text",
    ),
    "bullet markers stripped": Case(
        f"- {STORY}\n* {MORE}\n• Crews worked through the night to shore up the banks.\n"
        "1. Officials will inspect the bridge again on Friday.\n"
        "2) Residents were told to avoid the riverside path.",
        (
            STORY,
            MORE,
            "Crews worked through the night to shore up the banks.",
            "Officials will inspect the bridge again on Friday.",
            "Residents were told to avoid the riverside path.",
        ),
    ),
    "hard-wrapped lines joined": Case(
        "The river rose two metres overnight and engineers decided to close\n"
        "the bridge until the water falls again, the council said on Tuesday.\n\n"
        f"{MORE}",
        (
            "The river rose two metres overnight and engineers decided to close "
            "the bridge until the water falls again, the council said on Tuesday.",
            MORE,
        ),
    ),
    "headline pasted before the dateline": Case(
        f"Harlow Bridge Shut, Engineers Say HARLOW, Ore. (Meridian Press) - {STORY}",
        (STORY,),
        title="Harlow Bridge Shut, Engineers Say",
        outlet="Meridian Press",
        outlet_from="text",
        removed=("Harlow Bridge Shut, Engineers Say",),
    ),
    "dateline that lost its agency": Case(
        f"HARLOW/FENNICK, Oregon {STORY}\n\n{MORE}", (STORY, MORE)
    ),
    "an agency's name opening the story is not a dateline": Case(
        f"NASA Administrator Dana Whitlow visited Harlow.\n\n{MORE}",
        ("NASA Administrator Dana Whitlow visited Harlow.", MORE),
    ),
    "spaces and blank lines normalised": Case(
        f"\n\n   {STORY.replace(' ', '   ')}   \n\n\n{MORE}\n",
        (STORY, MORE),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_ingest_table(case: Case) -> None:
    article = run(case.text)
    assert article.paragraphs == case.paragraphs
    assert article.title == case.title
    assert article.outlet == case.outlet
    assert article.outlet_from == case.outlet_from
    for line in case.removed:
        assert line in article.removed


BOILERPLATE = [
    "See also: Storm batters the coast",
    "Read more: What the flood means for farmers",
    "Click to comment",
    "Click here to share this article with a friend.",
    "Leave a Reply",
    "Leave a comment",
    "© 2025 Harlow Daily",
    "Copyright 2025 Harlow Daily. All rights reserved.",
    "Harlow Daily Media Group. All rights reserved.",
    "(c) 2025 Harlow Daily Media",
    "This story has been updated to correct the height of the river.",
    "This article has been updated with comment from the council.",
    "3 thoughts on “Flood closes Harlow bridge”",
    "One thought on “Flood closes Harlow bridge”",
    pytest.param(
        "One response to “Flood closes Harlow bridge”",
    ),
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Sign up for our morning newsletter to get stories like this.",
    "Subscribe to the Harlow Daily for unlimited access.",
    "Share this: Facebook, X and email.",
    "Your email address will not be published. Required fields are marked.",
    "Photo: Harlow Daily staff photographer.",
    "Filed under: Weather, Harlow, Rivers",
    "Advertisement",
    "(Reporting by Ana Ruiz; Editing by Tom Baker)",
    "(MORE)",
    "(END)",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_removed(line: str) -> None:
    article = run(f"{STORY}\n{line}\n{MORE}")
    assert article.paragraphs == (STORY, MORE)
    assert line in article.removed


@pytest.mark.parametrize(
    ("file", "outlet"),
    [
        ("harbor-herald.txt", "Harbor Herald"),
        ("the_valley_ledger.md", "The Valley Ledger"),
        ("herald-and-gazette-of-the-fens.txt", "Herald and Gazette of the Fens"),
        ("the-AND-report.txt", "The AND Report"),
        ("NBT-today.html", "NBT Today"),
        ("sub/harbor-herald.txt", "Harbor Herald"),
        ("article-3.txt", "article-3"),
        ("2025-03-09.txt", "2025-03-09"),
    ],
)
def test_outlet_from_filename(file: str, outlet: str) -> None:
    assert outlet_from_filename(file) == outlet
    article = run(STORY, file=file)
    assert (article.outlet, article.outlet_from) == (outlet, "file")


def test_metadata_title_and_outlet_win_over_the_text() -> None:
    article = run(
        f"Flood closes Harlow bridge\n(CNN) — {STORY}",
        title="Bridge shut as river rises",
        outlet="Harbor Herald Online",
    )
    assert article.title == "Bridge shut as river rises"
    assert (article.outlet, article.outlet_from) == ("Harbor Herald Online", "metadata")
    assert article.paragraphs == (STORY,)


def test_nothing_but_chrome_leaves_no_paragraphs() -> None:
    article = run("THE HARLOW DAILY\nHome | News | Weather\nBy Jane Doe\nLeave a Reply\n© 2025")
    assert article.paragraphs == ()
    assert len(article.removed) == 5


# Story sentences that the chrome patterns mistake for chrome and silently drop.
DROPPED_STORY = {
    "Related opening": pytest.param(
        "Related charges were filed against the contractor on Tuesday, police said.", marks=()
    ),
    "Trending opening": pytest.param(
        "Trending downward for a decade, ridership on the line fell again last year.", marks=()
    ),
    "By <weekday>, opening": pytest.param(
        "By Tuesday, officials said the bridge would reopen within a week.",
    ),
    "Updated figures opening": pytest.param(
        "Updated figures released on Tuesday show that 40 homes were flooded.",
    ),
    "End-of-year opening": pytest.param(
        "End-of-year figures show the bridge carried 21,000 vehicles a day.",
    ),
    "Photographs opening": pytest.param(
        "Photographs taken by residents show the span sagging on Sunday.", marks=()
    ),
    "Comments opening": pytest.param(
        "Comments from the mayor on Tuesday angered the families of the victims.", marks=()
    ),
}


@pytest.mark.parametrize("sentence", DROPPED_STORY.values(), ids=DROPPED_STORY.keys())
def test_story_sentences_that_look_like_chrome_are_kept(sentence: str) -> None:
    assert run(f"{STORY}\n{sentence}").paragraphs == (STORY, sentence)


def test_hard_wrapped_line_continuing_with_a_name_is_joined() -> None:
    text = (
        "The river rose two metres overnight and engineers working for\n"
        "Harlow council closed the bridge until the water falls again.\n"
    )
    article = run(text)
    assert article.paragraphs == (" ".join(text.split()),)


def test_wire_copy_wrapped_at_69_columns_reads_like_the_original() -> None:
    import textwrap

    paragraphs = [
        "FENNICK, March 9 (Meridian Press) — The central span of the Carrowgate Bridge "
        "collapsed into the Tessel River at about 6:40 p.m. on Monday, sending a city bus "
        "and three cars into the water during the evening rush hour.",
        "Two people were killed and 12 were injured, according to Fire Chief Tomas "
        "Brandt, who said divers and crews in boats pulled nine people from the water.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, width=69) for p in paragraphs)
    assert run(wrapped).paragraphs == run("\n\n".join(paragraphs)).paragraphs


def test_a_headline_the_file_is_named_after_is_still_a_headline() -> None:
    article = run(f"Mayor resigns after audit\n\n{STORY}", file="Mayor resigns after audit.html")
    assert article.title == "Mayor resigns after audit"
    assert article.has_headline and article.title_from == "headline"


def test_without_a_headline_the_title_is_the_file_name_and_says_so() -> None:
    article = run(f"{STORY}\n\n{MORE}", file="p01.txt")
    assert article.title == "p01"
    assert not article.has_headline and article.title_from == "file"


def test_a_headline_with_an_amount_is_still_a_headline() -> None:
    article = run(f"Harlow Widow Leaves $25,000 for Care of Her Cat Mittens\n\n{STORY}\n\n{MORE}")
    assert article.title == "Harlow Widow Leaves $25,000 for Care of Her Cat Mittens"
    assert article.title_from == "headline"


def test_a_time_stamp_above_the_story_is_not_a_headline() -> None:
    article = run(f"Updated May 4, 2026 10:45 AM\n\n{STORY}\n\n{MORE}", file="p01.txt")
    assert article.title == "p01"


def test_a_long_first_line_without_a_full_stop_is_the_headline_and_stays_story() -> None:
    headline = (
        "A bridge, a flood and a long night on the Tessel as Harlow waits for the divers to "
        "come back"
    )
    article = run(f"{headline}\n\n{STORY}\n\n{MORE}", file="p01.txt")
    assert article.title == headline and article.title_from == "headline"
    assert article.paragraphs[0] == headline  # a standfirst without its full stop is a sentence


def test_a_time_stamp_saved_on_the_headlines_line_leaves_the_headline() -> None:
    text = (
        "Officer replaces stolen ring at Harlow hospital Posted: Monday, June 23, 2026 11:03 PM"
        " EDT Updated: Monday, August 18, 2026 11:03 PM EDT\n\n"
        "HARLOW (WHAR) -- A police officer bought a new ring for a patient whose ring was stolen."
        "\n\nShe said it was the right thing to do.\n"
    )
    article = ingest(RawDocument(text), "a.txt", 0)
    assert article.title == "Officer replaces stolen ring at Harlow hospital"
    assert article.has_headline
    assert not any("Posted" in p for p in article.paragraphs)


def test_a_prompt_dressed_up_with_stars_is_not_the_articles_headline() -> None:
    text = (
        "*** Join it LIVE here ! ***\n\n"
        "Next month, the Moon will offer a total eclipse, well visible from Harlow and Fennick.\n"
    )
    assert not ingest(RawDocument(text), "a.txt", 0).has_headline


@pytest.mark.parametrize(
    "headline",
    [
        "Sheriff: Boy's death in Harlow was a ‘tragic accident’",
        "Is the Harlow bridge safe to cross?",
        'Mayor on bridge: "We will rebuild"',
        "Harlow Mayor Says Bridge Will Reopen (Video)",
        "Breaking: Harlow bridge falls into the Tessel at rush hour",
    ],
    ids=["quotation", "question", "double quotes", "note in brackets", "kicker"],
)
def test_a_headline_ending_in_a_quotation_a_question_or_a_note_is_the_headline(
    headline: str,
) -> None:
    text = f"{headline}\n\nThe Harlow bridge fell on Monday, the mayor said. Divers searched.\n"
    article = ingest(RawDocument(text), "a.txt", 0)
    # (a kicker saying what kind of piece it is goes: "Breaking: " is no part of the headline)
    assert article.title == headline.removeprefix("Breaking: ")
    assert any(p.startswith("The Harlow bridge fell") for p in article.paragraphs)


def test_a_first_line_asking_the_reader_is_no_headline() -> None:
    text = "Ever wondered why your bridge shakes?\n\nThe Harlow bridge fell on Monday.\n"
    assert not ingest(RawDocument(text), "a.txt", 0).has_headline


def test_a_first_line_ending_as_a_sentence_inside_its_quotation_is_story() -> None:
    text = 'Police said the death was "suspicious."\n\nDivers searched the river on Monday.\n'
    article = ingest(RawDocument(text), "a.txt", 0)
    assert not article.has_headline
    assert article.paragraphs[0] == 'Police said the death was "suspicious."'


def test_a_headline_whose_list_of_names_heads_it_on_its_own_line_is_read_whole() -> None:
    page = (
        "HARLOW BRIDGE REPORTING PRIZES\n\n"
        "Thirty Years of Honouring Reporters for Their Work on the River\n\n"
        "2026 Bridge Prize Winners\n\n"
        "Harlow Herald, Fennick Courier, Tessel Times\n\n"
        "Win 2026 Harlow Bridge Reporting Prizes\n\n"
        "The Harlow Herald, the Fennick Courier and Tessel Times took the top prizes.\n\n"
        f"{STORY}\n\n{MORE}"
    )
    assert run(page).title == (
        "Harlow Herald, Fennick Courier, Tessel Times Win 2026 Harlow Bridge Reporting Prizes"
    )


def test_a_line_of_names_above_a_heading_that_is_not_a_title_stays_apart() -> None:
    page = f"Harlow Herald, Fennick Courier, Tessel Times\n\nBy Lee Park\n\n{STORY}\n\n{MORE}"
    assert run(page).title == "Harlow Herald, Fennick Courier, Tessel Times"


@pytest.mark.parametrize(
    "names",
    ["Lee Park, Jo Smith and Ann Lee", "Politics, Harlow, Local News", "Lee Park, Jo Smith"],
)
@pytest.mark.parametrize(
    "headline", ["Bridge Reopens After Weeks of Repairs", "Council Says Traffic Will Return Soon"]
)
def test_a_headline_with_its_own_subject_is_not_joined_to_a_line_of_names_above_it(
    names: str, headline: str
) -> None:
    # each line is read as it stands (which heads the story is chosen elsewhere), never as one
    # headline made of the two: "Lee Park, Jo Smith Council Says Traffic Will Return Soon"
    assert run(f"{names}\n\n{headline}\n\n{STORY}\n\n{MORE}").title in {names, headline}


@pytest.mark.parametrize(
    "names",
    ["Lee Park, Jo Smith and Ann Lee", "Politics, Harlow, Local News", "Lee Park, Jo Smith"],
)
@pytest.mark.parametrize(
    "headline", ["Police Close Harlow Bridge Overnight", "Divers Search Fennick River at Dawn"]
)
def test_a_headline_below_names_the_story_never_mentions_stands_alone_whatever_its_words(
    names: str, headline: str
) -> None:
    # the names are its writers or its section's tags, not its subject
    assert run(f"{names}\n\n{headline}\n\n{STORY}\n\n{MORE}").title in {names, headline}


def test_names_the_story_is_about_are_the_subject_of_the_line_below_them() -> None:
    page = (
        "Lee Park, Jo Smith and Ann Lee\n\n"
        "Share Harlow Rowing Club Award for Rescue\n\n"
        "Lee Park and two friends pulled four rowers from the river on Sunday, and Smith and "
        "Lee were given the club's award.\n\n"
        f"{STORY}\n\n{MORE}"
    )
    assert run(page).title == (
        "Lee Park, Jo Smith and Ann Lee Share Harlow Rowing Club Award for Rescue"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Related charges were filed against the bridge's contractor on Tuesday.",
        "Copyright law was changed in 2019.",
        "Advertisement revenue fell by a fifth.",
        "Published May 4, the report found most bridges needed work.",
        "Updated on May 4, the plan would close the bridge for a month.",
    ],
)
def test_a_short_sentence_opening_with_a_pages_label_or_stamp_word_is_story(line: str) -> None:
    text = f"The Harlow bridge reopened on Monday after two years of repairs.\n\n{line}"
    assert line in ingest(RawDocument(text=text), "a.txt", 0).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Recommended for you.",
        "More stories from Harlow Herald.",
        "Sponsored content.",
        "Copyright Harlow Herald 2026.",
        "Updated 10:45 AM ET, Mon May 4, 2026",
        "Posted May 4, 2026 by Lee Park",
        # a stamp in a European time zone, too long for a short label: only the stamp
        # reader's words (the clock's time zones among them) take it out
        "Published on May 4, 2026 at 10:45 cest, updated at 11:30 cest.",
    ],
)
def test_a_pages_label_or_time_stamp_ending_in_a_full_stop_is_not_story(line: str) -> None:
    text = f"The Harlow bridge reopened on Monday after two years of repairs.\n\n{line}"
    article = ingest(RawDocument(text=text), "a.txt", 0)
    assert line not in article.paragraphs and line in article.removed


@pytest.mark.parametrize(
    "dateline",
    [
        "HARLOW, England, May 4 (Meridian Wire) - ",
        "Harlow, May 4 (dpa) - ",
        "HARLOW, May 4 (HNA): ",
        "HARLOW, May 4 (HNE).- ",
        "HARLOW: ",
        # two places of one story, or none
        "HARLOW/FENNICK (Meridian Wire) - ",
        "LONDON/NEW YORK (Reuters) - ",
        "(Reuters) - ",
        "(AP) — ",
        "(AFP) -- ",
    ],
)
def test_an_agencys_dateline_in_any_of_its_forms_is_taken_off_the_story(dateline: str) -> None:
    lede = "The Harlow bridge reopened on Monday after two years of repairs."
    article = ingest(RawDocument(text=f"{dateline}{lede}"), "a.txt", 0)
    assert article.paragraphs[0] == lede


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "TWO KILLED AS HARLOW BRIDGE FALLS INTO RIVER",
            "TWO KILLED AS HARLOW BRIDGE FALLS INTO RIVER",
        ),
        ("HARLOW BRIDGE TO REOPEN IN MAY", "HARLOW BRIDGE TO REOPEN IN MAY"),
        ("MAYOR RESIGNS OVER BRIDGE DEAL", "MAYOR RESIGNS OVER BRIDGE DEAL"),
        ("STORM KILLS 12 IN HARLOW", "STORM KILLS 12 IN HARLOW"),
        ("THE FENNICK COURIER", "p01"),  # a paper's name
        ("LOWELL PARK TRAVEL AWARDS", "p01"),  # a heading that tells nothing
        ("TOP STORIES FROM AROUND HARLOW", "p01"),  # a section's heading
    ],
)
def test_a_short_headline_in_capitals_is_a_headline_not_a_masthead(first: str, title: str) -> None:
    text = f"{first}\n\nThe Harlow bridge reopened on Monday after two years of repairs."
    assert ingest(RawDocument(text=text), "p01.txt", 0).title == title


def test_each_line_of_names_is_looked_for_in_the_story_s_opening_not_the_whole_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page of thousands of lines of names over headlines would otherwise search the rest
    of the page at each of them: time that grows with the square of its length."""
    searched: list[int] = []
    named_in = ingest_module._named_in

    def counting(names: str, text: str) -> bool:
        searched.append(len(text))
        return named_in(names, text)

    monkeypatch.setattr(ingest_module, "_named_in", counting)
    pairs = "Orla Venn, Tam Bright\n\nGreat Harlow Bridge Closing Notice Today\n\n" * 1500
    run(f"{pairs}{STORY}\n\n{MORE}")
    assert len(searched) > 1000
    assert max(searched) <= ingest_module._OPENING_CHARS + 100


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Harlow Bridge Reopens At Last!", "Harlow Bridge Reopens At Last!"),
        ("Mayor Lee Park Resigns Over Bridge Deal.", "Mayor Lee Park Resigns Over Bridge Deal."),
        ("Harlow Bridge to Reopen in May.", "Harlow Bridge to Reopen in May."),
        # a story's sentences, in sentence case, stay the story's
        ("The Harlow bridge reopened on Monday after two years.", "p01"),
        ("Lee Park Wins!", "p01"),  # too short to tell a headline from a cry
        # on the page's first line, a short cry of news in sentence case
        ("Harlow's mayor is getting married!", "Harlow's mayor is getting married!"),
        ("What a night it was for the Harlow ferry!", "p01"),  # an exclamation
        ("You have to see the new Harlow bridge!", "p01"),  # addressed to the reader
    ],
)
def test_a_headline_in_title_case_closed_by_a_stop_is_the_headline_not_a_sentence(
    first: str, title: str
) -> None:
    text = f"{first}\n\nCrews finished the last repairs to the bridge on Friday, the council said."
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.title == title
    assert (first in article.paragraphs) is (title == "p01")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a site known by its name's form: camel case, a paper's last word, an address
        ("HarlowPost: Man held after fire on the old bridge", "Man held after fire on the old bridge"),
        ("Harlow Herald: Man held after fire on the old bridge",
         "Man held after fire on the old bridge"),
        # a site known only by the outlet the page names in its copyright line
        ("Harlowpost: Man held after fire on the old bridge on a quiet Sunday night",
         "Man held after fire on the old bridge on a quiet Sunday night"),
        # a source's label stays the headline's
        ("Police: Man held after fire on the old bridge", "Police: Man held after fire on the old bridge"),
    ],
)  # fmt: skip
def test_a_headline_under_its_sites_name_is_the_headline_without_the_name(
    first: str, title: str
) -> None:
    text = (
        f"{first}\n\nA man was held on Sunday after a fire on the old bridge, police said."
        "\n\nCopyright 2026 Harlowpost. All rights reserved."
    )
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.title == title
    assert article.paragraphs == (
        "A man was held on Sunday after a fire on the old bridge, police said.",
    )


def test_a_labelled_caption_at_the_top_is_no_headline_when_its_label_names_no_site() -> None:
    text = (
        "Taking aim: As the others laugh and smile, the driver points the pistol at a photographer"
        "\n\nA man was held on Sunday after a fire on the old bridge, police said."
        "\n\nCopyright 2026 Harlowpost. All rights reserved."
    )
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.title == "p01"
    assert article.paragraphs == (
        "A man was held on Sunday after a fire on the old bridge, police said.",
    )


def test_a_cry_in_sentence_case_below_the_headline_stays_the_storys() -> None:
    text = (
        "Harlow Bridge Reopens After Two Years\n\nNow that's a lot of toll money saved!"
        "\n\nCrews finished the last repairs to the bridge on Friday, the council said."
    )
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.title == "Harlow Bridge Reopens After Two Years"
    assert "Now that's a lot of toll money saved!" in article.paragraphs


@pytest.mark.parametrize(
    "byline",
    [
        "By Lee Park of the Harlow Herald",
        "By Lee Park for The Harlow Herald",
        "By Lee Park of KHAR",
    ],
)
def test_a_byline_naming_the_writers_outlet_is_neither_headline_nor_story(byline: str) -> None:
    text = f"{byline}\n\nCrews finished the last repairs to the bridge on Friday, the council said."
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.title == "p01"
    assert article.paragraphs == (
        "Crews finished the last repairs to the bridge on Friday, the council said.",
    )


@pytest.mark.parametrize(
    "top_line",
    [
        # a paper's editorial reprinted by the wire opens with the line introducing it
        "The Harlow Herald said in an editorial for Wednesday, Oct. 7:",
        "The Fennick Courier said in an editorial on Sunday, Nov. 1:",
        # a photo's caption naming a person above the story
        "Lena Ortiz, 32, of Harlow",
        # a video's description above its player
        "Radio Harlow's Lee Park reports on the bridge collapse Thursday:",
    ],
)
def test_a_line_at_the_top_that_is_no_headline_does_not_title_the_article(top_line: str) -> None:
    article = run(f"{top_line}\n\n{STORY}\n\n{MORE}", file="p02.txt")
    assert article.title == "p02" and not article.has_headline
    assert article.label.startswith("The river rose two metres")


@pytest.mark.parametrize(
    ("last", "story"),
    [
        ("Two divers will go down again at dawn. kl", "Two divers will go down again at dawn."),
        (
            '"We will rebuild it," said Mayor Dana Whitlow. jl',
            '"We will rebuild it," said Mayor Dana Whitlow.',
        ),
        # a story that closes on an abbreviation of its own keeps it
        ("The council meets again on Monday at 10 a.m.", None),
    ],
)
def test_a_wire_desks_initials_closing_the_story_are_left_out(last: str, story: str | None) -> None:
    article = run(f"{STORY}\n\n{MORE}\n\n{last}", file="p01.txt")
    assert article.paragraphs[-1] == (story or last)


def test_two_lower_case_letters_after_a_full_stop_inside_the_story_are_the_storys() -> None:
    inside = "The new span was rated A. ok for traffic, the engineers wrote in their report."
    article = run(f"{STORY}\n\n{inside}\n\n{MORE}", file="p01.txt")
    assert article.paragraphs[1] == inside


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("Update: The council has reopened the bridge to buses.", None),
        ("UPDATE 2: The council has reopened the bridge to buses.", None),
        ("Updated, 4:15 p.m.: The council has reopened the bridge to buses.", None),
        # a time stamp's words, and the news after them all the same
        ("Updated at 4:15 p.m.: The council has reopened the bridge to buses.", None),
        ("[UPDATE May 4, 2026] The council has reopened the bridge to buses.", None),
        # the time in brackets after the word
        ("UPDATE (4:15 p.m.): The council has reopened the bridge to buses.", None),
        ("Update (May 5): The council has reopened the bridge to buses.", None),
        # (a bracket that is no time or date is the story's heading, not an update's stamp)
        (
            "Update (buses): The council has reopened the bridge to buses.",
            "Update (buses): The council has reopened the bridge to buses.",
        ),
        # an imperative that opens with the word is the story's (or a prompt's), no label
        (
            "Update your route: The council has reopened the bridge to buses.",
            "Update your route: The council has reopened the bridge to buses.",
        ),
    ],
)
def test_the_label_of_an_update_is_left_out_and_its_news_kept(line: str, story: str | None) -> None:
    article = run(f"{STORY}\n\n{line}\n\n{MORE}", file="p01.txt")
    assert article.paragraphs[1] == (story or "The council has reopened the bridge to buses.")


@pytest.mark.parametrize(
    "stamp", ["Updated at 4:15 p.m. ET", "Updated: May 4, 2026 4:15 PM", "UPDATE: 5:30 p.m. EST"]
)
def test_an_update_time_stamp_with_no_news_after_it_is_not_story(stamp: str) -> None:
    article = run(f"{STORY}\n\n{stamp}\n\n{MORE}", file="p01.txt")
    assert len(article.paragraphs) == 2 and not any(
        "4:15" in p or "5:30" in p for p in article.paragraphs
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Video shows the Harlow bridge falling into the river",
        "From flood to fire: Harlow's terrible week",
        "Photo of the flooded Harlow church goes viral",
        "Harlow newsletter editor rescued from a roof by the ferry crew",
    ],
)
def test_a_headline_that_opens_as_a_credit_or_prompt_may_still_titles_the_article(
    headline: str,
) -> None:
    article = run(f"{headline}\n\n{STORY}\n\n{MORE}", file="p01.txt")
    assert article.title == headline and article.has_headline


@pytest.mark.parametrize(
    ("dateline", "outlet"), [("(Reuters) - ", "Reuters"), ("(AP) — ", "Associated Press")]
)
def test_a_lede_under_an_agencys_dateline_without_its_place_is_kept_and_names_the_agency(
    dateline: str, outlet: str
) -> None:
    lede = "The Harlow bridge reopened on Monday after two years of repairs."
    more = "Engineers replaced two piers and the whole deck, the transport department said."
    article = ingest(
        RawDocument(text=f"Harlow Bridge Reopens\n\n{dateline}{lede}\n\n{more}"), "a.txt", 0
    )
    assert article.paragraphs == (lede, more)
    assert (article.outlet, article.outlet_from) == (outlet, "text")


@pytest.mark.parametrize(
    "lede",
    [
        "TK/OZ - The duo will play Harlow in May, promoters said.",
        "AB/CD: The two firms will merge their Harlow plants, the companies said.",
        "HX/Fennick - The rail link will open in May, officials said.",
    ],
)
def test_a_name_with_a_short_part_around_a_slash_opening_the_lede_is_not_two_places(
    lede: str,
) -> None:
    article = run(f"Harlow Bridge Reopens\n\n{lede}\n\n{MORE}")
    assert article.paragraphs == (lede, MORE)


def test_a_page_of_thousands_of_headings_takes_the_fullest_as_its_headline_the_first_of_equals() -> (
    None
):
    headings = [f"Fennick Ferry Timetable Changes For Route {n}" for n in range(3000)]
    fullest = "Fennick Ferry Sails Later From Monday As Winter Timetable Begins"
    story = (
        "The Fennick ferry will leave the harbour an hour later from Monday, the operator said "
        "in a statement on its website. Passengers were told to check the new times first."
    )
    page = [*headings[:1500], fullest, *headings[1500:]]
    assert ingest(RawDocument("\n".join(page) + "\n\n" + story), "a.txt", 0).title == fullest
    plain = ingest(RawDocument("\n".join(headings) + "\n\n" + story), "a.txt", 0)
    assert (plain.title, plain.paragraphs) == (headings[0], (story,))


def test_thousands_of_lines_in_capitals_above_the_story_are_all_taken_off_in_order() -> None:
    capitals = [f"FENNICK FERRY ROUTE {n}" for n in range(3000)]
    story = (
        "The Fennick ferry will leave the harbour an hour later from Monday, the operator said "
        "in a statement on its website. Passengers were told to check the new times first."
    )
    article = ingest(RawDocument("\n\n".join(capitals) + "\n\n" + story), "a.txt", 0)
    assert (article.paragraphs, article.removed) == ((story,), tuple(capitals))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"RIVERTON, Oct 3 (Meridian Press) — {STORY}", "RIVERTON, Oct 3"),
        (f"PORT HARLOW, New Tessalia (Meridian Press) - {STORY}", "PORT HARLOW, New Tessalia"),
        (f"OSLO - {STORY}", "OSLO"),
        (f"JAKARTA/PANGKALAN BUN, Indonesia {STORY}", "JAKARTA/PANGKALAN BUN, Indonesia"),
        (f"(CNN) — {STORY}", ""),
        (f"{STORY}\nLONDON - Officials in the capital said they were watching closely.", ""),
    ],
)
def test_the_place_a_dateline_names_is_kept_beside_the_text_it_is_cut_from(
    text: str, place: str
) -> None:
    article = run(text)
    assert article.paragraphs[0] == STORY
    assert article.dateline == place
