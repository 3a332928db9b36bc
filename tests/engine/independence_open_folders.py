"""A third set of invented folders labelled with their independent sources: the forms the first
two sets (``independence_folders.py``) left open. A station's reporters signing with its
newscast's or a programme's name, a network's affiliates reprinting its copy, a regional site's
sections, syndication lines ("Distributed by …", "This story was produced by … in partnership
with …", "Compiled from wire reports", "Staff and wire reports", "From wire services"), a
newspaper group's sister papers sharing one reporter's story, a wire credit only in the last
line ("— Reuters"), a rewrite keeping the wire's quotes and figures paragraph by paragraph, an
opinion column beside its paper's news story, and a press release printed by two outlets.

Every text, place, person and outlet here is invented; the wire agencies keep their real names
where the folder's point is how a page names them, and no sentence of theirs is quoted. The
labels were written before the engine read the folders, by the rules of docs/how-it-works.md
("Independence"), with these added for the forms new here:

* a station's newscast or programme ("Eyewitness News at 6", "World Tonight") is the station's
  or the network's own: a reporter signing with it signs with the station; two stations whose
  newscasts share a name are two sources;
* an affiliate running its network's story is one source with the network's story;
* a section or desk of an outlet is the outlet ("Business | Tessel Valley News");
* a story a page credits to wire services without naming one ("Compiled from wire reports",
  "Staff and wire reports", "From wire services") is one source with an agency's story in the
  folder when it repeats some of its sentences word for word, as a page crediting the agency
  by name is; otherwise it is its own report;
* a story signed off by an agency alone in its last line ("— Reuters") is the agency's story;
* a story produced by one newsroom and printed by a partner ("This story was produced by
  Carran Public Media in partnership with the Kessick Post") is the producing newsroom's;
* a column a syndicate distributes, printed by two papers, is one source;
* sister papers of one group printing one reporter's story are one source for it;
* a rewrite that keeps the wire's quotes and figures sentence by sentence is one source with it;
* an opinion column and a news story on one paper's site are one source (one outlet);
* a press release printed by two outlets with nothing of their own is one source; with a
  report of their own around it, two (as in the first set).
"""

from __future__ import annotations

from independence_folders import (
    COURIER,
    COURIER_PAGE,
    HERALD,
    HERALD_EVENING,
    HERALD_PAGE,
    POST,
    POST_PAGE,
    RELEASE,
    STATION,
    STATION_PAGE,
    WIRE,
    WIRE_EDITED,
    WIRE_PAGE,
    WIRE_SIDEBAR,
    Folder,
    _s,
    page,
    wire,
)

KVTR_RIGHTS = "Copyright 2026 KVTR. All rights reserved."
KBRK_RIGHTS = "Copyright 2026 KBRK. All rights reserved."
REUTERS_CREDIT = "(Reporting by Ilka Raum; Editing by Sven Dorr)"
REUTERS_PAGE = page(
    "Spillway fails, thousands flee flood in Carran Valley", WIRE, bottom=(REUTERS_CREDIT,)
)
REUTERS_SIDEBAR = page(
    "Old dams across the region go uninspected", WIRE_SIDEBAR, bottom=(REUTERS_CREDIT,)
)

