"""Invented small folders (two to five pages) for the off-topic screen: each page labelled on
or off the folder's story by hand, before the engine was run on them. The set of
``test_small_folders_keep_their_reports.py``.

Some folders hold copies of one wire text (a reprint under a local intro, an aggregator
quoting half of a paper's story): those pages are one voice, and must not outvote a report
written apart. The on-topic reports name the story's actors in other words ("the mayor",
"the club"), come at it from another angle (families, cost, a local reaction) or are short.
The off-topic pages are another event of the kind in another town, an article saved by
mistake, a page about the outlet itself, a long chapter that never names the event.

All text is invented: the outlets, places, people and events are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SmallFolder:
    """One invented folder: its files' texts and, labelled by hand, the files off its story."""

    name: str
    files: dict[str, str]
    off: frozenset[str] = frozenset()
    #: Why the engine still gets the folder wrong (a known miss, kept failing), or "".
    miss: str = ""


def page(title: str, *body: str) -> str:
    """A page's text: its headline and paragraphs."""
    return "\n\n".join([title, *body]) + "\n"


# --- a ferry runs aground (a wire story, a reprint of it, reports of its own) ---
FERRY = (
    "The passenger ferry Moira Belle ran aground off Tesk Island on Friday evening, and all "
    "212 people aboard were taken off by lifeboats, the Harbour Board of Vellport said.",
    "The ferry struck a sandbank in fog about two kilometres from the island's pier.",
    "Coastguard commander Rolf Ebbing said nine passengers were treated for cold and one crew "
    "member for a broken arm.",
    "The operator, Grey Sound Lines, cancelled all sailings to Tesk Island until Monday.",
    "Divers will inspect the hull on Saturday before the ship is towed to Vellport.",
)
FERRY_REPRINT = page(
    "Tesk ferry aground: all safe | Ostley Gazette",
    "Ostley families were among the passengers taken off a stranded ferry on Friday night.",
    FERRY[0],
    FERRY[1],
    FERRY[3],
    "Information from Northline Wire was used in this report.",
)
FERRY_FAMILIES = page(
    "'We sang to keep the children calm' - Vellport Echo",
    "Passengers from the stranded Moira Belle told of a long cold wait in the dark before "
    "the lifeboats reached them on Friday.",
    "Anja Stroud, travelling with her two sons, said the crew handed out blankets and the "
    "passengers sang songs.",
    "Several families waited on the quay at Vellport until after midnight for news.",
    "The ship's owners have offered free tickets to everyone aboard.",
)
FERRY_SHORT = page(
    "Ferry passengers rescued",
    "All passengers of a ferry that ran aground off Tesk Island in fog on Friday were brought "
    "ashore safely.",
    "Lifeboats from Vellport and the island took part in the rescue.",
    "Sailings are cancelled until Monday.",
)
FERRY_OTHER = page(
    "Cargo ship loses containers off Marrow Point | Ostley Gazette",
    "A cargo ship lost 14 containers overboard in a storm off Marrow Point on Wednesday, the "
    "port authority of Caddon said.",
    "The Bella Strand was sailing from Caddon to Pernholt with timber and machine parts.",
    "Coastguards warned small boats to watch for floating containers near the Pernholt channel.",
    "No one was hurt, said Captain Ivo Marsh of the Caddon port authority.",
    "Salvage crews will begin searching for the containers next week.",
)

# --- a mayor resigns (named in full by some, "the mayor" by others) ---
MAYOR_A = page(
    "Mayor Ilse Varn resigns over housing contract",
    "Mayor Ilse Varn of Corvath resigned on Tuesday after auditors found the city had paid "
    "Brennick Homes twice for the same housing contract.",
    "Varn said she had known nothing of the payments but took responsibility as head of the "
    "council.",
    "Deputy mayor Otto Fenn will lead the council until an election in June.",
    "The audit found the double payment came to 4.2 million crowns.",
)
MAYOR_B = page(
    "Corvath mayor quits after audit",
    "Ilse Varn stepped down as mayor of Corvath on Tuesday, a week after an audit of the "
    "council's contracts with Brennick Homes.",
    "The audit found the council had paid 4.2 million crowns twice for one contract.",
    "Otto Fenn, her deputy, takes over until a June election.",
    "Brennick Homes said it would return the money.",
)
MAYOR_REACTION = page(
    "Shopkeepers shrug as the mayor goes",
    "On the market square, few traders seemed surprised that the mayor had resigned.",
    "Baker Lotte Harm said the housing scandal had been talked about for weeks.",
    "Others worried that the new flats promised for the east side would now be delayed.",
    "The city's election in June will choose a new leader for the council.",
)
MAYOR_OTHER = page(
    "Pellin council leader survives vote",
    "The leader of Pellin county council, Arne Sobel, survived a vote of no confidence on "
    "Tuesday by 31 votes to 24.",
    "Opposition councillors had accused him of hiding the cost of a new ring road.",
    "Sobel said the vote showed the council wanted to get on with the work.",
    "The ring road is due to open in 2028.",
)

