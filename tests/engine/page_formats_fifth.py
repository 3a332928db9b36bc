"""A fifth set of invented pages: two stories whose pages carry furniture in wordings none of the
earlier sets (tests/engine/furniture_catalogue.py, page_formats_unseen.py,
page_formats_unwritten.py, page_formats_shared.py) holds, each page labelled before the engine
read it: the headline a reader titles it by, the lines that are furniture, the outlet a reader
can tell, and the story sentences worded like furniture that must stay.

Forms: a gallery's counters and buttons ("Photo 1/8", "Swipe for more photos", "Expand",
"View all 8 photos"), an audio player's line with a dot ("Listen · 4 min"), a gift button
("Gift article"), comment counters ("128 Comments", "Conversation (64)"), a writer's bio at the
end in two sentences, "More from <section>" and "Related topics:" blocks, "Most popular" lists,
weather and market tickers, "WATCH LIVE", "- Advertisement -" and "Continue reading below", "Updated
3 hrs ago", "Fact-checked by …", a legal note on personal use, contact and tip lines, app prompts
("Open in app", "Download the … app"), AMP and print artefacts ("View non-AMP version", "Page 1
of 2"), accessibility text ("Skip to navigation", "Alt text: …"), a table's rows as pipes, a
map's and a graphic's credits ("Graphic: …", "Source: …"), a match's box score and a scores
ticker; two pages (written after the first nine were read, before the engine read them) with
their furniture in sentences ("Tap the image to enlarge it.", "To report an error in this
article, email …", "… is a member of the Independent Press Standards Organisation."); and story
sentences worded like them ("Read more about the plan …, the council leader
urged residents.", "“Subscribe to our channel,” the streamer told viewers …").

The stories, their places (Orrick on the river Tallow, its Beechgrove care home and St
Brannock's school; Saltmere and its Dunharrow Park ground), their people and every outlet
(Orrick Times, Tallow Valley Echo, Penhallow Courier, Greyfriars Wire, Wenlock Standard,
Saltmere Evening Post, Kelby Gazette, Dunmore Sports Desk, Harnley Mercury) are invented; no line is
taken from a corpus.
"""

from __future__ import annotations

from page_formats_unseen import SavedPage, page_text

# ==== The river Tallow floods Orrick ==============================================================
FLOOD_LEDE_A = (
    "The river Tallow burst its banks in Orrick on Sunday morning, flooding about 300 homes and "
    "forcing the evacuation of a care home, the county council said."
)
FLOOD_LEDE_B = (
    "About 300 homes in Orrick were flooded on Sunday after the river Tallow rose more than two "
    "metres overnight, officials said."
)
FLOOD_LEDE_C = (
    "Floodwater from the river Tallow swept through the centre of Orrick on Sunday, and 42 "
    "residents of the Beechgrove care home were taken to safety by boat."
)
FLOOD = (
    "The river peaked at 4.6 metres at the Mill Street gauge shortly before 7 a.m., the Tallow "
    "River Authority said.",
    "Firefighters rescued 42 residents of the Beechgrove care home by boat, said Orrick fire "
    "chief Lionel Darrow.",
    "The rest centre at St Brannock's school took in 85 people overnight.",
    "Council leader Wynne Haldane said the flood defences built in 2015 had been overtopped for "
    "the first time.",
    "Two bridges into the town stayed closed on Monday while engineers checked them.",
    "About 1,200 homes lost power for several hours, the electricity network said.",
)

#: story sentences worded like furniture, each on one of the pages below: every one must stay
FLOOD_KEPT = (
    "Read more about the plan before Friday's meeting, the council leader urged residents.",
    "Contact with the care home was lost shortly after 5 a.m., the fire service said.",
    "Most of the flooded homes were in the low-lying Quayside district, the council said.",
    "Updated flood maps published in 2024 had shown the care home at risk.",
    "Graphic images of the flooded care home were shared widely on social media.",
    "Expanded flood defences were approved in 2023 but never built, Ms Haldane said.",
    "Source of the power cut was a flooded substation on Mill Street, the network said.",
)


