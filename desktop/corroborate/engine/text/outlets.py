"""The outlet that published an article, read from its text.

Saved and copied web articles rarely name their outlet in one fixed place, so
several kinds of evidence are read, strongest first:

1. a dateline anywhere near the top, after captions too: ``BOSTON (AP) —``,
   ``Seoul (CNN) North Korea…``, ``MONDAY, Jan. 25, 2016 (HealthDay News) --``,
   one pasted after the headline on its line (``… Woman Says BAKERSFIELD,
   Calif. (CN) - …``), one alone on its line over the lead (``QUARRINGTON, England
   (Kestrel Wire) --``);
2. a feed or reprint footer: ``The post … appeared first on X``, ``This
   article originally appeared on X``, ``Originally published on X``, ``First
   published on March 4, 2026 by X`` (a footer with only a date names none);
3. a copyright line: ``Copyright 2016 The Associated Press. All rights
   reserved.``, ``© 2014 KCTV``, the owning company read as its outlet
   (``Cable News Network`` is CNN), but never a group publishing many titles (``©
   Advance Local Media``, ``© Time Inc.``): its page is one of them, named elsewhere or not
   (a credit above the group's notice names the page only if it names a paper);
4. Reuters' credit line: ``(Reporting by …; Editing by …)``, unless a writer's note closing
   the page names the writer's own agency (``Lee Park is Harlow Wire's arts correspondent.``);
5. a printed page's folio, an e-edition's text keeping it: ``THE HARLOW HERALD | SUNDAY, APRIL
   12, 2026 | A1``; a site name after the headline: ``… | The Guardian``, ``… - BBC News``;
6. the outlet naming its own staff or pages: ``Mick LaSalle is the San
   Francisco Chronicle's movie critic``, ``By Hayes Hickman of the
   Knoxville News Sentinel``, a staff photo credit ``(Name/The Washington
   Post)``, a reporter's e-mail at a known outlet's domain, ``… news, video,
   and analysis from ABC News``, ``Associated Press writers … contributed``, a wire
   service signing the story alone at its top (``By The Associated Press``), a paper
   signing it without a writer (``By the Harlow Herald``, ``By Harlow Herald staff``,
   ``From the Harlow Herald``, ``The Harlow Herald reports:``; ``By Ana Ruiz`` is a writer);
7. a page template only one outlet uses (``Image copyright … Image caption``
   is the BBC's, ``toggle caption`` NPR's, ``Read or Share this story:
   https://usat.ly/…`` USA TODAY's, ``… Read more`` links the Guardian's, ``Our
   Standards: The Thomson Reuters Trust Principles.`` Reuters', ``Materials provided by …
   Note: Content may be edited for style and length.`` ScienceDaily's; one a few outlets share,
   ``Story continues below advertisement``, the one of them the page names with its own
   capital ``The``);
8. a company's own post: ``At Netflix, we …`` opening it, ``Name is Netflix's
   Chief Talent Officer`` closing it; an organisation's own appeal near the page's end
   (``Support The Kestrel Sky Survey!`` over ``… our fundraiser would close this week.``).

A press release's issuer, named by its boilerplate (``About Kelby Ferries``), is read
last, by the caller (:func:`release_outlet`), where the release's label taken off as the
page's masthead is known.

"X reports that" is never read as the outlet: it cites another outlet's report.

The pipeline's caller falls back to metadata, a masthead and finally the
file name, and records which it was.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

from .calendar import MONTH_WORD, WEEKDAY_WORD
from .furniture import furniture_kind, release_issuer
from .lexicon import SENTENCE_FINAL
from .saying import REPORTS, SAYS, alternatives, words_pattern
from .segment import known_words
from .verbs import has_verb
from .written_names import NAME_WORD, PERSON_NAME

#: Wire services and photo agencies: their name in a photo credit says who took the
#: picture, not who published the article.
_AGENCIES = {
    "ap", "associated press", "reuters", "afp", "getty images", "getty", "epa", "invision",
    "wireimage", "filmmagic", "shutterstock", "corbis", "rex", "zuma", "pool", "file",
    "european pressphoto agency", "bloomberg", "ap images", "rex features", "alamy", "mgn",
    "mgn online",
}  # fmt: skip
#: Companies that own many local stations and sign each station's copyright line.
_STATION_GROUP = re.compile(
    r"(?:Nexstar|Sinclair|Gray|TEGNA|Tegna|Scripps|E\.W\. Scripps|Hearst Television|Graham Media"
    r"|Cox Media|Tribune Media|Allbritton|Raycom|Meredith|Quincy|Griffin|Morgan Murphy)"
    r"(?: (?:Media|Broadcast(?:ing)?|Television|Local Media|Communications|Group|Corporation"
    r"|Company|Holdings|Inc\.?|LLC))*$"
)
#: Companies that publish many papers, sites or magazines and sign each one's copyright line
#: ("© 2026 Advance Local Media LLC" closes a dozen papers' pages, "© Time Inc." People's as
#: much as Time's): the page is one of theirs, which its readers know by its own name.
_PUBLISHING_GROUP = re.compile(
    r"(?:The )?(?:NBCUniversal|NBC Universal|Time Inc|Time Warner|Vox Media|Cond[eé] Nast"
    r"|Advance (?:Local|Digital|Publications)|Hearst|Dow Jones|Gannett|Tribune (?:Interactive"
    r"|Publishing|Company|Content Agency)|Tronc|McClatchy|Digital First Media|MediaNews Group"
    r"|Lee Enterprises|GateHouse Media|Gatehouse Media|Univision|Gawker Media|Oath|Verizon Media"
    r"|Turner Broadcasting|Daily Mail and General Trust|News Corp(?:oration)?|Penske Media"
    r"|Bustle Digital Group|Townsquare Media|iHeartMedia|Postmedia|Torstar|Reach plc|Trinity Mirror"
    r"|Newsquest|Johnston Press|Fairfax Media|BH Media|CNHI|Ogden Newspapers|Bonnier"
    # (Foreign Policy's pages and Slate's, the Daily Star's and the Daily Express's, CityLab's
    # and The Atlantic's)
    r"|Slate Group|Express Newspapers|Atlantic Monthly Group|Atlantic Media)\b"
)
#: The agencies among them that write stories, not only take pictures.
_NEWS_AGENCIES = {"associated press", "reuters", "afp", "agence france-presse", "bloomberg"}
#: Agencies whose notice with its year is its own page's: a news agency's ("© 2026 Bloomberg
#: L.P."), and MGN's, the Daily Mirror's publisher ("© 2026 MGN Ltd"), which undated credits
#: a stock picture on local stations' pages ("Image © MGN", "(c) MGN Online")
_DATED_OWNERS = _NEWS_AGENCIES | {"mgn"}
#: Abbreviations in datelines and credits, written out.
_EXPANSIONS = {"AP": "Associated Press", "CN": "Courthouse News"}
#: Companies named in copyright lines, by the outlet readers know them as.
_OWNERS = {
    "cable news network": "CNN",
    "cable news network, inc": "CNN",
    "cbs interactive": "CBS News",
    "cbs interactive inc": "CBS News",
    "abc news internet ventures": "ABC News",
    "fox news network": "Fox News",
    "fox news network, llc": "Fox News",
    "thomson reuters": "Reuters",
    # owners of one title each, signing its page's copyright line
    "forbes media": "Forbes",
    "salon media group": "Salon",
    "the daily beast company": "The Daily Beast",
    "capitol hill publishing corp": "The Hill",
    "news group newspapers": "The Sun",
    "mgn": "Daily Mirror",
    "wp company": "The Washington Post",
    "wp company llc": "The Washington Post",
    "the new york times company": "The New York Times",
    "nyp holdings": "New York Post",
    "guardian news and media": "The Guardian",
    "guardian news & media": "The Guardian",
    "telegraph media group": "The Telegraph",
    "independent digital news and media": "The Independent",
    "independent digital news & media": "The Independent",
    "bbc": "BBC News",
    "npr": "NPR",
    "national public radio": "NPR",
    "national public radio, inc": "NPR",
    # a network's sections that sign its pages' titles: "… - CNNPolitics", "… | CNN Business"
    "cnnpolitics": "CNN",
    "cnnmoney": "CNN",
    "cnn politics": "CNN",
    "cnn business": "CNN",
    "cnn wire": "CNN",
    "cnn international": "CNN",
}
#: Known outlets by the domains of their sites and staff e-mail.
_DOMAINS = {
    "nydailynews.com": "New York Daily News",
    "globe.com": "The Boston Globe",
    "bostonglobe.com": "The Boston Globe",
    "kcstar.com": "The Kansas City Star",
    "sun-sentinel.com": "Sun Sentinel",
    "sunsentinel.com": "Sun Sentinel",
    "sduniontribune.com": "The San Diego Union-Tribune",
    "sfchronicle.com": "San Francisco Chronicle",
    "latimes.com": "Los Angeles Times",
    "nytimes.com": "The New York Times",
    "washpost.com": "The Washington Post",
    "washingtonpost.com": "The Washington Post",
    "chicagotribune.com": "Chicago Tribune",
    "oregonian.com": "The Oregonian",
    "wral.com": "WRAL",
    "nypost.com": "New York Post",
    "miamiherald.com": "Miami Herald",
    "seattletimes.com": "The Seattle Times",
    "dallasnews.com": "The Dallas Morning News",
    "tampabay.com": "Tampa Bay Times",
    "ajc.com": "The Atlanta Journal-Constitution",
    "startribune.com": "Star Tribune",
    "denverpost.com": "The Denver Post",
    "freep.com": "Detroit Free Press",
    "jsonline.com": "Milwaukee Journal Sentinel",
    "azcentral.com": "The Arizona Republic",
    "space.com": "Space.com",
    "ap.org": "Associated Press",
    "reuters.com": "Reuters",
    "thomsonreuters.com": "Reuters",
    "cnn.com": "CNN",
    "turner.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "nbcuni.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.com": "ABC News",
    "abc.com": "ABC News",
    "bbc.co.uk": "BBC News",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "politico.com": "POLITICO",
    "thehill.com": "The Hill",
    "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "buzzfeed.com": "BuzzFeed News",
    "vox.com": "Vox",
    "npr.org": "NPR",
    "wsj.com": "The Wall Street Journal",
    "dowjones.com": "The Wall Street Journal",
    "bloomberg.net": "Bloomberg",
    "ft.com": "Financial Times",
    "time.com": "Time",
    "newsweek.com": "Newsweek",
    "sfgate.com": "SFGate",
    "mercurynews.com": "The Mercury News",
    "nj.com": "NJ.com",
    "njadvancemedia.com": "NJ.com",
    "oregonlive.com": "The Oregonian",
    "cleveland.com": "cleveland.com",
    "al.com": "AL.com",
    "masslive.com": "MassLive",
    "pennlive.com": "PennLive",
    "mlive.com": "MLive",
    "usatoday.com": "USA TODAY",
    "usat.ly": "USA TODAY",
    "indystar.com": "The Indianapolis Star",
    "desmoinesregister.com": "The Des Moines Register",
    "tennessean.com": "The Tennessean",
    "cincinnati.com": "The Cincinnati Enquirer",
    "courier-journal.com": "The Courier-Journal",
    "thedailybeast.com": "The Daily Beast",
    "businessinsider.com": "Business Insider",
    "people.com": "People",
    "tmz.com": "TMZ",
    "aol.com": "AOL",
    "msn.com": "MSN",
    "cnet.com": "CNET",
}
#: Page templates that betray one outlet.
_TEMPLATES = (
    (("Image ", "Media playback"),
     re.compile(r"^Image (?:copyright|caption)\b|^Media playback is unsupported on your device"),
     "BBC News"),
    (("caption",), re.compile(r"\btoggle caption\b"), "NPR"),
    (("Get The Beast", "Get the Beast"),
     re.compile(r"^Get The Beast In Your Inbox", re.IGNORECASE), "The Daily Beast"),
    (("Story highlights",), re.compile(r"^Story highlights\b"), "CNN"),
    (("MarketWatch",), re.compile(r"Subscribe to MarketWatch's\b"), "MarketWatch"),
    (("View Images",), re.compile(r"^View Images\b"), "National Geographic"),
    # the Guardian's links to its other stories (a headline, then "Read more", in the text),
    # its pictures' share buttons and its caption credits ("Photograph: Tim Walsh/PA")
    (("Read more", "Pinterest", "Photograph: "),
     re.compile(r"^[^.…]{15,160}[^.…\s] Read more$|^Facebook Twitter Pinterest\b"
                r"|\bPhotograph: [A-Z][^/()]{1,40}/[A-Z]"), "The Guardian"),
    (("@wsj", "WSJ.D"), re.compile(r"\bfollow @wsj\w*|\bMore from WSJ\.D\b"),
     "The Wall Street Journal"),
    (("Scroll down",), re.compile(r"^Scroll down for video\b"), "Daily Mail"),
    # its bylines online ("By Lee Park For Mailonline", "… For Dailymail.com")
    (("For Mail", "For Daily", "for Mail", "for Daily"),
     re.compile(r"^By [A-Z][^|]{1,60}\b[Ff]or (?:MailOnline|Mailonline|Dailymail\.com|DailyMail\.com)\b"),
     "Daily Mail"),
    # the printed edition's note under an article of the New York Times
    (("New York edition", "National edition"),
     re.compile(r"\bappears? in print on\b.{0,80}\bof the (?:New York|National) edition\b"),
     "The New York Times"),
    (("CNN affiliate",), re.compile(r"\bCNN affiliates? [A-Z]{3,5}\b"), "CNN"),
    # its time stamp in two zones: "Updated 1102 GMT (1902 HKT) May 4, 2026"
    ((" GMT (",), re.compile(r"\b\d{4} GMT \(\d{4} HKT\)"), "CNN"),
    # its prompt for its app between paragraphs: "CLICK HERE TO GET THE FOX NEWS APP"
    (("FOX NEWS", "Fox News"),
     re.compile(r"^CLICK HERE (?:TO|FOR) (?:GET |DOWNLOAD |SIGN UP FOR )?(?:THE )?FOX NEWS\b", re.I),
     "Fox News"),
    # its picture credit under the story ("Listing image by Harlow Works") and its name for
    # itself ("said in an e-mail to Ars")
    # ScienceDaily's note under each story it takes from a release: "Story Source: Materials
    # provided by University of Harlow. Note: Content may be edited for style and length."
    (("Content may be edited",),
     re.compile(r"^(?:Story Source: )?Materials provided by\b.{2,200}\bNote: Content may be edited"
                r" for style and length\b"), "ScienceDaily"),
    # EurekAlert!'s disclaimer under each news release it posts
    (("EurekAlert!",),
     re.compile(r"^Disclaimer: AAAS and EurekAlert! are not responsible\b"), "EurekAlert!"),
    # Reuters' footer under each story: "Our Standards: The Thomson Reuters Trust Principles."
    (("Trust Principles",), re.compile(r"^Our Standards: The Thomson Reuters Trust Principles\b"),
     "Reuters"),
    (("Listing image", " Ars"),
     re.compile(r"^Listing image by\b|\b(?:told|to|with) Ars\b(?! Technica)"), "Ars Technica"),
)  # fmt: skip

#: A lower-case letter before a capital: words of a name written together ("HarlowPost").
_TOGETHER = re.compile(r"[a-z][A-Z]")


def _written_together(words: list[str]) -> bool:
    """Is a word of ``words`` a name's words written together ("HarlowPost", "NewsDay")?"""
    return any(_TOGETHER.search(word) for word in words)


_NAME = r"(?:[A-Z][\w&.'’-]*|of|the|and|for|&)(?: (?:[A-Z][\w&.'’-]*|of|the|and|&|for))*"
#: The small words inside a newsroom's long name, in the languages its name may be in: "Agence
#: Orvennaise de Presse et d’Information Régionale", "Nachrichtenagentur für Stadt und Land".
_NAME_JOINER = (
    r"(?:of|the|and|for|on|&|de|du|des|et|la|le|les|di|del|della|y|e|da|do|dos|für|und|an|am"
    r"|der|die|das|van|von|en|och|og|i|à|au|aux)"
)
#: A newsroom's name of more words than a dateline's brackets usually hold (a regional agency's
#: or paper's whole name, up to 16 words): capitalised words and the small words between them,
#: an elided "d’" or "l’" before a capital ("d’Information"). Whether it names a newsroom is
#: :func:`long_newsrooms_name`'s to say.
LONG_NEWSROOM_NAME = (
    r"[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|[dl][’'][A-Z][\w.&'’-]*|"
    rf"{_NAME_JOINER})){{3,15}}"
)
#: (the date may follow the country, "HARLOW, England, May 4 (Reuters) -"; a German agency
#: writes its name in lower case, "(dpa)"; an Indian or a Spanish one closes it with a colon or
#: a full stop, "(ANI):", "(EFE).-")
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.]*\.?(?: [A-Z][\w.]*)?)?"
    rf"(?:,\s*(?i:{MONTH_WORD})\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    r"(?:,?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:(?:[—–]|--)\s*)?)?"
    r"\((?P<outlet>[A-Z][\w .&'’-]{0,30}[\w.]|dpa(?:-AFX)?"
    rf"|{LONG_NEWSROOM_NAME})\)\s*[:.]?\s*(?:[-—–_]+|--)?\s*"
    r"[A-Z\"“‘']"
)
#: A dateline alone on its line, the story's first sentence on the next: "QUARRINGTON, England
#: (Kestrel Wire) --", "ELLERBY, England, May 3 (Lantern) -" (its place in capitals and its dash
#: closing the line, as a dateline's are; a name and a party in brackets are no dateline). A
#: place with no region nor date after it is one only before a newsroom's name
#: (:func:`_names_a_newsroom`: "LONDON (Reuters) -", "QUARRINGTON (Kestrel Wire) —"): a
#: speaker's name in capitals over their words ("OSKAR THALE (Harbour Party) --") and a
#: caption's credit ("PHOTO (Kestrel Images) -") have the same shape.
_DATELINE_ALONE = re.compile(
    r"^[A-Z]{2,}[A-Z.'’ -]*(?P<where>,[^()]{1,40})?\s*"
    r"\((?P<outlet>[A-Z][\w .&'’-]{0,30}[\w.]|dpa(?:-AFX)?)\)\s*(?:[-—–_]+|--)$"
)
#: A dateline inside a line, after a headline pasted onto it ("… Woman Says BAKERSFIELD,
#: Calif. (CN) - A money-transfer company…"): an upper-case place and a dash are required.
_INNER_DATELINE = re.compile(
    r"[a-z\"”’'?!.] (?:[A-Z]{3,}(?:[ .'-]+[A-Z]{2,})*)(?:, [A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)?"
    r" \((?P<outlet>[A-Z][\w .&'’-]{0,30}[\w.])\) ?(?:--|[-—–_]) ?[A-Z\"“‘']"
)
#: Where a footer naming the article's first page begins: a line's or a sentence's start,
#: after an optional "This article was" / "A version of this story" ("Originally published on
#: Harlow Herald.", "This story first appeared in …"); a story's sentence telling where a plan or
#: a novel was first published ("The plan was first published by the council on Monday, the
#: mayor said.") is no footer.
_FIRST_PAGE_START = (
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”)] ))[\s*_(\[]*"
    r"(?:(?:an? (?:earlier |longer |shorter )?version of )?this (?:article|story|post|piece"
    r"|column|essay|report|interview|review|feature|op-ed|item)\b[^.!?]{0,40}? )?"
)
#: A page's time stamp between a footer's words and the outlet it names: "First published on
#: March 4, 2026 at 9:00 AM ET by …", "Originally published Tuesday, May 4, in …".
_FIRST_PAGE_STAMP = (
    rf"(?:on )?(?:(?:{MONTH_WORD}|{WEEKDAY_WORD})\b,?(?: \d{{1,4}}(?:st|nd|rd|th)?\b,?)*\s*)+"
    r"(?:(?:at |/ ?)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?-i: [A-Z]{2,4})?,?\s*)?"
)
_FOOTER = re.compile(
    r"(?:appeared first on"
    rf"|{_FIRST_PAGE_START}(?:first|originally) (?:appeared|published) {_FIRST_PAGE_STAMP}"
    r"(?:on|in|at|by)"
    rf"|{_FIRST_PAGE_START}(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by)"
    # "A version of this story appeared in The Harlow Herald.": a version's page names it
    r"|(?:^|(?<=[.!?] ))an? (?:earlier |longer |shorter )?version of this (?:article|story|post"
    r"|piece|column|essay|report) (?:originally |first )?(?:appeared|ran|was published) (?:on|in)"
    # a reprint's or a partner's note: "This article is republished from The Fennick Review
    # under a Creative Commons license.", "Republished with permission of Harlow Herald.",
    # "This story was produced by Harlow Health News, a nonprofit newsroom."
    r"|(?:republished|reprinted) (?:here )?(?:from|with (?:the )?(?:kind )?permission (?:of|from))"
    r"|(?:story|article|report) was produced by"
    # a partner page's note, naming a paper only ("This content was produced by Vale Water" is
    # a company's advertisement): "This content was produced by the Harlow Herald."
    r"|(?<=this )content was produced by"
    # a syndicated copy's pointer to its first page: "Read the original article on Harlow Herald."
    r"|read the original (?:article|story|post) (?:on|at|in)"
    # a magazine's printed issue: "This article appears in the May 2026 issue of Harlow Monthly."
    r"|(?:article|story|piece|essay) (?:originally )?appear(?:s|ed) in the [^.]{1,40}?"
    r" (?:issue|edition) of)\s+(?:the )?"
    # the outlet's name has a capital ("by the council" names none) or is a site's address
    r"(?P<outlet>(?:(?-i:[A-Z])|(?=[\w-]+\.(?:com|org|net|co\.uk)\b))[\w.&'’ -]{1,50}?)"
    # a site named by its domain ends at the full stop after ".com", not at the one before it;
    # a syndicated copy's note gives the first page's headline after a colon: "This article
    # originally appeared on Harlow Herald: Ferry runs aground off Lowmere"
    r"\s*(?:\.(?!(?:com|org|net|co\.uk)\b)|,|$|:\s| and\b| on\b| under\b| with\b| in \d"
    r"| in partnership\b)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?"
    # (a full stop inside a name, "Bloomberg L.P.", "Harlow.com", does not end it)
    # (the site's links after it end it too: "© 2026 Harlow Herald | Privacy Policy | Terms")
    r"(?P<outlet>[A-Z][\w.&'’ -]{1,60}?)\s*(?:\(|\.(?![A-Za-z]{1,3}\b\.?)|,|-\s|–|—|[|•·]\s|all rights|$)",
    re.IGNORECASE,
)
#: A notice with its owner first: "Harlow Herald © 2026", "Harlow Herald (c) 2026. All rights
#: reserved."
_OWNER_FIRST = re.compile(
    r"(?P<outlet>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5})\s*(?:©|\((?i:c)\)|(?i:copyright))"
    r"\s*(?:19|20)\d\d\b"
)
_REUTERS_CREDIT = re.compile(
    r"^\(?(?:Additional )?(?:Reporting|Writing) by\b.{0,300}\bEditing by\b"
    r"|^\(Editing by [A-Z][^()]{2,80}\)$",
    re.I,
)
_TITLE_SITE = re.compile(r"^.{12,}?\s(?:\||-|–|—|::|:|·|«)\s(?P<outlet>[^|–—·«/]{2,40})$")
#: The writers a byline names: "Lee Park", "LEE PARK and SAM REYES", "Lee Park, Sam Reyes and
#: Dana Whitlow".
_BYLINE_NAMES = (
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:(?:,| and|,? &|, and) [A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){1,3})*?"
)
#: The words a credit to a paper's own editorial board or newsroom holds (see :data:`_STAFF`).
_NEWSROOM_HINTS = (
    "Editorial",
    "editorial",
    "Newsroom",
    "newsroom",
    "Staff",
    "staff",
    "Digital Team",
)
#: The mark of a syndicate that sends a paper's stories on to other sites, after the paper's
#: name in the byline: "(TNS)" (Tribune News Service), "(MCT)", "(KRT)".
_SYNDICATE = r"\((?:TNS|MCT|KRT)\)"
#: The words of a writer's job after the outlet in a byline ("Harlow Herald Staff Writer").
_JOB = (
    r"(?:Staff|Senior|Chief|Special|Contributing|Science|Medical|Health|Political|Politics|Sports"
    r"|Business|Legal|Foreign|National|Associate|Managing|Digital|Investigative|Entertainment"
    r"|Technology|Tech|Economics|Religion|Courts?|Education|Environment|Environmental|Travel"
    r"|Food|Arts|Music|Film|Movie|Television|TV|Climate|Energy|Diplomatic|Military|Justice"
    r"|Breaking News|White House|Washington|Capitol Hill|Metro|Features?|Opinion)"
)
#: The words of a writer's job, for the title reader's byline naming only the job ("Lee Park,
#: Staff Writer"): no headline's verb ("…, Names New Editor").
JOB_WORDS = _JOB
_JOB_TITLE = (
    r"(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Producer|Critic|Analyst"
    r"|Photographer|Journalist)s?"
)
#: The writer's job closing the outlet's name in a byline: "(Harlow Herald) Staff Writer",
#: "(AP) Science Writer" (see :func:`_without_job`).
_JOB_AT_END = re.compile(rf"(?:^|\s)(?P<jobs>(?:{_JOB}\s){{0,2}}){_JOB_TITLE}$")
#: The outlet's name in a byline, perhaps with the writer's job after it (taken off later).
_BYLINE_OUTLET = r"(?P<outlet>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,6}?)"
#: A byline's end: perhaps the page's time stamp, or its date alone ("By Lee Park | Harlow
#: Herald May 4, 2026").
_BYLINE_STAMP = r"\s+(?:Updated|Published|Posted)\b.*"
_BYLINE_DATE = rf" (?:\w+day,? )?(?i:{MONTH_WORD}) \d{{1,2}},? \d{{4}}\b.*"
_BYLINE_END = rf"(?:{_BYLINE_STAMP}|(?: [|•·-])?{_BYLINE_DATE})?\s*$"
#: The same end, the date perhaps after a comma: "Lee Park, The Harlow Herald, May 4, 2026";
#: only where the outlet must name a paper (:func:`_names_a_paper`), as "By Lee Park,
#: Varnholt, May 4, 2026" ends in the same form with a place.
#: (or the paper's town and state after it, as a signature line sets them: "Lee Park, Harlow
#: Herald, Harlow, Ohio")
_TOWN_AND_STATE = r"(?:, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}, [A-Z][\w.]+(?: [A-Z][\w.]+)?)"
_DATED_BYLINE_END = rf"{_TOWN_AND_STATE}?(?:{_BYLINE_STAMP}|(?:,| [|•·-])?{_BYLINE_DATE})?\s*$"


