"""An eighth set of invented pages: one story, saved from sites whose headline and outlet come in
forms common on the web that the earlier sets (page_formats_unseen.py to page_formats_seventh.py,
titled_folders.py) hold few of. Each page and line was labelled before the engine read it: the
headline a reader titles it by, the lines that are furniture, the outlet a reader can tell
(None: only the file names it).

Forms: a page's first line that is its browser title, a long headline closed by the site's
name after a bar ("… | The Salterne Courier", "… | News | Brisby Gazette"); the paper's staff
report signed with "By"; a post signed by the paper as a site's software writes it ("Posted by
…", "Published … by …"); a print view's closing lines ("Article printed from …: https://…",
"Source URL: https://…"); the site's own links in its footer ("… | Privacy Policy | Terms of
Use"); "Filed under" and tag lines. Look-alikes: a writer's post line, a union's footer links, a
line of sections, a headline closed by a dash and the place the story happened.

The story (a ferry aground off Orran Point), its people and every outlet (Salterne Courier,
Brisby Gazette, Wendmoor Observer, Caddon Bay Sentinel, Penhallow Times, Thistlewick Post, Ostry
Valley Herald) are invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_sixth import F, _page

LEDE_A = (
    "A passenger ferry with 212 people aboard ran aground off Orran Point on Saturday morning, "
    "the coastguard said, and all passengers were taken off by lifeboats."
)
LEDE_B = (
    "All 212 people aboard the ferry Calloway Star were brought ashore after it struck rocks "
    "off Orran Point early on Saturday, coastguard officials said."
)
LEDE_C = (
    "Investigators are trying to find out why the ferry Calloway Star ran aground off Orran "
    "Point on Saturday with 212 people aboard."
)
BODY = (
    "Four passengers were treated in hospital for minor injuries, the ambulance service said.",
    "Three lifeboats and a coastguard helicopter took part in the rescue, which lasted about "
    "four hours.",
    "The ferry's operator, Penwith Lines, said the ship would be towed to Salterne harbour.",
    "The sea was calm and visibility was good at the time, said harbour master Edda Crowle.",
    "The Orran Ferry Workers' Union said it had raised concerns about the ship's charts in March.",
    "Sailings between Salterne and Brisby were cancelled until further notice.",
)
#: A headline of eleven words: with the site's name after a bar, the line is longer than a
#: heading inside a page may be.
LONG_HEADLINE = "All 212 aboard rescued as ferry runs aground off Orran Point"

PAGES_AND_FURNITURE = (
    # 1. the browser's title line first: a long headline, a bar, the site's name with "The"
    _page(
        "courier-title.txt",
        LONG_HEADLINE,
        "Salterne Courier",
        F(f"{LONG_HEADLINE} | The Salterne Courier"),
        LEDE_A,
        BODY[0],
        BODY[1],
        BODY[2],
    ),
    # 2. the same with a section between the headline and the site's name, the headline
    # repeated under it
    _page(
        "gazette-section.txt",
        "Lifeboats bring 212 ashore after ferry strikes rocks off Orran Point",
        "Brisby Gazette",
        F(
            "Lifeboats bring 212 ashore after ferry strikes rocks off Orran Point | News | Brisby "
            "Gazette"
        ),
        "Lifeboats bring 212 ashore after ferry strikes rocks off Orran Point",
        LEDE_B,
        BODY[1],
        BODY[3],
        BODY[5],
    ),
    # 3. the paper's staff report signed with "By"
    _page(
        "observer-staff.txt",
        "Ferry aground off Orran Point: four treated in hospital",
        "Wendmoor Observer",
        "Ferry aground off Orran Point: four treated in hospital",
        F("By Wendmoor Observer Staff Report"),
        LEDE_A,
        BODY[0],
        BODY[3],
    ),
    # 4. a post signed by the paper, as a site's software writes it, with its tags under it
    _page(
        "sentinel-posted.txt",
        "Union says it warned about ferry's charts",
        "Caddon Bay Sentinel",
        "Union says it warned about ferry's charts",
        F("Posted by Caddon Bay Sentinel on May 9, 2026"),
        BODY[4],
        LEDE_C,
        BODY[2],
        F("Filed under: News, Orran Point, Ferries"),
    ),
    # 5. a print view closed by the line naming the site and the page's address
    _page(
        "times-print.txt",
        "Sailings cancelled after ferry runs aground",
        "Penhallow Times",
        "Sailings cancelled after ferry runs aground",
        F("Mara Loft"),
        LEDE_B,
        BODY[5],
        BODY[2],
        F(
            "Article printed from Penhallow Times: "
            "https://www.penhallowtimes.com/2026/05/09/sailings-cancelled-ferry-aground/"
        ),
    ),
    # 6. another print view, closed by its "Source URL"
    _page(
        "post-source-url.txt",
        "Calm sea and good visibility as ferry struck rocks, harbour master says",
        "Thistlewick Post",
        "Calm sea and good visibility as ferry struck rocks, harbour master says",
        LEDE_C,
        BODY[3],
        BODY[1],
        F("Source URL: https://www.thistlewickpost.com/news/ferry-struck-rocks"),
    ),
    # 7. the site's own links in its footer, its name among them
    _page(
        "herald-footer.txt",
        "Ferry to be towed to Salterne harbour after grounding",
        "Ostry Valley Herald",
        "Ferry to be towed to Salterne harbour after grounding",
        LEDE_A,
        BODY[2],
        BODY[0],
        F("Ostry Valley Herald | Privacy Policy | Terms of Use | Contact Us"),
    ),
    # 8. look-alike: a writer's post line, a union's footer links: no outlet told
    _page(
        "union-post.txt",
        "Ferry workers demand inquiry after Orran Point grounding",
        None,
        "Ferry workers demand inquiry after Orran Point grounding",
        F("Posted by Mara Loft on May 9, 2026"),
        BODY[4],
        LEDE_B,
        BODY[1],
        F("Orran Ferry Workers' Union | Privacy Policy | Contact Us"),
    ),
)
PAGES = tuple(page for page, _ in PAGES_AND_FURNITURE)

#: The headline each single line below is set under, and the story under it.
LINE_HEADLINE = "Ferry with 212 aboard runs aground off Orran Point"

#: Lines under the headline, and the outlet a reader takes from them (None: none).
TOP_LINES = (
    ("By Wendmoor Observer Staff Report", "Wendmoor Observer"),
    ("Wendmoor Observer Staff Report", "Wendmoor Observer"),
    ("Posted by Caddon Bay Sentinel", "Caddon Bay Sentinel"),
    ("Posted by the Caddon Bay Sentinel on May 9, 2026", "Caddon Bay Sentinel"),
    ("Published May 9, 2026 by Penhallow Times", "Penhallow Times"),
    ("Published by the Penhallow Times", "Penhallow Times"),
    # (a second batch, written after the rules: the staff after the name, a colon, the day first)
    ("Posted by Salterne Courier Staff", "Salterne Courier"),
    ("Published: May 9, 2026 by Penhallow Times", "Penhallow Times"),
    ("Posted on May 9, 2026 by Caddon Bay Sentinel", "Caddon Bay Sentinel"),
    ("Posted by Caddon Bay Sentinel at 10:42 am", "Caddon Bay Sentinel"),
    # a writer, a body that is no paper, the site's staff unnamed
    ("Published by the Department of Transport", None),
    ("Posted by Orran Coastguard", None),
    ("Posted by Mara Loft", None),
    ("Posted by Mara Loft on May 9, 2026", None),
    ("Published May 9, 2026 by Mara Loft", None),
    ("Posted by Orran Ferry Workers' Union", None),
    ("By Staff Reports", None),
    ("Filed under: News, Orran Point", None),
)
#: Lines closing the page, and the outlet a reader takes from them.
CLOSING_LINES = (
    (
        "Article printed from Penhallow Times: https://www.penhallowtimes.com/news/ferry/",
        "Penhallow Times",
    ),
    ("Story printed from Penhallow Times: https://penhallowtimes.com/ferry", "Penhallow Times"),
    ("Source URL: https://www.thistlewickpost.com/news/ferry-aground", "Thistlewick Post"),
    ("Ostry Valley Herald | Privacy Policy | Terms of Use", "Ostry Valley Herald"),
    (
        "Privacy Policy · Terms of Service · Contact Us · The Ostry Valley Herald",
        "Ostry Valley Herald",
    ),
    ("Ostry Valley Herald • Contact Us • Advertise • Careers", "Ostry Valley Herald"),
    ("About Us | Contact Us | Ostry Valley Radio", "Ostry Valley Radio"),
    ("Printed from: https://www.penhallowtimes.com/news/ferry", "Penhallow Times"),
    # a body's links, a site's links alone, a line of sections or tags, a body's print view
    ("Penwith Lines | Contact Us | Careers", None),
    ("Article printed from Harbour Trust: https://www.harbourtrust.org/news", None),
    ("Orran Ferry Workers' Union | Privacy Policy | Contact Us", None),
    ("Home | About Us | Contact Us", None),
    ("News | Orran Point | Ferries", None),
    ("Penwith Lines | Privacy | Terms", None),
    ("Tags: Orran Point, ferry, coastguard", None),
)
#: The page's first line: its title line, headline and site, and the title and outlet a reader
#: takes from it (the story under it as on the pages above).
FIRST_LINES = (
    (f"{LONG_HEADLINE} | The Salterne Courier", LONG_HEADLINE, "Salterne Courier"),
    (f"{LONG_HEADLINE} | News | Brisby Gazette", LONG_HEADLINE, "Brisby Gazette"),
    (f"{LONG_HEADLINE} – Caddon Bay Sentinel", LONG_HEADLINE, "Caddon Bay Sentinel"),
    (f"{LONG_HEADLINE} | Salterne Courier", LONG_HEADLINE, "Salterne Courier"),
    # (written after the rules)
    (
        "Ferry aground off Orran Point: what we know so far | Salterne Courier",
        "Ferry aground off Orran Point: what we know so far",
        "Salterne Courier",
    ),
    (
        "Ferry runs aground with 212 aboard - Salterne Courier",
        "Ferry runs aground with 212 aboard",
        "Salterne Courier",
    ),
)
#: Story lines at the page's top with a dash in them: a lead after its dateline, a standfirst
#: whose clause after the dash is no site's name. They stay in the story.
TOP_STORY_LINES = (
    (
        "SALTERNE - All 212 people aboard a ferry were rescued on Saturday after it ran aground "
        "off Orran Point.",
        "All 212 people aboard a ferry were rescued on Saturday after it ran aground off Orran "
        "Point.",
    ),
    (
        "The coastguard says all passengers are safe - but questions remain over the ship's charts",
        "The coastguard says all passengers are safe - but questions remain over the ship's charts",
    ),
)
#: A headline closed by a dash and the place the story tells of names no site.
PLACE_AFTER_DASH = "Ferry runs aground with 212 aboard - Orran Point"
#: Story sentences worded like the lines above: they stay in the story, naming no outlet.
LOOK_ALIKE_SENTENCES = (
    "The timetable posted by Penwith Lines on Friday showed no change to the route.",
    "Passengers published photos of the lifeboats by the dozen, the coastguard said.",
)
#: Closing lines a reader names the paper by that the engine does not read: a print view's
#: sentence without the page's address. (A copyright notice among the site's links, "© 2026
#: Ostry Valley Herald | Privacy Policy | Terms", is read since the ninth set.)
CLOSING_MISSES = (("This article was printed from Penhallow Times", "Penhallow Times"),)
#: A copyright notice among the site's links, a known miss of this set read since the ninth.
COPYRIGHT_AMONG_LINKS = (
    "© 2026 Ostry Valley Herald | Privacy Policy | Terms",
    "Ostry Valley Herald",
)
