"""Ingest: turn a raw document into an Article holding only story paragraphs.

Web-saved news carries a title line, headings, bylines, datelines, share
prompts, feed footers and copyright lines. None of them is a sentence of the
story, and if they leak into matching they corroborate each other across
outlets (every site says "Leave a Reply"), so they are removed here, once.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..models import Article, OutletFrom, RawDocument, file_stem
from .calendar import MONTH_WORD, MONTHS, WEEKDAY_WORD, WEEKDAYS
from .clock import ZONES
from .furniture import (
    ABOUT_WORDS,
    NOTICE_WORDS,
    TITLE_SMALL_WORDS,
    TOP_LINES,
    UPDATED_FOR_THE_STORY,
    describes_its_outlet,
    furniture_kind,
    furniture_lines,
    reserves_rights,
    someone_elses_words,
    split_caption_from_lede,
    story_before_glued_prompt,
    unstopped_scene_caption,
    without_closing_desk_tag,
    without_desk_tag,
    without_glued_labels,
    without_highlight_link,
    without_pronunciation,
    without_speaker_labels,
    without_update_label,
)
from .lexicon import SENTENCE_FINAL
from .numbers import NUMBER_WORD
from .outlets import (
    LONG_NEWSROOM_NAME,
    folio_paper,
    headline_under_site,
    headline_without_site,
    long_newsrooms_name,
    names_no_outlet,
    names_writer_and_paper,
    names_writer_before_dateline,
    outlet_in_archive_id,
    outlet_in_text,
    outlet_name,
    paper_as_author,
    paper_between_dashes,
    paper_name_alone,
    release_outlet,
    signing_outlet,
    site_after_headline,
    site_in_page_title,
    site_of_host,
    site_of_url,
    spelled_out,
    split_pasted_headline,
    without_kicker,
)
from .segment import content_stems, split_paragraph, words
from .titles import top_line_is_no_headline
from .verbs import has_verb, tells_the_past, tells_with_a_verb_in_s
from .written_names import PERSON_NAME, person_name

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A sentence's last character, with any closing quotes after it ("came down,”" is not one).
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–—]|\d{1,2}[.)])\s+")
_APPEARED_FIRST = re.compile(
    r"^The post (?P<title>.+?) appeared first on (?P<outlet>.+?)\.?\s*$", re.IGNORECASE
)
# "LONDON (AP) _ ", "RIVERTON, Oct 3 (Meridian Press) — ", "(CNN) — ", "WASHINGTON _ ",
# "CAIRO—", "CAIRO | ", "MONDAY, Jan. 25, 2016 (HealthDay News) -- "
_DATELINE = re.compile(
    # "BOSTON", "RIVERTON, Ore.", "CHRISTCHURCH, New Zealand", "DAHANIEH, Gaza Strip", and two
    # places of one story: "LONDON/NEW YORK"
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?(?:/[A-Z][A-Za-z.'’ -]{1,30}?)?"
    r"(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\.?"
    rf"(?:,\s*(?i:{MONTH_WORD})\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    r"(?:,?\s+\d{1,2}(?:,\s*\d{4})?)?)?\s*)?"
    # the agency's name, "(dpa)" in lower case, closed by a dash, a colon or "(EFE).-"
    # (or a newsroom's long name: "(Agence Orvennaise de Presse et d’Information Régionale)";
    # a paper's name between dashes: "HARLOW, Maine — (Harlow Herald) —")
    rf"(?:(?:(?:[—–]|--)\s*)?\((?P<outlet>[A-Z][^()]{{1,39}}|dpa(?:-AFX)?|{LONG_NEWSROOM_NAME})\)"
    r"\s*[:.]?\s*(?:(?:[—–_]|--|-)\s+)?"
    r"|(?:[—–_]|--)\s*|-\s+|:\s+"
    # a web page's bar: "CAIRO | Egypt's army …"
    r"|\|\s+)"
)
#: How many story paragraphs may come before the one that opens with the dateline.
DATELINE_PARAGRAPHS = 3
_BYLINE = re.compile(
    r"^(?:By|Written by|Reporting by|Words by|Story by)\s+[A-Z][\w.’'-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.’'-]*){0,8}"
    # the writer's outlet after "of" or "for": "By Lee Park of the Harlow Herald"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,5})?"
    r"(?:\s*[|,·-].{0,60})?$"
)
#: A byline and nothing else but its outlet's name, its stop kept: what is left of "By Lee Park |
#: Harlow Herald. This story is licensed under CC BY 4.0" once the licence is gone ("By Tuesday,
#: the road had reopened." goes on in lower case and is story).
_BARE_BYLINE = re.compile(
    r"^(?:By|Written by|Reporting by|Words by|Story by)\s+[A-Z][\w.’'-]*(?:[\s,]+(?:and\s+)?"
    r"[A-Z][\w.’'-]*){0,8}(?:\s*[|,·–—-]\s*(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,5})?"
    r"\s*[.!]?$"
    # or the writer's name and outlet parted by a bar, which no sentence holds: "Lee Park | Harlow
    # Herald."
    r"|^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}\s*[|·]\s*(?:the\s+)?[A-Z][\w.&’'-]*"
    r"(?:\s+[A-Z][\w.&’'-]*){0,5}\s*[.!]?$"
)
# Phrases that are site chrome however long the line: nobody's story sentence
# begins "Your email address will not be published".
_BOILERPLATE = re.compile(
    r"^(?:click to\b|click here\b|leave a (?:reply|comment)|sign up (?:for|to)\b"
    r"|subscribe (?:to|for|now|today)\b|follow us\b|share (?:this|on)\b"
    r"|this (?:story|article)(?: and headline)? (?:has|have) been updated"
    + UPDATED_FOR_THE_STORY
    + r"|(?:last )?(?:updated|published|posted):"
    r"|all rights reserved|©|\(c\)\s*\d{4}|photo:|image:|caption:|tags?:|topics?:|filed under"
    r"|your email address will not be published|comments?\s*\(\d+\)|we use cookies"
    r"|accept (?:all )?cookies|contact the (?:author|reporter)|originally published"
    r"|download (?:our|the) app|listen to this article|\(reporting by\b"
    r"|editing by (?:the )?(?-i:[A-Z])"
    r"|(?:\d+|one) (?:thoughts?|responses?|replies|reply|comments?) (?:on|to)\b"
    r"|save my name\b|support (?:local|independent|our) journalism|become a (?:member|subscriber)"
    # (of the page, named: "Become a member of KXYZ today."; "Become a member of parliament at
    # 18, …" is a sentence's)
    r"(?! of\b(?! our\b| (?:the )?(?!Parliament\b|Congress\b|Senate\b|House\b)(?-i:[A-Z])))"
    r"|(?:please )?consider (?:donating|a donation)|you may also like"
    r"|.{0,60}\bin your inbox\b|you must be logged in)",
    re.IGNORECASE,
)
# Words that open chrome only on a short line: "Related" is a link-list heading,
# "Related charges were filed on Tuesday, police said." is story.
_SHORT_BOILERPLATE = re.compile(
    r"^(?:see also\b|read more\b|related\b|more from\b|sign up\b|subscribe\b|advertisement\b"
    r"|sponsored(?: (?:content|stories|links|posts?))?\b|copyright\b|\d+\s+comments?\b|trending\b|newsletter\b|most (?:read|popular)\b"
    r"|(?:please )?(?:consider )?(?:donate|donating)\b"
    # the page's lists of more links: "Recommended for you", "More stories from Harlow Herald"
    r"|recommended for you\b|more (?:stories|articles|videos|news|coverage) (?:from|on|like this)\b"
    r"|more in (?:this section|news)\b|top stories\b|paid (?:content|post)\b"
    r"|promoted (?:content|stories|links)\b|you might (?:also )?like\b"
    r"|around the web\b)",
    re.IGNORECASE,
)
#: What follows a label of :data:`_SHORT_BOILERPLATE` on a line that ends as a sentence does:
#: nothing, a colon, or a name ("Recommended for you.", "More from Harlow Herald.", "See
#: also: …"); "Related charges were filed." and "Copyright law changed in 2019." go on into a
#: sentence.
_AFTER_LABEL = re.compile(r"\s*+(?:[:|»›>]|[\W_]*$|(?:[A-Z0-9][\w.&'’-]*+\s*+){1,5}[\W_]*$)")
#: A time stamp at the top of the page, "Updated 10:45 AM ET, Mon May 4, 2026", "Posted May 4,
#: 2026 by Lee Park": its words are a stamp's; "Published May 4, the report found …" is story.
_STAMP_LINE = re.compile(
    rf"(?:last )?(?:updated|published|posted) (?:on )?(?:\d|{MONTH_WORD} \d)", re.IGNORECASE
)
#: The words of such a line, the clock's time zones (:data:`.clock.ZONES`) among them.
_STAMP_WORDS = ZONES | frozenset(
    {"at", "on", "by", "and", "or", "in", "ago", "hour", "hours", "minutes", "mins", "min",
     "year", "years", "month", "months", "week", "weeks",
     "days", "day", "last", "updated", "published", "posted", "modified", "am", "pm"}
)  # fmt: skip
_MONTH_AND_DAY_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, *(day[:3] for day in WEEKDAYS), "tues", "thur", "thurs"]
)


def _stamp_line(line: str) -> bool:
    """A line that is a page's time stamp (:data:`_STAMP_LINE`), with no word of a sentence."""
    return bool(_STAMP_LINE.match(line)) and all(
        word in _STAMP_WORDS or word in _MONTH_AND_DAY_WORDS
        for word in re.findall(r"\b[a-z]{2,}\b", line)
    )


