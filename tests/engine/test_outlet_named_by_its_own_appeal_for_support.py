"""A page's own appeal for support, near its end, names the organisation that published it.

Projects, societies and nonprofit newsrooms close their pages with an appeal alone on its line
("Support The Kestrel Sky Survey!") and a line under it in their own words ("… our fundraiser
would close this week."), on a page told in their own "we" (a paper's own appeal on any of
its pages). A charity's or a party's appeal box under a story told in the third person, an
appeal quoted in a story, one under a line quoting a speaker, a
cause ("Support Local Journalism") and a single word that may be a place name no outlet.
All outlets, places and people here are invented.
"""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

STORY = (
    "Kestrel Sky Survey Streams Tonight's Eclipse",
    "The Moon will pass through the Earth's shadow on Friday night, and the eclipse will be "
    "visible across the western half of Orrland.",
    "Observers at three sites in the Tessel Valley will share their pictures live, starting at "
    "21:30 local time.",
    "The eclipse will last one hour and twelve minutes, the longest in eleven years.",
)


#: The same night told by the survey itself, in its own "we" (a quoted name, "“Wren”", is no
#: quotation of a speaker).
OWN_STORY = (
    "Kestrel Sky Survey Streams Tonight's Eclipse",
    "The Moon will pass through the Earth's shadow on Friday night, and we will stream the "
    "eclipse live from three sites in the Tessel Valley.",
    "We will also use \u201cWren\u201d, the telescope on Harl Fell, in the framework of our "
    "partnership with its owners.",
    "The eclipse will last one hour and twelve minutes, the longest in eleven years.",
)


def _outlet(*closing: str, story: tuple[str, ...] = STORY) -> str:
    text = "\n\n".join((*story, *closing))
    return ingest(RawDocument(text=text), "p01.txt", 0).outlet


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        (
            ("Support The Kestrel Sky Survey!",
             "If every reader gave a little, our fundraiser would close this week.",
             "donate now", "Comments", "comments"),
            "Kestrel Sky Survey",
        ),
        (
            ("Donate to the Harlow River Trust",
             "Your gift keeps our volunteers on the water all year."),
            "Harlow River Trust",
        ),
        (
            ("Become a member of the Tessel Valley Observatory",
             "Members keep our telescopes open to the public every clear night.", "Share this:"),
            "Tessel Valley Observatory",
        ),
        (
            ("Support The Fennick Ledger",
             "Our reporters depend on readers like you: we have no owner but our members.",
             "Comments", "Most read", "Sign in", "Terms of use"),
            "Fennick Ledger",
        ),
    ],
)  # fmt: skip
def test_an_appeal_for_support_with_a_line_in_the_organisations_own_words_names_it(
    closing: tuple[str, ...], outlet: str
) -> None:
    assert _outlet(*closing, story=OWN_STORY) == outlet


@pytest.mark.parametrize(
    "closing",
    [
        ("Support the Brannoch Children's Trust",
         "Your gift helps our nurses reach families in need."),
        ("Support the Harbour Party", "Our members give their evenings to knock on doors."),
        ("Donate to the Quarrington Storm Relief Fund", "Your donation helps us rebuild homes."),
        ("Support Tessel Families", "We ask every reader to give what they can this winter."),
        ("Support the Varnholt Animal Shelter", "We rely on donations from people like you."),
        ("Support The Kestrel Sky Survey!",
         "If every reader gave a little, our fundraiser would close this week."),
    ],
)  # fmt: skip
def test_a_third_partys_appeal_box_under_a_story_told_in_the_third_person_names_no_outlet(
    closing: tuple[str, ...],
) -> None:
    # (the same appeal under the survey's own page names it, above; a paper's own appeal is
    # named under any story: a news page prints no other paper's)
    assert _outlet(*closing) == "p01"


def test_a_story_whose_we_is_only_its_speakers_names_no_charity_for_its_appeal_box() -> None:
    story = (
        *STORY,
        "\u201cWe will open the dome to everyone who comes,\u201d the warden, Ines Varro, said.",
        "\u201cOur volunteers have waited for this night for a year. We are ready.",
        "\u201cWe only hope for a clear sky,\u201d she added.",
    )
    closing = ("Support the Harl Fell Trust", "Your gift keeps our dome open to visitors.")
    assert _outlet(*closing, story=story) == "p01"


@pytest.mark.parametrize(
    "closing",
    [
        # the story's own charity, told of in the third person
        ("Support the Harlow Food Bank.", "The food bank said donations had fallen by a third."),
        # a speaker's words under the appeal
        ("Support the Kelby Flood Fund!",
         "\u201cWe have raised 4,000 crowns so far for our neighbours,\u201d organiser Ana Ruiz said."),
        ("Support the Kelby Flood Fund!",
         "Our appeal has raised 4,000 crowns, organiser Ana Ruiz said of the donations."),
        # an appeal quoted in the story
        ("Volunteers held signs that read: Support the Kelby Flood Fund.",
         "Our donations will double this year, the volunteers hope."),
        # a cause, not an organisation; a single word that may be a place
        ("Support Local Journalism!", "Our newsroom runs on donations from readers like you."),
        ("Support Independent Media", "We depend on our members, not advertisers."),
        ("Support Orrland!", "Every donation reaches our partners on the ground within a day."),
        # an appeal with no line in the organisation's words under it
        ("Support The Kestrel Sky Survey!", "Comments"),
    ],
)  # fmt: skip
def test_an_appeal_quoted_told_of_or_for_a_cause_names_no_outlet(closing: tuple[str, ...]) -> None:
    assert _outlet(*closing) == "p01"