def _without_job(name: str) -> str | None:
    """An outlet's name in a byline without the writer's job after it ("Harlow Herald Staff
    Writer" -> "Harlow Herald", "AP Science Writer" -> "AP"); a job alone ("Staff Writer") or
    with its beat ("Data Editor", "Energy Reporter") names none, and a name that ends in a
    job's word ("The Hollywood Reporter") is kept; a one-word paper's name before a job
    ("Tellmark Staff Writer", "Tellmark Editor") is the paper's, a beat being an English word."""
    found = _JOB_AT_END.search(name)
    if not found:
        return name
    rest = name[: found.start()].strip()
    if (
        len(rest.split()) == 1
        and not found.group("jobs")
        and not (rest.isupper() or rest.casefold() in _KNOWN_OUTLETS)
        and rest.casefold() in known_words()
    ):
        return None  # a job with its beat: "Data Editor" ("Energy Reporter" is all job)
    if found.group("jobs") or len(rest.split()) <= 1:
        return rest or None
    return name


_STAFF = (
    (("critic", "correspondent", "reporter", "writer", "editor", "columnist"),
     re.compile(rf"\bis (?:the|a|an) (?P<outlet>{_NAME})['’]s? (?:\w+ ){{0,3}}"
                r"(?:critic|correspondent|reporter|writer|editor|columnist)\b")),
    (("By ",), re.compile(rf"^By [A-Z][\w.'’ -]{{2,40}}? of (?:the )?(?P<outlet>{_NAME})\s*$")),
    (("analysis from",),
     re.compile(rf"\b(?:news|video|coverage),? and analysis from (?P<outlet>{_NAME})")),
    (("see this item from",),
     re.compile(r"\bsee this item from (?P<outlet>[\w.-]+\.(?:com|org|net))\b")),
    ((")",), re.compile(rf"\bfor (?P<outlet>{_NAME})\)\s*$")),
    # a staff photographer's credit closing a caption: "… Credit Lee Park for The Harlow Herald"
    (("Credit ",), re.compile(rf"[.!?\"”’] Credit [A-Z][\w.'’ -]{{2,40}}? for (?P<outlet>{_NAME})\s*$")),
    (("contributed",),
     re.compile(rf"^(?P<outlet>{_NAME})['’]s? [A-Z][\w.'’ ,-]{{2,120}}? contributed"
                r" (?:to this (?:report|story)|reporting)\b")),
    # a byline without a mark between the writer and an agency or a broadcaster: "By LEE PARK
    # AP Science Writer", "By Lee Park Associated Press", "By Lee Park BBC News, Harlow"
    (("By ",),
     re.compile(rf"^By {_BYLINE_NAMES} (?P<outlet>Associated Press|AP|Reuters|AFP|Agence France-Presse"
                rf"|Bloomberg(?: News)?|UPI|United Press International|dpa|Xinhua|BBC News|CNN|NPR)"
                rf"(?: (?:[A-Z][a-z]+ ){{0,2}}[A-Z][a-z]+)?(?:, [A-Z][\w.'’ -]{{1,30}})?{_BYLINE_END}")),
    # a byline in capitals for its site: "By LEE PARK FOR HARLOWONLINE", "By LEE PARK FOR THE
    # HARLOW HERALD" (the writer's name in capitals, then the site it wrote for)
    (("By ",),
     re.compile(r"^By (?:[A-Z][A-Z.'’-]+ ){1,3}(?:AND (?:[A-Z][A-Z.'’-]+ ){1,3})?(?:FOR|for) (?:THE |the )?"
                r"(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\.?\s*$")),
    # a freelance writer's credit, and the paper's own staff's: "Special to The Harlow Herald",
    # "Harlow Herald Staff Report"
    (("Special to", "special to"),
     re.compile(rf"^(?:By [A-Z][\w.'’ -]{{2,40}}?,? |{_BYLINE_NAMES},? )?[Ss]pecial to (?:the )?"
                rf"(?P<outlet>{_NAME})"
                r"\.?\s*$")),
    # the paper's own staff credited without a writer, or after one: "Harlow Herald Staff",
    # "By Lee Park, Harlow Herald Staff", "Harlow Herald staff", "Harlow Herald staff and wire
    # reports" (only a paper's name: "Senate
    # Committee Staff" is none; a writer only before a comma: "By Harlow Daily Herald Staff" is
    # the paper's staff, never "Daily Herald" under a writer "Harlow")
    (("Staff", "staff"),
     re.compile(rf"^(?:By [A-Z][\w.'’ -]{{2,40}}?, )?(?:[Tt]he )?(?!By\b)(?P<outlet>{_NAME}) [Ss]taff"
                r"(?: and [Ww]ire [Rr]eports)?\.?\s*$")),
    # a byline in other words, or for its paper: "Story by Lee Park, Harlow Herald", "Written
    # by Lee Park for the Harlow Herald", "By Lee Park for the Harlow Herald", "Reporting by Lee
    # Park for the Harlow Herald", "Posted May 4, 2026 by Lee Park, Harlow Herald" (a blog's
    # post line with its date) (a paper's name,
    # in capitals: "By Election Day, the party had lost its leader" is a sentence)
    (("By ", " by "),
     re.compile(rf"^(?:(?:Story|Written|Words|Text|Article|Reporting|Reported) by|By"
                rf"|(?:Posted|Published)(?: on)? (?:{WEEKDAY_WORD},? )?(?i:{MONTH_WORD})\.? \d{{1,2}},? \d{{4}} by)"
                rf" {_BYLINE_NAMES}(?:,? for|,| \|)"
                r" (?:[Tt]he )?(?P<outlet>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|the|and|&))*)"
                # (the syndicate that sent the paper's story on: "By Lee Park, Harlow Herald (TNS)")
                rf"\.?(?: {_SYNDICATE})?\s*$")),
    # the staff's credit with the paper after it: "From staff reports, The Harlow Herald" (a
    # paper's name only: "From staff reports, Harlow Parish Council" is none)
    (("From staff reports", "From Staff Reports"),
     re.compile(rf"^From [Ss]taff [Rr]eports,? (?:[-–—|] )?(?:[Tt]he )?(?P<outlet>{_NAME})\.?\s*$")),
    # (signed as a byline too: "By Harlow Herald Staff Report", never "By Harlow Herald")
    (("Staff Report", "staff report"),
     re.compile(r"^(?:From |By )?(?:the )?(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}?)"
                r" [Ss]taff [Rr]eports?\.?\s*$")),
    # a byline naming the outlet: "By Lee Park | Harlow Herald", "By Lee Park and Sam Reyes,
    # Harlow Herald Staff Writers", "By Lee Park, AP Science Writer", "By Lee Park / Harlow
    # Herald", "By Lee Park, CNN Updated 10:45 AM ET, Mon May 4, 2026", "By Lee Park, for CNN"
    (("By ",),
     re.compile(rf"^By {_BYLINE_NAMES}(?:,| \||  ?[-–—]| ?/|,? for) "
                rf"{_BYLINE_OUTLET}{_BYLINE_END}")),
    (("Find ",),
     re.compile(r"(?:^|[.!] )Find (?P<outlet>[A-Z][\w.&' -]{1,40}?) on (?:Facebook|Twitter)\b")),
    # the site asking to be followed: "Follow Harlow News on Twitter", "Like KHAR on Facebook"
    # (a name that is a paper's or a station's; a reporter is followed by name)
    (("Follow ", "Like "),
     re.compile(r"(?:^|[.!] )(?:Follow|Like) (?:the )?(?P<outlet>(?:[A-Z][\w.&'-]* ){0,3}(?:News|Times"
                r"|Post|TV|Radio|Journal|Herald|Tribune|Gazette|Chronicle|Magazine|Daily|Press)"
                r"|[KW][A-Z]{2,3}(?:-TV)?|[\w-]+\.com) on (?:Facebook|Twitter|Instagram)\b")),
    # its staff's byline: "By Harlow Herald Staff", "By the Harlow Herald News Staff"
    (("By ",),
     re.compile(r"^By (?:the )?(?P<outlet>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}?) (?:News )?(?:Staff"
                r"|Staff Reports|Wire Services|Digital Staff|Web Staff|Newsroom|Staff and Wire Reports)$")),
    # its editorial's or its newsroom's byline, with or without "By": "The Harlow Herald
    # Editorial Board", "By the Harlow Herald Editorial Board", "Opinion by the Harlow Herald
    # Editorial Board", "Harlow Herald Editorial", "Harlow Herald Newsroom", "Harlow Herald Web
    # Staff", "Harlow Herald Digital Team" (a paper's name only: "Harlow Council Editorial
    # Board" is none)
    (_NEWSROOM_HINTS,
     re.compile(r"^(?:Opinion by |By )?(?:the )?(?P<outlet>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}?)"
                r"(?:['’]s)? (?:[Ee]ditorial(?: [Bb]oard)?|[Nn]ewsroom|(?:News|Web|Digital|Online) [Ss]taff"
                r"|Digital Team)\.?\s*$")),
    # its forum under its reviews: "Discuss this topic in the Harlow Screen Forums."
    (("Discuss ",),
     re.compile(rf"\bDiscuss this (?:topic|story|article|review|film) (?:in|on) the (?P<outlet>{_NAME})"
                r" [Ff]orums?\b")),
    # a post or a page signed by the paper itself, as a site's software writes it: "Posted by
    # Harlow Herald", "Published May 4, 2026 by the Harlow Herald", "Posted by the Harlow
    # Herald on May 4, 2026" (only a paper's name: "Posted by Lee Park" is a writer)
    # (the paper's staff after its name: "Posted by Harlow Herald Staff"; without "the" or
    # "Staff", only a name no surname ends as, :func:`_written_as_a_paper`: "Posted by Wei Sun",
    # "Posted by Emily Post" are writers)
    (("Posted by ", "Posted on ", "Posted: ", "Published ", "Published: "),
     re.compile(rf"^(?:Posted|Published|Submitted):?(?: on)?(?:{_BYLINE_DATE})? by (?P<the>the )?"
                r"(?P<outlet>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|the|and|&))*?)"
                r"(?P<staff> [Ss]taff)?"
                rf"(?: (?:on|at){_BYLINE_DATE}| (?:on|at) [\d:apm. ]{{3,12}})?\.?\s*$")),
    # its blog's post line: "Posted by Lee Park on the Harlow Motors blog"
    (("Posted by ",),
     re.compile(rf"^Posted by [A-Z][\w.'’ -]{{2,40}}? (?:on|in|to) (?:the )?(?P<outlet>{_NAME})"
                r" [Bb]log\b")),
    # its own app: "Download the Harlow Herald app for breaking news"
    (("app",), re.compile(rf"\b(?:Download|Get) the (?:free )?(?P<outlet>{_NAME}) app\b")),
    # its own newsletter, a paper's (:data:`_PAPER_CREDITS`): "Sign up for the Harlow Herald
    # morning newsletter" ("… the Harlow Council newsletter" is none)
    (("Sign up for ", "Subscribe to "),
     re.compile(rf"^(?:Sign up for|Subscribe to) (?:the )?(?P<outlet>{_NAME})"
                r"(?: (?:daily|weekly|morning|evening|free|breaking news|local|email))*"
                r" (?:e-?mail )?newsletters?\b")),
    # the site asking to be followed by a paper's name of any ending ("Follow the Tullow
    # Sentinel on Facebook"), a paper's only (:data:`_PAPER_CREDITS`): "Follow the Harbour
    # Party on Twitter" is a party's, "Follow Lee Park on Twitter" a writer's; without "the",
    # only a name no surname ends as (:data:`_PAPER_ONLY_WORDS`): "Follow Jonah Star on
    # Twitter" is a writer's
    (("Follow ", "Like "),
     re.compile(r"(?:^|[.!] )(?:Follow|Like) (?P<the>the )?(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){1,4}?)"
                r" on (?:Facebook|Twitter|Instagram)\b")),
)  # fmt: skip
#: A byline's job title is not an outlet ("By Lee Park, Staff Writer").
_ROLE = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|contributor|columnist|staff|special|senior|chief"
    r"|producer|analyst|critic|intern|freelance|photographer)s?\b",
    re.IGNORECASE,
)
#: (a word of a name is at most 41 characters: unbounded, "A-B-C-…" of 100 kB read before
#: "reporters" or "could not" took minutes of backtracking)
_WORDS = r"[A-Z][\w&'’-]{0,40}(?: [A-Z][\w&'’-]{0,40}){0,3}"
#: An outlet speaking of itself in the third person: "told ABC News today", "WCAX News is
#: learning", "did not return USA TODAY's request", "tells PEOPLE", "reports for NBC4 News".
_SELF = (
    # (hints, pattern, whether the name may be another outlet interviewing someone)
    (("told ", "tells "),
     re.compile(rf"\b(?:told|tells) (?:the )?(?P<outlet>{_WORDS}) (?:today|tonight|exclusively)\b"),
     True),
    (("reach",), re.compile(rf"\b(?P<outlet>{_WORDS}) (?:could not|couldn't|was unable to) reach\b"),
     True),
    (("request", "inquir"),
     re.compile(rf"\b(?P<outlet>{_WORDS})['’]s? (?:requests?|inquiry|inquiries) for (?:a |an )?"
                r"(?:comment|interview|response|information)\b"), False),
    (("seeking comment",),
     re.compile(rf"\b(?:calls?|e-?mails?|messages?|requests?) from (?P<outlet>{_WORDS})"
                r" seeking comment\b"), False),
    # "did not respond to a request for comment from CNN", "declined to comment to The Post",
    # "When reached by WXYZ, …", "Contacted this morning by the Daily Beast, …"
    (("comment from", "comment to", "by "),
     re.compile(rf"\b(?:requests?|inquiry|inquiries|queries) for comment from (?:[Tt]he )?"
                rf"(?P<outlet>{_WORDS})\b|\bdeclined to comment to (?:[Tt]he )?(?P<outlet2>{_WORDS})\b"
                rf"|(?:^|\. |\bWhen |\bwhen )(?:[Rr]eached|[Cc]ontacted)(?: (?:this|on|late|early)"
                rf" \w+)? by (?:[Tt]he )?(?P<outlet3>{_WORDS}),"), False),
    # (a name's own "'s": "the Harlow Herald's newsletter"; "the Grain Workers' Union
    # newsletter" is a union's, and a name without one is read in _STAFF, a paper's only)
    (("newsletter",),
     re.compile(rf"^(?:Sign up for|Subscribe to|Get) (?:the )?(?P<outlet>{_WORDS})['’]s (?:[\w-]+ )"
                r"{0,3}newsletters?\b"), False),
    (("learn", "obtained"),
     re.compile(rf"\b(?P<outlet>{_WORDS}) (?:is learning|has learned|has obtained)\b"), True),
    (("told ", "tells "),
     re.compile(r"\b(?:told|tells) (?:the )?(?P<outlet>(?:[KW][A-Z]{2,3}|ABC ?\d+|NBC ?\d+"
                r"|CBS ?\d+|FOX ?\d+|[A-Z]{4,})(?: News)?(?: I-Team)?)\b"), True),
    (("reporters",), re.compile(r"\bas well as (?P<outlet>[A-Z][\w ]{1,30}?) reporters\b"), True),
    # its staff at work on the story: "Harlow TV reporters had to wait in line for 18 hours"
    (("reporters", "journalists", "staffers", "producers", "crew"),
     re.compile(r"\b(?P<outlet>[A-Z]{3,}\w*|[A-Z][\w&'’-]{0,40}(?: [A-Z][\w&'’-]{0,40}){1,3}) (?:reporters"
                r"|journalists|staffers|producers|crews?) (?:had to|waited|spent|visited|went to"
                r"|obtained|witnessed|were able to|were the first)\b"), True),
    # a station's promise of its newscast: "The latest at 11pm @KHAR7", "tonight at 6 on NBC9"
    ((" at ",),
     re.compile(r"\bat (?:\d{1,2}(?::\d\d)? ?(?:[ap]\.?m\.?)?|noon) (?:on |@)(?P<outlet>(?:[A-Z]{2,}\d{1,2}"
                r"|[KW][A-Z]{2,3}(?:-TV)?)(?: News)?)\b"), False),
    # a station's video description: "Lee Park reports for the NBC4 News at 5 on Monday"
    (("reports for",),
     re.compile(rf"\b[A-Z][\w'’-]{{1,40}} reports for (?:the )?(?P<outlet>{_WORDS})\b"), False),
    # a station's video descriptions: "Lee Park reports during Harlow Action News at 6pm on
    # May 4", "Watch the report from Sam Reyes on Harlow Action News at 4 p.m."
    (("reports on", "reports during", "report from"),
     re.compile(rf"\b(?:[A-Z][\w'’-]{{1,40}} reports (?:on|during)|[Tt]he report from [A-Z][\w.'’ -]{{2,40}}?"
                rf" on) (?:the )?(?P<outlet>{_WORDS}) at \d"), False),
    # a magazine printing its own name in capitals: "Recently, HARLOW MONTHLY sat down with …"
    (("sat down", "spoke with", "caught up", "chatted with", "talked "),
     re.compile(r"(?:^|[.!?] |, )(?P<outlet>[A-Z]{2,}(?: [A-Z]{2,}){1,3}) (?:recently )?(?:sat down"
                r" with|spoke with|caught up with|chatted with|talked (?:to|with))\b"), True),
    # a site whose name ends in "News" that people talk to, not credited with the story:
    # "…, a forensic scientist, told Harlow Weird News." (the national networks, interviewing
    # for every outlet's story, only with "today", above)
    (("told ", "tells ", "telling "),
     re.compile(r"\b(?:told|tells|telling) (?:the )?(?!(?:ABC|CBS|NBC|Fox|Sky|BBC|CNN|MSNBC) News\b)"
                r"(?P<outlet>(?:[A-Z][\w&'’-]{0,40}|\d+)(?: (?:[A-Z][\w&'’-]{0,40}|\d+)){0,3} News(?: I-Team)?)\b"),
     True),
    # "In an exclusive, expletive-filled interview with Vocativ outside his home, …"
    (("exclusive",),
     re.compile(rf"\bexclusive(?:,? [\w-]+)? interview with (?:the )?(?P<outlet>{_WORDS})\b"),
     True),
)  # fmt: skip
#: A paper speaking of itself by its short name ("Pascale told The Post."); other outlets
#: name a paper in full ("told The Washington Post").
_SHORT_SELF = re.compile(
    r"\b(?:told|tells|said to|spoke to|speaking to|(?:[Ii]n an?|[Dd]uring an?) (?:[\w-]+ )?interview with"
    r"|[Ii]nterviewed by) (?P<outlet>The (?:Post|Times|Globe|Journal"
    r"|Tribune|Herald|Star|Sun|Chronicle|Inquirer|Examiner|Bee))(?=[.,;:]|$| on | in | by )"
)
#: A news agency credited alone on one of an article's last lines ("AFP", "— Reuters").
_CLOSING_CREDIT = re.compile(
    r"^[—–-]?\s*(?P<outlet>AFP|AP|Reuters|Associated Press|Agence France-Presse|dpa|Xinhua"
    r"|Bloomberg|UPI|AAP|PTI|IANS|ANI|Kyodo|EFE|Yonhap|TASS|Anadolu)\.?$"
)
#: How many of an article's last lines may hold its closing credit.
CLOSING_LINES = 3
#: Bodies that ask and answer questions in the news but publish none.
_NOT_PUBLISHERS = {
    "fbi", "cia", "nsa", "doj", "ice", "epa", "fda", "nasa", "ntsb", "tsa", "irs", "sec", "faa",
    "cdc", "who", "un", "nato", "police", "officials", "authorities", "investigators", "prosecutors",
    "the fbi", "the police", "reporters", "journalists", "the company", "the family",
}  # fmt: skip
#: Outlets whose name after "told" is usually another outlet's interview, not a self-reference.
_INTERVIEWERS = {"cnn", "nbc", "cbs", "abc", "npr", "bbc", "msnbc", "afp", "fox", "reuters"}
_CREDIT = re.compile(r"\([^()/]{2,60}/(?:[^()/]{2,40}/)*(?P<outlet>[^()/]{2,40})\)\s*$")
_AP_STAFF = re.compile(r"^(?:Follow )?(?:Associated Press|AP)(?: [A-Z]\w+)* [Ww]riters?\b")
#: An e-mail address: its local part read from the start of its run only, and its host whole
#: (possessive runs, so a line of "a@b.b.b.b…" or "aaaa…@" is read in linear time); the
#: domain is taken from the host by :func:`_email_domains`.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@(?P<host>[\w-]++(?:\.[\w-]++)*+)(?!@)")
_EMAIL_ENDS = frozenset({"com", "org", "net"})
_NOT_OUTLETS = {
    "thread", "file", "photo", "video", "ap photo", "update", "updated", "ret",
    # a page's label of its kind, in capitals over it: "PRESS RELEASE", "TRANSCRIPT"
    "press release", "news release", "media release", "for immediate release", "transcript",
    "statement", "press statement", "media statement", "media advisory",
}  # fmt: skip
#: How many lines from the top a dateline is looked for (captions come first).
DATELINE_LINES = 8