#: A heading over the page's links to the site's other stories ("More from Harlow Herald",
#: "More stories from the Herald"): never the headline, whatever its capitals. (Only a
#: list's word before "from", and only the site's name after it: "More Migrants From Africa
#: Reach Italy" is a headline.)
_MORE_FROM = re.compile(
    r"(?i:more (?:(?:stories|news|articles|videos|coverage|headlines|posts|top stories) )?from)"
    r" (?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}\W*$"
)


def _heads_the_story(lines: list[str], index: int) -> bool:
    """Whether a short line above the page's first paragraph is its headline: the line
    after it reads as a paragraph of story (a list of links to other stories at the top
    of a page, "Trending now", ends with the story's own headline), perhaps past the
    byline, the time stamp or the picture's credit under the headline
    (:func:`_under_a_headline`)."""
    if index + 1 >= len(lines) or not _could_be_headline(lines[index]):
        return False
    for at in range(index + 1, min(len(lines), index + 2 + HEADLINE_NOTES)):
        after = lines[at]
        if len(after.split()) >= LEDE_WORDS and _ends_a_sentence(after, first=False):
            # (past a byline or a credit, the list's last link sits there as well when the page
            # was saved without its headline: the headline tells what its first paragraph does)
            return at == index + 1 or _shares_the_ledes_words(lines[index], after)
        if at > index + HEADLINE_NOTES or not _under_a_headline(lines, at):
            return False
    return False


#: A headline and its story's first paragraph share this many words (their first five letters,
#: words of four letters or more): "Harlow Bridge Reopens After Repair" over "The Harlow
#: bridge reopened …"; a link to another story ("Harlow library extends hours") shares fewer.
HEADLINE_LEDE_WORDS = 2
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _shares_the_ledes_words(headline: str, lede: str) -> bool:
    def keys(text: str) -> set[str]:
        return {word[:5].lower() for word in _LONG_WORD.findall(text)}

    return len(keys(headline) & keys(lede)) >= HEADLINE_LEDE_WORDS


#: Lines between a headline and its story's first paragraph: a byline, a time stamp, a credit.
HEADLINE_NOTES = 2
#: A writer's name alone on its line, above the time stamp: "Lee Park" over "Tue 4 May 2026".
_NAME_LINE = re.compile(PERSON_NAME)
#: A date alone on its line, perhaps with its weekday and time: "Tue 4 May 2026 10.12 BST",
#: "May 4, 2026".
_DATE_LINE = re.compile(
    # (its clock time may come first: "10:42 a.m. ET, May 4, 2026")
    r"(?:\d{1,2}[.:]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?,? )?"
    rf"(?:(?:(?i:{WEEKDAY_WORD})|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),? )?"
    rf"(?:\d{{1,2}} (?i:{MONTH_WORD}),? \d{{4}}|(?i:{MONTH_WORD}) \d{{1,2}},? \d{{4}})"
    r"(?:,? (?:at )?\d{1,2}[.:]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?"
)


def _date_line(line: str) -> bool:
    return _stamp_line(line) or bool(_DATE_LINE.fullmatch(line.strip()))


#: Where a byline strip's time stamps begin after the writer and the paper: "Lee Park, Harlow
#: Herald Published 7:00 a.m. ET May 4, 2026 | Updated 9:12 a.m. ET May 4, 2026".
_STRIP_STAMP = re.compile(r"\s(?=(?:Published|Updated|Posted)\b)")


def _byline_strip(line: str) -> bool:
    """Whether a line is a site's byline strip: a byline naming the writer and the paper
    (:func:`~.outlets.names_writer_and_paper`, or one opening with "By"), then the page's time
    stamps and nothing else (:func:`_date_line`)."""
    found = _STRIP_STAMP.search(line)
    if not found:
        return False
    byline, stamps = line[: found.start()].strip(), line[found.end() :]
    return _date_line(stamps) and (bool(_BYLINE.match(byline)) or names_writer_and_paper(byline))


def _under_a_headline(lines: list[str], at: int) -> bool:
    """Whether a line is what a page prints under its headline, not a link to another story:
    a byline, a time stamp, a caption or credit, or a writer's name over the stamp."""
    line = lines[at]
    if _BYLINE.match(line) or _date_line(line) or furniture_kind(line) is not None:
        return True
    return bool(
        _NAME_LINE.fullmatch(line.strip()) and at + 1 < len(lines) and _date_line(lines[at + 1])
    )


#: How many lines from the top a label, a byline or a stamp glued before a paragraph is
#: looked for.
OPENING_LINES = 6
#: A writer's job after a byline's name ("By Lee Park, Staff Writer").
_JOB_WORDS = (
    r"(?:(?:Senior|Staff|Chief|Special|Contributing|Associate|Managing|Political|Science|Health"
    r"|Business|Sports|Metro|Features|Breaking News) )?(?:Writer|Reporter|Correspondent|Editor"
    r"|Columnist|Contributor)s?"
)
#: Words a paragraph under a headline has at least (a link under a link is shorter).
LEDE_WORDS = 15
#: The kicker a video page's headline carries: "WATCH: …", "VIDEO: …", "Watch live: …".
_VIDEO_KICKER = re.compile(
    r"(?:WATCH|VIDEO|Watch|Video)(?: (?:LIVE|NOW|live|now))?\s*:\s+(?P<headline>\S.*)$"
)
#: Longest line (in words) that _SHORT_BOILERPLATE may remove.
SHORT_LINE_WORDS = 10
# Headings that open a list of links to other stories; the list items are not story.
_LINK_LIST = re.compile(
    r"^(?:related|see also|read more|more from|most (?:read|popular)|you may also like|trending"
    r"|recommended|popular|more stories|latest)\b",
    re.IGNORECASE,
)
#: Words a line ending in a sentence's stop has at least to end a list of links (a link's
#: headline has no stop; "Services at the port were not affected, the operator said." is the
#: story going on under "See also" and its two links).
LINK_LIST_SENTENCE_WORDS = 8


def _story_sentence_after_links(line: str) -> bool:
    """Whether a line under a list of links is the story's again: a sentence of
    :data:`LINK_LIST_SENTENCE_WORDS` words or more, closed by one full stop, not by a cut
    teaser's dots, and no list item, telling what was done or said (a link's headline with a
    stop tells it in the present: "Council votes to shut the ferry for the winter.")."""
    text = line.rstrip()
    return (
        text.endswith(".")
        and not text.endswith("..")
        and not _BULLET.match(line)
        and len(text.split()) >= LINK_LIST_SENTENCE_WORDS
        and tells_the_past(text)
    )


_RIGHTS = re.compile(r"all rights reserved|©|\(c\)\s*\d{4}|copyright \d{4}", re.IGNORECASE)
#: A notice naming its owner without a year, glued after the story's last sentence: "… the
#: council said. Copyright Fennick Media." (the owner's words capitalised: "Copyright law
#: changed in 2019." is a sentence; alone on its line the notice is a label,
#: :data:`_SHORT_BOILERPLATE`, and a line of capitalised words may be a headline, "Copyright
#: Office Rejects Claim").
_OWNER_NOTICE = (
    r"(?:©\s*|\((?i:c)\)\s*)?(?i:copyright)\s*(?:©\s*|\((?i:c)\)\s*)?(?:(?i:by)\s+)?(?:[Tt]he\s+)?"
    r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|the|and|for)){0,5}\.?"
)
_GLUED_NOTICE = re.compile(rf"(?<=[.!?\"”’] ){_OWNER_NOTICE}\s*$")
_NOTICE_SENTENCE = re.compile(rf"{_OWNER_NOTICE}\s*")
# Sentence ends inside a line, for removing copyright notices sentence by sentence.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")


def _without_copyright(line: str) -> str:
    """The line without its copyright sentences (:data:`_RIGHTS`) and their owner's name."""
    return _without_rights(line, notices=False)


def _without_rights(line: str, *, notices: bool = True, closing: bool = False) -> str:
    """The line without its copyright sentences: a story pasted without blank lines, or a
    saved page's whole text in one block, keeps its story around a notice. With ``notices``,
    the page's other notices on its use go too (:func:`reserves_rights`); with ``closing``
    (the story's last paragraph), the outlet's "about us" lines closing it
    (:func:`describes_its_outlet`): inside the story "The Fennick Courier is an independent
    newspaper." may close a paragraph on a raided paper."""
    sentences = _SENTENCE_GAP.split(line)
    copyright_ = [bool(_RIGHTS.search(s)) for s in sentences]
    # The owner's name before "All rights reserved." is part of the notice.
    owner = [
        i + 1 < len(sentences) and copyright_[i + 1] and len(s.split()) <= 6
        for i, s in enumerate(sentences)
    ]
    # a notice naming its owner closing the line after a sentence ("… Copyright Fennick Media.")
    named = [
        0 < i == len(sentences) - 1 and bool(_NOTICE_SENTENCE.fullmatch(s))
        for i, s in enumerate(sentences)
    ]
    notice = [
        a or b or c or (notices and reserves_rights(s))
        for s, a, b, c in zip(sentences, copyright_, owner, named, strict=True)
    ]
    if not notices:
        return " ".join(s for s, gone in zip(sentences, notice, strict=True) if not gone)
    # the outlet's "about us" lines close the page, with its prompts: those after the story's
    # last sentence ("… the council said. The Harlow Herald is a nonprofit newsroom. Support
    # our work by donating today.")
    end = len(sentences)
    run = end
    while run and (
        notice[run - 1]
        or (closing and describes_its_outlet(sentences[run - 1]))
        or furniture_kind(sentences[run - 1])
    ):
        run -= 1
        if notice[run] or (closing and describes_its_outlet(sentences[run])):
            end = run
    if end < len(sentences):
        # the page's prompts before its closing notice go with it ("… the council said. Read
        # more: Bridge closure angers commuters. This article is republished under …")
        end = run
    return " ".join(s for i, s in enumerate(sentences) if i < end and not notice[i])