# --- 1. A paper's page saved as text: app bar, audio line, gift button, bio, contact, tip -------
TIMES_FURNITURE = (
    "Skip to navigation",
    "Open in app",
    "Updated 3 hrs ago",
    "Listen · 4 min",
    "Gift article",
    "- Advertisement -",
    "Continue reading below",
    "Idris Penhale is a reporter covering the Tallow valley for the Orrick Times. He joined the "
    "paper in 2021 from the Wenlock Standard.",
    "Contact the reporter at idris.penhale@orricktimes.example.",
    "Have a tip? Email tips@orricktimes.example.",
    "128 Comments",
)
TIMES = page_text(
    "Skip to navigation",
    "Orrick Times",
    "Open in app",
    "Orrick flood: 300 homes under water as river Tallow bursts its banks",
    "By Idris Penhale",
    "Updated 3 hrs ago",
    "Listen · 4 min",
    "Gift article",
    FLOOD_LEDE_A,
    FLOOD[0],
    "- Advertisement -",
    "Continue reading below",
    FLOOD[1],
    FLOOD_KEPT[0],
    FLOOD[3],
    "Idris Penhale is a reporter covering the Tallow valley for the Orrick Times. He joined the "
    "paper in 2021 from the Wenlock Standard.",
    "Contact the reporter at idris.penhale@orricktimes.example.",
    "Have a tip? Email tips@orricktimes.example.",
    "128 Comments",
)

# --- 2. A gallery: counters, swipe and expand buttons, captions closed by credits ---------------
GALLERY_FURNITURE = (
    "Photo 1/8",
    "Expand",
    "Residents wade along Mill Street on Sunday morning. Nia Corran/Tallow Valley Echo",
    "Photo 2/8",
    "A rescue boat outside the Beechgrove care home. Nia Corran/Tallow Valley Echo",
    "Swipe for more photos",
    "View all 8 photos",
)
GALLERY = page_text(
    "Tallow Valley Echo",
    "In pictures: Orrick under water after the Tallow floods",
    FLOOD_LEDE_C,
    "Photo 1/8",
    "Expand",
    "Residents wade along Mill Street on Sunday morning. Nia Corran/Tallow Valley Echo",
    "Photo 2/8",
    "Expand",
    "A rescue boat outside the Beechgrove care home. Nia Corran/Tallow Valley Echo",
    "Swipe for more photos",
    FLOOD_KEPT[1],
    FLOOD[2],
    FLOOD_KEPT[4],
    "View all 8 photos",
)

# --- 3. A regional site: tickers, a graphic's credit, a table's rows, topics, more-from ---------
COURIER_FURNITURE = (
    "Jump to content",
    "Orrick 9°C Heavy rain",
    "FTSE 100 8,214.33 ▲ 0.4%",
    "Graphic: Penhallow Courier",
    "Source: Tallow River Authority",
    "Gauge | Peak | Time",
    "Mill Street | 4.6 m | 6.52am",
    "Tallow Bridge | 3.9 m | 7.40am",
    "Alt text: A chart of the river level at Mill Street rising through Saturday night.",
    "Related topics: Flooding, Orrick, River Tallow, Weather",
    "More from Local news",
    "Most popular",
    "Harnley bypass to open a month early",
    "Penhallow library saved after campaign",
)
COURIER = page_text(
    "Jump to content",
    "Orrick 9°C Heavy rain",
    "FTSE 100 8,214.33 ▲ 0.4%",
    "Penhallow Courier",
    "River Tallow rises two metres overnight, flooding 300 Orrick homes",
    "By Carys Mallen",
    FLOOD_LEDE_B,
    "Graphic: Penhallow Courier",
    "Source: Tallow River Authority",
    "Gauge | Peak | Time",
    "Mill Street | 4.6 m | 6.52am",
    "Tallow Bridge | 3.9 m | 7.40am",
    "Alt text: A chart of the river level at Mill Street rising through Saturday night.",
    FLOOD[0],
    FLOOD_KEPT[2],
    FLOOD[5],
    FLOOD_KEPT[6],
    "Related topics: Flooding, Orrick, River Tallow, Weather",
    "More from Local news",
    "Harnley bypass to open a month early",
    "Penhallow library saved after campaign",
    "Most popular",
    "1 Harnley bypass to open a month early",
    "2 Penhallow library saved after campaign",
)

# --- 4. Wire copy with a legal note on personal use and a fact-check credit ----------------------
WIRE_FURNITURE = (
    "Fact-checked by Sela Moorcroft",
    "For personal, non-commercial use only. This content may not be redistributed without the "
    "written permission of Greyfriars Wire.",
    "© Greyfriars Wire 2026",
)
WIRE = page_text(
    "Orrick care home evacuated by boat as river Tallow floods town",
    "By Anwen Rhodes, Greyfriars Wire",
    "Fact-checked by Sela Moorcroft",
    "ORRICK, England (Greyfriars Wire) — " + FLOOD_LEDE_C,
    FLOOD[1],
    FLOOD[3],
    FLOOD_KEPT[5],
    FLOOD[4],
    "For personal, non-commercial use only. This content may not be redistributed without the "
    "written permission of Greyfriars Wire.",
    "© Greyfriars Wire 2026",
)

