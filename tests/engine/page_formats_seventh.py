"""A seventh set of invented pages: one story, saved from sites whose headline and outlet come in
forms the earlier sets (page_formats_unseen.py, page_formats_unwritten.py,
page_formats_shared.py, page_formats_fifth.py, page_formats_sixth.py, titled_folders.py) hold
few of. Each page was labelled before the engine read it: the headline a reader titles it by,
the lines that are furniture, the outlet a reader can tell (None: only the file names it).

Forms: a picture's caption as the page's first line (without a verb, in the present without a
day, after an ``Image:`` label, with its credit in brackets); a headline that names an outlet as
its subject ("... photographer among seven hurt"); another outlet quoted or embedded on the page
(a post's embed signed by another paper, a video of another station's report, "told the ..."); a
site's name in its furniture (a logo's alternative text, a follow or newsletter prompt, an app's
prompt, a newsroom's contact line, a copyright line without a year); bylines that name the
paper after a bar, a comma, a slash, a bullet or "for the", a staff writer's line, a byline
with a stamp; and a byline naming a writer's other body (a union's chair writing a column).

The story (a grain silo explosion at Brackley Quay in Mossend), its people and every outlet
(Mossend Herald, Carnwick Examiner, Larkspur Wire, Ashgrove Times, Calder Bay News, Tullow
Sentinel, Pellow Valley Chronicle, Dunstan Record, Mossend Evening Standard) are invented; no
line is taken from a corpus.
"""

from __future__ import annotations

from page_formats_sixth import F, _page

LEDE_A = (
    "A grain silo exploded at Brackley Quay in Mossend on Thursday afternoon, injuring seven "
    "dock workers and setting fire to a warehouse, the fire service said."
)
LEDE_B = (
    "Seven workers were hurt when dust inside a grain silo at Mossend's Brackley Quay ignited "
    "on Thursday, blowing the roof off the silo, port officials said."
)
LEDE_C = (
    "Investigators are trying to find out what caused Thursday's explosion at a grain silo on "
    "Brackley Quay, which left seven workers in hospital."
)
BODY = (
    "Two of the injured were flown to Carnwick Royal Infirmary with serious burns, the "
    "ambulance service said.",
    "Crews from four fire stations fought the warehouse fire for more than five hours.",
    "The port's chief executive, Hollis Drane, said the quay would stay closed until Monday.",
    "Grain dust is highly flammable and silo explosions are rare but often deadly, said "
    "safety engineer Mirela Quast.",
    "The Mossend Grain Workers' Union said it had warned about dust in the silo in March.",
    "Ships due at the quay this weekend will be sent to the port of Tullow instead.",
)

