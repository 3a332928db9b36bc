"""A fourth set of invented pages: two stories saved the ways people share and keep news in
2026, in forms none of the earlier sets (tests/engine/furniture_catalogue.py,
page_formats_unseen.py, page_formats_unwritten.py) holds, each labelled before the engine read
it: the headline a reader titles it by, the lines that are furniture, the outlet a reader can
tell.

Forms: a phone's share sheet ("Shared from the … app", "Sent from my iPhone", the page's
address), a read-later service's Markdown export with its metadata, highlight links and the
reader's notes, a professional network's repost with the poster's line and comment over the
pasted article, a forum thread quoting the article with its votes and replies, a press release
("FOR IMMEDIATE RELEASE", a media contact, "About …", "###"), a newsletter's "In case you
missed it" item among others, a translated article with its translator's note, a page saved
with a consent banner, a correction on top, alt text and a pull quote repeated in the body, a
PDF printed from the browser over two pages with its header and "1/2" footer breaking a
sentence, a broadcast transcript with speaker labels before each line, a live blog with its key
events and entry stamps, a blogging platform's member story with its reading time and claps, a
social post by the outlet itself with its link card, a paywall stub, a release closed with
"-ENDS-" and its notes to editors.

The stories, their places (Brackwell and its Sorrel reservoir; Vessary, St Aldric's church,
Carrow), their people and every outlet (Brackwell Clarion, Sorrel Valley Times, Eastmere Post,
Meridian Newswire, Brackwell Water, Kilnsey Record, Quenby Bulletin, Northgate Observer,
Harrowby Chronicle, Fallowfield Radio, Ostrander Daily, The Seismic Desk, Lindqvist Herald,
Vessary Seismic Observatory, Tarnmoor Gazette) are invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_unseen import SavedPage, page_text

from quality._pdfgen import Placed, build_pdf

# ==== Tap water declared unsafe in Brackwell after a diesel leak =================================
WATER_LEDE_A = (
    "Residents of Brackwell were told on Tuesday not to drink their tap water after diesel "
    "leaked into the Sorrel reservoir, the town's water company said."
)
WATER_LEDE_B = (
    "Brackwell Water told 18,000 households on Tuesday to stop drinking tap water after a "
    "diesel spill at the Sorrel reservoir."
)
WATER_LEDE_C = (
    "Tap water in Brackwell is unsafe to drink for at least a week after diesel from a pumping "
    "station leaked into the Sorrel reservoir, officials said on Tuesday."
)
WATER = (
    "The leak came from a storage tank at the reservoir's pumping station, which was being "
    "repaired on Monday, said Nadia Fenmore, chief executive of Brackwell Water.",
    "Bottled water is being handed out at the market square and at Brackwell leisure centre "
    "from 8 a.m. each day.",
    "About 4,000 litres of diesel are thought to have reached the water, according to the "
    "Sorrel Valley environment agency.",
    "Schools in the town will stay open, but pupils have been asked to bring their own "
    "drinking water.",
    "Mayor Oskar Thale said the council had asked the national water regulator to investigate.",
    "The reservoir first supplied drinking water to the town in 1961.",
)
WATER_QUOTE = (
    "“We will not lift the notice until every test comes back clean,” Ms Fenmore said on "
    "Tuesday evening."
)


#: Pages whose outlet the engine does not tell, known misses (the outlet falls back to the
#: file's name, never to a wrong one): a site named only by its address whose name ends in no
#: paper's word ("meridiannewswire.com"), a press release's issuer named only in its
#: notes to editors ("1. The Vessary Seismic Observatory has …"), a newsletter's name with the word of
#: its day ("Kilnsey Record Weekend"), a paper's name alone ending in a word other bodies'
#: names end in ("Northgate Observer", as "Calloway Standard" of the third set), a programme's
#: line naming its station ("Fallowfield Radio — Evening Report, …"), a blogging platform's
#: publication named only by "Published in The Seismic Desk" (a line the page's furniture, and
#: read for no outlet: a study is "published in" its journal too).
OUTLET_MISSES = frozenset((
    "forum-thread.txt", "kilnsey-weekend.txt", "observer.txt",
    "fallowfield-transcript.txt", "observatory-release.txt", "member-story.txt",
))  # fmt: skip
#: Pages whose headline the engine does not read, known misses: a social post by the outlet,
#: its headline in the link card under the post's words and the site's address in capitals.
TITLE_MISSES = frozenset(("lindqvist-post.txt",))


# --- 1. A phone's share sheet: the headline, the address, the app's line, the mail's signature --
SHARE_FURNITURE = (
    "https://www.brackwellclarion.co.uk/news/tap-water-unsafe-brackwell-4411",
    "Shared from the Brackwell Clarion app",
    "Sent from my iPhone",
)
SHARE = page_text(
    "Tap water unsafe to drink in Brackwell after diesel leak, residents told",
    "https://www.brackwellclarion.co.uk/news/tap-water-unsafe-brackwell-4411",
    WATER_LEDE_A,
    WATER[0],
    WATER[1],
    WATER[4],
    "Shared from the Brackwell Clarion app",
    "Sent from my iPhone",
)

# --- 2. A read-later service's Markdown export: metadata, highlights with links, a note ---------
READ_LATER_FURNITURE = (
    "rw-book-cover",
    "## Metadata",
    "Author: [[Ines Morrow]]",
    "Full Title:",
    "Category: #articles",
    "Document Tags: [[water]] [[local-news]]",
    "## Highlights",
    "View Highlight",
    "Note: check the litres figure against the agency's own statement",
)
READ_LATER = page_text(
    "# Brackwell residents told not to drink tap water after reservoir leak",
    "![rw-book-cover](https://readwise-assets.example/static/images/article2.png)",
    "## Metadata\n"
    "- Author: [[Ines Morrow]]\n"
    "- Full Title: Brackwell residents told not to drink tap water after reservoir leak\n"
    "- Category: #articles\n"
    "- Document Tags: [[water]] [[local-news]]\n"
    "- URL: https://www.sorrelvalleytimes.com/news/brackwell-tap-water-diesel",
    "## Highlights\n"
    f"- {WATER_LEDE_C} ([View Highlight](https://read.readwise.example/read/01hx7a))\n"
    f"- {WATER[2]} ([View Highlight](https://read.readwise.example/read/01hx7b))\n"
    "    - Note: check the litres figure against the agency's own statement\n"
    f"- {WATER[3]} ([View Highlight](https://read.readwise.example/read/01hx7c))",
)

# --- 3. A professional network's repost: the poster, a comment, the pasted article -------------
REPOST_FURNITURE = (
    "Priya Salcombe • 2nd",
    "Water Resilience Lead at Fenwold Utilities",
    "3h • Edited •",
    "Worrying news for everyone in Brackwell. Small reservoirs need far more attention than "
    "they get. #water #infrastructure",
    "eastmerepost.com • 4 min read",
    "Like Comment Repost Send",
    "48 reactions • 6 comments",
)
REPOST = page_text(
    "Priya Salcombe • 2nd",
    "Water Resilience Lead at Fenwold Utilities",
    "3h • Edited •",
    "Worrying news for everyone in Brackwell. Small reservoirs need far more attention than "
    "they get. #water #infrastructure",
    "Brackwell tap water ban: what we know about the Sorrel reservoir diesel leak",
    "eastmerepost.com • 4 min read",
    WATER_LEDE_B,
    WATER[2],
    WATER[0],
    WATER[5],
    "Like Comment Repost Send",
    "48 reactions • 6 comments",
)

# --- 4. A forum thread: the post's title, the link, the article quoted, votes and replies -------
FORUM_FURNITURE = (
    "r/sorrelvalley",
    "Posted by u/kettle_and_crumpet • 6 hr. ago",
    "meridiannewswire.com/uk/brackwell-water-diesel-leak",
    "214 points • 87 comments",
    "Article text for anyone who hits the paywall:",
    "level 1 · u/moorhen_77 · 5 hr. ago",
    "Bottled water has already sold out at the Crossway supermarket.",
    "Reply Share Report Save Follow",
)
FORUM = page_text(
    "r/sorrelvalley",
    "Posted by u/kettle_and_crumpet • 6 hr. ago",
    "Brackwell residents told not to drink tap water for at least a week after diesel leak",
    "meridiannewswire.com/uk/brackwell-water-diesel-leak",
    "214 points • 87 comments",
    "Article text for anyone who hits the paywall:",
    f"> {WATER_LEDE_C}",
    f"> {WATER[1]}",
    f"> {WATER[4]}",
    "level 1 · u/moorhen_77 · 5 hr. ago",
    "Bottled water has already sold out at the Crossway supermarket.",
    "Reply Share Report Save Follow",
)

# --- 5. A press release: the release line, a dateline, a contact, the boilerplate, "###" -------
RELEASE_FURNITURE = (
    "FOR IMMEDIATE RELEASE",
    "Media contact: Jonah Pryce, press office, 01632 960418, press@brackwellwater.example",
    "About Brackwell Water",
    "Brackwell Water supplies drinking water to 18,000 homes and businesses in the Sorrel "
    "valley and is owned by Sorrel Valley Utilities plc.",
    "###",
)
RELEASE = page_text(
    "FOR IMMEDIATE RELEASE",
    "Brackwell Water advises customers not to drink tap water",
    "BRACKWELL, 13 October 2026 — " + WATER_LEDE_B,
    WATER[0],
    WATER[1],
    WATER[3],
    "Media contact: Jonah Pryce, press office, 01632 960418, press@brackwellwater.example",
    "About Brackwell Water",
    "Brackwell Water supplies drinking water to 18,000 homes and businesses in the Sorrel "
    "valley and is owned by Sorrel Valley Utilities plc.",
    "###",
)

# --- 6. A newsletter's "In case you missed it" item among others --------------------------------
ICYMI_FURNITURE = (
    "Kilnsey Record Weekend",
    "In case you missed it",
    "ICYMI: Kilnsey's winter market returns on December 5",
    "ICYMI: Six new buses join the Tarn valley route",
    "Read the full story on our website →",
    "Forwarded this email? Sign up here.",
)
ICYMI = page_text(
    "Kilnsey Record Weekend",
    "In case you missed it",
    "Brackwell told not to drink tap water after diesel reaches reservoir",
    WATER_LEDE_A,
    WATER[2],
    WATER[4],
    "Read the full story on our website →",
    "ICYMI: Kilnsey's winter market returns on December 5",
    "ICYMI: Six new buses join the Tarn valley route",
    "Forwarded this email? Sign up here.",
)

# --- 7. A translated article: the translator's note, the machine-translation notice ------------
TRANSLATED_FURNITURE = (
    "Quenby Bulletin — English edition",
    "Translated from the Dutch by Mara Veld.",
    "This article was translated with the help of machine translation and checked by an editor.",
    "Read the original article in Dutch.",
)
TRANSLATED = page_text(
    "Quenby Bulletin — English edition",
    "Diesel in the Sorrel reservoir: Brackwell without drinking water for a week",
    "Translated from the Dutch by Mara Veld.",
    WATER_LEDE_C,
    WATER[0],
    WATER[3],
    "This article was translated with the help of machine translation and checked by an editor.",
    "Read the original article in Dutch.",
)

# --- 8. A page saved with a consent banner, a correction on top, alt text, a pull quote --------
CONSENT_FURNITURE = (
    "We value your privacy",
    "We and our 843 partners store and access information on your device, such as cookies, "
    "to show you personalised ads and content.",
    "Reject all Accept all Manage options",
    "Update, 13 October, 5.10pm: This article was amended to say the notice will last at "
    "least a week, not three days.",
    "Image: A lorry of bottled water arrives in Brackwell's market square on Tuesday. "
    "(Photo: Ellis Crane/Northgate Observer)",
    "Image description: Residents queue beside a white lorry stacked with crates of water.",
    "“We will not lift the notice until every test comes back clean”",
    "Related: Sorrel reservoir was flagged for repairs in 2024",
    "Sponsored: Kellan Home water filters from £29",
)
CONSENT = page_text(
    "We value your privacy",
    "We and our 843 partners store and access information on your device, such as cookies, "
    "to show you personalised ads and content.",
    "Reject all Accept all Manage options",
    "Northgate Observer",
    "Update, 13 October, 5.10pm: This article was amended to say the notice will last at "
    "least a week, not three days.",
    "Brackwell water notice to last at least a week as diesel is cleared from reservoir",
    "Image: A lorry of bottled water arrives in Brackwell's market square on Tuesday. "
    "(Photo: Ellis Crane/Northgate Observer)",
    "Image description: Residents queue beside a white lorry stacked with crates of water.",
    WATER_LEDE_C,
    WATER[0],
    "“We will not lift the notice until every test comes back clean”",
    WATER_QUOTE,
    "Related: Sorrel reservoir was flagged for repairs in 2024",
    WATER[1],
    "Sponsored: Kellan Home water filters from £29",
    WATER[5],
)


# --- 9. A PDF printed from the browser over two pages: header, footer, a sentence broken -------
PRINTED_TITLE = "Brackwell water ban: diesel leak keeps taps off limits"


def _printed_pdf() -> bytes:
    def frame(page: int) -> list[Placed]:
        return [
            Placed("13/10/2026, 18:22", 770, size=8),
            Placed(f"{PRINTED_TITLE} | Harrowby Chronicle", 770, x=260, size=8),
            Placed("https://www.harrowbychronicle.com/news/brackwell-water-ban", 40, size=8),
            Placed(f"{page}/2", 40, x=520, size=8),
        ]

    first = [
        *frame(1),
        Placed("Harrowby Chronicle", 730, size=14, font="F2"),
        Placed(PRINTED_TITLE, 700, size=18, font="F2"),
        Placed("By Callum Ashdown", 675, size=10),
        Placed("Brackwell Water told 18,000 households on Tuesday to stop drinking tap water", 650),
        Placed("after a diesel spill at the Sorrel reservoir.", 636),
        Placed("Bottled water is being handed out at the market square and at Brackwell", 614),
        Placed("leisure centre from 8 a.m. each day.", 600),
        Placed("Mayor Oskar Thale said the council had asked the national water regulator", 578),
        Placed("to investigate. About 4,000 litres of diesel are thought to have reached", 564),
    ]
    second = [
        *frame(2),
        Placed("the water, according to the Sorrel Valley environment agency.", 730),
        Placed("Schools in the town will stay open, but pupils have been asked to bring", 708),
        Placed("their own drinking water.", 694),
    ]
    return build_pdf([first, second], title=f"{PRINTED_TITLE} | Harrowby Chronicle")


PRINTED_FURNITURE = (
    "13/10/2026, 18:22",
    "https://www.harrowbychronicle.com/news/brackwell-water-ban",
    "1/2",
    "2/2",
)

WATER_PAGES = (
    SavedPage("clarion-shared.txt", SHARE,
              "Tap water unsafe to drink in Brackwell after diesel leak, residents told",
              SHARE_FURNITURE, "Brackwell Clarion"),
    SavedPage("svt-highlights.md", READ_LATER,
              "Brackwell residents told not to drink tap water after reservoir leak",
              READ_LATER_FURNITURE, "Sorrel Valley Times"),
    SavedPage("repost.txt", REPOST,
              "Brackwell tap water ban: what we know about the Sorrel reservoir diesel leak",
              REPOST_FURNITURE, "Eastmere Post"),
    SavedPage("forum-thread.txt", FORUM,
              "Brackwell residents told not to drink tap water for at least a week after "
              "diesel leak", FORUM_FURNITURE, "Meridian Newswire"),
    SavedPage("release.txt", RELEASE, "Brackwell Water advises customers not to drink tap water",
              RELEASE_FURNITURE, "Brackwell Water"),
    SavedPage("kilnsey-weekend.txt", ICYMI,
              "Brackwell told not to drink tap water after diesel reaches reservoir",
              ICYMI_FURNITURE, "Kilnsey Record"),
    SavedPage("quenby-en.txt", TRANSLATED,
              "Diesel in the Sorrel reservoir: Brackwell without drinking water for a week",
              TRANSLATED_FURNITURE, "Quenby Bulletin"),
    SavedPage("observer.txt", CONSENT,
              "Brackwell water notice to last at least a week as diesel is cleared from "
              "reservoir", CONSENT_FURNITURE, "Northgate Observer"),
    SavedPage("chronicle-print.pdf", _printed_pdf(), PRINTED_TITLE, PRINTED_FURNITURE,
              "Harrowby Chronicle"),
)  # fmt: skip


# ==== An earthquake in Vessary ===================================================================
QUAKE_LEDE_A = (
    "A magnitude 5.4 earthquake struck near Vessary on Wednesday night, cracking the tower of "
    "the town's medieval church and injuring nine people, officials said."
)
QUAKE_LEDE_B = (
    "Nine people were hurt when an earthquake of magnitude 5.4 shook Vessary late on "
    "Wednesday, the regional seismic observatory said."
)
QUAKE_LEDE_C = (
    "The strongest earthquake to hit Vessary in decades shook the town on Wednesday night, "
    "leaving nine people injured and damaging dozens of homes."
)
QUAKE = (
    "The quake struck at 10:47 p.m. at a depth of about 12 kilometres, the Vessary Seismic "
    "Observatory said.",
    "The tower of St Aldric's church, built in the 14th century, was cracked and the square "
    "around it has been sealed off.",
    "Mayor Idris Callow said 36 homes had been damaged and 120 people had spent the night in "
    "the town's sports hall.",
    "Two of the injured were taken to hospital in Carrow with broken bones, the regional "
    "health service said.",
    "More than 40 aftershocks were recorded before dawn, the strongest of magnitude 3.1.",
    "Engineers will inspect the town's two bridges on Thursday before they reopen to traffic.",
)

# --- 10. A broadcast transcript: programme line, time codes, a speaker's label before each line -
BROADCAST_FURNITURE = (
    "TRANSCRIPT",
    "Fallowfield Radio — Evening Report, Thursday 15 October 2026",
    "[00:00:12]",
    "ALMA REED, PRESENTER:",
    "TOBY HALE, CORRESPONDENT:",
    "[SOUND OF SIRENS]",
    "[00:02:41]",
    "END OF TRANSCRIPT",
    "This transcript was produced by a contractor and may contain errors.",
)
BROADCAST = page_text(
    "TRANSCRIPT",
    "Fallowfield Radio — Evening Report, Thursday 15 October 2026",
    "Vessary earthquake: nine hurt and church tower cracked",
    "[00:00:12]",
    f"ALMA REED, PRESENTER: {QUAKE_LEDE_A}",
    f"TOBY HALE, CORRESPONDENT: {QUAKE[1]}",
    "[SOUND OF SIRENS]",
    f"TOBY HALE, CORRESPONDENT: {QUAKE[2]}",
    "[00:02:41]",
    f"ALMA REED, PRESENTER: {QUAKE[4]}",
    "END OF TRANSCRIPT",
    "This transcript was produced by a contractor and may contain errors.",
)

# --- 11. A live blog: its key events, a script notice, entry stamps with dots --------------------
LIVEBLOG_FURNITURE = (
    "Key events",
    "Show key events only",
    "Please turn on JavaScript to use this feature",
    "Updated at 08.05 BST",
    "08.01 BST",
    "07.34 BST",
    "06.52 BST",
    "Share",
)
LIVEBLOG = page_text(
    "Ostrander Daily",
    "Vessary earthquake live: aftershocks overnight as engineers check bridges",
    "Updated at 08.05 BST",
    "Key events",
    "Show key events only",
    "Please turn on JavaScript to use this feature",
    "08.01 BST",
    QUAKE[5],
    "Share",
    "07.34 BST",
    QUAKE[4],
    "Share",
    "06.52 BST",
    QUAKE_LEDE_B,
    "Share",
)

# --- 12. A blogging platform's member story: reading time, follow, claps, the writer's box ------
MEMBER_FURNITURE = (
    "Member-only story",
    "Ravi Okonedo",
    "Follow",
    "6 min read · Oct 15, 2026",
    "Listen",
    "Share",
    "1.2K",
    "Written by Ravi Okonedo",
    "2.3K Followers · Editor for The Seismic Desk",
    "More from Ravi Okonedo and The Seismic Desk",
)
MEMBER = page_text(
    "Member-only story",
    "What the Vessary earthquake tells us about old stone towns",
    "A 5.4 quake cracked a medieval church tower and damaged dozens of homes",
    "Ravi Okonedo",
    "Follow",
    "Published in The Seismic Desk",
    "6 min read · Oct 15, 2026",
    "Listen",
    "Share",
    QUAKE_LEDE_C,
    QUAKE[0],
    QUAKE[1],
    "1.2K",
    "Written by Ravi Okonedo",
    "2.3K Followers · Editor for The Seismic Desk",
    "More from Ravi Okonedo and The Seismic Desk",
)

# --- 13. A social post by the outlet itself: its name, the stamp, the link card, reactions -----
SOCIAL_FURNITURE = (
    "Lindqvist Herald",
    "2h ·",
    "LINDQVISTHERALD.COM",
    "All reactions: 1.1K",
    "214 comments 88 shares",
    "Like Comment Share",
    "Most relevant",
    "Write a comment…",
)
SOCIAL = page_text(
    "Lindqvist Herald",
    "2h ·",
    QUAKE_LEDE_A,
    QUAKE[3],
    "LINDQVISTHERALD.COM",
    "Earthquake in Vessary injures nine and cracks St Aldric's tower",
    "All reactions: 1.1K",
    "214 comments 88 shares",
    "Like Comment Share",
    "Most relevant",
    "Write a comment…",
)

# --- 14. A paywall stub: the lead, then the offer ------------------------------------------------
PAYWALL_FURNITURE = (
    "This is a subscriber-only story.",
    "You have read 3 of 3 free articles this month.",
    "Unlock unlimited access for £1 a week",
    "Already have an account? Log in",
)
PAYWALL = page_text(
    "Tarnmoor Gazette",
    "Vessary quake: 120 people spend the night in sports hall",
    "By Helen Strand",
    QUAKE_LEDE_C,
    QUAKE[2],
    "This is a subscriber-only story.",
    "You have read 3 of 3 free articles this month.",
    "Unlock unlimited access for £1 a week",
    "Already have an account? Log in",
)

# --- 15. A release closed with "-ENDS-" and its notes to editors -----------------------------------
ENDS_FURNITURE = (
    "PRESS RELEASE",
    "Embargoed until 06:00, 15 October 2026",
    "-ENDS-",
    "Notes to editors",
    # (the notes' lines without their numbers, as the page's reader may drop a list's numbers)
    "The Vessary Seismic Observatory has monitored earthquakes in the region since 1952.",
    "Interviews can be arranged through the observatory's press office.",
)
ENDS = page_text(
    "PRESS RELEASE",
    "Embargoed until 06:00, 15 October 2026",
    "Magnitude 5.4 earthquake recorded near Vessary",
    QUAKE[0],
    QUAKE[4],
    "-ENDS-",
    "Notes to editors",
    "1. The Vessary Seismic Observatory has monitored earthquakes in the region since 1952.",
    "2. Interviews can be arranged through the observatory's press office.",
)

QUAKE_PAGES = (
    SavedPage("fallowfield-transcript.txt", BROADCAST,
              "Vessary earthquake: nine hurt and church tower cracked", BROADCAST_FURNITURE,
              "Fallowfield Radio"),
    SavedPage("ostrander-live.txt", LIVEBLOG,
              "Vessary earthquake live: aftershocks overnight as engineers check bridges",
              LIVEBLOG_FURNITURE, "Ostrander Daily"),
    SavedPage("member-story.txt", MEMBER,
              "What the Vessary earthquake tells us about old stone towns", MEMBER_FURNITURE,
              "The Seismic Desk"),
    SavedPage("lindqvist-post.txt", SOCIAL,
              "Earthquake in Vessary injures nine and cracks St Aldric's tower", SOCIAL_FURNITURE,
              "Lindqvist Herald"),
    SavedPage("tarnmoor.txt", PAYWALL, "Vessary quake: 120 people spend the night in sports hall",
              PAYWALL_FURNITURE, "Tarnmoor Gazette"),
    SavedPage("observatory-release.txt", ENDS, "Magnitude 5.4 earthquake recorded near Vessary",
              ENDS_FURNITURE, "Vessary Seismic Observatory"),
)  # fmt: skip