# Wire-service markers are upper case by convention; "End-of-year figures" is story.
#: A wire service's tag line: "AP-Wire", "(END)", "&UR;" at its start, "(MORE)" or "graf 3"
#: anywhere (see :func:`_wire_tag`).
_WIRE_TAG_START = re.compile(r"[\w&.-]+-Wire$|-?\s*\(?END\b|&\w+;")
_WIRE_TAG_INSIDE = re.compile(r"\(MORE\)|\b[Gg]raf \d+\b")


def _wire_tag(line: str) -> bool:
    """Is the line a wire service's tag? The tags found anywhere are searched for only in a
    line holding their words: a search at every place of every line would cost more than
    the rest of the line's reading."""
    if _WIRE_TAG_START.match(line):
        return True
    return ("(MORE)" in line or "raf " in line) and bool(_WIRE_TAG_INSIDE.search(line))


@lru_cache(maxsize=1 << 14)
def _rights(line: str) -> bool:
    """Does the line hold a copyright notice (:data:`_RIGHTS`)? Searched for only in a line
    holding the start of one, as :func:`_wire_tag`."""
    low = line.lower()
    return (
        ("©" in line or "(c)" in low or "copyr" in low or "all r" in low)
        and bool(_RIGHTS.search(line) or _GLUED_NOTICE.search(line))
    ) or (
        (low.startswith("about ") or any(map(low.__contains__, _NOTICE_HINTS)))
        and any(reserves_rights(s) or describes_its_outlet(s) for s in _SENTENCE_GAP.split(line))
    )


#: Words one of a page's other notices holds (see :func:`reserves_rights` and
#: :func:`describes_its_outlet`): a line without any is not split into sentences to be read.
_NOTICE_HINTS = (*NOTICE_WORDS, *ABOUT_WORDS)


@dataclass
class _Page:
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    #: an upper-case name line above the headline ("THE FENNICK COURIER")
    masthead: str | None = None
    #: the place the opening dateline named ("RIBASCO"), cut from the text
    dateline: str = ""


#: Longest heading (in words) inside the page; its first line may be a longer headline.
HEADING_WORDS = 14
FIRST_HEADLINE_WORDS = 20
#: A date or a clock time: a line of figures that holds one is a time stamp, not a headline
#: ("May 4, 2026 10:45 a.m."); a headline may count ("Bridge Fund Leaves $10,000 to …").
_STAMP = re.compile(
    rf"\b{MONTH_WORD} \d|\b\d{{1,2}}[:.]\d\d\b|\b(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)


#: A page's time stamp saved on its headline's line: "Officer replaces stolen ring Posted:
#: Monday, June 23, 2014 11:03 PM EDT Updated: …".
_STAMP_AFTER_HEADLINE = re.compile(
    rf"(?<!\s)\s+(?:Posted|Updated|Published|Last updated)(?: on)?:?\s+(?:\w+day,?\s+)?"
    rf"(?:(?i:{MONTH_WORD})\s+\d|\d{{1,2}}[/.]\d).*$"
)
#: A page's date saved after its headline without a label: "Bridge reopens March 4, 2026",
#: "… 04/03/2026", "… • 4 March 2026 10:45", "… 2 hours ago" (a date with its year, or a time
#: ago; "Harlow votes on March 4" is a headline's own date).
_DATE_AFTER_HEADLINE = re.compile(
    rf"(?<!\s)\s+(?:[•|·]\s+)?(?:(?i:{WEEKDAY_WORD}),?\s+)?"
    rf"(?:(?i:{MONTH_WORD})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?i:{MONTH_WORD})\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$"
    r"|(?<!\s)\s+(?:[•|·]\s+)?\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$"
)
#: A headline's words before a date that is its own: a comma, a colon or a preposition
#: ("Election set for May 7, 2026", "Harlow remembers the liberation, 8 May 1945",
#: "Remembering the storm of October 16, 1987"); a page's date follows the headline bare.
_OWN_DATE = re.compile(
    r"(?:[,:;]|\b(?:of|on|for|from|since|until|till|to|in|at|by|before|after|through|between"
    r"|and|the))$",
    re.IGNORECASE,
)
#: Words a time stamp after a headline has at most ("Posted: Monday, June 23, 2014 11:03 PM EDT
#: Updated: Monday, June 23, 2014 11:30 PM EDT").
STAMP_WORDS = 20
#: A prompt dressed up with stars ("*** Join it LIVE here ! ***") is no headline.
_DECORATED = re.compile(r"\*{2,}")


#: A byline saved after a headline on its line: "Bridge reopens after two years By Lee Park",
#: "… By Lee Park and Sam Reyes, Harlow Herald".
_BYLINE_AFTER_HEADLINE = re.compile(
    rf"(?<!\s)\s+By\s+{PERSON_NAME}"
    rf"(?:(?:,| and|, and) {PERSON_NAME})*"
    r"(?:\s*[,|]\s*(?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})?$"
)
#: A headline whose words of four letters or more are capitalised at least this much is in
#: title case, where "By" is any word's capital ("Bridge Designed By Lee Park").
TITLE_CASE_SHARE = 0.6


def _in_title_case(text: str) -> bool:
    long = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and sum(w[:1].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def _ends_in_a_participle(text: str) -> bool:
    """Whether a headline's words end in a past participle, or one and its preposition
    ("… painted", "… shown", "… built", "… paid for")."""
    last = text.split()[-2:]
    return any(
        word.endswith(("ed", "en", "wn")) or has_verb(word, ing=False) for word in last[-1:]
    ) or (len(last) == 2 and len(last[1]) <= 4 and has_verb(last[0], ing=False))


def _split_stamp(line: str) -> tuple[str, str] | None:
    """A headline and the time stamp or the byline saved after it on its line, or None (a
    printed page's folio ending in its day, "A6 | THE HARLOW HERALD | SUNDAY, APRIL 12, 2026",
    is left whole)."""
    if folio_paper(line):
        return None
    found = (
        "Posted" in line or "Updated" in line or "Published" in line or "updated" in line
    ) and (_STAMP_AFTER_HEADLINE.search(line))
    if not found and len(line.split()) <= FIRST_HEADLINE_WORDS + STAMP_WORDS:
        found = _DATE_AFTER_HEADLINE.search(line)
        if found and _STAMP.search(line[: found.start()]):
            return None  # a time stamp whole ("Updated 10:45 AM ET, Mon May 4, 2026")
        if found and _OWN_DATE.search(line[: found.start()]) and found[0].strip()[0] not in "•|·":
            return None  # the headline's own date: "… set for May 7, 2026", "…, 8 May 1945"
        if not found and " By " in line:
            found = _BYLINE_AFTER_HEADLINE.search(line)
            before = line[: found.start()] if found else ""
            # "… Designed By Lee Park", "… painted By Lee Park", "… built By Local Firm", "…
            # paid for By Taxpayers": the headline's own agent
            if found and (_in_title_case(before) or _ends_in_a_participle(before)):
                return None
    if not found or found.start() == 0:
        return None
    head = line[: found.start()]
    stamp = line[found.start() :].strip()
    if (
        # (a paper's name of two words may head its card's stamp: "Harlow Herald | May 5, 2026,
        # 10:42 a.m.")
        (len(head.split()) < 3 and not paper_name_alone(head))
        or head.rstrip().endswith(SENTENCE_FINAL)
        or len(stamp.split()) > STAMP_WORDS
    ):
        return None  # (a sentence after the stamp: the line is split where its story opens)
    return head, stamp


#: Closing marks a headline may end in: its quotation ("… a ‘tragic accident’") or a note in
#: brackets ("… Reopens (Video)").
_CLOSING_MARKS = "\"”’')]"


_ASKS_THE_READER = re.compile(r"\b(?:you|your|we|our|I)\b|^(?:ever|remember)\b", re.IGNORECASE)


def _ends_a_sentence(line: str, *, first: bool) -> bool:
    """Whether the line ends as a sentence does, not as a headline: a headline may end in a
    quotation or a bracket without a full stop inside them, and the page's first line in a
    question ("Is the Harlow bridge safe to cross?")."""
    text = line.rstrip()
    bare = text.rstrip(_CLOSING_MARKS)
    if bare != text:
        return bare.endswith((".", "!", "?", ",", "…")) or bare.endswith("..")
    if first and text.endswith("?") and len(text.split()) <= HEADING_WORDS:
        # a question to the reader ("Ever wondered why your bridge shakes?") opens a column
        return bool(re.search(r"[.!?]\s", text) or _ASKS_THE_READER.search(text))
    return text.endswith(SENTENCE_FINAL)


#: A headline's last word in initials, its stop the initials' own: "… office in L.A.", "… to
#: the U.S.", "… in Washington, D.C." (after a word or a comma, not "… Agency I.").
_CLOSING_INITIALS = re.compile(r"[\w,]\s(?:[A-Z]\.){2,3}$")


def _is_heading(line: str, *, first: bool = False) -> bool:
    """Whether a line is a heading by its length and its end: not a sentence's. A line that
    may open the page (``first``) and ends in initials ("Ferry firm moves its office to the
    U.S.") ends as a headline may: the stop is the initials'."""
    words = line.split()
    limit = FIRST_HEADLINE_WORDS if first else HEADING_WORDS
    return len(words) <= limit and (
        not _ends_a_sentence(line, first=first)
        or (
            first
            and bool(_CLOSING_INITIALS.search(line.rstrip()))
            and not _SENTENCE_INSIDE.search(line)
        )
    )


#: Words a headline has at least before a date that is its own.
OWN_DATE_WORDS = 4


def _ends_in_own_date(line: str) -> bool:
    """Whether a line is a headline ending in its own date ("Harlow council election set for
    May 7, 2026"): the date after a comma or a preposition, and before it a headline's words
    with no other figure or stamp ("Published on March 4, 2026" is a page's stamp)."""
    found = _DATE_AFTER_HEADLINE.search(line)
    head = line[: found.start()] if found else ""
    return bool(
        found
        # (a day's name before the date after a comma is a programme's or a page's stamp:
        # "Fallowfield Radio — Evening Report, Thursday 15 October 2026"; after a preposition
        # it is the headline's own: "Council vote set for Thursday, May 7, 2026")
        and not (_WEEKDAY.search(found.group(0)) and head.rstrip().endswith((",", ":", ";")))
        and _OWN_DATE.search(head)
        and sum(w.strip(",:;").isalpha() for w in head.split()) >= OWN_DATE_WORDS
        and not _STAMP.search(head)
        and not _STAMP_WORD.search(head)
    )


_WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}\b", re.IGNORECASE)
#: A page's stamp's words: "Posted on", "Last updated".
_STAMP_WORD = re.compile(r"\b(?:Posted|Updated|Published|Modified|Filed)\b", re.IGNORECASE)


#: Words a headline holding a year and no other date or time has at least: "Council faces
#: questions over 2024 repair warning" tells news; "Harlow Herald, May 2026" is a stamp.
YEAR_HEADLINE_WORDS = 6


def _stamped(line: str) -> bool:
    """Whether a line carries a page's date or time (:data:`_STAMP`): a month's day or a clock
    time; a year alone only on a short line or beside a stamp's word ("Published 2026")."""
    found = list(_STAMP.finditer(line))
    if not found:
        return False
    if not all(m["year"] for m in found):
        return True
    return (
        bool(_STAMP_WORD.search(line))
        or sum(w.strip(",:;'\"‘’“”").isalpha() for w in line.split()) < YEAR_HEADLINE_WORDS
    )


def _could_be_headline(line: str, *, first: bool = False) -> bool:
    words = line.split()
    return (
        _is_heading(line, first=first)
        and len(words) >= 3
        and not any(mark in line for mark in "|›»/")
        # three figures or more (counted only for a line that may be a heading)
        and not (
            sum(map(str.isdigit, line)) >= 3
            and (_stamped(line) or sum(w.isalpha() for w in words) < 4)
            and not _ends_in_own_date(line)
        )
        and not _BOILERPLATE.match(line)
        and not _BYLINE.match(line)
        and not _DECORATED.search(line)
        and not _MORE_FROM.match(line)
    )


#: Words of a headline's subject and verb, at least, that title case capitalises.
TITLE_CASE_WORDS = 3
#: A sentence ending inside a line ("… reopened. Crews …"; not "St. Louis" or "U.S.").
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"”’)]*\s")


