"""Outcomes of a planned thing: called off or put back, against going ahead as planned.

"The festival was postponed" and "the festival went ahead as planned" cannot both
be true of one festival at one time; the disagreement stage sets them against each
other, and any stage that judges whether two sentences state one fact can ask the
same reading (:func:`outcome_words`). The words are read from a sentence's stems, a
phrase ("called off", "went ahead") as its run of stems, so "postponed",
"postponement" and "postpones" are one word.
"""

from __future__ import annotations

import re

from .specifics import Specifics

#: Stems saying a planned thing will not happen when planned.
CALLED_OFF = frozenset(("postpon", "delay", "cancel", "suspend", "scrap", "halt", "abandon"))
#: Runs of stems (a stop-word by its lower-case form) saying the same: "called off",
#: "rescheduled"; "put off" and "pushed back" only with the new time after them ("put
#: off until May"), as "put off by the prices" and "pushed back against" are no outcome.
CALLED_OFF_PHRASES = (
    ("call", "off"), ("reschedul",), ("put", "off", "until"), ("put", "off", "to"),
    ("push", "back", "to"), ("push", "back", "until"),
)  # fmt: skip
#: Runs of stems saying it goes ahead: "as planned", "went ahead", "on schedule".
GOES_AHEAD = (
    ("as", "plan"), ("as", "schedul"), ("go", "ahead"), ("goe", "ahead"), ("went", "ahead"),
    ("gone", "ahead"), ("on", "schedul"), ("proceed",),
)  # fmt: skip
#: Cheap test (before any analysis) for a sentence that may tell an outcome: a stem of
#: :data:`CALLED_OFF`, or words of the runs of stems.
MAY_TELL_OUTCOME = re.compile(
    "|".join(sorted(CALLED_OFF)) + r"|called off|reschedul|put off|pushed back"
    r"|as planned|as scheduled|(?:go(?:es)?|went|gone) ahead|on schedule|proceed"
)


def _runs(keys: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    found: list[int] = []
    for i in range(len(keys)):
        for phrase in phrases:
            if tuple(keys[i : i + len(phrase)]) == phrase:
                # "put off until": the new time's word is no part of the outcome
                length = len(phrase) - (phrase[-1] in ("until", "to"))
                found.extend(range(i, i + length))
    return sorted(set(found))


def outcome_words(spec: Specifics) -> tuple[list[int], list[int]]:
    """Token indices saying the thing is called off, and those saying it goes ahead."""
    keys = [t.stem or t.low for t in spec.tokens]
    off = sorted(
        {i for i, t in enumerate(spec.tokens) if t.stem in CALLED_OFF}
        | set(_runs(keys, CALLED_OFF_PHRASES))
    )
    return off, _runs(keys, GOES_AHEAD)