# --- a club wins the cup ("Harnley Rovers" / "the club" / "Rovers") ---
CUP_WIRE = (
    "Harnley Rovers won the Ardent Cup for the first time on Saturday, beating Dunlow Athletic "
    "2-1 at the Calder Stadium.",
    "Striker Tomas Reil scored both goals, the winner in the 88th minute.",
    "Dunlow had led through a penalty by Eamon Kett just before half time.",
    "About 40,000 fans watched the final.",
    "Rovers manager Sanne Holt said the win belonged to the town.",
)
CUP_REPRINT = page(
    "Rovers lift the Ardent Cup | Harnley Advertiser",
    "Harnley will celebrate tonight.",
    *CUP_WIRE[:3],
    "(Northline Wire)",
)
CUP_FANS = page(
    "Town goes wild as the club brings the cup home",
    "Thousands of supporters filled the streets of Harnley on Saturday night after the club "
    "won its first major trophy.",
    "Pubs along Quarry Road stayed open late and strangers hugged in the rain.",
    "Fan Mira Dowd, 72, said she had waited sixty years for a day like this.",
    "The team will show the trophy from an open-top bus on Sunday afternoon.",
)
CUP_OTHER = page(
    "Fenwater clinch promotion",
    "Fenwater Town won promotion to the second division on Saturday with a 3-0 win over "
    "Brockholt at Meadow Lane.",
    "Goals from Pia Lund, Joss Arden and an own goal settled the match.",
    "The club's chairman, Del Frame, promised fans a new stand.",
    "Fenwater last played in the second division in 1998.",
)

# --- a factory fire (a wire story, a business page on the cost, a local reaction) ---
FIRE = (
    "Fire destroyed the Kestal Textiles mill in Brenmoor on Monday night, and 140 workers were "
    "sent home, the company said.",
    "More than 60 firefighters fought the blaze for six hours.",
    "No one was hurt, fire chief Ada Novak said, but the main hall collapsed.",
    "The cause of the fire is not yet known.",
    "The mill is the town's largest employer.",
)
FIRE_REPRINT = page("Brenmoor mill burns | Valley Post", *FIRE[:4])
FIRE_COST = page(
    "Mill blaze could cost the region millions",
    "The loss of the textile plant in Brenmoor will cost suppliers and shops in the valley "
    "millions, economists warned on Tuesday.",
    "Economist Karl Wend said the mill's wages kept dozens of small firms in business.",
    "Shares in its owner fell 8 percent in early trading.",
    "Insurers have sent assessors to the site.",
)
FIRE_LOCAL = page(
    "Brenmoor rallies round mill workers",
    "Brenmoor's churches and sports club have started collections for the 140 workers who "
    "lost their jobs overnight.",
    "The school opened its hall for a meeting of the workers' families on Tuesday.",
    "Councillor Rhea Moss said no family in Brenmoor would be left alone.",
)
FIRE_OTHER = page(
    "Warehouse fire in Tolby",
    "A fire at a furniture warehouse in Tolby on Monday sent smoke over the motorway for "
    "several hours, the Tolby fire service said.",
    "Forty firefighters brought the blaze under control by midnight.",
    "The owner, Harcourt Furnishings, said stock worth half a million had been lost.",
    "Police are treating the fire as suspicious.",
)