# --- 5. An AMP page printed: the AMP bar, the print page's folio and prompts ---------------------
PRINTED_FURNITURE = (
    "View non-AMP version",
    "Page 1 of 2",
    "Page 2 of 2",
    "Download the Wenlock Standard app for breaking news alerts.",
    "WATCH LIVE",
)
PRINTED = page_text(
    "View non-AMP version",
    "Wenlock Standard",
    "Orrick flood: care home residents rescued as defences overtopped",
    "Page 1 of 2",
    "WATCH LIVE",
    FLOOD_LEDE_A,
    FLOOD[3],
    FLOOD_KEPT[3],
    "Page 2 of 2",
    FLOOD[2],
    FLOOD[4],
    "Download the Wenlock Standard app for breaking news alerts.",
)

# --- 5b. A local site's page whose furniture is written in sentences ---------------------------
SENTENCES_FURNITURE = (
    "Scroll down for the full gallery.",
    "Tap the image to enlarge it.",
    "There are 128 comments on this story.",
    "Comments are moderated and may take up to 24 hours to appear.",
    "Do you have photos or video of the flooding? Send them to pictures@harnleymercury.example.",
    "To report an error in this article, email corrections@harnleymercury.example.",
    "Reach Carys Mallen at 01632 960123 or follow her on X @carysmallen.",
    "This article is part of our Flood Watch series, supported by the Tallow Local News Fund.",
    "The Harnley Mercury is a member of the Independent Press Standards Organisation.",
)
SENTENCES = page_text(
    "Harnley Mercury",
    "Orrick flood: power cut to 1,200 homes as substation floods",
    "By Carys Mallen",
    "Scroll down for the full gallery.",
    FLOOD_LEDE_B,
    "Tap the image to enlarge it.",
    FLOOD[5],
    FLOOD[0],
    FLOOD[4],
    "Do you have photos or video of the flooding? Send them to pictures@harnleymercury.example.",
    "This article is part of our Flood Watch series, supported by the Tallow Local News Fund.",
    "Reach Carys Mallen at 01632 960123 or follow her on X @carysmallen.",
    "To report an error in this article, email corrections@harnleymercury.example.",
    "There are 128 comments on this story.",
    "Comments are moderated and may take up to 24 hours to appear.",
    "The Harnley Mercury is a member of the Independent Press Standards Organisation.",
)

FLOOD_PAGES = (
    SavedPage("orrick-times.txt", TIMES,
              "Orrick flood: 300 homes under water as river Tallow bursts its banks",
              TIMES_FURNITURE, "Orrick Times"),
    # (titled without the gallery's tag "In pictures:", as the first set's gallery is)
    SavedPage("echo-gallery.txt", GALLERY,
              "Orrick under water after the Tallow floods", GALLERY_FURNITURE,
              "Tallow Valley Echo"),
    SavedPage("courier.txt", COURIER,
              "River Tallow rises two metres overnight, flooding 300 Orrick homes",
              COURIER_FURNITURE, "Penhallow Courier"),
    SavedPage("greyfriars.txt", WIRE,
              "Orrick care home evacuated by boat as river Tallow floods town", WIRE_FURNITURE,
              "Greyfriars Wire"),
    SavedPage("wenlock-print.txt", PRINTED,
              "Orrick flood: care home residents rescued as defences overtopped",
              PRINTED_FURNITURE, "Wenlock Standard"),
    SavedPage("mercury-flood.txt", SENTENCES,
              "Orrick flood: power cut to 1,200 homes as substation floods", SENTENCES_FURNITURE,
              "Harnley Mercury"),
)  # fmt: skip