PAGES_AND_FURNITURE = (
    # 1. a caption without a verb on the first line, above the headline and a byline
    _page(
        "herald-caption.txt",
        "Grain silo blast injures seven at Brackley Quay",
        "Mossend Herald",
        F("Firefighters at the wrecked silo on Brackley Quay"),
        "Grain silo blast injures seven at Brackley Quay",
        F("By Orla Penn, Mossend Herald"),
        LEDE_A,
        BODY[0],
        BODY[1],
        BODY[2],
    ),
    # 2. a caption in the present, no day, with its staff credit in brackets
    _page(
        "examiner-caption.txt",
        "Seven hurt as dust blast rips roof off Mossend grain silo",
        "Carnwick Examiner",
        F(
            "A firefighter sprays water onto the damaged silo at Brackley Quay "
            "(Kit Arlow/Carnwick Examiner)"
        ),
        "Seven hurt as dust blast rips roof off Mossend grain silo",
        F("Kit Arlow | Carnwick Examiner"),
        LEDE_B,
        BODY[0],
        BODY[3],
        BODY[4],
    ),
    # 3. a caption after an "Image:" label, then the headline
    _page(
        "times-image.txt",
        "Brackley Quay silo explosion: what we know",
        "Ashgrove Times",
        F("Image: The roof of the grain silo after the explosion"),
        "Brackley Quay silo explosion: what we know",
        F("Ada Mirren for the Ashgrove Times"),
        LEDE_C,
        BODY[1],
        BODY[2],
        BODY[5],
    ),
    # 4. a headline naming another outlet's photographer as its subject
    _page(
        "calder-subject.txt",
        "Ashgrove Times photographer among seven hurt in Brackley Quay silo blast",
        "Calder Bay News",
        "Ashgrove Times photographer among seven hurt in Brackley Quay silo blast",
        F("Written by Rhian Coyle, Calder Bay News staff writer"),
        LEDE_A,
        "Photographer Ned Corrow, who works for the Ashgrove Times, was taking pictures of a "
        "ship at the quay when the silo exploded, his editor said.",
        BODY[0],
        BODY[2],
        F("© Calder Bay News. All rights reserved."),
    ),
    # 5. a page embedding another paper's post and quoting what it was told
    _page(
        "sentinel-embed.txt",
        "Mossend port closed after grain silo explosion",
        "Tullow Sentinel",
        F("Tullow Sentinel logo"),
        "Mossend port closed after grain silo explosion",
        F("Story by Dara Vesk • Tullow Sentinel"),
        LEDE_B,
        BODY[2],
        F("BREAKING: Explosion at grain silo on Brackley Quay. Seven hurt. More to follow."),
        F("— Mossend Herald (@MossendHerald) May 7, 2026"),
        "A worker who was on the quay told the Mossend Herald that the blast shook windows "
        "half a mile away.",
        BODY[5],
        F("Follow the Tullow Sentinel on Facebook and Twitter."),
    ),
    # 6. a station's video of another station's report embedded under the story
    _page(
        "chronicle-video.txt",
        "Dust blamed as silo explosion injures seven in Mossend",
        "Pellow Valley Chronicle",
        "Dust blamed as silo explosion injures seven in Mossend",
        F("Orla Penn / Pellow Valley Chronicle"),
        LEDE_C,
        BODY[3],
        BODY[4],
        F("Watch: Calder Bay News' report from Brackley Quay"),
        F("Sign up for the Pellow Valley Chronicle daily newsletter."),
    ),
    # 7. a byline with its stamp, and the newsroom's contact line at the foot
    _page(
        "record-contact.txt",
        "Seven injured in Brackley Quay grain silo explosion",
        "Dunstan Record",
        "Seven injured in Brackley Quay grain silo explosion",
        F("Kit Arlow | Dunstan Record | May 7, 2026 6:02 PM"),
        LEDE_A,
        BODY[1],
        BODY[4],
        BODY[5],
        F("Have a story? Contact the Dunstan Record newsroom at news@dunstanrecord.co.uk"),
    ),
    # 8. a column by a union's chair on a paper's site: the union is no outlet
    _page(
        "standard-column.txt",
        "The Brackley Quay blast was a warning we ignored",
        "Mossend Evening Standard",
        F("Mossend Evening Standard"),
        F("OPINION"),
        "The Brackley Quay blast was a warning we ignored",
        F("By Ada Mirren, chair of the Mossend Grain Workers' Union"),
        "On Thursday afternoon the silo on Brackley Quay exploded and seven of my colleagues "
        "went to hospital.",
        BODY[4],
        "We asked for the dust extractors to be replaced and were told to wait for next year's "
        "budget.",
        F("Download the Mossend Evening Standard app for breaking news alerts."),
    ),
    # 9. an agency's story whose headline names a paper as its subject
    _page(
        "larkspur-wire.txt",
        "Mossend Herald printing works evacuated after silo blast next door",
        "Larkspur Wire",
        "Mossend Herald printing works evacuated after silo blast next door",
        "MOSSEND, May 7 (Larkspur Wire) - The printing works of the Mossend Herald were "
        "evacuated on Thursday after a grain silo exploded on the neighbouring Brackley Quay, "
        "injuring seven workers.",
        BODY[0],
        BODY[2],
        "The paper said Friday's edition would be printed in Carnwick.",
        F("(Reporting by Ilsa Brenn; Editing by Tom Quarry)"),
    ),
)

#: Pages whose only sign of their outlet is its name in the site's furniture, and pages naming
#: another body or outlet in the same forms (labelled before the engine read them).
SITE_FURNITURE_PAGES_AND_FURNITURE = (
    # 10. a logo's alternative text above the headline
    _page(
        "sentinel-logo.txt",
        "Union says it warned of dust in Brackley Quay silo",
        "Tullow Sentinel",
        F("Tullow Sentinel logo"),
        F("Menu"),
        "Union says it warned of dust in Brackley Quay silo",
        BODY[4],
        LEDE_B,
        BODY[3],
        BODY[5],
    ),
    # 11. the site's own follow prompt at the foot
    _page(
        "examiner-follow.txt",
        "Quay to stay shut until Monday after silo explosion",
        "Carnwick Examiner",
        "Quay to stay shut until Monday after silo explosion",
        LEDE_C,
        BODY[2],
        BODY[5],
        F("Follow the Carnwick Examiner on Facebook and Twitter for the latest news."),
    ),
    # 12. the site's own newsletter prompt at the foot
    _page(
        "chronicle-newsletter.txt",
        "Two in hospital with burns after Mossend silo blast",
        "Pellow Valley Chronicle",
        "Two in hospital with burns after Mossend silo blast",
        LEDE_A,
        BODY[0],
        BODY[1],
        F("Sign up for the Pellow Valley Chronicle morning newsletter"),
    ),
    # 13. look-alike: a union's logo, follow prompt and newsletter on a page naming no outlet
    _page(
        "union-prompts.txt",
        "Silo blast: union calls for inquiry into dust safety",
        None,
        F("Mossend Grain Workers' Union logo"),
        "Silo blast: union calls for inquiry into dust safety",
        LEDE_B,
        BODY[4],
        BODY[3],
        F("Follow the Mossend Grain Workers' Union on Twitter."),
        F("Sign up for the Mossend Grain Workers' Union newsletter"),
    ),
    # 14. look-alike: a tag list with bullets and a breadcrumb with slashes, naming no outlet
    _page(
        "tags-breadcrumb.txt",
        "Seven workers hurt as grain silo explodes on Brackley Quay",
        None,
        F("News / Mossend / Brackley Quay"),
        "Seven workers hurt as grain silo explodes on Brackley Quay",
        F("Mossend Port • Grain Silo • Explosion"),
        LEDE_A,
        BODY[0],
        BODY[2],
    ),
    # 15. look-alike: another paper's photographer credited under the picture at the top of a
    # page that names no outlet
    _page(
        "pool-photo.txt",
        "Dust explosion wrecks grain silo at Mossend port",
        None,
        "Dust explosion wrecks grain silo at Mossend port",
        F("Smoke pours from the silo on Brackley Quay on Thursday afternoon."),
        F("Ned Corrow / Ashgrove Times"),
        LEDE_A,
        BODY[1],
        BODY[3],
    ),
    # 16. look-alike: a headline in title case that names a paper after "for" and a bullet
    _page(
        "headline-for-paper.txt",
        "Top Award for Mossend Herald Silo Blast Pictures",
        "Dunstan Record",
        "Top Award for Mossend Herald Silo Blast Pictures",
        F("By Kit Arlow, Dunstan Record"),
        "Pictures of Thursday's grain silo explosion on Brackley Quay taken by the Mossend "
        "Herald's photographers have won the county's press award, the judges said.",
        LEDE_A,
        BODY[0],
    ),
)