# --- a hospital strike (short reports, a page saved by mistake) ---
STRIKE_A = page(
    "Nurses strike at St Wenna's",
    "Nurses at St Wenna's Hospital in Lorrick walked out for 24 hours on Thursday over pay "
    "and staffing.",
    "The Nurses' Guild said 900 members joined the strike.",
    "The hospital postponed 120 operations and kept its emergency department open.",
    "Guild leader Petra Calloway said more strikes would follow in March.",
)
STRIKE_B = page(
    "Lorrick hospital hit by walkout",
    "Hundreds of nurses picketed outside St Wenna's Hospital on Thursday in the first strike "
    "there in 30 years.",
    "Petra Calloway of the Nurses' Guild said wards were dangerously short of staff.",
    "Hospital managers said they had offered a 4 percent rise.",
    "About 120 planned operations were put off.",
)
STRIKE_SHORT = page(
    "Patients' operations put off",
    "Patients waiting for operations in Lorrick were sent home on Thursday as nurses walked out.",
    "Retired miner Len Oakes said his hip operation had been delayed for the second time.",
    "The emergency department stayed open.",
)
RECIPE = page(
    "Slow-roast lamb with rosemary and garlic",
    "Rub the lamb with olive oil, salt and crushed garlic, then push sprigs of rosemary into "
    "small cuts in the meat.",
    "Roast at a low heat for four hours, basting every hour with the juices in the tin.",
    "Rest the meat for twenty minutes under foil before carving.",
    "Serve with roast potatoes, green beans and a spoon of mint sauce.",
)

# --- a bridge closes (a page about the outlet, a long chapter) ---
BRIDGE_A = page(
    "Old Ferrin bridge closed after cracks found",
    "The Ferrin Bridge over the River Alde in Castleby was closed to all traffic on Wednesday "
    "after inspectors found cracks in two of its arches.",
    "County engineer Nils Brandt said the 180-year-old bridge could not be reopened safely "
    "until repairs were done.",
    "Drivers face a 15-mile detour through Hollin.",
    "Repairs are expected to take at least six months.",
)
BRIDGE_B = page(
    "Castleby bridge shut as arches crack",
    "Castleby's Ferrin Bridge has been shut indefinitely after cracks were found in its "
    "arches, the county council said on Wednesday.",
    "Nils Brandt, the county engineer, said heavy lorries had worn the stone.",
    "Buses will use the Hollin road, adding half an hour to journeys.",
)
BRIDGE_TRADERS = page(
    "Traders fear for trade as the bridge shuts",
    "Shop owners on the east bank say the closure of the old bridge could cut their trade by half.",
    "Cafe owner Zara Quint said most of her customers crossed on foot from the car park on "
    "the west bank.",
    "The council has promised a footbridge but has given no date.",
)
ABOUT_US = page(
    "About the Castleby Courant",
    "The Castleby Courant has served readers in the Alde valley since 1872.",
    "Our newsroom of twelve reporters covers local councils, courts, schools and sport.",
    "We are owned by the Courant Trust, a charity that reinvests every penny in journalism.",
    "Contact the newsroom at our office on Market Street or through our website.",
    "Our editor is Hal Mercer.",
)
CHAPTER = page(
    "Chapter 4: The masonry arch in the nineteenth century",
    "The masonry arch was the workhorse of the railway age, and builders across the country "
    "refined its proportions through long trial and error.",
    "Engineers such as Thomas Varley argued that a segmental arch spread its thrust more "
    "evenly than a semicircular one, though the evidence was mixed.",
    "Quarries supplied sandstone and limestone in blocks cut to templates drawn on site.",
    "Mortar of lime and sand cured slowly, and many arches settled for years after their "
    "centring was removed.",
    "By the 1860s, brick had replaced stone for most railway viaducts because it was cheaper "
    "and faster to lay.",
    "Surveys in the 1950s found that most such arches carried loads far beyond those their "
    "builders had imagined.",
    "Their failures, when they came, were usually caused by water washing out the footings.",
    "The next chapter turns to iron and the suspension bridge.",
)

# --- a missing climber (the rescue team's names, the family's angle) ---
CLIMB_A = page(
    "Search for climber on Mount Serra",
    "Rescuers searched Mount Serra on Sunday for a climber missing since Saturday evening, "
    "the Alpine Rescue Service of Dravik said.",
    "Climber Jan Oster, 34, was last heard from by phone at 6 p.m. near the north ridge.",
    "Two helicopters and 30 volunteers joined the search.",
    "Snow and strong wind halted the search at dusk.",
)
CLIMB_COPY = page(
    "Climber missing on Serra | Dravik Today",
    "A search is under way.",
    "Rescuers searched Mount Serra on Sunday for a climber missing since Saturday evening, "
    "the Alpine Rescue Service of Dravik said.",
    "Climber Jan Oster, 34, was last heard from by phone at 6 p.m. near the north ridge.",
    "Two helicopters and 30 volunteers joined the search.",
)
CLIMB_FAMILY = page(
    "'He knows the mountain' - family waits for news",
    "The parents of the missing climber spent Sunday in a hut below the ridge, waiting for "
    "word from the rescue teams.",
    "His mother, Greta, said her son had climbed the mountain a dozen times.",
    "Friends from his climbing club drove through the night to help with the search.",
    "Forecasters expect the wind to drop on Monday.",
)
CLIMB_OTHER = page(
    "Skier rescued in Harrow Pass",
    "A skier who fell into a crevasse in the Harrow Pass was rescued on Sunday after eight "
    "hours, the mountain police of Lessing said.",
    "Ski guide Paula Renn, 41, was lifted out by a helicopter crew.",
    "She was taken to hospital in Lessing with a broken leg.",
)

