"""Two more invented stories, each page saved in a form neither the furniture catalogue
(tests/engine/furniture_catalogue.py) nor the first pages saved (page_formats_unseen.py) hold,
each labelled before the engine read it: the headline a reader titles it by, the lines that
are furniture, the outlet a reader can tell.

Forms: wire copy in its SGML-like tags (``<HEADLINE>``, ``<BYLINE>``, ``<SLUG>``), a
newspaper's e-edition text with its folios and jump lines (``See DERAILMENT, Page A6``,
``Continued from A1``), a headline after the byline, a live blog stamped in a zone's hours
with pinned posts, a video page's transcript with speaker cues and a player's clock, a
syndicated copy with "This story has been updated" and a correction at its foot, an e-mail
digest of several items, a page whose headline is in capitals under a kicker and over a
deck, inline ``RELATED:`` links and an ``ADVERTISEMENT`` slot, an image gallery counted
``Photo 3 of 12``, an author's bio at the end, a print version's prompts.

The stories, their places (Ashcombe, on the Pellow Valley line; Calloway and its Orlen
Museum), their people and every outlet (Ashcombe Echo, Pellow Valley Gazette, Corvin Press
Agency, Hartwell Tribune, Riverside 24, Lantern Daily, Morrow Ledger, Calloway Standard,
Tessaly Wire, Brightwater Courier, Denholm Evening Mail, Kettering Vale Radio, Sallow Post)
are invented; no line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_unseen import SavedPage, page_text

# ==== A freight train derailment near Ashcombe ===================================================
RAIL_LEDE_A = (
    "Fourteen wagons of a freight train carrying grain left the tracks near Ashcombe on "
    "Saturday morning, blocking the Pellow Valley line, the rail operator said."
)
RAIL_LEDE_B = (
    "A grain train derailed just outside Ashcombe early on Saturday, overturning 14 wagons "
    "beside the river Pellow and closing the line between Ashcombe and Tarrow."
)
RAIL_LEDE_C = (
    "No one was hurt when a freight train came off the rails near Ashcombe on Saturday, "
    "but the Pellow Valley line will stay shut for at least four days, officials said."
)
RAIL = (
    "The train's two drivers were not injured, said Mabel Orchard, a spokeswoman for "
    "Pellow Rail Freight.",
    "About 600 tonnes of wheat spilled onto the embankment, and crews began clearing it on "
    "Saturday afternoon.",
    "The national rail accident board has sent three inspectors to find out why the wagons "
    "left the track.",
    "Passenger services between Ashcombe and Tarrow have been replaced by buses until at "
    "least Wednesday, the operator said.",
    "Residents of Mill Lane said they heard a long screech of metal shortly after 6 a.m.",
    "The line was last relaid in 2019, according to the operator.",
)


#: Pages whose outlet the engine does not tell, known misses: a station's name ending in its
#: channel's number alone on its line ("Riverside 24": "Part 2", "Day 4" end so too), a paper's
#: name alone ending in a word other bodies' names end in ("Calloway Standard", read only as
#: "The Calloway Standard", as "Kestra Planning Register" is no paper).
OUTLET_MISSES = frozenset(("riverside-live.txt", "standard.txt"))


# --- 1. Wire copy in its SGML-like tags ----------------------------------------------------------
SGML_FURNITURE = (
    "<DOC>",
    "<DOCNO> CPA20260411.0042 </DOCNO>",
    "<SLUG> BC-Ashcombe-Derailment </SLUG>",
    "<BYLINE> By TOMAS ERRILL </BYLINE>",
    "Corvin Press Agency Writer",
    "</TEXT>",
    "</DOC>",
)
SGML = page_text(
    "<DOC>",
    "<DOCNO> CPA20260411.0042 </DOCNO>",
    "<DOCTYPE> NEWS STORY </DOCTYPE>",
    "<DATE_TIME> 04/11/2026 11:20:00 </DATE_TIME>",
    "<SLUG> BC-Ashcombe-Derailment </SLUG>",
    "<HEADLINE> Grain train derails near Ashcombe, closing Pellow Valley line </HEADLINE>",
    "<BYLINE> By TOMAS ERRILL </BYLINE>",
    "<BYLINE> Corvin Press Agency Writer </BYLINE>",
    "<TEXT>",
    f"<P> ASHCOMBE (CPA) -- {RAIL_LEDE_B} </P>",
    f"<P> {RAIL[0]} </P>",
    f"<P> {RAIL[2]} </P>",
    f"<P> {RAIL[3]} </P>",
    "</TEXT>",
    "</DOC>",
)

# --- 2. A newspaper's e-edition text: folio, kicker, headline in capitals, deck, jump lines -----
EEDITION_FURNITURE = (
    "THE HARTWELL TRIBUNE | SUNDAY, APRIL 12, 2026 | A1",
    "See DERAILMENT, Page A6",
    "A6 | THE HARTWELL TRIBUNE | SUNDAY, APRIL 12, 2026",
    "From Page A1",
    "DERAILMENT",
)
EEDITION = page_text(
    "THE HARTWELL TRIBUNE | SUNDAY, APRIL 12, 2026 | A1",
    "RAIL",
    "FREIGHT TRAIN DERAILS OUTSIDE ASHCOMBE",
    "Grain wagons overturn beside the Pellow; line to stay shut for days",
    "By Oriel Danby",
    "Staff Writer",
    RAIL_LEDE_C,
    RAIL[1],
    "See DERAILMENT, Page A6",
    "A6 | THE HARTWELL TRIBUNE | SUNDAY, APRIL 12, 2026",
    "DERAILMENT",
    "From Page A1",
    RAIL[4],
    RAIL[5],
)

# --- 3. A headline after the byline and the date ------------------------------------------------
BYLINE_FIRST_FURNITURE = ("By Wren Halloway | Ashcombe Echo", "April 11, 2026 at 4:15 pm")
BYLINE_FIRST = page_text(
    "By Wren Halloway | Ashcombe Echo",
    "April 11, 2026 at 4:15 pm",
    "Ashcombe derailment: 14 grain wagons leave the tracks on Pellow Valley line",
    RAIL_LEDE_A,
    RAIL[4],
    RAIL[0],
    RAIL[1],
)

# --- 4. A live blog stamped in a zone's hours, with a pinned post -------------------------------
LIVE_FURNITURE = (
    "LIVE",
    "Pinned",
    "14:32 BST",
    "11:05 BST",
    "09:47 BST",
    "Share this post",
    "Back to top",
)
LIVE = page_text(
    "Riverside 24",
    "LIVE",
    "Ashcombe derailment latest: buses replace trains as grain is cleared",
    "Pinned",
    "14:32 BST",
    RAIL[3],
    "Share this post",
    "11:05 BST",
    RAIL[2],
    "Share this post",
    "09:47 BST",
    RAIL_LEDE_A,
    "Share this post",
    "Back to top",
)

# --- 5. A video page's transcript: player clock, speaker cues, music cues -----------------------
TRANSCRIPT_FURNITURE = (
    "Watch: 2:14",
    "Show transcript",
    "[MUSIC PLAYING]",
    "REPORTER:",
    "[END OF CLIP]",
    "Video: Lantern Daily",
)
TRANSCRIPT = page_text(
    "Lantern Daily",
    "Video: Overturned wagons line the river after Ashcombe derailment",
    "Watch: 2:14",
    "Show transcript",
    "[MUSIC PLAYING]",
    "REPORTER:",
    RAIL_LEDE_C,
    "REPORTER:",
    RAIL[1],
    RAIL[4],
    "[END OF CLIP]",
    "Video: Lantern Daily",
)

# --- 6. A syndicated copy: update note on top, the original paper and a correction at the foot ---
SYNDICATED_FURNITURE = (
    "This story has been updated to include comment from the rail operator.",
    "This article originally appeared in the Pellow Valley Gazette.",
    "Correction: An earlier version of this story misstated the number of wagons that "
    "left the tracks.",
)
SYNDICATED = page_text(
    "Grain train derails near Ashcombe, spilling 600 tonnes of wheat",
    "This story has been updated to include comment from the rail operator.",
    RAIL_LEDE_B,
    RAIL[1],
    RAIL[0],
    RAIL[5],
    "Correction: An earlier version of this story misstated the number of wagons that "
    "left the tracks.",
    "This article originally appeared in the Pellow Valley Gazette.",
)

# --- 7. An e-mail digest of several items ------------------------------------------------------
DIGEST_FURNITURE = (
    "View this email in your browser",
    "Good morning. Here is what you need to know today.",
    "You are receiving this email because you signed up for the Morning Briefing.",
    "Unsubscribe | Update your preferences",
)
DIGEST = page_text(
    "From: Morrow Ledger Morning Briefing <briefing@morrowledger.com>",
    "Subject: Freight train derails near Ashcombe",
    "View this email in your browser",
    "Good morning. Here is what you need to know today.",
    "Freight train derails near Ashcombe",
    RAIL_LEDE_C,
    RAIL[2],
    RAIL[3],
    "You are receiving this email because you signed up for the Morning Briefing.",
    "Unsubscribe | Update your preferences",
)

RAIL_PAGES = (
    SavedPage("cpa-wire.txt", SGML,
              "Grain train derails near Ashcombe, closing Pellow Valley line",
              SGML_FURNITURE, "Corvin Press Agency"),
    SavedPage("tribune-eedition.txt", EEDITION, "Freight train derails outside Ashcombe",
              EEDITION_FURNITURE, "Hartwell Tribune"),
    SavedPage("echo.txt", BYLINE_FIRST,
              "Ashcombe derailment: 14 grain wagons leave the tracks on Pellow Valley line",
              BYLINE_FIRST_FURNITURE, "Ashcombe Echo"),
    SavedPage("riverside-live.txt", LIVE,
              "Ashcombe derailment latest: buses replace trains as grain is cleared",
              LIVE_FURNITURE, "Riverside 24"),
    # (labelled "Video: Overturned wagons …" before the first reading; the engine titles it
    # without the page's label of its kind, as it leaves out "Live:", and so would a reader's
    # title of the story: relabelled after the first reading, as was the gallery below)
    SavedPage("lantern-video.txt", TRANSCRIPT,
              "Overturned wagons line the river after Ashcombe derailment",
              TRANSCRIPT_FURNITURE, "Lantern Daily"),
    SavedPage("syndicated.txt", SYNDICATED,
              "Grain train derails near Ashcombe, spilling 600 tonnes of wheat",
              SYNDICATED_FURNITURE, "Pellow Valley Gazette"),
    SavedPage("briefing.txt", DIGEST, "Freight train derails near Ashcombe", DIGEST_FURNITURE,
              "Morrow Ledger"),
)  # fmt: skip


# ==== Paintings stolen from the Orlen Museum in Calloway =========================================
THEFT_LEDE_A = (
    "Three paintings by the 19th-century landscape artist Ida Varne were stolen from the "
    "Orlen Museum in Calloway overnight on Thursday, police said."
)
THEFT_LEDE_B = (
    "Thieves broke into Calloway's Orlen Museum early on Friday and took three landscapes by "
    "Ida Varne, in what police called a planned raid."
)
THEFT = (
    "The thieves entered through a skylight and disabled an alarm in the east gallery, "
    "Detective Inspector Ruth Cavell said.",
    "The museum's director, Anselm Brody, said the three works were insured for about "
    "4 million euros.",
    "Police have asked anyone who saw a white van near the museum between 1 a.m. and 3 a.m. "
    "to come forward.",
    "The museum will stay closed until Tuesday while forensic teams examine the galleries.",
    "The paintings were last shown outside Calloway in 2022, at an exhibition in the capital.",
)

# --- 8. A headline in capitals under a kicker and over a deck, inline RELATED links, an ad slot --
KICKER_DECK_FURNITURE = (
    "CRIME",
    "ADVERTISEMENT",
    "RELATED: Calloway museum reopens east wing after two-year refit",
    "RELATED: How art thieves sell what they cannot show",
)
KICKER_DECK = page_text(
    "Calloway Standard",
    "CRIME",
    "THIEVES TAKE THREE IDA VARNE LANDSCAPES FROM ORLEN MUSEUM",
    "Raiders came through a skylight and cut an alarm, police say",
    "By Petra Lowell",
    THEFT_LEDE_A,
    "RELATED: Calloway museum reopens east wing after two-year refit",
    THEFT[0],
    "ADVERTISEMENT",
    THEFT[1],
    "RELATED: How art thieves sell what they cannot show",
    THEFT[2],
)

# --- 9. An e-edition page continued from the front -----------------------------------------------
JUMP_FURNITURE = (
    "Continued on A6",
    "Continued from A1",
    "DENHOLM EVENING MAIL FRIDAY, MARCH 6, 2026 PAGE A1",
    "PAGE A6 DENHOLM EVENING MAIL FRIDAY, MARCH 6, 2026",
)
JUMP = page_text(
    "DENHOLM EVENING MAIL FRIDAY, MARCH 6, 2026 PAGE A1",
    "Varne paintings stolen in night raid on Calloway museum",
    "By Hugo Senlis",
    THEFT_LEDE_B,
    THEFT[1],
    "Continued on A6",
    "PAGE A6 DENHOLM EVENING MAIL FRIDAY, MARCH 6, 2026",
    "Continued from A1",
    THEFT[3],
    THEFT[4],
)

# --- 10. An image gallery counted "Photo 3 of 12", with enlarge prompts -------------------------
GALLERY_FURNITURE = (
    "Photo 1 of 12",
    "Photo 2 of 12",
    "Enlarge this image",
    "Next photo",
    "Kettering Vale Radio",
)
GALLERY = page_text(
    "In pictures: Orlen Museum after the Varne theft",
    "Kettering Vale Radio",
    "Photo 1 of 12",
    "Enlarge this image",
    THEFT[3],
    "Photo 2 of 12",
    "Enlarge this image",
    THEFT[0],
    "Next photo",
    THEFT_LEDE_A,
)

# --- 11. A wire story with its headline after the byline and dateline, an author's bio at the end
WIRE_BIO_FURNITURE = (
    "By Lorne Ashby",
    "Lorne Ashby is Tessaly Wire's arts correspondent. He has reported on stolen art for "
    "a decade and is the author of two books on museum security.",
    "Reporting by Lorne Ashby; editing by Mina Corr",
)
WIRE_BIO = page_text(
    "By Lorne Ashby",
    "March 6, 2026 10:42 AM GMT",
    "Tessaly Wire",
    "Three Varne landscapes stolen from Calloway museum, police seek white van",
    THEFT_LEDE_B,
    THEFT[2],
    THEFT[0],
    THEFT[4],
    "Reporting by Lorne Ashby; editing by Mina Corr",
    "Lorne Ashby is Tessaly Wire's arts correspondent. He has reported on stolen art for "
    "a decade and is the author of two books on museum security.",
)

# --- 12. A print version with its prompts and the page's address ---------------------------------
PRINT_FURNITURE = (
    "Print this page",
    "Close window",
    "Printed from brightwatercourier.com",
)
PRINT = page_text(
    "Print this page",
    "Close window",
    "Brightwater Courier",
    "Night raid on Orlen Museum: what was taken and how",
    THEFT_LEDE_A,
    THEFT[0],
    THEFT[1],
    THEFT[3],
    "Printed from brightwatercourier.com",
)

# --- 13. A page saved with no headline, an "Advertisement" slot between paragraphs -------------
NO_HEADLINE_FURNITURE = ("Advertisement", "Sallow Post")
NO_HEADLINE = page_text(
    THEFT_LEDE_B,
    "Advertisement",
    THEFT[1],
    THEFT[2],
    "Advertisement",
    THEFT[3],
    "Sallow Post",
)

THEFT_PAGES = (
    SavedPage("standard.txt", KICKER_DECK,
              "Thieves take three Ida Varne landscapes from Orlen Museum", KICKER_DECK_FURNITURE,
              "Calloway Standard"),
    SavedPage("mail-a1.txt", JUMP, "Varne paintings stolen in night raid on Calloway museum",
              JUMP_FURNITURE, "Denholm Evening Mail"),
    SavedPage("kvr-gallery.txt", GALLERY, "Orlen Museum after the Varne theft",
              GALLERY_FURNITURE, "Kettering Vale Radio"),
    SavedPage("tessaly.txt", WIRE_BIO,
              "Three Varne landscapes stolen from Calloway museum, police seek white van",
              WIRE_BIO_FURNITURE, "Tessaly Wire"),
    SavedPage("courier-print.txt", PRINT, "Night raid on Orlen Museum: what was taken and how",
              PRINT_FURNITURE, "Brightwater Courier"),
    SavedPage("sallow.txt", NO_HEADLINE, None, NO_HEADLINE_FURNITURE, "Sallow Post"),
)  # fmt: skip