# ==== A stand's roof falls at Dunharrow Park =====================================================
ROOF_LEDE_A = (
    "Part of a stand roof collapsed at Dunharrow Park in Saltmere during a match on Saturday "
    "afternoon, injuring 17 spectators, the ambulance service said."
)
ROOF_LEDE_B = (
    "Seventeen fans were hurt when a section of roof fell onto the east stand at Saltmere "
    "Rovers' Dunharrow Park ground on Saturday, police said."
)
ROOF_LEDE_C = (
    "A match between Saltmere Rovers and Kelby Town was abandoned on Saturday after part of the "
    "east stand roof at Dunharrow Park came down, injuring 17 people."
)
ROOF = (
    "The roof gave way in the 38th minute, when gusts of up to 70 mph were recorded in the "
    "town, the weather service said.",
    "Four of the injured were taken to Saltmere General Hospital and the others were treated "
    "at the ground.",
    "About 9,400 supporters were inside the stadium, and the east stand was cleared within 15 "
    "minutes, the club said.",
    "Club chairman Edwin Falk said the roof had passed a safety inspection in August.",
    "The council's safety advisory group will meet on Monday to decide whether the ground can "
    "reopen.",
    "The east stand was built in 1974 and holds 2,100 people.",
)

ROOF_KEPT = (
    "“Subscribe to our channel,” the streamer told viewers seconds before the roof came down.",
    "Advertisement boards along the touchline were torn down as fans climbed onto the pitch.",
    "Fact checkers at the league found that a clip shared online was filmed in 2019.",
    "Join the queue at the main gate, stewards told supporters as the stand was cleared.",
    "Watch live footage of the collapse, one fan posted, as others were still being helped out.",
)

# --- 6. A paper's match page: a box score, a scores ticker, a comment counter -------------------
POST_FURNITURE = (
    "LATEST SCORES Harnley 2-2 Ossett Vale · Bramcote 0-1 Lydd Athletic",
    "Saltmere Rovers 1-0 Kelby Town (abandoned, 38 min)",
    "Scorers: Ambrose 12'",
    "Att: 9,412",
    "Conversation (64)",
    "Join the conversation",
)
POST = page_text(
    "LATEST SCORES Harnley 2-2 Ossett Vale · Bramcote 0-1 Lydd Athletic",
    "Saltmere Evening Post",
    "Dunharrow Park roof collapse: 17 hurt as match is abandoned",
    "Saltmere Rovers 1-0 Kelby Town (abandoned, 38 min)",
    "Scorers: Ambrose 12'",
    "Att: 9,412",
    ROOF_LEDE_C,
    ROOF[0],
    ROOF[2],
    ROOF_KEPT[1],
    ROOF[3],
    "Conversation (64)",
    "Join the conversation",
)

# --- 7. A sports desk's live page: its badges, a fact-check label, the stamps -------------------
LIVE_FURNITURE = (
    "Watch live: Saltmere Rovers statement at 6pm",
    "Fact check:",
    "Last updated 41 minutes ago",
    "Expand",
)
LIVE = page_text(
    "Dunmore Sports Desk",
    "Dunharrow Park roof falls on fans: latest as 17 treated",
    "Last updated 41 minutes ago",
    "Watch live: Saltmere Rovers statement at 6pm",
    ROOF_LEDE_A,
    ROOF[1],
    "Fact check:",
    ROOF_KEPT[2],
    ROOF_KEPT[0],
    ROOF[4],
    "Expand",
    ROOF[5],
)

# --- 8. A paper's story with its writer's bio, an app prompt and more-from links -----------------
GAZETTE_FURNITURE = (
    "Get the Kelby Gazette app",
    "Listen to this article · 3 min",
    "Story continues below advertisement",
    "Nell Tarrant is the Kelby Gazette's football writer. She has reported on Kelby Town since "
    "2018.",
    "Got a story? Contact our newsroom at news@kelbygazette.example or call 01632 960771.",
    "More from Football",
    "Kelby Town fans to be refunded after abandoned match",
    "Tagged: Kelby Town, Saltmere Rovers, Dunharrow Park",
)
GAZETTE = page_text(
    "Kelby Gazette",
    "Get the Kelby Gazette app",
    "Kelby Town fans among 17 hurt as Dunharrow Park roof falls",
    "Listen to this article · 3 min",
    ROOF_LEDE_B,
    ROOF[3],
    "Story continues below advertisement",
    ROOF_KEPT[3],
    ROOF[2],
    ROOF[5],
    "Nell Tarrant is the Kelby Gazette's football writer. She has reported on Kelby Town since "
    "2018.",
    "Got a story? Contact our newsroom at news@kelbygazette.example or call 01632 960771.",
    "Tagged: Kelby Town, Saltmere Rovers, Dunharrow Park",
    "More from Football",
    "Kelby Town fans to be refunded after abandoned match",
)

