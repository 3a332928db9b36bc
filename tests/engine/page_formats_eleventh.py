"""An eleventh set of invented pages: one story, saved from sites whose outlet comes in forms
common on the web that the earlier sets (page_formats_unseen.py to page_formats_tenth.py) do not
hold. Each page and line was labelled before the engine read it: the headline a reader titles it
by, the lines that are furniture, the outlet a reader can tell (None: only the file names it).

Forms: a byline without "By" with an en or an em dash between the writer and the paper ("Corin
Vale — The Dunmore Sentinel"); an editorial's or a newsroom's byline ("By the Hensley Examiner
Editorial Board", "Westfold Evening Post Web Staff"); a byline with the mark of the syndicate
that sent the story on ("By Corin Vale, Carrick Bay Courier (TNS)"); a byline strip with the
page's stamps after the paper ("Ines Harrow, Westfold Evening Post Published 7:00 a.m. ET May 4,
2026 | Updated …"); a clipping's label, the paper's town and region in brackets ("Ashby Vale
Gazette (Ashby, Maine)"); a writer's name run into the paper's, the paper after its "The" ("Corin
Vale The Dunmore Sentinel"); a card setting the writer after the paper ("The Kinross Tribune ·
Corin Vale · May 4, 2026", "Dunmore Sentinel | By Corin Vale"); a writer's handle closing a
byline; a blog's dated post line ("Posted May 4, 2026 by Corin Vale, Westfold Evening Post"); the
page asking to be liked ("Like The Dunmore Sentinel on Facebook"). Look-alikes: a body's
editorial board, a council's syndicated byline, a person's affiliation in brackets, a headline's
words before "The", a writer or a body asked to be liked.

The story (a water main bursts under Hensley market square), its people and every outlet
(Hensley Examiner, The Dunmore Sentinel, Carrick Bay Courier, Westfold Evening Post, Ashby Vale
Gazette, The Kinross Tribune) are invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_sixth import F, _page

HEADLINE = "Burst water main floods Hensley market square"
LEDE_A = (
    "A water main burst under Hensley market square early on Monday, flooding a dozen shops and "
    "closing the square to traffic, the water company said."
)
LEDE_B = (
    "A dozen shops on Hensley's market square were flooded on Monday morning after a water main "
    "burst beneath the cobbles, Vale Water said."
)
BODY = (
    "Engineers had shut off the supply by 7 a.m., a spokesman for Vale Water said.",
    "About 300 homes were without water for most of the morning, the town council said.",
    "The main, laid in 1931, was due to be replaced next spring, the company said.",
    "Traders spent the afternoon carrying stock out of flooded cellars.",
    "The square is expected to reopen to traffic on Wednesday.",
)

#: The pages a reader saves: text copied from a site.
PAGES_AND_FURNITURE = (
    # 1. a byline without "By", an em dash between the writer and the paper
    _page(
        "sentinel-dash.txt",
        HEADLINE,
        "Dunmore Sentinel",
        HEADLINE,
        F("Corin Vale — The Dunmore Sentinel"),
        LEDE_A,
        BODY[0],
        BODY[1],
        BODY[2],
    ),
    # 2. a byline with the syndicate's mark after the paper
    _page(
        "courier-tns.txt",
        HEADLINE,
        "Carrick Bay Courier",
        HEADLINE,
        F("By Ines Harrow, Carrick Bay Courier (TNS)"),
        LEDE_B,
        BODY[0],
        BODY[3],
        BODY[4],
    ),
    # 3. a byline strip: the writer, the paper, then the page's stamps
    _page(
        "post-strip.txt",
        HEADLINE,
        "Westfold Evening Post",
        HEADLINE,
        F(
            "Ines Harrow, Westfold Evening Post Published 7:00 a.m. ET May 4, 2026 | Updated "
            "9:12 a.m. ET May 4, 2026"
        ),
        LEDE_A,
        BODY[1],
        BODY[2],
        BODY[3],
    ),
    # 4. a clipping service's copy, the paper's town and region after its name
    _page(
        "gazette-clipping.txt",
        HEADLINE,
        "Ashby Vale Gazette",
        HEADLINE,
        F("Ashby Vale Gazette (Ashby, Maine)"),
        LEDE_B,
        BODY[1],
        BODY[2],
        BODY[4],
    ),
    # 5. an app's card, the writer and the day after the paper
    _page(
        "tribune-card.txt",
        HEADLINE,
        "Kinross Tribune",
        HEADLINE,
        F("The Kinross Tribune · Corin Vale · May 4, 2026"),
        LEDE_A,
        BODY[0],
        BODY[3],
        BODY[4],
    ),
    # 6. an editorial board's byline
    _page(
        "examiner-editorial.txt",
        HEADLINE,
        "Hensley Examiner",
        HEADLINE,
        F("By the Hensley Examiner Editorial Board"),
        LEDE_B,
        BODY[0],
        BODY[2],
        BODY[4],
    ),
)
PAGES = tuple(page for page, _ in PAGES_AND_FURNITURE)

LINE_HEADLINE = HEADLINE
#: Bylines under the headline, and the outlet a reader takes from each (None: the line names a
#: body, a writer alone, or is a headline's words).
BYLINE_LINES = (
    # a dash between the writer and the paper
    ("Corin Vale — The Dunmore Sentinel", "Dunmore Sentinel"),
    ("Corin Vale – Carrick Bay Courier", "Carrick Bay Courier"),
    ("Corin Vale — Staff Writer", None),
    ("Corin Vale — Vale Water", None),
    # a syndicate's mark after the paper
    ("By Corin Vale, The Dunmore Sentinel (TNS)", "Dunmore Sentinel"),
    ("By Corin Vale, Hensley Examiner Staff Writer (TNS)", "Hensley Examiner"),
    ("By Corin Vale, Hensley Parish Council (TNS)", None),
    # a byline strip's stamps after the paper, with or without "The" run into the writer
    (
        "Corin Vale, Dunmore Sentinel Published 7:00 a.m. ET May 4, 2026 | Updated 9:12 a.m. ET "
        "May 4, 2026",
        "Dunmore Sentinel",
    ),
    ("Corin Vale The Dunmore Sentinel Published 7:00 a.m. ET May 4, 2026", "Dunmore Sentinel"),
    # a writer's name run into the paper's, the paper after its "The"
    ("Corin Vale The Dunmore Sentinel", "Dunmore Sentinel"),
    ("Mayor Meets The Press", None),
    # the writer after the paper's name
    ("Dunmore Sentinel | By Corin Vale", "Dunmore Sentinel"),
    ("The Kinross Tribune · Corin Vale · May 4, 2026", "Kinross Tribune"),
    ("Vale Water | By Corin Vale", None),
    # a writer's handle closing the byline, a label before it
    ("Corin Vale | Dunmore Sentinel | @corinvale", "Dunmore Sentinel"),
    ("By Corin Vale, Hensley Examiner, @corinvale", "Hensley Examiner"),
    ("Story: Corin Vale, Hensley Examiner", "Hensley Examiner"),
    # a blog's post line with its date
    ("Posted May 4, 2026 by Corin Vale, Westfold Evening Post", "Westfold Evening Post"),
    ("Posted May 4, 2026 by Corin Vale", None),
    ("Posted May 4, 2026 by Corin Vale, Hensley Parish Council", None),
    # a clipping's label: the paper's town and region in brackets
    ("Ashby Vale Gazette (Ashby, Maine)", "Ashby Vale Gazette"),
    ("Source: Carrick Bay Courier (Carrick, Maine)", "Carrick Bay Courier"),
    ("Corin Vale (Hensley, Maine)", None),
)
#: An editorial's or a newsroom's credit under the headline.
NEWSROOM_LINES = (
    ("The Dunmore Sentinel Editorial Board", "Dunmore Sentinel"),
    ("By The Dunmore Sentinel Editorial Board", "Dunmore Sentinel"),
    ("Opinion by the Hensley Examiner Editorial Board", "Hensley Examiner"),
    ("Hensley Examiner Editorial", "Hensley Examiner"),
    ("Westfold Evening Post Newsroom", "Westfold Evening Post"),
    ("Westfold Evening Post Web Staff", "Westfold Evening Post"),
    ("Westfold Evening Post Digital Team", "Westfold Evening Post"),
    # look-alikes: a body's board, a board without a name
    ("Hensley Parish Council Editorial Board", None),
    ("By the Editorial Board", None),
)
#: The page asking to be liked, closing it.
LIKE_LINES = (
    ("Like The Dunmore Sentinel on Facebook", "Dunmore Sentinel"),
    ("Like the Hensley Examiner on Facebook", "Hensley Examiner"),
    # look-alikes: a writer, a body
    ("Like Corin Vale on Facebook", None),
    ("Like Vale Water on Facebook for updates", None),
)


# ==== Single lines read under a headline or closing a page ======================================
#: The headline and story under which the single lines of the eleventh set's later forms (a long
#: newsroom name in a dateline, a section after the paper, a paper in capitals) are read.
LINES_HEADLINE = "Footbridge over the Lisse gives way under a crowd of walkers"
LINES_STORY = (
    "The footbridge over the Lisse collapsed on Tuesday as a crowd of walkers crossed it, "
    "sending nine people into the river, the fire service said.",
    "All nine were pulled from the water within twenty minutes, a spokesman said.",
    "The bridge, built in 1964, had been inspected in the spring, the council said.",
)