PAGES_AND_FURNITURE = PAGES_AND_FURNITURE + SITE_FURNITURE_PAGES_AND_FURNITURE
PAGES = tuple(page for page, _ in PAGES_AND_FURNITURE)

#: The headline and the story every single line below is set in (the line under the headline,
#: or closing the page), and the outlet a reader takes from the line (None: none).
LINE_HEADLINE = "Seven hurt as dust blast rips roof off Mossend grain silo"
BYLINES = (
    ("Orla Penn / Pellow Valley Chronicle", "Pellow Valley Chronicle"),
    ("Story by Dara Vesk • Tullow Sentinel", "Tullow Sentinel"),
    ("By Dara Vesk · Tullow Sentinel", "Tullow Sentinel"),
    ("Dara Vesk • Tullow Sentinel | May 7, 2026", "Tullow Sentinel"),
    ("Kit Arlow and Orla Penn / The Dunstan Record", "Dunstan Record"),
    # a label before the writer, the day after a comma
    ("Words: Dara Vesk / Tullow Sentinel", "Tullow Sentinel"),
    ("Author: Dara Vesk, Tullow Sentinel", "Tullow Sentinel"),
    ("Dara Vesk, The Tullow Sentinel, May 7, 2026", "Tullow Sentinel"),
    ("Author: Dara Vesk, Mossend Grain Workers' Union", None),
    # a place after the writer, its day after a comma: no paper's name
    ("By Kit Arlow, Brackley, May 7, 2026", None),
    ("By Kit Arlow, Pellow Valley, Thursday, May 7, 2026", None),
    # a picture agency's credit, a writer's job, a body the writer speaks for, a place's path
    ("Ned Corrow / Getty Images", None),
    ("Ada Mirren • Staff Writer", None),
    ("Ada Mirren / Mossend Grain Workers' Union", None),
    ("News / Mossend / Brackley Quay", None),
    ("Mossend Port • Grain Silo • Explosion", None),
)
TOP_LINES = (
    ("Tullow Sentinel logo", "Tullow Sentinel"),
    ("The Dunstan Record logo", "Dunstan Record"),
    ("Mossend Port Authority logo", None),
)
CLOSING_LINES = (
    ("Follow the Carnwick Examiner on Facebook and Twitter.", "Carnwick Examiner"),
    ("Follow Tullow Sentinel on Instagram", "Tullow Sentinel"),
    ("Sign up for the Dunstan Record daily newsletter", "Dunstan Record"),
    ("Subscribe to the Pellow Valley Chronicle email newsletter.", "Pellow Valley Chronicle"),
    ("About the Tullow Sentinel", "Tullow Sentinel"),
    ("About the Author", None),
    ("About Mossend Port", None),
    ("Follow the Harbour Party on Twitter.", None),
    ("Follow the Carnwick Star on Twitter", "Carnwick Star"),
    ("Follow Orla Penn on Twitter.", None),
    # a writer whose surname ends as a paper's name may ("Star", "Leader") is followed by
    # name, without "the"
    ("Follow Kit Star on Twitter.", None),
    ("Follow Dara Leader on Instagram", None),
    ("Sign up for the Mossend Council newsletter", None),
    ("Sign up for the Mossend Grain Workers' Union newsletter", None),
)
#: Story sentences worded like the lines above: they stay in the story.
#: Headlines in title case worded like a logo's text: each titles its page.
LOGO_HEADLINES = ("Mossend Herald Unveils New Logo", "Port Of Mossend Logo")
LOOK_ALIKE_SENTENCES = (
    "The port unveiled a new logo in March, weeks before the explosion.",
    "The Mossend Port Authority logo was painted on the side of the silo.",
    "Workers were told to follow the evacuation plan on Thursday, the union said.",
)