def names_no_outlet(name: str) -> bool:
    """Whether a name a page prints where an outlet's stands is a word of the page's instead
    ("Photo", "Update", "Press Release")."""
    return name.strip().casefold() in _NOT_OUTLETS


def _email_domains(line: str) -> Iterator[str]:
    """The domain of each e-mail address in a line, its last label before ".com", ".org",
    ".net" or ".co.uk" and that ending ("desk@mail.harlowherald.com" → "harlowherald.com");
    an address with none of these endings gives none."""

    if "@" not in line:
        return
    for email in _EMAIL.finditer(line):
        labels = email.group("host").split(".")
        for at in range(len(labels) - 1, 0, -1):
            if labels[at] == "co" and at + 1 < len(labels) and labels[at + 1] == "uk":
                yield ".".join(labels[at - 1 : at + 2])
                break
            if labels[at] in _EMAIL_ENDS:
                yield ".".join(labels[at - 1 : at + 1])
                break


def outlet_name(name: str) -> str:
    """An outlet's name as a dateline or credit abbreviates it, written out ("AP")."""
    name = name.strip()
    return _EXPANSIONS.get(name, name)


#: A match's score between two names: "Bramcote 0-1 Lydd Athletic", "Harnley 2–2 Ossett Vale"
#: (round the clock is a site's: "Marlby 24-7 News").
_SCORE = re.compile(r"[A-Za-z] (?!24 ?[-–] ?7\b)\d{1,3} ?[-–] ?\d{1,3} [A-Z]")


#: How many words an outlet's name may have (a dateline's long name may have more).
_CLEAN_WORDS = 7


def _clean(name: str | None, *, owners: bool = True, words: int = _CLEAN_WORDS) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).split(". ")[0].strip(" .,;:-–—'’\"")
    name = re.sub(
        r",?\s+(?:Inc|LLC|LLP|Ltd|Limited|Corp|Co|L\.P|LP|PLC|plc|GmbH|AG)\.?$|,?\s+\d{4}$",
        "",
        name,
    )
    name = re.sub(
        r"\s+(?:All rights reserved|Newspaper Company|or its affiliated companies).*$",
        "",
        name,
        flags=re.I,
    )
    name = re.sub(r",?\s+(?:Inc|LLC|Ltd|Limited|Corp|Co)\.?$", "", name)
    if not name or name.casefold() in _NOT_OUTLETS or len(name.split()) > words:
        return None
    if _SCORE.search(name):
        return None  # a scores ticker's result ("… · Bramcote 0-1 Lydd Athletic") names no site
    if name.casefold() == "globe":  # "Copyright 2010 Globe Newspaper Company"
        return "The Boston Globe"
    owner = _OWNERS.get(name.casefold().rstrip(".")) if owners else None
    return owner or _EXPANSIONS.get(name, name)


def _domain_outlet(domain: str) -> str | None:
    return _DOMAINS.get(domain.casefold())


def _dateline(lines: Sequence[str]) -> str | None:
    for line in lines[:DATELINE_LINES]:
        alone = _DATELINE_ALONE.match(line.strip())
        if alone and not alone.group("where") and not _names_a_newsroom(alone.group("outlet")):
            alone = None
        found = (
            _DATELINE.match(line) or alone or ("(" in line and _INNER_DATELINE.search(line[:300]))
        )
        if not found:
            continue
        name = found.group("outlet")
        if len(name) > _SHORT_DATELINE_NAME or len(name.split()) > _CLEAN_WORDS:
            # a long name in the brackets is a newsroom's only when it says it is one
            if long_newsrooms_name(name) and (long := _clean(name, words=len(name.split()))):
                return long
            continue
        if name := _clean(name):
            return spelled_out(name, lines) or name
    return None


#: How long a name the dateline's brackets hold without its being told a newsroom's.
_SHORT_DATELINE_NAME = 32
#: Words naming a newsroom inside a long name, in the languages a dateline may be written in
#: (besides a paper's and an agency's English words).
_NEWSROOM_WORDS = frozenset({
    "presse", "prensa", "imprensa", "stampa", "pers", "prasa", "agence", "agencia", "agência",
    "agenzia", "nachrichten", "nachrichtenagentur", "zeitung", "journal", "noticias",
    "notícias", "notizie", "nouvelles", "nieuws", "nyheter", "nyheder", "uutiset",
})  # fmt: skip


#: Words of a body's name, not a newsroom's, which a long name may hold beside a paper's.
_BODY_WORDS = frozenset({
    "society", "association", "council", "committee", "trust", "club", "union", "party",
    "foundation", "institute", "league", "federation", "friends", "campaign", "coalition",
    "alliance", "church", "school", "university", "college", "ministry", "department",
})  # fmt: skip


def long_newsrooms_name(name: str) -> bool:
    """Whether a dateline's long bracketed name (:data:`LONG_NEWSROOM_NAME`) names a newsroom:
    a word of a paper's, an agency's or a press's name closes it or stands before one of its
    small words ("Agence Orvennaise de Presse et d’Information …", "Harlow Evening Herald and
    Courier of the Vale", "Nachrichtenagentur für …"); "Lisse Valley Ramblers and Hill Walkers
    Association", "Standard Bearers of …" or a body's name holding a paper's ("Friends of the
    Harlow Herald and the Lisse Valley Review Society") is no newsroom's."""
    words = [w.casefold().strip(".,") for w in name.split()]
    if any(word in _BODY_WORDS for word in words):
        return False  # "Friends of the Harlow Herald and the Lisse Valley Review Society"
    joiners = re.compile(_NAME_JOINER)
    newsroom = _PRESS_NAME_WORDS | _AGENCY_NAME_WORDS | _NEWSROOM_WORDS
    for at, word in enumerate(words):
        if word in newsroom and (at == len(words) - 1 or joiners.fullmatch(words[at + 1])):
            return True
    return False


#: The capitalised words of a name a page spells out in full: "Brisk News Service".
_SPELLED_NAME = re.compile(
    r"\b[A-Z][a-z][\w&'’-]*(?: (?:of |the |and |& )?[A-Z][a-z][\w&'’-]*){1,5}"
)


def spelled_out(initials: str, lines: Sequence[str]) -> str | None:
    """An outlet a dateline names by its initials, "(BNS)", as the page spells it out on a line
    of its own or in its byline or footer ("Brisk News Service"): the name whose words' first
    letters are the initials and that reads as a paper's or an agency's; None for a known
    outlet's initials ("(AP)", "(CNN)"), a station's call letters ("(KHAR)") or when the page
    spells none out ("Kestra Harbour Area Residents" is no KHAR)."""
    if not (2 <= len(initials) <= 5 and initials.isalpha() and initials.isupper()):
        return None
    if initials.casefold() in _KNOWN_OUTLETS or initials.casefold() in _AGENCIES:
        return None
    if re.fullmatch(r"[KW][A-Z]{2,3}", initials):
        return None  # a station's call letters, no initials
    for line in lines:
        if initials[0] not in line:
            continue
        for run in _SPELLED_NAME.findall(line):
            words = run.split()
            for start in range(len(words) - len(initials) + 1):
                part = [w for w in words[start:] if w[0].isupper()][: len(initials)]
                if "".join(w[0] for w in part) == initials:
                    end = words.index(part[-1], start) + 1
                    name = _clean(" ".join(words[start:end]))
                    if name and _names_a_paper(name):
                        return name
    return None


#: A headline pasted before an inner dateline is a heading: up to this many words.
PASTED_HEADLINE_WORDS = 20


def split_pasted_headline(line: str) -> tuple[str, str] | None:
    """A headline and the story it was pasted onto, split at the story's dateline.

    ``'Timecard' App Tracks Workers, Woman Says BAKERSFIELD, Calif. (CN) - A money-transfer
    company …`` -> the headline, and the story from its dateline on; None when the line
    holds no such dateline or what precedes it is a sentence, not a headline.
    """
    found = "(" in line and _INNER_DATELINE.search(line[:300])
    if not found:
        return None
    head, rest = line[: found.start() + 1].strip(), line[found.start() + 1 :].strip()
    if not 3 <= len(head.split()) <= PASTED_HEADLINE_WORDS or head.endswith("."):
        return None
    return head, rest


#: A page's own time stamp where a footer names its first page: "First published on March 4,
#: 2026 / 9:00 AM", "Originally published on Tuesday." (a date, not an outlet).
_DATE_ALONE = re.compile(
    r"(?:(?i:january|february|march|april|may|june|july|august|september|october|november"
    rf"|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|{WEEKDAY_WORD}),?"
    r"(?: \d{1,4}(?:st|nd|rd|th)?,?)*\s*)+$"
)


def _footer(lines: Sequence[str]) -> str | None:
    for line in lines:
        low = line.lower()
        if not (
            "appear" in low
            or "originally" in low
            or "first published" in low
            or "republished" in low
            or "reprinted" in low
            or "produced by" in low
            or "original" in low
        ):
            continue
        found = _FOOTER.search(line)
        if (
            found
            and found.group(0)[:4].casefold() == "read"
            and not _names_an_original_page(found.group("outlet"))
        ) or (
            found
            and (
                _DATE_ALONE.match(found.group("outlet"))
                or _NOT_AN_ORIGINAL_PAGE.fullmatch(found.group("outlet").strip())
                or _opens_a_story_sentence(line, found)
            )
        ):
            continue
        if (
            found
            and found.group(0)[:7].casefold() == "content"
            and not _names_a_paper(_clean(found.group("outlet")))
        ):
            continue
        if found and (name := _clean(found.group("outlet"))) and not _platform(name):
            domain = _domain_outlet(name)
            if not domain and name.islower() and _DOMAIN_NAME.fullmatch(name):
                # "… originally published on tollbridgecourier.com": the paper its host is, a
                # body's host ("fennickport.org") none (a host written as a brand,
                # "HarlowNews.com", is the site's name as it writes it)
                return site_of_host(name, lines)
            if not (domain and _platform(domain)):
                return domain or name
    return None


#: A site's own links in its header or footer ("Privacy Policy", "Terms of Use", "Contact Us").
_SITE_LINK = re.compile(
    r"privacy(?: policy| notice)?|cookies?(?: policy| settings)?|terms(?: of (?:use|service))?"
    r"|terms (?:&|and) conditions|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers"
    r"|jobs|site ?map|accessibility|corrections|help|faq|rss|newsletters?|subscribe"
    r"|do not sell my (?:personal )?info(?:rmation)?|ethics policy",
    re.IGNORECASE,
)
#: The marks between a site's links on one line.
_LINK_MARK = re.compile(r"(?<!\s)\s+[|•·]\s+")
#: A line of the site's links holds this many of them at least, beside the site's name.
SITE_LINKS = 2


def _site_links(lines: Sequence[str]) -> str | None:
    """The paper a line of its site's own links names: "Tullow Sentinel | Privacy Policy |
    Terms of Use" (one part a paper's name, every other a service link: a line of sections or
    tags, "News • Mossend • Port", names none, nor a body that is no paper's, nor a name a
    writer's surname may close, "Wei Sun | Contact | About")."""
    for line in lines:
        if "|" not in line and "•" not in line and "·" not in line:
            continue
        parts = [part.strip() for part in _LINK_MARK.split(line.strip()) if part.strip()]
        names = [part for part in parts if not _SITE_LINK.fullmatch(part)]
        if (
            len(names) == 1
            and len(parts) - 1 >= SITE_LINKS
            # (a name alone: a copyright notice among the links is the notice's reader's)
            and _NAME_ALONE.match(names[0])
            and _names_a_paper(names[0])
            # (a writer's own site: "Wei Sun | Contact | About")
            and _paper_by_its_name(names[0])
        ):
            return _clean(names[0])
    return None


def _opens_a_story_sentence(line: str, found: re.Match[str]) -> bool:
    """Whether a first page's words open a story's sentence, not a footer: "First published in
    Harlow Monthly, the essay was later expanded into a book.", "First published in The Harlow
    Review in 1922, the poem …" (the words open the sentence, a comma follows the name and a
    clause of its own goes on; "Originally published by Harlow Herald, a nonprofit newsroom." is a footer)."""
    if not found.group(0).lstrip(" *_([").casefold().startswith(("first", "originally")):
        return False
    sentence = re.split(r"(?<=[.!?])\s", line[found.end("outlet") :], maxsplit=1)[0]
    _, comma, rest = sentence.partition(",")
    return bool(comma) and len(rest.split()) >= STORY_CLAUSE_WORDS and not _STAMP_NEXT.match(rest)


#: A clause after a first page's name this long is a story's own ("…, the essay was later
#: expanded into a book"), not a footer's apposition ("…, a nonprofit newsroom").
STORY_CLAUSE_WORDS = 4
#: A date going on after a footer's comma: "…by Harlow Herald, March 4, 2026 at 9:00 AM".
_STAMP_NEXT = re.compile(rf"\s*(?:{MONTH_WORD}|{WEEKDAY_WORD}|\d)", re.IGNORECASE)


#: What "Read the original article …" may point to that is no outlet: the language it was
#: written in ("… in Spanish."), a social site it was posted to ("… on Facebook.").
_NOT_AN_ORIGINAL_PAGE = re.compile(
    r"(?:English|Spanish|French|German|Italian|Portuguese|Russian|Chinese|Mandarin|Arabic"
    r"|Japanese|Korean|Hebrew|Turkish|Dutch|Hindi|Polish|Greek|Swedish|Ukrainian|Persian|Farsi"
    r"|Urdu|Vietnamese|Indonesian|Catalan|Welsh|Irish|Facebook|Twitter|X|Instagram|YouTube"
    r"|TikTok|LinkedIn|Reddit|Threads|Bluesky)\b"
)


#: A blogging platform or an aggregator: a page it carries names it ("Read the original post on
#: Medium.", "This story originally appeared on Yahoo News.") but was written by another outlet,
#: named elsewhere in the text or not at all.
_PLATFORM = re.compile(
    r"^(?:Medium|Substack|Yahoo(?:!)?(?: (?:News|Finance|Sports|Entertainment|Life|Style"
    r"|Movies|Music|TV|Tech|Money))?|MSN(?: News)?|Apple News(?:\+)?|Google News|Flipboard"
    r"|SmartNews|NewsBreak|Ground News|Feedly|Pocket|Newsweek Syndication|LinkedIn Pulse"
    r"|WordPress|Blogger|Tumblr|Ghost)"
    # an edition's country: "Yahoo News UK", "MSN Canada"
    r"(?: (?:UK|US|Canada|Australia|India|Singapore|New Zealand|Philippines|Malaysia))?"
    r"(?:\.com)?$",
    re.IGNORECASE,
)


def _platform(name: str) -> bool:
    """Whether a name is a blogging platform's or an aggregator's (:data:`_PLATFORM`)."""
    return bool(_PLATFORM.match(name.strip()))


def _names_an_original_page(name: str) -> bool:
    """Whether "Read the original article on …" points to a site by its name: written with a
    capital ("… on our website.", "… at the link below." point to no site) or as a domain, and
    not a language or a social site (:data:`_NOT_AN_ORIGINAL_PAGE`)."""
    name = name.strip()
    return bool(name) and (
        bool(_domain_outlet(name.lower()))
        or (name[0].isupper() and not _NOT_AN_ORIGINAL_PAGE.match(name))
    )


#: Words an owner's name in a notice keeps in lower case ("Herald of the Fens", "the
#: Associated Press").
_OWNER_SMALL_WORDS = frozenset(("of", "the", "and", "for", "&", "de", "du", "la", "le"))


def _owners_name(name: str) -> bool:
    """Whether the words after a copyright mark are an owner's name: capitalised (but for
    :data:`_OWNER_SMALL_WORDS`), or a site's address ("harlowherald.com"); "Copyright law
    changed in 2019." names no owner."""
    return bool(_DOMAIN_NAME.search(name)) or all(
        # (a capital inside a brand's name: "iHarlowMedia")
        any(c.isupper() for c in w) or w[:1].isdigit() or w.casefold() in _OWNER_SMALL_WORDS
        for w in name.split()
    )


def _copyright(lines: Sequence[str]) -> str | None:
    under_group = False
    for line in reversed(lines):
        if len(line.split()) > 25:
            continue
        low = line.lower()
        if line.startswith("Image copyright") or not (
            "©" in low or "copyright" in low or "(c)" in low
        ):
            continue  # no notice, or a photo's owner rather than the page's
        found = _COPYRIGHT.search(line)
        name = _clean(found.group("outlet"), owners=False) if found else None
        if (
            found
            and name
            # (a year before the name makes the line a notice: "© 2026 tesselwire")
            and not re.search(r"\d{4}", line[found.start() : found.start("outlet")])
            and not _owners_name(name)
        ):
            name = None  # "Copyright law changed in 2019.": a sentence on copyright, no notice
        if not name and (owner := _OWNER_FIRST.match(line.strip())):
            # the owner before the mark: "Harlow Herald © 2026" (a paper's name only: a
            # photographer signs a picture the same way)
            name = _clean(owner.group("outlet"), owners=False)
            name = name if _names_a_paper(name) else None
        # a photo agency owns the picture; a group of stations owns the station, which its
        # readers know by its own name
        # (a news agency's notice with its year is its page's: "© 2026 Bloomberg L.P.")
        if not name:
            continue
        key = name.casefold()
        dated = bool(re.search(r"\b(?:19|20)\d\d\b", line))
        if (found and _PUBLISHING_GROUP.match(found.group("outlet").strip())) or (
            _PUBLISHING_GROUP.match(name)
        ):
            # the page's own notice, naming none of its titles: a credit above it is a
            # picture's ("Photo © Jonas Reeve") unless it names a paper ("Copyright 2026
            # Harlow Herald" above "© 2026 Gannett")
            under_group = True
            continue
        owns_the_page = key not in _AGENCIES or (key in _DATED_OWNERS and dated)
        if (
            owns_the_page
            and not _STATION_GROUP.match(name)
            and (not under_group or _names_a_paper(name))
        ):
            return _OWNERS.get(key.rstrip("."), name)
    return None


_SECTION = re.compile(
    r"^(?:(?:Latest|Breaking|Top|Local|World|National|US|U\.S\.|International) )?(?:News|Stories"
    r"|Headlines)$|^(?:Opinion|Video|Videos|Photos|Pictures|World|Politics|Sports?|Business|Money"
    r"|Entertainment|Health|Science|Tech|Technology|Local|National|Home|Live|Updates?|Analysis"
    r"|Commentary|Editorial|Lifestyle|Travel|Weather|Crime|Obituaries)$"
    # the page's kind or its page of a story: "… - Story | Harlow 5", "… | Article [AMP] |
    # Reuters", "… - Page 2"
    r"|^(?:Story|Article(?: \[AMP\])?|\[AMP\]|Page \d{1,3})$",
    re.IGNORECASE,
)
#: A television station's name with its channel or its city: "ABC7 Chicago", "NBC New York",
#: "FOX 5 DC", "KHAR 4 Harlow", "WHAR-TV Channel 2", "WHAR-TV Harlow". Call letters with a
#: city but no channel or "-TV" are a source's name more often than a station's ("… - WHO
#: Says", "… - KPMG Study"), and so is a network's name with a word a source's finding is
#: named by ("… - CBS Poll").
_STATION = re.compile(
    r"(?:ABC|CBS|NBC|FOX|Fox|CW|[KW][A-Z]{2,3}(?:-TV)?)(?: ?\d{1,2}| Channel \d{1,2})"
    r"(?: [A-Z][a-z]+| [A-Z]{2}){0,3}"
    r"|(?:ABC|CBS|NBC|FOX|Fox|CW|[KW][A-Z]{2,3}-TV)"
    r"(?! (?:Says?|Said|Poll|Polls|Report|Reports|Study|Survey|Data|Chief|Sources?|Analysis)\b)"
    r"(?: [A-Z][a-z]+){1,3}"
)


_DOMAIN_NAME = re.compile(
    r"(?<![\w.-])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|tv)", re.I
)
#: A site's name before its headline, after a pipe: "Harlow Herald | Bridge Reopens After …".
_TITLE_SITE_FIRST = re.compile(r"^(?P<outlet>[^|:]{2,40}?)\s+(?:\||::)\s+.{12,}$")


#: A known outlet's name after a comma closing a title line: "Mayor Fires Police Chief,
#: Harlow Herald" when the Harlow Herald is a known outlet.
_COMMA_SITE = re.compile(r"^(?P<headline>.{12,}?),\s+(?P<outlet>[^,|]{2,40})$")
#: Words that join a person's names in a byline ("Lee Park and Sam Reyes", "Ana de la Cruz").
_NAME_JOINERS = frozenset(("and", "&", "de", "da", "del", "della", "la", "le", "van", "von", "bin",
                           "al", "el", "di", "du", "der", "den", "y"))  # fmt: skip


def _headline_before_comma(headline: str) -> bool:
    """Whether the words before a title line's closing comma are a headline's, not a writer's
    name ("Lee Park, Harlow Herald" is a byline): a word in lower case that no name joins with
    ("Mayor fires chief"), or four words or more without "and" ("Mayor Fires Police Chief")."""
    found = headline.split()
    if len(found) < TITLE_HEADLINE_WORDS:
        return False
    lower = [w for w in found if w[:1].islower() and w.casefold() not in _NAME_JOINERS]
    named = [w for w in found if w.casefold() not in _NAME_JOINERS]
    return bool(lower) or (len(named) >= 4 and len(named) == len(found))


#: Known outlets whose whole name is a common word or phrase of a headline ("…, The Hill",
#: "…, Fox", "…, Time"): after a comma only a longer form ("Fox News") or their address names
#: the site; a name known with "The" is the site without it only when it has two words or
#: more ("…, Washington Post", not "…, Independent").
_COMMON_WORD_OUTLETS = frozenset({"fox", "time", "people", "the hill"})