#: Words that open a cry or a greeting, not a headline ("What a night for Harlow!").
_CRY = re.compile(
    r"(?:What|How|Wow|Oh|Ah|Yes|No|Hey|Happy|Congratulations|Thanks?|Welcome|Please|Good)\b"
)


def _headline_with_a_stop(line: str, first: bool) -> bool:
    """A headline closed by an exclamation mark or a full stop, as some pages print theirs: in
    title case above the story ("Harlow Bridge Reopens At Last!", "Mayor Lee Park Resigns Over
    Bridge Deal."), every word capitalised but the small ones a title leaves in lower case; or,
    on the page's first line, a short cry of news in sentence case ("Harlow mayor is getting
    married!"), addressed to no one (no "you", "we" or "I") and opening as no greeting or
    exclamation does. Either is one sentence, and otherwise a headline
    (:func:`_could_be_headline`). A story's sentence is in sentence case and ends in a full stop."""
    text = line.rstrip()
    if not text.endswith((".", "!")) or text.endswith(("..", "…")) or _SENTENCE_INSIDE.search(text):
        return False
    body = text[:-1].rstrip()
    words = [w.strip("\"“”‘’'(),:;") for w in body.split()]
    if len(words) < 4 or not _could_be_headline(body, first=first):
        return False
    content = [w for w in words if w and w[0].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    if len(content) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in content):
        return True
    return (
        first
        and text.endswith("!")
        and len(words) <= HEADING_WORDS
        and text[:1].isupper()
        and not _CRY.match(text)
        and not _ASKS_THE_READER.search(text)
    )


#: A line of names in title case, listed with commas: a headline's subject, its verb on the
#: next line ("Harlow Herald, Fennick Courier, Tessel Times" / "Win Bridge Reporting Prizes").
_NAME_LIST = re.compile(
    r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*(?:, [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)+"
    r"(?:,? (?:and|&) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)?$"
)


#: A headline line that cannot end there: on a comma, or on a word that leads into more ("Of",
#: "And", "The"), as a headline the page set on two lines ends its first. (Not a particle a
#: headline may end on, "Game On", "Snowed In", "Called Off", "It's Over", "Stand By", nor
#: "A", which may be a name's letter: "Vitamin A", nor "her", as often its object as its owner:
#: "Survivor Thanks Fisherman Who Saved Her".)
_UNFINISHED_HEADLINE = re.compile(
    r"(?:,|\s(?:of|to|at|for|from|with|after|into|as|and|or|but|the|amid|against|before"
    r"|under|than|its|his|their))$",
    re.IGNORECASE,
)


def _continues_headline(upper: str, line: str) -> bool:
    """Whether ``line`` is the rest of a headline whose first line, ``upper``, ends unfinished
    (:data:`_UNFINISHED_HEADLINE`). After a comma or a conjunction the rest may be a clause
    ("… Off Harbour Wall," over "Crew Rescued"); after a preposition, "the" or a possessive it
    is a phrase without a verb of its own ("Harlow Bridge Reopens After" over "Two-Year
    Repair"): a line with its own verb is a headline of its own under one that ends on a word
    a headline may leave there ("The Ferry Nobody Would Vouch For" over "Inspectors Warned
    Twice About Its Pumps", "Vellmouth Asks What Comes After" over "Council Meets to Plan
    …": a subject and its verb, :data:`_OWN_SUBJECT`)."""
    return (
        bool(_UNFINISHED_HEADLINE.search(upper))
        and len(f"{upper} {line}".split()) <= HEADING_WORDS
        and (
            bool(_CLAUSE_JOINT_AT_END.search(upper) or _DETERMINER_AT_END.search(upper))
            or not (has_verb(line) or _OWN_SUBJECT.match(line))
        )
    )


#: A headline's line ending on a word that its noun must follow: "… Repairs to *the*" over
#: "Damaged Pier", whatever the noun's first word ("Damaged" reads as a verb, but after "the"
#: is the pier's): the next line is the rest of it.
_DETERMINER_AT_END = re.compile(r"\s(?:the|its|his|their)$", re.IGNORECASE)


def _under_headline(headline: str, upper: str) -> bool:
    """Whether the line above, ``upper``, is where the last headline found so far ends: the
    headline itself, or the last of the lines already joined into it ("Harlow Bridge Reopens
    After" and "Two Winters of Repairs to the" over "Damaged Pier": one headline set on three
    lines)."""
    return headline == upper or headline.endswith(f" {upper}")


#: A headline's first line ending where a clause may follow: "… Harbour Wall,", "… and".
_CLAUSE_JOINT_AT_END = re.compile(r"(?:,|\s(?:and|or|but))$", re.IGNORECASE)


#: A headline with a subject of its own, its verb second ("Bridge Reopens After …", "Council
#: Says …", "Mayor to Resign"): not the rest of the names above it, a byline or a section's tags.
_OWN_SUBJECT = re.compile(
    # not a count's plural alone or before "of" ("Two Winters of Work"): a measure, no subject
    rf"^(?!(?:{NUMBER_WORD}|\d[\d,]*) [\w'’-]+s(?: of\b|$))"
    r"[\w'’-]+ (?:[\w'’-]+(?:s|ed)|is|are|was|were|will|would|can|could|may|might|must|to"
    r"|said|won|lost)\b",
    re.IGNORECASE,
)


#: Where a line of names divides into its names: commas, and a final "and" or "&".
_NAME_LIST_ITEMS = re.compile(r",? (?:and|&) |, ")


def _named_in(names: str, text: str) -> bool:
    """Whether ``text`` names every name of a line of names, in full, by its first word
    ("Afar Magazine" as "Afar") or by its last (a person by the surname: "Jo Smith" as
    "Smith")."""
    for name in _NAME_LIST_ITEMS.split(names):
        forms = "|".join(map(re.escape, {name, name.split()[0], name.split()[-1]}))
        if not re.search(rf"(?<![\w'’-])(?:{forms})(?![\w'’-])", text):
            return False
    return True


def _completes_headline(
    line: str, index: int, lines: list[str], headlines: list[str], below: _Below
) -> bool:
    """Whether ``line`` is the rest of a headline whose subject, a list of names, is the line
    above it (:data:`_NAME_LIST`); it may hold a year ("Win 2026 … Prizes").

    The names must be the story's subject: the story below names each of them, as a story of
    prize winners names the winners. A line of names that is not the headline's subject, its
    writers ("Lee Park, Jo Smith") or its section's tags ("Politics, Local News"), is not
    what the story is about, and the headline below it stands alone, whatever its words
    ("Police Close Bridge"); so does one with a subject of its own (:data:`_OWN_SUBJECT`)."""
    if (
        index > 0
        and bool(headlines)
        and _under_headline(headlines[-1], lines[index - 1])
        and _continues_headline(headlines[-1], line)
        and _is_heading(line)
        and not _BYLINE.match(line)
        and not _BOILERPLATE.match(line)
        and sum(word.isalpha() for word in line.split()) >= 1
        and not _ends_a_sentence(line, first=False)
    ):
        return True  # "Harlow Bridge Reopens After" over "Two-Year Repair": one line cut in two
    return (
        index > 0
        and bool(headlines)
        and lines[index - 1] == headlines[-1]
        and bool(_NAME_LIST.match(headlines[-1]))
        and _is_heading(line)
        and line[:1].isupper()
        and sum(word.isalpha() for word in line.split()) >= 4
        and not _BYLINE.match(line)
        and not _BOILERPLATE.match(line)
        and not _OWN_SUBJECT.match(line)
        and _named_in(headlines[-1], below(index))
    )


#: How much of the text below a headline is searched for the names above it: the story's
#: opening, where a story of prize winners names them. A bound keeps a page of thousands of
#: such lines from searching the rest of the page at each of them.
_OPENING_CHARS = 20_000


class _Below:
    """The text below each line of a page, its opening of whole lines up to about
    :data:`_OPENING_CHARS` characters, cut from the page joined once."""

    def __init__(self, lines: list[str]):
        self._text = "\n".join(lines)
        self._starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))

    def __call__(self, index: int) -> str:
        begin = self._starts[index + 1]
        end = bisect.bisect_left(self._starts, begin + _OPENING_CHARS)
        return self._text[begin : self._starts[min(end, len(self._starts) - 1)]]


