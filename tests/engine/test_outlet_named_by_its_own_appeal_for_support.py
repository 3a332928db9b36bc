"""A page's own appeal for support, near its end, names the organisation that published it.

Projects, societies and nonprofit newsrooms close their pages with an appeal alone on its line
("Support The Kestrel Sky Survey!") and a line under it in their own words ("… our fundraiser
would close this week."). An appeal quoted in a story, one under a line quoting a speaker, a
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


def _outlet(*closing: str) -> str:
    text = "\n\n".join((*STORY, *closing))
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
    assert _outlet(*closing) == outlet


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