def _comma_site(title: str) -> tuple[str, str] | None:
    """A title line's headline and the known outlet named after its closing comma ("Mayor
    Fires Police Chief, Washington Post" -> ("Mayor Fires Police Chief", "Washington Post")), or
    None: only a known outlet's name or address, after words that are a headline's."""
    found = _COMMA_SITE.match(title.strip()) if "," in title else None
    if not found:
        return None
    name = found.group("outlet").strip()
    known = _domain_outlet(name.removeprefix("www.")) if _DOMAIN_NAME.fullmatch(name) else None
    if known is None:
        cleaned = _clean(name) or ""
        key = cleaned.casefold()
        # a known name in full ("The Independent", "Fox News"), or without its "The" when
        # more than one word ("Washington Post"); a common word alone is a headline's
        full = key in _KNOWN_OUTLETS and key not in _COMMON_WORD_OUTLETS
        if full or (f"the {key}" in _KNOWN_OUTLETS and " " in key):
            known = cleaned
    headline = found.group("headline").strip()
    if known is None or not _headline_before_comma(headline):
        return None
    # a list of outlets closing a headline ("Mayor Sues Harlow Herald, Fennick Post") is the
    # headline's own
    folded = " " + re.sub(r"[^\w&.]+", " ", headline.casefold()) + " "
    if any(f" {outlet.removeprefix('the ')} " in folded for outlet in _KNOWN_OUTLETS):
        return None
    return headline, known


#: A site's name in brackets closing a title line: "Mayor Fires Police Chief (Harlow Herald)".
_BRACKETED_SITE = re.compile(r"^(?P<headline>.{11,}?\S)\s+\((?P<outlet>[^()]{2,40})\)$")


def _bracketed_site(title: str, lines: Sequence[str] = ()) -> tuple[str, str] | None:
    """A title line's headline and the site named in brackets after it ("Mayor Fires Police
    Chief (Harlow Herald)"), or None: only a paper's name or address ("(Video)", "(Updated)",
    "(Harlow)" are the headline's), after words without a full stop (a caption's sentence ends
    in its picture's credit: "… on Monday. (Lee Park/Harlow Herald)", and so does a caption
    without one: "Rescuers at the fallen bridge (Photo: Kestra Herald)" names who took the
    picture, not the page's site)."""
    found = _BRACKETED_SITE.match(title.strip()) if title.endswith(")") else None
    if not found or "/" in found.group("outlet") or found.group("headline").endswith("."):
        return None
    if furniture_kind(title) == "caption":
        return None
    name = found.group("outlet").strip()
    outlet = (
        _domain_outlet(name.removeprefix("www.")) or name
        if _DOMAIN_NAME.fullmatch(name)
        else _clean(name)
    )
    headline = found.group("headline").strip()
    if not outlet or not (_names_a_paper(outlet) or "." in outlet):
        return None
    if outlet.casefold() in _AGENCIES or not _headline_before_comma(headline):
        return None
    if lines and _subject_of_story(name, title, lines):
        return None
    return headline, outlet


#: A verb after a network's or a company's name that makes it the subject of a sentence.
_SUBJECT_VERB = (
    rf"(?:{alternatives(SAYS)}|announced|announces|confirmed|confirms|ordered|orders|renewed|renews"
    r"|cancel+ed|cancels|picked up|will|has|had|is|was|plans|declined|released|aired|airs)"
)
#: How a sentence of the story ends.


def _subject_of_story(name: str, title: str, lines: Sequence[str]) -> bool:
    """Whether a name in brackets after a headline is what the story is about, not its site: a
    sentence of the story has it for its subject ("Harlow Nights Renewed For Season Two (NBC)"
    over "NBC said on Tuesday it had ordered ten more episodes."); a site named as an object
    ("… told the Harlow Herald.") is still the site."""
    named = re.compile(
        rf"(?:^|(?<=[.!?] ))(?:The )?{re.escape(name)}(?!\w)"
        rf"|(?<![\w.]){re.escape(name)}(?:['’]s\b| {_SUBJECT_VERB}\b)"
    )
    return any(
        line.strip() != title.strip()
        and named.search(line)
        and line.rstrip().endswith(SENTENCE_FINAL)
        for line in lines
    )


def _title_site(title: str | None, lines: Sequence[str] = ()) -> str | None:
    if not title:
        return None
    if signed := _comma_site(title) or _bracketed_site(title, lines):
        return signed[1]
    first = _TITLE_SITE_FIRST.match(title.strip())
    site = first.group("outlet") if first else ""
    if first and not _SECTION.match(site) and _site_part(site, pipe=False):
        return _domain_outlet(site) or _clean(site)
    found = _TITLE_SITE.match(title.strip())
    if not found:
        # "… / Harlow Herald": a slash parts a site's name only when it is a paper's
        return _site_among_sections(title) if " / " in title else None
    name = found.group("outlet").strip()
    if _DOMAIN_NAME.fullmatch(name):  # "… - harlowherald.com"
        return _domain_outlet(name.removeprefix("www.")) or name
    if _SECTION.match(name) or _DATE_PART.fullmatch(name):
        # "… - Latest News", "… | Opinion": a section of the site, not its name; the site's
        # name may stand before it ("… | Harlow Herald | Local News"), as before a date
        return _site_among_sections(title)
    marks = list(_TITLE_PART.finditer(title.strip()))
    if marks and _tagline_after_site(title.strip(), marks, marks[-1]):
        before = title.strip()[marks[-2].end() : marks[-1].start()].strip()
        return _domain_outlet(before.removeprefix("www.")) or _clean(before)
    words = name.split()
    if len(words) > 5 or not all(w[:1].isupper() or w[:1].isdigit() or w in {"of", "the"}
                                 for w in words):  # fmt: skip
        # "… - Politics - Harlow Herald": the parts split at each mark
        return _site_among_sections(title)
    before = title.strip()[: found.start("outlet")].rstrip()
    if (
        not before.endswith(_PIPES)
        and not _lower_case_headline(before)
        and not _site_part(name, pipe=False)
    ):
        # after a dash or a colon closing a headline in capitals, the headline's own clause in
        # capitals ("Harlow Bridge Reopens - Mayor Hails Crews", "Harlow's Oldest Paper - The
        # Fennick Gazette - Prints Its Last Edition"), unless a paper's or a station's name
        return None
    if not _names_a_paper(name) and _told_as_a_place(name, title, lines):
        # "Seven hurt in silo blast - Brackley Quay" over a story that happened "on Brackley
        # Quay": the headline's place, not the site
        return None
    return _clean(name)


#: The words before a place's name in a story's sentence ("on Brackley Quay", "near Kelby").
_PLACE_BEFORE = r"\b(?:in|at|on|near|from|off|outside|across|around|to|into)\s+(?:the\s+)?"
#: A word before that preposition that makes the name a medium, not a place: "according to
#: Brackwater Now", "said in an interview to Brackwater Now", "a reporter at Brackwater Now"
#: (not "footage from …" or "spoke to …", said of a place or its people as often).
_MEDIUM_BEFORE = re.compile(
    r"\b(?:according|interviews?|statements?|comments?|remarks|reporters?|correspondents?"
    r"|journalists?|editors?|columnists?|appeared|aired|wrote|published)\s*$",
    re.IGNORECASE,
)


def _told_as_a_place(name: str, title: str, lines: Sequence[str]) -> bool:
    """Whether a story's sentence (not its title line) names ``name`` as a place, after a
    preposition of place ("… on Brackley Quay on Thursday"), and never as a medium: the page
    credits it ("according to Brackwater Now", "…, Brackwater Now reported") or a word of the
    press stands before the preposition ("an interview to Brackwater Now")."""
    if _key(name) in _cited(lines):
        return False
    told = re.compile(_PLACE_BEFORE + re.escape(name) + r"\b(?!['’])")
    place = False
    for line in lines:
        if line.strip() == title.strip() or not line.rstrip().endswith(SENTENCE_FINAL):
            continue
        for found in told.finditer(line):
            if _MEDIUM_BEFORE.search(line, 0, found.start()):
                return False
            place = True
    return place


def _lower_case_headline(text: str) -> bool:
    """Whether a headline is written in sentence case ("Bridge falls into the Tessel"): a word
    in lower case longer than a headline's small words keeps their capitals off."""
    return any(w[:1].islower() and len(w) > 4 for w in text.split())


def _site_among_sections(title: str) -> str | None:
    """The site's name among the parts closing a title line, read from its end past the
    sections ("… | Harlow Herald | Local News", "… - Politics - Harlow Herald"), or None."""
    text = title.strip()
    end = len(text)
    for mark in reversed(list(_TITLE_PART.finditer(text))):
        part = text[mark.end() : end].strip()
        if len(text[: mark.start()].split()) < TITLE_HEADLINE_WORDS:
            return None
        if _SECTION.match(part) or _DATE_PART.fullmatch(part):
            end = mark.start()
            continue
        if _site_part(part, pipe=mark.group().strip() in _PIPES):
            return _domain_outlet(part.removeprefix("www.")) or _clean(part)
        return None
    return None


def _tagline_after_site(text: str, marks: Sequence[re.Match[str]], mark: re.Match[str]) -> bool:
    """Whether the part of a title line after ``mark`` (its last) is the site's tagline after its
    name: a few words after a part that is a paper's name ("… - Harlow Herald - Fennick County's
    News Source")."""
    index = marks.index(mark)
    tagline = text[mark.end() :]
    if index == 0 or len(tagline.split()) > TAGLINE_WORDS or not _TAGLINE_WORD.search(tagline):
        return False
    before = text[marks[index - 1].end() : mark.start()].strip()
    return len(text[: marks[index - 1].start()].split()) >= TITLE_HEADLINE_WORDS and (
        _names_a_paper(_clean(before)) or bool(_DOMAIN_NAME.fullmatch(before))
    )


