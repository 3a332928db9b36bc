"""The story's title: a real headline, the one the other headlines agree with most.

When no article carries a headline (wire copy, text copied without its
title), the title is the opening sentence that most independent outlets back:
a reader's own summary of the story, quoted, never a file name or a line of
page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache

from ..models import Article, Sentence, StoryTitleFrom
from .calendar import MONTH_ABBREVIATIONS, MONTH_WORD, MONTHS, WEEKDAY_WORD, WEEKDAYS
from .furniture import furniture_kind, labelled_headline, unstopped_scene_caption
from .numbers import NUMBER_WORD
from .outlets import JOB_WORDS, names_writer_and_paper
from .saying import REPORTS, alternatives
from .segment import content_stems, words
from .verbs import has_verb
from .written_names import NAME_WORD, PERSON_NAME, person_name

#: A lead sentence longer than this is cut to serve as a title (but see :data:`FINISH_WORDS`).
TITLE_WORDS = 30
#: A person's caption ("Lizandra Cosme, 32, of Chicago") is not a headline.
_PERSON_CAPTION = re.compile(rf"^{NAME_WORD}(?: {NAME_WORD})+, \d{{1,3}}, of [A-Z]")
#: Prompts dressed up with stars or shouting ("*** Join it LIVE here ! ***").
_DECORATED = re.compile(r"\*{2,}|\bjoin (?:it|us) live\b", re.IGNORECASE)
#: A lead that speaks to the reader ("We all know that…", "You may have heard…") or asks a
#: question reads as a column's opening, not as the story told in one line.
_ADDRESS = re.compile(
    r"^[\"“‘']?(?:We|I|You|Our|My|Your|Let's|Let us|Here's|Here is|So|Well|Imagine|Remember)\b"
)
#: A span in quotation marks: someone's words, not the writer's.
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|(?<![\w’'])‘(?:[^’]|’(?=\w))*(?:’|$)")
#: A word of the first or the second person: "we", "our", "you", "I'm", "my" ("US" and "Me" in
#: capitals are a country and a name; "mine" is as often a pit).
_OWN_VOICE = re.compile(
    r"\b(?:we|us|our|ours|ourselves|me|my|myself|you|your|yours|yourself|yourselves|y’all"
    r"|y'all)\b|\b(?:We|Our|You|Your|My)\b|(?<![\w.’'-])I(?![\w.’'-]|['’](?![mdv]|ll\b))",
)


def _in_own_voice(text: str) -> bool:
    """Whether a sentence speaks in its writer's own voice, outside the words it quotes: "we",
    "our", "I", "you" ("Since our last statement, we have …", "At Harlow Air, our crews …",
    "If you follow the Kestra league, you will know …", "Thanks to all who wrote to me."). A
    company's post, a column, a note or a review, not the news told in one line; the pronoun
    "I" after a capitalised word is a name's numeral ("King Osric I")."""
    # (what follows a colon is someone's words reported, quotation marks or none: "… offered
    # the engineer a deal: drop the case or pay us $90,000.")
    bare = _QUOTED.sub(" ", text).split(": ", 1)[0]
    for found in _OWN_VOICE.finditer(bare):
        if found.group() == "I":
            before = bare[: found.start()].split()
            if before and before[-1][:1].isupper() and before[-1].isalpha():
                continue
        return True
    return False


#: A video's description above its player: "Harlow TV's Lee Park reports on the bridge".
_VIDEO_DESCRIPTION = re.compile(
    rf"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?['’]s? {NAME_WORD} {NAME_WORD} (?:reports|explains"
    r"|looks at|discusses|talks|breaks down)\b"
)
_NOT_A_HEADLINE = re.compile(
    r"^(?:by|from|photo|image|video|watch|posted|updated|get|sign up|subscribe|follow|advertisement)\b"
    r"|\b(?:newsletter|inbox|read more|click here)\b",
    re.IGNORECASE,
)