#: A columnist's piece a syndicate distributes.
COLUMN = (
    "Every few years a valley learns again what engineers already knew about its dam.",
    "The Orvale spillway did not fail by surprise; it failed on schedule, after a decade of "
    "warnings filed and forgotten.",
    "I have read the 2023 inspection, and its language is plain enough for any lawmaker.",
    "Cracks were growing, it said, and repairs could not wait another winter.",
    "They waited two.",
    "The people of Dunmere paid for that wait with their homes.",
    "Next time, and there will be a next time, the bill should go to those who signed the delay.",
)
#: A nonprofit newsroom's investigation a paper prints in partnership, and another of its stories.
NONPROFIT = (
    "State inspectors flagged the Orvale spillway as unsafe four times between 2019 and 2024, "
    "records obtained by Carran Public Media show.",
    "Each time the repair was listed as urgent, and each time it was moved to the next year's plan.",
    "Former inspector Willa Tarn said she had warned her supervisors in writing.",
    "The state's dam safety office has three inspectors for more than 400 dams.",
    "A spokesman for the office said staffing was a matter for the legislature.",
    "Two lawmakers have asked for the inspection files to be made public.",
)
NONPROFIT_OTHER = (
    "Carran Public Media has asked the state for every inspection report on the valley's dams.",
    "The request covers 14 dams upstream of Dunmere and Ashby.",
    "Officials have 20 days to answer under the state's records law.",
    "Residents at a meeting in Ashby on Wednesday asked whether their dam was next.",
    "The county engineer said the Ashby dam was inspected last year and found sound.",
)
#: A station network's own story (FCN), which affiliates run.
NETWORK = (
    "Federal dam inspectors will arrive in the Carran Valley on Wednesday, the network has learned.",
    "The team of six will examine the failed Orvale spillway and the main dam wall.",
    "A federal official said the inspection could take a week.",
    "The state has asked for emergency money to pay for the repairs.",
    "Lawmakers in the capital have called for a review of every dam of the Orvale's age.",
    "The network's crew saw heavy machinery moving onto the dam road on Tuesday night.",
)
#: The wire story retold sentence by sentence, its quotes and figures kept, the words around new.
WIRE_RETOLD = (
    "About 3,000 people fled their homes in the Carran Valley early Tuesday when the spillway "
    "of the Orvale Reservoir collapsed and a wall of water swept down.",
    "Four people are missing and at least 11 are in hospital, according to state emergency "
    "director Ilse Marrow.",
    "By shortly after dawn the water was lapping at the outskirts of Dunmere, home to 9,000.",
    "Crews in boats took dozens of people off rooftops along the valley road.",
    "State records show the concrete spillway went up in 1971 and was due to be repaired next "
    "spring.",
    "A 2023 inspection by engineers had found growing cracks in its lower wall.",
)
#: A regional site's business story.
BUSINESS = (
    "Insurers in the Carran Valley expect flood claims to run into the millions after the "
    "Orvale spillway failed.",
    "Farm supplier Hollen & Sons said its Dunmere warehouse was under a metre of water.",
    "The valley's chamber of commerce opened a help line for businesses on Wednesday.",
    "Banks said they would pause loan payments for flooded firms for three months.",
    "Economists said the closure of Route 9 would cost hauliers thousands a day.",
)
OPINION = (
    "The county failed Dunmere long before the water came.",
    "Its officials knew the spillway was cracked and chose road projects instead.",
    "Voters should remember that choice at the next election.",
    "The Herald has called for an independent inquiry, and we call for it again today.",
    "Nothing less will restore the valley's trust in those who run it.",
)