# --- a school closes (an election-free civic story with short reports) ---
SCHOOL_A = page(
    "Hollow Lane school to close",
    "Hollow Lane Primary in Rissmouth will close in July, the Rissmouth education board "
    "decided on Monday, citing falling pupil numbers.",
    "The school has 64 pupils, down from 210 a decade ago.",
    "Pupils will move to Seaview Primary, two miles away.",
    "Board chair Marta Quell said the decision was painful but necessary.",
)
SCHOOL_B = page(
    "Rissmouth board votes to shut primary",
    "The Rissmouth education board voted 7-2 on Monday to close Hollow Lane Primary at the end "
    "of the school year.",
    "Marta Quell, the board's chair, said the building needed repairs the board could not afford.",
    "Parents at the meeting booed the decision.",
)
SCHOOL_PARENTS = page(
    "Parents vow to fight closure",
    "Parents said on Tuesday they would take the board to court to keep their children's "
    "school open.",
    "Mother of three Ines Carrow said the walk to the other school crossed a busy road.",
    "A petition has gathered 1,200 names.",
)
SCHOOL_OTHER = page(
    "Garnet Hill college merger agreed",
    "Garnet Hill College and Wexley Sixth Form will merge next year, the Wexley trust said on "
    "Monday.",
    "The new college will teach 1,800 students on two sites.",
    "Principal Omar Lindt said no teaching jobs would be lost.",
)

# --- a bank robbery (two copies of one wire text and a short report) ---
ROBBERY = (
    "Three masked men robbed the Orla Savings Bank branch in Petterby on Wednesday morning and "
    "escaped with about 80,000 euros, police said.",
    "The men threatened staff with a shotgun and fled in a grey van towards the coast road.",
    "Detective inspector Hana Gower asked witnesses to come forward.",
    "No customers were in the branch at the time.",
)
ROBBERY_COPY_A = page("Armed robbery at Petterby bank | Coastline News", *ROBBERY)
ROBBERY_COPY_B = page(
    "Bank robbed in Petterby",
    "Police are hunting three men.",
    *ROBBERY[:3],
)
ROBBERY_SHORT = page(
    "Staff shaken after raid",
    "Cashiers at the robbed savings bank were offered counselling on Thursday.",
    "The branch will reopen next week with new security glass.",
    "The raiders and the money have not been found.",
)
ROBBERY_OTHER = page(
    "Jeweller raided in Caskel",
    "Two men on a motorbike smashed the window of Frey Jewellers in Caskel on Wednesday and "
    "took watches worth 30,000 euros.",
    "Owner Bruno Frey said the raid lasted less than a minute.",
    "Caskel police found the motorbike burned out near the railway station.",
)

#: A local page built on two sentences of the fire's wire story, with reporting of its own.
FIRE_BUILT = page(
    "Mill fire: Hesket firm loses its biggest customer | Hesket Record",
    "A Hesket dye works fears for its future after its biggest customer went up in flames.",
    FIRE[0],
    FIRE[2],
    "Dye works owner Saul Brigg said half his orders came from the mill.",
    "He has asked the bank for time on a loan.",
    "Information from Northline Wire was used in this report.",
)
#: An aggregator quoting three paragraphs of the first report of the mayor's resignation.
MAYOR_DIGEST = page(
    "Corvath mayor out over double payment | Brisk Digest",
    "The Corvath Ledger has the details of the audit that brought down the council's leader.",
    *MAYOR_A.split("\n\n")[1:4],
    "Read the full story at the Corvath Ledger.",
)

#: Why a folder of short pages keeps its page on something else.
INCOHERENT = (
    "the median likeness of its short pages to the rest is below the screen's bar for a folder "
    "telling one story, so nothing is screened"
)

