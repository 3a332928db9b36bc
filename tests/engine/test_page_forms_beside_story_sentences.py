"""The page's own prompts, notes and credits in the forms of real news sites that read a
little like a story's sentence: credited to the page itself, updated by the page's staff,
a reprint note describing its source, a second reporter's place. Each still goes, while the
story sentence in the same words beside it stays. Every line is invented, as are the outlets
(Harlow Herald, KXYZ, Fennick Courier)."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.ingest import ingest

LEDE = (
    "HARLOW (Fennick Wire) — Floodwater swept through the lower town of Harlow on Tuesday, "
    "forcing hundreds of families from their homes, officials said."
)
MORE = "The river rose more than two meters overnight, according to the regional water board."
LAST = "The water board said levels were expected to fall by Thursday if the rain eased."


def _story_of(line: str) -> str:
    text = "\n\n".join((LEDE, MORE, line, LAST))
    article = ingest(RawDocument(text=text, title="Harlow Floods"), "p01.txt", 0)
    return " ".join(article.paragraphs)


#: A station's or a paper's prompt credited to itself: the page speaking of itself.
PROMPTS_CREDITED_TO_THE_PAGE = (
    "Download the KXYZ app for alerts, the station said.",
    "Download the KXYZ app for alerts, KXYZ said.",
    "Share this story on Facebook, the network said.",
    "Sign up for our daily newsletter, the magazine said.",
    "Subscribe now for unlimited access, the newspaper said.",
    "Click here to read more, the paper said.",
    "Read more at HarlowHerald.com, the site said.",
    "Download the Harlow Herald app, the Herald said.",
    "Stay with KXYZ for updates on this developing story, the station said.",
    "Download the free Harlow 7 app to get alerts, Harlow 7 said.",
    "Staff writer Lee Park contributed to this report, the paper said.",
)


@pytest.mark.parametrize("line", PROMPTS_CREDITED_TO_THE_PAGE)
def test_a_prompt_credited_to_the_page_itself_is_still_furniture(line: str) -> None:
    assert line not in _story_of(line)


#: Notes, credits and prompts in the page's own forms that the narrower rules let through.
PAGE_FORMS = (
    "To reach the reporters, email news@harlowherald.example.",
    "To reach the Harlow Herald newsroom, email news@harlowherald.example.",
    "To reach the authors, call 555-0100.",
    "Follow Lee Park on Twitter @leepark and Instagram @leep.",
    "Follow Harlow Herald on Facebook to get news as it happens.",
    "Please follow me on Twitter @leepark.",
    "Don't forget to follow us on Instagram.",
    "This story was updated by staff.",
    "This story has been updated by our newsroom.",
    "This story was updated by an editor to fix a typo.",
    "This story has been updated for a correction.",
    "This article has been updated for style.",
    "This story was updated for new figures.",
    "This article is part of our ongoing coverage of the 2024 election.",
    "This story is part of a project of the Harlow Herald and Fennick Courier.",
    "This article is republished from The Harlow Review, a nonprofit news site, under a "
    "Creative Commons license.",
    "Republished with permission from The Harlow Herald, the town's daily newspaper.",
    "Become a member of KXYZ today.",
    "Become a member of The Harlow Herald and support local news.",
    "Enable JavaScript if it is disabled in your browser.",
    "Please enable JavaScript, or switch to a supported browser.",
    "Lee Park can be reached at lpark(at)harlowherald.example.",
    "Lee Park reported from Harlow, and Sam Reyes from Fennick.",
    "Lee Park reported from Harlow and Sam Reyes from Fennick.",
    "Lee Park reported from Harlow, Sam Reyes from Fennick.",
    "Additional reporting by staff.",
    "To reach the Harlow Herald, email news@harlowherald.example.",
    "Become a member of our newsroom.",
    "This story was updated by web staff.",
    "This article was updated by our editors.",
    "Follow KXYZ on Facebook to get breaking news.",
    "This story was republished from KXYZ, a public radio station in Harlow.",
)


@pytest.mark.parametrize("line", PAGE_FORMS)
def test_the_pages_own_note_credit_or_prompt_is_still_furniture(line: str) -> None:
    assert line not in _story_of(line)


#: The story's sentences in the same words: each stays.
STORY_SENTENCES = (
    "Download the evacuation app for alerts, the mayor said.",
    "Sign up for the volunteer rota, the Red Cross urged residents.",
    "Become a member of Parliament at 18, the reform would allow.",
    "Republished from a 1950 newspaper, the flood map caused alarm.",
    "This report is part of a series of audits by the state.",
    "This post was updated by a rogue employee who inserted false claims.",
    "Enable JavaScript only for sites you trust.",
    "To reach the village, call the ferry captain by radio.",
    "To reach the Red Cross, call the helpline on 555-0100.",
    "Reporting by staff at the clinic suggests the virus is spreading.",
)


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_beside_those_forms_is_kept(sentence: str) -> None:
    assert sentence in _story_of(sentence)