OPEN_FOLDERS: tuple[Folder, ...] = (
    # A broadcaster's newscast or programme as byline, a network's affiliates.
    Folder(
        "a station reporter signing with the station's newscast, beside the station's other story",
        {
            "kvtr-1.txt": page(
                "Water reaches second floors in Dunmere - KVTR",
                STATION,
                top=("By Lena Ortiz, Eyewitness News at 6",),
                bottom=(KVTR_RIGHTS,),
            ),
            "kvtr-2.txt": page(
                "Water falls back as search goes on - KVTR", HERALD_EVENING, bottom=(KVTR_RIGHTS,)
            ),
            "post.txt": POST_PAGE,
        },
        _s(["kvtr-1.txt", "kvtr-2.txt"], ["post.txt"]),
    ),
    Folder(
        "a station reporter signing with the station's branded newscast, beside its other story",
        {
            "kvtr-1.txt": page(
                "Water reaches second floors in Dunmere",
                STATION,
                top=("By Lena Ortiz, Harlow Action News",),
                bottom=(KVTR_RIGHTS,),
            ),
            "kvtr-2.txt": page(
                "Water falls back as search goes on - KVTR", HERALD_EVENING, bottom=(KVTR_RIGHTS,)
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr-1.txt", "kvtr-2.txt"], ["courier.txt"]),
    ),
    Folder(
        "a network programme's name as byline, beside the network's news story",
        {
            "fcn-news.txt": page("Spillway fails in Carran Valley - FCN", HERALD),
            "fcn-programme.txt": page(
                "Valley residents ask why repairs waited - FCN",
                POST,
                top=("By Lee Park, World Tonight",),
                bottom=("© 2026 FCN",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["fcn-news.txt", "fcn-programme.txt"], ["courier.txt"]),
    ),
    Folder(
        "two stations whose newscasts share a name",
        {
            "kvtr.txt": page(
                "Water reaches second floors in Dunmere",
                STATION,
                top=("By Lena Ortiz, Eyewitness News",),
                bottom=(KVTR_RIGHTS,),
            ),
            "kbrk.txt": page(
                "Water falls back as search goes on",
                HERALD_EVENING,
                top=("By Sam Reyes, Eyewitness News",),
                bottom=(KBRK_RIGHTS,),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr.txt"], ["kbrk.txt"], ["courier.txt"]),
    ),
    Folder(
        "two affiliates running the network's story with their own first lines",
        {
            "fcn.txt": page(
                "Inspectors head to Carran Valley - FCN", NETWORK, bottom=("© 2026 FCN",)
            ),
            "kvtr.txt": page(
                "Federal inspectors on their way to the valley",
                ["KVTR will follow the inspectors' visit for you.", *NETWORK[:5]],
                top=("By Lee Park, FCN",),
                bottom=(KVTR_RIGHTS,),
            ),
            "kbrk.txt": page(
                "Dam inspectors due Wednesday",
                ["KBRK has more on the flood tonight at 6.", *NETWORK[:4]],
                top=("From FCN",),
                bottom=(KBRK_RIGHTS,),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["fcn.txt", "kvtr.txt", "kbrk.txt"], ["courier.txt"]),
    ),
    Folder(
        "an affiliate running a network story signed by the network, beside its own report",
        {
            "kvtr-network.txt": page(
                "Federal inspectors on their way to the valley",
                NETWORK,
                top=("By Lee Park, FCN",),
                bottom=(KVTR_RIGHTS,),
            ),
            "kvtr-own.txt": page(
                "Water reaches second floors in Dunmere - KVTR", STATION, bottom=(KVTR_RIGHTS,)
            ),
            "fcn-other.txt": page("Search goes on after flood - FCN", HERALD_EVENING),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr-network.txt", "fcn-other.txt"], ["kvtr-own.txt"], ["courier.txt"]),
    ),
    Folder(
        "a station printing a news site's story under a byline naming the site, beside both "
        "outlets' own reports",
        {
            "kvtr-reprint.txt": page(
                "Why were spillway repairs put off?",
                POST,
                top=("By Edda Lorne, Harlow Action News",),
                bottom=(KVTR_RIGHTS,),
            ),
            "han-own.txt": page(
                "Water falls back as search goes on | Harlow Action News",
                HERALD_EVENING,
                bottom=("© 2026 Harlow Action News",),
            ),
            "kvtr-own.txt": page(
                "Water reaches second floors in Dunmere - KVTR", STATION, bottom=(KVTR_RIGHTS,)
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr-reprint.txt", "han-own.txt"], ["kvtr-own.txt"], ["courier.txt"]),
    ),
    Folder(
        "a station page signed with initials no page of the folder goes by, beside its other story",
        {
            "kvtr-1.txt": page(
                "Federal inspectors on their way to the valley",
                NETWORK,
                top=("By Lee Park, HBN",),
                bottom=(KVTR_RIGHTS,),
            ),
            "kvtr-2.txt": page(
                "Water reaches second floors in Dunmere - KVTR", STATION, bottom=(KVTR_RIGHTS,)
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["kvtr-1.txt", "kvtr-2.txt"], ["courier.txt"]),
    ),
    # A place plus a section's name.
    Folder(
        "a regional site's news story and its business desk's story",
        {
            "news.txt": page(
                "Floodwater sweeps farms west of Dunmere - Tessel Valley News", HERALD
            ),
            "business.txt": page(
                "Insurers brace for flood claims | Business | Tessel Valley News", BUSINESS
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["news.txt", "business.txt"], ["courier.txt"]),
    ),
    Folder(
        "a regional site's story signed by its business desk",
        {
            "news.txt": page(
                "Floodwater sweeps farms west of Dunmere - Tessel Valley News", HERALD
            ),
            "business.txt": page(
                "Insurers brace for flood claims - Tessel Valley News",
                BUSINESS,
                top=("By Lena Ortiz, Tessel Valley Business",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["news.txt", "business.txt"], ["post.txt"]),
    ),
    Folder(
        "a regional news site and a business journal named for the same valley",
        {
            "news.txt": page(
                "Floodwater sweeps farms west of Dunmere - Tessel Valley News", HERALD
            ),
            "journal.txt": page(
                "Insurers brace for flood claims - Tessel Valley Business Journal",
                BUSINESS,
                bottom=("© 2026 Tessel Valley Business Journal",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["news.txt"], ["journal.txt"], ["courier.txt"]),
    ),
    # Syndication lines.
    Folder(
        "a syndicated column printed by two papers, one cutting its end",
        {
            "herald.txt": page(
                "The spillway failed on schedule | Harlow Herald",
                COLUMN,
                top=("By Mara Venn",),
                bottom=("Distributed by Harrow Content Agency.", "© 2026 Harlow Herald"),
            ),
            "post.txt": page(
                "Opinion: a dam that failed on schedule - Kessick Post",
                COLUMN[:5],
                top=("By Mara Venn",),
                bottom=("Distributed by Harrow Content Agency.", "Copyright 2026 Kessick Post"),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald.txt", "post.txt"], ["courier.txt"]),
    ),
    Folder(
        "a nonprofit's story printed by a paper in partnership, beside the nonprofit's other story",
        {
            "post-partner.txt": page(
                "Spillway flagged as unsafe four times - Kessick Post",
                NONPROFIT,
                top=("By Willem Dace",),
                bottom=(
                    "This story was produced by Carran Public Media in partnership with the "
                    "Kessick Post.",
                    "Copyright 2026 Kessick Post",
                ),
            ),
            "cpm-other.txt": page(
                "We asked for every dam inspection in the valley | Carran Public Media",
                NONPROFIT_OTHER,
                bottom=("© 2026 Carran Public Media",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["post-partner.txt", "cpm-other.txt"], ["courier.txt"]),
    ),
    Folder(
        "a page compiled from wire reports repeating some of the wire's sentences",
        {
            "ap.txt": WIRE_PAGE,
            "herald.txt": page(
                "Valley flood: families wait in the school gym | Harlow Herald",
                [
                    HERALD[2],
                    HERALD[3],
                    WIRE[0],
                    WIRE[1],
                    HERALD[4],
                    WIRE[6],
                    HERALD[5],
                ],
                top=("Compiled from wire reports",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "herald.txt"], ["courier.txt"]),
    ),
    Folder(
        "a page of staff and wire reports repeating some of Reuters' sentences",
        {
            "reuters.txt": REUTERS_PAGE,
            "post.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                [*POST[:4], WIRE[0], WIRE[4], WIRE[5]],
                top=("Staff and wire reports",),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["reuters.txt", "post.txt"], ["courier.txt"]),
    ),
    Folder(
        "a page crediting wire services in its last line and repeating some wire sentences",
        {
            "ap.txt": WIRE_PAGE,
            "courier.txt": page(
                "Hospital treats flood victims | Fennick Courier",
                [*COURIER, WIRE[0], WIRE[6], "From wire services"],
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt", "courier.txt"], ["post.txt"]),
    ),
    Folder(
        "a paper's wire services credited in a sentence, some wire sentences repeated",
        {
            "ap.txt": WIRE_PAGE,
            "courier.txt": page(
                "Hospital treats flood victims | Fennick Courier",
                [
                    *COURIER,
                    WIRE[1],
                    WIRE[7],
                    "The Courier's wire services contributed to this report.",
                ],
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt", "courier.txt"], ["post.txt"]),
    ),
    Folder(
        "a page of staff and wire reports repeating nothing of the wire story in the folder",
        {
            "ap.txt": WIRE_PAGE,
            "post.txt": page(
                "Why were spillway repairs put off? - Kessick Post",
                POST,
                top=("Staff and wire reports",),
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt"], ["post.txt"], ["courier.txt"]),
    ),
    # Sister papers of one group.
    Folder(
        "sister papers printing one reporter's story, one cut with a local line",
        {
            "herald.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                HERALD,
                top=("By Lena Ortiz",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "courier.txt": page(
                "Farms swept away west of Dunmere | Fennick Courier",
                [*HERALD[:4], "Fennick's own rowing club has sent two boats to help."],
                top=("By Lena Ortiz",),
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald.txt", "courier.txt"], ["post.txt"]),
    ),
    Folder(
        "a sister paper printing the flagship reporter's story signed with the flagship's name",
        {
            "herald.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                HERALD,
                top=("By Lena Ortiz",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "courier-reprint.txt": page(
                "Farms swept away west of Dunmere | Fennick Courier",
                [
                    *HERALD[:3],
                    "Fennick's own rowing club has sent two boats to help.",
                    "Club captain Ines Varga said the crews would stay as long as needed.",
                    "Fennick residents can give blankets at the town hall.",
                ],
                top=("By Lena Ortiz, Harlow Herald",),
                bottom=("© 2026 Fennick Courier",),
            ),
            "courier-own.txt": COURIER_PAGE,
            "post.txt": POST_PAGE,
        },
        _s(["herald.txt", "courier-reprint.txt"], ["courier-own.txt"], ["post.txt"]),
    ),
    Folder(
        "sister papers printing one reporter's story under her name alone, with local lines added",
        {
            "herald.txt": page(
                "Floodwater sweeps farms west of Dunmere | Harlow Herald",
                HERALD,
                top=("By Lena Ortiz",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "courier.txt": page(
                "Farms swept away west of Dunmere | Fennick Courier",
                [
                    *HERALD[:3],
                    "Fennick's own rowing club has sent two boats to help.",
                    "Club captain Ines Varga said the crews would stay as long as needed.",
                    "Fennick residents can give blankets at the town hall.",
                    "The town's bakery is sending bread to the shelters.",
                ],
                top=("By Lena Ortiz",),
                bottom=("© 2026 Fennick Courier",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald.txt", "courier.txt"], ["post.txt"]),
    ),
    # A wire credit only in the last line.
    Folder(
        "a site running a Reuters story signed off in its last line, beside Reuters' sidebar",
        {
            "post-wire.txt": page(
                "Thousands flee Carran Valley flood - Kessick Post",
                [*WIRE[:7], "— Reuters"],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "reuters-sidebar.txt": REUTERS_SIDEBAR,
            "post-own.txt": POST_PAGE,
            "courier.txt": COURIER_PAGE,
        },
        _s(["post-wire.txt", "reuters-sidebar.txt"], ["post-own.txt"], ["courier.txt"]),
    ),
    Folder(
        "a retouched and cut reprint signed off by the AP in its last line, beside the AP story",
        {
            "ap.txt": WIRE_PAGE,
            "site.txt": page(
                "Spillway collapse floods Carran Valley - Kessick Post",
                [*WIRE_EDITED, WIRE[3], WIRE[5], "-- AP"],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "site.txt"], ["courier.txt"]),
    ),
    Folder(
        "a station's reprint signed off by the AP, beside the station's own report",
        {
            "ap.txt": WIRE_PAGE,
            "kvtr-wire.txt": page(
                "Spillway fails upstream of Dunmere - KVTR",
                [*wire(dateline=False, upto=6), "— The Associated Press"],
                bottom=(KVTR_RIGHTS,),
            ),
            "kvtr-own.txt": page(
                "Water reaches second floors in Dunmere - KVTR", STATION, bottom=(KVTR_RIGHTS,)
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "kvtr-wire.txt"], ["kvtr-own.txt"], ["courier.txt"]),
    ),
    Folder(
        "a station's uncredited reprint of the wire story, beside the station's own report",
        {
            "ap.txt": WIRE_PAGE,
            "kvtr-wire.txt": page(
                "Spillway fails upstream of Dunmere - KVTR",
                wire(dateline=False, upto=7),
                bottom=(KVTR_RIGHTS,),
            ),
            "kvtr-own.txt": page(
                "Water reaches second floors in Dunmere - KVTR", STATION, bottom=(KVTR_RIGHTS,)
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "kvtr-wire.txt"], ["kvtr-own.txt"], ["courier.txt"]),
    ),
    Folder(
        "a paper's reprint of the wire story under a local line, beside the paper's own report",
        {
            "ap.txt": WIRE_PAGE,
            "herald-wire.txt": page(
                "Thousands flee as Orvale spillway fails | Harlow Herald",
                ["Readers in the valley have sent us photos of the flooding.", *wire()[:8]],
                bottom=("© 2026 Harlow Herald",),
            ),
            "herald-own.txt": HERALD_PAGE,
            "post.txt": POST_PAGE,
        },
        _s(["ap.txt", "herald-wire.txt"], ["herald-own.txt"], ["post.txt"]),
    ),
    # A rewrite keeping the wire's quotes and figures.
    Folder(
        "a short rewrite keeping the wire's quotes and figures sentence by sentence",
        {
            "ap.txt": WIRE_PAGE,
            "retold.txt": page(
                "Thousands flee as Carran Valley spillway collapses - Kessick Post",
                WIRE_RETOLD,
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["ap.txt", "retold.txt"], ["courier.txt"]),
        reason="every one of the rewrite's six sentences restates the wire's, but a rewrite is "
        "read only from eight sentences up (REWRITE_SENTENCES): two short independent reports "
        "restate each other as much (the test story's Meridian Press and Valley News reports, "
        "five of six)",
    ),
    Folder(
        "two short independent reports of the same facts, each in six sentences of its own",
        {
            "herald.txt": page(
                "Spillway collapse floods Carran Valley | Harlow Herald",
                [
                    "Thousands of people left their homes in the Carran Valley on Tuesday after "
                    "the Orvale Reservoir's spillway collapsed.",
                    "Four people were missing on Tuesday night, the state emergency office said.",
                    "Eleven people were treated in hospital.",
                    "Floodwater reached Dunmere soon after sunrise.",
                    "Governor Paul Essen declared an emergency in Carran County.",
                    "Dunmere's schools will stay shut until next week.",
                ],
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": page(
                "Carran Valley flood forces thousands out - Kessick Post",
                [
                    "A spillway at the Orvale Reservoir collapsed early Tuesday, flooding the "
                    "Carran Valley and driving thousands from their homes.",
                    "State emergency officials said four people were unaccounted for.",
                    "At least 11 people went to hospital with injuries.",
                    "The water was in the streets of Dunmere by early morning.",
                    "The governor, Paul Essen, declared a state of emergency for the county.",
                    "Schools in Dunmere are closed for the rest of the week.",
                ],
                bottom=("Copyright 2026 Kessick Post",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald.txt"], ["post.txt"], ["courier.txt"]),
    ),
    # An opinion column and a news story by one outlet.
    Folder(
        "a paper's editorial and its news story",
        {
            "herald-news.txt": HERALD_PAGE,
            "herald-opinion.txt": page(
                "Opinion: The county failed Dunmere | Harlow Herald",
                OPINION,
                top=("By the Editorial Board",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald-news.txt", "herald-opinion.txt"], ["post.txt"]),
    ),
    Folder(
        "a paper's columnist and its news story, the column signed with the columnist's role",
        {
            "herald-news.txt": HERALD_PAGE,
            "herald-column.txt": page(
                "The spillway failed on schedule",
                COLUMN,
                top=("By Mara Venn, Herald Columnist",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["herald-news.txt", "herald-column.txt"], ["courier.txt"]),
    ),
    Folder(
        "a guest column on a paper's site beside the paper's news story",
        {
            "herald-news.txt": HERALD_PAGE,
            "herald-guest.txt": page(
                "Guest opinion: our valley deserves the truth | Harlow Herald",
                OPINION[:3] + OPINION[4:],
                top=("By Tobias Grell, Special to the Harlow Herald",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald-news.txt", "herald-guest.txt"], ["post.txt"]),
    ),
    Folder(
        "a doctor's guest column signed with her degree beside the paper's news story",
        {
            "herald-news.txt": HERALD_PAGE,
            "herald-guest.txt": page(
                "Guest opinion: flood water is a health risk | Harlow Herald",
                OPINION[:3],
                top=("By Hanne Ostrow, MD",),
                bottom=("© 2026 Harlow Herald",),
            ),
            "post.txt": POST_PAGE,
        },
        _s(["herald-news.txt", "herald-guest.txt"], ["post.txt"]),
    ),
    # A press release printed by two outlets.
    Folder(
        "a press release printed by two outlets, each with one line of its own above it",
        {
            "gazette.txt": page(
                "Water authority lowers Orvale Reservoir | Ashby Gazette",
                ["The water authority issued this statement on Tuesday.", *RELEASE],
                bottom=("© 2026 Ashby Gazette",),
            ),
            "chronicle.txt": page(
                "Controlled release from Orvale Reservoir | Brackmoor Chronicle",
                ["Here is the authority's announcement in full.", *RELEASE],
                bottom=("© 2026 Brackmoor Chronicle",),
            ),
            "courier.txt": COURIER_PAGE,
        },
        _s(["gazette.txt", "chronicle.txt"], ["courier.txt"]),
    ),
    Folder(
        "a press release on the authority's own page and printed whole by a paper",
        {
            "authority.txt": page(
                "News release: controlled release from the Orvale Reservoir",
                RELEASE,
                top=("Lindmark Water Authority",),
                bottom=("Media contact: press office, Lindmark Water Authority",),
            ),
            "gazette.txt": page(
                "Water authority lowers Orvale Reservoir | Ashby Gazette",
                RELEASE,
                bottom=("© 2026 Ashby Gazette",),
            ),
            "courier.txt": COURIER_PAGE,
            "kvtr.txt": STATION_PAGE,
        },
        _s(["authority.txt", "gazette.txt"], ["courier.txt"], ["kvtr.txt"]),
    ),
)
