"""Invented folders of the copies real web folders hold, each labelled with its independent
sources: the test set of ``test_independent_sources_in_web_folders.py``.

Every text, place, person and local outlet here is invented. The wire agencies keep their
real names (Associated Press, Reuters) where the folder's point is how a page names them:
no sentence of theirs is quoted.

The labels were written before the engine was run on the folders, by these rules
(docs/how-it-works.md, "Independence"):

* a reprint of a story, with its own intro, its own headline, cuts or other page
  furniture, is one source with the story, and so is a page built on a wire story that
  keeps most of its sentences word for word (a local angle added on top);
* one outlet's articles are one source, however the outlet is written ("AP", "The
  Associated Press"; "Harlow Herald", "HarlowHerald.com") and whichever of its sections or
  editions printed them ("Meridian News" / "Meridian Sport", "FCN" / "FCN International");
* a story signed by another outlet's writer ("By Lena Ortiz, The Harlow Herald") on a page
  of a site that reprints it is the signing outlet's story;
* a page crediting an agency ("Reuters contributed to this report") is the agency's source
  only when it repeats the agency's story in the folder (a share of its sentences word for
  word); otherwise it is the page's own report;
* two outlets that quote one press release word for word inside reports of their own are
  two sources; two pages that run the release alone are one;
* an aggregator's page quoting half of another article is one source with it;
* a translation of an article is one source with it (not read by the engine: the matcher
  compares words of one language).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from corroborate.engine import analyze

#: The wire story: a spillway fails in the invented Carran Valley. Its dateline is added
#: where a page keeps it.
WIRE = (
    "The spillway of the Orvale Reservoir gave way early Tuesday, sending a wall of water "
    "down the Carran Valley and forcing about 3,000 people from their homes.",
    "State emergency director Ilse Marrow said four people were missing and at least 11 had "
    "been taken to hospital.",
    "The water reached the outskirts of Dunmere, a town of 9,000, shortly after dawn.",
    "Rescue crews in boats pulled dozens of residents from rooftops along the valley road.",
    "The concrete spillway was built in 1971 and had been scheduled for repairs next spring, "
    "according to state records.",
    "Engineers had warned in a 2023 inspection that cracks in its lower wall were growing.",
    "Governor Paul Essen declared a state of emergency in Carran County and asked for "
    "federal help.",
    "Schools in Dunmere and two nearby villages will be closed for the rest of the week.",
    "The Lindmark Water Authority said it had begun lowering the reservoir to ease pressure "
    "on the dam itself.",
    "Forecasters expect more rain in the valley on Thursday.",
)
WIRE_DATELINE = "BRACKMOOR, Lindmark (AP) — "

#: Reports written apart from the wire and from one another.
HERALD = (
    "Floodwater from the broken Orvale spillway swept through farms west of Dunmere on "
    "Tuesday morning.",
    "Farmer Tobias Grell watched his barn roof drift past the church tower, he told the Herald.",
    "Volunteers from the Dunmere rowing club ferried elderly neighbours to the school gym.",
    "County officials have not said how many houses were lost.",
    "The Herald counted at least 40 flooded cars on Mill Street alone.",
    "Power was cut across the western half of the county by midday.",
)
POST = (
    "Questions are mounting over why repairs to the Orvale spillway were put off for three "
    "years before it failed and flooded the Carran Valley.",
    "Budget papers show the work was dropped from the state plan in 2024 to pay for road projects.",
    "Lawmaker Edda Vorn called for a hearing before the end of the month.",
    "A spokesman for the water authority declined to comment on the delay.",
    "Residents of Dunmere who lost homes in the flood gathered outside the county offices on "
    "Tuesday evening.",
    "Insurers said flood claims in the valley could run into the millions.",
)
STATION = (
    "Our crew in Dunmere saw water from the failed Orvale spillway rise to the second floor of "
    "houses on Bell Lane as the Carran Valley flooded.",
    "Firefighter Jonas Keel said his team made more than 30 rescues before noon.",
    "The Red Cross opened a shelter at the Carran County fairgrounds.",
    "Drivers are asked to stay off Route 9 between Dunmere and Ashby.",
    "A boil-water notice is in place for the whole town until further notice.",
)
COURIER = (
    "Brackmoor's hospital treated swimmers, farmers and a bus driver pulled from the "
    "Carran Valley flood on Tuesday after the Orvale Reservoir's spillway failed.",
    "Doctor Hanne Ostrow said most patients had cuts and mild cold injuries.",
    "Two patients from Dunmere were in serious condition late in the day.",
    "Blood donors were asked to come to the hospital's east wing.",
    "The hospital has moved its car park to higher ground as a precaution.",
)
#: Later reports by one outlet: an evening story of the Herald's, told apart from its morning one.
HERALD_EVENING = (
    "By nightfall the water had begun to fall back from the streets of Dunmere.",
    "Crews found the body of a man near the Ashby bridge late on Tuesday, the sheriff said.",
    "Three people remain missing.",
    "Shops on the high street began pumping out mud and water.",
    "The county will open a help desk for flood victims at the library on Wednesday.",
)
#: A second story by the wire agency, its own sidebar.
WIRE_SIDEBAR = (
    "Dams of the Orvale Reservoir's age are common across the region, and many have not been "
    "inspected in a decade.",
    "A federal survey last year listed 212 dams in Lindmark as in poor condition.",
    "Repairs to such spillways can cost tens of millions of dollars.",
    "State budgets have rarely set aside enough money for the work, experts say.",
    "The federal dam safety office said it would send inspectors to the valley this week.",
)
#: A press release, and the own reporting around it of two outlets quoting it whole.
RELEASE = (
    "The Lindmark Water Authority has begun a controlled release from the Orvale Reservoir.",
    "The release will lower the water level by two metres over the next 48 hours.",
    "Residents below the dam are asked to stay away from the riverbank during the release.",
    "Authority engineers are inspecting the main dam wall around the clock.",
    "A further update will be issued on Wednesday at noon.",
)
RELEASE_TOP = "The water authority said in a statement:"
GAZETTE_OWN = (
    "Families in Dunmere spent Tuesday night in the school gym as the water slowly fell.",
    "Teacher Mirela Haas said pupils had brought blankets from home for their neighbours.",
    "The town's only bridge over the Carran stays closed to traffic.",
    "A farmer on the valley road said he had lost 60 sheep.",
    "Church groups collected food and clothes in Ashby.",
)
CHRONICLE_OWN = (
    "Downstream in Ashby, residents filled sandbags through the night.",
    "The Ashby mayor, Corin Lask, said the town's levee had held so far.",
    "Trains between Ashby and Brackmoor were cancelled.",
    "The town's market will not open on Wednesday.",
    "Local pubs offered free meals to rescue crews.",
)
#: The Herald's story in another language (its translation is :data:`HERALD`).
HERALD_GERMAN = (
    "Das Hochwasser aus dem gebrochenen Orvale-Überlauf überflutete am Dienstagmorgen Höfe "
    "westlich von Dunmere.",
    "Der Landwirt Tobias Grell sah, wie sein Scheunendach am Kirchturm vorbeitrieb, sagte er "
    "dem Herald.",
    "Freiwillige des Ruderclubs von Dunmere brachten ältere Nachbarn in die Turnhalle der Schule.",
    "Die Behörden des Bezirks haben nicht gesagt, wie viele Häuser zerstört wurden.",
    "Der Herald zählte allein in der Mill Street mindestens 40 überflutete Autos.",
    "Bis Mittag fiel im westlichen Teil des Bezirks der Strom aus.",
)

#: Page furniture of a few kinds, around a story's text.
NAV = ("Home | News | Sport | Weather | Opinion", "Sign in", "Subscribe")
SHARE = ("Share this article", "Facebook Twitter Email")
NEWSLETTER = ("Sign up for our morning newsletter", "Enter your email address")
COOKIES = ("We use cookies to improve your experience. Accept all cookies",)
RELATED = ("Related stories", "Storm damage across the region", "Weather warning for Thursday")


@dataclass(frozen=True)
class Folder:
    """One invented folder: its files' texts and, labelled by hand, its independent sources
    (each a set of file names); ``reason`` says why a case is left failing (xfail)."""

    name: str
    files: dict[str, str]
    sources: tuple[frozenset[str], ...]
    reason: str = ""


def independent_sources(
    folder: Folder, make_folder: Callable[[dict[str, str]], Path]
) -> set[frozenset[str]]:
    """The independent sources the engine finds in ``folder``, each as its set of file names."""
    analysis = analyze(make_folder(folder.files))
    return {
        frozenset(analysis.articles[i].file for i in group.articles) for group in analysis.groups
    }


def folder_params(folders: Iterable[Folder]) -> list:
    """``folders`` as pytest parameters named after each folder, the ones with a ``reason``
    marked as known failures (strict: a folder that starts passing is reported)."""
    return [
        pytest.param(f, id=f.name, marks=pytest.mark.xfail(reason=f.reason, strict=True))
        if f.reason
        else pytest.param(f, id=f.name)
        for f in folders
    ]


def page(
    title: str,
    body: tuple[str, ...] | list[str],
    *,
    top: tuple[str, ...] = (),
    bottom: tuple[str, ...] = (),
) -> str:
    """A saved page's text: a headline, lines above the story, its paragraphs, lines below."""
    return "\n\n".join([title, *top, *body, *bottom]) + "\n"


