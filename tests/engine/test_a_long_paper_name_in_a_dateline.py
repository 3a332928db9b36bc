"""A dateline naming its newsroom with a long name, and a wire's credit closing the page
(invented pages, each labelled before the engine read it). A regional agency or paper may
sign its story with its whole name in the dateline's brackets ("ORVENNE, March 3 (Agence
Orvennaise de Presse et d’Information Régionale du Val-Sud) —"); the page is that newsroom's,
and a "Reporting by …; editing by …" credit under it, as such newsrooms write theirs too, does
not make it Reuters'. Brackets of many words that name no newsroom (an update's note, a
correction, a party) name no outlet, and a Reuters page keeps its credit's outlet."""

from __future__ import annotations

import pytest
from page_formats_eleventh import LINES_HEADLINE as HEADLINE
from page_formats_eleventh import LINES_STORY as STORY
from page_formats_unseen import outlet_key, read_lines

CREDIT = "Reporting by Lee Park; editing by Sam Reyes"


def _opening(dateline: str) -> str:
    return f"{dateline} {STORY[0]}"


#: (dateline, the outlet a reader takes from the page, with and without the credit closing it)
LONG_NAMES = (
    (
        "ORVENNE, March 3 (Agence Orvennaise de Presse et d’Information Régionale du Val-Sud) —",
        "Agence Orvennaise de Presse et d’Information Régionale du Val-Sud",
    ),
    (
        "HARLOW (Harlow and District Evening Herald and Courier of the Lisse Vale) —",
        "Harlow and District Evening Herald and Courier of the Lisse Vale",
    ),
    (
        "LISSEBURG (Nachrichtenagentur für Stadt und Land an der Oberen Lisse) -",
        "Nachrichtenagentur für Stadt und Land an der Oberen Lisse",
    ),
)

#: Brackets of many words after a place that name no newsroom: the page is Reuters' when it
#: carries the credit, and named after its file without it.
NOT_NAMES = (
    "HARLOW (Updated with the mayor's comments on the collapse of the bridge) —",
    "HARLOW, March 3 (Corrects the river's name in the first paragraph to Lisse) —",
    "HARLOW (Lisse Valley Ramblers and Hill Walkers Association of the Southern Marches) —",
    # (a body's name holding a paper's: found after the first cases passed)
    "HARLOW (Friends of the Harlow Herald and the Lisse Valley Review Society) —",
)


@pytest.mark.parametrize(("dateline", "outlet"), LONG_NAMES)
@pytest.mark.parametrize("credit", [True, False])
def test_a_dateline_naming_its_newsroom_in_many_words_names_it_and_no_wire_credit_renames_it(
    dateline: str, outlet: str, credit: bool
) -> None:
    lines = (HEADLINE, _opening(dateline), *STORY[1:], *([CREDIT] if credit else []))
    title, named, paragraphs = read_lines(*lines)
    assert title == HEADLINE
    assert named == outlet_key(outlet)
    assert paragraphs[0] == STORY[0]


@pytest.mark.parametrize("dateline", NOT_NAMES)
@pytest.mark.parametrize("credit", [True, False])
def test_brackets_of_many_words_naming_no_newsroom_name_no_outlet(
    dateline: str, credit: bool
) -> None:
    lines = (HEADLINE, _opening(dateline), *STORY[1:], *([CREDIT] if credit else []))
    _, named, _ = read_lines(*lines)
    assert named == (outlet_key("Reuters") if credit else None)


def test_a_short_datelines_newsroom_and_a_reuters_page_are_read_as_before() -> None:
    assert read_lines(HEADLINE, _opening("HARLOW (Kestrel Wire) —"), *STORY[1:])[1] == outlet_key(
        "Kestrel Wire"
    )
    assert read_lines(HEADLINE, _opening("HARLOW (Reuters) -"), *STORY[1:], CREDIT)[1] == (
        outlet_key("Reuters")
    )