#: Where a page's title line divides its headline from its site's name or section: "… | Harlow
#: Herald", "… - harlow.com", "Harlow Herald | …", "… :: News :: Harlow TV".
_TITLE_PART = re.compile(r"(?<!\s)\s+(?:::|:|•|»|·|«|/|-|–|—|‒)\s+|(?<!\s)\s*[|│]\s*")
#: The marks that part a site's name from a headline and nothing else (a dash, a colon or a
#: slash is a headline's punctuation too).
_PIPES = ("|", "│", "::", "•", "»", "·", "«")
#: A date closing a title line: "… | Harlow Herald | March 4, 2026".
_DATE_PART = re.compile(
    rf"(?:[A-Z][a-z]+day,? )?(?:(?i:{MONTH_WORD})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}} (?i:{MONTH_WORD})\.? \d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
#: The words of a site's tagline after its name: "… - Harlow Herald - Fennick County's News
#: Source" (at most this many).
TAGLINE_WORDS = 8
#: A word a site's tagline holds ("Fennick County's News Source", "Serving Harlow Since 1847",
#: "Your Hometown Newspaper", "The Voice of the Valley"); a headline's clause after a paper's
#: name set off by dashes holds a verb instead ("Harlow's Oldest Paper - The Fennick Gazette -
#: Prints Its Last Edition").
_TAGLINE_WORD = re.compile(
    r"\b(?:[Nn]ews|[Nn]ewspaper|[Pp]aper|[Ss]ource|[Vv]oice|[Ss]ince|[Ss]erving|[Hh]ome(?:town)?"
    r"|[Ll]ocal|[Cc]ommunity|[Ww]eather|[Ss]ports|[Yy]our|[Ii]ndependent|[Tt]rusted|[Ee]st\.?"
    r"|[Ee]stablished|[Dd]aily|[Ww]eekly|[Oo]nline)\b"
)
#: A headline left once the site's name is cut has at least this many words.
TITLE_HEADLINE_WORDS = 3


#: A figure with its unit opening a part of a title line ("104F Record", "10ft Rise", "5km Run",
#: "30% Cut"): the headline's own words, no site's name ("9News", "7News" are a station's).
_MEASURE = re.compile(
    r"[$£€]?\d[\d.,]*\s?(?:°\s?[CF]?|[CFK]|%|km|kg|mph|kph|mi|ft|lbs?|cm|mm|in|m|bn|mn|tn|ml|l|g)(?!\w)"
)


def _site_part(part: str, *, pipe: bool) -> bool:
    """Whether a part of a title line is a site's name or a section, not the headline's: after a
    pipe any short name in capitals ("Harlow Herald", "KHAR", "News"); after a dash, a dash being
    a headline's punctuation too ("Bridge Reopens – Mayor Hails Crews"), only a name that is a
    known outlet's, a paper's or a station's, an address, or a section's."""
    part = part.strip()
    if _SECTION.match(part) or _DOMAIN_NAME.fullmatch(part) or _DATE_PART.fullmatch(part):
        return True
    if _MEASURE.match(part):  # "… Hits 40C / 104F Record": the headline's figure, converted
        return False
    words = part.split()
    if not 0 < len(words) <= 5 or not all(
        w[:1].isupper() or w[:1].isdigit() or w in {"of", "the", "and", "&"} for w in words
    ):
        return False
    name = _clean(part)
    return pipe or (
        _names_a_paper(name)
        or _platform(part)  # "… - Yahoo Finance", "… - Yahoo News UK"
        or _written_together(words)  # "HarlowPost"
        or bool(re.fullmatch(r"[A-Z]{3,5}\d*", part))  # a station's call letters
        or bool(_STATION.fullmatch(part))
        or (name or "").casefold() in _KNOWN_OUTLETS
    )


#: A name before a colon opening a title line: "HarlowPost: Bridge reopens after two years".
_COLON_LABEL = re.compile(
    r"(?<!\S)(?P<label>[A-Za-z][^\s:]*(?: [A-Z&][^\s:]*){0,4}):\s+(?=[\w\"“‘'])"
)


def _names_its_site(label: str, outlet: str | None) -> bool:
    """Whether a title line's label names a site, not a source or a topic ("Police", "Report",
    "Exclusive", "NASA"): a known outlet, an address, a name in camel case ("HarlowPost") or
    one ending as a paper's or a station's ("Harlow Herald", "Harlow TV"), or the outlet the
    page names elsewhere (``outlet``)."""
    words = label.split()
    if _SECTION.match(label):
        return False  # "Breaking News: …", "Opinion: …": the headline's own kicker
    return (
        label.casefold() in _KNOWN_OUTLETS
        or bool(_DOMAIN_NAME.fullmatch(label))
        or _written_together(words)
        or (len(words) >= 2 and words[-1].casefold() in _PRESS_NAME_WORDS)
        or (outlet is not None and _key(label) == _key(outlet))
    )


def headline_under_site(line: str, outlet: str | None = None) -> str | None:
    """The headline of a title line that opens with its site's name and a colon ("HarlowPost:
    Bridge reopens after two years", "Harlow Herald: …"; see :func:`_names_its_site`), or None.
    A source's label ("Police: Man held after bridge fire") belongs to its headline."""
    text = line.strip()
    found = _COLON_LABEL.match(text)
    if not found or not _names_its_site(found.group("label"), outlet):
        return None
    headline = text[found.end() :].strip()
    return headline if len(headline.split()) >= TITLE_HEADLINE_WORDS else None


def headline_without_site(line: str) -> str:
    """A title line without the site's name and sections around its headline: "Bridge Reopens |
    News | Harlow Herald" -> "Bridge Reopens", "Harlow Herald: Bridge Reopens After Two Years"
    -> "Bridge Reopens After Two Years", "Bridge Reopens After Two Years, Washington Post" ->
    "Bridge Reopens After Two Years" (a known outlet's name after a comma); a line without them
    as it is."""
    text = line.strip()
    if signed := _comma_site(text) or _bracketed_site(text):
        text = signed[0]
    if ": " in text and (under := headline_under_site(text)):
        text = under
    if not any(mark in text for mark in "|│:•»·«/-–—‒"):
        return text
    text = without_kicker(text)
    marks = list(_TITLE_PART.finditer(text))
    end = len(text)
    for mark in reversed(marks):  # the site's name and its sections close the line
        if len(text[: mark.start()].split()) < TITLE_HEADLINE_WORDS or not _site_part(
            text[mark.end() : end], pipe=mark.group().strip() in _PIPES
        ):
            if end == len(text) and _tagline_after_site(text, marks, mark):
                end = mark.start()  # "… - Harlow Herald - Fennick County's News Source"
                continue
            break
        end = mark.start()
    start = 0
    first = marks[0] if marks and marks[0].start() < end else None
    if (
        first is not None
        and first.group().strip() in ("|", "│", "::")
        and len(text[first.end() : end].split()) >= TITLE_HEADLINE_WORDS
        and _site_part(text[: first.start()], pipe=False)
    ):
        start = first.end()  # "Harlow Herald | Bridge Reopens After Two Years"
    head = text[start:end].strip()
    while (
        (lead := re.match(r"([^|│]+?)\s*[|│]\s*", head))
        and _only_site_and_sections(lead.group(1))
        and len(head[lead.end() :].split()) >= TITLE_HEADLINE_WORDS
    ):
        head = head[lead.end() :]  # "News | Bridge Reopens …": the section before the headline
    if _only_site_and_sections(head):
        # "Harlow Herald | News | Bridge Reopens After Two Years": the site and its section
        # come first, and a short headline in title case after a bar read as a name too
        parts = [
            part.strip()
            for part in re.split(r"\s*[|│]\s*|\s+::\s+", text)
            if part.strip() and not _only_site_and_sections(part.strip())
        ]
        longest = max(parts, key=lambda part: len(part.split()), default="")
        if len(longest.split()) >= TITLE_HEADLINE_WORDS:
            head = longest
    elif _BAR.search(head):
        # "Harlow | Police | Man Charged Over Bridge Fire", "Vellmouth | Sport | Harlow Win Cup
        # Final": short names of a place and a section, not known as a site's, around a
        # headline in title case (which may have been taken for the site's name): the headline
        # is the one long part that tells with a verb, every other part of two words at most
        parts = [part.strip() for part in _BAR.split(text[start:]) if part.strip()]
        longest = max(parts, key=lambda part: len(part.split()), default="")
        if (
            len(longest.split()) > TITLE_HEADLINE_WORDS
            and has_verb(longest)
            and all(len(part.split()) <= 2 for part in _BAR.split(head) if part != longest)
        ):
            head = longest
    return without_kicker(head)


#: A bar between a title line's parts.
_BAR = re.compile(r"\s*[|│]\s*")


def _only_site_and_sections(text: str) -> bool:
    """Whether a title line's part is only a site's name and its sections ("Harlow Herald |
    News", "The Harlow Herald"): a known or a paper's name, or a section's, each part."""
    pieces = [piece.strip() for piece in _TITLE_PART.split(text) if piece.strip()]
    return bool(pieces) and all(
        _SECTION.match(piece) or (_site_part(piece, pipe=False) and not _MEASURE.match(piece))
        for piece in pieces
    )


def site_in_page_title(text: str) -> str | None:
    """The site a page's title line names when it holds only the site and its sections
    ("Local News | Harlow Herald", "Harlow Herald - News"), the headline being elsewhere on the
    page; None when it holds anything else."""
    if not _only_site_and_sections(text):
        return None
    pieces = [piece.strip() for piece in _TITLE_PART.split(text) if piece.strip()]
    sites = [piece for piece in pieces if not _SECTION.match(piece) and _names_a_paper(piece)]
    return _clean(sites[-1]) if len(sites) == 1 else None


def site_after_headline(title_line: str, headline: str, lines: Sequence[str] = ()) -> str | None:
    """The site a saved page's ``<title>`` names after the page's headline, read elsewhere (its
    ``og:title``, its ``<h1>``): "<headline> - Greyhaven Press", "<headline> | The Quillon
    Ledger", as a site's AMP or mobile page writes it, read as a title line is (a place the
    story tells of after the dash names none); None for a title line that does not open with
    the headline and a mark."""
    line, head = " ".join(title_line.split()), " ".join(headline.split())
    if len(line) <= len(head) or not line.casefold().startswith(head.casefold()):
        return None
    if not _TITLE_PART.match(line, len(head)):
        return None
    return _title_site(line, lines)


#: A label a page sets before its headline to say what kind of piece it is or how new, not
#: who says it: "EXCLUSIVE: …", "Breaking News: …", "LIVE: …", "Analysis: …", "UPDATE 2-…",
#: "Opinion | …". (A source's label, "Police: Man held after fire", is the headline's.)
_KICKER = re.compile(
    r"(?:exclusive|breaking(?: news)?|just in|developing(?: story)?|live(?: updates?| blog)?"
    r"|update[ds]?(?: \d{1,2})?|watch(?: live)?|video|analysis|opinion|commentary|editorial"
    r"|explainer|explained|fact ?check|factbox|instant view|insight|special report|in pictures"
    r"|revealed"
    # a saved message's, a feed item's or a clipping's field naming its headline (a forwarded
    # or answered message's marks with it: "Subject: Fwd: …")
    # (a read-later export's metadata names it "Full Title: …")
    r"|subject(?::\s+(?:fwd?|fw|re)(?=:))*|(?:full |original )?title|headline)"
    # (its mark: a colon, a bar, or the wire's hyphen glued to the headline: "UPDATE 2-Bridge …")
    r"(?:\s*[:|]\s+|\s+[-–—]\s+|(?<=\d)-(?=[A-Z]))",
    re.IGNORECASE,
)


def without_kicker(headline: str) -> str:
    """A headline without the kicker a page sets before it (:data:`_KICKER`): "EXCLUSIVE:
    Bridge Reopens After Two Years" -> "Bridge Reopens After Two Years"; a line whose rest is
    too short for a headline is kept as it is ("Analysis: Why" is not cut to "Why")."""
    found = _KICKER.match(headline)
    if found is None:
        return headline
    rest = headline[found.end() :].strip()
    return rest if len(rest.split()) >= TITLE_HEADLINE_WORDS else headline


def _a_job(name: str) -> bool:
    """Whether a name read as an outlet's is a job ("Staff Writer", "Senior Editor"); a paper
    named after one, "The Harlow Reporter", is not."""
    jobs = _ROLE.findall(name)
    if not jobs:
        return False
    words = name.split()
    return not (
        name.startswith("The ")
        and len(words) >= 3
        and len(jobs) == 1
        and _ROLE.fullmatch(words[-1])
    )


#: The hints of :data:`_STAFF`'s credits that name the outlet only when the name is a paper's
#: ("Special to The Harlow Herald", "Harlow Herald Staff Report"; a committee's staff report
#: is a document, and "special to" may be said of anyone).
_PAPER_CREDITS = (
    ("Sign up for ", "Subscribe to "),
    ("Follow ", "Like "),
    _NEWSROOM_HINTS,
    ("Special to", "special to"),
    ("From staff reports", "From Staff Reports"),
    ("Staff Report", "staff report"),
    ("Staff", "staff"),
    ("By ", " by "),
    ("Posted by ", "Posted on ", "Posted: ", "Published ", "Published: "),
)


_G = TypeVar("_G", bound=tuple[Any, ...])


def _on_the_page(groups: Sequence[_G], lines: Sequence[str]) -> list[_G]:
    """The ``(hints, ...)`` groups one of whose hints some line holds, in their order: a
    group none of whose hints the page holds is not looked for line by line (a page of
    thousands of short lines would otherwise be searched for every hint at each line)."""
    text = "\n".join(lines)
    return [group for group in groups if any(map(text.__contains__, group[0]))]


def _staff(lines: Sequence[str]) -> str | None:
    groups = _on_the_page(_STAFF, lines)
    for line in lines:
        for hints, pattern in groups:
            found = any(map(line.__contains__, hints)) and pattern.search(line)
            if found:
                name = found.group("outlet")
                if line.startswith("By ") and not (name := _without_job(name)):
                    continue  # "By Lee Park, Staff Writer": a job, no outlet
                name = _domain_outlet(name.lower()) or _clean(name)
                if name and _signed_right_after_by(line, found):
                    # "Posted by Ines Harrow The Tollbridge Courier": the writer's words off
                    name = _without_writer(name, line, lines)
                if name and " and " in name:
                    name = _own_of_two_newsrooms(name)  # "Kestrel Wire and Harlow Herald staff"
                agency = name and name.casefold().removeprefix("the ") in _AGENCIES
                # an agency in a byline is the publisher ("By Lee Park, Associated Press"); in
                # a photo credit or a contributor's line it only took the picture or helped
                byline = line.startswith("By ") and (name or "").casefold() in _NEWS_AGENCIES
                if hints in _PAPER_CREDITS and not _names_a_paper(name):
                    continue  # "Senate Committee Staff Report", "Special to the Mayor": no paper
                if "the" in pattern.groupindex and not _written_as_a_paper(found, name):
                    continue  # "Follow Jonah Star on Twitter": a writer
                if name and (byline or not agency) and not _a_job(name):
                    return name
        credit = line.rstrip().endswith(")") and _CREDIT.search(line)
        if credit:
            name = credit.group("outlet").strip()
            agency = name.casefold().removeprefix("the ") in _AGENCIES
            if name.startswith("The ") and not agency:  # "(Name/The Associated Press)": AP's photo
                return _clean(name)
        for domain in _email_domains(line):
            if name := _domain_outlet(domain):
                return name
        if _AP_STAFF.match(line) and (
            line.startswith("Follow ") or ("contributed" in line and " as well as " not in line)
        ):
            return "Associated Press"
    return None


def _written_as_a_paper(found: re.Match[str], name: str | None) -> bool:
    """Whether a name a page asks to be followed by, or signs a post with, is written as a
    paper's: after "the", before "Staff" ("Posted by Harlow Herald Staff"), a known outlet's, or
    ending in a word no writer's surname ends in (:data:`_PAPER_ONLY_WORDS`)."""
    return bool(
        found.group("the")
        or ("staff" in found.re.groupindex and found.group("staff"))
        or _paper_by_its_name(name)
    )


def _paper_by_its_name(name: str | None) -> bool:
    """Whether a name alone is a paper's and no writer's: "The Harlow Post", a known outlet, or
    one ending in a word no surname ends in (:data:`_PAPER_ONLY_WORDS`; "Wei Sun" and "Emily
    Post" are writers)."""
    return bool(
        (name or "").startswith("The ")
        or (name or "").casefold() in _KNOWN_OUTLETS
        or (name or "").rsplit(" ", 1)[-1].casefold() in _PAPER_ONLY_WORDS
    )


#: How many words a page's author field may have and be a paper's name.
AUTHOR_PAPER_WORDS = 6


def paper_as_author(author: str) -> str | None:
    """The paper a page's author field names when the site signs its pages with its own name
    (``<meta name="author" content="Marrow Sound Herald">``): one name, written as a paper's and
    no writer's (:func:`_paper_by_its_name`: "The Quillon Ledger", a known outlet, one ending in
    a word no surname ends in); None for a writer ("Ines Harrow", "Emily Post") or several."""
    name = " ".join(author.split())
    if not name or "," in name or " and " in name or len(name.split()) > AUTHOR_PAPER_WORDS:
        return None
    return _clean(name) if _paper_by_its_name(name) else None


#: How many words a writer's name signed before a paper's may have: "Ines Harrow", "Ines J.
#: Harrow" (a name of more words is told from a paper's by nothing on its line).
WRITERS_NAME_WORDS = (2, 3)
#: A paper's name is four words or more only rarely ("South China Morning Post", known): a
#: name of this many words signed right after "by" may be a writer's and a paper's run together.
RUN_TOGETHER_WORDS = 4
#: A site's host name written on a page, its stem before the ending: "marrowsoundherald" of
#: "newsdesk@marrowsoundherald.com" or "https://www.marrowsoundherald.co.uk/news".
_HOST_STEM = re.compile(
    r"(?<![\w.-])(?:[\w-]+\.)*?(?P<stem>[\w-]{3,60})\.(?:com|co\.uk|org|net|news)\b"
)


def _page_names_alone(name: str, signed: str, lines: Sequence[str]) -> bool:
    """Whether a line of the page other than the one signing it (``signed``) names ``name`` by
    itself: in its host name (an e-mail or a web address) or in words no capitalised word
    stands right before ("© 2026 Marrow Sound Herald", "told the Marrow Sound Herald"; not
    "Ines Harrow Marrow Sound Herald")."""
    squashed = re.sub(r"[^a-z0-9]", "", name.casefold())
    written = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for line in lines:
        if line == signed:
            continue
        if squashed in line.casefold().replace("-", "") and any(
            found.group("stem").casefold().replace("-", "") == squashed
            for found in _HOST_STEM.finditer(line)
        ):
            return True
        for found in written.finditer(line):
            before = line[: found.start()].split()
            if not before or not before[-1][:1].isupper() or before[-1] == "The":
                return True
    return False


def _without_writer(name: str, line: str, lines: Sequence[str]) -> str | None:
    """The paper a line names when it signs a post or a story with a writer's name and a
    paper's run together right after "by" ("Posted by Ines Harrow The Tollbridge Courier"):
    the paper after a "The" inside the name, a known outlet's one word in capitals after the
    writer's two or three words ("Posted by Ines Harrow CNN"), or, for a name of four words or
    more, the part after the writer's words that another line of the page names alone
    (:func:`_page_names_alone`); the whole name when it opens with "The", is a known outlet, is
    named alone elsewhere, or is too short to hold a writer's name and a paper's; None when
    the writer's words cannot be told from the paper's ("Posted by Ines Harrow Marrow Sound
    Herald" on a page naming neither; a known outlet of two words after two others may be a
    place's paper's end, "South Harlow Sun Sentinel", and is not taken)."""
    words = name.split()
    if words[0] == "The" or name.casefold() in _KNOWN_OUTLETS:
        return name
    inner = next((at for at, word in enumerate(words) if word == "The" and at), None)
    if inner is not None:
        paper = " ".join(words[inner:])
        if inner in WRITERS_NAME_WORDS and len(words) - inner >= 2:
            return paper
        return None  # "Harbor View The Daily": no writer's name of two or three words before
    one = words[-1]
    if len(words) - 1 in WRITERS_NAME_WORDS and one.isupper() and one.casefold() in _KNOWN_OUTLETS:
        return one
    if len(words) < RUN_TOGETHER_WORDS or _page_names_alone(name, line, lines):
        return name
    tails = [" ".join(words[at:]) for at in WRITERS_NAME_WORDS if len(words) - at >= 2]
    return next((tail for tail in tails if _page_names_alone(tail, line, lines)), None)


def _own_of_two_newsrooms(name: str) -> str | None:
    """The page's own newsroom in a credit naming two joined by "and" ("Kestrel Wire and
    Tollbridge Courier staff": the paper, named last, after an agency or another newsroom), None
    when the last is no paper's name; a name with "and" inside that joins no two newsrooms is
    kept ("Post and Courier")."""
    first, _, last = name.partition(" and ")
    first = first.removeprefix("The ").removeprefix("the ")
    if not (_names_a_newsroom(first) or first.casefold() in _NEWS_AGENCIES):
        return name
    last = last.removeprefix("the ")
    return last if _names_a_paper(last) else None


def _signed_right_after_by(line: str, found: re.Match[str]) -> bool:
    """Whether a signing line's name (the match's ``outlet``) follows its "by" with no mark or
    "the" between them: "Posted by Ines Harrow Marrow Sound Herald", not "By Ines Harrow, Marrow
    Sound Herald" nor "Posted by the Marrow Sound Herald"."""
    return line[: found.start("outlet")].casefold().endswith("by ")


#: The writer's note closing an article: "Lee Park is a contributing editor at Harlow Monthly."
_WRITER_NOTE = re.compile(
    rf"^[—–-]*\s*{PERSON_NAME} is (?:a|an|the) (?!former\b)(?:[\w-]+ ){{0,3}}"
    r"(?:writer|reporter|editor|correspondent|columnist|critic|contributor|producer|journalist)s?"
    r" (?:at|for|with|of) (?:the )?(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
    # the outlet's own name as the article: "Lee Park is Harlow Herald's arts correspondent."
    rf"|^[—–-]*\s*{PERSON_NAME} is (?P<outlet4>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,4}}?)"
    r"['’]s (?:[\w-]+ ){0,3}(?:writer|reporter|editor|correspondent|columnist|critic|producer"
    r"|journalist)s?\b"
    # the outlet before the job: "Lee Park is a Harlow Herald staff writer."
    rf"|^[—–-]*\s*{PERSON_NAME} is (?:a|an|the) (?:the )?"
    r"(?P<outlet2>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) (?:staff |senior |contributing |special "
    r"|freelance |investigative |political |[a-z]+ )?(?:writer|reporter|editor|correspondent|columnist"
    r"|critic|producer|journalist)\b"
    # what the writer does there: "Lee Park covers the courts for the Harlow Herald.", "Lee Park
    # writes for the Harlow Herald.", "Lee Park reported from Harlow for the Harlow Herald."
    rf"|^[—–-]*\s*{PERSON_NAME} (?:covers [\w ,'’-]{{1,50}}?|writes"
    r"(?: about [\w ,'’-]{1,50}?)?|reports(?: on [\w ,'’-]{1,50}?)?"
    r"|reported from [\w ,'’-]{1,50}?) for (?:the )?"
    r"(?P<outlet3>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\W*$"
)
#: A paper's name shortened to its kind ("a staff writer at the Journal") names no outlet.
_GENERIC = {"journal", "post", "times", "herald", "news", "paper", "magazine", "site", "star",
            "tribune", "globe", "sun", "chronicle", "daily", "weekly"}  # fmt: skip


#: The writer named with the outlet's name before his job in a closing note: "On June 24, Harlow
#: News reporter Lee Park and his blog will set off …" (a line that tells what another
#: outlet's reporter said or found is a citation, not this note).
_WRITER_TAG = re.compile(
    rf"(?:^|[,;.] )(?:the )?(?P<outlet>{_WORDS}) (?:staff |senior |contributing )?"
    r"(?:reporter|writer|correspondent|columnist|editor|blogger) [A-Z][\w'’-]+ [A-Z][\w'’-]+"
)
#: What makes such a line a citation: a verb that reports a statement
#: (:data:`.saying.REPORTS`), or one of a reporter's finding or asking.
_CITING = re.compile(
    words_pattern(
        REPORTS
        | {"asked", "reports", "found", "according", "broke", "revealed", "described", "noted"}
        | {"interviewed"}
    )
)
#: Words before an outlet's name that make its writer someone else's: "As Fennick Courier
#: reporter Lee Park wrote", "Former Fennick Courier reporter Lee Park now runs …".
_NOT_THE_WRITERS = frozenset({"as", "former", "ex", "then", "when", "while", "after", "before",
                              "like", "longtime", "veteran", "fellow", "rival", "another"})  # fmt: skip


def _writer_tag(closing: Sequence[str], lines: Sequence[str]) -> str | None:
    for line in closing:
        found = _WRITER_TAG.search(line) if not _CITING.search(line) else None
        name = _clean(found.group("outlet")) if found else None
        if (
            name
            and name.split()[0].casefold() not in _NOT_THE_WRITERS
            and name.casefold() not in _AGENCIES | _INTERVIEWERS | _GENERIC
            and not _ROLE.search(name)
            and _key(name) not in _cited(lines)
        ):
            return name
    return None


def _writer_note(lines: Sequence[str]) -> str | None:
    closing = [line for line in lines if line.strip()][-CLOSING_LINES:]
    for line in closing:
        if " " in line and (found := _WRITER_NOTE.match(line.strip())):
            name = _clean(
                found.group("outlet")
                or found.group("outlet2")
                or found.group("outlet3")
                or found.group("outlet4")
            )
            if found.group("outlet2") and not _names_a_paper(name):
                continue  # "Lee Park is a Pulitzer Prize-winning writer" names no outlet
            if found.group("outlet4") and not (
                _names_a_paper(name) or (name or "").casefold().endswith(" wire")
            ):
                # "Noor Amsel is Fennick University's writer in residence." names a college,
                # "Tessa Vane is Kestrel Pictures's producer." a studio: the outlet's own name
                # before its job is a paper's, a station's or a wire's ("Harlow Wire's")
                continue
            if name and name.casefold() in _GENERIC:
                # "a staff writer at the Journal. Reach her at lee@harlowcoastjournal.com": the
                # paper's full name is its address, read with the article's own words
                return _name_in_domain(name.casefold(), closing, lines)
            if name and not _ROLE.search(name):
                return name
    return _writer_tag(closing, lines)


#: The writer a closing note is on: "Lee Park" in "Lee Park is Harlow Wire's arts correspondent."
_NOTE_WRITER = re.compile(rf"[—–-]*\s*(?P<writer>{PERSON_NAME}) ")


def _credited_writers_note(lines: Sequence[str], credits: Sequence[str]) -> str | None:
    """The outlet a writer's note closing the page names (:func:`_writer_note`) when its writer
    is one the page's credit line names ("Reporting by Lee Park; editing by Sam Reyes" and "Lee
    Park is Harlow Wire's arts correspondent."); a closing sentence on someone else is the
    story's ("Oren Malik is Fennick Courier's chief correspondent.", of a reporter detained)."""
    closing = [line.strip() for line in lines if line.strip()][-CLOSING_LINES:]
    for line in closing:
        if (
            _WRITER_NOTE.match(line)
            and (writer := _NOTE_WRITER.match(line))
            and any(writer.group("writer") in credit for credit in credits)
        ):
            return _writer_note([line])
    return None


#: Longest address (before its ".com") read as an outlet's words.
DOMAIN_NAME_CHARS = 40


def _name_in_domain(kind: str, closing: Sequence[str], lines: Sequence[str]) -> str | None:
    """The name of a paper the writer's note calls by its kind ("the Journal"), from a staff
    address ending in that kind ("northcoastjournal.com"), its other words found capitalised
    in the article or known English words ("north", "coast"): "North Coast Journal"; None
    when they are not."""

    for line in closing:
        for domain in _email_domains(line):
            stem = domain.split(".")[0].casefold().replace("-", "")
            head = stem.removesuffix(kind)
            if stem == head or not head or len(stem) > DOMAIN_NAME_CHARS:
                continue
            vocabulary = known_words() | {
                w.casefold() for line in lines for w in re.findall(r"\b[A-Z][a-z]+\b", line)
            }
            if parts := _split_words(head, vocabulary):
                return " ".join([*(p.capitalize() for p in parts), kind.capitalize()])
    return None


def _split_words(text: str, vocabulary: frozenset[str] | set[str]) -> list[str] | None:
    """``text`` as a run of words of ``vocabulary`` (each of 2 letters or more), fewest first."""
    best: list[list[str] | None] = [[]] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 20), end - 1):
            before, now = best[start], best[end]
            if (
                before is not None
                and text[start:end] in vocabulary
                and (now is None or len(before) + 1 < len(now))
            ):
                best[end] = [*before, text[start:end]]
    return best[-1]


def _short_self(lines: Sequence[str]) -> str | None:
    for line in lines:
        if "The " in line and (found := _SHORT_SELF.search(line)):
            return found.group("outlet")
    return None


def _closing_credit(lines: Sequence[str]) -> str | None:
    for line in [line for line in lines if line.strip()][-CLOSING_LINES:]:
        if found := _CLOSING_CREDIT.match(line.strip()):
            return _clean(found.group("outlet"))
    return None


#: A paper's town and region in brackets after its name, as a clippings service or a
#: newspaper archive labels a copy: "Carrick Bay Courier (Carrick, Maine)".
_TOWN_AFTER_NAME = r"\s+\([A-Z][\w.'’ -]{1,30}, [A-Z][\w.'’ -]{1,30}\)"
_TOWN_AFTER_NAME_END = re.compile(rf"(?<=\w){_TOWN_AFTER_NAME}$")


#: A reprint's credit on a line of its own, as an aggregator sets it under the story or over
#: it: "Source: Kestrel Wire", "via Marrow Sound Herald", "(via The Quillon Ledger)", "Syndicated
#: from …", "Content provided by …", "Article courtesy of …", and the dash of a closing credit
#: ("— Kestrel Wire", "—The Marrow Sound Herald").
_REPRINT_CREDIT = re.compile(
    r"^\(?(?:Source:|SOURCE:|(?:Story |Article )?[Vv]ia:?|Syndicated (?:from|by)"
    r"|(?:Content|Story|Article) (?:provided by|courtesy of)|[—–-])\s*(?:[Tt]he\s+)?"
    r"(?P<outlet>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&)){0,5})"
    rf"(?:{_TOWN_AFTER_NAME})?\)?\.?$"
)


def _reprint_credit(lines: Sequence[str]) -> str | None:
    """The outlet a reprint credits on a line of its own (:data:`_REPRINT_CREDIT`) among the
    page's last :data:`CLOSING_LINES` lines or under its first line: a news agency's or a
    paper's name only ("Source: Fennick Port Authority" under a chart, "via Twitter", "via
    Getty Images", "via Ines Harrow", a writer's sign-off "— Ines Harrow" name none). Read
    after every mark of the page's own outlet: a page of its own that credits another's data
    or story is still its own."""
    kept = [line.strip() for line in lines if line.strip()]
    closing = kept[-CLOSING_LINES:]
    for line in (*closing, *kept[1:DATELINE_LINES]):
        found = line[:1] in "(SVvACs—–-" and _REPRINT_CREDIT.match(line)
        if not found or (line[:1] in "—–-" and line not in closing):
            continue  # (a dash's credit closes the page: one at its top is a list's item)
        name = _clean(found.group("outlet"))
        if not name or _platform(name) or _a_job(name):
            continue
        if _names_a_newsroom(name) or (_names_a_paper(name) and name.casefold() not in _AGENCIES):
            return name
    return None


#: An outlet the article credits for its news: "…, WSVN.com reported.", "Click for more
#: from WSVN.com", "according to the Harlow Herald", "first reported by KXAN". It is the
#: source of the story, not its publisher, whatever else the article says of it.
_CITED = re.compile(
    # "…, WSVN.com reported." (not the word before "…, reports the Harlow Herald")
    rf"\b(?P<outlet>{_WORDS}(?:\.com)?),? (?:first )?(?:reported|reports)\b(?! (?:the )?[A-Z])"
    # "…, reports the Harlow Herald, adding …"
    rf"|[,.\"”’] (?:reports|reported|writes|wrote) (?:the )?(?P<outlet3>{_WORDS}(?:\.com)?)"
    rf"|\b(?:according to|first reported by|reported by|for more from|more from|via) (?:the )?"
    rf"(?P<outlet2>{_WORDS}(?:\.com)?)"
)
_CITED_HINTS = ("report", "writes", "wrote", "according to", "more from", "via ")


def _key(name: str) -> str:
    """An outlet's name compared without case, "The" or ".com"."""
    name = name.casefold().removeprefix("the ").removesuffix(".com").strip()
    return name.removesuffix(" news") if name != "news" else name  # "BuzzFeed" is "BuzzFeed News"


def _cited(lines: Sequence[str]) -> frozenset[str]:
    """The outlets (by :func:`_key`) an article credits as the source of its news."""
    found = set()
    for line in lines:
        if not any(map(line.__contains__, _CITED_HINTS)):
            continue
        for match in _CITED.finditer(line):
            name = match.group("outlet") or match.group("outlet2") or match.group("outlet3")
            if name:
                found.add(_key(name))
    return frozenset(found)


def _self_reference(lines: Sequence[str]) -> str | None:
    cited: frozenset[str] | None = None
    groups = _on_the_page(_SELF, lines)
    for line in lines:
        for hints, pattern, interviewer in groups:
            if not any(map(line.__contains__, hints)):
                continue
            for found in pattern.finditer(line):
                named = [v for k, v in found.groupdict().items() if k.startswith("outlet") and v]
                name = _clean(named[0]) if named else None
                others = _AGENCIES | (_INTERVIEWERS if interviewer else set()) | _NOT_PUBLISHERS
                if not name or name.casefold() in others:
                    continue
                if name.split()[0] in {"He", "She", "They", "It", "The", "A", "An", "We", "I"}:
                    continue
                cited = _cited(lines) if cited is None else cited
                if _key(name) in cited:
                    continue  # "…, WSVN.com reported": the story's source speaks to it
                return name
    return None


#: An e-mail address at a site, closing an article: "tips@harlowherald.com" (the site's own
#: address alone, "More from harlowtv.com", is as often a link to the story's source).
_CLOSING_ADDRESS = re.compile(r"@(?:[\w-]+\.)*?(?P<stem>[\w-]{3,40})\.(?:com|org|net|co\.uk|tv)\b")
#: A run of capitalised words that may be a paper's name ("The Harlow Herald").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'’-]*(?: (?:of |the |and |& )?[A-Z][\w&'’-]*){0,5}")
#: The paper asking to be subscribed to or supported on its own page: "Subscribe to the
#: Harlow Herald.", "Click here to subscribe to the Harlow Herald.", "Support local journalism:
#: subscribe to the Harlow Herald today." (after a
#: colon only an appeal's: "The union's banner read: Support the Harlow Press." quotes one)
_SUBSCRIBE_TO = re.compile(
    r"(?:^|[.!] |^(?:[Ss]upport|[Hh]elp|[Ll]ove|[Vv]alue|[Ee]njoy|[Pp]rotect|[Ff]und)\b[^.:!?\"“”]{0,40}: )"
    # (behind a link's words: "Click here to subscribe to the Harlow Herald.")
    r"(?:(?:[Cc]lick|[Tt]ap) here to |[Pp]lease )?"
    r"(?:[Ss]ubscribe to|[Ss]upport|[Bb]ecome a (?:member|subscriber) of) (?:the |[Tt]he )?"
    r"(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})(?: today| now)?[.!]?$"
)


#: A public body's own address alone on its line: "lee.park@harlowport.gov", "E-mail:
#: press@mail.tbc.gov.uk"; the last label of its host before ".gov" is the body's.
_BODY_ADDRESS = re.compile(
    r"^(?:E-?mail:?\s*)?[\w.+-]+@(?:[\w-]+\.)*?(?P<stem>[\w-]{2,40})\.gov(?:\.[a-z]{2})?\.?$",
    re.I,
)
#: A telephone number alone on its line, as a contact block sets it: "(202) 555-0176",
#: "Tel: +44 20 7946 0958".
_PHONE_LINE = re.compile(r"^(?:(?:Tel|Phone|Telephone)\.?:?\s*)?\+?[\d() .-]{7,20}$", re.I)
#: A contact block's label: "Contact:", "Media contact: Lee Park", "Press contacts".
_CONTACT_LABEL = re.compile(r"^(?:(?:Media|Press|News) )?[Cc]ontacts?\b:?")
#: How many of a page's last lines a contact block closing it may take.
_CONTACT_BLOCK_LINES = 8