def _in_capitals(line: str) -> bool:
    """Whether every letter of a line is a capital (and it has three letters or more)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _is_masthead(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return 0 < len(line.split()) <= 6 and len(letters) >= 3 and all(c.isupper() for c in letters)


#: Words that name a newspaper or a station in a masthead; a section heading above the
#: story ("NATIONAL FORECAST") or a site's banner names none.
_PRESS_WORDS = re.compile(
    r"\b(?:TIMES|POST|HERALD|COURIER|JOURNAL|TRIBUNE|GAZETTE|CHRONICLE|PRESS|LEDGER|GLOBE|STAR"
    r"|SUN|RECORD|OBSERVER|GUARDIAN|TELEGRAPH|MAIL|EXPRESS|REGISTER|INQUIRER|EXAMINER|DISPATCH"
    r"|SENTINEL|BULLETIN|MONITOR|STANDARD|INDEPENDENT|MIRROR|CITIZEN|DEMOCRAT|REPUBLIC|BEE|BLADE"
    r"|PLAIN DEALER|ENQUIRER|ADVOCATE|ADVERTISER|GAZETTE|PATRIOT|NEWS|TODAY|DAILY|WEEKLY|RADIO|TV)\b"
)


#: Words a headline in capitals has at least, besides the words of a paper's name.
SHOUTED_HEADLINE_WORDS = 4


def _shouted_headline(line: str) -> bool:
    """A short line in capitals that names no paper or station and tells something: four
    words or more, one of them a verb ("KILLED", "TO", "WILL", or a verb in "-S" where a verb
    stands, "MAYOR RESIGNS OVER BRIDGE DEAL"; a name or a plural closing the line, "LOWELL
    THOMAS TRAVEL AWARDS", tells nothing and is left as a masthead)."""
    words = line.split()
    return (
        len(words) >= SHOUTED_HEADLINE_WORDS
        and not _PRESS_WORDS.search(line.upper())
        and (
            has_verb(line.lower())
            or any(w in {"TO", "IS", "ARE", "WAS", "WERE", "WILL", "SAYS", "SAY"} for w in words)
            or tells_with_a_verb_in_s(words)
        )
        and _could_be_headline(line)
    )


def _masthead_name(line: str | None) -> str | None:
    """``THE FENNICK COURIER`` -> ``The Fennick Courier``; trailing frequencies and dates dropped."""
    if not line or not _PRESS_WORDS.search(line.upper()):
        return None
    words = [w for w in re.split(r"[\s|·•]+", line) if w.isalpha() or "'" in w]
    name = " ".join(w.capitalize() if len(w) > 2 else w for w in words)
    return None if not name or names_no_outlet(name) else name  # ("PRESS RELEASE": no paper)


def _hard_wrapped(lines: list[str]) -> bool:
    """A paragraph broken at a fixed width, as wire copy and e-mail are.

    Every line but the last runs close to the longest, that width is a typical
    wrap width, few lines but the last end a sentence, and the block does;
    titles, bylines, headings above a paragraph and one-line paragraphs fail
    one of these.
    """
    if len(lines) < 2 or any(_BULLET.match(line) for line in lines):
        return False
    width = max(len(line) for line in lines)
    ended = sum(bool(_SENTENCE_END.search(line)) for line in lines[:-1])
    return (
        40 <= width <= 100
        and all(len(line) >= 0.75 * width for line in lines[:-1])
        and bool(_SENTENCE_END.search(lines[-1]))
        # one paragraph a line has every line end a sentence; a wrap rarely does
        and ended <= (len(lines) - 1) // 2
    )


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line not ending a sentence followed by a lower-case start."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and not out[-1].endswith(SENTENCE_FINAL)
            and line[:1].islower()
            and len(out[-1]) > 40
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: A dateline whose agency and dash were lost, opening the story: "JAKARTA/PANGKALAN BUN,
#: Indonesia Search teams …" (an upper-case place and its country; "NASA Administrator"
#: has no comma, so it stays).
_BARE_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ /'-]+[A-Z]{2,})*, [A-Z][a-z]+(?: [A-Z][a-z]+)? (?=[A-Z][a-z])"
)


def _strip_dateline(line: str, page: _Page) -> str:
    match = _DATELINE.match(line)
    if not match and not page.paragraphs and (bare := _BARE_DATELINE.match(line)):
        page.dateline = page.dateline or bare.group().strip()
        return line[bare.end() :]
    if not match or not (match.group("outlet") or _looks_like_place(match.group("place"))):
        return line
    if len(match.group("outlet") or "") >= 40 and not long_newsrooms_name(match.group("outlet")):
        return line  # many words in brackets naming no newsroom: "(Lisse Valley Ramblers and …)"
    if (match.group("place") or "").startswith("By "):
        return line  # a byline with its syndicate's mark: "By Lee Park, Harlow Herald (TNS)"
    if page.paragraphs and not (match.group("outlet") or re.search(r"[—–_]|--", match.group())):
        return line  # below the opening, "LONDON - Officials said…" may be story
    rest = line[match.end() :]
    # (a line closed by a place and its region in brackets, with no dash after them, is no
    # dateline: "Carrick Bay Courier (Carrick, Maine)", a paper with its town)
    town = (
        not rest and match.group().rstrip().endswith(")") and "," in (match.group("outlet") or "")
    )
    if town or not (rest[:1].isupper() or rest[:1] in "“\"‘'"):
        return line
    if (
        not match.group("outlet")
        and _looks_like_place(match.group("place"))
        and (paper := paper_between_dashes(rest))
    ):
        # the paper between dashes after the place: "HARLOW, Maine — The Harlow Herald — …"
        page.outlet = page.outlet or outlet_name(paper.group("outlet"))
        rest = rest[paper.end() :]
    if match.group("outlet") and page.outlet is None:
        page.outlet = outlet_name(match.group("outlet"))
    page.dateline = page.dateline or (match.group("place") or "").strip()
    return rest


def _looks_like_place(place: str | None) -> bool:
    """Datelines open with an upper-case place name: "LONDON", "RIVERTON, Oct 3", or two:
    "LONDON/NEW YORK", each of at least three letters ("AC/DC - The band …" opens a story)."""
    if not place:
        return False
    head = place.split(",")[0].strip()
    return all(len(part.strip()) >= 3 for part in head.split("/")) and (
        head.replace(" ", "").replace(".", "").isupper()
    )


#: A photo's credit in brackets inside a paragraph, after the caption it closes and before the
#: story going on: "… Postmedia CEO Lee Park. (Sam Reyes/Harlow Press) “She always …".
_INLINE_CREDIT = re.compile(
    rf"(?<=[.!?\"”’]) \({person_name(0, 3)} ?/ ?[A-Z][\w.&'’ -]{{1,40}}\) (?=[A-Z\"“‘'])"
)
#: The site's or an agency's name alone in brackets, as the credit of a caption that names
#: someone without a verb: "… Lee Park, a former mill worker. (HTV) Sam Reyes, …".
_INLINE_NAME_CREDIT = re.compile(
    r"(?<=[.!?\"”’]) \([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\) (?=[A-Z\"“‘'])"
)
#: A caption before an inline credit is one sentence of at most this many words.
INLINE_CAPTION_WORDS = 40


def _last_words_start(line: str, end: int) -> int:
    """Where the last INLINE_CAPTION_WORDS + 2 words before ``end`` begin (0: the line's
    start): a caption is read from them alone, so that a long paragraph with many bracketed
    names is not split again from its start at each one."""
    cut = end
    for _ in range(INLINE_CAPTION_WORDS + 2):
        cut = line.rfind(" ", 0, cut)
        while cut > 0 and line[cut - 1] == " ":
            cut -= 1
        if cut <= 0:
            return 0
    return cut


def _without_inline_credits(line: str, page: _Page) -> str:
    """The paragraph without the photo captions and credits saved inside it (a page's text
    copied with its pictures): the sentence before each credit is the picture's caption. A
    credit that is a name alone ("(HTV)") is one only after a caption without a verb."""
    kept: list[str] = []  # the story before ``done``, the captions taken out
    done = 0
    # each kind's next credit, searched for again only once passed (a search to the line's
    # end at each credit of the other kind would read a long paragraph over and over)
    ahead = {p: p.search(line) for p in (_INLINE_CREDIT, _INLINE_NAME_CREDIT)}
    while found := min((m for m in ahead.values() if m), key=lambda m: m.start(), default=None):
        for p, m in ahead.items():
            if m is not None and m.start() <= found.start():
                ahead[p] = p.search(line, found.end())
        cut = max(done, _last_words_start(line, found.start()))
        pieces = list(split_paragraph(line[cut : found.start()]))
        caption = pieces[-1] if pieces else ""
        slashed = "/" in found.group()
        if (
            not caption
            or (cut > done and len(pieces) == 1)  # a sentence begun before the words read
            or len(caption.split()) > INLINE_CAPTION_WORDS
            or (not slashed and has_verb(caption))
        ):
            continue
        page.removed.append(f"{pieces.pop()}{found.group().rstrip()}")
        if head := " ".join([line[done:cut].strip(), *pieces]).strip():
            kept.append(head)
        done = found.end()
    if not done:
        return line
    return " ".join([*kept, line[done:].strip()]).strip()


