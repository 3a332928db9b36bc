"""The calendar's words: weekdays, months and the words of a day without its date
("yesterday", "tonight", :data:`DAY_WORDS`), the one list every reader of dates uses.

:mod:`.numbers` reads dates with them ("Oct. 30" is ``m:oct``), :mod:`.names`
and :mod:`.specifics` know a capitalised "Monday" or "May" is no name, the
sentence splitter knows "Sept." ends no sentence, and the furniture, ingest and
disagreement patterns ("Updated Jan. 5", "Posted: March 3, 2016", "Saturday
morning") are built from them here (:data:`MONTH_WORD`, :data:`MONTH_NAME`,
:data:`WEEKDAY_WORD`, :data:`WEEKDAY_NAME`),
so a month spelled one way in one reader is spelled so in all.
"""

from __future__ import annotations

#: The days of the week, Monday first, in lower case.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Words that set what a sentence tells on a day or night without naming its date
#: ("yesterday", "tonight", "the weekend"): :mod:`.specifics` reads them as a sentence's
#: time, and the readers of periods set them aside as no period of their own.
DAY_WORDS = frozenset(("weekend", "yesterday", "today", "tonight", "overnight", "tomorrow"))
#: Each month's name and usual abbreviations, in lower case, to its three-letter key.
MONTHS = {
    "january": "jan", "jan": "jan", "february": "feb", "feb": "feb", "march": "mar",
    "april": "apr", "apr": "apr", "may": "may", "june": "jun", "july": "jul", "august": "aug",
    "aug": "aug", "september": "sep", "sept": "sep", "sep": "sep", "october": "oct",
    "oct": "oct", "november": "nov", "nov": "nov", "december": "dec", "dec": "dec",
}  # fmt: skip
#: The months' three-letter keys, January first.
MONTH_KEYS = tuple(dict.fromkeys(MONTHS.values()))
#: The months' abbreviations written with a full stop ("Jan.", "Sept."); May has none.
MONTH_ABBREVIATIONS = frozenset((*MONTH_KEYS, "sept")) - {"may"}
#: A month in a pattern (case-insensitive): its first three letters, the rest of its name
#: or none, and an abbreviation's full stop ("Jan.", "January", "Sept.").
MONTH_WORD = rf"(?:{'|'.join(MONTH_KEYS)})[a-z]*\.?"
#: A month in a case-sensitive pattern, as a sentence writes it: "May", "Sept.", "January",
#: never "may" nor "Market".
MONTH_NAME = "|".join(
    sorted(
        {m.capitalize() + ("\\." if m in MONTH_ABBREVIATIONS else r"\b") for m in MONTHS},
        key=len,
        reverse=True,
    )
)
#: A weekday in a pattern (case-insensitive): "Monday", "tuesday".
WEEKDAY_WORD = rf"(?:{'|'.join(day.removesuffix('day') for day in WEEKDAYS)})day"
#: A weekday in a case-sensitive pattern, as a name is written: "Monday", never "monday".
WEEKDAY_NAME = rf"(?:{'|'.join(day.removesuffix('day').capitalize() for day in WEEKDAYS)})day"