def _body_contact(lines: Sequence[str]) -> str | None:
    """The public body a contact block closing its own page names: an address at its own
    ".gov" host alone on its line, beside a telephone number or under a "Contact" label, where
    the page writes the host's name as the body's ("EPA" for "lee.park@epa.gov", "Harlow Port
    Authority" for "…@harlowportauthority.gov"): a body's release or notice is signed so.
    A sentence giving an address ("Tips may be sent to tips@harlowpd.gov.") is a story's
    line, not a block; a host the page never names, or names as one capitalised word that may
    be a place's ("Harlow" for "harlow.gov"), names none."""
    closing = [line.strip() for line in lines if line.strip()][-_CONTACT_BLOCK_LINES:]
    stems = set()
    for at, line in enumerate(closing):
        found = _BODY_ADDRESS.match(line)
        if not found:
            continue
        near = closing[max(0, at - 3) : at] + closing[at + 1 : at + 2]
        if any(
            (_PHONE_LINE.match(other) and sum(c.isdigit() for c in other) >= 7)
            or _CONTACT_LABEL.match(other)
            for other in near
        ):
            stems.add(found.group("stem").casefold().replace("-", ""))
    if not stems:
        return None
    for line in lines:
        for run in _CAPITALISED_RUN.findall(line):
            words = run.split()
            for start, end in itertools.combinations(range(len(words) + 1), 2):
                name = " ".join(words[start:end]).removeprefix("The ")
                if " " not in name and not (name.isupper() and name.isalpha()):
                    continue  # (of one word, an acronym only: "EPA", never "Harlow")
                if re.sub(r"[^a-z0-9]", "", name.casefold()) in stems:
                    return name
    return None


def _own_address(lines: Sequence[str]) -> str | None:
    """The paper whose own address closes the article, named in its words: an e-mail address
    at harlowherald.com (a tip line, a writer's) where the
    article names the Harlow Herald; or the paper asking, on one of the last lines, to be
    subscribed to ("Subscribe to the Harlow Herald."). Only a paper's name (:func:`_names_a_paper`)."""
    closing = [line for line in lines if line.strip()][-CLOSING_LINES:]
    for line in closing:
        if ("ubscribe" in line or "upport" in line or "ecome a" in line) and (
            found := _SUBSCRIBE_TO.search(line.strip())
        ):
            name = _clean(found.group("outlet"))
            if (
                name
                and _names_a_paper(name)
                and name.casefold() not in _AGENCIES
                and not _a_cause(name)
            ):
                return name
    stems = {
        found.group("stem").casefold().replace("-", "")
        for line in closing
        if "@" in line
        for found in _CLOSING_ADDRESS.finditer(line)
    }
    if not stems:
        return None
    for line in lines:
        for run in _CAPITALISED_RUN.findall(line):
            words = run.split()
            for start in range(len(words)):
                name = " ".join(words[start:]).removeprefix("The ")
                key = re.sub(r"[^a-z0-9]", "", name.casefold())
                if (
                    name[:1].isupper()
                    and (key in stems or f"the{key}" in stems)
                    and _names_a_paper(name)
                ):
                    return name
    return None


#: An appeal for the page's own organisation, alone on its line near the page's end: "Support The
#: Kestrel Sky Survey!", "Donate to the Harlow River Trust", "Become a member of the Tessel
#: Observatory".
_OWN_APPEAL = re.compile(
    r"^(?:Support|Donate to|Give to|Become a (?:member|supporter|friend) of) (?:the |The )?"
    r"(?P<outlet>[A-Z][\w.&'’-]*(?: (?:of |for |and |& )?[A-Z][\w.&'’-]*){0,5})"
    r"(?: today| now)?[.!]?$"
)
#: The line under it, in the organisation's own words about giving to it: "If every reader gave a
#: little, our fundraiser would close this week."
_OWN_GIVING = re.compile(
    r"(?=.*\b(?:[Oo]ur|[Ww]e|us)\b).*\b(?:[Dd]onat\w*|[Cc]ontribut\w*|[Ff]undrais\w*|gifts?"
    r"|[Ss]upport\w*|[Mm]ember\w*|[Ss]ponsor\w*|give|giving)\b"
)
#: What an appeal asks support for that is no organisation's name: "Support Local Journalism",
#: "Support Independent Media".
_APPEAL_CAUSES = frozenset({
    "journalism", "reporting", "media", "journalists", "newsroom", "coverage", "research",
    "science", "work", "mission", "cause", "efforts", "us",
})  # fmt: skip
_APPEAL_KINDS = frozenset({"local", "independent", "public", "quality", "free", "nonprofit",
                           "community", "our"})  # fmt: skip


def _a_cause(name: str) -> bool:
    """Whether an appeal's object is a cause, not an organisation ("Local Journalism",
    "Independent Media")."""
    words = name.casefold().removeprefix("the ").split()
    return words[-1] in _APPEAL_CAUSES or (len(words) == 2 and words[0] in _APPEAL_KINDS)


#: A verb crediting a speaker: the line under an appeal holding one quotes the story's source.
_REPORTING = re.compile(words_pattern(REPORTS))
#: How many of an article's last lines may hold the organisation's own appeal.
APPEAL_LINES = 8
#: The first person plural an organisation's own page is written in ("we will show the
#: eclipse live", "our partnership").
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
#: How many lines above an appeal must speak as "we" outside quotations, for the page to be
#: the organisation's own: a news story with a charity's appeal box under it is told in the
#: third person, its "we" only in its speakers' words.
OWN_VOICE_LINES = 2


#: A quotation closed on its line: "“Pearl”", "“We will rebuild,” she said".
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _in_own_voice(line: str) -> bool:
    """Whether a line speaks as "we" outside its quotations ("we will use “Pearl”, the
    telescope …"), with no speaker credited on it and no quotation left open (a speaker's
    words running on over paragraphs)."""
    own = _QUOTED.sub("", line)
    return (
        bool(_WE.search(own))
        and not any(mark in own for mark in '"“”')
        and not _REPORTING.search(line)
    )


def _own_appeal(lines: Sequence[str]) -> str | None:
    """The organisation a page's own appeal for support names, one of its last lines alone
    ("Support The Kestrel Sky Survey!") with the line under it asking in the organisation's
    own words ("… our fundraiser would close this week."): a project's, a society's or a
    paper's page (:data:`_OWN_APPEAL`). A body other than a paper is named only on a page told
    above the appeal in its own "we" (:data:`OWN_VOICE_LINES`): a news story told in the third
    person with a charity's, a fund's or a party's appeal box under it names none. A line under it in quotation marks or with a verb
    of saying quotes someone in the story, and a cause ("Support Local Journalism") or a
    single word that may be a place ("Support Ukraine!") is no name."""
    kept = [line.strip() for line in lines if line.strip()]
    start = max(0, len(kept) - APPEAL_LINES)
    for at, (line, after) in enumerate(itertools.pairwise(kept[start:]), start):
        found = _OWN_APPEAL.match(line)
        if (
            not found
            or any(mark in after for mark in '"“”')
            or _REPORTING.search(after)
            or not _OWN_GIVING.match(after)
        ):
            continue
        name = _clean(found.group("outlet"))
        if not name or name.casefold() in _AGENCIES or _platform(name):
            continue
        if (
            not _a_cause(name)
            and (len(name.split()) >= 2 or _names_a_paper(name))
            and (_names_a_paper(name) or sum(map(_in_own_voice, kept[:at])) >= OWN_VOICE_LINES)
        ):
            return name
    return None


#: The share footer of USA TODAY's network of papers, with each paper's link shortener
#: ("Read or Share this story: https://usat.ly/2aBc", "… http://on.freep.com/1xYz").
_SHARE_FOOTER = re.compile(r"^Read or Share this story: https?://(?:on\.)?(?P<domain>[\w.-]+)/")


#: Page templates a few outlets share, each outlet with the ways its page names it: the page is
#: the one outlet among them it names ("A source told The Globe and Mail"), none it credits as
#: its news's source ("according to The Washington Post").
_SHARED_TEMPLATES = (
    # the break the papers' pages put between paragraphs (Global News' pages too, which name
    # it); a paper names itself with its capital "The" ("told The Globe and Mail"), where
    # another's style writes "told the Globe and Mail" or "a Globe and Mail column"
    ("Story continues below advertisement",
     re.compile(r"^Story continues below advertisement$"),
     (("The Globe and Mail", re.compile(r"\bThe Globe and Mail\b")),
      ("The Washington Post", re.compile(r"\bThe Washington Post\b")),
      ("Global News", re.compile(r"\bGlobal News\b")))),
)  # fmt: skip


def _shared_template(lines: Sequence[str]) -> str | None:
    text = "\n".join(lines)
    for hint, pattern, outlets in _SHARED_TEMPLATES:
        if hint not in text or not any(pattern.match(line.strip()) for line in lines):
            continue
        cited = _cited(lines)
        named = [name for name, says in outlets if says.search(text) and _key(name) not in cited]
        if len(named) == 1:
            return named[0]
    return None


def _template(lines: Sequence[str]) -> str | None:
    if shared := _shared_template(lines):
        return shared
    for line in lines:
        footer = line.startswith("Read or Share") and _SHARE_FOOTER.match(line)
        if footer and (name := _domain_outlet(footer.group("domain"))):
            return name
    text = "\n".join(lines)  # a template none of whose hints is in the text is no line's
    for hints, pattern, outlet in _TEMPLATES:
        if not any(map(text.__contains__, hints)):
            continue
        if any(
            any(map(line.__contains__, hints))
            and pattern.search(line)
            and not _credits_another_paper(line, outlet)
            for line in lines
        ):
            return outlet
    return None


#: A picture's credit naming its source after a slash: "Photograph: Sam Oduya/Tellmark Daily".
_SLASH_CREDIT = re.compile(r"/(?P<source>(?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\s*$")


def _credits_another_paper(line: str, outlet: str) -> bool:
    """Whether a line a template's pattern matched credits a picture to a paper other than the
    template's outlet ("Photograph: Sam Oduya/Tellmark Daily" is no Guardian page's credit: the
    Tellmark Daily's photographer's)."""
    found = _SLASH_CREDIT.search(line)
    source = found.group("source") if found else None
    return bool(
        source
        and _names_a_paper(source)
        and source.casefold().removeprefix("the ") != outlet.casefold().removeprefix("the ")
        and source.casefold() not in _AGENCIES
    )


#: A company's own post: it opens speaking as the company ("At Netflix, we work hard…") or
#: closes on its author's post there ("Tawni Cranz is Netflix's Chief Talent Officer").
_COMPANY_OPENING = re.compile(r"^At (?P<outlet>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}), we\b")
_COMPANY_AUTHOR = re.compile(
    rf"^{PERSON_NAME} is (?P<outlet>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,2}})"
    r"['’]s (?:Chief|Vice|Senior|Head|Director|General Counsel|Founder|Co-?founder|CEO|CFO|CTO"
    r"|President)\b"
)
#: How many lines from the end a post's author line is looked for.
AUTHOR_LINES = 3


def _company(lines: Sequence[str]) -> str | None:
    opening = _COMPANY_OPENING.match(lines[0]) if lines else None
    if opening:
        return _clean(opening.group("outlet"))
    for line in lines[-AUTHOR_LINES:]:
        if author := _COMPANY_AUTHOR.match(line):
            return _clean(author.group("outlet"))
    return None


#: Sources of newswire archives by the codes their document ids begin with, as the
#: Linguistic Data Consortium names them (English Gigaword, TDT, DUC and TAC):
#: ``APW19981117.0597``, ``NYT_ENG_20050101.0001``.
ARCHIVE_SOURCES = {
    "AFP": "Agence France-Presse",
    "APW": "Associated Press",
    "CNA": "Central News Agency",
    "LTW": "Los Angeles Times-Washington Post",
    "NYT": "The New York Times",
    "XIE": "Xinhua",
    "XIN": "Xinhua",
}
_ARCHIVE_ID = re.compile(r"([A-Z]{3})(?:_ENG_)?\d{8}\.\d{4}")


def outlet_in_archive_id(stem: str) -> str | None:
    """The source a newswire archive's document id names (``NYT19981012.0242``), or None.

    Such an article carries no byline or dateline of its own; its id is its only
    credit, and two of one agency's articles are one source.
    """
    match = _ARCHIVE_ID.fullmatch(stem)
    return ARCHIVE_SOURCES.get(match.group(1)) if match else None


#: A video's description heading its page names the outlet's own reporter: "HARLOW TV's Lee
#: Park reports on the bridge", "Harlow Herald's Sam Reyes explains …".
_VIDEO_DESCRIPTION = re.compile(
    rf"^(?P<outlet>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)['’]s {NAME_WORD} {NAME_WORD} (?:reports"
    r"|explains|looks at|discusses|talks|breaks down)\b"
)


def _video_description(lines: Sequence[str]) -> str | None:
    for line in lines[:DATELINE_LINES]:
        found = "s " in line and _VIDEO_DESCRIPTION.match(line)
        name = _clean(found.group("outlet")) if found else None
        if name and name.casefold() not in _AGENCIES | _NOT_PUBLISHERS:
            return name
    return None


#: A list of the site's own links under its name: "Related stories on AOL:", "More videos on
#: Harlow TV:", "Also on HarlowPost:" ("More from …" credits the story's source instead).
_OWN_LINKS = re.compile(
    r"^(?:(?:Related|More|Other|Latest|Popular) (?:stories|articles|videos|coverage|news|posts)"
    r" (?:on|at)|Also on) (?:the )?(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})\s*:?$"
)


#: The last words of a site's name: "Harlow *TV*", "Harlow *Online*".
_MEDIA_WORDS = _GENERIC | {"tv", "online", "radio", "network", "media", "press", "today", "live"}


#: Outlets known by name (their sites' and owners' entries above): an initialism in a link
#: list's heading is a site's only when it is one of them ("AOL"), a topic's otherwise
#: ("More stories on NATO:", "… on ISIS:", "… on EU:").
_KNOWN_OUTLETS = frozenset(
    name.casefold() for name in (*_DOMAINS.values(), *_OWNERS.values(), *_INTERVIEWERS)
)


def _names_a_site(name: str) -> bool:
    """Is a name in a link list's heading a site's ("AOL", "Harlow TV", "HarlowPost",
    "harlow.com"), not a topic's ("Brexit", "Ukraine", "Taylor Swift", "NATO")?"""
    words = name.split()
    if name.replace(" ", "").isupper():
        return name.casefold() in _KNOWN_OUTLETS or bool(re.fullmatch(r"[KW][A-Z]{2,3}", name))
    return "." in name or words[-1].casefold() in _MEDIA_WORDS or _written_together(words)


def _own_links(lines: Sequence[str]) -> str | None:
    for line in lines:
        if " on " in line and (found := _OWN_LINKS.match(line.strip())):
            name = _clean(found.group("outlet"))
            if name and name.casefold() not in _AGENCIES | _NOT_PUBLISHERS and _names_a_site(name):
                return name
    return None


#: The last words of a paper's, a station's or a site's name.
_PRESS_NAME_WORDS = _MEDIA_WORDS | {
    "courier", "gazette", "record", "observer", "guardian", "telegraph", "mail", "express",
    "register", "inquirer", "examiner", "dispatch", "sentinel", "bulletin", "monitor",
    "standard", "independent", "mirror", "citizen", "bee", "blade", "enquirer", "advocate",
    "ledger", "leader", "review", "reporter", "journal-constitution", "union-tribune", "courant",
}  # fmt: skip
#: The same words, for the fold of one newsroom's names (``matching.independence``): a name
#: that is one of them alone ("The Independent", "Express") is many papers' word.
PRESS_NAME_WORDS = frozenset(_PRESS_NAME_WORDS)
#: Words closing an agency's name besides a paper's: "Kestrel Wire", "Orrland Press Agency".
_AGENCY_NAME_WORDS = frozenset({"wire", "newswire", "agency", "service"})


def _names_a_newsroom(name: str) -> bool:
    """Whether a name in a dateline's brackets is a newsroom's by itself: a known news agency
    ("Reuters") or a name ending in a paper's or an agency's word ("Kestrel Wire"), not a
    party, a role or a photo credit ("Harbour Party", "Studio", "Kestrel Images")."""
    words = name.casefold().split()
    return outlet_key(name) in _NEWS_AGENCY_KEYS or (
        len(words) >= 2 and words[-1] in _PRESS_NAME_WORDS | _AGENCY_NAME_WORDS
    )


#: A byline without "By" at the top of the page: "Lee Park, USA TODAY", "Lee Park | Harlow
#: Herald" (the outlet's name a known outlet's, in capitals, or a paper's or a station's).
#: (the writer's job may follow in lower case, as many papers print it: "By Lee Park, Harlow
#: Herald staff writer", or come between the writer and the paper: "Lee Park, Staff Writer, The
#: Harlow Herald")
_TOP_BYLINE = re.compile(
    # (the writer's job after a comma, or between bars in any words: "Lee Park | Transport
    # Correspondent | Harlow Herald")
    rf"^{_BYLINE_NAMES}(?P<job>, (?:{_JOB} ){{0,2}}{_JOB_TITLE}"
    rf"| \| (?:(?:{_JOB}|[A-Z][a-z]+) ){{0,2}}{_JOB_TITLE})?(?:,| \|| [-–—]) {_BYLINE_OUTLET}"
    rf"(?: (?-i:(?:(?i:{_JOB}) ){{0,2}}(?i:{_JOB_TITLE})))?{_DATED_BYLINE_END}"
)


#: A paper's name between the dashes after a dateline's place, without brackets: "The Harlow
#: Herald — " in "HARLOW, Maine — The Harlow Herald — A water main burst …".
_PAPER_BETWEEN_DASHES = re.compile(
    r"^(?P<outlet>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}) ?(?:[—–]|--)\s*(?=[A-Z\"“‘'])"
)


def paper_between_dashes(rest: str) -> re.Match[str] | None:
    """The paper named between the dashes after a dateline's place ("The Harlow Herald —"
    opening ``rest``, what follows "HARLOW, Maine —"), or None: only a paper's name
    (:func:`_names_a_paper`, its last word after a hyphen read as well: "Star-Journal"), never a
    body's ("The Harlow Parish Council — which …")."""
    found = _PAPER_BETWEEN_DASHES.match(rest)
    if not found:
        return None
    name = found.group("outlet")
    last = name.split()[-1].split("-")[-1]
    if _names_a_paper(name) or (len(name.split()) >= 2 and last.casefold() in _PRESS_NAME_WORDS):
        return found
    return None


def _names_a_paper(name: str | None) -> bool:
    """A known outlet's name, a station's in capitals, or one ending as a paper's or a site's."""
    if not name:
        return False
    words = name.split()
    return (
        name.casefold() in _KNOWN_OUTLETS
        or (len(words) >= 2 and name.replace(" ", "").isalpha() and name.isupper())
        or bool(re.fullmatch(r"[KW][A-Z]{2,3}(?:-TV)?", name))
        or (len(words) >= 2 and words[-1].casefold() in _PRESS_NAME_WORDS)
        # an agency named for its service: "Brisk News Service", "Harlow Wire Service"
        or (len(words) >= 3 and " ".join(words[-2:]).casefold() in _SERVICE_ENDS)
    )


_SERVICE_ENDS = frozenset(
    ("news service", "wire service", "news agency", "press agency", "news wire")
)


#: A wire service signing the story alone near its top: "By The Associated Press", "By
#: REUTERS STAFF", "By Agence France-Presse" (a page that names itself anywhere stronger, a
#: site name in its title or its own copyright line, is read as that page's first).
_WIRE_BYLINE = re.compile(
    r"^By (?:the )?(?P<agency>Associated Press|Reuters(?: staff)?|Agence France-Presse|AFP)\.?$",
    re.IGNORECASE,
)
_WIRES = {"associated press": "Associated Press", "reuters": "Reuters", "reuters staff": "Reuters",
          "agence france-presse": "AFP", "afp": "AFP"}  # fmt: skip


def _wire_byline(lines: Sequence[str]) -> str | None:
    paragraphs = 0
    for at, line in enumerate(lines[:DATELINE_LINES]):
        if line[:3].casefold() == "by " and (found := _WIRE_BYLINE.match(line.strip())):
            return _WIRES[found.group("agency").casefold()]
        if at and len(line.split()) >= PARAGRAPH_WORDS and line.rstrip().endswith(SENTENCE_FINAL):
            paragraphs += 1
            if paragraphs == 2:
                # below the story's paragraphs (one may be the headline's standfirst), a
                # byline heads another story
                return None
    return None


#: A line of the story's text (no headline, caption or byline) is a sentence this long.
PARAGRAPH_WORDS = 12


#: A byline naming the outlet and no writer, alone on its line near the top: "By the Harlow
#: Herald", "From the Harlow Herald", "By Harlow Herald staff", "The Harlow Herald reports:".
#: (a writer's byline, "By Lee Park", names no outlet; "By the numbers", "From the archives"
#: name no paper; "The Harlow Herald reports that …" in a sentence cites another outlet)
#: (each word at most 41 characters, as in :data:`_WORDS`: a page's one long line is read fast)
_OUTLET_BYLINE_NAME = r"[A-Z][\w.&'’-]{0,40}(?: [A-Z][\w.&'’-]{0,40}){0,5}?"
_OUTLET_BYLINE = re.compile(
    rf"^(?:(?:By|From) (?P<the>[Tt]he )?(?P<outlet>{_OUTLET_BYLINE_NAME})"
    r"(?P<staff> (?:[Nn]ews )?[Ss]taff)?"
    rf"|(?P<own>The )?(?P<reporting>{_OUTLET_BYLINE_NAME}) reports)"
    rf"[.:,]?{_BYLINE_END}"
)
#: Last words of a paper's name no writer's surname ends in: a byline "By Harlow Herald" with
#: neither "the" nor "staff" names a paper only with one of them ("By Emily Post" is a writer).
_PAPER_ONLY_WORDS = frozenset((
    "news", "times", "herald", "tribune", "gazette", "chronicle", "journal", "magazine",
    "online", "tv", "radio", "network", "media", "daily", "inquirer", "examiner", "dispatch",
    "sentinel", "bulletin", "telegraph", "courier", "register", "enquirer",
))  # fmt: skip


def _above_the_story(lines: Sequence[str]) -> Iterator[str]:
    """A page's top lines, stripped, where a byline of its story stands: those before the
    story's second paragraph (a line of :data:`PARAGRAPH_WORDS` words or more closed as a
    sentence; the first may be a standfirst), the paragraphs left out. Below them a byline
    heads another story."""
    paragraphs = 0
    for at, line in enumerate(lines[:DATELINE_LINES]):
        line = line.strip()
        if at and len(line.split()) >= PARAGRAPH_WORDS and line.endswith(SENTENCE_FINAL):
            paragraphs += 1
            if paragraphs == 2:
                return
            continue
        yield line


