"""A sixth set of invented pages: three stories, 30 pages, each saved from a site whose furniture
and headline come in forms none of the earlier sets (tests/engine/furniture_catalogue.py,
page_formats_unseen.py, page_formats_unwritten.py, page_formats_shared.py,
page_formats_fifth.py, titled_folders.py) holds. Each page was labelled before the engine read
it: the headline a reader titles it by (None: the page has none, and its title may be no line of
its furniture), the lines that are furniture, the outlet a reader can tell, and the story
sentences worded like furniture that must stay.

Forms: a live page's stamps and buttons ("Key events", "Show key events only", "Pinned post",
"2h ago 09:15 BST", "Live updates"); corrections and editor's notes ("This story has been
corrected to show ...", "An earlier version of this article misstated ..."); "___" separators
and "<Wire> writer <Name> in <Place> contributed to this report."; "FILE - In this ... photo"
captions with the date inside; a gallery's "1 of 12", "Next slide", "Enlarge this image", "Hide
caption", "toggle caption"; reading aids ("Listen to this article", "5 min read", "Text size",
"Reading time: 4 minutes"); coverage inserted mid-story ("RELATED: ...", "MORE: ...", "SEE ALSO:
..."); a benefit event's listing ("What: ...", "When: ...", "Where: ..."); a notice's funeral
lines; stamps ("Updated 6:45 PM ET, Thu May 4, 2026", "Published 3 hours ago"); comment counts,
ratings and "Most read" boxes; and headlines in forms titles may miss: a kicker above the
headline, the headline repeated with the site's name, one in capitals, one that is a quotation,
a question, and a page with no headline at all.

The stories (a landslide on the Harl Pass road above Tamsford; a moor fire at Ellerby; a
dockers' strike at Quarrington), their people and every outlet (Tamsford Courier, Harl Valley
Gazette, Kestrel Wire, Morrow Daily, Westcombe Post, Radio Harl, Pellham Observer, Grantley
Herald, North Fen Times, Corlis Evening News, Ellerby Bugle, Moorside Chronicle, Quarrington
Dispatch, Estuary Ledger, Lantern News Agency) are invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_unseen import SavedPage


class Furniture(str):
    """A line of a page that is furniture (its label, written before the engine read it)."""


def _page(
    file: str, headline: str | None, outlet: str | None, *lines: str
) -> tuple[SavedPage, tuple[str, ...]]:
    furniture = tuple(str(line) for line in lines if isinstance(line, Furniture))
    content = "\n\n".join(str(line) for line in lines) + "\n"
    return SavedPage(file, content, headline, furniture, outlet), furniture


F = Furniture

# ==== A landslide closes the Harl Pass road above Tamsford =========================================
SLIDE_LEDE_A = (
    "A landslide swept across the Harl Pass road above Tamsford on Tuesday night, burying two "
    "cars and cutting the town off from the north, the county council said."
)
SLIDE_LEDE_B = (
    "Two drivers were pulled alive from their cars after thousands of tonnes of rock and mud "
    "fell onto the Harl Pass road near Tamsford late on Tuesday, rescuers said."
)
SLIDE_LEDE_C = (
    "The Harl Pass road will stay closed for at least three weeks after a landslide buried a "
    "stretch of it above Tamsford, council engineers said on Wednesday."
)
SLIDE = (
    "Mountain rescue teams freed both drivers within two hours, said team leader Osric Vantner.",
    "One of the drivers, a 58-year-old man, was taken to Harl General Hospital with a broken leg.",
    "Engineers estimated that about 20,000 tonnes of material had come down from the slope.",
    "Council leader Bronwen Tell said three weeks of heavy rain had loosened the hillside.",
    "Buses between Tamsford and Pellham will run by a 40-mile diversion through Corlis.",
    "Residents of six houses below the slope were asked to leave as a precaution.",
)
SLIDE_KEPT = (
    "Key events leading up to the slide were recorded by a rain gauge above the pass, the "
    "council said.",
    "More than 40 people had used the road in the hour before the slide, traffic cameras showed.",
    "Related roadworks planned for the summer have been postponed, the council said.",
    "When the slope gave way, a bus had passed the spot only minutes earlier, its driver said.",
)

SLIDE_PAGES_AND_FURNITURE = (
    # 1. a live page: stamps, pinned post, "key events" buttons
    _page(
        "courier-live.txt",
        "Harl Pass landslide: two drivers rescued as road closed",
        "Tamsford Courier",
        "Tamsford Courier",
        F("Live updates"),
        "Harl Pass landslide: two drivers rescued as road closed",
        F("Key events"),
        F("Show key events only"),
        F("Please turn on JavaScript in your browser to see the live updates."),
        F("Pinned post"),
        SLIDE_LEDE_A,
        F("2h ago 09:15 BST"),
        SLIDE[0],
        F("3h ago 08:02 BST"),
        SLIDE[1],
        SLIDE_KEPT[0],
        F("Show more updates"),
    ),
    # 2. a wire copy: dateline, "___", contributor line
    _page(
        "kestrel-wire.txt",
        "Drivers pulled alive from cars buried by landslide on Harl Pass road",
        "Kestrel Wire",
        "Drivers pulled alive from cars buried by landslide on Harl Pass road",
        F("By KESTREL WIRE"),
        SLIDE_LEDE_B,
        SLIDE[0],
        SLIDE[2],
        SLIDE[4],
        F("___"),
        F("Kestrel Wire writer Ilsa Moreno in Pellham contributed to this report."),
    ),
    # 3. a corrected story: correction at the top, editor's note at the foot
    _page(
        "gazette-corrected.txt",
        "Harl Pass road to stay shut for three weeks after landslide",
        "Harl Valley Gazette",
        "Harl Valley Gazette",
        "Harl Pass road to stay shut for three weeks after landslide",
        F(
            "This story has been corrected to show that the landslide happened on Tuesday "
            "night, not Wednesday morning."
        ),
        SLIDE_LEDE_C,
        SLIDE[2],
        SLIDE[3],
        SLIDE_KEPT[1],
        F("An earlier version of this article misstated the number of houses below the slope."),
        F("Editor's note: This article has been updated with comment from the council leader."),
    ),
    # 4. a gallery page: counters, slide buttons, captions and their toggles
    _page(
        "morrow-gallery.txt",
        "In pictures: the Harl Pass landslide",
        "Morrow Daily",
        "Morrow Daily",
        "In pictures: the Harl Pass landslide",
        SLIDE_LEDE_A,
        F("1 of 12"),
        F("Enlarge this image"),
        F("Rescuers dig around a buried car on the Harl Pass road."),
        F("toggle caption"),
        F("Next slide"),
        F("2 of 12"),
        F("Hide caption"),
        SLIDE[0],
        SLIDE[5],
        F("Previous slide"),
    ),
    # 5. reading aids above the story, "RELATED:" and "MORE:" links inside it
    _page(
        "westcombe-post.txt",
        "Landslide buries cars above Tamsford as rain loosens hillside",
        "Westcombe Post",
        "Westcombe Post",
        "Landslide buries cars above Tamsford as rain loosens hillside",
        F("Listen to this article"),
        F("5 min read"),
        F("Text size"),
        SLIDE_LEDE_B,
        SLIDE[3],
        F("RELATED: Tamsford council warned of unstable slopes last winter"),
        SLIDE[1],
        F("MORE: How to check which roads in the Harl valley are open"),
        SLIDE[4],
        SLIDE_KEPT[2],
    ),
    # 6. a radio site's page: a kicker above the headline, "SEE ALSO", a stamp in its own form
    _page(
        "radio-harl.txt",
        "Six households asked to leave homes below Harl Pass slope",
        "Radio Harl",
        "Radio Harl",
        F("HARL PASS LANDSLIDE"),
        "Six households asked to leave homes below Harl Pass slope",
        F("Updated 6:45 PM BST, Wed May 6, 2026"),
        SLIDE_LEDE_C,
        SLIDE[5],
        F("SEE ALSO: Harl Pass road reopened after rockfall in 2019"),
        SLIDE[3],
        SLIDE_KEPT[3],
    ),
    # 7. a headline repeated with the site's name; a most-read box and comment count at the foot
    _page(
        "pellham-observer.txt",
        "Two rescued after landslide on Harl Pass road",
        "Pellham Observer",
        F("Two rescued after landslide on Harl Pass road | Pellham Observer"),
        "Two rescued after landslide on Harl Pass road",
        F("Published 3 hours ago"),
        SLIDE_LEDE_B,
        SLIDE[0],
        SLIDE[1],
        SLIDE[2],
        F("Most read"),
        F("1 Pellham market traders fear for Christmas trade"),
        F("2 Corlis school named best in county"),
        F("3 Comments"),
    ),
    # 8. a headline in capitals, "Reading time" and a print button
    _page(
        "grantley-herald.txt",
        "HARL PASS ROAD CLOSED FOR WEEKS AFTER HUGE LANDSLIDE",
        "Grantley Herald",
        "Grantley Herald",
        "HARL PASS ROAD CLOSED FOR WEEKS AFTER HUGE LANDSLIDE",
        F("Reading time: 4 minutes"),
        F("Print this page"),
        SLIDE_LEDE_C,
        SLIDE[2],
        SLIDE[4],
        SLIDE[3],
    ),
    # 9. a headline that is a quotation; a "FILE -" photo caption with its date inside
    _page(
        "north-fen-times.txt",
        "'The whole hillside just came down,' says rescued driver",
        "North Fen Times",
        "North Fen Times",
        "'The whole hillside just came down,' says rescued driver",
        SLIDE_LEDE_B,
        F(
            "FILE - In this March 12, 2019, file photo, a council lorry clears rocks from the "
            "Harl Pass road above Tamsford."
        ),
        SLIDE[1],
        SLIDE[0],
        SLIDE[5],
    ),
    # 10. no headline at all: the text a reader copied from the story's first paragraph on
    _page(
        "copied-slide.txt",
        None,
        None,
        SLIDE_LEDE_A,
        SLIDE[3],
        SLIDE[4],
        SLIDE[2],
        F("Share this"),
    ),
)

# ==== A moor fire at Ellerby ========================================================================
FIRE_LEDE_A = (
    "A fire on Ellerby Moor has burned across about 600 hectares of heather since Saturday, and "
    "firefighters expect to fight it for several more days, the fire service said."
)
FIRE_LEDE_B = (
    "Firefighters from four counties were sent to Ellerby Moor on Sunday as a fire that began "
    "on Saturday afternoon spread across some 600 hectares."
)
FIRE_LEDE_C = (
    "About 600 hectares of Ellerby Moor have been scorched by a wildfire that started on "
    "Saturday, and the village of Ellerby Cross was told to keep windows shut."
)
FIRE = (
    "Group manager Petra Lindell said 70 firefighters and a helicopter were at the scene.",
    "The fire is believed to have started from a disposable barbecue, police said.",
    "No homes have been damaged, but a farm at Blackshaw lost two barns.",
    "The moor is home to nesting curlews and golden plovers, the Ellerby Moor Trust said.",
    "The road over the moor between Ellerby Cross and Hollins was closed on Sunday.",
    "It is the largest fire on the moor since 2018, when about 900 hectares burned.",
)
FIRE_KEPT = (
    "Listen to the advice of firefighters and stay away from the moor, police urged walkers.",
    "Where the fire crossed the road, the tarmac had melted, the county council said.",
    "Text messages were sent to every phone in Ellerby Cross on Sunday evening, the council said.",
    "More than 300 people have offered to help the farm at Blackshaw rebuild its barns.",
)

FIRE_PAGES_AND_FURNITURE = (
    # 11. a live page with its timestamps written as clock lines and "Key events" list
    _page(
        "bugle-live.txt",
        "Ellerby Moor fire live: 600 hectares burned as crews battle flames",
        "Ellerby Bugle",
        "Ellerby Bugle",
        "Ellerby Moor fire live: 600 hectares burned as crews battle flames",
        F("Key events"),
        F("11:42 Helicopter joins firefighters"),
        F("10:05 Road over the moor closed"),
        F("Show key events only"),
        F("Live"),
        F("11:42"),
        FIRE_LEDE_A,
        FIRE[0],
        F("10:05"),
        FIRE[4],
        FIRE_KEPT[1],
        F("Back to top"),
    ),
    # 12. a wire copy with a dateline line of its own and contributors
    _page(
        "lantern-agency.txt",
        "Firefighters from four counties tackle Ellerby Moor blaze",
        "Lantern News Agency",
        "Firefighters from four counties tackle Ellerby Moor blaze",
        F("ELLERBY, England, May 3 (Lantern) -"),
        FIRE_LEDE_B,
        FIRE[0],
        FIRE[1],
        FIRE[3],
        F("Reporting by Tam Oduya; Editing by Greer Halloway"),
        F("Our Standards: The Lantern Trust Principles."),
    ),
    # 13. a question as headline; a gallery counter and captions
    _page(
        "moorside-chronicle.txt",
        "What started the Ellerby Moor fire?",
        "Moorside Chronicle",
        "Moorside Chronicle",
        "What started the Ellerby Moor fire?",
        FIRE_LEDE_C,
        F("Image 1 of 6"),
        F("Smoke rises over Ellerby Moor on Sunday afternoon."),
        F("Show caption"),
        FIRE[1],
        FIRE[2],
        FIRE_KEPT[0],
    ),
    # 14. a benefit event's listing below the story
    _page(
        "corlis-news.txt",
        "Blackshaw farm loses two barns to Ellerby Moor fire",
        "Corlis Evening News",
        "Corlis Evening News",
        "Blackshaw farm loses two barns to Ellerby Moor fire",
        FIRE_LEDE_C,
        FIRE[2],
        FIRE_KEPT[3],
        FIRE[5],
        F("What: Blackshaw barn appeal ceilidh"),
        F("When: Saturday, May 9, 7 p.m."),
        F("Where: Ellerby Cross village hall"),
        F("Tickets: £10 at the door"),
    ),
    # 15. a kicker of two words above the headline, a rating box, a newsletter box
    _page(
        "westcombe-fire.txt",
        "Curlews and plovers at risk as fire sweeps Ellerby Moor",
        "Westcombe Post",
        "Westcombe Post",
        F("WILDLIFE"),
        "Curlews and plovers at risk as fire sweeps Ellerby Moor",
        F("3 min read"),
        FIRE_LEDE_A,
        FIRE[3],
        F("Rate this article: ★★★★☆"),
        FIRE[5],
        F("Sign up to the Westcombe Post morning briefing"),
        F("Thank you for signing up!"),
    ),
    # 16. the title repeated with the site's name after a dash; "Most shared" box
    _page(
        "fen-times-fire.txt",
        "Walkers warned to stay away from burning Ellerby Moor",
        "North Fen Times",
        F("Walkers warned to stay away from burning Ellerby Moor - North Fen Times"),
        "Walkers warned to stay away from burning Ellerby Moor",
        FIRE_LEDE_B,
        FIRE[1],
        FIRE[4],
        F("Most shared"),
        F("Fen drainage board chief to step down"),
        F("Comments (12)"),
    ),
    # 17. a question headline in capitals with an "EXCLUSIVE" kicker; correction on its own line
    _page(
        "grantley-fire.txt",
        "Did a disposable barbecue start the Ellerby Moor fire?",
        "Grantley Herald",
        "Grantley Herald",
        F("EXCLUSIVE"),
        "Did a disposable barbecue start the Ellerby Moor fire?",
        FIRE_LEDE_A,
        FIRE[1],
        FIRE[0],
        FIRE_KEPT[2],
        F(
            "Correction, May 4, 2026: An earlier version of this story said the fire began on "
            "Friday. It began on Saturday."
        ),
    ),
    # 18. a page with no headline, only a site line and the story
    _page(
        "pasted-fire.txt",
        None,
        None,
        FIRE_LEDE_B,
        FIRE[5],
        FIRE[2],
        FIRE[3],
        F("Posted in: News, Ellerby"),
    ),
    # 19. a photo caption opened by "FILE -" with a date, and a caption toggled
    _page(
        "observer-fire.txt",
        "Ellerby Moor fire is largest since 2018",
        "Pellham Observer",
        "Pellham Observer",
        "Ellerby Moor fire is largest since 2018",
        F(
            "FILE - Firefighters beat out flames on Ellerby Moor, July 14, 2018. The moor has "
            "burned again this week."
        ),
        F("toggle caption"),
        FIRE_LEDE_C,
        FIRE[5],
        FIRE[0],
        F("Gift this article"),
    ),
    # 20. a podcast-and-audio page
    _page(
        "radio-harl-fire.txt",
        "Helicopter joins 70 firefighters on Ellerby Moor",
        "Radio Harl",
        "Radio Harl",
        "Helicopter joins 70 firefighters on Ellerby Moor",
        F("Listen live"),
        F("Audio: 2 minutes 30 seconds"),
        FIRE_LEDE_B,
        FIRE[0],
        FIRE[4],
        F("MORE FROM RADIO HARL"),
        F("Hollins bypass plans go on show"),
    ),
)

# ==== A dockers' strike at Quarrington ==============================================================
DOCK_LEDE_A = (
    "About 1,400 dock workers at the port of Quarrington walked out on Monday in a dispute over "
    "pay, halting the loading of container ships, their union said."
)
DOCK_LEDE_B = (
    "Container traffic at Quarrington came to a standstill on Monday as 1,400 dockers began a "
    "two-week strike after rejecting a pay offer of 4 percent."
)
DOCK_LEDE_C = (
    "A two-week strike by dock workers at Quarrington began on Monday, and the port's operator "
    "said 11 ships were waiting offshore by the evening."
)
DOCK = (
    "The Harbour Workers' Union is seeking a rise of 9 percent, citing the cost of living.",
    "Quarrington Port Holdings said its offer of 4 percent was fair and final.",
    "Union organiser Maelis Grove said pickets would stand at all four gates around the clock.",
    "The port handles about a fifth of the country's container freight.",
    "Talks at the conciliation service broke down on Friday after eight hours.",
    "Hauliers said lorries were queuing for three miles on the approach road.",
)
DOCK_KEPT = (
    "Most read the offer as an insult, Ms Grove told a rally outside the main gate.",
    "See also the clause on overtime, which the union said would cut take-home pay.",
    "Services at the port's ferry terminal were not affected, the operator said.",
)

DOCK_PAGES_AND_FURNITURE = (
    # 21. a live page with "BREAKING" lines and stamps
    _page(
        "dispatch-live.txt",
        "Quarrington port strike: 1,400 dockers walk out over pay",
        "Quarrington Dispatch",
        "Quarrington Dispatch",
        F("BREAKING"),
        "Quarrington port strike: 1,400 dockers walk out over pay",
        F("Last updated: 7 minutes ago"),
        F("Pinned"),
        DOCK_LEDE_A,
        F("Posted at 08:15"),
        DOCK[0],
        F("Posted at 07:50"),
        DOCK[2],
        DOCK_KEPT[0],
        F("Refresh"),
    ),
    # 22. a wire copy, an all-capital dateline, "___", a contributor and a "Follow" line
    _page(
        "kestrel-dock.txt",
        "Dockers strike at Quarrington after rejecting 4 percent pay offer",
        "Kestrel Wire",
        "Dockers strike at Quarrington after rejecting 4 percent pay offer",
        F("QUARRINGTON, England (Kestrel Wire) --"),
        DOCK_LEDE_B,
        DOCK[1],
        DOCK[4],
        DOCK[3],
        F("___"),
        F("Kestrel Wire writers Dov Hartigan and Nuala Breck contributed to this report."),
        F("___"),
        F("Follow Kestrel Wire's coverage of the strike at https://kestrelwire.example/strikes"),
    ),
    # 23. a business page with a market ticker and a "SEE ALSO" list
    _page(
        "estuary-ledger.txt",
        "Eleven ships wait offshore as Quarrington strike begins",
        "Estuary Ledger",
        "Estuary Ledger",
        "Eleven ships wait offshore as Quarrington strike begins",
        F("Quarrington Port Holdings QPH 412.5p ▼ 3.2%"),
        DOCK_LEDE_C,
        DOCK[3],
        F("SEE ALSO"),
        F("Freight rates climb for third week"),
        F("Why ports are automating"),
        DOCK[5],
        DOCK_KEPT[2],
    ),
    # 24. a headline that is a quotation in double quotes, with the site's name after a colon
    _page(
        "morrow-dock.txt",
        '"We have been pushed too far," say Quarrington dockers',
        "Morrow Daily",
        "Morrow Daily",
        '"We have been pushed too far," say Quarrington dockers',
        F("By Anwen Pike | 4 min read"),
        DOCK_LEDE_A,
        DOCK[2],
        DOCK[0],
        DOCK_KEPT[1],
        F("Topics"),
        F("Strikes"),
        F("Quarrington"),
    ),
    # 25. a correction and a clarification inside the story
    _page(
        "tamsford-dock.txt",
        "Port operator calls 4 percent offer 'fair and final'",
        "Tamsford Courier",
        "Tamsford Courier",
        "Port operator calls 4 percent offer 'fair and final'",
        DOCK_LEDE_B,
        F(
            "Clarification: This article has been amended to make clear that the union's "
            "claim is for one year."
        ),
        DOCK[1],
        DOCK[0],
        DOCK[4],
        F("This article was amended on 5 May 2026 to correct the number of gates at the port."),
    ),
    # 26. a headline in capitals with a kicker, a share bar in one line
    _page(
        "gazette-dock.txt",
        "LORRIES QUEUE FOR MILES AS DOCK STRIKE BITES",
        "Harl Valley Gazette",
        "Harl Valley Gazette",
        F("INDUSTRIAL ACTION"),
        "LORRIES QUEUE FOR MILES AS DOCK STRIKE BITES",
        F("Share  Tweet  Email  Print"),
        DOCK_LEDE_C,
        DOCK[5],
        DOCK[3],
        DOCK[1],
    ),
    # 27. no headline: a page copied from an e-mail newsletter, with its foot
    _page(
        "newsletter-dock.txt",
        None,
        None,
        DOCK_LEDE_A,
        DOCK[4],
        DOCK[1],
        DOCK[3],
        F("You are receiving this email because you signed up to the Estuary Ledger briefing."),
        F("Unsubscribe | Manage preferences"),
    ),
    # 28. an audio version and reading time above, "MORE:" link inside, comments foot
    _page(
        "corlis-dock.txt",
        "Union vows round-the-clock pickets at Quarrington's four gates",
        "Corlis Evening News",
        "Corlis Evening News",
        "Union vows round-the-clock pickets at Quarrington's four gates",
        F("Listen to this story"),
        F("Reading time: 3 min"),
        DOCK_LEDE_B,
        DOCK[2],
        F("MORE: Quarrington dockers' last strike, in 2011, lasted nine days"),
        DOCK[0],
        DOCK[5],
        F("Join the discussion (27 comments)"),
    ),
    # 29. a question as headline, with the site's name after a dash
    _page(
        "observer-dock.txt",
        "How long can Quarrington's strike last?",
        "Pellham Observer",
        F("How long can Quarrington's strike last? – Pellham Observer"),
        "How long can Quarrington's strike last?",
        DOCK_LEDE_C,
        DOCK[0],
        DOCK[1],
        DOCK[4],
        F("Enlarge this image"),
        F("Pickets at the main gate of Quarrington port on Monday."),
        F("Hide caption"),
        DOCK[2],
    ),
    # 30. a regional paper's short page: a kicker, a stamp, a "Related" box
    _page(
        "fen-dock.txt",
        "Farmers fear for exports as Quarrington dockers strike",
        "North Fen Times",
        "North Fen Times",
        F("Farming"),
        "Farmers fear for exports as Quarrington dockers strike",
        F("Published: 16:20 Monday 4 May 2026"),
        DOCK_LEDE_A,
        DOCK[3],
        DOCK[5],
        DOCK[1],
        F("Related"),
        F("Fen growers count cost of wet spring"),
    ),
)

SLIDE_PAGES = tuple(page for page, _ in SLIDE_PAGES_AND_FURNITURE)
FIRE_PAGES = tuple(page for page, _ in FIRE_PAGES_AND_FURNITURE)
DOCK_PAGES = tuple(page for page, _ in DOCK_PAGES_AND_FURNITURE)

#: the story sentences worded like furniture, by the page that carries them
KEPT = {
    page.file: tuple(
        line
        for line in (*SLIDE_KEPT, *FIRE_KEPT, *DOCK_KEPT)
        if isinstance(page.content, str) and f"\n{line}\n" in f"\n{page.content}"
    )
    for page in (*SLIDE_PAGES, *FIRE_PAGES, *DOCK_PAGES)
}

#: Furniture lines in forms the 30 pages left out, labelled before the engine read them, each
#: set alone between a story's paragraphs (tests/engine/test_page_formats_sixth.py): a live
#: page's notes on itself, a share button's answer, a feedback box, a poll's question, a death
#: notice's lines without a subject.
LINE_FURNITURE = (
    "Refresh the page to see the latest updates.",
    "This blog is now closed.",
    "We've paused our live coverage for now.",
    "Our live coverage has ended. You can read more below.",
    "We're no longer updating this page.",
    "This live page is no longer being updated.",
    "Good morning and welcome to our live coverage of the Vellmouth ferry sinking.",
    "Thanks for following along.",
    "That's all from us for now.",
    "Copied!",
    "Was this article helpful?",
    "Thanks for your feedback!",
    "Poll: Should the ferry route be reopened?",
    "Survived by his wife, Ada, and two sons.",
    "In lieu of flowers, donations may be made to the Vellmouth Lifeboat Fund.",
    "Funeral arrangements are being handled by Quill & Sons.",
    # a developing story's notes and an advert's control (a third batch of lines)
    "Why this ad?",
    "This story is developing. Check back for updates.",
    "More details to come.",
)
#: Story sentences worded like them: each must stay.
LINE_LOOK_ALIKES = (
    "Thanks to the volunteers, the harbour was cleared by noon, the coastguard said.",
    "The page was closed by the operator after complaints about its fares.",
    "Our coverage of the ferry's route was criticised by the islanders' council last year.",
    "He is survived by his wife, Ada, and two sons.",
    "In lieu of a fine, the operator agreed to pay for new lifeboats, the court heard.",
    "That's all for the Marisol, her captain told the crew before she went down.",
    "We have paused the ferry service until the inquiry reports, the operator said.",
    "The live coverage of the rescue was watched by thousands, the broadcaster said.",
    "The blog has been closed since its author was charged in March.",
    "Survived by fewer than half of its passengers, the 1952 sinking remains the harbour's worst.",
    "Vote: Islanders back new ferry contract by two to one.",
    "A funeral will be held at 11 a.m. Saturday at St Aldhelm's Church, Vellmouth.",
    "More details of the new route will be published on Friday, the operator said.",
    "This story is developing into a row between the islands and the mainland, councillors said.",
    "Why this ad campaign failed is a question for the board, Ms Quill said.",
)

#: The other single lines written with them (the engine read these as furniture already): a
#: live page's stamps, corrections, wire notes of the DUC era, a gallery's and a player's
#: controls, reading aids, related links, datelines, stamps, comment counts, ratings, paywalls,
#: cookie banners, an obituary's labels, quick-facts headings.
MORE_LINE_FURNITURE = (
    "Key events",
    "Show key events only",
    "Pinned post",
    "Live",
    "Live updates",
    "1h ago",
    "09:41 GMT",
    "12 May 2026 09:41",
    "Updated at 10.12 BST",
    "Filters BETA",
    "See all updates",
    "This story has been corrected to show that the ferry left at 7 a.m., not 6 a.m.",
    "An earlier version of this article misstated the number of passengers.",
    "Editor's note: This story was updated to add comment from the operator.",
    "CORRECTION: A previous version of this story misspelled the ferry's name.",
    "This article has been updated to reflect new information.",
    "This story was originally published on May 4, 2026.",
    "A version of this story appeared in the May 5 print edition.",
    "___",
    "Brisk News Service writer Tobin Ashe in Carrow contributed to this report.",
    "Associated Press writers Tobin Ashe in Carrow and Mara Quill in London contributed.",
    "FILE - In this May 3, 2019, file photo, the ferry Marisol leaves Vellmouth harbour.",
    "FILE - The Marisol ferry is seen in Vellmouth harbour, May 3, 2019.",
    "FILE PHOTO: The Marisol ferry in Vellmouth harbour, May 3, 2019. REUTERS/Mara Quill/File Photo",
    "1 of 12",
    "Next slide",
    "Previous slide",
    "Enlarge this image",
    "Hide caption",
    "toggle caption",
    "Show more",
    "Expand image",
    "Close gallery",
    "Open gallery",
    "12 photos",
    "Photos: Vellmouth ferry sinks",
    "Listen to this article",
    "5 min read",
    "Gift this article",
    "Text size",
    "A A A",
    "Print",
    "Save",
    "Save article",
    "Listen to article",
    "Reading time: 3 minutes",
    "Audio available",
    "0:00 / 3:12",
    "RELATED: Vellmouth ferry fares to rise",
    "MORE: What we know about the Marisol",
    "SEE ALSO: Ferry safety rules",
    "READ MORE: Vellmouth harbour wall to be rebuilt",
    "ALSO READ | Carrow islanders fear for supplies",
    "Related Articles",
    "Related Stories",
    "More Stories",
    "Recommended Stories",
    "WASHINGTON --",
    "VELLMOUTH, England, May 3 (Brisk) -",
    "Updated 6:45 PM ET, Thu May 4, 2026",
    "Posted: May 4, 2026 / 06:45 PM EDT",
    "Updated: May 4, 2026 / 07:10 PM EDT",
    "First published on Thu 4 May 2026 18.45 BST",
    "Last modified on Thu 4 May 2026 19.10 BST",
    "Published 4 May 2026, 6:45pm",
    "Updated 12 minutes ago",
    "42 comments",
    "Comments 42",
    "View comments",
    "Leave a comment",
    "Rating: 4.5/5",
    "★★★★☆",
    "Most Read",
    "Most Viewed",
    "Trending Now",
    "Popular Now",
    "Advertisement · Scroll to continue",
    "Story continues after advertisement",
    "This content is not available due to your privacy preferences.",
    "Embedded content",
    "Click here to view the video.",
    "Watch: Lifeboats reach the Marisol",
    "Video: Lifeboats reach the Marisol",
    "Sign up for our newsletter",
    "Download our app",
    "Follow us",
    "Share",
    "Tweet",
    "Email",
    "WhatsApp",
    "Copyright 2026 Brisk News Service. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Image: Mara Quill",
    "Caption: Lifeboats tow the wreck.",
    "Source: Vellmouth Coastguard",
    "Produced by Mara Quill",
    "Edited by Tobin Ashe",
    "Additional reporting by Mara Quill",
    "With reporting from Tobin Ashe in Carrow.",
    "Tobin Ashe reported from Carrow.",
    "Tobin Ashe contributed reporting from Carrow.",
    "Have you been affected? Share your experience.",
    "Got a story? Email news@corranledger.example",
    "Contact us",
    "Report an error",
    "Submit a correction",
    "Our ethics policy",
    "More on this story",
    "Top stories",
    "In other news",
    "Elsewhere on the Ledger",
    "Read the full story",
    "Continue reading",
    "Show full article",
    "Read full article",
    "Scroll to continue with content",
    "Ad Feedback",
    "Skip to content",
    "Back to top",
    "Share this article",
    "Share via",
    "Link copied",
    "Eds: UPDATES with comment from operator; CORRECTS spelling of ferry's name.",
    "EDITOR'S NOTE: Tobin Ashe is a Brisk correspondent based in Carrow.",
    "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS)",
    "(Optional add end)",
    "c.2026 Brisk News Service",
    "Brisk-Wire 05-04-26 1845EDT",
    "By TOBIN ASHE",
    "Brisk Writer",
    "Associated Press Writer",
    "(BRISK) _",
    "^&QL;",
    "NYT-05-04-26 1845EDT",
    "End of story",
    "-30-",
    "(Editing by Mara Quill)",
    "(Reporting by Tobin Ashe; Editing by Mara Quill)",
    "(Writing by Tobin Ashe; Editing by Mara Quill and Lin Roe)",
    "Compiled by Mara Quill",
    "Click to expand",
    "Click to enlarge",
    "Tap to expand",
    "Image 3 of 9",
    "Slide 3 of 9",
    "3/9",
    "Photo 3 of 9",
    "Play video",
    "Play Video",
    "Video duration 2:31",
    "Duration: 2:31",
    "02:31",
    "Now playing",
    "Up next",
    "Autoplay",
    "This video can not be played",
    "Your browser does not support the video tag.",
    "Follow our live coverage here.",
    "Link copied to clipboard",
    "Topics: Vellmouth, Ferries, Coastguard",
    "Tags",
    "Filed under: Vellmouth",
    "Categories: News",
    "More about: Vellmouth ferry",
    "Explore more on these topics",
    "From our partners",
    "Paid Post",
    "Promoted",
    "Sponsored by Carrow Bank",
    "Presented by Carrow Bank",
    "In partnership with Carrow Bank",
    "This article is more than 2 years old",
    "This article is more than 5 months old",
    "Archived content",
    "We use cookies to improve your experience.",
    "Accept all cookies",
    "Manage cookies",
    "Privacy Policy",
    "Terms of Service",
    "Cookie settings",
    "Please enable JavaScript to view this content.",
    "You have 3 free articles left this month.",
    "Already a subscriber? Log in",
    "Subscribe for £1 a week",
    "Unlock this article",
    "Register to continue reading",
    "This article is for subscribers only.",
    "Obituary",
    "Born: 12 March 1948",
    "Died: 3 May 2026",
    "Q&A",
    "Quick facts",
    "Fast facts",
    "At a glance",
    "Key points",
    "What we know so far",
    "What you need to know",
    "Timeline",
    "FAQ",
    "Yes",
    "No",
    "Vote",
    "Results",
    "Quiz",
    "Rate this story",
    "Yes No",
    "How we report",
    "Why you can trust the Ledger",
    "Learn more about our journalism",
    "Support the Ledger",
    "Make a contribution",
    "Donate now",
    # the third batch
    "Jump to",
    "Jump to comments",
    "Scroll down to continue reading",
    "Continue reading after the ad",
    "Article continues after this ad",
    "Ad closed by",
    "Report this ad",
    "Stop seeing this ad",
    "Ad choices",
    "Upgrade to ad-free",
    "Remove ads",
    "Support us and hide this ad",
    "Listen",
    "Play",
    "Pause",
    "Mute",
    "Captions",
    "Fullscreen",
    "Closed captioning",
    "Transcript",
    "Show transcript",
    "Read transcript",
    "Download audio",
    "Subscribe to the podcast",
    "Episode 42",
    "Season 3, Episode 4",
    "Watch the full episode",
    "Watch on YouTube",
    "View on Instagram",
    "View this post on Instagram",
    "A post shared by Vellmouth Harbour (@vellmouthharbour)",
    "Load more",
    "See more",
    "Show less",
    "Read less",
    "Expand to read more",
    "Tap to read full story",
    "Click to read more",
    "Full story",
    "Full coverage",
    "Complete coverage: Vellmouth ferry sinking",
    "Latest on the ferry sinking",
    "Live: Vellmouth ferry updates",
    "Today's top headlines",
    "Editors' picks",
    "Staff picks",
    "Featured",
    "Breaking",
    "Developing story",
    "Developing",
    "This is a developing story and will be updated.",
    "This is a breaking news story. Please check back for updates.",
    "More to follow.",
    "Check back for updates.",
    "Refresh for updates.",
    "UPDATE:",
    "UPDATE, 4:15 p.m.:",
    "Update 2:",
    "EARLIER:",
    "PREVIOUSLY:",
    "Sign in",
    "Log in",
    "Log out",
    "My account",
    "Create a free account",
    "Register",
    "Newsletters",
    "Alerts",
    "Get alerts",
    "Turn on notifications",
    "Enable push notifications",
    "Save for later",
    "Saved",
    "Bookmark",
    "Add to reading list",
    "Reading list",
    "Print article",
    "Email article",
    "Share article",
    "Report",
    "Flag",
    "Reply",
    "Like",
    "Helpful",
    "Not helpful",
    "Sort by: Newest",
    "Sort by Oldest",
    "Oldest first",
    "Newest first",
    "Show 12 more replies",
    "View 3 replies",
    "12 replies",
    "Reply · Report",
)