#: A byline, a time stamp or a reading time glued before the first sentence, as copying a
#: page loses the breaks around them: "By Lee Park May 4, 2026 The bridge …", "Published
#: May 4, 2026 The bridge …", "Updated 10:45 a.m. The bridge …", "By Lee Park, Staff Writer
#: The bridge …", "4 min read The bridge …" (then the dateline, if any, is read as usual).
_STAMP_DATE = (
    rf"(?:(?i:{WEEKDAY_WORD}),? )?(?:(?i:{MONTH_WORD}) \d{{1,2}},? \d{{4}}|\d{{1,2}} (?i:{MONTH_WORD}),? \d{{4}})"
    r"(?:,? (?:at )?\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?"
)
_STAMP_TIME = r"\d{1,2}[:.]\d\d ?[AaPp]\.?[Mm]\.?(?: [A-Z]{2,4})?"
_OPENING_STAMP = re.compile(
    # (the byline's end is told by the writer's job or by the date after it: "By Lee Park The
    # bridge …" is left alone, the name's end unknown)
    r"(?:By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:,? (?:and|&) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})?"
    rf"(?:,? {_JOB_WORDS}\s+(?:(?:Published|Updated|Posted):? )?(?:{_STAMP_DATE}\s+)?"
    rf"|(?:(?:,| \||,? for) (?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,4}}?)?"
    rf"(?: [|•·-])? (?:(?:Published|Updated|Posted):? )?{_STAMP_DATE}\s+)"
    rf"|(?:(?:Last )?(?:Published|Updated|Posted)(?: on)?:? )?(?:{_STAMP_DATE}|{_STAMP_TIME})\.?\s+"
    r"|\d{1,2} min(?:ute)?s? read\s+)"
    r"(?=[A-Z\"“‘'])"
)


def _split_opening_label(line: str) -> list[str]:
    """A paragraph of story split from a label of the page's template glued before it ("Share
    this article The council voted …", "Getty Images The bridge reopened …") or a byline or
    a time stamp (:data:`_OPENING_STAMP`): the two as lines of their own, so that the label
    does not make the whole paragraph furniture nor open its first sentence, and a byline
    still names the outlet. A short line after the label (a caption under its credit) is
    left whole, for the furniture reader."""
    bare = without_glued_labels(line)
    if not line.endswith(bare):
        return [line]  # (a label glued after a sentence inside: the paragraph's reader drops it)
    if bare == line and line[:1] in _STAMP_OPENERS and (found := _OPENING_STAMP.match(line)):
        bare = line[found.end() :]
    if bare == line or len(bare.split()) < LEDE_WORDS or not _ends_a_sentence(bare, first=False):
        return [line]
    head = line[: len(line) - len(bare)].strip()
    return [head, bare] if head else [bare]


#: The first letters of what :data:`_OPENING_STAMP` reads ("By", "Published", a month, a
#: weekday, a figure): other lines are not tried.
_STAMP_OPENERS = frozenset("BPUL0123456789MTWFSJAOND")


def _unfinished_furniture(line: str) -> bool:
    """Whether a line with no stop at its end is a heading, a byline or a page's label, as
    :func:`_classify` reads it."""
    return _is_heading(line) or bool(_BYLINE.match(line) or _SHORT_BOILERPLATE.match(line))


def _classify(line: str, index: int, page: _Page) -> str | None:
    """Return the story text of a line, or None when the line is not story."""
    line = without_pronunciation(without_update_label(without_desk_tag(without_glued_labels(line))))
    line = without_highlight_link(line)
    appeared = _APPEARED_FIRST.match(line)
    if appeared:
        page.outlet = appeared.group("outlet").strip()
        page.title = page.title or appeared.group("title").strip()
        return None
    if _rights(line):
        # the rest of a footer after its notice is read again: "Read the original article on
        # Harlow Herald. Copyright 2026." is a pointer once "Copyright 2026." is gone
        # (a line that is furniture once its copyright is gone stays furniture whole: a
        # caption before "… All rights reserved. This material may not be published …" is
        # not kept because both notices went)
        # (the page's other notices go alone: the sentences left are read as they were, not
        # as a shorter line, which a short line's rule might take for a prompt)
        rest = _without_copyright(line)
        bare = _without_rights(line)
        if not bare or (rest != line and (not rest or furniture_kind(rest))):
            return None
        if bare != rest and (
            _BARE_BYLINE.match(bare)
            or (not rest.rstrip().endswith(SENTENCE_FINAL) and _unfinished_furniture(rest))
        ):
            # the byline a notice was glued to, now closed by the notice's stop; or a line the
            # page left unfinished with a notice ("Lee Park. Republish this article", "Bridge
            # closure angers commuters. Republish this article"): what was left before the
            # notice is read as the line it was, a heading or a byline, not as a sentence
            return None
        line = bare
    # (a page's words credited to a speaker are the speaker's, reported: "Subscribe to the
    # pension scheme before June, the union told members."; or named: "Support local
    # journalism was the theme of the conference.")
    if (_BOILERPLATE.match(line) and not someone_elses_words(line)) or _wire_tag(line):
        return None
    if (
        (label := _SHORT_BOILERPLATE.match(line))
        and (
            not line.rstrip().endswith(SENTENCE_FINAL)
            or (len(line.split()) <= SHORT_LINE_WORDS and _AFTER_LABEL.match(line, label.end()))
        )
        and not someone_elses_words(line)
    ):
        return None
    if _date_line(line):  # "Posted May 4, 2026", "May 4, 2026 10:42 a.m." (its stop the clock's)
        return None
    if _byline_strip(line):
        return None
    if _BYLINE.match(line) and not line.endswith(SENTENCE_FINAL):
        return None
    line = _BULLET.sub("", line)
    if len(page.paragraphs) < DATELINE_PARAGRAPHS:  # a summary may come first
        line = _strip_dateline(line, page)
    if index < TOP_LINES and not page.paragraphs and unstopped_scene_caption(line):
        # a picture's description over the headline, longer than a heading and without a full
        # stop ("Passengers wrapped in blankets on the quay at Pellow harbour after the rescue
        # on Tuesday"): no opening of the story, and the headline under it stays one
        return None
    if _is_heading(line) or (
        # a headline the site's name closes is a heading by its headline's length ("Seven
        # hurt as dust blast rips roof off Mossend grain silo | The Tullow Sentinel")
        index < TOP_LINES
        and (head := headline_without_site(line)) != line
        # (on the page's first line, as long as a headline there may be: "Fire guts the
        # Harlow mill, forty jobs lost as owners weigh whether to rebuild | The Tullow Sentinel")
        and _is_heading(head, first=index == 0)
    ):
        return None
    if ") " not in line:
        return line
    story = _without_inline_credits(line, page)
    if story != line and _rights(story):
        # a notice after a picture's credit starts no sentence of its own ("… on Tuesday.
        # (Lee Park/Harlow Herald) This material may not be published …"): it is read once the
        # caption and its credit are gone
        story = _without_rights(story)
    return story or None


#: A headline over its standfirst has this many words at least (a kicker, "BRIDGE COLLAPSE",
#: or a section's name is shorter) …
HEADLINE_OVER_STANDFIRST_WORDS = 4
#: … and the standfirst under it this many more: a deck in the headline's clipped style is
#: often only a word or two longer ("Magnitude 5.8 earthquake injures 14 in Ostry" over "Dozens
#: of houses damaged as tremor wakes mountain town"); a line no longer than the heading above
#: it is read by length, the fuller line as the headline.
STANDFIRST_MORE_WORDS = 1
#: A line under the heading that is fewer than this many words longer may as well be the
#: headline under a shorter link to another story or a topic's label ("Kelby ferry strike
#: enters third day" over "Ferry sinks off Kelby harbour, six crew rescued"): the upper is
#: its headline only when it tells the story's opening as much as the line under it does.
STANDFIRST_SURE_WORDS = 3
#: The story's opening paragraphs a headline shares words with, and how many.
OPENING_PARAGRAPHS = 3
OPENING_WORDS_SHARED = 2
#: Lines above the headline over its standfirst where another heading telling the story as
#: well makes it a link's heading, not the headline.
HEADLINE_ABOVE_LINES = 3


def _headline_over_standfirst(
    headlines: list[str], line_of: dict[int, int], paragraphs: list[str]
) -> str | None:
    """The headline on the line right above its standfirst, the longer line that sums the
    story up under it ("Carrowgate bridge falls into the Tessel" over "Four cars fell into the
    water; all six people on board were rescued"), which is no headline however full, or any
    line in small letters under a headline in capitals; a line
    sharing a word or none with the story's opening paragraphs is a slogan, not its headline
    ("Telling the county's stories since 1881"). Only the last two headings above the story
    are read so (a list of links above the headline is no headline and standfirst). None
    when they do not stand so."""
    at = len(headlines) - 2  # the last two headings above the story: below a menu's lines
    if at < 0 or at not in line_of or line_of.get(at + 1) != line_of[at] + 1:
        return None
    upper, lower = headlines[at], headlines[at + 1]
    size = len(upper.split())
    # (a headline in capitals over a line in small letters is told from it by its type, not
    # its length: "THIEVES TAKE THREE LANDSCAPES FROM MUSEUM" over "Raiders came in through a
    # skylight, police say")
    set_apart = _in_capitals(upper) and not _PRESS_WORDS.search(upper) and not _in_capitals(lower)
    if (
        not HEADLINE_OVER_STANDFIRST_WORDS <= size <= HEADING_WORDS
        or (len(lower.split()) < size + STANDFIRST_MORE_WORDS and not set_apart)
        or upper.rstrip().endswith(":")
        or top_line_is_no_headline(upper)
        or top_line_is_no_headline(lower)
    ):
        return None
    opening = set(content_stems(words(" ".join(paragraphs[:OPENING_PARAGRAPHS]))))

    def told(line: str) -> int:
        return len(set(content_stems(words(line))) & opening)

    shared = told(upper)
    if shared < OPENING_WORDS_SHARED or (
        len(lower.split()) < size + STANDFIRST_SURE_WORDS and not set_apart and told(lower) > shared
    ):
        return None
    # a heading just above that tells the story as well is the headline, the line under it a
    # link to another story ("Carrowgate bridge falls into the Tessel" over "Tessel barges
    # halted after storm" over the standfirst)
    above = [
        line
        for place, line in enumerate(headlines[:at])
        if line_of.get(place, -1) >= line_of[at] - HEADLINE_ABOVE_LINES
        and HEADLINE_OVER_STANDFIRST_WORDS <= len(line.split()) <= HEADING_WORDS
        and told(line) >= shared
        and not top_line_is_no_headline(line)
    ]
    return above[0] if above else upper