def _outlet_byline(lines: Sequence[str], title: str | None = None) -> str | None:
    """The outlet a byline without a writer names (:data:`_OUTLET_BYLINE`), on a line of its
    own above the story's second paragraph (the title's line aside): a paper's name
    (:func:`_names_a_paper`), or an agency's; with neither "the", "staff" nor "reports" beside
    it, only a known outlet's or one ending in a word no surname is (:data:`_PAPER_ONLY_WORDS`)."""
    for line in _above_the_story(lines):
        found = line != title and line[:1] in "BFT" and _OUTLET_BYLINE.match(line)
        if not found:
            continue
        written = found.group("outlet") or found.group("reporting")
        name = _clean(written)
        if name and found.group("outlet") and _signed_right_after_by(line, found):
            name = _without_writer(name, line, lines)  # "By Ines Harrow The Tollbridge Courier"
        if not name or _a_job(name) or name.casefold() in _NOT_PUBLISHERS:
            continue
        if name.casefold().removeprefix("the ") in _NEWS_AGENCIES:
            return name  # "From the Associated Press": the agency's own story
        if name.casefold() in _AGENCIES or not _names_a_paper(name):
            continue
        marked = found.group("the") or found.group("staff") or found.group("reporting")
        words = name.split()
        if not (
            marked or name.casefold() in _KNOWN_OUTLETS or words[-1].casefold() in _PAPER_ONLY_WORDS
        ):
            continue  # "By Emily Post": a writer whose surname is a paper's word
        return (
            f"The {name}"
            if found.group("own") or (found.group("the") or "").startswith("T")
            else name
        )
    return None


#: A paper's or a station's name alone on its line, as a page's masthead or a copy's label
#: prints it: "Fenwick Gazette", "The Vellmouth Evening Star", "North Vale Radio".
_NAME_ALONE = re.compile(
    r"^(?:The )?[A-Z][\w&'’-]{1,30}(?: (?:of |and |& |the )?[A-Z][\w&'’-]{0,30}){1,4}$"
)
#: First words of a section's or a list's heading, not a paper's name: "Local News", "Top
#: Stories", "More Daily", "Sports Radio".
_NOT_A_NAMES_FIRST = frozenset((
    "local", "world", "national", "international", "latest", "breaking", "top", "more",
    "related", "other", "all", "your", "our", "my", "this", "today's", "sports", "sport",
    "business", "politics", "opinion", "entertainment", "health", "science", "tech", "live",
    "watch", "listen", "video", "photo", "photos", "most", "from", "by", "subscribe", "follow",
    "read", "share", "weekend", "morning", "evening", "daily", "weekly", "good", "fake",
))  # fmt: skip


#: The heading of a box about the paper, before its name: "About the Tullow Sentinel".
_ABOUT_NAME = re.compile(r"^About (?:the )?(?=[A-Z])")
#: The word after a paper's name in its logo's text: "Tullow Sentinel logo".
_LOGO_AFTER_NAME = re.compile(r"(?<=\w) logo$")
#: A card's date, perhaps with its clock: "4 June 2026", "Jun 4", "Thursday, May 5, 2026, 10:42
#: a.m.", "Published 10:42 a.m. ET May 5, 2026" (a clock's zone in capitals).
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?-i: [A-Z]{2,4})?"
_CARD_DATE = (
    rf"(?:(?:Published|Updated|Posted|Last updated):? )?(?:{_CLOCK},? )?(?:{WEEKDAY_WORD},? )?"
    rf"(?:\d{{1,2}} {MONTH_WORD}|{MONTH_WORD}\.? \d{{1,2}})"
)
_CARD_STAMP = (
    r"(?:\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago"
    rf"|{_CARD_DATE}(?:,? \d{{4}})?(?:,? (?:at )?{_CLOCK})?)"
)
#: A time stamp after a paper's name on its line, as an aggregator's or an app's card sets it:
#: "• 3 hours ago", "· 4 June 2026", "| Jun 4", "| May 5, 2026, 10:42 a.m."; after a dash, a
#: date with its year only ("— May 5, 2026").
_STAMP_AFTER_NAME = re.compile(
    rf"(?<!\s)\s+(?:[•·|]\s+{_CARD_STAMP}|[-–—]\s+{_CARD_DATE},? \d{{4}}(?:,? (?:at )?{_CLOCK})?"
    # (a byline strip's stamps with no mark before them: "Harlow Herald Published 7:00 a.m. ET
    # May 4, 2026 | Updated 9:12 a.m. ET May 4, 2026")
    rf"|(?=(?:Published|Updated|Posted)\b){_CARD_STAMP}(?:\s+[•·|]\s+{_CARD_STAMP})*)$",
    re.IGNORECASE,
)
#: The same stamps before the paper's name, as a site's byline strip or a feed's card sets them:
#: "May 5, 2026 | Harlow Herald", "Published 10:42 a.m. ET May 5, 2026 | Updated 11:02 a.m. ET
#: May 5, 2026 | Harlow Herald", "3 hours ago • Harlow Herald".
_STAMP_BEFORE_NAME = re.compile(rf"^(?:{_CARD_STAMP}\s+[•·|]\s+)+", re.IGNORECASE)
#: A byline after the paper's name on its line, as a site's strip or a card sets it: "| By Lee
#: Park", "· Lee Park · May 4, 2026" (see :func:`paper_name_alone`).
_BYLINE_AFTER_NAME = re.compile(
    rf"(?<!\s)\s+[|•·]\s+(?:By )?(?P<writers>{_BYLINE_NAMES})(?:\s+[•·|]\s+(?i:{_CARD_STAMP}))?$"
)
#: The section a site files the page under, after its name: "Harlow Herald | Local News",
#: "The Harlow Herald · World News" (:data:`_SECTION`'s names).
_SECTION_AFTER_NAME = re.compile(r"(?<!\s)\s+[|•·›»]\s+(?P<section>[\w.' ]{2,30})$")
#: A writer's middle initial, where the writer's name runs into the paper's: "Lee J. Park The
#: Harlow Herald" (read as "Lee Park The Harlow Herald" is, :func:`paper_name_alone`).
_WRITERS_INITIAL = re.compile(r"^([A-Z][a-z][\w'’-]*) [A-Z]\. (?=[A-Z][a-z][\w'’-]* The [A-Z])")
#: The mark a card's stamp leaves after the name once the page's date is read off its line.
_MARK_AFTER_NAME = re.compile(r"(?<=\w)\s+[-–—|•·]$")


def paper_name_alone(line: str) -> str | None:
    """The paper's name a line holds alone (:func:`_name_alone`), a card's time stamp after it
    or the word of its logo's text ("Harlow Herald logo") aside; None for any other line."""
    line = line.strip()
    if (signed := _BYLINE_AFTER_NAME.search(line)) and not _names_a_paper(signed["writers"]):
        line = line[: signed.start()]  # "Harlow Herald | By Lee Park", "… · Lee Park"
    if (section := _SECTION_AFTER_NAME.search(line)) and _SECTION.match(section["section"]):
        line = line[: section.start()]  # "Harlow Herald | Local News": the page's section
    line = _STAMP_AFTER_NAME.sub("", line)  # "Harlow Herald • 3 hours ago": a card
    line = _STAMP_BEFORE_NAME.sub("", line)  # "May 5, 2026 | Harlow Herald"
    line = _MARK_AFTER_NAME.sub("", line)  # "Harlow Herald —", its date read off the line
    line = _LOGO_AFTER_NAME.sub("", line)
    line = _TOWN_AFTER_NAME_END.sub("", line)  # "Harlow Herald (Harlow, Maine)": a clipping's label
    line = _ABOUT_NAME.sub("", line)  # "About the Harlow Herald": the box about the paper
    line = _WRITERS_INITIAL.sub(r"\1 ", line)  # "Lee J. Park The Harlow Herald": "Lee Park The …"
    if not _NAME_ALONE.match(line) or _SECTION.match(line):
        return None
    words = line.split()
    inner = next((at for at, word in enumerate(words) if word == "The" and at), None)
    if inner is not None:
        # a writer's name and the paper's run together, the paper after its "The": "Ines
        # Harrow The Tollbridge Courier" (two or three words before it, not all English words:
        # "Mayor Meets The Press" is a headline's)
        writer = words[:inner]
        if inner not in WRITERS_NAME_WORDS or all(w.casefold() in known_words() for w in writer):
            return None
        line, words = " ".join(words[inner:]), words[inner:]
    first = words[1] if words[0] == "The" else words[0]
    if first.casefold() in _NOT_A_NAMES_FIRST or line.casefold() in _AGENCIES:
        return None
    if words[-1].casefold() not in _PRESS_NAME_WORDS or not _names_a_paper(line):
        return None
    if (
        words[-1].casefold() in _NAME_ALONE_UNSURE
        and words[0] != "The"
        and words[-2].casefold() not in _PAPERS_DAYS
    ):
        return None  # "Kestra Planning Register", "Kestra Heritage Site": no paper's name
    return line


#: Last words a paper's name shares with other bodies' and things' names ("Kestra Planning
#: Register", "Orle Valley Express", "Kestra Heritage Site", "Vellmouth Community Leader"):
#: alone on a line, such a name is a paper's only as "The …" or after a day's word ("Dallow
#: Evening Mail", "The Brennock Ledger").
_NAME_ALONE_UNSURE = frozenset((
    "review", "register", "record", "leader", "standard", "monitor", "bulletin", "citizen",
    "independent", "advocate", "reporter", "ledger", "observer", "guardian", "mirror",
    "express", "mail", "bee", "blade", "examiner", "dispatch", "network", "media", "live",
    "today", "online", "press", "site", "star", "globe", "sun", "paper",
))  # fmt: skip
_PAPERS_DAYS = frozenset(("daily", "evening", "sunday", "morning", "weekly", "weekend"))


def _name_alone(lines: Sequence[str], headline: str | None = None) -> str | None:
    """A paper's name alone on its line (:data:`_NAME_ALONE`, ending as a paper's name does,
    :func:`_names_a_paper`): above the story's second paragraph, the page's masthead or a
    news app's label over the headline; on the page's last line, its sign-off. Not a section's
    heading ("Local News"), an agency's credit under a picture ("Associated Press") nor the
    headline itself."""

    def name(line: str) -> str | None:
        return None if line.strip() == headline else paper_name_alone(line)

    paragraphs = 0
    for at, line in enumerate(lines[:DATELINE_LINES]):
        if at and len(line.split()) >= PARAGRAPH_WORDS and line.rstrip().endswith(SENTENCE_FINAL):
            paragraphs += 1
            if paragraphs == 2:
                break
            continue
        if found := name(line):
            return found
    closing = [line for line in lines if line.strip()][-1:]
    return name(closing[0]) if closing else None


#: The page's own address on a line of its own, bare or labelled as a print view, a feed
#: item or a clipping labels it: "https://www.harlowherald.com/news/…", "harlowherald.com",
#: "URL: …", "Printed from harlowherald.com", "Link: …".
_ADDRESS_LINE = re.compile(
    # (a read-later export lists it: "- URL: …")
    r"^(?:[-*•]\s+)?(?:(?:URL|Link|Permalink|Article URL|Source URL|Printed from|Source"
    # (a print view's closing line names the site before the address: "Article printed from
    # Harlow Herald: https://…")
    r"|(?:Article|Story|Page) printed from [^:/]{1,60}?)\s*:?\s+)?(?:https?://)?"
    # (a link card's reading time after it: "eastmerepost.com • 4 min read")
    r"(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,6})(?:/\S*)?\s*(?:\d{1,3}/\d{1,3})?"
    r"(?:\s*[•·|]\s*\d{1,2} min(?:ute)?s? read)?$",
    re.IGNORECASE,
)
#: A message's sender at the top of a saved e-mail: "From: Harlow Herald Briefing
#: <briefing@harlowherald.com>".
_SENDER = re.compile(r"^From:\s.*?<[\w.+-]+@(?P<host>(?:[\w-]+\.)+[a-z]{2,6})>\s*$", re.I)
#: The ends of a host after the site's own name: "harlowherald.co.uk" is "harlowherald".
_HOST_ENDS = frozenset(("com", "org", "net", "co", "uk", "news", "tv", "info", "us", "ca", "au",
                        "nz", "ie", "in", "za", "io", "media", "online"))  # fmt: skip


def site_of_host(host: str, lines: Sequence[str] = ()) -> str | None:
    """The outlet a site's host name is: a known site's ("npr.org" → NPR); the paper the
    article names whose letters it is ("ledburywire.com" where the page names the Ledbury
    Wire); one ending as a paper's name does, its first words split into the words the article
    writes as a name, with English words beside them ("harlowvalleyradio.co.uk" → "Harlow Valley
    Radio" where the article names Harlow), else whole ("fenwickgazette.co.uk" → "Fenwick
    Gazette"), a paper's day apart ("fenwickdailynews.com" → "Fenwick Daily News"); None for any other site (a study's, a government's)."""
    host = host.casefold().removeprefix("www.")
    if known := _domain_outlet(host):
        return known
    labels = host.split(".")
    while len(labels) > 1 and labels[-1] in _HOST_ENDS:
        labels.pop()
    stem = labels[-1].replace("-", "") if labels else ""
    if not stem.isalpha() or len(stem) > DOMAIN_NAME_CHARS:
        return None
    if known := _domain_outlet(f"{stem}.com"):
        return known
    for line in lines:
        for run in _CAPITALISED_RUN.findall(line):
            name = run.removeprefix("The ")
            if re.sub(r"[^a-z]", "", name.casefold()) == stem and _names_a_paper(name):
                return name
    kind = next(
        (w for w in sorted(_PRESS_NAME_WORDS, key=len, reverse=True) if stem.endswith(w)), None
    )
    head = stem.removesuffix(kind) if kind else ""
    if not kind or len(head) < 3:
        return None
    # a paper's day before its kind: "tarnfielddailynews.com" is the Tarnfield Daily News
    day = next((d for d in _PAPERS_DAYS if head.endswith(d) and len(head) - len(d) >= 3), "")
    head = head.removesuffix(day)
    named = {w.casefold() for line in lines for w in re.findall(r"\b[A-Z][a-z]+\b", line)}
    parts = _split_words(head, known_words() | named)
    if not parts or not named.intersection(parts):
        # split only where the article writes a part as a name ("harlowvalley" where it names
        # Harlow): "highfold" is no "High Fold"
        parts = [head]
    return " ".join([*(p.capitalize() for p in parts), *([day.capitalize()] if day else []),
                     kind.capitalize()])  # fmt: skip


def site_of_url(url: str, lines: Sequence[str] = ()) -> str | None:
    """The outlet a page's own address names (:func:`site_of_host`); None for an address
    that is no web address."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # a malformed address names nothing
        return None
    return site_of_host(host, lines) if host else None


def _own_address_line(lines: Sequence[str]) -> str | None:
    """The outlet the page's own address names (:data:`_ADDRESS_LINE`, :data:`_SENDER`, read
    by :func:`site_of_host`), on a line of its own above the story's second paragraph or on
    one of its last lines, where print views, reader views and saved e-mails set it."""
    kept = [line.strip() for line in lines if line.strip()]
    top: list[str] = []
    paragraphs = 0
    for at, line in enumerate(kept[:DATELINE_LINES]):
        if at and len(line.split()) >= PARAGRAPH_WORDS and line.endswith(SENTENCE_FINAL):
            paragraphs += 1
            if paragraphs == 2:
                break
            continue
        top.append(line)
    for line in (*top, *kept[-CLOSING_LINES:]):
        if len(line) > 300 or "." not in line:
            continue
        found = _ADDRESS_LINE.match(line) or _SENDER.match(line)
        if found and (name := site_of_host(found.group("host"), lines)):
            return name
    return None


#: A byline's label before the writer's name: "Words: Lee Park / Harlow Herald", "Author: Lee
#: Park, Harlow Herald", "by: Lee Park, Harlow Herald" (as a station group's sites write it).
_BYLINE_LABEL = re.compile(
    r"^(?:Words|Author|Authors|Written by|Reporter|Reporting|Story|[Bb]y)\s*:\s+(?=[A-Z])"
)
#: A writer's social handle closing a byline: "Lee Park, Harlow Herald, @leepark", "Lee Park |
#: Harlow Herald | @leepark".
_HANDLE_AFTER_BYLINE = re.compile(r"(?:,|(?<!\s)\s+[|•·])\s+@\w{2,30}\s*$")


#: The marks a byline without "By" sets between the writer and the paper (:data:`_TOP_BYLINE`):
#: a comma, a bar, a hyphen, an en or an em dash ("Lee Park — The Harlow Herald").
_TOP_BYLINE_MARKS = (",", "|", " -", " –", " —")


#: "By " before a signature line closed by the paper's town and state.
_BY_BEFORE_SIGNATURE = re.compile(rf"^By (?=[^,]{{2,40}}, [^,]{{2,60}}{_TOWN_AND_STATE}\s*$)")


def _top_byline(lines: Sequence[str]) -> str | None:
    for line in lines[:DATELINE_LINES]:
        line = _HANDLE_AFTER_BYLINE.sub("", _BYLINE_LABEL.sub("", line.strip()))
        # (a signature line with the paper's town and state is read so after "By " too: "By Lee
        # Park, The Harlow Herald, Harlow, Ohio", which the staff's bylines leave, as their
        # outlet need not be a paper's)
        line = _BY_BEFORE_SIGNATURE.sub("", line)
        # (and with the bar the page's stamp was taken off after: "Lee Park | Harlow Herald |")
        line = _MARK_AFTER_NAME.sub("", line)
        found = any(map(line.__contains__, _TOP_BYLINE_MARKS)) and _TOP_BYLINE.match(line)
        name = _clean(_without_job(found.group("outlet"))) if found else None
        if not name or name.casefold() in _AGENCIES | _NOT_PUBLISHERS or _ROLE.search(name):
            continue
        if _SECTION.match(name):
            continue  # the section the page is filed under: "Harlow Parish Council | Local News"
        # (the writers' names only: a job before the paper, "Lee Park, Reporter, Fennick
        # Courier", is no paper's name in a list of papers)
        writers = (
            line.strip()[: found.start("job" if found.group("job") else "outlet")].split()
            if found
            else []
        )
        if len(writers) > len(WRITERS_NAME_WORDS) and _JOB_WORD.fullmatch(writers[-1].strip(",")):
            writers = writers[:-1]  # the writer's job before the paper: "Lee Park Reporter, …"
        if any(w.strip(",|-–—").casefold() in _PRESS_NAME_WORDS for w in writers):
            continue  # a list of papers ("Afar Magazine, Harlow Post, Fennick Chronicle"), no byline
        if _names_a_paper(name):
            return name
    return _byline_above_outlet(lines)


#: One word of a writer's job, which a byline may set after the writer's name with no mark.
_JOB_WORD = re.compile(_JOB_TITLE)


#: A byline setting the paper after the writer with a bullet or a slash, with or without "By":
#: "Story by Lee Park • Harlow Herald", "Lee Park · Harlow Herald", "Lee Park / Harlow Herald".
_MARKED_BYLINE = re.compile(
    rf"^(?:(?:Story|Written|Words|Text|Article) by |By )?{_BYLINE_NAMES}"
    rf"(?P<mark> [•·]| ?/) {_BYLINE_OUTLET}{_DATED_BYLINE_END}"
)


#: A byline is this short: a longer line is read no further (the writers' names are matched
#: word by word).
BYLINE_CHARS = 200


def _marked_byline(lines: Sequence[str], title: str | None, headline: str | None) -> str | None:
    """The paper a byline above the story names after a bullet or a slash
    (:data:`_MARKED_BYLINE`), on a line of its own that is not the page's headline. A name and a
    paper after a slash is as often a picture's credit ("Lee Park / Harlow Herald" under a
    caption, another paper's photographer's on a partner's page), so that form counts only
    right under the headline, where a byline stands. Only a paper's name
    (:func:`_names_a_paper`), never an agency's or a photo agency's ("Lee Park / Getty Images"),
    a writer's job ("Lee Park • Staff Writer") or a body the writer speaks for."""
    above = None
    for line in _above_the_story(lines):
        if not line:
            continue
        under_headline, above = above in (title, headline) and above is not None, line
        line = _BYLINE_LABEL.sub("", line)
        if (
            line in (title, headline)
            or len(line) > BYLINE_CHARS
            or not any(mark in line for mark in "/•·")
        ):
            continue
        found = _MARKED_BYLINE.match(line)
        if not found or (found.group("mark").strip() == "/" and not under_headline):
            continue
        name = _clean(_without_job(found.group("outlet")))
        if (
            name
            and name.casefold().removeprefix("the ") not in _AGENCIES | _NOT_PUBLISHERS
            and not _ROLE.search(name)
            and not _SECTION.match(name)  # "The Harlow Herald · World News": its section
            and _names_a_paper(name)
        ):
            return name
    return None


#: A byline without "By" naming the paper its writers wrote for, as a paper's site sets a
#: contributor's or a correspondent's under the headline: "Ines Harrow for the Tollbridge
#: Courier", "Ines Harrow and Ada Mirren for The Tollbridge Courier", "Ines Harrow in Fennick
#: for the Tollbridge Courier".
_FOR_PAPER_BYLINE = re.compile(
    rf"^(?P<writers>{_BYLINE_NAMES})(?: in {NAME_WORD}(?: {NAME_WORD})?)?,? for (?P<the>[Tt]he )?"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|&))*)\.?$"
)


def _for_paper_byline(lines: Sequence[str], title: str | None, headline: str | None) -> str | None:
    """The paper a byline without "By" names after "for" (:data:`_FOR_PAPER_BYLINE`), on a line
    of its own above the story that is not its headline: a paper's or an agency's name only
    (:func:`_names_a_paper`; "… for the Fennick Harbour Trust" is a body's), after writers'
    names, not words a headline is written in ("Bad News for the Tollbridge Courier": every
    word of the writers' part an English word) nor a list of papers."""
    for line in _above_the_story(lines):
        if line in (title, headline) or len(line) > BYLINE_CHARS or " for " not in line:
            continue
        found = _FOR_PAPER_BYLINE.match(line)
        if not found:
            continue
        writers = re.findall(r"[A-Za-z][\w'’-]*", found.group("writers"))
        common = known_words()
        if all(w.casefold() in common or w in ("and",) for w in writers) or any(
            w.casefold() in _PRESS_NAME_WORDS for w in writers
        ):
            continue
        name = _clean(found.group("outlet"))
        if name and found.group("the") and not _names_a_paper(name):
            name = f"The {name}"  # "… for the Guardian": a paper known by "The Guardian"
        if (
            name
            and name.casefold().removeprefix("the ") not in _NOT_PUBLISHERS
            and not _ROLE.search(name)
            and _names_a_paper(name)
        ):
            return name
    return None


#: A freelance's byline names the paper after "for": "By Lena Ortiz, For The Harlow Herald".
_FOR_PAPER = re.compile(r"^For (?=(?:The )?[A-Z])")


