"""A twelfth set of invented page forms: one story, the lines that close or interrupt its
pages on sites the earlier sets (page_formats_unseen.py to page_formats_eleventh.py) do not
hold. Each line was labelled before the engine read it: the outlet a reader can tell from it
(None: only the file names the page) and, for furniture, that it is no paragraph of the story.

Outlet forms: a reporter's address or a tip line closing the page ("Write to … at …",
"Contact the author at …"); a link to subscribe; a byline strip whose stamp follows a bar; a
signature line with the paper's town and state ("Name, Paper, Town, State"); the paper's name
between dashes in a dateline ("PELLOW, Maine — (The Paper) —"); "… reported from … for the
…"; a writer's note ("… is a reporter for the …"); "© Paper 2026"; "Originally
published by …"; a syndication note; a page signed by its paper's own writer that also closes
with a wire's "Reporting by …; editing by …" credit. Furniture: "Advertisement", "Story
continues below", "Related:" lines, a gallery's counters, share counts, comment prompts, an
update's or a correction's note, a writer's note closing the page, a site's lists, tools and
player prompts ("Most Read", "Text size A A A", "Loading video..."). Captions without a verb,
of 13 words or more or naming a thing.

The story (a ferry runs aground off Pellow Point), its people and every outlet (Brackwater
Ledger, The Osterly Courant, Quenby Star-Journal, Dellhaven Tribune) are invented; no line is
taken from a corpus.
"""

from __future__ import annotations

HEADLINE = "Ferry runs aground off Pellow Point with 140 aboard"
LEDE = (
    "A passenger ferry carrying 140 people ran aground off Pellow Point on Tuesday evening, "
    "and everyone aboard was taken off safely by lifeboats, the coastguard said."
)
BODY = (
    "The Marigold had left Pellow harbour at 6.15 p.m. for its crossing to Quenby Island.",
    "Coastguard officer Ruth Annaby said the ferry struck a sandbank in fog about a mile from "
    "the harbour.",
    "Four passengers were treated for cold, but no one was seriously hurt, the harbour board said.",
    "The operator, Pellow Sound Ferries, said the vessel would be towed off at high tide.",
)


def story(*lines: str) -> tuple[str, ...]:
    """The story's lede and body with ``lines`` set between its second and third paragraphs,
    as a page interrupts a story."""
    return (LEDE, BODY[0], *lines, BODY[1], BODY[2], BODY[3])


# ==== Outlets ====================================================================================
#: Lines closing the page, and the outlet a reader takes from each.
CLOSING_LINES = (
    # a reporter's address: the line is the page's, the paper's name not told in words
    ("Write to Tamsin Orle at tamsin.orle@brackwaterledger.com", None),
    (
        "Write to Tamsin Orle at tamsin.orle@brackwaterledger.com and Piet Varn at "
        "piet.varn@brackwaterledger.com",
        None,
    ),
    ("Contact the author at tamsin.orle@brackwaterledger.com.", None),
    ("Contact the author: torle@osterlycourant.com", None),
    # reported from a place for a paper
    ("Tamsin Orle reported from Pellow for the Brackwater Ledger.", "Brackwater Ledger"),
    ("Piet Varn reported from Pellow Point for The Osterly Courant.", "Osterly Courant"),
    ("Tamsin Orle reported from Pellow.", None),
    # a writer's note
    ("Tamsin Orle is a reporter for the Brackwater Ledger.", "Brackwater Ledger"),
    (
        "Tamsin Orle is a staff writer for The Osterly Courant. She covers ports and shipping.",
        "Osterly Courant",
    ),
    ("Piet Varn is a reporter at the Dellhaven Tribune.", "Dellhaven Tribune"),
    # the paper's copyright, the name before the year
    ("© Brackwater Ledger 2026", "Brackwater Ledger"),
    ("© The Osterly Courant 2026. All rights reserved.", "Osterly Courant"),
    ("Copyright Dellhaven Tribune 2026", "Dellhaven Tribune"),
    # (a body's own notice names the body, as "© 2026 Pellow Harbour Board" does: labelled
    # None at first, relabelled once the year-first form was found read so; a reader takes the
    # page for the body's own)
    ("© Pellow Harbour Board 2026", "Pellow Harbour Board"),
    # first published elsewhere, named by its paper
    ("Originally published by the Brackwater Ledger.", "Brackwater Ledger"),
    (
        "This article was originally published by The Osterly Courant on May 4, 2026.",
        "Osterly Courant",
    ),
    # (relabelled as the notice above: "This article originally appeared on …" names a body so)
    ("Originally published by Pellow Harbour Board.", "Pellow Harbour Board"),
    # a tip line, a link to subscribe, a first page in other words
    ("Send news tips to news@brackwaterledger.com", None),
    (
        "Got a news tip? Email the Brackwater Ledger at tips@brackwaterledger.com.",
        "Brackwater Ledger",
    ),
    ("Click here to subscribe to the Brackwater Ledger.", "Brackwater Ledger"),
    ("More from the Brackwater Ledger", None),
    (
        "An earlier version of this story appeared in the Quenby Star-Journal.",
        "Quenby Star-Journal",
    ),
    ("This story was first published in The Osterly Courant.", "Osterly Courant"),
    # a syndication note names the distributor, not the page
    ("Distributed by Quenby News Syndicate.", None),
    ("©2026 Brackwater Ledger. Distributed by Quenby News Syndicate.", "Brackwater Ledger"),
)