#: The heading of the readers' comments a saved page keeps below its story: "Comments (23)",
#: "23 comments", "Leave a Reply", "Join the conversation", "4 thoughts on …".
_COMMENTS_HEADING = re.compile(
    r"(?:(?:reader )?comments?(?:\s*\(\d+\))?|\d+\s+comments?|leave a (?:reply|comment)"
    r"|join the (?:conversation|discussion)|(?:\d+|one) (?:thoughts?|responses?|replies|comments?)"
    r" (?:on|to)\b.{0,120})",
    re.IGNORECASE,
)
#: A line of a comments thread, not of a story: a reply button, the thread's order, a reader's
#: name with a time ago ("brennock_mum 2 hours ago"), a count of likes.
_THREAD_LINE = re.compile(
    r"(?:reply|report|sort by\b.{0,30}|newest|oldest|(?:\d+ )?likes?"
    r"|\S{1,40}(?: \S{1,40})?\s+(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago)",
    re.IGNORECASE,
)
#: Lines under a comments heading a thread's first mark is looked for in.
THREAD_MARK_LINES = 4
#: Story paragraphs above a comments heading, at least: a count in the share bar over the
#: story is no thread.
THREAD_AFTER_PARAGRAPHS = 2


#: A forum reply's mark over its words: "level 1 · u/moorhen_77 · 5 hr. ago", "u/moorhen_77 •
#: 5h" (a user's handle, then how long ago).
_FORUM_REPLY = re.compile(
    r"(?:level \d{1,2}\s*[·•]\s*)?u/[\w-]{2,30}(?:\s*[·•]\s*\d{1,2}\s?(?:m|h|d|min|mins|hr|hrs"
    r"|hours?|days?)\.?(?: ago)?)",
    re.IGNORECASE,
)


def _comments_thread(lines: list[str]) -> int:
    """Where the readers' comments below a page's story begin: a comments heading
    (:data:`_COMMENTS_HEADING`) under two story paragraphs or more with a thread's mark
    (:data:`_THREAD_LINE`) in the lines under it; the page's length when there is none."""
    paragraphs = 0
    for at, line in enumerate(lines):
        if len(line.split()) >= LEDE_WORDS and line.rstrip().endswith(SENTENCE_FINAL):
            paragraphs += 1
        elif (
            paragraphs >= THREAD_AFTER_PARAGRAPHS
            and "u/" in line
            and _FORUM_REPLY.fullmatch(line.strip())
        ):
            return at  # a forum's first reply under the article its post quotes
        elif (
            paragraphs >= THREAD_AFTER_PARAGRAPHS
            and len(line) < 160
            and _COMMENTS_HEADING.fullmatch(line.strip())
            and any(
                # (a page's own stamp, "Updated 2 hours ago", is no reader's)
                _THREAD_LINE.fullmatch(after.strip()) and not _STAMP_WORD.match(after.strip())
                for after in lines[at + 1 : at + 1 + THREAD_MARK_LINES]
            )
        ):
            return at
    return len(lines)


def _short_headline_repeated(lines: list[str]) -> bool:
    """Whether the page's first line, of two words, repeated on one of its next two, is its
    headline ("Bridge collapses" twice, or above and below "Advertisement"), not a page's
    label around it ("Sponsored content" above and below the headline)."""
    return len(lines[0].split()) == 2 and (
        lines[0] == lines[1] or not _could_be_headline(lines[1], first=True)
    )


#: A site's host name given as its name: "harlowherald.co.uk".
_HOST_NAME = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def _metadata_outlet(raw: RawDocument) -> str | None:
    """The site's name the format gave, a host name read as the paper it is ("dallowcourier.
    co.uk" → "Dallow Courier", from the words the article names, or from the page's title line
    of site and sections) when it can be, else as given."""
    if not raw.outlet or not _HOST_NAME.fullmatch(raw.outlet):
        return raw.outlet
    lines = raw.text.splitlines()
    return (
        site_of_host(raw.outlet, lines)
        or (site_in_page_title(raw.page_title) if raw.page_title else None)
        or raw.outlet
    )


