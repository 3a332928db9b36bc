"""A page's title signed by its site in forms the readable corpora rarely show: a known
outlet's name after a comma, the site's name before a section, a network's section in place
of its name; and notes of a page's widgets that read almost as sentences. The stories and
their places are invented (Harlow, Fennick); the outlets that sign are known ones, since
knowing them is what is tested."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.outlets import headline_without_site

STORY = (
    "The Harlow city council dismissed its police chief on Tuesday after an audit found that "
    "overtime had been approved without review for three years.",
    "The council will meet on Friday to name an interim chief, a spokesman for the mayor said.",
    "Officers were told of the decision at a briefing on Tuesday afternoon, two people said.",
)


def _from_text(title: str):
    return ingest(RawDocument(text="\n\n".join((title, *STORY))), "p01.txt", 0)


def _from_page(title: str):
    return ingest(RawDocument(text="\n\n".join(STORY), title=title, clean=True), "p01.html", 0)


@pytest.mark.parametrize(
    ("line", "headline", "outlet"),
    [
        ("Harlow Council Fires Police Chief, Washington Post", "Harlow Council Fires Police Chief",
         "Washington Post"),
        ("Harlow council fires police chief after overtime audit, Reuters",
         "Harlow council fires police chief after overtime audit", "Reuters"),
        ("Harlow Police Chief Out After Audit, Politico", "Harlow Police Chief Out After Audit",
         "Politico"),
        ("Audit costs Harlow police chief his job, npr.org", "Audit costs Harlow police chief his job",
         "NPR"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("read", [_from_text, _from_page], ids=["text", "page"])
def test_a_headline_signed_by_a_known_outlet_after_a_comma_keeps_the_headline_and_names_the_outlet(
    read, line: str, headline: str, outlet: str
) -> None:
    article = read(line)
    assert (article.title, article.outlet, article.has_headline) == (headline, outlet, True)


@pytest.mark.parametrize(
    "line",
    [
        "Lee Park, Washington Post",
        "Lee Park and Sam Reyes, Reuters",
        "Ana de la Cruz Reyes, NPR",
        # outlets in the headline's own list
        "Harlow Mayor Sues New York Times, CNN",
        # a comma before a name no outlet is known by
        "Harlow Council Fires Police Chief, Mayor Says",
    ],
)
def test_a_comma_before_a_writer_a_list_of_outlets_or_an_unknown_name_leaves_the_line_whole(
    line: str,
) -> None:
    assert headline_without_site(line) == line


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Harlow council fires police chief after audit | Harlow Herald | Local News",
         "Harlow Herald"),
        ("Harlow council fires police chief after audit | Fennick Courier | News | Politics",
         "Fennick Courier"),
        ("Harlow council fires police chief after audit - Politics - Harlow Herald",
         "Harlow Herald"),
        ("Harlow council fires police chief after audit - CNNPolitics", "CNN"),
        ("Harlow council fires police chief after audit | CNN Business", "CNN"),
    ],
)  # fmt: skip
def test_a_site_named_beside_its_sections_or_by_a_networks_section_is_the_outlet(
    line: str, outlet: str
) -> None:
    article = _from_page(line)
    assert (article.title, article.outlet) == (
        "Harlow council fires police chief after audit",
        outlet,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Harlow council fires police chief after audit - Story | KHAR 5 Harlow",
        "Harlow council fires police chief after audit | Article [AMP] | Harlow Herald",
        "Harlow council fires police chief after audit - Page 2",
        "Harlow council fires police chief after audit - ABC7 Fennick",
        "Harlow council fires police chief after audit - NBC Harlow",
        "Harlow council fires police chief after audit - FOX 5 DC",
    ],
)
@pytest.mark.parametrize("read", [_from_text, _from_page], ids=["text", "page"])
def test_a_page_kind_a_page_number_or_a_tv_stations_name_after_the_headline_is_left_out(
    read, line: str
) -> None:
    assert read(line).title == "Harlow council fires police chief after audit"


@pytest.mark.parametrize(
    "headline",
    [
        "Harlow council fires police chief - Fennick Mayor Reacts",
        "Harlow council fires police chief - Audit Story Unfolds",
    ],
)
def test_a_headlines_own_words_after_a_dash_are_no_station_or_page(headline: str) -> None:
    assert _from_page(headline).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Harlow council fires police chief - mayor hails audit - Politics",
        "Harlow council fires police chief | after the audit | News",
    ],
)
def test_a_headlines_own_clause_before_a_section_names_no_site(line: str) -> None:
    assert _from_page(line).outlet == "p01"


@pytest.mark.parametrize(
    "line",
    [
        # a share button's receipt
        "Sent! A link has been sent to your friend's email address.",
        "Posted! A link has been posted to your Facebook feed.",
        # a radio site's note on the sound to come
        "Audio will be available later today.",
        "Audio for this story will be available later today.",
        # a pointer to what the page embeds
        "You can read the letter below.",
        "Watch the full interview above:",
        "Read the council's statement below.",
        # a membership appeal
        "Love the Harlow Herald? Become a founding member of Herald Plus today.",
        "Become a paying member today.",
        # a newsletter's blurb
        "Get breaking news and special reports. The news and stories that matter, delivered "
        "weekday mornings.",
        # the printed edition's note in the past tense
        "A version of this article appeared in print on March 5, 2026, on Page A1.",
        # how the story was made
        "This story was reported on-air by a journalist and has been converted to this platform "
        "with the assistance of AI.",
        "This article was generated from an automated news agency feed without modifications.",
        "This report was written with the help of generative AI and reviewed by an editor.",
        "Our editorial team will review the content to ensure accuracy.",
        # a paywall's preview
        "You are viewing a preview of this article; log in to read the rest.",
        # the site's app, its pages elsewhere and its affiliate links
        "Stay up to date on the latest news with our free app.",
        "For the latest breaking news and updates, download our app.",
        "Make sure to follow us on social media for more updates.",
        "We've got you covered: get the latest news sent to your phone.",
        "If you buy through a link on our site, we may receive compensation.",
        # credits and the reader's story
        "Reporting was contributed by Sam Reyes.",
        "Got a story to share? Send it to us on WhatsApp.",
        "Chat with us in Facebook Messenger.",
    ],
)
def test_a_pages_note_that_reads_almost_as_a_sentence_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Fennick became a member of the regional water board in 2019.",
        "She hopes to become a member of the city council next year.",
        "The ballots were delivered every morning by hand, the clerk said.",
        "Audio of the call was released by the police on Tuesday.",
        "Audio will be key to the case, the prosecutor told the jury.",
        "You can read the letter below the statue, the guide said, if the light is good.",
        "Read the council's statement, a spokesman urged residents on Tuesday.",
        "A version of the plan appeared in a council report last year.",
        '"You can pay with our app," the chief executive said.',
        "Customers who download our app get a discount, the chain said in a statement.",
        "This report is based on data processed by artificial intelligence, the ministry said.",
        "The essay was written with the help of AI, the student admitted.",
        "Reporting was difficult because the roads were closed, the editor said.",
    ],
)
def test_a_story_sentence_sharing_words_with_those_notes_stays_story(line: str) -> None:
    assert furniture_kind(line) is None


def _outlet(top: str = "", bottom: str = "") -> str:
    lines = ["Harlow Council Fires Its Police Chief", top, *STORY, bottom]
    return ingest(RawDocument(text="\n\n".join(x for x in lines if x)), "p01.txt", 0).outlet


@pytest.mark.parametrize(
    "top",
    [
        "Story by Lee Park, Harlow Herald",
        "Written by Lee Park for the Harlow Herald",
        "By Lee Park for the Harlow Herald",
        "Lee Park, Special to the Harlow Herald",
        "By Lee Park, Harlow Herald Staff",
        "Harlow Herald Staff",
    ],
)
def test_a_byline_in_other_words_or_a_staff_credit_names_the_writers_paper(top: str) -> None:
    assert _outlet(top=top) == "Harlow Herald"


@pytest.mark.parametrize(
    "bottom",
    [
        "Contact the Harlow Herald newsroom at news@harlowherald.com.",
        "Have a news tip? Contact the Harlow Herald at tips@harlowherald.com.",
        "Subscribe to the Harlow Herald.",
        "Support local journalism: subscribe to the Harlow Herald today.",
    ],
)
def test_the_papers_own_address_or_its_call_to_subscribe_on_the_last_lines_names_it(
    bottom: str,
) -> None:
    assert _outlet(bottom=bottom) == "Harlow Herald"


def test_an_address_at_the_paper_names_it_when_the_article_calls_it_by_name() -> None:
    lines = [
        "Harlow Council Fires Its Police Chief",
        *STORY,
        "The Harlow Herald first reported the audit's findings in May.",
        "Send tips to newsdesk@harlowherald.com",
    ]
    article = ingest(RawDocument(text="\n\n".join(lines)), "p01.txt", 0)
    assert article.outlet == "Harlow Herald"


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        # a writer's credit for a body that is no paper
        ("Senate Committee Staff", ""),
        ("By Lee Park for the Fennick Food Bank", ""),
        # an address at someone the story is about, and an appeal for a cause
        ("", "Anyone with information should contact the Fennick Police at tips@fennickpolice.org."),
        ("", "Support the Fennick Food Bank."),
        # a paper's address the article never calls by name
        ("", "Send tips to newsdesk@fennickcourier.com"),
    ],
)  # fmt: skip
def test_a_credit_address_or_appeal_for_no_paper_names_no_outlet(top: str, bottom: str) -> None:
    assert _outlet(top=top, bottom=bottom) == "p01"


@pytest.mark.parametrize(
    "line",
    [
        "Harlow council fires police chief after audit · Harlow Herald",
        "Harlow council fires police chief after audit « Harlow Herald",
        "Harlow council fires police chief after audit / Harlow Herald",
        "Harlow council fires police chief after audit (Harlow Herald)",
        "Harlow council fires police chief after audit | Harlow Herald | March 4, 2026",
        "Harlow council fires police chief after audit - Harlow Herald - March 4, 2026",
        "Harlow council fires police chief after audit - Harlow Herald - Fennick County's News Source",
    ],
)
def test_a_site_signed_by_another_mark_in_brackets_or_before_a_date_or_its_tagline_is_the_outlet(
    line: str,
) -> None:
    article = _from_page(line)
    assert (article.title, article.outlet) == (
        "Harlow council fires police chief after audit",
        "Harlow Herald",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Harlow council fires police chief after audit (Video)",
        "Harlow council fires police chief after audit (Updated)",
        "Harlow bridge reopens after a two-year repair (Harlow)",
        "Harlow Mayor Says 9 / 11 Memorial Will Open",
        "The mayor speaks to reporters in Harlow on Monday. (Lee Park/Harlow Herald)",
    ],
)
def test_a_bracket_or_slash_that_is_the_headlines_own_names_no_site(line: str) -> None:
    assert _from_page(line).outlet == "p01"


@pytest.mark.parametrize(
    "line",
    [
        "By Election Day, the party had lost its leader.",
        "By Christmas Day, Harlow residents were reading the Fennick News.",
        "By Monday Morning, Park worked for the Fennick Gazette.",
    ],
)
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_sentence_opening_with_by_and_a_named_day_names_no_outlet(where: str, line: str) -> None:
    assert _outlet(**{where: line}) == "p01"


@pytest.mark.parametrize(
    "line",
    [
        # a recording in the news
        "Audio is not yet available from the cockpit voice recorder, investigators said.",
        "Audio will be available to the families after the hearing, the board said.",
        # a report that is the news, made with AI or by a machine
        "This report was prepared with the assistance of AI and contained at least 20 errors.",
        "This report was produced by an automated system that flagged 200 accounts.",
        "This story was told by an automated voice on the phone line.",
        "Our editors reviewed the content of the leaked files before publication.",
        # news delivered, alerts sent and compensation received in the story
        "Investors have had bad news delivered every week since March.",
        "For months the stories delivered each morning by the paper's carriers went unread.",
        "Emergency alerts sent to your phone by the county will include evacuation routes.",
        '"We may receive compensation for the flood damage, but it will take years," said the farmer.',
        "We may get compensation eventually, he said.",
        # a feature's opening question, a passive credit to no one named
        "Got a story to tell? The Harlow museum wants to hear it, the curator said.",
        "Reporting was contributed by volunteers in three counties, the survey's authors said.",
    ],
)
def test_a_story_sentence_about_audio_ai_alerts_or_compensation_stays_story(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize(
    "bottom",
    [
        "Its final front page carried three words: Support The Fennick Ledger.",
        "The union's banner read: Support the Harlow Press.",
        "Outside the courthouse, one placard said: Subscribe to the Fennick Courier.",
    ],
)
def test_an_appeal_to_support_a_paper_quoted_in_the_story_names_no_outlet(bottom: str) -> None:
    assert _outlet(bottom=bottom) == "p01"


@pytest.mark.parametrize(
    "line",
    [
        "Harlow's Oldest Paper – The Fennick Gazette – Prints Its Last Edition",
        "Spielberg's Newsroom Film - The Harlow Post - Opens to Rave Reviews",
        "Why Harlow's Favourite Show - The Late Review - Was Cancelled",
        "Harlow Bridge Reopens - Mayor Hails Crews",
    ],
)
def test_a_papers_name_set_off_by_dashes_inside_a_headline_is_no_site_before_its_tagline(
    line: str,
) -> None:
    article = _from_page(line)
    assert (article.title, article.outlet) == (line, "p01")


@pytest.mark.parametrize(
    "tagline",
    ["Fennick County's News Source", "Serving Harlow Since 1847", "Your Hometown Newspaper",
     "The Voice of the Valley"],
)  # fmt: skip
def test_a_sites_tagline_after_its_name_is_cut_with_it(tagline: str) -> None:
    article = _from_page(
        f"Harlow council fires police chief after audit - Harlow Herald - {tagline}"
    )
    assert (article.title, article.outlet) == (
        "Harlow council fires police chief after audit",
        "Harlow Herald",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Harlow Mill Fire: What We Know - March 4, 2026",
        "Harlow Mill Fire: What We Know - 4 March 2026",
        "Harlow Mill Fire: What We Know | Monday, March 4, 2026",
    ],
)
def test_a_date_closing_a_title_line_is_cut_and_names_no_outlet(line: str) -> None:
    article = _from_page(line)
    assert (article.title, article.outlet) == ("Harlow Mill Fire: What We Know", "p01")


@pytest.mark.parametrize(
    "line",
    [
        "Readers who subscribe to the Harlow Herald will get the printed edition on Sundays.",
        "Fewer households subscribe to cable television than a decade ago, the survey found.",
        "Thousands of runners sign up for the Harlow marathon each spring.",
        "Residents who sign up to vote by Friday can cast a ballot in the levy election.",
    ],
)
def test_a_story_sentence_about_people_who_subscribe_or_sign_up_stays_story(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter for the week's top stories.",
        "Want more? Subscribe to the Harlow Herald's free morning briefing.",
        "Click here to subscribe to the Harlow Herald.",
        "Sign up for breaking news alerts.",
        "Get the best of Harlow every week. Sign up here.",
        "Please sign up to keep reading.",
    ],
)
def test_an_invitation_to_subscribe_or_sign_up_is_still_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a pipe saved without its spaces, or drawn as a box's line
        "Harlow council fires police chief after overtime audit |Yahoo News",
        "Harlow council fires police chief after overtime audit│Harlow Herald",
        # a figure dash before the site's name
        "Harlow council fires police chief after overtime audit ‒ Yahoo News",
        # an aggregator's section or edition after a dash
        "Harlow council fires police chief after overtime audit - Yahoo Finance",
        "Harlow council fires police chief after overtime audit - Yahoo News UK",
        "Harlow council fires police chief after overtime audit - Yahoo",
    ],
)
@pytest.mark.parametrize("read", [_from_text, _from_page], ids=["text", "page"])
def test_an_aggregators_name_or_a_pipe_without_spaces_closing_a_title_is_not_the_headlines(
    read, line: str
) -> None:
    article = read(line)
    assert (article.title, article.has_headline) == (
        "Harlow council fires police chief after overtime audit",
        True,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Harlow council fires police chief - Yahoo shares fall",
        "Harlow Council Fires Police Chief - Mayor Hails Audit",
    ],
)
def test_a_headlines_own_clause_after_a_dash_is_kept(line: str) -> None:
    assert headline_without_site(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Harlow Herald │ Harlow council fires police chief after overtime audit",
        "Harlow Herald│Harlow council fires police chief after overtime audit",
        "Harlow Herald|Harlow council fires police chief after overtime audit",
    ],
)
def test_a_sites_name_before_a_box_drawn_pipe_opening_a_title_is_not_the_headlines(
    line: str,
) -> None:
    assert headline_without_site(line) == "Harlow council fires police chief after overtime audit"


@pytest.mark.parametrize(
    "line",
    [
        "Fever cases rise across the Tessel valley - WHO Says",
        "Fever cases rise across the Tessel valley - WHO Report",
        "Tariff quarrels between Harlow and Fennick grow - WTO Chief",
        "Harlow banks face tougher audits - KPMG Study",
        "Harlow voters back the bridge tax - CBS Poll",
        "Fennick wheat harvest fails - KSU Study",
    ],
)
@pytest.mark.parametrize("read", [_from_text, _from_page], ids=["text", "page"])
def test_a_source_in_capitals_after_the_headlines_dash_is_the_headlines_own_not_a_station(
    read, line: str
) -> None:
    assert read(line).title == line