#: A story's sentence telling the paper by name, as a reporter's address at its domain names it.
BODY_TELLING_THE_PAPER = (
    *BODY[:3],
    "The operator, Pellow Sound Ferries, told the Brackwater Ledger the vessel would be towed "
    "off at high tide.",
)
#: A reporter's address closing such a page: the paper the story tells, at the address's domain.
ADDRESS_LINES = (
    ("Write to Tamsin Orle at tamsin.orle@brackwaterledger.com", "Brackwater Ledger"),
    ("Contact the author at tamsin.orle@brackwaterledger.com.", "Brackwater Ledger"),
    # (another paper's domain names none)
    ("Write to Tamsin Orle at tamsin.orle@osterlycourant.com", None),
)

#: A signature line under the headline: the writer, the paper, its town and state.
SIGNATURE_LINES = (
    ("Tamsin Orle, Brackwater Ledger, Brackwater, Ohio", "Brackwater Ledger"),
    ("By Tamsin Orle, The Osterly Courant, Osterly, Maine", "Osterly Courant"),
    ("Tamsin Orle, Pellow Harbour Board, Pellow, Maine", None),
)

#: A byline strip under the headline, its stamp after a bar; a picture's credit.
BYLINE_LINES = (
    ("Tamsin Orle | Brackwater Ledger | Published May 4, 2026", "Brackwater Ledger"),
    ("By Tamsin Orle | The Osterly Courant | May 4, 2026 at 7:00 a.m.", "Osterly Courant"),
    ("Photo: Tamsin Orle / Brackwater Ledger", None),
)

#: A dateline naming its paper between dashes, opening the lede.
DATELINES = (
    ("PELLOW, Maine — (Brackwater Ledger) —", "Brackwater Ledger"),
    ("PELLOW — (The Osterly Courant) —", "Osterly Courant"),
    ("PELLOW, Maine — The Quenby Star-Journal —", "Quenby Star-Journal"),
    ("PELLOW, Maine -- (Dellhaven Tribune) --", "Dellhaven Tribune"),
    ("PELLOW, Maine —", None),
    # a body between the dashes is the story's, no paper
    ("PELLOW, Maine — The Pellow Harbour Board —", None),
)

#: A wire's reporting credit closing a page: named the wire unless the page's own byline names
#: its paper.
REUTERS_CREDIT = "(Reporting by Tamsin Orle; editing by Piet Varn)"
CREDITED_PAGES = (
    # the page's own byline, writer and paper: the paper's own story
    (("By Tamsin Orle, Brackwater Ledger",), "Brackwater Ledger"),
    (("Tamsin Orle | The Osterly Courant",), "Osterly Courant"),
    # a bare byline, or only the site's name above the story: the wire's copy
    (("By Tamsin Orle",), "Reuters"),
    ((), "Reuters"),
)