def ingest(raw: RawDocument, file: str, article_id: int) -> Article:
    """Separate story from chrome and find the title and the outlet."""
    # a page's title carries its site's name ("Bridge Reopens | Harlow Herald"): the outlet is
    # read from the whole line, the headline is what is left
    page = _Page(
        title=headline_without_site(raw.title) if raw.title else None,
        outlet=_metadata_outlet(raw),
    )
    lines: list[str] = []
    for block in _BLANK_LINE.split(raw.text):
        block_lines = [" ".join(line.split()) for line in block.split("\n")]
        block_lines = [line for line in block_lines if line]
        lines += (
            [" ".join(block_lines)] if _hard_wrapped(block_lines) else _join_wrapped(block_lines)
        )
    if lines:
        lines[-1] = without_closing_desk_tag(lines[-1])
    if (
        len(lines) > 1
        and lines[0] in lines[1:3]
        and len(lines[0].split()) <= 25
        and (len(lines[0].split()) >= 3 or _short_headline_repeated(lines))
    ):
        # a headline the page repeats (title and heading) even when it ends in "L.A." (a word
        # or two repeated is a page's label around its headline: "Advertisement")
        page.title = page.title or headline_without_site(lines[0])
        page.removed.append(lines.pop(0))
    headlines: list[str] = []
    line_of: dict[int, int] = {}  # a headline's place in ``headlines``: its line's index
    # the words of a kicker taken off a headline ("Live: …"), still counted in its length: a
    # shorter line under it is its standfirst, not a longer headline
    kicker_words: dict[int, int] = {}
    top = 0  # the lines in capitals above the page, taken off at once after (not one by one)
    while top < len(lines) and _is_masthead(lines[top]):
        if (
            headlines
            and _under_headline(headlines[-1], lines[top - 1])
            and _continues_headline(headlines[-1], lines[top])
        ):
            # "HARLOW BRIDGE REOPENS AFTER" over "TWO-YEAR REPAIR": one headline in capitals
            # set on two lines
            headlines.append(f"{headlines.pop()} {lines[top]}")
        elif _shouted_headline(lines[top]):
            # "BRIDGE REOPENS AFTER TWO YEARS": a headline in capitals, not a paper's name; a
            # longer headline below it is still preferred
            headlines.append(lines[top])
        page.masthead = page.masthead or lines[top]
        page.removed.append(lines[top])
        top += 1
    del lines[:top]
    in_link_list = False
    for index in range(min(TOP_LINES, len(lines))):
        if stamped := _split_stamp(lines[index]):
            lines[index] = stamped[0]
            page.removed.append(stamped[1])
    # the label of news a page added later goes before its lines are read as furniture:
    # "Updated at 4:15 p.m.: Police reopened the road." is news, not a page's time stamp
    labelled = [without_update_label(line) for line in lines]
    # ("UPDATE: Harlow Marathon as It Happens": the label's words count toward its headline's
    # length as any kicker's do)
    label_words = {
        after: cut
        for before, after in zip(lines, labelled, strict=True)
        if (cut := len(before.split()) - len(after.split())) > 0
    }
    lines = without_speaker_labels(labelled)
    lines = [
        part
        for index, line in enumerate(lines)
        for part in (_split_opening_label(line) if index < OPENING_LINES else [line])
    ]
    furniture = furniture_lines(lines)
    # a headline under its site's name ("Harlowpost: Man held after bridge fire") reads as a
    # labelled caption; the site may be known only by the outlet the page names elsewhere
    site_headline = (
        headline_under_site(lines[0], page.outlet or outlet_in_text(lines, raw.title))
        if furniture.get(0) == "caption" and ": " in lines[0]
        else None
    )
    if site_headline:
        del furniture[0]
    for index in range(min(TOP_LINES, len(lines))):
        glued = None if index in furniture else split_caption_from_lede(lines[index])
        if glued:
            page.removed.append(glued[0])
            lines[index] = glued[1]
        pasted = None if index in furniture else split_pasted_headline(lines[index])
        if pasted:  # "… Woman Says BAKERSFIELD, Calif. (CN) - A money-transfer company …"
            page.removed.append(pasted[0])
            if _could_be_headline(pasted[0]) and not names_writer_before_dateline(pasted[0]):
                headlines.append(pasted[0])
            lines[index] = pasted[1]
    # a story paragraph with the page's prompt glued to its end keeps its story (the lines
    # themselves stay as they are, for the outlet's reader)
    glued_story = {
        index: glued for index in furniture if (glued := story_before_glued_prompt(lines[index]))
    }
    below = _Below(lines)
    thread = _comments_thread(lines)
    for index, line in enumerate(lines):
        if index >= thread:
            page.removed.append(line)  # readers' comments below the story
            continue
        if index in glued_story:
            line, prompt = glued_story[index]
            page.removed.append(prompt)
        elif index in furniture:
            page.removed.append(line)
            if (
                not page.paragraphs
                and index < TOP_LINES
                and furniture[index] == "video"
                and (kicked := _VIDEO_KICKER.match(line))
                and _could_be_headline(kicked.group("headline"), first=index == 0)
            ):
                # "WATCH: Harlow bridge reopens after two years": a video page's headline under
                # its kicker (the same label over a paragraph is a prompt)
                kicker_words[len(headlines)] = (
                    label_words.get(line, 0)
                    + len(line.split())
                    - len(kicked.group("headline").split())
                )
                headlines.append(kicked.group("headline"))
            continue
        if index == 0 and site_headline:
            headlines.append(site_headline)
            page.removed.append(line)
            continue
        if _LINK_LIST.match(line) and len(line.split()) <= 5:
            in_link_list = True
        elif (
            in_link_list
            and (_BULLET.match(line) or len(line.split()) < LEDE_WORDS)
            and not _story_sentence_after_links(line)
            and (page.paragraphs or not _heads_the_story(lines, index))
        ):
            page.removed.append(line)
            continue
        else:
            in_link_list = False
        story = _classify(line, index, page)
        if story is not None and not page.paragraphs and _headline_with_a_stop(story, index == 0):
            # "Harlow Bridge Reopens At Last!": a headline, its stop notwithstanding
            line_of[len(headlines)] = index
            headlines.append(story)
            page.removed.append(line)
            continue
        if (
            story is not None
            and (
                index == 0
                or (
                    line.endswith("?")
                    and not page.paragraphs
                    and all(map(paper_name_alone, headlines))
                )
                # (so does a long headline under the page's furniture only, a consent banner,
                # a forum's or a network's rows, the paper's name: nothing above it could be
                # a headline)
                or (not page.paragraphs and not any(map(_could_be_headline, headlines)))
            )
            and _could_be_headline(line, first=True)
        ):
            # (a question under the page's labels, "Subscriber exclusive" over "Who owns the
            # warehouse that burned?", opens the page as a first line does)
            # a long headline on the page's first line, or its standfirst: a headline either
            # way, and kept as story in case it is the standfirst's sentence
            line_of[len(headlines)] = index
            headlines.append(line)
        if story is None:
            page.removed.append(line)
            if not page.paragraphs and _completes_headline(line, index, lines, headlines, below):
                # "Harlow Herald, Fennick Courier" above "Win 2026 Bridge Reporting Prizes": one
                # headline over two lines, its subject on the first
                headlines.append(f"{headlines.pop()} {line}")
                line_of[len(headlines) - 1] = index
            elif not page.paragraphs and _could_be_headline(
                head := headline_without_site(line) if index < TOP_LINES else line,
                first=index == 0,
            ):
                line_of[len(headlines)] = index
                cut = (
                    label_words.get(line, 0) + len(line.split()) - len(without_kicker(line).split())
                )
                if cut > 0:
                    kicker_words[len(headlines)] = cut
                headlines.append(_BULLET.sub("", head))
        else:
            page.paragraphs.append(story)
    while page.paragraphs and _rights(last := page.paragraphs[-1]):
        # the outlet's "about us" line closes the page, alone or after the last sentence
        if (kept := _without_rights(last, closing=True)) == last:
            break
        page.removed.append(last)
        if kept:
            page.paragraphs[-1] = kept
            break
        page.paragraphs.pop()
    if page.title is None and headlines:
        # The headline is the fullest heading above the story, not the site's name or menu,
        # nor a byline longer than the headline above it ("Lee Park, Staff Writer, The Harlow
        # Herald")
        # (the first of equals wins: by position, not by ``headlines.index``, which would
        # search the list again for each of a page's thousands of title-case lines)
        page.title = (
            _headline_over_standfirst(headlines, line_of, page.paragraphs)
            or max(
                enumerate(headlines),
                key=lambda at: (
                    not top_line_is_no_headline(at[1]),
                    # (a paper's name alone over the headline is its masthead: "The Harlow
                    # Dispatch" over "What went wrong at the bridge?")
                    not paper_name_alone(at[1]),
                    len(at[1].split()) + kicker_words.get(at[0], 0),
                    -at[0],
                ),
            )[1]
        )
    if page.title and top_line_is_no_headline(page.title):
        # a caption, a byline or "The Harlow Herald said in an editorial on Monday:" at the
        # top of the page is no headline: the article is listed by its opening words
        page.title = None
    in_text = page.outlet or outlet_in_text(
        lines, raw.title or (lines[0] if lines else None), headline=page.title
    )
    # the page's own address or its title line of site and sections, as the format kept them
    in_format = None
    if not in_text:
        in_format = (
            (site_of_url(raw.url, lines) if raw.url else None)
            or (site_in_page_title(raw.page_title) if raw.page_title else None)
            # "<headline> - Greyhaven Press": the site after the headline the page has elsewhere
            or (
                site_after_headline(raw.page_title, raw.title, lines)
                if raw.page_title and raw.title
                else None
            )
            # the site signing its pages with its own name in the author field
            or (paper_as_author(raw.author) if raw.author else None)
        )
    page.outlet = (
        in_text
        or in_format
        or _masthead_name(page.masthead)
        or release_outlet(lines, page.masthead)
    )
    if page.outlet and not raw.outlet:
        # "(BNS)" in the dateline, "Brisk News Service" in the byline: one outlet, by its name
        page.outlet = spelled_out(page.outlet, lines) or page.outlet
    outlet_from: OutletFrom = (
        "metadata" if raw.outlet or in_format else ("text" if page.outlet else "file")
    )
    if not page.outlet and (archived := outlet_in_archive_id(file_stem(file))):
        page.outlet, outlet_from = archived, "archive id"
    outlet = page.outlet or outlet_from_filename(file)
    page.title = page.title or headline_in_file_name(file, page.paragraphs)
    title = page.title or title_from_filename(file)
    return Article(
        id=article_id,
        file=file,
        title=title,
        outlet=outlet,
        outlet_from=outlet_from,
        paragraphs=tuple(page.paragraphs),
        removed=tuple(page.removed),
        title_from="headline" if page.title else "file",
        dateline=page.dateline,
        signed_by=signing_outlet(lines, raw.title or (lines[0] if lines else None)) or "",
    )


#: Words a name in title case keeps in lower case after its first word ("Herald of the Fens").
_NAME_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "but",
        "by",
        "for",
        "in",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "upon",
        "via",
        "with",
    ]
)


def initials_spelled_out(articles: Sequence[Article]) -> list[Article]:
    """The articles with an outlet a dateline names by its initials ("BNS") renamed as another
    article in the folder names it in full ("Brisk News Service", :func:`spelled_out`): one
    agency is one outlet, however each page writes it."""
    names = sorted({a.outlet for a in articles if a.outlet_from not in ("file", "archive id")})
    renamed = list(articles)
    for at, article in enumerate(articles):
        if article.outlet_from != "text" or not article.outlet.isupper():
            continue
        others = [name for name in names if name != article.outlet]
        if full := spelled_out(article.outlet, others):
            renamed[at] = replace(article, outlet=full)
    return renamed


def outlet_from_filename(file: str) -> str:
    """``harbor-herald.txt`` -> ``Harbor Herald``, ``herald-of-the-fens.txt`` -> ``Herald of
    the Fens``; meaningless names are kept as they are."""
    stem = file_stem(file)
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    if words and all(w.isalpha() for w in words):
        return " ".join(
            w
            if w.isupper()
            else w.casefold()
            if i and w.casefold() in _NAME_SMALL_WORDS
            else w.capitalize()
            for i, w in enumerate(words)
        )
    return stem


#: Words of a headline a page's address carries as its file name ("kestra-bridge-collapse-
#: kills-two.html"): at least this many, and this many of its content words told in the lead.
SLUG_WORDS = 4
SLUG_WORDS_IN_LEAD = 2
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){3,15}")


def headline_in_file_name(file: str, paragraphs: Sequence[str]) -> str | None:
    """The headline a saved page's name carries, as a site's address writes it in lower case
    joined by hyphens ("kestra-bridge-collapse-kills-two.html" → "Kestra bridge collapse kills
    two"): four words or more, mostly words not figures, two of its content words in the
    article's lead; a word the article writes only capitalised is capitalised ("Kestra").
    None for any other name ("p01", "NYT19981012.0242", "notes-from-the-meeting")."""
    stem = file_stem(file)
    if not paragraphs or not _SLUG.fullmatch(stem):
        return None
    parts = re.split(r"[-_]", stem)
    if len(parts) < SLUG_WORDS or sum(p.isalpha() for p in parts) < SLUG_WORDS:
        return None
    if any(a.isdigit() and b.isdigit() for a, b in itertools.pairwise(parts)) or any(
        paper_name_alone(" ".join(p.capitalize() for p in parts[at : at + size]))
        for size in (2, 3)
        for at in range(len(parts) - size + 1)
    ):
        return None  # a name the user gave: its date ("2026-06-04"), its paper ("harlow-herald")
    lead = paragraphs[0]
    if (
        len(set(content_stems(parts)) & set(content_stems(words(lead.lower()))))
        < SLUG_WORDS_IN_LEAD
    ):
        return None
    text = " ".join(paragraphs[:5])
    written = [
        part.capitalize()
        if re.search(rf"\b{part.capitalize()}\b", text) and not re.search(rf"\b{part}\b", text)
        else part
        for part in parts
    ]
    return " ".join([written[0][:1].upper() + written[0][1:], *written[1:]])


def title_from_filename(file: str) -> str:
    """The file's name without folder or suffix: the title of last resort."""
    return file_stem(file)