# --- 9. A page copied with its accessibility text and its reader's widgets ----------------------
MERCURY_FURNITURE = (
    "Skip to main navigation",
    "Image description: Supporters look up at a gap in the roof of the east stand.",
    "Map: Harnley Mercury",
    "Trending now",
    "Show comments",
    "Print page",
)
MERCURY = page_text(
    "Skip to main navigation",
    "Harnley Mercury",
    "Saltmere stand roof collapse injures 17 during Rovers match",
    "Image description: Supporters look up at a gap in the roof of the east stand.",
    ROOF_LEDE_A,
    "Map: Harnley Mercury",
    ROOF[0],
    ROOF_KEPT[4],
    ROOF[4],
    ROOF[1],
    "Show comments",
    "Print page",
    "Trending now",
)

# --- 10. A club's town paper: its furniture in sentences, a bio of two sentences at the foot ----
CLARION_FURNITURE = (
    "Click on the arrows to see more pictures.",
    "Fact check: This article was reviewed by our standards team on 3 October 2026.",
    "Join the conversation below. Please keep comments respectful.",
    "Sign in to comment.",
    "Want more Saltmere Rovers news? Download our free app.",
    "Ines Brook has covered Saltmere Rovers for the Saltmere Evening Post since 2015. She can be "
    "reached at ines.brook@saltmerepost.example.",
    "This article was first published at 5.12pm on Saturday and has been updated.",
)
CLARION = page_text(
    "Saltmere Evening Post",
    "Dunharrow Park: safety group to decide on Monday if ground reopens",
    "By Ines Brook",
    "Fact check: This article was reviewed by our standards team on 3 October 2026.",
    ROOF_LEDE_C,
    "Click on the arrows to see more pictures.",
    ROOF[4],
    ROOF[3],
    ROOF[0],
    "This article was first published at 5.12pm on Saturday and has been updated.",
    "Want more Saltmere Rovers news? Download our free app.",
    "Ines Brook has covered Saltmere Rovers for the Saltmere Evening Post since 2015. She can be "
    "reached at ines.brook@saltmerepost.example.",
    "Join the conversation below. Please keep comments respectful.",
    "Sign in to comment.",
)

ROOF_PAGES = (
    SavedPage("evening-post.txt", POST, "Dunharrow Park roof collapse: 17 hurt as match is abandoned",
              POST_FURNITURE, "Saltmere Evening Post"),
    SavedPage("sports-desk-live.txt", LIVE,
              "Dunharrow Park roof falls on fans: latest as 17 treated", LIVE_FURNITURE,
              "Dunmore Sports Desk"),
    SavedPage("kelby-gazette.txt", GAZETTE,
              "Kelby Town fans among 17 hurt as Dunharrow Park roof falls", GAZETTE_FURNITURE,
              "Kelby Gazette"),
    SavedPage("mercury.txt", MERCURY, "Saltmere stand roof collapse injures 17 during Rovers match",
              MERCURY_FURNITURE, "Harnley Mercury"),
    SavedPage("post-safety.txt", CLARION,
              "Dunharrow Park: safety group to decide on Monday if ground reopens",
              CLARION_FURNITURE, "Saltmere Evening Post"),
)  # fmt: skip

#: Pages whose outlet the engine does not tell, known misses (the outlet falls back to the
#: file's name, never to a wrong one): a paper's name alone on its line ending in a word other
#: names end in ("Tallow Valley Echo", "Harnley Mercury": an "Echo" is a speaker, a "Mercury" a
#: singer or a planet), as "Northgate Observer" of the fourth set, and a sports site named a
#: "Desk" ("Dunmore Sports Desk"), as "The Seismic Desk" of the fourth set.
OUTLET_MISSES = frozenset(
    ("echo-gallery.txt", "mercury-flood.txt", "sports-desk-live.txt", "mercury.txt")
)

#: the story sentences worded like furniture, by the page that carries them
KEPT = {
    "orrick-times.txt": (FLOOD_KEPT[0],),
    "echo-gallery.txt": (FLOOD_KEPT[1], FLOOD_KEPT[4]),
    "courier.txt": (FLOOD_KEPT[2], FLOOD_KEPT[6]),
    "greyfriars.txt": (FLOOD_KEPT[5],),
    "wenlock-print.txt": (FLOOD_KEPT[3],),
    "evening-post.txt": (ROOF_KEPT[1],),
    "sports-desk-live.txt": (ROOF_KEPT[2], ROOF_KEPT[0]),
    "kelby-gazette.txt": (ROOF_KEPT[3],),
    "mercury.txt": (ROOF_KEPT[4],),
    "mercury-flood.txt": (),
    "post-safety.txt": (),
}