def signing_outlet(lines: Sequence[str], title: str | None = None) -> str | None:
    """The outlet a byline above a page's story signs it with: a writer's paper or agency
    after the writer's name ("By Lena Ortiz, The Harlow Herald", "By Lee Park | Associated
    Press", as :func:`_top_byline` reads one), or an outlet signing alone ("By The Associated
    Press", "By the Harlow Herald", "From the Harlow Herald", as :func:`_wire_byline` and
    :func:`_outlet_byline` read them). A site that prints another outlet's story keeps its
    byline and signs the page as its own: the story is the byline's outlet's. A joint byline
    of two papers' writers ("By Lena Ortiz, Harlow Herald, and Sam Reyes, Fennick Post") signs
    with neither alone, and a writer's role ending in a paper's word ("By Lena Ortiz, Patient
    Advocate") with none. ``lines`` are the page's lines in order, ``title`` its headline's
    line."""
    initials = None  # an outlet by its initials alone, "By Lee Park, FCN" (unknown_initials)
    for line in _above_the_story(lines):
        found = _TOP_BYLINE.match(line) if line.startswith("By ") else None
        if found is None:
            continue
        name = _clean(_without_job(_FOR_PAPER.sub("", found.group("outlet"))))
        if not name or _ROLE.search(name):
            continue
        writers = line[3 : found.start("job" if found.group("job") else "outlet")].split()
        if any(w.strip(",|-–—").casefold() in _PRESS_NAME_WORDS for w in writers):
            # a joint byline of two papers' writers ("By Lena Ortiz, Harlow Herald, and Sam
            # Reyes, Fennick Post"): the page's own paper may be either, and signs with both
            continue
        folded = name.casefold().removeprefix("the ")
        if folded in _NEWS_AGENCIES:
            return name
        words = name.split()
        if (
            len(words) == 2
            and words[-1].casefold() in _NAME_ALONE_UNSURE
            and words[0].casefold() in known_words()
            and folded not in _KNOWN_OUTLETS
        ):
            continue  # a writer's role, not a paper: "Patient Advocate", "Community Leader"
        if folded not in _AGENCIES | _NOT_PUBLISHERS and _names_a_paper(name):
            return name
        if _INITIALS.fullmatch(name) and folded not in _AGENCIES | _NOT_PUBLISHERS | _DEGREES:
            initials = initials or name  # signs only where nothing surer does
    return _wire_byline(lines) or _outlet_byline(lines, title) or _closing_wire(lines) or initials


#: A byline's writers before their outlet or alone: "By Lena Ortiz", "By Lena Ortiz and Sam
#: Reyes, Harlow Herald".
_BYLINE_WRITERS = re.compile(rf"^By (?P<names>{_BYLINE_NAMES})(?=$|,| \||\s+[-–—])")


def byline_writers(line: str) -> frozenset[str]:
    """The writers a byline line names, case folded ("By Lena Ortiz and Sam Reyes, Harlow
    Herald": "lena ortiz", "sam reyes"); none for a line that is no byline, or one naming a
    paper ("By the Harlow Herald") or an agency ("By The Associated Press") alone."""
    found = _BYLINE_WRITERS.match(line.strip())
    if not found:
        return frozenset()
    names = re.split(r",? and |, | & |,? &", found.group("names"))
    return frozenset(
        n.casefold()
        for n in names
        if len(n.split()) >= 2
        and not _names_a_paper(n)
        and n.casefold().removeprefix("the ") not in _AGENCIES
        and not n.startswith("The ")
        and not _ROLE.search(n)  # "By Reuters Staff"
    )


#: An outlet written as its initials alone: "FCN", "HBN".
_INITIALS = re.compile(r"[A-Z]{2,5}")
#: Degrees, honours and offices written after a writer's name as initials: "By Lee Park, MD".
_DEGREES = frozenset({
    "md", "phd", "dphil", "rn", "np", "pa", "jd", "esq", "mp", "msp", "mep", "qc", "kc", "mba",
    "cpa", "ceo", "cfo", "coo", "cto", "obe", "mbe", "cbe", "dds", "do", "mph", "msw", "lcsw",
    "ba", "bsc", "ma", "msc", "frcp", "facp", "rd", "cfp", "cfa", "dvm", "dmd", "dnp", "lpn",
    "facs", "rph", "ms",
})  # fmt: skip


def unknown_initials(name: str) -> bool:
    """Whether a byline's outlet is initials no list knows ("By Lee Park, FCN" on a station's
    page): a network's or a paper's, or anybody's. :func:`signing_outlet` gives them, and they
    sign a page only where another page of the folder is that outlet's."""
    return bool(_INITIALS.fullmatch(name)) and not _names_a_paper(name) and not is_news_agency(name)


#: An agency signing a story off alone in its last lines: "— Reuters", "-- AP", "— The
#: Associated Press" (a dash, the agency's name and nothing else).
_CLOSING_WIRE = re.compile(
    r"^(?:—|–|--?)\s*(?:The )?(?P<agency>Associated Press|AP|Reuters|Agence France-Presse|AFP)\.?$",
    re.IGNORECASE,
)


def _closing_wire(lines: Sequence[str]) -> str | None:
    """The agency a sign-off in the page's last :data:`CLOSING_LINES` lines names alone
    (:data:`_CLOSING_WIRE`): a site that prints a wire story may credit the agency only there."""
    last = [line.strip() for line in lines if line.strip()][-CLOSING_LINES:]
    for line in last:
        if found := _CLOSING_WIRE.match(line):
            agency = found.group("agency").casefold()
            return _WIRES.get(agency) or _EXPANSIONS[agency.upper()]
    return None


#: Call letters of a station, with its band or not: "KVTR", "WBRK-TV", "KHAR-FM".
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD|LP))?")
#: Last words of a broadcaster's name: "Harlow Valley Radio", "Meridian TV".
_BROADCAST_WORDS = frozenset({"tv", "radio", "fm", "television"})
#: A newscast's or a programme's name: "Eyewitness News", "Harlow Action News", "Channel 5
#: News", "News at 6", "News 4", "World Tonight", "Newsnight", "Good Morning Harlow". Not a
#: name papers and sites go by as often: "Fairview Daily News", "Harlow Evening News", "Brenn
#: Valley Today", "Oskarvale Live", "Harlow Morning Star".
_NEWSCAST = re.compile(
    r"\b(?:Eyewitness|Action|Channel \d{1,2}|\d{1,2}) News$"
    r"|\bNews at (?:\d{1,2}(?::\d\d)?|[A-Z][a-z]+)$|\bNews ?\d{1,2}$"
    r"|\b(?:Tonight|Nightly|Newsnight|Newscenter|NewsCenter)\b|^Good Morning\b"
)


def is_news_agency(name: str) -> bool:
    """Is ``name`` a news agency that writes stories for others to print (the Associated
    Press, Reuters, AFP, Bloomberg), however written ("AP", "The Associated Press")?"""
    return outlet_key(name) in _NEWS_AGENCY_KEYS


def station_newscast(signed: str, station: str) -> bool:
    """Whether a byline's outlet on a station's page is the station's own newscast or
    programme ("By Lena Ortiz, Eyewitness News at 6" on KVTR's page, "By Lee Park, Harlow
    Action News" on Harlow TV's): ``station`` a broadcaster's name (call letters, or ending in
    TV or Radio), ``signed`` a newscast's (:data:`_NEWSCAST`) and no known outlet's, agency's
    or other station's call letters ("By Lee Park, NBC News" on an affiliate's page signs with
    the network)."""
    words = station.split()
    broadcaster = bool(_CALL_LETTERS.fullmatch(station)) or (
        len(words) > 1 and words[-1].casefold() in _BROADCAST_WORDS
    )
    return (
        broadcaster
        and bool(_NEWSCAST.search(signed))
        and signed.casefold().removeprefix("the ") not in _KNOWN_OUTLETS
        and not is_news_agency(signed)
        and not _CALL_LETTERS.search(signed)
    )


#: Last words of a paper's name that close a headline's clause as often: "Apple Beats
#: Estimates, Shares Hit Record", "Boeing Fires Chief, Orders Safety Review", "Tesla Stock
#: Falls, Musk Blames Media".
_HEADLINE_NOUNS = frozenset((
    "record", "review", "leader", "media", "press", "live", "today", "network", "standard",
    "monitor", "mail", "express", "independent", "citizen", "mirror", "guardian", "advocate",
    "dispatch", "bulletin", "observer", "register", "reporter", "star", "sun", "globe", "blade",
    "bee", "online",
))  # fmt: skip


def names_writer_and_paper(line: str) -> bool:
    """Whether a line is a byline without "By" naming the writer's paper: "Lee Park, Harlow
    Herald", "Lee Park | USA TODAY" (:data:`_TOP_BYLINE`). A paper's name ending in a word a
    headline's clause ends in as often (:data:`_HEADLINE_NOUNS`) counts only when it is a
    known outlet's, in capitals, opens with "The" or is two words ("Harlow Record"): "Markets
    Rally, Stocks Hit Record" is a headline in title case."""
    name = _top_byline([line])
    if name is None:
        return False
    found = name.split()
    return (
        found[-1].casefold() not in _HEADLINE_NOUNS
        or len(found) <= 2
        or name.startswith("The ")
        or f"The {name}" in line
        or name.casefold() in _KNOWN_OUTLETS
        or name.isupper()
    )


#: A writer's name and a paper's or an agency's after a comma: "Lee Park, Associated Press".
_WRITER_AND_PRESS = re.compile(
    rf"{PERSON_NAME}(?:(?:,| and|, and) {PERSON_NAME}"
    r")*,\s+(?:The )?(?:[A-Z][\w&.'’-]* ){0,4}(?P<last>[A-Z][\w&.'’-]*)"
)


def names_writer_before_dateline(line: str) -> bool:
    """Whether a line pasted before a story's dateline is its byline, not its headline: one
    :func:`names_writer_and_paper` reads so, or a writer's name and a name ending as a
    paper's, an agency's or a station's ("Lee Park, Associated Press", "Lee Park and Sam
    Reyes, Fennick Press"), which, before a dateline, no headline in title case is."""
    found = _WRITER_AND_PRESS.fullmatch(line.strip())
    last = found.group("last").casefold() if found else ""
    # a word a headline's clause ends in as often ("Markets Rally, Stocks Hit Record") is
    # left to names_writer_and_paper, but for an agency's "Press"
    return names_writer_and_paper(line) or (
        last in _PRESS_NAME_WORDS and (last == "press" or last not in _HEADLINE_NOUNS)
    )


#: A byline alone on its line: "By Lee Park", "By Lee Park and Sam Reyes".
_BARE_BYLINE = re.compile(rf"^By {_BYLINE_NAMES}\s*$")


def _byline_above_outlet(lines: Sequence[str]) -> str | None:
    """A paper's name alone on the line under a byline near the top ("By Lee Park" above "The
    Harlow Herald"), as pages print the writer's outlet: only a name that is a paper's."""
    top = [line.strip() for line in lines[:DATELINE_LINES]]
    for line, below in itertools.pairwise(top):
        if line.startswith("By ") and _BARE_BYLINE.match(line) and len(below.split()) <= 6:
            name = _clean(below)
            if name and name.casefold().removeprefix("the ") in _NEWS_AGENCIES:
                return name  # "By Lee Park" above "Associated Press": the agency's own story
            if (
                name
                and name.casefold() not in _AGENCIES | _NOT_PUBLISHERS
                and not _ROLE.search(name)
                and _names_a_paper(name)
            ):
                return name
    return None


def _closing_byline(lines: Sequence[str]) -> str | None:
    """The writer's sign-off closing the article, naming the paper: "— Lee Park, The Harlow
    Herald", "-- Lee Park, Harlow Herald" (a byline as :func:`_top_byline` reads one, in one
    of the last :data:`CLOSING_LINES` lines, its dashes aside)."""
    last = [line.strip() for line in lines if line.strip()]
    for at in range(max(0, len(last) - CLOSING_LINES), len(last)):
        signed = _SIGNED_WITH.sub("", last[at].lstrip("—–-").strip())
        if at and _QUOTATION_ALONE.fullmatch(last[at - 1]):
            continue  # a quotation's attribution, as a round-up of the papers prints it
        if len(signed.split()) <= SIGN_OFF_WORDS and (name := _top_byline([signed])):
            return name
    return None


#: A line that is one quotation and nothing else: the name under it is whose words they are,
#: not the article's writer ("“The council has failed the town.”" above "— Lena Ruiz, The
#: Harlow Herald"); a story's paragraph names its speaker ("…," the mayor said, "…").
_QUOTATION_ALONE = re.compile(r"[\"“][^\"“”]{1,600}[\"”]")


#: The words before a writer's name in a sign-off: "— Reporting by Lee Park, Harlow Herald".
_SIGNED_WITH = re.compile(r"^(?:(?:Additional )?[Rr]eporting|[Rr]eported|[Ww]ritten) by\s+")
#: A sign-off is this short: a writer's names and a paper's.
SIGN_OFF_WORDS = 12


#: A printed page's folio, as an e-edition's text keeps it over each page: the paper's name,
#: the day and the page's number, in either order ("THE HARLOW HERALD | SUNDAY, APRIL 12,
#: 2026 | A1", "PAGE A6 HARLOW EVENING MAIL FRIDAY, MARCH 6, 2026").
_FOLIO_PAGE = r"(?:(?:PAGE|Page) )?[A-Z]?\d{1,3}"
_FOLIO = re.compile(
    rf"^(?:(?P<before>{_FOLIO_PAGE})\s*[|•·]?\s+)?"
    r"(?P<outlet>(?:THE |The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}?)\s*[|•·,]?\s+"
    rf"(?i:(?:{WEEKDAY_WORD},? )?{MONTH_WORD} \d{{1,2}},? \d{{4}})"
    rf"(?:\s*[|•·]?\s+(?P<after>{_FOLIO_PAGE}))?$"
)
#: The marks setting a folio's parts apart ("A6 | THE HARLOW HERALD | …").
_FOLIO_MARKS = "|•·"
#: A folio is this short.
FOLIO_CHARS = 100


def folio_paper(line: str) -> str | None:
    """The paper a printed page's folio names (:data:`_FOLIO`, with its page's number on one
    side, a bare number set apart by a mark: "6 | The Harlow Herald | …"), written as the paper writes its name in a sentence ("The Harlow Herald"); None for
    any other line."""
    if len(line) > FOLIO_CHARS or not any(c.isdigit() for c in line):
        return None
    found = _FOLIO.match(line.strip())
    if not found or (found.group("before") is None) == (found.group("after") is None):
        return None
    if (found.group("before") or found.group("after")).isdigit() and not any(
        mark in line for mark in _FOLIO_MARKS
    ):
        return None  # a bare number is a page's only set apart: "12 Harlow Express Saturday, …"
    name = found.group("outlet")
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    if _names_a_paper(name) and name.casefold() not in _AGENCIES:
        return _clean(name)
    return None


def _folio(lines: Sequence[str]) -> str | None:
    return next(filter(None, map(folio_paper, lines)), None)


#: A line naming the outlet as the reader's phone or the page labels the copy: a share sheet's
#: "Shared from the Brackwell Clarion app", an edition's masthead "Quenby Bulletin — English
#: edition".
_OWN_COPY = re.compile(
    r"(?:Shared (?:from|via|with) (?:the )?(?P<app>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}) app"
    r"|(?P<edition>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5})\s+[—–|-]\s+(?:English"
    r"|International|US|UK|Global|Asia|Europe|Africa|Australia|India|Print|Digital|Online|Weekend"
    r"|Morning|Evening|Late|Early|City|National|Regional) edition)\W*$"
)


def _own_copy(lines: Sequence[str]) -> str | None:
    """The outlet a share sheet's line or an edition's masthead names (:data:`_OWN_COPY`)."""
    for line in lines:
        if ("app" in line or "edition" in line) and (found := _OWN_COPY.match(line.strip())):
            name = _clean(found.group("app") or found.group("edition"))
            if name and not _platform(name):
                return name
    return None


def outlet_in_text(
    lines: Sequence[str], title: str | None = None, *, headline: str | None = None
) -> str | None:
    """The outlet an article names for itself, or None; ``lines`` are all its lines, ``title``
    the page's title or first line, ``headline`` the headline read from it (no paper's name
    alone even when it ends as one: "Mayor Sues Harlow Herald"). A name the page sets in
    capitals is named as a reader writes it (:func:`_out_of_capitals`)."""
    name = _outlet_in_text(lines, title, headline=headline)
    return _out_of_capitals(name, lines) if name and name.isupper() else name


#: The small words of a name in capitals, written in lower case out of them ("of", "and").
_SMALL_WORDS = frozenset(("of", "and", "for", "the", "&"))
#: A word of a name in capitals shorter than this may be the name's own capitals ("USA TODAY",
#: "NBC NEWS", "KHAR"): such a name is left as the page sets it.
_CAPITALS_WORD = 5


def _out_of_capitals(name: str, lines: Sequence[str]) -> str:
    """A paper's name of two words or more that a line set wholly in capitals gives ("BY LEE
    PARK, THE HARLOW HERALD"), as the page writes it elsewhere not in capitals, else with each
    word capitalised ("The Harlow Herald"). A name in capitals in a line of small letters is
    written so by its paper ("Lee Park, HARLOW TODAY", "HARLOW MONTHLY sat down with …") and
    is left as it is, and so is a name one of whose words is short enough to be its own
    capitals ("USA TODAY", "NBC NEWS") or of one word ("REUTERS", "NASDAQ")."""
    words = name.split()
    if len(words) < 2 or any(
        len(w) < _CAPITALS_WORD and w.casefold() not in _SMALL_WORDS for w in words
    ):
        return name
    written = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    for line in lines:
        for found in written.finditer(line):
            if not found.group().isupper():
                # (its "The" opening a name, not a sentence's "the": "told the Harlow Herald")
                as_written = re.sub(r"\s+", " ", found.group())
                return as_written[:1].upper() + as_written[1:]
    if any(written.search(line) and not line.isupper() for line in lines):
        return name  # the name's own capitals in a line of small letters: "Lee Park, HARLOW TODAY"
    recased = [w.capitalize() if "-" not in w else w.title() for w in words]
    return " ".join(
        w.casefold() if at and w.casefold() in _SMALL_WORDS else w for at, w in enumerate(recased)
    )


def _outlet_in_text(
    lines: Sequence[str], title: str | None = None, *, headline: str | None = None
) -> str | None:
    for finder in (_dateline, _footer, _copyright, _closing_credit, _video_description, _own_copy):
        if name := finder(lines):
            return name
    if credits := [line for line in lines if _REUTERS_CREDIT.search(line)]:
        # (a writer's note closing the page names the writer's own agency, which signs its
        # stories as Reuters does: "Reporting by Lee Park; editing by Sam Reyes" above "Lee
        # Park is Harlow Wire's arts correspondent.")
        return _credited_writers_note(lines, credits) or _own_byline_over_credit(lines) or "Reuters"
    return (
        _folio(lines)
        or _title_site(title, lines)
        or _staff(lines)
        or _top_byline(lines)
        or _marked_byline(lines, title, headline)
        or _for_paper_byline(lines, title, headline)
        or _wire_byline(lines)
        or _outlet_byline(lines, title)
        or _name_alone(lines, headline)
        or _own_address_line(lines)
        or _site_links(lines)
        or _writer_note(lines)
        or _closing_byline(lines)
        # (a reprint's credit only where the page names no outlet of its own)
        or _reprint_credit(lines)
        or _own_address(lines)
        or _body_contact(lines)
        or _own_appeal(lines)
        or _self_reference(lines)
        or _short_self(lines)
        or _template(lines)
        or _own_links(lines)
        or _company(lines)
    )


def _own_byline_over_credit(lines: Sequence[str]) -> str | None:
    """The paper a byline at the top of the page names with its writer ("By Lee Park, Harlow
    Herald", "Lee Park | The Harlow Herald") over a wire's "Reporting by …; editing by …"
    credit closing it: a reader takes the page's own signed byline for its outlet. A bare
    byline ("By Lee Park") or the site's name alone above the story leaves the credit's wire,
    as a site reprinting the wire's copy under its own strip sets them; only a paper's name
    that is no agency's (:func:`_names_a_paper`)."""
    top = lines[:DATELINE_LINES]
    name = _top_byline(top) or _staff(top)
    if name and _names_a_paper(name) and not is_news_agency(name):
        return name
    return None


def release_outlet(lines: Sequence[str], masthead: str | None = None) -> str | None:
    """The body a press release names as its issuer in its boilerplate
    (:func:`~.furniture.release_issuer`); ``masthead`` is the line the page's reader took off
    its top as a masthead, where a release's label ("FOR IMMEDIATE RELEASE") stands."""
    return _clean(release_issuer([masthead, *lines] if masthead else lines))


#: What separates the words of an outlet's name: anything but a letter or a digit of any script.
_NOT_IN_A_NAME = re.compile(r"[\W_]+")


def outlet_key(name: str) -> str:
    """An outlet name folded for comparison: "The Associated Press" and "AP" are one, and so
    are "Público" and "Publico". Letters of every script are kept, so two names written in
    Arabic, Hebrew or Cyrillic letters stay two outlets; only accents, case and the marks
    between words are folded away."""
    folded = name.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = _NOT_IN_A_NAME.sub(" ", folded).strip().removeprefix("the ")
    return OUTLET_ALIASES.get(key, key)


OUTLET_ALIASES = {
    "ap": "associated press",
    "associated press": "associated press",
    "afp": "agence france presse",
    "agence france presse": "agence france presse",
    "nyt": "new york times",
    "new york times": "new york times",
    "bbc news": "bbc",
    "cnn com": "cnn",
    "reuters com": "reuters",
}
#: The news agencies' names folded as :func:`outlet_key` folds them.
_NEWS_AGENCY_KEYS = frozenset(OUTLET_ALIASES.get(n, n) for n in map(outlet_key, _NEWS_AGENCIES))


#: Words closing an outlet's name that name one of its sections or editions, not another
#: newsroom: "Meridian News" / "Meridian Sport", "FCN" / "FCN International".
_EDITIONS = frozenset({
    "news", "sport", "sports", "international", "politics", "business", "world", "online",
    "digital", "uk", "us", "usa", "wire", "money", "tech", "technology", "health",
    "entertainment", "english", "live", "channel", "tv", "fm",
})  # fmt: skip
#: What may not be left of a name once its edition is taken off: a word many outlets' names
#: share ("Daily News" / "Daily Business", "Sun News" / "The Sun" are other papers), a
#: paper's word ("Independent Online" / "The Independent", "Express-News" / "Express") or a
#: section's ("World News" / "World", "Business Wire" / "Business Live").
_GENERIC_STEMS = frozenset({
    "daily", "weekly", "sunday", "evening", "morning", "new", "local", "national", "global",
    "city", "metro", "free", "first", "public", "journal", "post", "times", "herald", "paper",
    "magazine", "site", "star", "tribune", "globe", "sun", "chronicle", "press", "radio", "tv",
    "all", "top", "my", "our", "your",
}) | PRESS_NAME_WORDS | _EDITIONS  # fmt: skip
#: A web address's ending after an outlet's name: "HarlowHerald.com" is the Harlow Herald.
_WEB_ENDING = re.compile(r" (?:com|net|org|co uk|org uk|com au|co nz)$")


def same_outlet_key(name: str) -> str:
    """An outlet name folded so that one newsroom's names are one: its web address
    ("HarlowHerald.com" / "Harlow Herald"), its sections and editions ("Meridian News" /
    "Meridian Sport", "FCN International" / "FCN") and "AP" / "The Associated Press" alike.
    Names that share only their first words stay two ("Fennick Post" / "Fennick
    Post-Gazette"), and so do names that would keep only a word many outlets' names share
    ("Daily News" / "Daily Sport")."""
    key = _WEB_ENDING.sub("", outlet_key(name))
    words = key.split()
    while len(words) > 1 and words[-1] in _EDITIONS:
        if len(words) == 2 and (words[0] in _GENERIC_STEMS or len(words[0]) < 2):
            break
        words.pop()
    key = " ".join(words)
    return OUTLET_ALIASES.get(key, key).replace(" ", "")