def wire(dateline: bool = True, upto: int = len(WIRE)) -> list[str]:
    """The wire story's paragraphs, its dateline kept or not, cut after ``upto``."""
    body = list(WIRE[:upto])
    if dateline:
        body[0] = WIRE_DATELINE + body[0]
    return body


def _s(*groups: tuple[str, ...] | list[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g) for g in groups)


HERALD_PAGE = page(
    "Floodwater sweeps farms west of Dunmere | Harlow Herald",
    HERALD,
    bottom=("© 2026 Harlow Herald. All rights reserved.",),
)
POST_PAGE = page(
    "Why were spillway repairs put off? - Kessick Post",
    POST,
    bottom=("Copyright 2026 Kessick Post",),
)
STATION_PAGE = page(
    "Water reaches second floors in Dunmere",
    STATION,
    top=("By KVTR Staff",),
    bottom=("Copyright 2026 KVTR. All rights reserved.",),
)
COURIER_PAGE = page(
    "Hospital treats flood victims | Fennick Courier",
    COURIER,
    bottom=("© 2026 Fennick Courier",),
)
WIRE_PAGE = page(
    "Spillway fails, thousands flee flood in Carran Valley",
    wire(),
    bottom=("Copyright 2026 The Associated Press. All rights reserved.",),
)