#: A page that is no article's: an error, a robot check, a log-in or a site's notice ("Page
#: not found", "Attention Required! | Cloudflare", "Sign in to your account").
_PAGE_TAIL = r"[.!]?(?:\s*[|‹›»–—-]\s*[^|‹›»–—-]{1,40})*$"
#: A weekday cut to three letters, as a mail's "Date:" header writes it: "Mon, 4 May 2026".
_WEEKDAY_SHORT = rf"(?:{'|'.join(day[:3] for day in WEEKDAYS)})"
#: A saved e-mail's header line above its message: "From: Harlow Herald Briefing
#: <briefing@harlowherald.com>", "To: lee@example.com", "Sent: Monday, May 4, 2026 6:30 AM".
_MESSAGE_HEADER = re.compile(
    r"(?:(?:From|To|Cc|Reply-To):\s[^\n]{0,120}?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
    # (a date after "Sent:" or "Date:", not a headline's words: "Date: 2026 is the year …")
    rf"|(?:Sent|Date):\s(?i:{WEEKDAY_WORD}|{_WEEKDAY_SHORT},|(?:\d{{1,2}} )?{MONTH_WORD} \d"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b)[^\n]{0,40}\d)"
)
_SERVICE_PAGE = re.compile(
    r"\b(?:attention required!?\s*\|\s*cloudflare"
    r"|are you a (?:robot|human)|verify (?:you are|that you're) (?:a )?human"
    r"|browser is not supported|enable javascript)\b"
    # an error closes its line, but for the site's name ("Oops! Page not found | Harlow
    # Herald"); a headline may tell of one ("Page not found after outage, users say")
    r"|\b(?:page not found|404 not found|(?:this|the) page (?:is|was) (?:not|no longer)"
    rf" available(?: in your (?:country|region|location))?){_PAGE_TAIL}"
    r"|^(?:404|403|not found|access denied|terms of (?:use|service)|privacy (?:policy|notice)"
    r"|cookies? (?:policy|settings|notice)|cookies on (?:the )?.{1,40}(?:website|site)"
    r"|most (?:read|popular|viewed|shared)(?: stories| articles| news)?"
    r"|(?:sign|log) ?in(?: to (?:your|my) account)?|skip to (?:the )?(?:main )?content"
    # a site's greeting names the site ("Welcome to the Harlow Herald"), a headline a place
    # or a film ("Welcome to Marwen")
    r"|welcome to (?:our (?:new )?(?:web)?site|(?:the )?(?:\S+ ){0,3}(?:herald|times|post|news"
    r"|journal|tribune|gazette|chronicle|online|tv|radio|website|site)|\S+\.(?:com|org|net"
    rf"|co\.uk))){_PAGE_TAIL}",
    re.IGNORECASE,
)
#: A byline without "By" naming the writer's job: "Lee Park, Staff Writer", "Lee Park and Sam
#: Reyes | Contributing Editors"; the words before the job are a job's (:data:`JOB_WORDS`),
#: not a headline's ("Harlow Gazette Sold, Names New Editor").
_WRITERS_JOB = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:(?:,| and|, and) [A-Z][\w.'’-]*"
    rf"(?: [A-Z][\w.'’-]*){{1,3}})*(?:,| \|| [-–—]) (?:{JOB_WORDS} ){{0,2}}(?:Writer|Reporter"
    r"|Correspondent|Editor|Columnist|Contributor|Producer|Critic|Journalist|Photographer)s?$"
)
#: A date or a time stamp standing alone: "Monday, March 4, 2026", "4 March 2026 10:45".
_DATE_LINE = re.compile(
    rf"^(?:{WEEKDAY_WORD},?\s+)?(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}\s+{MONTH_WORD})"
    r"(?:\s+\d{4})?(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
#: A dateline standing alone on its line, cut from the paragraph it opens: "CAIRO |",
#: "HARLOW, England (Reuters) -", "Harlow, England (AP) —", "Harlow, March 4 (IANS)",
#: "HARLOW, England --". The place is in capitals, or it is the agency's in brackets and a
#: region, a date or a dash goes with it ("Bridge Falls (VIDEO)" is a headline).
_DATELINE_TAIL = (
    r"(?P<region>,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    rf"(?P<date>,?\s*(?i:{MONTH_WORD})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    r"(?P<agency>\s*\([A-Z][^()]{1,39}\))?"
    r"(?P<dash>\s*(?:[—–_|:]|--?))?\s*$"
)
_DATELINE_ALONE = (
    re.compile(rf"(?:^|\s)[A-Z][A-Z.'’-]{{2,}}(?:[ /][A-Z][A-Z.'’-]+){{0,3}}{_DATELINE_TAIL}"),
    re.compile(rf"^{person_name(0, 3, '[ /]')}{_DATELINE_TAIL}"),
)
#: A page's tag in brackets at a headline's end, a dash after it or none: "… (VIDEO)", "…
#: (Photos) -", "… (UPDATED)" (the tags :data:`_MEDIA_TAG` and :data:`_FRESHNESS_TAG` take
#: off), which is no agency's name closing a dateline ("Bridge Falls, Three Hurt (PHOTOS)").
_BRACKETED_PAGE_TAG = re.compile(
    r"\s*[(\[](?:photos?|videos?|pictures|gallery|watch|audio|graphic|map|slideshow"
    r"|updated?(?: \d{1,2})?|breaking|exclusive|developing|live)[)\]]"
    r"(?:\s*(?:[—–_|:]|--?))?\s*$",
    re.IGNORECASE,
)
#: A byline's opening, before the dateline on one line: "By Lee Park HARLOW —".
_BY = re.compile(
    r"^(?:By|Written by|Reporting by|From)\s+[A-Z]"
    # or a writer's name and the paper's, capitalised words either: "Lee Park, Associated Press"
    rf"|^{PERSON_NAME}(?:,| \|| [-–—]) (?:The )?[A-Z][\w&.'’-]*"
    r"(?: [A-Z][\w&.'’-]*){0,4}$"
)


def _dateline_alone(title: str) -> bool:
    """Whether a line is a dateline standing alone (:data:`_DATELINE_ALONE`), or after the
    byline above it ("By Lee Park, Harlow Herald HARLOW —", "Lee Park, Associated Press
    HARLOW (AP) —"): the opening of a paragraph, never a headline."""
    in_capitals, named = _DATELINE_ALONE
    title = _BRACKETED_PAGE_TAG.sub("", title)
    found = in_capitals.search(title)
    if not found or not (found["dash"] or found["agency"]):
        found = named.match(title)
        if not found or not (
            found["agency"] and (found["region"] or found["date"] or found["dash"])
        ):
            return False
    rest = title[: found.start()].strip(" ,|")
    return not rest or bool(
        _BY.match(rest) or _WRITERS_JOB.match(rest) or names_writer_and_paper(rest)
    )


#: Where a dateline glued to its paragraph ends: its dash or bar, before the story's first word.
_DATELINE_END = re.compile(r"\s(?:[—–_|]|--?)\s+(?=[A-Z“\"‘'])")
#: A dateline glued to its paragraph ends within this many words of its start.
DATELINE_WORDS = 16


def _without_dateline(lead: str) -> str:
    """A lead without the byline and dateline the page glued to it ("Lee Park, Fennick Press
    HARLOW — The bridge …"): the story's own words from the first that follows them."""
    found = _DATELINE_END.search(lead)
    if (
        not found
        or len(lead[: found.start()].split()) > DATELINE_WORDS
        or not _dateline_alone(lead[: found.end()].rstrip())
    ):
        return lead
    return lead[found.end() :]


#: The words a site's tagline or a section's page is made of ("Latest news from around the
#: world", "Local news, sports and weather for Harlow", "Obituaries | Harlow Herald").
_SITE_WORDS = frozenset(
    (
        "news", "latest", "breaking", "local", "national", "world", "international", "sport",
        "sports", "weather", "traffic", "video", "videos", "photos", "pictures", "home", "homepage",
        "front", "page", "top", "stories", "story", "headlines", "updates", "live", "online",
        "daily", "today", "tonight", "politics", "business", "entertainment", "lifestyle",
        "opinion", "opinions", "obituaries", "classifieds", "jobs", "events", "more", "and", "the",
        "of", "for", "from", "around", "in", "on", "at", "your", "our", "trusted", "source", "best",
        "official", "site", "website", "all", "section", "coverage", "information", "community",
        "region", "regional", "area", "us", "uk", "blog", "podcasts", "magazine", "newspaper",
        "edition", "archive", "archives", "latest-news", "e-edition", "digital", "weekly", "with",
        "to", "a", "an", "by", "newsroom", "releases", "media", "multimedia", "analysis",
        "features", "arts", "culture", "science", "technology", "tech", "health", "travel", "money",
        "markets", "finance", "leading", "independent", "reliable", "everything", "need", "know",
    )
)  # fmt: skip
#: Its section words: a tagline or a section names what the site covers.
_SECTION_WORDS = frozenset(
    (
        "news", "sport", "sports", "weather", "traffic", "videos", "video", "photos", "home",
        "homepage", "stories", "headlines", "updates", "obituaries", "politics", "business",
        "entertainment", "lifestyle", "opinion", "classifieds", "jobs", "events", "podcasts",
    )
)  # fmt: skip
#: The share of a tagline's words that are a site's words; the rest are its place's or its
#: own name, capitalised ("Local news, sports and weather for Harlow").
SITE_WORDS_SHARE = 0.75
#: Words of a site's name beside a section's name ("Obituaries | The Harlow Herald").
SITE_NAME_WORDS = 4
#: A page's notice, a byline, a date or a tagline is shorter than this many characters.
PAGE_LINE_CHARS = 300
#: Words a site's name keeps in lower case ("Herald of the Fens").
_SMALL_NAME_WORDS = frozenset(("of", "the", "and", "for", "on", "in", "&"))
_PAGE_PARTS = re.compile(r"(?<!\s)\s+[|–—-]\s+|(?<!\s)\s*\|\s*")
#: A word of a site's line, with its ampersands, stops and hyphens ("AT&T", "U.S.", "e-mail").
_SITE_LINE_WORD = re.compile(r"[\w’'&.-]+")


def _site_words(text: str) -> tuple[int, int, bool]:
    """A line's words, how many are a site's words, and whether the others are capitalised."""
    found = _SITE_LINE_WORD.findall(text)
    site = [w.casefold().strip(".") in _SITE_WORDS or w == "&" for w in found]
    names = all(
        w[:1].isupper() or w[:1].isdigit() for w, ok in zip(found, site, strict=True) if not ok
    )
    return len(found), sum(site), names


def _tagline(text: str) -> bool:
    """A site's tagline or a section's page, no article's headline: a line of a site's words
    naming a section ("Breaking News, Latest News and Videos", "Local news, sports and weather
    for Harlow"), or such a line beside the site's name ("Home - Harlow Herald")."""

    def generic(part: str, share: float) -> bool:
        count, site, names = _site_words(part)
        folded = {w.casefold() for w in _SITE_LINE_WORD.findall(part)}
        return (
            count > 0
            and bool(folded & _SECTION_WORDS)
            and (site == count or (names and site >= share * count))
        )

    if generic(text, SITE_WORDS_SHARE):
        return True

    def site_name(part: str) -> bool:  # "Harlow Herald", "harlowherald.com"
        found = part.split()
        return len(found) <= SITE_NAME_WORDS and (
            "." in part or all(w[:1].isupper() or w.casefold() in _SMALL_NAME_WORDS for w in found)
        )

    parts = [p for p in _PAGE_PARTS.split(text) if p]
    return len(parts) >= 2 and any(
        generic(part, 1.0) and all(site_name(other) for other in parts if other is not part)
        for part in parts
    )


def is_headline(article: Article) -> bool:
    """Whether an article's title is a headline: not its file name, a byline or furniture."""
    title = article.title.strip()
    return article.has_headline and len(title.split()) >= 3 and not headline_is_furniture(title)


def headline_is_furniture(title: str) -> bool:
    """Whether a line read as an article's headline is a byline or a prompt ("By Lee Park",
    "Watch: …", "Sign up for …"), or a line at the top of its page that is no headline
    (:func:`top_line_is_no_headline`)."""
    title = title.strip()
    return not title or bool(_NOT_A_HEADLINE.search(title)) or top_line_is_no_headline(title)


def top_line_is_no_headline(title: str) -> bool:
    """Whether a line read as an article's headline is something else at the top of its page:
    a person's caption ("Lizandra Cosme, 32, of Chicago"), a video's description, a data line,
    a saved e-mail's header ("From: Harlow Herald Briefing <briefing@harlowherald.com>"),
    a line introducing what follows ("The Harlow Herald said in an editorial on Monday:"), a
    byline without "By" ("Lee Park, Harlow Herald", "Lee Park, Staff Writer"), a page that is
    no article's ("Page not found"), a date standing alone, a site's tagline or a
    section's page ("Local news, sports and weather for Harlow", "Obituaries | Harlow Herald")
    or other page furniture. The article is then listed by its opening words, as one without a
    headline is, not by that line. A headline that opens as a credit or a prompt may ("Video
    shows …", "From flood to fire: …", "By the numbers: …") is kept as the article's title,
    though it is not taken for the story's."""
    title = title.strip()
    if len(title) <= PAGE_LINE_CHARS and (
        _SERVICE_PAGE.search(title)
        or _MESSAGE_HEADER.match(title)
        or _DATE_LINE.match(title)
        or _tagline(title)
        or _WRITERS_JOB.match(title)
        or (("," in title or "|" in title or " -" in title) and names_writer_and_paper(title))
        or _dateline_alone(title)
        or unstopped_scene_caption(title)
    ):
        return True
    return not (
        bool(title)
        and not _PERSON_CAPTION.match(title)
        and not _VIDEO_DESCRIPTION.match(title)
        and not _DECORATED.search(title)
        # "Release Date: … Running Length: …" is a data line; "… Thursday:" introduces one
        and title.count(":") < 2
        and not title.rstrip().endswith(":")
        # markup in a title is shown as plain text, not held against it
        and (
            furniture_kind(title) in (None, "markup")
            or (furniture_kind(title) == "caption" and labelled_headline(title))
        )
    )


def _central_stems(sentences: Sequence[Sentence], support: Sequence[int]) -> frozenset[str]:
    """The content words of the sentences that two independent outlets or more back."""
    if not sentences or not support:
        return frozenset()
    return frozenset(stem for s in sentences if support[s.id] >= 2 for stem in s.stems)


#: Words a headline shares with several outlets' articles to head the story without a claim.
SHARED_WORDS = 2


def _shared_stems(used: Mapping[int, set[str]]) -> frozenset[str]:
    """The content words that the articles of two independent sources or more use, of the
    content words of each source's sentences (:func:`_words_by_source`)."""
    seen: set[str] = set()
    shared: set[str] = set()
    for stems in used.values():
        shared |= seen & stems
        seen |= stems
    return frozenset(shared)


#: A headline is told in another outlet's article that uses one of its content words in this
#: many (and :data:`SHARED_WORDS` at least).
TOLD_ONE_IN = 3


def _told_elsewhere(article: Article, used: dict[int, set[str]], group_of: Sequence[int]) -> bool:
    """Whether an article's headline is told in the article of another independent source:
    that article's sentences use a third of the headline's content words, two at least ("Two
    killed as Kestra footbridge collapses" in another's "The Millgate footbridge in Kestra
    collapsed …, leaving two people dead"); a side piece's ("Kestra rail timetable to change
    from Monday") is its own alone. ``used``: the content words of each source's sentences
    (:func:`_words_by_source`)."""
    wanted = set(content_stems(words(_without_media_tag(article.title))))
    if not wanted:
        return False
    need = max(SHARED_WORDS, -(-len(wanted) // TOLD_ONE_IN))
    own = group_of[article.id]
    return any(len(wanted & stems) >= need for group, stems in used.items() if group != own)


def _words_by_source(sentences: Sequence[Sentence], group_of: Sequence[int]) -> dict[int, set[str]]:
    """The content words of each independent source's sentences, by its group: the one pass
    over the sentences that the words told elsewhere and the words shared are read from."""
    used: dict[int, set[str]] = {}
    for s in sentences:
        used.setdefault(group_of[s.article], set()).update(s.stems)
    return used


#: Words a lead has that are neither abbreviations nor figures ("Caihong juji gen. et sp. nov."
#: is a species' name, not a sentence).
PLAIN_WORDS = 5
_PLAIN_WORD = re.compile(r"^[\"“‘(]?[A-Za-z][a-z’'-]+[,;:”’\")]*$")


def _plain_words(text: str) -> int:
    """The words of ``text`` that are words, its last one's full stop aside."""
    return sum(bool(_PLAIN_WORD.match(word)) for word in text.rstrip(".").split())


def _lead_title(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    support: Sequence[int],
    salience: Sequence[float],
    group_of: Sequence[int] = (),
    backed: int = 0,
    shared: Callable[[], frozenset[str]] = frozenset,
) -> str | None:
    """The opening sentence (of an article's first three) that most outlets back; with
    ``backed``, only one that so many independent outlets back at least. ``shared``: the
    content words several sources use (:func:`_shared_stems`), which a long lead keeps."""
    leads = [
        s
        for s in sentences
        if s.index == 0
        and support[s.id] >= backed
        and s.standalone
        and s.words >= 6
        and _plain_words(s.text) >= PLAIN_WORDS
        and not _opens_with_quotation(s.text)
        and not s.text.rstrip().endswith(":")  # it introduces a quotation or a video
    ]
    if not leads:
        return None
    # a story's articles may be some of the folder's: each is found by its id
    by_id = {article.id: article for article in articles}
    names = _central_names(sentences, group_of) if group_of else frozenset()
    best = max(
        leads,
        key=lambda s: (
            not _in_own_voice(s.text),
            support[s.id],
            not (
                _ADDRESS.match(s.text)
                or s.text.rstrip().endswith("?")
                or _introduces_its_interview(s.text, by_id.get(s.article))
            ),
            bool(_names_in(s.text, names)),
            salience[s.id],
            -s.index,
            -s.article,
        ),
    )
    text = _without_opening_phrase(_without_attribution(_without_dateline(best.text)))
    if len(text.split()) <= TITLE_WORDS or not group_of:  # nothing to shorten by them
        return _shortened(text, frozenset())
    return _shortened(text, shared())


#: A capitalised word inside a sentence: a name ("Mars", "NASA", "Montpelier").
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*[A-Za-z]")
#: Capitalised words every story has: days, months, titles.
_NOT_NAMES = frozenset(
    {*WEEKDAYS, *(set(MONTHS) - MONTH_ABBREVIATIONS), "mr", "mrs", "ms", "dr", "the"}
)


@lru_cache(maxsize=1 << 16)
def _name_key(word: str) -> str:
    """How a capitalised word is compared: folded to lower case, but for an acronym whose
    letters spell a stop word ("US", "WHO", "IT"), which keeps its capitals, so that it is
    neither judged the stop word ("us", "who") nor matched with it capitalised ("Who").
    Cached: every story's title reads every sentence's capitalised words."""
    bare = word.removesuffix("’s").removesuffix("'s")
    key = bare.casefold()
    if len(bare) >= 2 and bare.isupper() and not content_stems([key]):
        return bare
    return key


@lru_cache(maxsize=1 << 15)
def _capitalised_keys(text: str) -> tuple[str, ...]:
    """The keys (:func:`_name_key`) of the capitalised words inside a sentence, its opening
    word aside. Cached: the folder's title and each of its stories' read the same sentences."""
    return tuple(_name_key(found.group()) for found in _CAPITALISED.finditer(text, 1))


#: Independent sources that must share a name for it to be one of the story's central names.
NAMING_SOURCES = 3


def _central_names(sentences: Sequence[Sentence], group_of: Sequence[int]) -> frozenset[str]:
    """The names (capitalised inside a sentence, not opening it) that the articles of the most
    independent sources use, :data:`NAMING_SOURCES` at least: what the story is about ("Mars",
    "Montpelier"). Two sources share too many names for the shared ones to say which."""
    groups: dict[str, set[int]] = {}
    named: dict[str, bool] = {}  # each distinct word judged once
    for s in sentences:
        group = group_of[s.article]
        for key in _capitalised_keys(s.text):
            # a stop word capitalised after a colon or a quotation mark ("It", "We") is no name
            if (is_name := named.get(key)) is None:
                is_name = named[key] = key.casefold() not in _NOT_NAMES and (
                    key.isupper() or bool(content_stems([key]))
                )
            if is_name:
                groups.setdefault(key, set()).add(group)
    most = max((len(found) for found in groups.values()), default=0)
    if most < NAMING_SOURCES:
        return frozenset()
    return frozenset(key for key, found in groups.items() if len(found) == most)


def _names_in(text: str, names: frozenset[str]) -> set[str]:
    """The story's central names that a sentence names, its opening word included."""
    return {
        key for found in _CAPITALISED.finditer(text) if (key := _name_key(found.group())) in names
    }


#: Where a long lead divides into parts: after a comma, a semicolon or a dash, and before "yet",
#: "but", "after", "while" or "because".
_PARTS = re.compile(r"(?<=[,;:—–])\s+|(?<!\s)\s+(?=(?:yet|but|after|while|because)\s)")
#: A part that is an aside: a relative clause ("which does business as …", "who …") or a remark
#: on what the lead says ("news that came as no surprise to …").
_ASIDE = re.compile(
    r"^(?:which|who|whom|whose|where|(?:a |the )?(?:news|move|decision|step) that)\b"
)


#: A part that opens the lead's next clause: after an aside, the aside is over.
_NEXT_CLAUSE = re.compile(r"^(?:yet|but)\s")
#: An appositive after a name: "Kleiner Harlow & Reyes, the venture firm, is …".
_APPOSITIVE = re.compile(r"^(?:the|a|an) [^,;:]{2,60},$")
#: A lead's opening phrase ending in a name ("In Harlow,", "According to Fennick News,"): the
#: "the …" after it is the sentence's subject, not an appositive.
_OPENING_PHRASE = re.compile(
    r"^(?:in|on|at|after|before|according to|for|from|under|with|without|despite|during|since"
    r"|across|inside|outside|near|by|as|amid|following|unlike|like|beyond|among|within"
    r"|throughout|until|over|against|between|behind|beside|along|around|off|to)\s",
    re.IGNORECASE,
)
#: A participle's phrase after the main clause: "…, accusing it of fraud: …".
_PARTICIPLE_PHRASE = re.compile(r"^(?!being\b)[a-z]{3,}ing\b[^,;]{0,100}[,:]$")


def _aside_by_place(before: str, part: str) -> bool:
    """A part that is an aside by its place: an appositive without a verb after a name
    ("Harlow & Reyes, the venture firm,"), or a participle's phrase closing a clause before a
    colon or a comma ("…, accusing it of fraud:")."""
    words_before = before.rstrip(",").split()
    if (
        _APPOSITIVE.match(part)
        and words_before
        and not _OPENING_PHRASE.match(before)
        and words_before[-1][:1].isupper()
        and not has_verb(part, ing=False)
    ):
        return True
    return bool(_PARTICIPLE_PHRASE.match(part))


def _shortened(text: str, shared: frozenset[str]) -> str:
    """A lead of :data:`TITLE_WORDS` at most. A longer one leaves out its asides (the one whose
    words the other outlets use least first), "…" in their place, until it fits or has none
    left, then is cut; when that keeps no more of what the outlets share than cutting the
    lead as it is, the lead is cut as it is. A lead whose point comes late keeps its point."""
    cut = _cut_title(text)
    if len(text.split()) <= TITLE_WORDS or not shared:
        return cut
    parts = [p for p in _PARTS.split(text) if p]

    def shared_words(part: str) -> int:
        return len(set(content_stems(words(part))) & shared)

    # an aside runs to the comma, semicolon or dash that closes it ("which closed after years
    # of losses," is one aside, though it is divided before "after")
    spans: dict[int, range] = {}
    for start in range(1, len(parts)):
        if _ASIDE.match(parts[start]) or _aside_by_place(parts[start - 1], parts[start]):
            end = start
            while (
                end < len(parts) - 1
                and not parts[end].endswith((",", ";", ":", "—", "–"))
                # "but" or "yet" opens the lead's next clause, not more of the aside ("…,
                # news that came as no surprise yet did not change …")
                and not _NEXT_CLAUSE.match(parts[end + 1])
            ):
                end += 1
            spans[start] = range(start, end + 1)

    def aside(start: int) -> str:
        return " ".join(parts[i] for i in spans[start])

    asides = sorted(spans, key=lambda i: (shared_words(aside(i)), -i))
    sizes = [len(part.split()) for part in parts]
    length = sum(sizes)
    left_out: set[int] = set()
    for start in asides:
        if length <= TITLE_WORDS:
            break
        length -= sum(sizes[i] for i in spans[start] if i not in left_out)
        left_out.update(spans[start])
    if not left_out:
        return cut
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index not in left_out:
            pieces.append(part)
        elif pieces and pieces[-1] != "…":
            pieces[-1] = pieces[-1].rstrip(",;—– ")
            pieces.append("…")
    kept = _cut_title(" ".join(pieces))
    # as much of what the outlets share, and the lead's own end (its point, after a colon:
    # "…: drop the case or pay us $200,000.") rather than a lead broken off: the shorter one
    told, cut_told = shared_words(kept), shared_words(cut)
    return kept if told > cut_told or (told == cut_told and not kept.endswith("…")) else cut


#: The outlet introducing its own interview: "Recently, HARLOW MONTHLY sat down with …".
_INTERVIEW = re.compile(
    r"\b(?:recently )?(?:sat down|spoke|caught up|chatted|talked|met up) (?:with|to)\b"
)


def _introduces_its_interview(lead: str, article: Article | None) -> bool:
    """A lead in which the article's outlet, named in the text, tells of its interview: the
    outlet speaking of itself, as a column's opening speaks to the reader, not the news."""
    if article is None or article.outlet_from != "text":
        return False
    at = lead.casefold().find(article.outlet.casefold())
    return 0 <= at <= 20 and bool(_INTERVIEW.search(lead, at + len(article.outlet)))


#: Who says so, closing a lead: "…, Nasa scientists say.", "…, police said Friday.", "…,
#: according to a court filing on Thursday." (a verb that reports a statement,
#: :data:`.saying.REPORTS`; where it closes a lead, "reports" too, and a study's verbs) A headline states the news and leaves its
#: source to the story.
_ATTRIBUTION = re.compile(
    r",\s(?:according to [^,;:“”\"]{2,80}"
    r"|(?:[^,;:“”\"]{2,60}\s)?"
    rf"(?:{alternatives(REPORTS | {'reports', 'suggests', 'suggest', 'found'})})"
    rf"(?:\s(?:on\s)?(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}|today|yesterday"
    r"|last week|this week))?)\.$"
)


def _without_attribution(text: str) -> str:
    """A long lead without the attribution that closes it, marked as cut (:data:`_ATTRIBUTION`)."""
    if len(text.split()) <= TITLE_WORDS:
        return text
    found = _ATTRIBUTION.search(text)
    if not found or len(text[: found.start()].split()) < 8:
        return text
    return text[: found.start()] + " …"


#: A phrase setting the scene before a lead's main clause: "Through the anxious weeks before
#: the vote, …", "With five days left, …", "After months of talks, …", "Hailing him as a
#: hero, …"; a part after it that opens so ("as …", "despite …") is still the scene's.
_SCENE_OPENING = re.compile(
    r"^(?:Through|With|After|As|In|Amid|Despite|Following|Since|Before|During|While|When"
    r"|Although|Though|Because|Once|Until|For|On|At|From|Under|Over|Like|Unlike|Even|Just"
    r"|[A-Z][a-z]{2,}ing)\s"
)
_SCENE_GOES_ON = re.compile(
    r"^(?:as|while|when|after|before|despite|with|in|amid|and|or|which|who|whom|whose|where"
    r"|including|if|because|since|though|although|even|just|only|until|from|to|on|at|for"
    r"|by|of|over|under|then|not|but|yet|nor)\b"
)
#: A main clause opening with a word that points back into the scene ("When the old bridge
#: fell, it took twelve cars …", "After weeks of argument over the bridge, its owners …"): the
#: phrase then stays.
_POINTS_BACK = re.compile(r"^(?:it|its|his|their|this|these|those|such)\b", re.IGNORECASE)
#: What follows the opening is a participle, not a main clause ("Boeing on Tuesday cut its
#: forecast, blaming …", "Even its own engineers doubted the bridge, warning …"): the opening
#: was the sentence's own clause.
_PARTICIPLE = re.compile(r"^[a-z]+ing\b")
#: A count opening a lead is its subject, not a scene ("Over 300 people died …", "Just 12 of
#: the villagers …", "As many as 300 …").
_COUNT_OPENING = re.compile(
    r"^(?:Over|Under|Just|Only|Even|As (?:many|much|few|little) as)\s+(?:\d|(?:a |one )?"
    rf"(?:dozen|hundred|thousand|million)s?\b|(?:{NUMBER_WORD}|half)\b)"
)
#: A finite verb in the opening phrase: it is the sentence's own clause ("Raising taxes is
#: unpopular, …"), not a scene set before it.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|does|did)\b")
#: A pronoun in the main clause that may stand for someone the opening phrase names ("Hailing
#: the archbishop as a martyr, the Pope beatified him"): the phrase then stays.
_BACK_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.IGNORECASE)
#: A scene that is itself the news: "For the first time in 40 years, …", "In its worst
#: flood on record, …".
_NEWS_IN_SCENE = re.compile(
    r"\b(?:first|last|only|record|ever|never|biggest|largest|worst|deadliest|highest|lowest)\b",
    re.IGNORECASE,
)
#: A toll in the scene is the news too: "With 12 dead and 40 missing, rescuers searched …".
_TOLL_IN_SCENE = re.compile(
    rf"\b(?:\d[\d,]*|dozens|scores|hundreds|thousands|{NUMBER_WORD})\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:dead|killed|injured|wounded|missing|hurt|homeless|died|drowned)\b",
    re.IGNORECASE,
)
#: The main clause's first part (to its first comma) has this many words at least: a subject
#: and its verb, not an aside ("a mayor of Harlow,").
MAIN_CLAUSE_WORDS = 6


def _without_opening_phrase(text: str) -> str:
    """A long lead (over :data:`TITLE_WORDS`) from its main clause on, without the phrase that
    sets the scene before it (:data:`_SCENE_OPENING`): a feature's lead holds its point back
    ("Through the anxious weeks before the vote, as money fled the country, officials watched
    for …"), and a title cut at its length would end inside the scene. Any other lead, or one
    whose main clause may point back into the phrase, is returned as it is."""
    if (
        len(text.split()) <= TITLE_WORDS
        or not _SCENE_OPENING.match(text)
        or _COUNT_OPENING.match(text)
    ):
        return text
    parts = text.split(", ")
    scene_words = 0
    # each part is read once: a lead of a megabyte of parts is read at once, and a scene
    # sets the story up within a title's length or not at all
    for at in range(1, len(parts)):
        scene_part = parts[at - 1]
        scene_words += len(scene_part.split())
        if (
            scene_words > TITLE_WORDS
            or _FINITE.search(scene_part)
            or _NEWS_IN_SCENE.search(scene_part)
            or _TOLL_IN_SCENE.search(scene_part)
        ):
            return text
        if _SCENE_GOES_ON.match(parts[at]):
            continue
        scene = ", ".join(parts[:at])
        rest = ", ".join(parts[at:])
        # the scene naming a place or a person the main clause does not ("Through the weeks
        # before the vote, as money fled Brazil, officials watched …") holds what the story is
        named = {w for w in _CAPITALISED.findall(scene, 1) if w.casefold() not in _NOT_NAMES}
        if (
            len(parts[at].split()) < MAIN_CLAUSE_WORDS
            or _BACK_PRONOUN.search(rest)
            or _POINTS_BACK.match(rest)
            or _PARTICIPLE.match(rest)
            # no verb before its first comma: the scene's list or an aside on it goes on
            # ("In the north, the south and the east, floods …", "In the capital, a city of
            # two million, …"), not the main clause
            or not has_verb(parts[at], ing=False)
            or not rest[:1].isalpha()
            or any(not re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", rest) for w in named)
        ):
            return text
        first = rest.split(maxsplit=1)[0]
        if first[1:] != first[1:].lower():
            return rest  # a name with a capital inside keeps its case ("iPhone", "eBay")
        return rest[:1].upper() + rest[1:]
    return text


#: A name in quotation marks opening a lead ("“Harlow Live” host Lee Park …") is this short.
QUOTED_NAME_WORDS = 4


def _opens_with_quotation(text: str) -> bool:
    """A lead that opens with someone's words, not with a quoted name ("“Harlow Live” host …")."""
    if not text or text[0] not in "“\"‘'":
        return False
    close = {"“": "”", "‘": "’"}.get(text[0], text[0])
    end = text.find(close, 1)
    quoted = text[1:end] if end > 0 else text[1:]
    return end < 0 or len(quoted.split()) > QUOTED_NAME_WORDS or len(text[end + 1 :].split()) < 3


def story_title(
    articles: Sequence[Article],
    group_of: Sequence[int],
    sentences: Sequence[Sentence] = (),
    support: Sequence[int] = (),
    salience: Sequence[float] = (),
) -> str:
    """The most corroborated headline, else the best-backed lead sentence.

    ``support`` holds, per sentence id, the number of independent groups
    reporting what it states, and ``salience`` how central its words are.
    """
    return titled_story(articles, group_of, sentences, support, salience)[0]


def titled_story(
    articles: Sequence[Article],
    group_of: Sequence[int],
    sentences: Sequence[Sentence] = (),
    support: Sequence[int] = (),
    salience: Sequence[float] = (),
) -> tuple[str, StoryTitleFrom]:
    """The story's title (:func:`story_title`) and where it came from: an article's headline,
    an opening sentence (no headline tells the story), another sentence, or none at all."""
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    # the content words of each source, and those several share: read once, when first asked
    used = cache(lambda: _words_by_source(sentences, group_of))
    shared = cache(lambda: _shared_stems(used()))
    headlines = [a for a in articles if is_headline(a)]
    titled = headlines
    central = _central_stems(sentences, support)
    if central and titled:
        # a headline that shares no word with what several outlets report heads a side
        # piece, a page's tagline or a section, not this story; when the outlets back few
        # sentences alike, one that shares words with several outlets' articles still heads it
        on_story = [a for a in titled if set(content_stems(words(a.title))) & central]
        titled = on_story or [
            a for a in titled if len(set(content_stems(words(a.title))) & shared()) >= SHARED_WORDS
        ]
    # the one outlet's headline no other outlet's article tells (a side piece's, over articles
    # saved without theirs: "Rail timetable to change from Monday" over three leads of the
    # bridge's collapse) gives way to a lead that several outlets back
    if titled and central and not any(_told_elsewhere(a, used(), group_of) for a in titled):
        lead = _lead_title(
            articles, sentences, support, salience, group_of, backed=2, shared=shared
        )
        if lead:
            return lead, "lead"
    if not titled:
        lead = (
            _lead_title(articles, sentences, support, salience, group_of, shared=shared)
            if sentences
            else None
        )
        if lead:
            return lead, "lead"
        # a headline that shares no word with what the outlets back still heads the story
        # better than any line below it
        titled = headlines
    if not titled:
        return _last_resort_title(articles, sentences, support, salience)
    # each headline without its page's tags: "BREAKING: Bridge falls" says what "Bridge falls
    # (VIDEO)" says
    bare = [_without_media_tag(a.title) for a in titled]
    if len(titled) == 1:
        return _in_plain_case(bare[0], sentences), "headline"

    def agreement(index: int, apart: bool = True) -> float:
        # compared case-folded: one outlet's headline in title case ("Bridge Falls Into
        # Tessel") says what another's in sentence case or in capitals says; the headlines
        # of other sources first, then, between equals, those several papers put over one
        # source's copies (one wire story under each paper's own headline)
        return sum(
            fuzz.token_sort_ratio(bare[index], bare[j], processor=default_process)
            for j, other in enumerate(titled)
            if j != index and (group_of[other.id] != group_of[titled[index].id]) == apart
        )

    # two headlines agree with each other as much as each other with it: the one telling more
    # of what the outlets report (a junk line, a section's label, says little of it) heads it
    story_words = central or shared()

    def told(index: int) -> int:
        return len(set(content_stems(words(bare[index]))) & story_words)

    # a headline tells its own article's opening ("Ferry app tracks crews, skipper says" over
    # "A ferry company fired a skipper who would not install an app that tracked her …"); a
    # site's slogan over a product's page ("Know what is happening on the water") does not.
    # One headline set alike over several articles (its quotation marks apart) is read by the
    # article telling it most, so that the first of them still stands.
    heads = {a.id for a in titled}
    opening: dict[int, set[str]] = {}
    for s in sentences:
        if s.index < OPENING_SENTENCES and s.article in heads:
            opening.setdefault(s.article, set()).update(s.stems)
    forms = [default_process(title) for title in bare]
    told_own: dict[str, int] = {}
    for title, form, article in zip(bare, forms, titled, strict=True):
        count = len(set(content_stems(words(title))) & opening.get(article.id, set()))
        told_own[form] = max(told_own.get(form, 0), count)

    def opens(index: int) -> int:
        return told_own[forms[index]]

    # a headline in capitals heads the story only when no other outlet's says it in words
    # set as a reader reads them
    best = max(
        range(len(titled)),
        key=lambda i: (
            not _shouted(bare[i]),
            round(agreement(i), 6),
            round(agreement(i, apart=False), 6),
            told(i),
            opens(i),
            -i,
        ),
    )
    return _in_plain_case(bare[best], sentences), "headline"


#: The opening sentences of its article a headline tells.
OPENING_SENTENCES = 3
#: A headline with this share of its letters in capitals is set in capitals ("BRIDGE FALLS").
SHOUTED_SHARE = 0.8


def _shouted(title: str) -> bool:
    """Whether a headline is set in capitals: a page's style, not how a title is read."""
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


#: A page's tag for its pictures or its player, before or after the headline: "In pictures:
#: …", "VIDEOS: …", "… (PHOTOS)", "… [VIDEO]", "… – in pictures".
_MEDIA_TAG = re.compile(
    r"^(?:in pictures|in photos|photos|videos?|watch live|live updates?|live)\s*:\s+"
    r"|(?<!\s)\s*[(\[](?:photos?|videos?|pictures|gallery|watch|audio|graphic|map|slideshow)[)\]]$"
    r"|(?<!\s)\s+[–—-]\s+in (?:pictures|photos)$",
    re.IGNORECASE,
)
#: The label of how fresh or how much the page's own the news is: "EXCLUSIVE: …", "AP
#: Exclusive — …", "BREAKING NEWS: …", "Just in: …", "UPDATE 2: …", "Developing: …"; after the
#: headline, "… (UPDATED)", "… [UPDATE 2]", "… – live", "…: live updates", "… – as it
#: happened". (A source's label stays: "Report: …", "Officials: …" say who says so; so does
#: a piece's kind: "Opinion: …", "Analysis: …".)
_FRESHNESS_TAG = re.compile(
    r"^(?:(?:AP|Reuters|AFP|CNN|BBC) )?(?:exclusive|breaking(?: news)?|just in|developing"
    r"(?: story)?|news alert|updated?(?: \d{1,2})?|live(?: updates?| coverage| blog)?)"
    # (not when the headline goes on from the word: "Exclusive: and expensive …"; after a
    # dash, in lower case: "Exclusive — and expensive: …", "Live — from Harlow, …")
    r"(?:\s*[:|]\s+(?!(?:and|or|but|yet|nor)\b)|(?:\s+[—–]\s+|\s+--?\s+)(?!(?-i:[a-z])))"
    r"|(?<!\s)\s*[(\[](?:updated?(?: \d{1,2})?|breaking|exclusive|developing|live)[)\]]$"
    r"|(?<!\s)(?:\s+[–—|]|\s+--?|:)\s+(?:live(?: updates?| coverage| blog)?|latest updates?"
    r"|as it happened)$",
    re.IGNORECASE,
)
#: A wire's slug over its headline, in capitals and joined by a hyphen: "UPDATE 2-…",
#: "EXCLUSIVE-…", "RPT-UPDATE 1-…", "REFILE-…", "CORRECTED-…", "WRAPUP 3-…".
_WIRE_SLUG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|RPT|REFILE|CORRECTED|EXCLUSIVE|BREAKING|BREAKINGVIEWS"
    r"|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|FOCUS|SPECIAL REPORT)-(?=[\w\"'‘“])"
)


def _without_media_tag(title: str) -> str:
    """A headline without its page's tags (:data:`_MEDIA_TAG`, :data:`_FRESHNESS_TAG`,
    :data:`_WIRE_SLUG`): the headline tells the news, a tag what the page shows it with, how
    fresh or whose it is, or the wire's slug for it; taken off one after another ("RPT-UPDATE
    2-…", "BREAKING: … [VIDEO]")."""
    bare = title.strip()
    while True:
        shorter = _WIRE_SLUG.sub("", bare, count=1)
        shorter = _FRESHNESS_TAG.sub("", shorter).strip()
        shorter = _MEDIA_TAG.sub("", shorter).strip()
        if shorter == bare or len(shorter.split()) < 3:
            break
        bare = shorter
    first = bare.split(" ", 1)[0]
    if bare != title.strip() and first.isalpha() and first.islower():
        # the label's colon had the headline go on in lower case: "EXCLUSIVE: the letters …"
        bare = bare[:1].upper() + bare[1:]
    return bare


#: A word of a headline in capitals, in any alphabet: "MÜNCHEN", "O'BRIEN", "MCDONALD’S".
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
#: A possessive's ending, looked up without it ("MCDONALD'S" where the story writes "McDonald").
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def _form_key(word: str) -> str:
    """How a word of a headline in capitals is looked up among the story's: case-folded, its
    apostrophes alike ("MCDONALD’S" is "McDonald's")."""
    return word.casefold().replace("’", "'")


#: Short words a headline in capitals has that are no acronym ("OF", "AS", "TO").
_FUNCTION_WORDS = frozenset(
    (
        "a", "an", "as", "at", "be", "by", "for", "he", "her", "his", "how", "in", "is", "it",
        "its", "new", "no", "not", "of", "off", "on", "or", "out", "she", "the", "to", "two",
        "up", "was", "we", "who", "why", "and", "but", "are", "can", "may", "say", "set", "top",
    )
)  # fmt: skip
#: A word of a headline in capitals that the story never writes is kept in capitals when this
#: short ("UN", "NHS"), as an acronym is, unless a function word ("OF"); others in lower case.
ACRONYM_LETTERS = 3


def _in_plain_case(title: str, sentences: Sequence[Sentence]) -> str:
    """A headline in capitals ("CARROWGATE BRIDGE FALLS INTO THE TESSEL") written as the
    story's own sentences write its words ("Carrowgate bridge falls into the Tessel"): each
    word as it is most often written inside a sentence (a sentence's first word is capitalised
    whatever it is), its first word capitalised. Any other headline is shown as it is."""
    if not _shouted(title) or not sentences:
        return title
    wanted = {_form_key(found.group()) for found in _WORD.finditer(title)}
    wanted |= {_POSSESSIVE.sub("", key) for key in wanted}
    forms: dict[str, dict[str, int]] = {}
    for s in sentences:
        for found in _WORD.finditer(s.text, 1):
            key = _form_key(found.group())
            if key in wanted:
                seen = forms.setdefault(key, {})
                seen[found.group()] = seen.get(found.group(), 0) + 1

    @cache
    def story_stems() -> frozenset[str]:
        return frozenset(stem for s in sentences for stem in s.stems)

    def written(found: re.Match[str]) -> str:
        word = found.group()
        if _form_key(word) not in forms and (ending := _POSSESSIVE.search(word)):
            # a possessive the story writes only without its "'s": the name as it writes it
            base = written_word(word[: ending.start()])
            return base + ending.group().lower()
        return written_word(word)

    def written_word(word: str) -> str:
        seen = forms.get(_form_key(word))
        folded = word.casefold()
        if seen and word in seen and len(word) > 1:
            return word  # an acronym the story writes so too ("NHS", "US")
        short = len(word) <= ACRONYM_LETTERS and folded not in _FUNCTION_WORDS
        if seen and not (short and set(seen) == {folded} and not content_stems([folded])):
            return max(seen, key=lambda form: (seen[form], form.islower(), form))
        # unseen, or seen only as a stop word ("US" as "us"): an acronym when short, unless
        # the story uses the word in another form ("CAR" where it writes "cars")
        stems = content_stems([folded])
        return word if short and not (stems and stems[0] in story_stems()) else folded

    plain = _WORD.sub(written, title)
    first = _WORD.search(plain)
    if not first or first.group()[1:] != first.group()[1:].lower():
        return plain  # a word with capitals inside keeps its case ("eBay", "McDonald", "NHS")
    at = first.start()  # after an opening quotation mark: "‘Bridge is safe,’ mayor says"
    return plain[:at] + plain[at].upper() + plain[at + 1 :]


#: The title of a story none of whose articles has a headline or a sentence to title it by.
UNTITLED = "Untitled story"


def _last_resort_title(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    support: Sequence[int],
    salience: Sequence[float],
) -> tuple[str, StoryTitleFrom]:
    """A title when no article has a headline or an opening sentence that can stand as one: the
    best-backed sentence that stands alone anywhere in the articles, else a heading too short
    to pass for a headline ("Bridge Collapses"), else :data:`UNTITLED`: never a file's name,
    a byline or a line of page furniture, which would pass for what the story is called."""
    whole = [
        s
        for s in sentences
        if s.standalone
        and s.words >= 6
        and _plain_words(s.text) >= PLAIN_WORDS
        and not s.text.rstrip().endswith(":")
        and furniture_kind(s.text) is None
    ]
    if whole:
        best = max(
            whole,
            key=lambda s: (
                support[s.id] if s.id < len(support) else 0,
                salience[s.id] if s.id < len(salience) else 0.0,
                -s.index,
                -s.article,
            ),
        )
        return _cut_title(_without_attribution(best.text)), "sentence"
    for article in articles:
        title = article.title.strip()
        if (
            article.has_headline
            and len(title.split()) >= 2
            and not _NOT_A_HEADLINE.search(title)
            and furniture_kind(title) is None
        ):
            return title, "headline"
    return UNTITLED, "none"


#: A story group's label is cut to this many words.
LABEL_WORDS = 12


def group_label(articles: Sequence[Article], leads: Sequence[Sentence | None]) -> str:
    """A short name for a group of articles: a headline, else an opening sentence."""
    for article in articles:
        if is_headline(article):
            return _cut(article.title, LABEL_WORDS)
    for lead in leads:
        if lead is not None:
            return _cut(lead.text, LABEL_WORDS)
    return articles[0].file if articles else "?"


def _cut(text: str, limit: int) -> str:
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]) + " …"


#: A lead cut to a title ends at a clause's end ("…, Seoul said on Wednesday …") when one
#: closes among its last this many words, rather than just inside the next ("…, after …").
CLAUSE_END_WORDS = 3
#: A title cut short keeps this many words at least, however its last words run.
CUT_TITLE_WORDS = 15
#: A clause or a lead that closes within this many words past :data:`TITLE_WORDS` is kept whole.
FINISH_WORDS = 6
_CLAUSE_END = re.compile(r"[,;:]$|^(?:[—–]|--)$")


def _cut_title(text: str) -> str:
    """A lead of more than :data:`TITLE_WORDS` cut to a title: after its last word that says
    something, not on "the", "in", "had" or "that" ("… a fair trial in the …" reads as a
    title broken off, "… a fair trial …" as one cut), and at the end of a clause when one
    closes among its last words ("…, Seoul said on Wednesday …", not "…, after …"). A lead or
    a clause closing within :data:`FINISH_WORDS` past the limit is kept to its end: cut a few
    words short, a lead loses its point ("… should be ready for a woman president …" for
    "… but it would not be her.") or a name ("… had met earlier with Osama …")."""
    words_ = text.split()
    if len(words_) <= TITLE_WORDS:
        return text
    # a clause or the lead closing just past the limit is kept whole: its last words are
    # often its point ("… had met earlier with Osama bin Laden, …")
    for end in range(TITLE_WORDS + 1, min(len(words_), TITLE_WORDS + FINISH_WORDS) + 1):
        if end == len(words_):
            return text
        if _CLAUSE_END.search(words_[end - 1]) and content_stems(words(words_[end - 1])):
            return _closed(" ".join(words_[:end]).rstrip(",;:") + " …")
    kept = words_[:TITLE_WORDS]
    while len(kept) > CUT_TITLE_WORDS and not content_stems(words(kept[-1])):
        kept.pop()
    for end in range(len(kept), max(CUT_TITLE_WORDS, len(kept) - CLAUSE_END_WORDS), -1):
        if _CLAUSE_END.search(kept[end - 1]):
            last = kept[end - 1].rstrip(",;:")
            kept = kept[: end - 1] + ([last] if last not in ("", "—", "–", "--") else [])
            break
    return _closed(" ".join(kept) + " …")


_CLOSING = {"“": "”", "(": ")", "[": "]", '"': '"'}


def _closed(title: str) -> str:
    """A title cut inside a quotation or a bracket with its closing mark after the "…"
    ('… saying "we will rebuild it, stone by stone …"'), innermost first, so that the words
    cut are still read as someone's, or as an aside."""
    opened: list[str] = []
    for char in title:
        if opened and char == _CLOSING[opened[-1]]:
            opened.pop()
        elif char in _CLOSING:
            opened.append(char)
    return title + "".join(_CLOSING[char] for char in reversed(opened))
