"""A page's notices about itself: the reservation of its rights, its "about us" line and the
platform it was reposted to. None is the story's, wherever it sits (a line of its own or glued
after the story's last sentence); a story's sentence sharing their words stays. Every line is
invented, as are the outlets (Harlow Herald, Fennick Wire, Tessel Media)."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import describes_its_outlet, reserves_rights
from corroborate.engine.text.ingest import ingest

HEADLINE = "Harlow Bridge Reopens After Two-Year Repair"
STORY = (
    "HARLOW — The Harlow bridge reopened to traffic on Monday after a two-year repair that "
    "cost $40 million, city officials said.",
    "Mayor Lena Ruiz cut a ribbon at the east end of the span while a brass band played.",
    "The bridge carries about 30,000 vehicles a day and had been closed since a barge struck "
    "one of its piers.",
    "Engineers replaced two piers and the whole deck, according to the transport department.",
)

RIGHTS = (
    "This material may not be published, broadcast, rewritten or redistributed.",
    "This material may not be published or broadcast.",
    "All rights reserved. This material may not be published, broadcast, rewritten or "
    "redistributed.",
    "Copyright 2026 Fennick Wire. This material may not be published, broadcast, rewritten, or "
    "redistributed without permission.",
    "This article may not be reproduced without permission.",
    "No part of this article may be reproduced without the written permission of the publisher.",
    "Content may not be reproduced in whole or in part without prior written permission.",
    "This story may not be republished without permission.",
    "Material on this site may not be reproduced, distributed, transmitted or cached.",
    "Reproduction in whole or in part without permission is prohibited.",
    "Unauthorized reproduction is prohibited.",
    "Unauthorised redistribution of this content is strictly prohibited.",
    "This material may not be copied, distributed or transmitted without the prior written "
    "consent of Fennick Wire.",
    "For reprint rights, contact permissions@harlowherald.example.",
    "For reprints and permissions, email licensing@fennickwire.example.",
    "Republishing this story? Please credit the Harlow Herald.",
    "You may republish this article for free under a Creative Commons license.",
    "Want to republish this story? Read our guidelines.",
)

#: A page's other notices on its use, the boxes extractors drop by their markup (footer,
#: disclaimer, affiliate and licence boxes) read from their words.
USE_NOTICES = (
    "Published under a Creative Commons Attribution-NoDerivatives 4.0 license.",
    "This story is licensed under CC BY-ND 4.0.",
    "All content copyright Harlow Herald.",
    "The Harlow Herald may receive a commission from purchases made through links in this article.",
    "Tessel Review earns a small commission when readers buy through our links.",
    "This content is for informational purposes only and is not a substitute for professional "
    "medical advice.",
    "This article is for informational purposes only and does not constitute financial advice.",
    "The information in this newsletter is not intended as legal advice.",
    "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
    "Fennick Wire and the Fennick Wire logo are registered trademarks of Tessel Media.",
    "The Harlow Herald is a registered trademark of Tessel Media Inc.",
    "We welcome comments that advance the story through relevant opinion, anecdotes and data.",
    "Report a typo or error.",
    "Corrections policy: We correct errors promptly.",
    "Our journalism is free to read, thanks to readers like you.",
)

ABOUT_US = (
    "The Harlow Herald is an independent, nonprofit newsroom serving the Fennick Valley since "
    "1902.",
    "The Harlow Herald is a member of the Fennick News Network.",
    "The Harlow Herald is supported by readers like you.",
    "The Harlow Herald is a nonprofit newsroom. Support our work by donating today.",
    "Fennick Wire is an independent news agency covering the Fennick Valley and beyond.",
    "The Harlow Herald is a reader-supported, independent publication.",
    "The Harlow Herald is part of Tessel Media Group.",
    "The Harlow Herald is a publication of Tessel Media.",
    "About the Harlow Herald: We are a nonprofit newsroom covering local government.",
    "The Harlow Herald is a nonpartisan, nonprofit news organization that informs Fennick "
    "readers about public policy.",
    "Fennick Valley Radio is made possible by the generous support of listeners like you.",
    "Tessel Review is an award-winning, locally owned magazine.",
)

#: Story sentences sharing the notices' words: rules reported, papers in the news, speakers.
STORY_LIKE = (
    "The report may not be published before the vote, under the election law.",
    "This report may not be published until the inquiry ends, the minister said.",
    "Copying of the exam papers is strictly prohibited.",
    "Publication of the victims' names is prohibited under state law.",
    "The Harlow Herald, founded in 1902, was sold on Friday to Tessel Media.",
    "The Harlow Herald is the oldest newspaper in the county and employs 40 reporters.",
    "Norway is a member of the Fennick Trade Alliance.",
    "Lee Park is an independent candidate for the county board.",
    "The Harlow Herald is an independent newspaper, its editor said on Monday.",
    "Harlow is part of the Fennick Valley district.",
    "Readers can reach the council through its website.",
    "The clinic is supported by donations from local churches.",
    "The software is licensed under an open-source license.",
    "The photos were released under a Creative Commons license, the agency said.",
    "Harlow is a registered trademark of the brewery, which sued the town over its name.",
    "The advice is not a substitute for a visit to a doctor.",
    "Use of the bridge by lorries has doubled since 2020.",
    "Brokers earn a commission on every home they sell.",
    "Members like you make the club what it is, Park told the crowd.",
    "We welcome the court's decision, the mayor said.",
)


def _paragraphs(lines: list[str]) -> tuple[str, ...]:
    return ingest(RawDocument("\n\n".join([HEADLINE, *lines])), "harlow.txt", 0).paragraphs


#: The story as read from the page without notices (its dateline gone).
CLEAN = _paragraphs(list(STORY))


@pytest.mark.parametrize("notice", RIGHTS)
def test_a_pages_reservation_of_its_rights_on_its_own_line_is_not_story(notice: str) -> None:
    assert _paragraphs([*STORY, notice]) == CLEAN


@pytest.mark.parametrize("notice", RIGHTS)
def test_a_reservation_of_rights_glued_after_the_last_sentence_leaves_the_sentence(
    notice: str,
) -> None:
    assert _paragraphs([*STORY[:-1], f"{STORY[-1]} {notice}"]) == CLEAN


@pytest.mark.parametrize("about", ABOUT_US)
def test_an_outlets_about_us_line_on_its_own_line_is_not_story(about: str) -> None:
    assert _paragraphs([*STORY, about]) == CLEAN


@pytest.mark.parametrize("about", ABOUT_US)
def test_an_about_us_line_glued_after_the_last_sentence_leaves_the_sentence(about: str) -> None:
    assert _paragraphs([*STORY[:-1], f"{STORY[-1]} {about}"]) == CLEAN


@pytest.mark.parametrize("line", STORY_LIKE)
def test_a_story_sentence_sharing_words_with_a_pages_notices_stays(line: str) -> None:
    assert not reserves_rights(line)
    assert not describes_its_outlet(line)
    assert line in _paragraphs([*STORY, line])
    glued = f"{STORY[-1]} {line}"
    assert glued in _paragraphs([*STORY[:-1], glued])


def test_a_papers_about_us_line_inside_the_story_stays_when_the_story_goes_on() -> None:
    inside = (
        "The Harlow Herald is an independent, nonprofit newsroom. It was sold on Friday to "
        "Tessel Media for $2 million, its owners said."
    )
    assert inside in _paragraphs([*STORY, inside])


@pytest.mark.parametrize(
    ("pointer", "outlet"),
    [
        ("Read the original post on Medium.", None),
        ("Read the original article on Substack.", None),
        ("This article originally appeared on Yahoo News.", None),
        ("This story originally appeared on MSN.", None),
        ("Read the full story on Flipboard.", None),
        ("This article originally appeared on medium.com.", None),
        (
            "This article originally appeared on the Harlow Herald and was republished on Medium.",
            "Harlow Herald",
        ),
        ("This story originally appeared in the Fennick Courier.", "Fennick Courier"),
    ],
)
def test_a_platform_that_carried_the_story_is_not_its_outlet(
    pointer: str, outlet: str | None
) -> None:
    """The outlet named with the platform is read; with none, the file names it."""
    article = ingest(RawDocument("\n\n".join([HEADLINE, *STORY, pointer])), "harlow.txt", 0)
    if outlet is None:
        assert article.outlet_from == "file"
    else:
        assert (article.outlet, article.outlet_from) == (outlet, "text")


def test_the_writing_outlet_is_found_beside_a_platforms_pointer() -> None:
    lines = [HEADLINE, *STORY, "Read the original post on Medium.", "© 2026 Fennick Courier"]
    article = ingest(RawDocument("\n\n".join(lines)), "harlow.txt", 0)
    assert (article.outlet, article.outlet_from) == ("Fennick Courier", "text")


@pytest.mark.parametrize("notice", USE_NOTICES)
def test_a_pages_notice_on_its_use_is_not_story_alone_or_glued(notice: str) -> None:
    assert _paragraphs([*STORY, notice]) == CLEAN
    assert _paragraphs([*STORY[:-1], f"{STORY[-1]} {notice}"]) == CLEAN


@pytest.mark.parametrize(
    "line",
    [
        "By Lee Park | Harlow Herald. This story is licensed under CC BY-ND 4.0",
        "By Lee Park | Fennick Wire. You may republish this article for free",
        "By Lee Park and Ana Cole - The Harlow Herald. Republish this article",
        "Written by Lee Park · Tessel Media. This content is for informational purposes only",
        "Lee Park | Harlow Herald. This story is licensed under CC BY-ND 4.0",
    ],
)
def test_a_byline_left_once_a_notice_glued_to_it_is_gone_is_not_story(line: str) -> None:
    assert _paragraphs([line, *STORY]) == CLEAN
    assert _paragraphs([*STORY, line]) == CLEAN


def test_a_sentence_opening_with_by_and_a_name_stays_when_a_notice_follows_it() -> None:
    kept = "By Tuesday, Harlow had reopened two of its four lanes."
    notice = "This material may not be published or broadcast."
    assert kept in _paragraphs([*STORY, f"{kept} {notice}"])


@pytest.mark.parametrize(
    "line",
    [
        "Bridge Repairs Leave Commuters Waiting. Republish this article",
        "Lee Park, Harlow Herald. This material may not be published or broadcast",
        "May 4, 2026. This story is licensed under CC BY-ND 4.0",
        "Ana Cole, Staff Writer. This story is licensed under CC BY-ND 4.0",
        "Traffic waits at the closed Harlow bridge. Republish this article",
        "Harlow Herald. Republish this article",
    ],
)
def test_a_short_line_left_unfinished_by_a_notice_is_read_as_unfinished(line: str) -> None:
    assert _paragraphs([*STORY, line]) == CLEAN


def test_a_story_sentence_before_an_unfinished_notice_keeps_its_place() -> None:
    said = "The city will decide in June whether to add a cycle lane to the bridge, the mayor said."
    assert _paragraphs([*STORY, f"{said} Republish this article"])[-1] == said


@pytest.mark.parametrize(
    "prompt",
    [
        "Read more: Harlow bridge tolls to rise next year.",
        "Support our work by donating today.",
        "Photo: Ana Cole/Harlow Herald.",
    ],
)
@pytest.mark.parametrize(
    "closing",
    [
        "This article is republished under a Creative Commons license.",
        "The Harlow Herald is an independent, nonprofit newsroom serving the Fens.",
    ],
)
def test_a_pages_prompt_between_the_last_sentence_and_a_closing_notice_goes_with_it(
    prompt: str, closing: str
) -> None:
    *first, last = STORY
    assert _paragraphs([*first, f"{last} {prompt} {closing}"]) == CLEAN


@pytest.mark.parametrize(
    "line",
    [
        "Traffic waits at the closed Harlow bridge on Monday. (Ana Cole/Harlow Herald) This "
        "material may not be published or broadcast. Copyright 2026 Harlow Herald.",
        "Traffic waits at the closed Harlow bridge on Monday. (Ana Cole/Harlow Herald) This "
        "material may not be published or broadcast.",
        "A ferry crosses below the Harlow bridge. (Fennick Wire/Ana Cole) You may republish "
        "this article for free under a Creative Commons license.",
    ],
)
def test_a_notice_after_a_pictures_credit_goes_with_the_picture(line: str) -> None:
    assert _paragraphs([*STORY, line]) == CLEAN


@pytest.mark.parametrize(
    "line",
    [
        "Police searched the offices of the Fennick Courier on Monday. The Fennick Courier is an "
        "independent newspaper critical of the governor.",
        "The sale was announced on Friday. The Marrow Daily Star is owned by the Tessel Group.",
        "Tessel Review is an award-winning, locally owned magazine.",
    ],
)
def test_a_paper_described_at_a_paragraphs_end_inside_the_story_stays(line: str) -> None:
    *first, last = STORY
    assert line in _paragraphs([*first, line, last])


#: A notice naming its owner without a year or "All rights reserved", glued after the story's
#: last sentence as a page saved without its blank lines leaves it.
OWNER_NOTICES = (
    "Copyright Tessel Media.",
    "Copyright Harlow Herald Ltd",
    "Copyright (c) Tessel Media.",
    "© Harlow Herald",
    "Copyright by the Fennick Wire.",
)


@pytest.mark.parametrize("notice", OWNER_NOTICES)
def test_a_copyright_line_without_a_year_glued_after_the_last_sentence_leaves_the_sentence(
    notice: str,
) -> None:
    assert _paragraphs([*STORY[:-1], f"{STORY[-1]} {notice}"]) == CLEAN


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright law changed in 2019 for the bridge's drawings.",
        "Copyright lawyers for the architect said the design was hers.",
    ],
)
def test_a_sentence_about_copyright_after_the_last_sentence_is_story_and_names_no_outlet(
    sentence: str,
) -> None:
    article = ingest(
        RawDocument("\n\n".join([HEADLINE, *STORY[:-1], f"{STORY[-1]} {sentence}"])),
        "harlow.txt",
        0,
    )
    assert article.paragraphs[-1].endswith(sentence)
    assert article.outlet_from == "file"


@pytest.mark.parametrize(
    ("notice", "owner"),
    [
        # an owner spelled in lower case, or opening with it, after the notice's year
        ("© 2026 tesselwire. All rights reserved.", "tesselwire"),
        ("Copyright 2026 iHarlowMedia, Inc. All rights reserved.", "iHarlowMedia"),
        ("Copyright © 2026 eFennick News. All rights reserved.", "eFennick News"),
    ],
)
def test_a_copyright_notice_names_an_owner_spelled_in_lower_case(notice: str, owner: str) -> None:
    article = ingest(RawDocument("\n\n".join([HEADLINE, *STORY, notice])), "harlow.txt", 0)
    assert article.outlet == owner
