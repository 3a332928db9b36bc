"""Clock times a sentence gives ("about 4:20 a.m."): the one reader of them.

A clock time is not a count ("4:20" is not 4 or 20 of anything, nor is the hour of "at 4
a.m." or "4 o'clock" four of anything: :func:`hour_told`) and not a date, so
:mod:`.numbers` leaves it alone; this module reads it, with whether it is
approximate and the zone it is given in. Midnight and noon named as a moment ("at
midnight", "a few minutes after midnight") are clock times too, and a time told from
another ("at 11:43 p.m. ... four minutes later") is read as the moment it names; times
are compared round the clock, so 11:47 p.m. is no report of "a few minutes after midnight". Alignment asks it whether two sentences
time their events apart; the disagreement stage, whether they time one event two
ways.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .lexicon import ARTICLES, NUMBER_WORDS, RANGE_JOINS
from .saying import REPORTS

if TYPE_CHECKING:  # only its type: alignment reads this module before any sentence is analysed
    from .specifics import Specifics

#: A clock time: "4:20 a.m.", "10:05 pm" (the hour and minutes, then the half of the day).
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
#: A clock time given as a round hour: "6 a.m.", "11 pm" (the hour alone, then the half
#: of the day), read as the hour to within :data:`NAMED_SLACK` minutes.
_HOUR = re.compile(r"^(\d{1,2})$")
#: A clock time of the 24 hours written in four figures before its zone, as wire copy gives
#: the time in GMT beside the local one: "at 8:30 a.m. (*0630* GMT)" (:func:`zoned_hours`).
_ZONED_HOURS = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")
_HALF_DAY = {"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
#: Does a text give a clock time at all (cheap, before any sentence is analysed)?
HAS_CLOCK = re.compile(r"\d(?::\d\d)?\s*[ap]\.?m\b|\b(?:midnight|noon)\b", re.IGNORECASE)
#: Does a text give a clock time to the minute ("6:48")? Cheaper still, asked of every
#: sentence of a folder: a text without a colon gives none.
HAS_MINUTES = re.compile(r"\d:\d\d")
#: The named hours, in minutes after midnight: "at midnight", "around noon".
_NAMED = {"midnight": 0, "noon": 12 * 60}
#: Words right before a named hour that make it a time of day ("*at* midnight", "*12*
#: noon"); elsewhere it names no moment ("a midnight deadline", "the noon news").
_AT_NAMED = frozenset(("at",))
#: Minutes in a day: times are compared round the clock, 11:50 p.m. ten minutes from 12:00 a.m.
DAY = 24 * 60
#: Words before a clock time that make it approximate ("about 4:20 a.m.")...
_ABOUT = frozenset(("about", "around", "approximately", "roughly", "nearly", "almost", "some",
                    "shortly", "just", "circa"))  # fmt: skip
#: ...or a bound, which another time does not contradict ("after 4:20 a.m.").
_BOUNDING = frozenset(("after", "before", "by", "until", "till", "since", "from", "to"))
#: Minutes either side of an approximate time, less than the five minutes a time
#: is rounded to: "about 4:20 a.m." and "about 4:30 a.m." are two reports.
CLOCK_SLACK = 4
#: Minutes either side of an approximate named hour: "around midnight" may be 12:10 a.m.
ROUND_SLACK = 15
#: Minutes either side of a named hour given alone: "at midnight" is a round hour, which a
#: report gives for 12:05 a.m. or 11:55 p.m. (a quarter of an hour off is another time).
NAMED_SLACK = 10
#: Time zones: two times in different zones, or one in none, are not compared.
ZONES = frozenset(("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et",
                   "ct", "mt", "pt", "bst", "cet", "cest", "local"))  # fmt: skip


#: Words after "AM" or "FM" that make it a radio band, not the half of the day: "Route 4
#: AM *radio*", "the 9 AM *station*".
_BROADCAST = frozenset(("radio", "station", "stations", "band", "dial", "frequency"))
#: The word after an hour told by the clock's face, in either half of the day: "4 o'clock".
_OCLOCK = frozenset(("o'clock", "o’clock", "oclock"))


def hour_of_day(words: Sequence[str], i: int) -> bool:
    """Is the word at ``i`` (of a sentence's lower-cased ``words``) an hour given alone
    before the half of the day: "at *6* a.m.", "between *2* a.m. and *4* a.m."? Not before
    a radio band ("Route 4 AM radio")."""
    if i + 1 >= len(words) or words[i + 1] not in _HALF_DAY:
        return False
    if i + 2 < len(words) and words[i + 2] in _BROADCAST:
        return False
    match = _HOUR.match(words[i])
    return match is not None and 1 <= int(match.group(1)) <= 12


def zoned_hours(words: Sequence[str], i: int) -> bool:
    """Is the word at ``i`` (of a sentence's lower-cased ``words``) a clock time of the 24
    hours in four figures before its zone: "(*0630* GMT)", "*2243* UTC"? Not "1998 GMT" (no
    98th minute). Wire copy gives it beside the local time it restates ("at 8:30 a.m. (0630
    GMT)"), so :func:`clocks` reads the local time alone, and the figure reader no count."""
    if i + 1 >= len(words) or words[i + 1] not in ZONES or words[i + 1] == "local":
        return False
    return _ZONED_HOURS.match(words[i]) is not None


def hour_told(words: Sequence[str], i: int) -> bool:
    """Is the word at ``i`` (of a sentence's lower-cased ``words``) an hour of the clock,
    which is no count of anything: an hour before the half of the day (:func:`hour_of_day`:
    "at *4* a.m.", "*11* pm", either end of "between 2 a.m. and 4 a.m.", "the *9* a.m.
    train"), before "o'clock" ("*4* o'clock", "*four* o'clock"), or of the 24 hours before
    its zone (:func:`zoned_hours`: "*0630* GMT")? The figure reader (:mod:`.numbers`) asks
    it, and reads no figure there."""
    if i + 1 >= len(words):
        return False
    if zoned_hours(words, i):
        return True
    if words[i + 1] in _OCLOCK:
        word = words[i]
        hour = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
        return hour is not None and 1 <= hour <= 12
    return hour_of_day(words, i)


def clock_hour(words: Sequence[str], i: int) -> bool:
    """Is the word at ``i`` (of a sentence's lower-cased ``words``) an hour given alone
    before the half of the day, "at *6* a.m.", which :func:`clocks` reads as a moment? Not
    an end of a range of hours ("between 2 a.m. and 4 a.m.", "2 p.m. to 4 p.m."), which
    :func:`clocks` reads as one time spanning both (:func:`_hour_range`)."""
    if not hour_of_day(words, i):
        return False
    before = words[i - 1] if i else ""
    if before == "between":
        return False
    if before in RANGE_JOINS and i >= 2 and words[i - 2] in _HALF_DAY:
        return False  # the far end: "2 a.m. *and* 4 a.m."
    return not (
        i + 3 < len(words)
        and words[i + 2] in RANGE_JOINS
        and (_HOUR.match(words[i + 3]) or _CLOCK.match(words[i + 3]))
    )  # the near end: "2 a.m. *to* 4 a.m."


class Clock(NamedTuple):
    """A clock time a sentence gives: minutes after midnight, and its tokens."""

    minutes: int
    first: int
    last: int
    approximate: bool
    zone: str
    #: Named as a round hour ("around midnight"), not to the minute: looser when approximate.
    round_hour: bool = False
    #: Minutes either side of ``minutes`` a range of times spans: "between 2 a.m. and 4
    #: a.m." is 3 a.m. give or take 60 minutes (0 for one moment).
    spread: int = 0

    @property
    def slack(self) -> int:
        """Minutes either side this time allows: none when exact to the minute, some for a
        named hour ("at midnight"), more for "about noon", and half of a range's span."""
        if not self.approximate:
            return (NAMED_SLACK if self.round_hour else 0) + self.spread
        return (ROUND_SLACK if self.round_hour else CLOCK_SLACK) + self.spread


def clocks(spec: Specifics) -> list[Clock]:
    """The sentence's clock times ("about 4:20 a.m.", an hour alone: "at 6 a.m."), bounded
    ones ("after 9 p.m.") and hours naming a thing ("the 9 a.m. train") aside. A range of
    hours written with the half of the day after each end ("between 2 a.m. and 4 a.m.", "2
    a.m. to 4 a.m.") is one time spanning both (:func:`_hour_range`)."""
    found: list[Clock] = []
    tokens = spec.tokens
    words = [t.low for t in tokens]
    skip_to = 0
    for i, token in enumerate(tokens):
        if i < skip_to:
            continue
        spanned = _hour_range(spec, words, i)
        if spanned is not None:
            if spanned.minutes >= 0:
                found.append(spanned)
            skip_to = spanned.last + 1
            continue
        if token.low == "later" and found:
            later = _minutes_later(spec, i, found[-1])
            if later is not None:
                found.append(later)
            continue
        if token.low in _NAMED:
            named = _named_hour(spec, i)
            if named is not None:
                found.append(named)
            continue
        if i + 1 == len(tokens):
            break
        match = _CLOCK.match(token.low)
        hour_only = not match and clock_hour(words, i)
        half = _HALF_DAY.get(tokens[i + 1].low)
        if not (match or hour_only) or half is None:
            continue
        hour, minute = (int(match.group(1)), int(match.group(2))) if match else (int(token.low), 0)
        if not 1 <= hour <= 12 or minute > 59:
            continue
        before = tokens[i - 1].low if i else ""
        # beside a verb that reports a statement (:data:`.saying.REPORTS`: "announced
        # 4 p.m.", "said at 4 p.m."), the time is the statement's
        if before in _BOUNDING or before in REPORTS:
            continue
        if before in ("at", "on") and i > 1 and _telling(tokens[i - 2].low):
            continue  # "said at 4 p.m.": when it was said, not when it happened
        if hour_only and before in ARTICLES:
            continue  # "the 9 a.m. train", "a 10 p.m. curfew": the thing's name, no moment
        after = tokens[i + 2].low if i + 2 < len(tokens) else ""
        zone = after if after in ZONES else ""
        approximate = before in _ABOUT or (i > 1 and tokens[i - 2].low in _ABOUT)
        found.append(
            Clock(
                (hour % 12 + half) * 60 + minute,
                i,
                i + 1,
                approximate,
                zone,
                round_hour=bool(hour_only),
            )
        )
    return found


def _hour_range(spec: Specifics, words: Sequence[str], i: int) -> Clock | None:
    """A range of hours whose near end is at ``i``, the half of the day written after each
    end ("between *2* a.m. and 4 a.m.", "*2* a.m. to 4 a.m.", "*11* p.m. to 1 a.m."): one
    time at its middle, spanning both ends (:attr:`Clock.spread`), so that "3 a.m." is one
    time with it and "5 a.m." another. A range after a bounding word ("from 2 a.m. to 4
    a.m."), beside a saying, after an article ("the 2 p.m. to 4 p.m. shift") or joined by
    "and" without "between" (two moments, "at 2 a.m. and 4 a.m.", or a range) is read as
    no time (its ``minutes`` are -1). None when no range starts at ``i``."""
    if i + 4 >= len(words) or words[i + 2] not in RANGE_JOINS or not hour_of_day(words, i):
        return None
    far = words[i + 3]
    match = _CLOCK.match(far)
    if not (match or hour_of_day(words, i + 3)) or words[i + 4] not in _HALF_DAY:
        return None
    low = (int(words[i]) % 12 + _HALF_DAY[words[i + 1]]) * 60
    hour, minute = (int(match.group(1)), int(match.group(2))) if match else (int(far), 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    high = (hour % 12 + _HALF_DAY[words[i + 4]]) * 60 + minute
    before = words[i - 1] if i else ""
    if (
        before in _BOUNDING
        or before in REPORTS
        or before in ARTICLES
        or (words[i + 2] == "and" and before != "between")  # "at 2 a.m. and 4 a.m.": two
    ):
        return Clock(-1, i, i + 4, False, "")
    span = (high - low) % DAY
    after = words[i + 5] if i + 5 < len(words) else ""
    zone = after if after in ZONES else ""
    approximate = before in _ABOUT
    middle = (low + span // 2) % DAY
    return Clock(middle, i, i + 4, approximate, zone, round_hour=True, spread=(span + 1) // 2)


#: "a *few* minutes after midnight": the minutes of "a few", taken as approximate.
_FEW = 5
#: Words right before a count of minutes that make it a bound, no moment: "more *than* 20
#: minutes later", "just *over* five minutes later", "at *least* 10 minutes after midnight".
_MINUTES_BOUND = frozenset(("than", "over", "under", "least", "most", "within"))
# ...or, after another count, the far end of a range (:data:`.lexicon.RANGE_JOINS`): "20 *to*
# 30 minutes", "20 *or* 30", "between 20 *and* 30" (but "and five minutes later" after a
# clause is a moment).
#: Words right after a named hour that still leave it a moment ("at midnight *on* Friday",
#: "at noon *today*") besides a function word, a date or a zone: any other word is the thing
#: the hour describes ("at midnight *mass*", "at noon *prayers*").
_AFTER_HOUR = frozenset(("today", "tonight", "yesterday", "tomorrow", "sharp", "exactly",
                         "precisely"))  # fmt: skip


def _minutes(word: str) -> int | None:
    """The minutes a word before "minutes" states: "four", "10"; "few" is :data:`_FEW`."""
    if word == "few":
        return _FEW
    if word in NUMBER_WORDS:
        return int(NUMBER_WORDS[word])
    return int(word) if word.isdigit() else None


def _minute_count(spec: Specifics, j: int) -> tuple[int, bool, int] | None:
    """The minutes the word at ``j`` counts (before "minutes"), whether they are loose, and
    the token they start at: "*about 20* minutes later" is 20, approximate; "a *few*" is
    approximate too; a bound or a range ("more than 20", "20 to 30") counts no moment."""
    tokens = spec.tokens
    offset = _minutes(tokens[j].low)
    if offset is None or offset > 59:
        return None
    k = j - 1
    if tokens[j].low == "few" and k >= 0 and tokens[k].low == "a":
        k -= 1
    before = tokens[k].low if k >= 0 else ""
    if before in _MINUTES_BOUND:
        return None
    if before in RANGE_JOINS and k > 0 and _minutes(tokens[k - 1].low) is not None:
        return None
    loose = before in _ABOUT
    return offset, loose or tokens[j].low == "few", k if loose else k + 1


class Delay(NamedTuple):
    """Minutes told from a moment named by its noun, not by the clock: "six minutes after
    the call was received" (the moment, "call", is another sentence's to time)."""

    minutes: int
    approximate: bool
    first: int
    last: int
    #: the index of the noun naming the moment the minutes are told from
    moment: int


def delays(spec: Specifics) -> list[Delay]:
    """Each count of minutes the sentence tells from a moment it names by a noun: "on the
    scene *six minutes after the call* was received", "about ten minutes after the alarm"
    (its first noun after "after", past an article and "first"). Counted as the times told
    from a clock time are ("a few" approximate, a bound or a range no moment); a time of
    day after "after" ("five minutes after midnight") is a clock time (:func:`clocks`)."""
    tokens = spec.tokens
    found = []
    for i, token in enumerate(tokens[:-2]):
        if token.low not in ("minutes", "minute") or tokens[i + 1].low != "after" or i == 0:
            continue
        count = _minute_count(spec, i - 1)
        if count is None:
            continue
        k = i + 2
        while k < len(tokens) and tokens[k].low in ARTICLES | {"first", "initial"}:
            k += 1
        if k >= len(tokens) or tokens[k].stem is None or _names_a_time(tokens[k].low):
            continue
        offset, loose, first = count
        found.append(Delay(offset, loose, first, k, k))
    return found


def _minutes_later(spec: Specifics, i: int, earlier: Clock) -> Clock | None:
    """A time told from the sentence's last one: "alerted at 11:43 p.m. and at the scene
    *four minutes later*" is at 11:47 p.m. too (approximate when the first is, or for "a
    few" or "about four"). Minutes told as a bound ("more than 20 minutes later"), "later
    than" something, or after another time the sentence gives but does not read ("radioed
    after 11 p.m. and died 20 minutes later") tell no moment."""
    tokens = spec.tokens
    if i < 2 or tokens[i - 1].low not in ("minutes", "minute"):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].low == "than":
        return None
    count = _minute_count(spec, i - 2)
    if count is None:
        return None
    offset, loose, first = count
    if any(_names_a_time(t.low) for t in tokens[earlier.last + 1 : first]):
        return None  # counted from a time between, not from ``earlier``
    approximate = earlier.approximate or loose
    return Clock((earlier.minutes + offset) % DAY, first, i, approximate, earlier.zone)


def _names_a_time(low: str) -> bool:
    """Does a word give (a part of) a time of day: "p.m.", "midnight", "4:20"?"""
    return low in _HALF_DAY or low in _NAMED or _CLOCK.match(low) is not None


def _names_a_moment(spec: Specifics, i: int) -> bool:
    """Is the named hour at ``i`` a moment, not part of a name ("at Noon Street", "played
    at Midnight") nor a word describing a thing ("at midnight mass", "at noon prayers")?
    Written lower case, it is followed by a new part of the sentence, a function word, a
    date, a zone or a word such as "today"; a verb right after it ("the ferry that docked
    at midnight sank") is taken for such a thing too, and the time is not read."""
    tokens = spec.tokens
    if i and not tokens[i].text[:1].islower():
        return False
    if i + 1 == len(tokens):
        return True
    after = tokens[i + 1]
    return (
        after.part != tokens[i].part
        or after.stem is None
        or i + 1 in spec.value_at
        or after.low in ZONES
        or after.low in _AFTER_HOUR
    )


def _named_hour(spec: Specifics, i: int) -> Clock | None:
    """Midnight or noon as a clock time: "at midnight", "around noon", "12 midnight", and
    a stated number of minutes either side of it ("five minutes after midnight", "a few
    minutes before noon", approximate). Bounded ("after midnight", "by noon", "more than 10
    minutes after midnight"), named with no word that makes it a moment ("a midnight
    curfew"), or no moment at all (:func:`_names_a_moment`), it is no time."""
    if not _names_a_moment(spec, i):
        return None
    tokens = spec.tokens
    minutes = _NAMED[tokens[i].low]
    low = [t.low for t in tokens[max(0, i - 3) : i]]
    low = [""] * (3 - len(low)) + low
    last = i
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    zone = after if after in ZONES else ""
    if low[1] == "minutes" and low[2] in ("after", "before"):
        sign = 1 if low[2] == "after" else -1
        count = _minute_count(spec, i - 3)
        if count is None:
            return None
        offset, approximate, first = count
        return Clock((minutes + sign * offset) % DAY, first, last, approximate, zone)
    before = low[2]
    first = i
    if before == "12":
        first, before = i - 1, low[1]
    if before in _ABOUT:
        return Clock(minutes, first - 1, last, True, zone, round_hour=True)
    if before in _AT_NAMED:
        if first >= 2 and _telling(tokens[first - 2].low):
            return None  # "said at noon": when it was said, not when it happened
        approximate = first >= 2 and tokens[first - 2].low in _ABOUT
        return Clock(minutes, first, last, approximate, zone, round_hour=True)
    return None


#: Words for a telling that a time after "at" may be the time of: "a news *conference* at
#: noon", "a *briefing* at 4:30 p.m." (the time of the statement, not of the event it tells).
_TELLINGS = frozenset(("conference", "conferences", "briefing", "briefings", "statement",
                       "announcement", "interview", "speech"))  # fmt: skip


def _telling(word: str) -> bool:
    """Is the word before "at <time>" a saying (:data:`.saying.REPORTS`: "said") or a
    telling (:data:`_TELLINGS`: "a news conference"), whose time that is?"""
    return word in REPORTS or word in _TELLINGS


def one_time(x: Clock, y: Clock) -> bool:
    """Can two clock times be one moment (the same zone, within an approximate one's slack)?
    They are compared round the clock: 11:58 p.m. is three minutes from 12:01 a.m."""
    return x.zone == y.zone and minutes_apart(x.minutes, y.minutes) <= x.slack + y.slack


def minutes_apart(x: int, y: int) -> int:
    """Minutes between two times of day (minutes after midnight), round the clock: 11:58
    p.m. is three minutes from 12:01 a.m."""
    apart = abs(x - y) % DAY
    return min(apart, DAY - apart)


#: Hours from UTC of the zones that name one offset ("ET" names summer's and winter's,
#: "local" none): a time given in two of them is one moment read two ways.
ZONE_HOURS = {"gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "edt": -4, "est": -5,
              "cdt": -5, "cst": -6, "mdt": -6, "mst": -7, "pdt": -7, "pst": -8}  # fmt: skip


def to_the_minute(x: Clock) -> bool:
    """Is a clock time told to the odd minute ("at 6:48 a.m."), a moment someone timed,
    not an hour given round ("at 6 a.m.", "at 11:00 a.m.", "around midnight") nor one
    approximate ("about 4:20 a.m."), which many events of a day share?"""
    return not (x.approximate or x.round_hour or x.minutes % 60 == 0)


def instant(x: Clock) -> str | None:
    """The key of the moment a clock time told to the minute names (:func:`to_the_minute`),
    for filing sentences that give one moment: its minutes in UTC when its zone names one
    offset (:data:`ZONE_HOURS`: "6:48 a.m. EST" and "11:48am UTC" are "utc:708"), else in
    its own zone, none given or one of two offsets ("et:408", ":408"). None when the time
    is not told to the minute."""
    if not to_the_minute(x):
        return None
    hours = ZONE_HOURS.get(x.zone)
    if hours is None:
        return f"{x.zone}:{x.minutes}"
    return f"utc:{(x.minutes - 60 * hours) % DAY}"


def timed_apart(a: Specifics, b: Specifics) -> bool:
    """Does each sentence give clock times, in one zone, and none of them the other's?

    As with days, the role of a time is not trusted: "fell at about 11:15 p.m." and
    "landed on the roof around 10:40 p.m." may tell of one fall two ways, and are
    never taken for one report.
    """
    left, right = clocks(a), clocks(b)
    if not left or not right or {x.zone for x in left} != {y.zone for y in right}:
        return False
    return not any(one_time(x, y) for x in left for y in right)


def one_moment(a: Specifics, b: Specifics, same_day: bool) -> bool:
    """Do two sentences time their events to one moment: a clock time of each that can be
    one (:func:`one_time`), both told to the minute (:func:`to_the_minute`: "the first
    lifeboat reached the quay at 6:48 a.m." / "at 6:48 a.m. the first of three lifeboats came
    in"), or, with ``same_day`` (a day both give: the matcher asks a date of the calendar),
    told on that day however round ("called around 4 a.m. on February 9" / "around 4 a.m.
    Friday, February 9, … took a call")? An hour given round with no day ("about 2:40 p.m.",
    "at 6 a.m.") is the time of many events of a story."""
    left = clocks(a)
    if not left:
        return False
    right = clocks(b)
    return any(
        one_time(x, y) and (same_day or (to_the_minute(x) and to_the_minute(y)))
        for x in left
        for y in right
    )