FOLDERS: tuple[Folder, ...] = (
    Folder(
        "wire reprinted by three sites, each with its own intro and cuts",
        {
            "ap.txt": WIRE_PAGE,
            "herald-reprint.txt": page(
                "Thousands flee as Orvale spillway fails | Harlow Herald",
                [
                    "Readers in the valley have sent us photos of the flooding this morning.",
                    *wire()[:8],
                ],
                bottom=("© 2026 Harlow Herald",),
            ),
            "post-reprint.txt": page(
                "Carran Valley flood: thousands leave homes - Kessick Post",
                ["Here is the latest on the flood from the wire.", *wire()[:6]],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "kvtr-reprint.txt": page(
                "Spillway gives way upstream of Dunmere",
                ["KVTR is following the flood and will update this story.", *wire()[:7]],
                bottom=("Copyright 2026 KVTR. All rights reserved.",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(
            ["ap.txt", "herald-reprint.txt", "post-reprint.txt", "kvtr-reprint.txt"],
            ["courier.txt"],
        ),
    ),
    Folder(
        "wire reprinted by three sites with its dateline cut and each site's name",
        {
            "wire.txt": WIRE_PAGE,
            "site1.txt": page(
                "Orvale spillway fails | Harlow Herald",
                wire(dateline=False),
                top=("By Herald wire services",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "site2.txt": page(
                "Orvale spillway fails - Kessick Post",
                wire(dateline=False, upto=7),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "site3.txt": page(
                "Flood forces 3,000 from homes",
                wire(dateline=False, upto=5),
                top=("By KVTR Staff",),
                bottom=("Copyright 2026 KVTR. All rights reserved.",),
            ),
            "own.txt": COURIER_PAGE,
        },
        _s(["wire.txt", "site1.txt", "site2.txt", "site3.txt"], ["own.txt"]),
    ),
    Folder(
        "wire rewritten with a local angle and two new paragraphs, crediting the wire",
        {
            "ap.txt": WIRE_PAGE,
            "local.txt": page(
                "Fennick families with relatives in Dunmere wait for news | Fennick Courier",
                [
                    "Fennick families with relatives in the Carran Valley spent Tuesday trying "
                    "to reach them by phone.",
                    "Marta Quill said her brother's farm near Dunmere was under water but he "
                    "was safe.",
                    *WIRE[:6],
                    "The Associated Press contributed to this report.",
                ],
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt", "local.txt"], ["post.txt"]),
    ),
    Folder(
        "wire rewritten with a local angle, most of its sentences kept and no credit",
        {
            "ap.txt": WIRE_PAGE,
            "local.txt": page(
                "Fennick families wait for news from the valley | Fennick Courier",
                [
                    "Fennick families with relatives in the Carran Valley spent Tuesday trying "
                    "to reach them by phone.",
                    "Marta Quill said her brother's farm near Dunmere was under water but he "
                    "was safe.",
                    *WIRE[:8],
                ],
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt", "local.txt"], ["post.txt"]),
    ),
    Folder(
        "wire rewritten with a local angle keeping a few of its sentences, crediting the wire",
        {
            "ap.txt": WIRE_PAGE,
            "local.txt": page(
                "Courier readers open homes to flood families | Fennick Courier",
                [
                    "Fennick families have offered spare rooms to people forced from their homes "
                    "in the Carran Valley.",
                    "Marta Quill said she had taken in a family of five from Dunmere.",
                    "The town's churches are collecting blankets and tinned food.",
                    WIRE[0],
                    WIRE[1],
                    "Fennick's council will discuss sending its own rescue boats on Wednesday.",
                    "Councillor Aldo Brin said the town owed the valley its help.",
                    "Information from The Associated Press was used in this report.",
                ],
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt", "local.txt"], ["post.txt"]),
    ),
    Folder(
        "one outlet's article saved twice, desktop and AMP, and as a print view",
        {
            "herald.html.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                HERALD,
                top=NAV,
                bottom=(*SHARE, *RELATED, "© 2026 Harlow Herald. All rights reserved."),
            ),
            "herald-amp.txt": page(
                "Floodwater sweeps farms west of Dunmere",
                HERALD,
                top=("Harlow Herald", "Menu"),
                bottom=("Back to top", "© 2026 Harlow Herald"),
            ),
            "herald-print.txt": page(
                "Floodwater sweeps farms west of Dunmere",
                HERALD,
                bottom=("Printed from harlowherald.com",),
            ),
            "post.txt": POST_PAGE,
            "kvtr.txt": STATION_PAGE,
        },
        _s(["herald.html.txt", "herald-amp.txt", "herald-print.txt"], ["post.txt"], ["kvtr.txt"]),
    ),
    Folder(
        "one outlet's two different articles, morning and evening",
        {
            "herald-morning.txt": HERALD_PAGE,
            "herald-evening.txt": page(
                "Water falls back as search goes on | Harlow Herald",
                HERALD_EVENING,
                bottom=("© 2026 Harlow Herald. All rights reserved.",),
            ),
            "post.txt": POST_PAGE,
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald-morning.txt", "herald-evening.txt"], ["post.txt"], ["courier.txt"]),
    ),
    Folder(
        "one outlet's two articles, one signed by name and one by its web address",
        {
            "herald-morning.txt": HERALD_PAGE,
            "herald-evening.txt": page(
                "Water falls back as search goes on | HarlowHerald.com",
                HERALD_EVENING,
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald-morning.txt", "herald-evening.txt"], ["post.txt"]),
    ),
    Folder(
        "an outlet's news and sport sections",
        {
            "news.txt": page("Floodwater sweeps farms west of Dunmere - Meridian News", HERALD),
            "sport.txt": page(
                "Dunmere rowing club turns rescue crew - Meridian Sport", HERALD_EVENING
            ),
            "post.txt": POST_PAGE,
        },
        _s(["news.txt", "sport.txt"], ["post.txt"]),
    ),
    Folder(
        "a network and its international edition",
        {
            "fcn.txt": page("Spillway fails in Carran Valley - FCN", HERALD),
            "fcn-intl.txt": page(
                "Search goes on after Carran Valley flood - FCN International", HERALD_EVENING
            ),
            "post.txt": POST_PAGE,
        },
        _s(["fcn.txt", "fcn-intl.txt"], ["post.txt"]),
    ),
    Folder(
        "the wire agency written three ways on three of its stories",
        {
            "ap1.txt": WIRE_PAGE,
            "ap2.txt": page(
                "Old dams across the region go uninspected",
                WIRE_SIDEBAR,
                top=("By The Associated Press",),
            ),
            "ap3.txt": page(
                "Search goes on after Carran Valley flood",
                [
                    "DUNMERE, Lindmark (Associated Press) — " + HERALD_EVENING[0],
                    *HERALD_EVENING[1:],
                ],
                bottom=("Copyright 2026 Associated Press",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap1.txt", "ap2.txt", "ap3.txt"], ["post.txt"]),
    ),
    Folder(
        "a paper's story printed on another site under its writer's byline",
        {
            "herald-evening.txt": page(
                "Water falls back as search goes on | Harlow Herald",
                HERALD_EVENING,
                bottom=("© 2026 Harlow Herald. All rights reserved.",),
            ),
            "post-syndicated.txt": page(
                "Floodwater sweeps farms west of Dunmere - Kessick Post",
                HERALD,
                top=("By Lena Ortiz, The Harlow Herald",),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald-evening.txt", "post-syndicated.txt"], ["courier.txt"]),
    ),
    Folder(
        "a paper's story printed on another site, and the paper's own page of it",
        {
            "herald.txt": HERALD_PAGE,
            "post-syndicated.txt": page(
                "Floodwater sweeps farms west of Dunmere - Kessick Post",
                HERALD,
                top=("By Lena Ortiz, The Harlow Herald",),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "post-own.txt": POST_PAGE,
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald.txt", "post-syndicated.txt"], ["post-own.txt"], ["courier.txt"]),
    ),
    Folder(
        "an aggregator's page running the wire story via Reuters",
        {
            "reuters.txt": page(
                "Spillway fails, thousands flee flood in Carran Valley",
                WIRE,
                bottom=("(Reporting by Ilka Raum; Editing by Sven Dorr)",),
            ),
            "digest.txt": page(
                "Thousands flee Carran Valley flood (via Reuters) | Brisk Digest",
                WIRE[:5],
                bottom=("via Reuters",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["reuters.txt", "digest.txt"], ["post.txt"]),
    ),
    Folder(
        "a paper's own report crediting Reuters, which copies nothing of Reuters' story",
        {
            "reuters.txt": page(
                "Spillway fails, thousands flee flood in Carran Valley",
                WIRE,
                bottom=("(Reporting by Ilka Raum; Editing by Sven Dorr)",),
            ),
            "post.txt": page(
                "Why were spillway repairs put off?",
                [*POST, "Reuters contributed to this report."],
                top=("By Edda Lorne",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["reuters.txt"], ["post.txt"], ["courier.txt"]),
    ),
    Folder(
        "a paper's own report crediting the AP, which copies nothing of its story",
        {
            "ap.txt": WIRE_PAGE,
            "station.txt": page(
                "Water reaches second floors in Dunmere",
                [*STATION, "The Associated Press contributed to this report."],
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt"], ["station.txt"], ["courier.txt"]),
    ),
    Folder(
        "a paper's story crediting Reuters and repeating some of its sentences",
        {
            "reuters.txt": page(
                "Spillway fails, thousands flee flood in Carran Valley",
                WIRE,
                bottom=("(Reporting by Ilka Raum; Editing by Sven Dorr)",),
            ),
            "post.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                [*POST, WIRE[0], WIRE[4], "Reuters contributed to this report."],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["reuters.txt", "post.txt"], ["courier.txt"]),
    ),
    Folder(
        "an aggregator quoting half of another article",
        {
            "herald.txt": HERALD_PAGE,
            "digest.txt": page(
                "Farms swept away in Carran Valley flood | Brisk Digest",
                [
                    "The Harlow Herald has a vivid account from the farms west of Dunmere.",
                    *HERALD[:3],
                    "Read the full story at the Harlow Herald.",
                ],
            ),
            "courier.txt": COURIER_PAGE,
            "kvtr.txt": STATION_PAGE,
        },
        _s(["herald.txt", "digest.txt"], ["courier.txt"], ["kvtr.txt"]),
    ),
    Folder(
        "an aggregator quoting half of another article inside quotation marks",
        {
            "herald.txt": HERALD_PAGE,
            "digest.txt": page(
                "Farms swept away in Carran Valley flood | Brisk Digest",
                [
                    "The Harlow Herald reports from the farms west of Dunmere:",
                    *(f"“{s}”" for s in HERALD[:4]),
                    "Read the full story at the Harlow Herald.",
                ],
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald.txt", "digest.txt"], ["post.txt"]),
    ),
    Folder(
        "two outlets quoting one press release word for word in reports of their own",
        {
            "gazette.txt": page(
                "Dunmere families spend night in school gym | Ashby Gazette",
                [GAZETTE_OWN[0], RELEASE_TOP, *RELEASE, *GAZETTE_OWN[1:]],
                bottom=("© 2026 Ashby Gazette",),
            ),
            "chronicle.txt": page(
                "Ashby fills sandbags as reservoir is lowered | Brackmoor Chronicle",
                [CHRONICLE_OWN[0], RELEASE_TOP, *RELEASE, *CHRONICLE_OWN[1:]],
                bottom=("© 2026 Brackmoor Chronicle",),
            ),
            "courier.txt": COURIER_PAGE,
            "kvtr.txt": STATION_PAGE,
        },
        _s(["gazette.txt"], ["chronicle.txt"], ["courier.txt"], ["kvtr.txt"]),
    ),
    Folder(
        "two sites running one press release alone",
        {
            "gazette.txt": page(
                "Water authority begins controlled release | Ashby Gazette",
                RELEASE,
                bottom=("© 2026 Ashby Gazette",),
            ),
            "chronicle.txt": page(
                "Controlled release from Orvale Reservoir | Brackmoor Chronicle",
                RELEASE,
                bottom=("© 2026 Brackmoor Chronicle",),
            ),
            "post.txt": POST_PAGE,
            "courier.txt": COURIER_PAGE,
        },
        _s(["gazette.txt", "chronicle.txt"], ["post.txt"], ["courier.txt"]),
    ),
    Folder(
        "an article and its translation into another language",
        {
            "herald.txt": HERALD_PAGE,
            "herald-de.txt": page("Hochwasser überflutet Höfe westlich von Dunmere", HERALD_GERMAN),
            "post.txt": POST_PAGE,
        },
        _s(["herald.txt", "herald-de.txt"], ["post.txt"]),
        reason="a page in another language is left out as unread (the matcher compares words "
        "of one language), so its source is not counted",
    ),
    Folder(
        "copies that differ only in their page furniture",
        {
            "post-a.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                POST,
                top=(*COOKIES, *NAV),
                bottom=(*NEWSLETTER, "Copyright 2026 Kessick Post"),
            ),
            "post-b.txt": page(
                "Why were spillway repairs put off?",
                POST,
                top=("Advertisement",),
                bottom=(*SHARE, *RELATED),
            ),
            "post-c.txt": page("Why were spillway repairs put off?", POST),
            "herald.txt": HERALD_PAGE,
        },
        _s(["post-a.txt", "post-b.txt", "post-c.txt"], ["herald.txt"]),
    ),
    Folder(
        "a short item copied by a site with only its headline changed",
        {
            "courier.txt": COURIER_PAGE,
            "copy.txt": page("Flood victims fill Brackmoor hospital", COURIER),
            "kvtr.txt": STATION_PAGE,
        },
        _s(["courier.txt", "copy.txt"], ["kvtr.txt"]),
    ),
    Folder(
        "the wire's early version and its later full story",
        {
            "ap-early.txt": page(
                "BREAKING: Spillway fails in Carran Valley",
                [WIRE_DATELINE + WIRE[0], "This is a breaking news update. Check back for more."],
                bottom=("Copyright 2026 The Associated Press. All rights reserved.",),
            ),
            "ap-full.txt": WIRE_PAGE,
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap-early.txt", "ap-full.txt"], ["courier.txt"]),
    ),
    Folder(
        "independent reports sharing one official's quotation",
        {
            "herald.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                [
                    *HERALD[:3],
                    "“We are doing everything we can to find the missing,” Governor Paul "
                    "Essen said.",
                    *HERALD[3:],
                ],
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                [
                    *POST[:2],
                    "“We are doing everything we can to find the missing,” Governor Paul "
                    "Essen said.",
                    *POST[2:],
                ],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald.txt"], ["post.txt"], ["courier.txt"]),
    ),
    Folder(
        "two short independent briefs told in nearly the same plain words",
        {
            "brief1.txt": page(
                "Dunmere schools closed | Harlow Herald",
                [
                    "Schools in Dunmere will be closed for the rest of the week after Tuesday's "
                    "flood, the county said.",
                    "Parents were told by text message on Tuesday night.",
                ],
                bottom=("© 2026 Harlow Herald",),
            ),
            "brief2.txt": page(
                "Flood shuts Dunmere schools - Kessick Post",
                [
                    "Schools in Dunmere will stay closed for the rest of the week because of "
                    "the flood, county officials said.",
                    "Teachers will set work online from Thursday.",
                ],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["brief1.txt"], ["brief2.txt"], ["courier.txt"]),
    ),
    Folder(
        "two papers whose names share their first words",
        {
            "post.txt": page(
                "Why were spillway repairs put off? - Fennick Post",
                POST,
                bottom=("Copyright 2026 Fennick Post",),
            ),
            "post-gazette.txt": page(
                "Floodwater sweeps farms west of Dunmere - Fennick Post-Gazette",
                HERALD,
                bottom=("Copyright 2026 Fennick Post-Gazette",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["post.txt"], ["post-gazette.txt"], ["courier.txt"]),
    ),
    Folder(
        "a nonprofit newsroom's story republished by two sites",
        {
            "valleywatch.txt": page(
                "Why were spillway repairs put off? | Valley Watch",
                POST,
                bottom=("© 2026 Valley Watch",),
            ),
            "repub1.txt": page(
                "Why were spillway repairs put off?",
                POST,
                bottom=(
                    "This article was originally published by Valley Watch and is republished "
                    "here with permission.",
                ),
            ),
            "repub2.txt": page(
                "Spillway repairs were put off for three years",
                POST[:4],
                top=("By Edda Lorne, Valley Watch",),
                bottom=("© 2026 Ashby Gazette",),
            ),
            "herald.txt": HERALD_PAGE,
        },
        _s(["valleywatch.txt", "repub1.txt", "repub2.txt"], ["herald.txt"]),
    ),
    Folder(
        "a republished story whose original is not in the folder, with another story of its outlet",
        {
            "repub.txt": page(
                "Why were spillway repairs put off?",
                POST,
                bottom=(
                    "This article originally appeared on Valley Watch.",
                    "© 2026 Ashby Gazette",
                ),
            ),
            "valleywatch.txt": page(
                "Water falls back as search goes on | Valley Watch",
                HERALD_EVENING,
                bottom=("© 2026 Valley Watch",),
            ),
            "herald.txt": HERALD_PAGE,
        },
        _s(["repub.txt", "valleywatch.txt"], ["herald.txt"]),
    ),
    Folder(
        "a station page running the wire story under the wire's copyright, and the wire's sidebar",
        {
            "kvtr.txt": page(
                "Spillway fails upstream of Dunmere - KVTR",
                wire(dateline=False, upto=8),
                bottom=("Copyright 2026 The Associated Press. All rights reserved.",),
            ),
            "ap-sidebar.txt": page(
                "Old dams across the region go uninspected",
                [
                    "WASHINGTON (AP) — " + WIRE_SIDEBAR[0],
                    *WIRE_SIDEBAR[1:],
                ],
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr.txt", "ap-sidebar.txt"], ["courier.txt"]),
    ),
    Folder(
        "a wire story reworded sentence by sentence by a site",
        {
            "ap.txt": WIRE_PAGE,
            "reworded.txt": page(
                "Thousands flee as Carran Valley spillway collapses - Kessick Post",
                [
                    "Early on Tuesday the Orvale Reservoir's spillway gave way, sending a wall "
                    "of water down the Carran Valley and driving about 3,000 people from "
                    "their homes.",
                    "Four people were missing and at least 11 were in hospital, state emergency "
                    "director Ilse Marrow said.",
                    "Shortly after dawn the water reached the outskirts of Dunmere, a town of "
                    "9,000.",
                    "Along the valley road, rescue crews in boats pulled dozens of residents "
                    "from rooftops.",
                    "According to state records, the concrete spillway was built in 1971 and "
                    "was due for repairs next spring.",
                    "A 2023 inspection had warned that cracks in its lower wall were growing, "
                    "engineers said.",
                    "A state of emergency was declared in Carran County by Governor Paul "
                    "Essen, who asked for federal help.",
                    "For the rest of the week, schools in Dunmere and two nearby villages will "
                    "be closed.",
                    "To ease pressure on the dam itself, the Lindmark Water Authority said it "
                    "had begun lowering the reservoir.",
                    "More rain is expected in the valley on Thursday, forecasters said.",
                ],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "reworded.txt"], ["courier.txt"]),
    ),
    Folder(
        "a live page quoting one wire paragraph among its own entries",
        {
            "ap.txt": WIRE_PAGE,
            "live.txt": page(
                "Live: Carran Valley flood | KVTR",
                [
                    "9:12 a.m. Our crew in Dunmere saw the water rise to the second floor of "
                    "houses on Bell Lane.",
                    "9:40 a.m. Firefighter Jonas Keel said his team had made 12 rescues so far.",
                    "10:05 a.m. " + WIRE[6],
                    "10:30 a.m. The Red Cross opened a shelter at the Carran County fairgrounds.",
                    "11:15 a.m. Drivers are asked to stay off Route 9 between Dunmere and Ashby.",
                    "11:50 a.m. A boil-water notice is in place for the whole town.",
                ],
                bottom=("Copyright 2026 KVTR. All rights reserved.",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt"], ["live.txt"], ["courier.txt"]),
    ),
)

#: Forty identical copies of the wire page under forty sites' file names, and three reports of
#: their own: four sources.
FORTY_COPIES = Folder(
    "forty identical copies of the wire story and three reports of their own",
    {
        **{f"site{number:02}.txt": WIRE_PAGE for number in range(40)},
        "herald.txt": HERALD_PAGE,
        "post.txt": POST_PAGE,
        "courier.txt": COURIER_PAGE,
    },
    _s(
        [f"site{number:02}.txt" for number in range(40)],
        ["herald.txt"],
        ["post.txt"],
        ["courier.txt"],
    ),
)

#: The wire story's sentences as a site's editor retouches them (a word changed, a clause moved).
WIRE_EDITED = (
    "The Orvale Reservoir's spillway gave way early on Tuesday, sending a wall of water down "
    "the Carran Valley and forcing some 3,000 people from their homes.",
    "Four people were missing and at least 11 had been taken to hospital, state emergency "
    "director Ilse Marrow said.",
    "The water reached the edge of Dunmere, a town of 9,000, shortly after dawn.",
)
#: The wire's later version: a new top, the early version's middle kept, more paragraphs.
WIRE_LATER = (
    "The death toll from the collapse of the Orvale Reservoir spillway rose to two on "
    "Wednesday as searchers found a second body near Ashby.",
    "Two people remain missing, state emergency director Ilse Marrow said.",
    "The flood forced about 3,000 people from their homes when the spillway gave way early "
    "Tuesday.",
    WIRE[3],
    WIRE[4],
    WIRE[5],
    "Federal inspectors arrived in the valley on Wednesday morning.",
    "Governor Paul Essen toured Dunmere by boat and promised money to rebuild.",
    "The water authority said the main dam wall was holding.",
    "Residents began returning to some streets on Wednesday afternoon.",
)

SECOND_BATCH: tuple[Folder, ...] = (
    Folder(
        "the wire story cut short by a site that retouches some of its sentences",
        {
            "ap.txt": WIRE_PAGE,
            "site.txt": page(
                "Spillway collapse floods Carran Valley - Kessick Post",
                [*WIRE_EDITED, WIRE[3], WIRE[4], WIRE[6]],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "site.txt"], ["courier.txt"]),
    ),
    Folder(
        "the wire's early and later versions reprinted by two sites without its dateline",
        {
            "early.txt": page(
                "Spillway fails in Carran Valley | Harlow Herald",
                wire(dateline=False, upto=8),
                bottom=("© 2026 Harlow Herald",),
            ),
            "later.txt": page(
                "Toll rises to two after spillway collapse - Kessick Post",
                WIRE_LATER,
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["early.txt", "later.txt"], ["courier.txt"]),
        reason="the later version keeps three of the early one's eight sentences word for "
        "word, under the share that makes two pages copies (a report borrowing two sentences "
        "of seven is its own source), and neither page names the wire",
    ),
    Folder(
        "a station page signed by the wire agency alone under the station's copyright",
        {
            "kvtr.txt": page(
                "Spillway fails upstream of Dunmere",
                wire(dateline=False, upto=8),
                top=("By The Associated Press",),
                bottom=("Copyright 2026 KVTR. All rights reserved.",),
            ),
            "ap-sidebar.txt": page(
                "Old dams across the region go uninspected",
                ["WASHINGTON (AP) — " + WIRE_SIDEBAR[0], *WIRE_SIDEBAR[1:]],
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr.txt", "ap-sidebar.txt"], ["courier.txt"]),
    ),
    Folder(
        "a news platform's two pages carrying two outlets' stories, each naming its provider",
        {
            "platform-herald.txt": page(
                "Floodwater sweeps farms west of Dunmere",
                HERALD,
                top=("By Lena Ortiz, Harlow Herald",),
                bottom=("© 2026 Brisk Media",),
            ),
            "platform-post.txt": page(
                "Why were spillway repairs put off?",
                POST,
                top=("By Edda Lorne, Kessick Post",),
                bottom=("© 2026 Brisk Media",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["platform-herald.txt"], ["platform-post.txt"], ["courier.txt"]),
    ),
    Folder(
        "one paper named with and without its company's ending",
        {
            "morning.txt": page(
                "Floodwater sweeps farms west of Dunmere",
                HERALD,
                bottom=("© 2026 Harlow Herald, LLC. All rights reserved.",),
            ),
            "evening.txt": page(
                "Water falls back as search goes on | Harlow Herald",
                HERALD_EVENING,
            ),
            "post.txt": POST_PAGE,
        },
        _s(["morning.txt", "evening.txt"], ["post.txt"]),
    ),
    Folder(
        "a station named by its call letters and by its call letters and band",
        {
            "kvtr.txt": STATION_PAGE,
            "kvtr-tv.txt": page("Water falls back as search goes on - KVTR-TV", HERALD_EVENING),
            "post.txt": POST_PAGE,
        },
        _s(["kvtr.txt", "kvtr-tv.txt"], ["post.txt"]),
    ),
    Folder(
        "a paper's own report with the wire agency's photo credits",
        {
            "ap.txt": WIRE_PAGE,
            "herald.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                [HERALD[0], "(Lee Park/AP Photo)", *HERALD[1:], "Photo: Sam Reyes/AP"],
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt"], ["herald.txt"], ["post.txt"]),
    ),
    Folder(
        "two stations of one owner running the wire story with their own first lines",
        {
            "ap.txt": WIRE_PAGE,
            "kvtr.txt": page(
                "Spillway fails upstream of Dunmere - KVTR",
                ["KVTR viewers in the valley sent us video of the water this morning.", *WIRE[:5]],
                bottom=("© 2026 Nexstar Media Inc. All rights reserved.",),
            ),
            "kbrk.txt": page(
                "Carran Valley flood: what we know - KBRK",
                ["KBRK will keep this page updated through the day.", *WIRE[:6]],
                bottom=("© 2026 Nexstar Media Inc. All rights reserved.",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "kvtr.txt", "kbrk.txt"], ["courier.txt"]),
    ),
    Folder(
        "two papers' own reports of one statement, each quoting it whole inside its report",
        {
            "herald.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                [*HERALD[:3], RELEASE_TOP, *RELEASE[:3], *HERALD[3:]],
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                [*POST[:3], RELEASE_TOP, *RELEASE[:3], *POST[3:]],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald.txt"], ["post.txt"], ["courier.txt"]),
    ),
    Folder(
        "a syndicated story signed by the paper's name alone on another site",
        {
            "herald-evening.txt": page(
                "Water falls back as search goes on | Harlow Herald",
                HERALD_EVENING,
                bottom=("© 2026 Harlow Herald",),
            ),
            "post-syndicated.txt": page(
                "Floodwater sweeps farms west of Dunmere - Kessick Post",
                HERALD,
                top=("By the Harlow Herald",),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "post-own.txt": POST_PAGE,
        },
        _s(["herald-evening.txt", "post-syndicated.txt"], ["post-own.txt"]),
    ),
    Folder(
        "the wire story saved as a page and pasted as plain text with its paragraphs run together",
        {
            "ap.txt": WIRE_PAGE,
            "pasted.txt": "Spillway fails, thousands flee flood in Carran Valley\n\n"
            + " ".join(wire()[:5])
            + "\n\n"
            + " ".join(wire()[5:])
            + "\n",
            "herald.txt": HERALD_PAGE,
        },
        _s(["ap.txt", "pasted.txt"], ["herald.txt"]),
    ),
)

#: A follow-up report that names the spillway but neither the valley nor its towns.
FOLLOW_UP = (
    "Questions are mounting over why repairs to the Orvale spillway were put off for three years.",
    *POST[1:4],
    "Residents who lost homes gathered outside the county offices on Tuesday evening.",
    POST[5],
)

#: Folders whose independent report the off-topic screen once left out: a report beside a wire
#: story and a page built on it (one voice, text/screening.shared_voices) is kept.
SCREENED: tuple[Folder, ...] = (
    Folder(
        "a follow-up report beside a wire story and a local page crediting it",
        {
            "ap.txt": WIRE_PAGE,
            "local.txt": page(
                "Courier readers open homes to flood families | Fennick Courier",
                [
                    "Fennick families have offered spare rooms to people forced from their homes "
                    "in the Carran Valley.",
                    "Marta Quill said she had taken in a family of five from Dunmere.",
                    "The town's churches are collecting blankets and tinned food.",
                    WIRE[0],
                    WIRE[1],
                    "Fennick's council will discuss sending its own rescue boats on Wednesday.",
                    "Councillor Aldo Brin said the town owed the valley its help.",
                    "Information from The Associated Press was used in this report.",
                ],
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                FOLLOW_UP,
                bottom=("Copyright 2026 Kessick Post",),
            ),
        },
        _s(["ap.txt", "local.txt"], ["post.txt"]),
    ),
    Folder(
        "a hospital's day beside a paper's story and an aggregator quoting half of it",
        {
            "herald.txt": HERALD_PAGE,
            "digest.txt": page(
                "Farms swept away in Carran Valley flood | Brisk Digest",
                [
                    "The Harlow Herald has a vivid account from the farms west of Dunmere.",
                    *HERALD[:3],
                    "Read the full story at the Harlow Herald.",
                ],
            ),
            "courier.txt": page(
                "Hospital treats flood victims | Fennick Courier",
                [
                    "Brackmoor's hospital treated swimmers, farmers and a bus driver pulled "
                    "from the flood on Tuesday.",
                    *COURIER[1:],
                ],
                bottom=("© 2026 Fennick Courier",),
            ),
        },
        _s(["herald.txt", "digest.txt"], ["courier.txt"]),
    ),
)