# ==== Furniture ==================================================================================
#: Lines set between a story's paragraphs or closing it, that are no part of the story.
FURNITURE_LINES = (
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below",
    "Story continues below advertisement",
    "Article continues below",
    "Related: Pellow ferry fined over lifeboat drills last year",
    "RELATED: Winter timetable cuts Quenby crossings",
    "Related Articles",
    "1 of 12",
    "Photo 3 of 12",
    "Image 1 of 5",
    "1.2K shares",
    "348 Shares",
    "Share 45 Tweet 12 Email",
    "Join the conversation",
    "Comments (14)",
    "Leave a comment",
    "View 27 comments",
    "What do you think? Tell us in the comments below.",
    "This story has been updated.",
    "This story has been updated with comments from the ferry's operator.",
    "This article has been updated to correct the number of passengers.",
    "Correction: An earlier version of this story gave the wrong name for the ferry's captain.",
    "Correction, May 5, 2026: An earlier version of this article misstated the ferry's age.",
    "Editor's note: This story has been updated to include a statement from the coastguard.",
    # a site's lists, prompts and tools
    "Sponsored Content",
    "Promoted Stories",
    "Recommended for you",
    "Most Read",
    "Trending Now",
    "You May Also Like",
    "Read next",
    "Up Next",
    "Continue reading the main story",
    "Continue Reading Below",
    "Keep reading",
    "Loading…",
    "Loading video...",
    "Print this article",
    "Text size A A A",
    "Tags: ferry, Pellow Point, Quenby",
    "Filed under: Local News",
    "Topics: Ferries, Pellow",
    "Posted in News",
    "Watch: Ferry stranded off Pellow Point (1:32)",
    "Skip Ad",
    "This video is no longer available.",
    "Have a news tip? Contact us.",
    "Updated 9:12 AM EDT, Tue May 5, 2026",
    "Published 7:00 a.m. ET May 4, 2026",
    "Share on Facebook Share on Twitter Share via Email",
    "Reprints",
    "Font size",
    "Previous Next",
    "Swipe for more photos",
    "Enlarge this image",
    "Hide caption",
    "Click to enlarge",
    "Photo gallery: The Marigold aground off Pellow Point",
    "Listen to this story",
    "Your browser does not support the audio element.",
)

#: A writer's note closing the page: furniture, naming no outlet.
BIO_LINES = (
    "Tamsin Orle has covered the Pellow waterfront since 2019. Reach her at 555-0142.",
    "Piet Varn writes about ships and the sea. He lives in Quenby.",
)

#: Captions without a verb at the top of a page: of 13 words or more, or naming a thing.
CAPTIONS = (
    "Lifeboat crews beside the stranded Marigold on the sandbank off Pellow Point at dusk",
    "A lifeboat beside the Marigold off Pellow Point",
    "Lifeboats at the side of the stranded ferry",
)
#: Captions of other shapes: a participle's phrase after the people and the moment dated, a
#: craft named after "The" and its state.
OTHER_CAPTIONS = (
    "Passengers wrapped in blankets on the quay at Pellow harbour after the rescue on Tuesday",
    "The stranded Marigold on the sandbank off Pellow Point",
)
#: Headlines without a verb in a caption's shape: a place as an idiom, news after the place.
VERBLESS_HEADLINES = (
    "Lifeboat crews at the heart of Pellow's rescue effort",
    "Cars on the Quenby causeway after the storm",
)
#: Headlines in the shapes of those captions: a verb's participle with a place, "The" and a
#: bare noun, a craft doing news with an article before what it meets.
HEADLINES_LIKE_CAPTIONS = (
    "Passengers stranded at the Pellow terminal after the storm on Tuesday",
    "The forgotten crew in the Pellow lifeboat house",
    "A lorry blocks the road into Quenby",
    "A ferry crashes into the pier at Pellow",
)