FOLDERS: tuple[SmallFolder, ...] = (
    SmallFolder(
        "a families' report beside a wire story and its reprint",
        {
            "wire.txt": page("Ferry aground off Tesk Island", *FERRY),
            "gazette.txt": FERRY_REPRINT,
            "echo.txt": FERRY_FAMILIES,
        },
    ),
    SmallFolder(
        "a short report beside a wire story and its reprint",
        {
            "wire.txt": page("Ferry aground off Tesk Island", *FERRY),
            "gazette.txt": FERRY_REPRINT,
            "brief.txt": FERRY_SHORT,
        },
    ),
    SmallFolder(
        "a families' report and a short one beside a wire story and its reprint",
        {
            "wire.txt": page("Ferry aground off Tesk Island", *FERRY),
            "gazette.txt": FERRY_REPRINT,
            "echo.txt": FERRY_FAMILIES,
            "brief.txt": FERRY_SHORT,
        },
    ),
    SmallFolder(
        "another ship's accident beside three reports of the ferry",
        {
            "wire.txt": page("Ferry aground off Tesk Island", *FERRY),
            "echo.txt": FERRY_FAMILIES,
            "brief.txt": FERRY_SHORT,
            "cargo.txt": FERRY_OTHER,
        },
        frozenset({"cargo.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "a report saying 'the mayor' beside two naming her",
        {"a.txt": MAYOR_A, "b.txt": MAYOR_B, "square.txt": MAYOR_REACTION},
    ),
    SmallFolder(
        "another council's vote beside reports of the mayor's resignation",
        {
            "a.txt": MAYOR_A,
            "b.txt": MAYOR_B,
            "square.txt": MAYOR_REACTION,
            "pellin.txt": MAYOR_OTHER,
        },
        frozenset({"pellin.txt"}),
    ),
    SmallFolder(
        "the fans' night beside a wire story on the final and its reprint",
        {
            "wire.txt": page("Rovers win the Ardent Cup", *CUP_WIRE),
            "advertiser.txt": CUP_REPRINT,
            "fans.txt": CUP_FANS,
        },
    ),
    SmallFolder(
        "another club's promotion beside two reports of the final",
        {
            "wire.txt": page("Rovers win the Ardent Cup", *CUP_WIRE),
            "fans.txt": CUP_FANS,
            "fenwater.txt": CUP_OTHER,
        },
        frozenset({"fenwater.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "another club's promotion beside the final's wire story, its reprint and the fans' night",
        {
            "wire.txt": page("Rovers win the Ardent Cup", *CUP_WIRE),
            "advertiser.txt": CUP_REPRINT,
            "fans.txt": CUP_FANS,
            "fenwater.txt": CUP_OTHER,
        },
        frozenset({"fenwater.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "the cost of a fire beside a wire story and its reprint",
        {
            "wire.txt": page("Fire destroys Brenmoor mill", *FIRE),
            "post.txt": FIRE_REPRINT,
            "cost.txt": FIRE_COST,
        },
    ),
    SmallFolder(
        "the town's reaction to a fire beside a wire story and its reprint",
        {
            "wire.txt": page("Fire destroys Brenmoor mill", *FIRE),
            "post.txt": FIRE_REPRINT,
            "local.txt": FIRE_LOCAL,
        },
    ),
    SmallFolder(
        "the cost and the reaction beside a fire's wire story and its reprint",
        {
            "wire.txt": page("Fire destroys Brenmoor mill", *FIRE),
            "post.txt": FIRE_REPRINT,
            "cost.txt": FIRE_COST,
            "local.txt": FIRE_LOCAL,
        },
    ),
    SmallFolder(
        "another town's fire beside reports of the mill fire",
        {
            "wire.txt": page("Fire destroys Brenmoor mill", *FIRE),
            "cost.txt": FIRE_COST,
            "local.txt": FIRE_LOCAL,
            "tolby.txt": FIRE_OTHER,
        },
        frozenset({"tolby.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "a patient's short report beside two reports of a strike",
        {"a.txt": STRIKE_A, "b.txt": STRIKE_B, "patients.txt": STRIKE_SHORT},
    ),
    SmallFolder(
        "a recipe saved by mistake beside reports of a strike",
        {"a.txt": STRIKE_A, "b.txt": STRIKE_B, "patients.txt": STRIKE_SHORT, "lamb.txt": RECIPE},
        frozenset({"lamb.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "traders' worries beside two reports of a bridge's closing",
        {"a.txt": BRIDGE_A, "b.txt": BRIDGE_B, "traders.txt": BRIDGE_TRADERS},
        miss="the traders' page names none of the story's names and shares three of its words (bridge, council, half) with the two reports: below the screen's bars",
    ),
    SmallFolder(
        "a page about the outlet beside reports of a bridge's closing",
        {
            "a.txt": BRIDGE_A,
            "b.txt": BRIDGE_B,
            "traders.txt": BRIDGE_TRADERS,
            "about.txt": ABOUT_US,
        },
        frozenset({"about.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "a book's chapter on arches beside reports of a bridge's closing",
        {
            "a.txt": BRIDGE_A,
            "b.txt": BRIDGE_B,
            "traders.txt": BRIDGE_TRADERS,
            "chapter.txt": CHAPTER,
        },
        frozenset({"chapter.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "a family's wait beside a search report and its copy",
        {"rescue.txt": CLIMB_A, "today.txt": CLIMB_COPY, "family.txt": CLIMB_FAMILY},
    ),
    SmallFolder(
        "another mountain's rescue beside a search report, its copy and the family's wait",
        {
            "rescue.txt": CLIMB_A,
            "today.txt": CLIMB_COPY,
            "family.txt": CLIMB_FAMILY,
            "harrow.txt": CLIMB_OTHER,
        },
        frozenset({"harrow.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "parents' protest beside two reports of a school's closing",
        {"a.txt": SCHOOL_A, "b.txt": SCHOOL_B, "parents.txt": SCHOOL_PARENTS},
        miss="the parents' page names none of the story's names and shares three of its words (board, parents, school) with the two reports: below the screen's bars",
    ),
    SmallFolder(
        "another college's merger beside reports of a school's closing",
        {
            "a.txt": SCHOOL_A,
            "b.txt": SCHOOL_B,
            "parents.txt": SCHOOL_PARENTS,
            "garnet.txt": SCHOOL_OTHER,
        },
        frozenset({"garnet.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "a short follow-up beside two copies of a robbery's wire text",
        {"coastline.txt": ROBBERY_COPY_A, "robbed.txt": ROBBERY_COPY_B, "staff.txt": ROBBERY_SHORT},
    ),
    SmallFolder(
        "another town's raid beside a robbery's two copies and a follow-up",
        {
            "coastline.txt": ROBBERY_COPY_A,
            "robbed.txt": ROBBERY_COPY_B,
            "staff.txt": ROBBERY_SHORT,
            "caskel.txt": ROBBERY_OTHER,
        },
        frozenset({"caskel.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "a families' report and a page about the outlet beside a wire story and its reprint",
        {
            "wire.txt": page("Ferry aground off Tesk Island", *FERRY),
            "gazette.txt": FERRY_REPRINT,
            "echo.txt": FERRY_FAMILIES,
            "about.txt": ABOUT_US,
        },
        frozenset({"about.txt"}),
    ),
    SmallFolder(
        "a recipe saved by mistake beside a fire's wire story, its reprint and its cost",
        {
            "wire.txt": page("Fire destroys Brenmoor mill", *FIRE),
            "post.txt": FIRE_REPRINT,
            "cost.txt": FIRE_COST,
            "lamb.txt": RECIPE,
        },
        frozenset({"lamb.txt"}),
        miss=INCOHERENT,
    ),
    SmallFolder(
        "the cost of a fire beside its wire story and a local page built on two of its sentences",
        {
            "wire.txt": page("Fire destroys Brenmoor mill", *FIRE),
            "record.txt": FIRE_BUILT,
            "cost.txt": FIRE_COST,
        },
    ),
    SmallFolder(
        "shopkeepers on the mayor beside a report and an aggregator quoting half of it",
        {"a.txt": MAYOR_A, "digest.txt": MAYOR_DIGEST, "square.txt": MAYOR_REACTION},
    ),
    SmallFolder(
        "a two-page folder of a wire story and the fans' night",
        {"wire.txt": page("Rovers win the Ardent Cup", *CUP_WIRE), "fans.txt": CUP_FANS},
    ),
    SmallFolder(
        "a recipe beside a search report and its copy",
        {"rescue.txt": CLIMB_A, "today.txt": CLIMB_COPY, "lamb.txt": RECIPE},
        frozenset({"lamb.txt"}),
        miss="the search report and its copy are near copies, read as one text: two texts leave nothing out",
    ),
)
