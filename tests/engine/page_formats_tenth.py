"""A tenth set of invented pages: one story, saved from sites whose outlet comes in forms common
on the web that the earlier sets (page_formats_unseen.py to page_formats_ninth.py) do not hold.
Each page and line was labelled before the engine read it: the headline a reader titles it by,
the lines that are furniture, the outlet a reader can tell (None: only the file names it).

Forms: a byline without "By" naming the paper its writers wrote for, as a paper's site sets a
contributor's or a correspondent's ("Corin Vale for the Tarnfield Daily News", "Corin Vale in
Pell for the Selby Cross Chronicle"); a card's or a byline strip's time stamp beside the paper's
name ("Selby Cross Chronicle | May 7, 2026, 9:15 a.m.", "May 7, 2026 | Brackwater Gazette",
"Published 9:15 a.m. BST May 7, 2026 | Updated … | Tarnfield Daily News", "Tarnfield Daily News
— May 7, 2026"); a byline with the writer's job between the writer and the paper ("Corin Vale |
Staff Writer | Brackwater Gazette", "Corin Vale Reporter, Selby Cross Chronicle"); a byline
after a station group's lower-case label ("by: Corin Vale, Tarnfield Daily News"); a syndicated
copy's note closing the page with the first page's headline after its outlet
("This article originally appeared on Brackwater Gazette: Ferry runs aground off Lowmere").
Look-alikes: a body the writer wrote for, a headline's words before "for the …", a body's name
beside a date, a name ending in a word other bodies' names end in, a writer's job alone, a
platform a video first appeared on.

The story (a ferry runs aground off Lowmere), its people and every outlet (Brackwater Gazette,
Selby Cross Chronicle, Tarnfield Daily News, The Wenlow Observer, The Pellham Record) are
invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_sixth import F, _page

HEADLINE = "Ferry runs aground off Lowmere harbour, 40 passengers taken ashore"
LEDE_A = (
    "A passenger ferry ran aground on a sandbank off Lowmere harbour on Thursday morning, and 40 "
    "passengers were taken ashore by lifeboat, the coastguard said."
)
LEDE_B = (
    "Forty passengers were brought ashore by lifeboat after the ferry Marram Star struck a "
    "sandbank outside Lowmere harbour early on Thursday, coastguard officers said."
)
BODY = (
    "Nobody was hurt, according to the harbour master, who said the tide had been unusually low.",
    "The Marram Star had left Lowmere at 7:15 a.m. for the island of Pell, its operator said.",
    "Engineers will inspect the hull when the ship is refloated on Friday's high tide.",
    "Services between Lowmere and Pell were cancelled for the rest of the day.",
    "Passengers were given hot drinks at the lifeboat station before buses took them home.",
)

#: The pages a reader saves: text copied from a site.
PAGES_AND_FURNITURE = (
    # 1. a correspondent's byline without "By", naming the paper after "for"
    _page(
        "daily-news-for.txt",
        HEADLINE,
        "Tarnfield Daily News",
        HEADLINE,
        F("Corin Vale in Lowmere for the Tarnfield Daily News"),
        LEDE_A,
        BODY[0],
        BODY[1],
        BODY[2],
    ),
    # 2. a byline strip: the time stamps, then the paper's name
    _page(
        "chronicle-strip.txt",
        HEADLINE,
        "Selby Cross Chronicle",
        HEADLINE,
        F(
            "Published 9:15 a.m. BST May 7, 2026 | Updated 11:40 a.m. BST May 7, 2026 | Selby Cross "
            "Chronicle"
        ),
        LEDE_B,
        BODY[0],
        BODY[3],
        BODY[4],
    ),
    # 3. an app's card over the headline: the paper's name, then the day and the clock
    _page(
        "gazette-card.txt",
        HEADLINE,
        "Brackwater Gazette",
        F("Brackwater Gazette | May 7, 2026, 9:15 a.m."),
        HEADLINE,
        LEDE_A,
        BODY[1],
        BODY[2],
        BODY[3],
    ),
    # 4. a byline with the writer's job between the writer and the paper
    _page(
        "observer-job.txt",
        HEADLINE,
        "Wenlow Observer",
        HEADLINE,
        F("Corin Vale | Transport Correspondent | The Wenlow Observer"),
        LEDE_B,
        BODY[1],
        BODY[2],
        BODY[4],
    ),
    # 5. an aggregator's copy closed by the note naming the first page and its headline
    _page(
        "aggregator-copy.txt",
        HEADLINE,
        "Pellham Record",
        HEADLINE,
        LEDE_A,
        BODY[0],
        BODY[2],
        BODY[3],
        F(f"This article originally appeared on The Pellham Record: {HEADLINE}"),
    ),
)
PAGES = tuple(page for page, _ in PAGES_AND_FURNITURE)

LINE_HEADLINE = HEADLINE
#: Bylines without "By" under the headline, and the outlet a reader takes from each (None: the
#: line names a body, or is a headline's words).
FOR_PAPER_LINES = (
    ("Corin Vale for the Tarnfield Daily News", "Tarnfield Daily News"),
    ("Corin Vale and Ines Harrow for The Brackwater Gazette", "Brackwater Gazette"),
    ("Corin Vale in Pell for the Selby Cross Chronicle", "Selby Cross Chronicle"),
    ("Corin Vale, for the Brackwater Gazette", "Brackwater Gazette"),
    ("Corin Vale for The Wenlow Observer", "Wenlow Observer"),
    # look-alikes: a body the writer speaks or works for, a headline's words
    ("Corin Vale for the Lowmere Harbour Trust", None),
    ("Corin Vale for the Pell Island Ferry Company", None),
    ("Fresh Doubts for the Selby Cross Chronicle", None),
)
#: A card's or a byline strip's stamps beside the paper's name, and the outlet read from each.
CARD_LINES = (
    ("Selby Cross Chronicle | May 7, 2026, 9:15 a.m.", "Selby Cross Chronicle"),
    ("Brackwater Gazette • 7 May 2026", "Brackwater Gazette"),
    ("Tarnfield Daily News — May 7, 2026", "Tarnfield Daily News"),
    ("May 7, 2026 | Brackwater Gazette", "Brackwater Gazette"),
    ("Thursday, 7 May 2026 · Selby Cross Chronicle", "Selby Cross Chronicle"),
    (
        "Published 9:15 a.m. BST May 7, 2026 | Updated 11:40 a.m. BST May 7, 2026 | Tarnfield "
        "Daily News",
        "Tarnfield Daily News",
    ),
    ("2 hours ago • The Pellham Record", "Pellham Record"),
    # look-alikes: a body's name, a name other bodies' names end as, without "The"
    ("May 7, 2026 | Lowmere Harbour Trust", None),
    ("Pellham Record — May 7, 2026", None),
    ("Lowmere Ferry Review | May 7, 2026", None),
)
#: Bylines with the writer's job between the writer and the paper.
JOB_LINES = (
    ("Corin Vale | Staff Writer | Brackwater Gazette", "Brackwater Gazette"),
    ("By Corin Vale | Transport Correspondent | Tarnfield Daily News", "Tarnfield Daily News"),
    ("Corin Vale Reporter, Selby Cross Chronicle", "Selby Cross Chronicle"),
    ("Corin Vale, Senior Correspondent | The Wenlow Observer", "Wenlow Observer"),
    # look-alikes: a job alone, a job at a body
    ("Corin Vale | Staff Writer", None),
    ("Corin Vale | Harbour Master | Lowmere Harbour Trust", None),
)
#: Bylines under a station group's lower-case label ("by:"), as its sites print them.
LABELLED_LINES = (
    ("by: Corin Vale, Tarnfield Daily News", "Tarnfield Daily News"),
    ("By: Corin Vale | The Wenlow Observer", "Wenlow Observer"),
    # look-alikes: a writer alone, a body, a job
    ("by: Corin Vale", None),
    ("by: Corin Vale, Lowmere Harbour Trust", None),
    ("by: Corin Vale, Staff Writer", None),
)
#: A syndicated copy's closing note with the first page's headline after its outlet.
SYNDICATION_LINES = (
    (
        "This article originally appeared on Brackwater Gazette: Ferry runs aground off Lowmere",
        "Brackwater Gazette",
    ),
    (
        "This story first appeared on The Wenlow Observer: Ferry aground off Lowmere, 40 taken "
        "ashore",
        "Wenlow Observer",
    ),
    (
        "This article originally appeared on tarnfielddailynews.com: Ferry runs aground",
        "Tarnfield Daily News",
    ),
    # look-alike: a platform the passengers' video first appeared on
    ("This video originally appeared on Facebook: passengers wait for the lifeboat", None),
)
