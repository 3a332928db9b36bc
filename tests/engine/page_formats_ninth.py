"""A ninth set of invented pages: one story, saved from sites and aggregators whose outlet and
headline come in forms common on the web that the earlier sets (page_formats_unseen.py to
page_formats_eighth.py, titled_folders.py) do not hold. Each page and line was labelled before
the engine read it: the headline a reader titles it by, the lines that are furniture, the outlet
a reader can tell (None: only the file names it).

Forms: a post or a byline signed by a writer and the paper with no mark between them ("Posted
by Ines Harrow The Tollbridge Courier"); a page saved as HTML whose ``<title>`` closes the
headline with the site's name and which carries no other site metadata; a page whose only site
metadata is its publisher's social page (``article:publisher``, a Facebook address); a reprint's
"Source:", "via", "Syndicated from", "Content provided by" and dash credit lines, "originally
ran in" and "A version of this story appeared in" notes; a copyright notice among the site's links; "originally
published on" a site's host name; a gallery's captions under their counters ("Photo 1 of 4: …",
"2 of 4 A dock worker looks at …"). Look-alikes: a writer's name alone, a data source under a
chart, a credit "via" a platform or an agency's photo, a body's links, a body's host, a
writer's sign-off after a dash, a distributor's line. Also read: the paper's staff credited
"and wire reports", or beside an agency's ("Kestrel Wire and Tollbridge Courier staff", which
named both run together).

The story (a dockside crane falls onto a cargo ship at Fennick), its people and every outlet
(Tollbridge Courier, Marrow Sound Herald, Kestrel Wire, Ashby Vale Times, Quillon Ledger,
Greyhaven Press, Orrel Bay Sentinel) are invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_sixth import F, _page

HEADLINE = "Dockside crane falls onto cargo ship at Fennick, injuring three"
LEDE_A = (
    "A dockside crane collapsed onto a cargo ship at Fennick docks on Tuesday afternoon, "
    "injuring three workers, the port authority said."
)
LEDE_B = (
    "Three dock workers were hurt when a 40-metre crane toppled onto the cargo ship Alder Grace "
    "at Fennick on Tuesday, port officials said."
)
BODY = (
    "Two of the injured were taken to Fennick General Hospital with broken bones, a port "
    "spokesman said.",
    "The crane, built in 1987, had passed an inspection in February, according to port records.",
    "Work at the container terminal was halted while engineers checked the other cranes.",
    "The Fennick Dockers' Association said it had warned about the crane's brakes in March.",
    "The Alder Grace, which was loading timber, was not badly damaged, its owners said.",
)

#: The pages a reader saves: text copied from a site, and pages saved whole as HTML.
PAGES_AND_FURNITURE = (
    # 1. a post signed by its writer and the paper with "The" between them, no mark
    _page(
        "courier-post.txt",
        HEADLINE,
        "Tollbridge Courier",
        HEADLINE,
        F("Posted by Ines Harrow The Tollbridge Courier"),
        LEDE_A,
        BODY[0],
        BODY[1],
        BODY[2],
    ),
    # 2. a reprint on an aggregator, its source credited on a line of its own under the lead's
    # paragraphs
    _page(
        "aggregator-source.txt",
        HEADLINE,
        "Kestrel Wire",
        HEADLINE,
        LEDE_B,
        BODY[0],
        BODY[3],
        BODY[4],
        F("Source: Kestrel Wire"),
    ),
    # 3. a reprint closed by its "via" credit
    _page(
        "aggregator-via.txt",
        HEADLINE,
        "Marrow Sound Herald",
        HEADLINE,
        LEDE_A,
        BODY[1],
        BODY[2],
        BODY[3],
        F("via Marrow Sound Herald"),
    ),
    # 4. the site's copyright among its links closing the page
    _page(
        "times-footer.txt",
        HEADLINE,
        "Ashby Vale Times",
        HEADLINE,
        LEDE_B,
        BODY[0],
        BODY[2],
        BODY[4],
        F("© 2012-2026 Ashby Vale Times | Privacy Policy | Terms of Use | Contact Us"),
    ),
    # 5. a gallery copied with the story: each picture's caption under its counter
    _page(
        "gallery.txt",
        HEADLINE,
        None,
        HEADLINE,
        F("Photo 1 of 4: The fallen crane across the deck of the Alder Grace at Fennick."),
        LEDE_B,
        F("2 of 4 A dock worker looks at the crane's broken boom."),
        BODY[0],
        F("Slide 3 of 4 – The Alder Grace at her berth on Wednesday morning."),
        BODY[1],
        BODY[3],
    ),
)
PAGES = tuple(page for page, _ in PAGES_AND_FURNITURE)

#: The headline each single line below is set under, and the story under it.
LINE_HEADLINE = HEADLINE

#: Lines under the headline: a post or a byline signed by a writer and a paper with no mark
#: between them, and the outlet a reader takes from it (None: none, the writer's words cannot
#: be told from the paper's).
TOP_LINES = (
    ("Posted by Ines Harrow The Tollbridge Courier", "Tollbridge Courier"),
    ("By Ines Harrow The Tollbridge Courier", "Tollbridge Courier"),
    ("Posted by Ines Harrow Marrow Sound Herald", None),
    ("By Ines Harrow Marrow Sound Herald", None),
    ("Posted by Ines Harrow Quillon Ledger Staff", None),
    # the paper alone, three words: read as before
    ("Posted by Marrow Sound Herald", "Marrow Sound Herald"),
    ("Posted by the Marrow Sound Herald", "Marrow Sound Herald"),
    # a known outlet's one word in capitals after the writer; two words after two others
    # may end a place's paper's name ("South Harlow Sun Sentinel"): none
    ("Posted by Ines Harrow CNN", "CNN"),
    ("Posted by Ines Harrow NBC News", None),
    # a paper's name of four words written with "The"
    ("Posted by The Ostry Valley Evening Herald", "Ostry Valley Evening Herald"),
    # the paper's staff with the wires, or beside an agency's: the paper
    ("Tollbridge Courier staff and wire reports", "Tollbridge Courier"),
    ("Kestrel Wire and Tollbridge Courier staff", "Tollbridge Courier"),
    # a writer alone
    ("Posted by Ines Harrow", None),
    ("By Ines Harrow", None),
)
#: A paper's name of four words signing with no "The" and no other mark of the paper on the
#: page: read as a paper's before the writer's words were told apart, now none (a known miss:
#: "Ostry Valley" may be a writer's name as "Ines Harrow" is).
FOUR_WORD_PAPER_LINES = (
    "Posted by Ostry Valley Evening Herald",
    "By Ostry Valley Evening Herald Staff",
    "By Ostry Valley Evening Herald Staff Report",
)
#: The same signed line on a page that also names its paper alone elsewhere (an e-mail line, a
#: closing credit): the paper is read from the signed line, the writer's words left off.
PAPER_NAMED_ELSEWHERE = (
    "Posted by Ines Harrow Marrow Sound Herald",
    "Tip us off: newsdesk@marrowsoundherald.com",
)

#: Lines closing the page: a reprint's credit, a copyright among links, a host name; the
#: outlet a reader takes from each (None: the line names a body, a platform or a data source).
CLOSING_LINES = (
    ("Source: Kestrel Wire", "Kestrel Wire"),
    ("Source: The Orrel Bay Sentinel", "Orrel Bay Sentinel"),
    ("Source: Greyhaven Press", "Greyhaven Press"),
    ("via Marrow Sound Herald", "Marrow Sound Herald"),
    ("Via Kestrel Wire", "Kestrel Wire"),
    ("(via Quillon Ledger)", "Quillon Ledger"),
    ("© 2012-2026 Ashby Vale Times | Privacy Policy | Terms of Use", "Ashby Vale Times"),
    (
        "Copyright © 2026 The Orrel Bay Sentinel | All Rights Reserved | Contact",
        "Orrel Bay Sentinel",
    ),
    ("This story was originally published on tollbridgecourier.com.", "Tollbridge Courier"),
    ("This story originally ran in The Tollbridge Courier.", "Tollbridge Courier"),
    ("A version of this story appeared in the Marrow Sound Herald.", "Marrow Sound Herald"),
    ("Syndicated from The Tollbridge Courier.", "Tollbridge Courier"),
    ("Content provided by Kestrel Wire.", "Kestrel Wire"),
    ("Article courtesy of The Orrel Bay Sentinel", "Orrel Bay Sentinel"),
    ("— Kestrel Wire", "Kestrel Wire"),
    ("—The Marrow Sound Herald", "Marrow Sound Herald"),
    ("Reporting by Ines Harrow for the Tollbridge Courier", "Tollbridge Courier"),
    # look-alikes: a body, a data source, a platform, a photo agency, a person
    ("Source: Fennick Port Authority", None),
    ("Source: Fennick Dockers' Association annual report", None),
    ("Source: port records, 2026", None),
    ("via Twitter", None),
    ("via Getty Images", None),
    ("via email", None),
    ("via Ines Harrow", None),
    ("This story was originally published on fennickport.org.", None),
    ("— Ines Harrow", None),
    ("Content provided by Fennick Port Authority.", None),
    ("Distributed by Orrel Content Agency, LLC.", None),
)
#: Story sentences worded like the credits above: they stay in the story and name no outlet.
LOOK_ALIKE_SENTENCES = (
    "Source: the port authority said the crane would be dismantled next week.",
    "Photos shared via Marrow Sound Herald readers showed the crane's boom across the deck.",
    # a count opening a sentence, as a gallery's counter opens a caption
    "3 of 12 Fennick cranes failed their inspection in February, port records show.",
    "2 of 5 Dockers' Association members said they had seen the crane's brakes slip.",
)
#: A gallery's captions under their counters, and their counters alone: furniture.
GALLERY_LINES = (
    "Photo 1 of 4: The fallen crane across the deck of the Alder Grace at Fennick.",
    "Image 2/4: A dock worker looks at the crane's broken boom.",
    "2 of 4 A dock worker looks at the crane's broken boom.",
    "Slide 3 of 4 – The Alder Grace at her berth on Wednesday morning.",
    "4 of 4",
)

# ---- pages saved whole as HTML -------------------------------------------------------------------
_HTML_BODY = "".join(f"<p>{p}</p>" for p in (LEDE_A, BODY[0], BODY[1], BODY[3]))


def _html(head: str, top: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"{head}</head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"</header><main><article>{top}{_HTML_BODY}</article></main></body></html>"
    )


#: Saved pages whose only mark of the site is their ``<title>``: the headline closed by the
#: site's name after a dash or a bar (an AMP or a mobile page), no ``og:site_name``, no JSON-LD,
#: no site's name in the text. (page, headline, outlet)
TITLE_ELEMENT_PAGES = (
    (
        _html(f"<title>{HEADLINE} - Greyhaven Press</title>", f"<h1>{HEADLINE}</h1>"),
        HEADLINE,
        "Greyhaven Press",
    ),
    (
        _html(f"<title>{HEADLINE} | Orrel Bay Sentinel</title>"),
        HEADLINE,
        "Orrel Bay Sentinel",
    ),
    (
        _html(
            f'<title>{HEADLINE} | The Quillon Ledger</title><meta property="og:title" '
            f'content="{HEADLINE}">'
        ),
        HEADLINE,
        "Quillon Ledger",
    ),
    # look-alike: a headline whose words after its dash are the place the story tells of
    (
        _html("<title>Dockside crane falls onto cargo ship - Fennick</title>"),
        "Dockside crane falls onto cargo ship",
        None,
    ),
)
#: A page whose only site metadata is its publisher's social page: no outlet is named by it
#: (an address is no name), and the outlet its title names is read instead.
PUBLISHER_PAGE = _html(
    f"<title>{HEADLINE} - Greyhaven Press</title>"
    '<meta property="article:publisher" content="https://www.facebook.com/greyhavenpress">',
    f"<h1>{HEADLINE}</h1>",
)
PUBLISHER_ONLY_PAGE = _html(
    f"<title>{HEADLINE}</title>"
    '<meta property="article:publisher" content="https://www.facebook.com/greyhavenpress">',
    f"<h1>{HEADLINE}</h1>",
)
#: Pages whose author field is the only mark of their site, and the outlet a reader takes from
#: it: the paper when the site signs with its own name, none for a writer.
AUTHOR_FIELD_PAGES = (
    (_html(f'<title>{HEADLINE}</title><meta name="author" content="Marrow Sound Herald">'),
     "Marrow Sound Herald"),
    (_html(f'<title>{HEADLINE}</title><meta name="author" content="The Quillon Ledger">'),
     "Quillon Ledger"),
    (_html(f'<title>{HEADLINE}</title><meta name="author" content="Ines Harrow">'), None),
    (_html(f'<title>{HEADLINE}</title><meta name="author" content="Emily Post">'), None),
    (_html(f'<title>{HEADLINE}</title><meta name="author" content="Ines Harrow, Tom Reyes">'),
     None),
)  # fmt: skip
#: A page signed by its own paper that credits another outlet's story or data under it: the
#: page's own outlet stands (the credit is read only where the page names none).
OWN_PAGE_WITH_A_CREDIT = (
    "By Ines Harrow, Tollbridge Courier",
    "Source: Kestrel Wire",
)
