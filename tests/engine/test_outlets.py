"""Outlets read from an article's own text: datelines, footers, credits, staff lines, templates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.outlets import _TEMPLATES, _email_domains, _template, outlet_in_text

STORY = "The Carrowgate bridge fell into the Tessel river on Monday evening, officials said."
CASES = {
    "dateline after a caption": (
        ["Crews on the riverbank on Monday. (AP Photo/Sam Reyes)", f"HARLOW (AP) — {STORY}"],
        None,
        "Associated Press",
    ),
    "dateline without a dash": ([f"Harlow (CNN) {STORY}"], None, "CNN"),
    "two-word place": ([f"DAHANIEH, Gaza Strip (AP) _ {STORY}"], None, "Associated Press"),
    "copyright line": (
        [STORY, "Copyright 2026 The Harlow Herald. All rights reserved."],
        None,
        "The Harlow Herald",
    ),
    "copyright with the year after": ([STORY, "© Radio Harlow 2026"], None, "Radio Harlow"),
    "copyright sign and word": (
        [STORY, "© Copyright 2026 Harlow Herald Inc."],
        None,
        "Harlow Herald",
    ),
    "find us on facebook": ([STORY, "Find HarlowNews.com on Facebook."], None, "HarlowNews.com"),
    "reuters credit": (
        [STORY, "(Reporting by Lee Park; Editing by Sam Reyes)"],
        None,
        "Reuters",
    ),
    "originally appeared": (
        [STORY, "This article originally appeared on Harlow Weekly."],
        None,
        "Harlow Weekly",
    ),
    "site name in the title": (
        [STORY],
        "Bridge falls into the Tessel | The Harlow Herald",
        "The Harlow Herald",
    ),
    "site name after a dash": (
        [STORY],
        "Bridge falls into the Tessel - Radio Harlow",
        "Radio Harlow",
    ),
    "critic line": (
        [STORY, "Lee Park is the Harlow Herald's movie critic."],
        None,
        "Harlow Herald",
    ),
    "byline of the paper": (["By Lee Park of the Harlow Gazette", STORY], None, "Harlow Gazette"),
    "staff photo credit": (
        ["The mayor at the river. (Lee Park/The Harlow Herald)", STORY],
        None,
        "The Harlow Herald",
    ),
    "reporter e-mail": ([STORY, "lpark@nydailynews.com"], None, "New York Daily News"),
    "self reference": (
        [STORY, "The fire chief told KHAR News today that divers found the bus."],
        None,
        "KHAR News",
    ),
    "template": (["Image copyright Getty Images", STORY], None, "BBC News"),
    "dateline with the weekday and the year": (
        [f"MONDAY, May 4, 2026 (HealthDay News) -- {STORY}"],
        None,
        "HealthDay News",
    ),
    "dateline after a headline on its line": (
        [f"Bridge Falls Into River, Mayor Says HARLOW, Ont. (HNS) - {STORY}"],
        None,
        "HNS",
    ),
    "share footer": (
        [STORY, "Read or Share this story: https://usat.ly/2aBcDeF"],
        None,
        "USA TODAY",
    ),
    "a local paper's share footer": (
        [STORY, "Read or Share this story: http://on.freep.com/1xYzAb"],
        None,
        "Detroit Free Press",
    ),
    "wire reporter's e-mail": (
        [STORY, "Contact Lee Park at lpark@ap.org."],
        None,
        "Associated Press",
    ),
    "link to another story": (
        [STORY, "Tessel bridges: what the inspectors found in March Read more"],
        None,
        "The Guardian",
    ),
    "caption credit": (
        ["The bridge on Monday. Photograph: Lee Park/PA", STORY],
        None,
        "The Guardian",
    ),
    "comment sought": (
        [STORY, "The council has not returned calls from KHAR News seeking comment."],
        None,
        "KHAR News",
    ),
    "copyright of the owning company": (
        [
            STORY,
            "© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
        ],
        None,
        "CNN",
    ),
    "copyright of the wire's owner": (
        [STORY, "Copyright 2026 Thomson Reuters. Click for Restrictions."],
        None,
        "Reuters",
    ),
    "copyright with affiliates": (
        [STORY, "© 2026 Guardian News & Media Limited or its affiliated companies."],
        None,
        "The Guardian",
    ),
    "page template": (["Scroll down for video", STORY], None, "Daily Mail"),
    "staff who contributed": (
        [STORY, "KHAR's Lee Park and Sam Reyes contributed to this report."],
        None,
        "KHAR",
    ),
    "byline with the outlet": (["By Lee Park, Harlow Herald", STORY], None, "Harlow Herald"),
    "comment the outlet asked for": (
        [STORY, "The mayor did not respond to a request for comment from KHAR News on Sunday."],
        None,
        "KHAR News",
    ),
    "contacted by the outlet": (
        [STORY, "Contacted this morning by the Harlow Herald, the council refused to comment."],
        None,
        "Harlow Herald",
    ),
    "the outlet's newsletter": (
        [STORY, "Sign up for KHAR's Morning Brief newsletter."],
        None,
        "KHAR",
    ),
    "a company's own post": (
        ["At Harlow Transit, we put our riders' safety first.", STORY],
        None,
        "Harlow Transit",
    ),
    "a company's author line": (
        [STORY, "Lee Park is Harlow Transit's Chief Operating Officer."],
        None,
        "Harlow Transit",
    ),
    "a station's video description": (
        ["Divers search the Tessel. Lee Park reports for the Harlow4 News at 6 on Monday.", STORY],
        None,
        "Harlow4 News",
    ),
    "contact line": (
        [STORY, "Lee Park may be reached at lpark@example.com. Find HarlowNews.com on Facebook."],
        None,
        "HarlowNews.com",
    ),
    "a paper's short name for itself": (
        [STORY, "“He loved that bridge,” his sister told The Courier."],
        None,
        None,
    ),
    "a paper's short name for itself, one it is known by": (
        [STORY, "“He loved that bridge,” his sister told The Post."],
        None,
        "The Post",
    ),
    "a paper's short name for itself, in an interview it held": (
        [STORY, "“He loved that bridge,” his sister said in a phone interview with The Times."],
        None,
        "The Times",
    ),
    "a paper's short name for itself, interviewing": (
        [STORY, "Interviewed by The Globe on Monday, the mayor said the span was safe."],
        None,
        "The Globe",
    ),
    "a byline in capitals for its site": (
        ["By LEE PARK FOR HARLOWONLINE", STORY],
        None,
        "HARLOWONLINE",
    ),
    "a paper's name under a byline": (
        ["By Lee Park", "The Harlow Herald", STORY],
        None,
        "The Harlow Herald",
    ),
    "an agency's name under a byline": (
        ["By Lee Park", "Associated Press", STORY],
        None,
        "Associated Press",
    ),
    "a place under a byline": (["By Lee Park", "Harlow, Fennick", STORY], None, None),
    "a freelance writer's credit": (
        [STORY, "Special to The Harlow Herald."],
        None,
        "The Harlow Herald",
    ),
    "a staff report's credit": (["Harlow Herald Staff Report", STORY], None, "Harlow Herald"),
    "a committee's staff report, no paper": (
        ["Fennick Senate Committee Staff Report", STORY],
        None,
        None,
    ),
    "something special to a mayor, no paper": ([STORY, "Special to the Mayor"], None, None),
    "an exclusive interview": (
        [
            STORY,
            "In an exclusive, tearful interview with Harlow Weekly, the driver said he braked.",
        ],
        None,
        "Harlow Weekly",
    ),
    "an agency's closing credit": ([STORY, "AFP", "Topics: bridges, Fennick"], None, "AFP"),
    "the printed edition's note": (
        [
            STORY,
            "A version of this article appears in print on May 4, 2026, on Page A14 of the New "
            "York edition with the headline: Harlow Bridge Falls.",
        ],
        None,
        "The New York Times",
    ),
    "an online byline of the Mail": (["By Lee Park For Mailonline", STORY], None, "Daily Mail"),
    "a magazine's printed issue": (
        [STORY, "This article appears in the May 2026 issue of Harlow Monthly."],
        None,
        "Harlow Monthly",
    ),
    "the writer's closing note": (
        [STORY, "Lee Park is a contributing editor at Harlow Monthly and a bridge engineer."],
        None,
        "Harlow Monthly",
    ),
    "the site asking to be followed": (
        [STORY, "Follow Harlow News on Twitter for updates."],
        None,
        "Harlow News",
    ),
    "a station asking to be liked": ([STORY, "Like KHAR on Facebook."], None, "KHAR"),
    "a staff byline": (["By Harlow Herald Staff", STORY], None, "Harlow Herald"),
    "the site's own app": (
        [STORY, "Download the Harlow Herald app for breaking news."],
        None,
        "Harlow Herald",
    ),
    "a footer naming the site by its domain": (
        [STORY, "Originally published on HarlowNews.com."],
        None,
        "HarlowNews.com",
    ),
    "a video's description naming its reporter": (
        ["HARLOW TV's Lee Park reports on the bridge that fell on Monday:", STORY],
        None,
        "HARLOW TV",
    ),
    "a station's video player naming its news": (
        [
            "EMBED More News Videos The crews at the river. Watch the report from Lee Park on "
            "Harlow Action News at 4 p.m. on May 4, 2026",
            STORY,
        ],
        None,
        "Harlow Action News",
    ),
    "the site's forum": (
        [STORY, "Discuss this topic in the Harlow Screen Forums."],
        None,
        "Harlow Screen",
    ),
    "a magazine writing its name in capitals": (
        [f"Recently, HARLOW MONTHLY sat down with the engineer. {STORY}"],
        None,
        "HARLOW MONTHLY",
    ),
    "a site named '… News' that people talk to": (
        [STORY, "“It was a loud crack,” a witness told Harlow Weird News."],
        None,
        "Harlow Weird News",
    ),
    "a staff photographer's credit": (
        [STORY, "The mayor at the river. Credit Lee Park for The Harlow Herald"],
        None,
        "The Harlow Herald",
    ),
    "a paper called by its kind, its staff address giving its name": (
        [
            f"North of the Tessel Coast road, {STORY[0].lower()}{STORY[1:]}",
            "Lee Park is a staff writer at the Journal. Reach her at lee@northtesselcoastjournal.com.",
        ],
        None,
        "North Tessel Coast Journal",
    ),
    "a paper called by its kind, its address in English words": (
        [
            STORY,
            "Lee Park is a staff writer at the Journal. Reach her at lee@rivervalleyjournal.com.",
        ],
        None,
        "River Valley Journal",
    ),
    "the site's own links under its name": (
        [STORY, "Related stories on Harlow Online:", "Ferry fares rise"],
        None,
        "Harlow Online",
    ),
    "a template's picture credit": ([STORY, "Listing image by Harlow Works"], None, "Ars Technica"),
    "its reporters at work": (
        [STORY, "HTVN reporters had to wait in line for 18 hours to buy the tickets."],
        None,
        "HTVN",
    ),
    "its producers at work": (
        [STORY, "HTVN producers waited outside the Fennick courthouse for 18 hours."],
        None,
        "HTVN",
    ),
    "its staffers at work": (
        [STORY, "Harlow Weekly staffers spent the night at the flooded quay."],
        None,
        "Harlow Weekly",
    ),
    "a station's newscast": (
        ["The latest on the bridge at 11pm @KHAR7 pic.twitter.com/AbCd", STORY],
        None,
        "KHAR7",
    ),
    "dateline with the date after the country": (
        [f"HARLOW, England, May 4 (Meridian Wire) - {STORY}"],
        None,
        "Meridian Wire",
    ),
    "dateline of an agency writing its name in lower case": (
        [f"Harlow, May 4 (dpa) - {STORY}"],
        None,
        "dpa",
    ),
    "dateline closed by a colon": ([f"HARLOW, May 4 (HNA): {STORY}"], None, "HNA"),
    "dateline closed by a full stop and a dash": ([f"HARLOW, May 4 (HNE).- {STORY}"], None, "HNE"),
    "byline of several writers": (
        ["By Lee Park and Sam Reyes, Harlow Herald", STORY],
        None,
        "Harlow Herald",
    ),
    "byline with a slash": (["By Lee Park / Fennick Courier", STORY], None, "Fennick Courier"),
    "byline with the outlet and the job": (
        ["By Lee Park, Harlow Herald Staff Writer", STORY],
        None,
        "Harlow Herald",
    ),
    "byline of an agency's writer with a beat": (
        ["By LEE PARK AP Science Writer", STORY],
        None,
        "Associated Press",
    ),
    "byline with its time stamp": (
        ["By Lee Park, Harlow News Network Updated 10:45 AM ET, Mon May 4, 2026", STORY],
        None,
        "Harlow News Network",
    ),
    "byline of a freelance writer": (
        ["By Lee Park, for Harlow Weekly", STORY],
        None,
        "Harlow Weekly",
    ),
    "byline without 'By' at the top": (["Lee Park, HARLOW TODAY", STORY], None, "HARLOW TODAY"),
    "a news agency's notice with its year": (
        [STORY, "© 2026 Meridian Wire L.P."],
        None,
        "Meridian Wire",
    ),
    "reprint under a licence": (
        [
            STORY,
            "This article is republished from Fennick Review under a Creative Commons license.",
        ],
        None,
        "Fennick Review",
    ),
    "reprint with permission": (
        [STORY, "Republished with permission of Harlow Herald."],
        None,
        "Harlow Herald",
    ),
    "the partner that produced it": (
        [STORY, "This story was produced by Harlow Health News, a nonprofit newsroom."],
        None,
        "Harlow Health News",
    ),
    "writer's note with the outlet before the job": (
        [STORY, "Lee Park is a Harlow Herald staff writer."],
        None,
        "Harlow Herald",
    ),
    "an agency credited alone on the last line": ([STORY, "— Yonhap"], None, "Yonhap"),
    "byline of a paper whose name ends in a job's word": (
        ["By Lee Park, The Harlow Reporter", STORY],
        None,
        "The Harlow Reporter",
    ),
    "a broadcaster's byline with the writer's place": (
        ["By Lee Park BBC News, Harlow", STORY],
        None,
        "BBC News",
    ),
    "writer's note of the beat": (
        [STORY, "Lee Park covers transportation for the Fennick Courier."],
        None,
        "Fennick Courier",
    ),
}


@pytest.mark.parametrize(("lines", "title", "outlet"), CASES.values(), ids=CASES.keys())
def test_outlet_named_in_the_text(lines: list[str], title: str | None, outlet: str | None) -> None:
    assert outlet_in_text(lines, title) == outlet


@pytest.mark.parametrize(
    "lines",
    [
        [STORY, "(Lee Park/Reuters)"],  # an agency's photo in another outlet's article
        [STORY, "The mayor told CNN that the bridge had passed its inspection."],
        [f"Kim Park (left) greets {STORY}"],
        [STORY, "The Associated Press contributed to this report."],
        [STORY, "The mayor rejected Dana Whitlow's request for $14 million in repairs."],
        [STORY, "Tessel bridges: what the inspectors found in March… Read more"],
        [STORY, "© Getty Images 2026"],
        [STORY, "The Associated Press' Sam Reyes contributed to this report."],
        ["By Lee Park, Staff Writer", STORY],
        [STORY, "“At Harlow Transit, we put our riders' safety first,” the statement said."],
        [STORY, "She was contacted by the FBI, which declined to comment."],
        [STORY, "Sign up for our newsletter."],
        ["The mayor at the river. (Lee Park/The Associated Press)", STORY],
        [
            f"{STORY[:-1]}, KHAR.com reported.",
            "The fire chief told KHAR.com that divers found the bus.",
            "Click for more from KHAR.com",
        ],
        [STORY, "The fire chief told KHAR News today, according to KHAR News, that it was dusk."],
        [STORY, "The mayor appeared in the May issue of Harlow Monthly, wearing a hard hat."],
        [STORY, "Lee Park is a staff writer at the Journal."],
        [STORY, "Lee Park is a staff writer at the Journal. Reach her at lee@harlowjournal.com."],
        [STORY, "More stories from Harlow Online:"],
        [STORY, "Two reporters had to wait in line for 18 hours to buy the tickets."],
        [STORY, "The council meets at 11 on Monday in Harlow."],
        [STORY, "Lee Park is a former reporter for the Harlow Herald."],
        ["Lee Park is a reporter for the Harlow Herald.", STORY, STORY, STORY, STORY],
        [STORY, "Follow Lee Park on Twitter."],
        [STORY, "Recently, Harlow Monthly sat down with the engineer."],
        [STORY, "The mayor told Fox News that the bridge had passed its inspection."],
        [
            f"{STORY[:-1]}, reports Harlow Weird News, adding that divers were out.",
            "“It was a loud crack,” a witness told Harlow Weird News.",
        ],
        [
            "The span will reopen in May, reports Harlow Weird News.",
            "“It was a loud crack,” a witness told Harlow Weird News.",
        ],
        [
            f"{STORY[:-1]}, writes Harlow Weird News.",
            "“It was a loud crack,” a witness told Harlow Weird News.",
        ],
        [*[STORY] * 8, "Fennick TV's Lee Park reports on the bridge every week."],
        ["Harlow Monthly, Fennick Post, Tessel Chronicle", "Win 2026 Bridge Prizes", STORY],
        ["Dana Whitlow, Harlow Council", STORY],
        [STORY, "Lee Park is a Pulitzer Prize-winning writer."],
        ["By Lee Park, Senior Writer", STORY],
    ],
    ids=[
        "agency photo credit",
        "interview with another outlet",
        "bracket note",
        "wire help",
        "a person's request",
        "a teaser cut short",
        "a photo agency's copyright",
        "a wire's help",
        "a byline's job title",
        "a company quoted",
        "contacted by investigators",
        "a newsletter of its own",
        "a wire's photo credited in full",
        "the station the story is credited to",
        "the station cited as the source",
        "a magazine the story's people appeared in",
        "a paper named by its kind alone",
        "a paper named by its kind, its address's other words not in the article",
        "more from another site",
        "reporters counted",
        "a meeting's time",
        "a former job of someone in the story",
        "a job named far from the article's end",
        "a reporter followed by name",
        "another outlet's interview, its name in the usual case",
        "a national network interviewing for every outlet",
        "the site credited with the story, then quoted",
        "the site credited after a month's name, then quoted",
        "the site that writes the story, then quoted",
        "a reporter's work named far below the page's top",
        "a list of papers at the top",
        "a person and the body she works for at the top",
        "a writer's prize",
        "a byline's job title with its rank",
    ],
)
def test_other_outlets_named_in_the_text_are_not_the_articles_outlet(lines: list[str]) -> None:
    assert outlet_in_text(lines) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "First published on March 4, 2026 / 9:00 AM",
        "Originally published on Tuesday.",
        "This story first appeared on Tuesday, March 4.",
        "First published in May 2026.",
        "Originally published Sept. 3, 2025.",
    ],
)
def test_a_pages_date_where_a_footer_names_its_first_page_is_not_the_outlet(stamp: str) -> None:
    assert outlet_in_text([stamp, STORY]) is None
    assert outlet_in_text([STORY, stamp]) is None


def test_a_footer_naming_its_first_page_and_the_date_names_the_page() -> None:
    line = "Originally published on Harlow Herald on March 4, 2026."
    assert outlet_in_text([STORY, line]) == "Harlow Herald"


@pytest.mark.parametrize("section", ["Latest News", "Opinion", "Video"])
def test_a_sections_name_after_the_headline_is_not_the_outlet(section: str) -> None:
    assert outlet_in_text([STORY], f"Bridge falls into the Tessel river - {section}") is None


def test_without_any_evidence_the_file_name_is_the_outlet_and_the_report_says_so() -> None:
    article = ingest(RawDocument(text=STORY), "harbor-herald.txt", 0)
    assert (article.outlet, article.outlet_from) == ("Harbor Herald", "file")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("NYT19981012.0242.txt", "The New York Times"),
        ("APW19981117.0597.txt", "Associated Press"),
        ("XIN_ENG_20050101.0001.txt", "Xinhua"),
    ],
)
def test_a_newswire_archive_id_for_a_file_name_names_its_agency(name: str, outlet: str) -> None:
    article = ingest(RawDocument(text=STORY), name, 0)
    assert (article.outlet, article.outlet_from) == (outlet, "archive id")


@pytest.mark.parametrize("name", ["NYT-notes.txt", "ABC19981012.0242.txt", "NYT1998.txt"])
def test_a_file_name_only_like_an_archive_id_names_no_agency(name: str) -> None:
    assert ingest(RawDocument(text=STORY), name, 0).outlet_from == "file"


def test_an_outlet_the_text_names_comes_before_an_archive_id() -> None:
    article = ingest(RawDocument(text=f"HARLOW (Reuters) - {STORY}"), "APW19981117.0597.txt", 0)
    assert (article.outlet, article.outlet_from) == ("Reuters", "text")


def test_a_section_heading_above_the_story_is_not_a_masthead() -> None:
    article = ingest(RawDocument(text=f"NATIONAL FORECAST\n\n{STORY}"), "p01.txt", 0)
    assert article.outlet_from == "file"
    courier = ingest(RawDocument(text=f"THE HARLOW COURIER\n\n{STORY}"), "p01.txt", 0)
    assert courier.outlet == "The Harlow Courier"


def test_metadata_from_a_saved_page_comes_first() -> None:
    text = f"HARLOW (AP) — {STORY}"
    article = ingest(RawDocument(text=text, outlet="Harlow Herald"), "p01.html", 0)
    assert (article.outlet, article.outlet_from) == ("Harlow Herald", "metadata")


@pytest.mark.parametrize(
    "heading",
    [
        "More stories on Brexit:",
        "Related coverage on Ukraine:",
        "Latest news on Coronavirus",
        "More videos on Taylor Swift:",
        "More stories on NATO:",
        "Related stories on ISIS:",
        "More stories on EU:",
    ],
)
def test_a_list_of_links_on_a_topic_names_no_outlet(heading: str) -> None:
    assert outlet_in_text([STORY, heading, "Ferry fares rise"]) is None


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By LEE PARK, Associated Press", "Associated Press"),
        ("By Lee Park, AP", "Associated Press"),
        ("By Lee Park, Reuters", "Reuters"),
    ],
)
def test_a_news_agency_in_the_byline_is_the_outlet(byline: str, outlet: str) -> None:
    assert outlet_in_text([byline, STORY]) == outlet


def test_a_picture_agency_in_a_byline_is_not_the_outlet() -> None:
    assert outlet_in_text(["By Lee Park, Getty Images", STORY]) is None


def test_a_known_outlets_initials_in_a_link_lists_heading_name_the_site() -> None:
    assert outlet_in_text([STORY, "Related stories on AOL:", "Ferry fares rise"]) == "AOL"


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2026 Nexstar Media Inc. All rights reserved.",
        "Copyright 2026 Gray Media Group, Inc. All rights reserved.",
        "© 2026 Scripps Media, Inc.",
    ],
)
def test_a_station_groups_copyright_does_not_name_the_station(notice: str) -> None:
    assert outlet_in_text([STORY, notice]) is None


def test_a_stations_own_copyright_names_it() -> None:
    assert outlet_in_text([STORY, "Copyright 2026 by KHAR - All rights reserved."]) == "KHAR"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Updated 1102 GMT (1902 HKT) May 4, 2026", "CNN"),
        ("CLICK HERE TO GET THE FOX NEWS APP", "Fox News"),
    ],
)
def test_a_networks_page_template_names_it(line: str, outlet: str) -> None:
    assert outlet_in_text([STORY, line, STORY]) == outlet


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("On June 24, Harlow Tech reporter Lee Park and his blog will set off on a road trip.",
         "Harlow Tech"),
        ("Harlow Tech senior writer Lee Park covers bridges and ferries.", "Harlow Tech"),
        # another outlet's reporter telling what he found is a citation
        ("Harlow Tech reporter Lee Park said the bridge had been closed before.", None),
        # a network's reporter heard on air is an interview, not the publisher
        ("On Monday, CNN reporter Lee Park will visit the bridge.", None),
        # a job title after the name is a byline's, read elsewhere
        ("Staff reporter Lee Park wrote this story.", None),
        # another outlet's reporter whose story this one cites, or who has left it
        ("As Fennick Courier reporter Lee Park wrote last week, the bridge was unsafe.", None),
        ("Fennick Courier reporter Lee Park first broke the news of the closure.", None),
        ("Former Fennick Courier reporter Lee Park now runs the bridge trust.", None),
    ],
)  # fmt: skip
def test_the_outlet_named_before_its_writers_job_in_a_closing_note_is_the_outlet(
    closing: str, outlet: str | None
) -> None:
    assert outlet_in_text([STORY, STORY, closing]) == outlet


def test_an_outlet_before_a_reporters_job_in_the_body_is_not_the_outlet() -> None:
    body = "On Monday, Harlow Tech reporter Lee Park walked the bridge's length."
    assert outlet_in_text([body, STORY, STORY, STORY, STORY]) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Posted by Lee Park on the Harlow Motors blog", "Harlow Motors"),
        ("Posted by The Harlow Motors Team in the Harlow Motors Blog", "Harlow Motors"),
        ("Posted by Lee Park on May 4, 2026", None),  # a post's date, not its site
    ],
)
def test_a_blog_posts_line_names_the_blog(line: str, outlet: str | None) -> None:
    assert outlet_in_text([line, STORY, STORY]) == outlet


def _template_line_by_line(lines: list[str]) -> str | None:
    for hints, pattern, outlet in _TEMPLATES:
        if any(any(h in line for h in hints) and pattern.search(line) for line in lines):
            return outlet
    return None


_TEMPLATE_WORDS = [
    *sorted({hint for hints, _p, _o in _TEMPLATES for hint in hints}),
    *("Image", "caption", "BBC", "The", "said", "copyright", "Getty", "Reuters", ":", "/"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TEMPLATE_WORDS), max_size=6).map(" ".join), max_size=6))
def test_templates_skipped_by_the_joined_text_are_those_no_line_would_find(
    lines: list[str],
) -> None:
    lines = [line for line in lines if not line.startswith("Read or Share")]
    assert _template(lines) == _template_line_by_line(lines)


def test_a_reporters_address_is_read_whole_behind_subdomains_and_other_at_signs() -> None:
    lines = [STORY, "Write to lpark@desk.mail.harlowherald.com or a@b@fennick-times.co.uk today."]
    assert list(_email_domains(lines[1])) == ["harlowherald.com", "fennick-times.co.uk"]


def test_a_long_line_of_dotted_words_after_an_at_sign_names_no_outlet() -> None:
    # The old pattern backtracked over every split of the host (about 30 s on this line);
    # how long each pattern takes on such lines is measured by
    # tests/benchmarks/bench_patterns.py, not here.
    line = "a@" + "b." * 40_000
    assert outlet_in_text([STORY, line], None) is None


@pytest.mark.parametrize(
    "title",
    [
        "Harlow Heatwave Hits 40C / 104F Record",
        "Tessel Floods Rise 3m / 10ft Record",
        "Fennick Fares Rise 30% / 45% Journal",
    ],
)
def test_a_figure_with_its_unit_after_a_slash_is_the_headlines_not_a_site(title: str) -> None:
    assert outlet_in_text([title, STORY], title) is None


def test_a_site_with_a_figure_in_its_name_after_a_pipe_is_still_the_site() -> None:
    title = "Harlow Heatwave Hits 40C | 9News"
    assert outlet_in_text([title, STORY], title) == "9News"


@pytest.mark.parametrize(
    "title",
    [
        "Harlow Walkers Stranded By Fog, Independent",
        "Harlow Walkers Stranded By Fog, Guardian",
        "Harlow Walkers Stranded By Fog, The Hill",
        "Harlow Walkers Stranded By Fog, Fox",
    ],
)
def test_a_common_word_after_a_headlines_comma_names_no_outlet(title: str) -> None:
    assert outlet_in_text([title, STORY], title) is None


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Harlow Walkers Stranded By Fog, The Independent", "The Independent"),
        ("Harlow Walkers Stranded By Fog, Fox News", "Fox News"),
        ("Harlow Walkers Stranded By Fog, Washington Post", "Washington Post"),
    ],
)
def test_a_known_outlets_full_name_after_a_headlines_comma_is_the_outlet(
    title: str, outlet: str
) -> None:
    assert outlet_in_text([title, STORY], title) == outlet


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Harlow Nights Renewed For Season Two (NBC)", "NBC said on Tuesday it had ordered more."),
        (
            "Harlow Nights Renewed For Season Two (NBC)",
            "It is among the most watched of NBC's shows.",
        ),
        ("Fennick Bakers Cancelled After One Season (Apple TV)", "Apple TV has not said why."),
    ],
)
def test_a_network_in_brackets_that_the_story_is_about_is_not_the_outlet(
    title: str, sentence: str
) -> None:
    assert outlet_in_text([title, sentence, STORY], title) is None


@pytest.mark.parametrize(
    "sentence",
    ["The mayor told the Harlow Herald he had no choice.", "The chief could not be reached."],
)
def test_a_site_in_brackets_that_the_story_names_only_as_an_object_is_the_outlet(
    sentence: str,
) -> None:
    title = "Mayor Fires Police Chief In Harlow (Harlow Herald)"
    assert outlet_in_text([title, sentence, STORY], title) == "Harlow Herald"


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers at the fallen bridge (Photo: Kestra Herald)",
        "Rescuers search the river beside the bridge on Tuesday (Picture: Dallow Courier)",
    ],
)
def test_a_pictures_credit_in_brackets_closing_a_caption_on_top_names_no_outlet(
    caption: str,
) -> None:
    # the credit names who took the picture, and "Photo: …" is no outlet's name
    read = ingest(RawDocument(text=f"{caption}\n\n{STORY}"), "p01.txt", 0)
    assert read.outlet_from == "file"


#: An article long enough that its last lines are not among its top lines.
_LONG = [f"{STORY} Crews worked through the night on section {n}." for n in range(10)]


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("— Lee Park, The Harlow Herald", "The Harlow Herald"),
        ("-- Lee Park, Fennick Courier", "Fennick Courier"),
        ("– Lee Park and Sam Reyes, Harlow Daily News", "Harlow Daily News"),
        ("Lee Park | The Tessel Gazette", "The Tessel Gazette"),
    ],
)
def test_a_writers_sign_off_closing_the_article_names_the_paper(closing: str, outlet: str) -> None:
    assert outlet_in_text([*_LONG, closing]) == outlet


@pytest.mark.parametrize(
    "closing",
    [
        "— Lee Park, Harlow",  # a writer and a town, no paper
        "— Mayor Lena Ruiz, Harlow Council",  # a council, not a paper
        "Lee Park, Sam Reyes and Jo Tan",  # names only
    ],
)
def test_a_closing_line_of_names_without_a_paper_names_no_outlet(closing: str) -> None:
    assert outlet_in_text([*_LONG, closing]) is None


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Lee Park, Harlow Herald staff writer", "Harlow Herald"),
        ("By Lee Park, Fennick Courier senior correspondent", "Fennick Courier"),
        ("Lee Park, Staff Writer, The Harlow Herald", "The Harlow Herald"),
        ("By Lee Park, Senior Editor, Fennick Gazette", "Fennick Gazette"),
        ("Lee Park, Editor, The Harlow Herald", "The Harlow Herald"),
        ("Lee Park, Reporter, Fennick Courier", "Fennick Courier"),
    ],
)
def test_a_bylines_job_in_lower_case_or_before_the_paper_leaves_the_paper(
    byline: str, outlet: str
) -> None:
    assert outlet_in_text([byline, *_LONG]) == outlet


def test_a_byline_longer_than_the_headline_above_it_does_not_take_its_place() -> None:
    headline = "Harlow Bridge Reopens After Repair"
    byline = "Lee Park, Staff Writer, The Harlow Herald"
    article = ingest(RawDocument("\n\n".join([headline, byline, *_LONG])), "p01.txt", 0)
    assert (article.title, article.title_from) == (headline, "headline")
    assert article.outlet == "The Harlow Herald"
    assert byline not in article.paragraphs


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("Harlow Herald © 2026", "Harlow Herald"),
        ("The Fennick Courier (c) 2026. All rights reserved.", "The Fennick Courier"),
        ("Tessel Daily News Copyright 2025", "Tessel Daily News"),
    ],
)
def test_a_copyright_notice_with_its_owner_first_names_the_paper(notice: str, outlet: str) -> None:
    assert outlet_in_text([*_LONG, notice]) == outlet


def test_a_photographers_notice_with_the_owner_first_names_no_outlet() -> None:
    assert outlet_in_text([*_LONG, "Lee Park © 2026"]) is None


@pytest.mark.parametrize(
    "footer",
    [
        "Read the original article on Harlow Herald.",
        "Read the original article on Harlow Herald. Copyright 2026.",
        "Read the original story at Harlow Herald.",
    ],
)
def test_a_syndicated_copys_pointer_to_its_first_page_names_that_paper_and_is_no_story(
    footer: str,
) -> None:
    article = ingest(RawDocument("\n\n".join([*_LONG, footer])), "p01.txt", 0)
    assert article.outlet == "Harlow Herald"
    assert not any("original" in p or "Copyright" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Harlow Herald staff", "Harlow Herald"),
        ("The Fennick Courier staff", "Fennick Courier"),
        ("By Lee Park, Tessel Gazette staff", "Tessel Gazette"),
        ("Harlow Council staff", None),  # a council's staff, no paper's
    ],
)
def test_a_papers_staff_credited_in_lower_case_names_the_paper(
    credit: str, outlet: str | None
) -> None:
    assert outlet_in_text([credit, *_LONG]) == outlet


@pytest.mark.parametrize(
    "footer",
    [
        "Read the original article in Spanish.",
        "Read the original article in French here.",
        "Read the original article on Facebook.",
        "Read the original article on our website.",
        "Read the original article at the link below.",
        "Read the original story on the ministry's website.",
    ],
)
def test_a_pointer_to_the_original_in_a_language_a_social_site_or_lower_case_names_no_outlet(
    footer: str,
) -> None:
    assert outlet_in_text([*_LONG, footer]) is None


@pytest.mark.parametrize(
    "quotation",
    [
        "“The council has failed the town, and the bridge is the proof.”",
        '"Nobody should have to cross that river by boat."',
    ],
)
def test_a_quotations_attribution_closing_a_roundup_is_not_the_writers_sign_off(
    quotation: str,
) -> None:
    assert outlet_in_text([*_LONG, quotation, "— Lena Ruiz, The Harlow Herald"]) is None


def test_a_sign_off_under_a_story_paragraph_ending_in_a_quotation_still_names_the_paper() -> None:
    last = '"We will be back," the mayor said, "and the bridge will be better than ever."'
    assert outlet_in_text([*_LONG, last, "— Lee Park, The Harlow Herald"]) == "The Harlow Herald"


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Lee Park is a staff writer at the Harlow Herald.", "Harlow Herald"),  # a staff note
        ("Lee Park told Fennick Radio tonight that the ferry would run.", "Fennick Radio"),
    ],
)
def test_an_outlet_named_once_below_thousands_of_lines_without_one_is_found(
    closing: str, outlet: str
) -> None:
    lines = [f"Ferry times for route {n} change on Monday" for n in range(3000)]
    assert outlet_in_text(lines) is None
    assert outlet_in_text([*lines, closing]) == outlet


def test_reuters_standards_footer_names_reuters() -> None:
    footer = "Our Standards: The Thomson Reuters Trust Principles."
    assert outlet_in_text([STORY, STORY, footer]) == "Reuters"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By The Associated Press", "Associated Press"),
        ("By THE ASSOCIATED PRESS", "Associated Press"),
        ("By Reuters Staff", "Reuters"),
        ("By Agence France-Presse", "AFP"),
    ],
)
def test_a_wire_signing_the_story_alone_at_its_top_is_its_outlet(byline: str, outlet: str) -> None:
    assert outlet_in_text(["Carrowgate bridge falls into the Tessel", byline, STORY]) == outlet


def test_a_wire_byline_on_a_page_that_names_itself_leaves_the_page_its_own() -> None:
    lines = ["Carrowgate bridge falls", "By The Associated Press", STORY]
    assert outlet_in_text([*lines, "Copyright 2026 The Harlow Herald"]) == "The Harlow Herald"
    titled = ["Carrowgate bridge falls into the Tessel | Harlow Herald", *lines[1:]]
    assert outlet_in_text(titled, titled[0]) == "Harlow Herald"


@pytest.mark.parametrize(
    "line",
    [
        "By The Associated Press and Lee Park",  # a writer beside the wire: a byline read elsewhere
        "Read more by The Associated Press",
        "The bridge was photographed by the Associated Press on Monday.",
    ],
)
def test_a_wire_named_beside_others_is_no_wire_byline(line: str) -> None:
    assert outlet_in_text(["Carrowgate bridge falls", line, STORY]) is None


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By the Tarnwick Post", "Tarnwick Post"),
        ("By The Tarnwick Post", "The Tarnwick Post"),
        ("By Tarnwick Post staff", "Tarnwick Post"),
        ("By the Tarnwick Post staff", "Tarnwick Post"),
        ("By Tarnwick Post News Staff", "Tarnwick Post"),
        ("By Tarnwick Daily Herald Staff", "Tarnwick Daily Herald"),  # no writer "Tarnwick"
        ("From the Tarnwick Post", "Tarnwick Post"),
        ("From the Tarnwick Post, May 4, 2026", "Tarnwick Post"),
        ("The Tarnwick Post reports", "The Tarnwick Post"),
        ("The Tarnwick Post reports:", "The Tarnwick Post"),
        ("By Tarnwick Gazette", "Tarnwick Gazette"),
        ("From the Associated Press", "Associated Press"),
    ],
)
def test_a_byline_naming_the_outlet_and_no_writer_names_the_outlet(
    byline: str, outlet: str
) -> None:
    assert (
        outlet_in_text(["Dam gates opened at Tarnwick after a week of rain", byline, STORY])
        == outlet
    )


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Ruiz",  # a writer, not an outlet
        "By Emily Post",  # a writer whose surname is a paper's word
        "By the numbers",
        "By the Numbers",
        "From the archives",
        "From the Editorial Board",
        "By the Senate Committee staff",
        "The Tarnwick Post reports that the dam gates were opened on Monday.",  # a citation
        "By the way, the Tarnwick Post was first with the news.",
        "By Police",
    ],
)
def test_a_byline_naming_a_writer_or_no_paper_names_no_outlet(line: str) -> None:
    assert (
        outlet_in_text(["Dam gates opened at Tarnwick after a week of rain", line, STORY]) is None
    )


def test_an_outlet_byline_below_the_storys_paragraphs_heads_another_story() -> None:
    paragraph = (
        "Engineers opened the gates of the Tarnwick dam after a week of heavy rain, officials said."
    )
    lines = ["Dam gates opened at Tarnwick", paragraph, paragraph, "By the Fennick Courier", STORY]
    assert outlet_in_text(lines) is None


def test_a_folder_article_signed_by_its_paper_alone_is_named_after_the_paper_not_its_file(
    make_folder,
) -> None:
    from corroborate.engine import analyze

    story = (
        "Engineers opened the gates of the Tarnwick dam on Monday after a week of heavy rain "
        "raised the reservoir to a record level.\n\nThe town council said no homes were at risk."
    )
    folder = make_folder(
        {
            "a.txt": f"Dam gates opened at Tarnwick after week of rain\n\nBy the Tarnwick Post\n\n{story}",
            "b.txt": f"Tarnwick opens dam as reservoir hits record\n\nBy Ana Ruiz\n\n{story}",
        }
    )
    articles = analyze(folder).articles
    assert [(a.outlet, a.outlet_from) for a in articles] == [
        ("Tarnwick Post", "text"),
        ("B", "file"),
    ]
    assert articles[0].title == "Dam gates opened at Tarnwick after week of rain"


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2026 NBCUniversal Media, LLC. All rights reserved.",
        "© 2026 Time Inc. All rights reserved.",
        "© 2026 Advance Local Media LLC. All rights reserved.",
        "Copyright © 2026 Condé Nast. All rights reserved.",
        "Copyright 2026 Hearst Communications, Inc.",
        "© 2026 Tribune Interactive, LLC",
        "Copyright © 2026 The McClatchy Company",
    ],
)
def test_a_publishing_groups_copyright_does_not_name_the_page(notice: str) -> None:
    assert outlet_in_text([STORY, STORY, notice]) is None


def test_a_publishing_groups_copyright_leaves_the_page_to_its_own_name() -> None:
    lines = [STORY, "Lee Park is a reporter for the Harlow Herald.", "© 2026 Gannett Co., Inc."]
    assert outlet_in_text(lines) == "Harlow Herald"


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("© 2026 Forbes Media LLC. All Rights Reserved.", "Forbes"),
        ("© 2026 The Daily Beast Company LLC", "The Daily Beast"),
        ("© 2026 Salon Media Group, Inc.", "Salon"),
    ],
)
def test_the_owner_of_one_title_signs_for_that_title(notice: str, outlet: str) -> None:
    assert outlet_in_text([STORY, STORY, notice]) == outlet


_BREAK = "Story continues below advertisement"


@pytest.mark.parametrize(
    ("named", "outlet"),
    [
        ("A source told The Globe and Mail that the bridge had cracked.", "The Globe and Mail"),
        ("The engineer told The Washington Post that the bridge had cracked.", "The Washington Post"),
        # both papers named: the template alone cannot tell which
        ("The Globe and Mail and The Washington Post both sent reporters.", None),
        # a paper credited as the news's source is not the page's
        ("The bridge had cracked, according to The Washington Post.", None),
        ("The engineer said the bridge had cracked.", None),
    ],
)  # fmt: skip
def test_a_template_two_papers_share_names_the_one_the_page_names(
    named: str, outlet: str | None
) -> None:
    assert outlet_in_text([STORY, _BREAK, named, STORY]) == outlet


def test_a_shared_templates_words_inside_a_sentence_are_no_template() -> None:
    line = f"The mayor joked that the {_BREAK.lower()} was the best part."
    assert outlet_in_text([STORY, line, "A source told The Globe and Mail so."]) is None


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        (["Story Source:", "Materials provided by University of Harlow. Note: Content may be "
          "edited for style and length."], "ScienceDaily"),
        (["Story Source: Materials provided by Harlow Institute. Note: Content may be edited for "
          "style and length."], "ScienceDaily"),
        (["Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases "
          "posted to EurekAlert! by contributing institutions."], "EurekAlert!"),
        # the institution a release comes from names no page on its own
        (["Materials provided by University of Harlow."], None),
    ],
)  # fmt: skip
def test_a_science_news_sites_note_under_a_release_names_the_site(
    closing: list[str], outlet: str | None
) -> None:
    assert outlet_in_text([STORY, STORY, *closing]) == outlet


@pytest.mark.parametrize(
    "named",
    [
        # another paper's style writes the Globe's name with a small "the"
        "The mayor told the Globe and Mail on Monday that the plan would go ahead.",
        "Speaking to the Globe and Mail, the minister called the decision overdue.",
        "She wrote about the dispute in a Globe and Mail column in March.",
    ],
)
def test_a_shared_break_on_a_page_quoting_another_papers_interview_names_no_outlet(
    named: str,
) -> None:
    assert outlet_in_text([STORY, _BREAK, named, _BREAK, STORY]) is None


@pytest.mark.parametrize(
    "named",
    [
        "In an interview with The Washington Post last year, she said the issue was urgent.",
        "A source told The Globe and Mail that the bridge had cracked.",
    ],
)
def test_a_third_outlets_page_with_the_same_break_is_not_the_paper_it_mentions(
    named: str,
) -> None:
    lines = ["Carrowgate bridge falls", "By Tomas Vell  Global News", STORY, _BREAK, named, STORY]
    assert outlet_in_text(lines) != "The Washington Post"
    assert outlet_in_text(lines) != "The Globe and Mail"


@pytest.mark.parametrize(
    ("credit", "notice"),
    [
        ("Photo © Jonas Reeve", "Copyright © 2026 Gannett Co., Inc. All rights reserved."),
        ("(c) Kessling Images", "© Hearst 2026"),
        ("Photo © Jonas Reeve", "© 2026 Advance Local Media LLC"),
    ],
)
def test_a_publishing_groups_notice_closing_the_page_leaves_a_picture_credit_above_unread(
    credit: str, notice: str
) -> None:
    assert outlet_in_text([STORY, credit, STORY, notice]) is None


@pytest.mark.parametrize(
    "credit", ["Image © MGN", "© MGN", "(c) MGN Online", "Copyright 2026 MGN Online"]
)
def test_a_stock_picture_credited_to_mgn_does_not_make_the_page_the_mirrors(credit: str) -> None:
    assert outlet_in_text([STORY, credit, STORY]) is None


def test_the_mirrors_dated_notice_still_names_it() -> None:
    assert outlet_in_text([STORY, STORY, "© 2026 MGN Ltd"]) == "Daily Mirror"


def test_a_wire_byline_heading_a_second_story_below_the_first_is_not_the_pages() -> None:
    lines = ["Carrowgate bridge falls", STORY, STORY, "Storm warnings issued for coast",
             "By The Associated Press", "Forecasters issued warnings for the whole coast on Tuesday."]  # fmt: skip
    assert outlet_in_text(lines) is None


def test_a_papers_notice_above_its_publishing_groups_names_the_paper() -> None:
    lines = [STORY, "Photo © Jonas Reeve", STORY, "Copyright 2026 Harlow Herald",
             "The Harlow Herald is part of the Kessling network. © 2026 Gannett Co., Inc."]  # fmt: skip
    assert outlet_in_text(lines) == "Harlow Herald"


@pytest.mark.parametrize(
    ("title", "notice", "outlet"),
    [
        # The Slate Group signed Foreign Policy's pages as much as Slate's
        ("Why the strait talks failed - Foreign Policy", "© 2026, The Slate Group", "Foreign Policy"),
        # Express Newspapers publishes the Daily Star as well as the Daily Express
        ("Ferry crash: captain speaks | Daily Star", "© 2026 Express Newspapers", "Daily Star"),
        # CityLab's pages carried The Atlantic's publisher's notice
        ("The bus lane that saved a city - CityLab", "© 2026 The Atlantic Monthly Group", "CityLab"),
    ],
)  # fmt: skip
def test_a_publisher_of_several_titles_leaves_the_page_to_the_title_it_names(
    title: str, notice: str, outlet: str
) -> None:
    assert outlet_in_text([title, STORY, STORY, notice], title) == outlet


def test_a_wire_byline_below_the_headlines_standfirst_is_the_pages() -> None:
    standfirst = "Floodwaters closed the only road into the valley town of Easterly on Tuesday."
    lines = ["Carrowgate bridge falls", standfirst, "By The Associated Press", STORY, STORY]
    assert outlet_in_text(lines) == "Associated Press"


@pytest.mark.parametrize(
    "footer",
    [
        "First published on March 4, 2026 by the Harlow Herald.",
        "First published on March 4, 2026 at 9:00 AM ET by the Harlow Herald.",
        "First published March 4, 2026, in the Harlow Herald.",
        "Originally published by the Harlow Herald on March 4, 2026.",
        "This story first appeared in The Harlow Herald.",
        "This article was first published on Tuesday by Harlow Herald.",
        "A version of this story first appeared in the Harlow Herald.",
    ],
)
def test_a_footer_saying_who_first_published_the_article_names_that_outlet(footer: str) -> None:
    assert outlet_in_text([STORY, footer]) == "Harlow Herald"


@pytest.mark.parametrize(
    "sentence",
    [
        "First published in 1852, the novel has never been out of print.",
        "The plan was first published by the council on Monday, the report said.",
        "The letter was first published on May 2 in the Harlow Herald, and drew many replies.",
        "First published in The Harlow Review in 1922, the poem was banned for a decade.",
        "First published in Harlow Monthly, the essay was later expanded into a book.",
        "Originally published in Swedish, the novel has sold four million copies.",
    ],
)
def test_a_story_sentence_telling_where_a_work_was_first_published_names_no_outlet(
    sentence: str,
) -> None:
    assert outlet_in_text([STORY, sentence]) is None
    assert outlet_in_text([sentence, STORY]) is None
