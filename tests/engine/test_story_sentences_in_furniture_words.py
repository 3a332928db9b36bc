"""Story sentences that share the words of the page's prompts, notes and credits: an appeal
or a prompt credited to a speaker, a post updated by someone in the story, a network its
fans follow a singer on. Every line is invented, as are the outlets (Harlow Herald, Fennick
Wire), and each keeps its place in the story while the page's own forms still go."""

from __future__ import annotations

import pytest

from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import ingest

LEDE = (
    "HARLOW (Fennick Wire) — The Harlow bridge reopened to traffic on Monday after a "
    "two-year repair that cost $40 million, city officials said."
)
MORE = "Engineers replaced two piers and the whole deck, according to the transport department."
LAST = "Commuters said the closure had added up to an hour to their daily trips."


def _story_of(line: str) -> str:
    text = "\n\n".join((LEDE, MORE, line, LAST))
    article = ingest(RawDocument(text=text, title="Harlow Bridge Reopens"), "p01.txt", 0)
    return " ".join(article.paragraphs)


#: A prompt's words credited to who said them: an official's appeal, a scam's message, a
#: slogan. The page never credits its own prompts to anyone.
CREDITED_APPEALS = (
    "Get in touch with your local council, officials urged.",
    "Get in touch with the embassy, the foreign ministry told stranded travellers.",
    "Donate to the relief fund, the president urged citizens.",
    "Consider donating your old coats, the charity asked residents.",
    "Subscribe to the pension scheme before June, the union told members.",
    '"Subscribe now or lose access," the scam message told users.',
    "Download our app, the fraudulent text message urged victims.",
    "Learn more about the disease by speaking to a pharmacist, the health agency advised.",
    "Find out more at the visitor centre, the park ranger said.",
    "Don't miss the comet this week, astronomers urged.",
    "Stay tuned for the verdict, the judge told the jury with a smile.",
    "Share your thoughts with the committee by Friday, the chairman said.",
    "Join the conversation about the budget at the town hall on Monday, the mayor said.",
    "If you have information about the attack, call police, the detective said.",
    "If anyone has information about the crash, you are asked to contact police, the officer said.",
    "Visit our website, the scam email told victims.",
    "Join us in the square, the protest leader told the crowd.",
    "Watch your step, the ranger warned visitors on the icy path.",
    "Share this article, the bot accounts urged, and millions did.",
    "Click here to claim your prize, the scam email said.",
    "Refresh the page for updates, the airline's website told stranded passengers.",
    "Editing by a senior producer removed the comment, the broadcaster admitted.",
    "Reprinted with permission from the author, the letter appears in the new book, its editor said.",
    '"Follow us on Twitter and you will see the truth," the group\'s leader told supporters.',
    "Tips? Waiters say they now earn less than before.",
    "Have a story idea? The festival is taking pitches until May, its organisers said.",
)


#: A prompt's words named as words: a slogan, a show's name, a conference's theme.
NAMED_PROMPTS = (
    "Like us on Facebook was the slogan of the campaign.",
    "Stay tuned is the name of the station's new morning show.",
    "Support local journalism was the theme of the conference in Harlow.",
    "Catch up on the latest news was the slogan of the new station.",
)


@pytest.mark.parametrize("sentence", NAMED_PROMPTS)
def test_a_prompts_words_named_as_a_slogan_or_a_name_are_the_storys(sentence: str) -> None:
    assert sentence in _story_of(sentence)


@pytest.mark.parametrize("sentence", CREDITED_APPEALS)
def test_a_prompt_credited_to_a_speaker_is_the_story_reporting_it(sentence: str) -> None:
    assert sentence in _story_of(sentence)


#: Sentences sharing one rule's words each, in a story's role.
STORY_SENTENCES = (
    # an update note's words, the update done by someone or for something in the story
    "This post was updated by the hackers to show a ransom note.",
    "This story was updated for the stage in 1999, the director said.",
    "This article was updated by a rogue employee who inserted false claims.",
    # a follow prompt's words, the following done by others or for the story's end
    "Follow the trail on Twitter and Facebook to see how the hoax spread.",
    "Fans follow her on Instagram and TikTok.",
    "Millions follow the singer on Instagram, where she announced the tour.",
    # a script notice's words as advice
    "Enable JavaScript only for sites you trust.",
    "Enable cookies only if you understand what they track.",
    # a credit's words, the work done by someone in lower case
    "Reporting by the newspaper revealed the scandal in 2019.",
    "Writing by the prisoners was smuggled out in shoes.",
    # a reporter's contact line's words, reached at a place
    "The ministry said the minister can be reached at his office.",
    "To reach the village, call the ferry captain by radio.",
    # a picture label's words as a noun or a firm of the story
    "Getty Images reported a loss of $12 million for the quarter.",
    "Image copyright law was changed by parliament in 2019.",
    "Photos by the missing hiker were found on a memory card.",
    "Caption contests were banned in the school's newspaper in 1988.",
    "Slideshow presentations are banned in the cabinet.",
    "Illustration by hand is making a comeback among young artists.",
    "Above: the bridge is the only road link to the mainland.",
    # a player's labels in a sentence
    "In this video game, players build cities on the sea floor.",
    "Now playing at the Harlow cinema is a film about the flood.",
    "Up next for the council is a vote on the budget.",
    # a link's label before a writer's colon
    "More: the council said the bridge would cost another $4 million.",
    "Previously: the company made tractors.",
    # the comments' terms, a reader's series and a paywall's words, in a story
    "By posting a comment on the forum, the man broke his bail conditions.",
    "This story is part of a series of lectures the professor gave in 1970.",
    "This report is part of a series of audits by the state.",
    "Subscribers can read the full story of the family's escape in a new book.",
    # a credit's words, the place or the maker in lower case, or a clause before the subject
    "Lee Park reported from Harlow for the Fennick Wire for 20 years.",
    "Distributed by a Harlow agency, the film reached 40 countries.",
    "Republished from a 1950 newspaper, the cartoon caused outrage.",
    "Become a member of parliament at 18, the reform would allow.",
    "This is an archived article from the station's old website, the court heard.",
    # a correction prompt's words as advice
    "Report an error in the census form by calling the helpline.",
    "Report a mistake on your tax return within 30 days to avoid a fine.",
    # a source's label before what the source says
    "Sources: two officials told the newspaper the minister would resign.",
    "Source: the ministry says 400 people were hurt.",
)


#: A scene in the present that happens again and again: a picture shows one moment.
HABITS = (
    "Protesters march through the capital every Friday, demanding the president resign.",
    "Ferries usually dock at the east pier in Harlow.",
    "Volunteers serve soup outside the station each night.",
)


@pytest.mark.parametrize("sentence", HABITS)
def test_a_habit_told_in_the_present_is_not_a_caption(sentence: str) -> None:
    assert sentence in _story_of(sentence)


def test_a_scene_of_one_moment_is_still_a_caption() -> None:
    caption = "Rescue workers search the rubble of the collapsed bridge on Friday."
    assert caption not in _story_of(caption)


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_in_a_furniture_rules_words_is_kept(sentence: str) -> None:
    assert furniture_kind(sentence) is None
    assert sentence in _story_of(sentence)


def test_a_fans_follow_sentence_about_a_singer_is_kept() -> None:
    sentence = "Fans follow her on Instagram and TikTok."
    assert sentence in _story_of(f"The singer has 40 million followers. {sentence}")


#: The page's own forms of the same rules: each still goes.
PAGE_FORMS = (
    "This post was updated by Lee Park.",
    "This story has been updated for clarity.",
    "This story was updated with more information.",
    "Follow us on Twitter for the latest updates.",
    "Follow the Harlow Herald on Instagram to stay up to date.",
    "Follow Lee Park on Twitter at @leepark.",
    "You can also follow her on Instagram.",
    "Please enable JavaScript for the best experience.",
    "Enable cookies to continue.",
    "Reporting by Lee Park; editing by Sam Reyes.",
    "Lee Park can be reached at 555-0100.",
    "Get in touch with us at the Harlow Herald.",
    "If you have any information, call Harlow Crime Stoppers at 555-0100.",
    "Have you been affected by the flooding? Email us.",
    "Getty Images via AP",
    "Photos by Lee Park",
    "Caption: The mayor at the bridge.",
    "Up next: Harlow bridge reopens",
    "More: Harlow bridge reopens after two years",
    "By posting a comment, you agree to our terms.",
    "This article is part of a series of reports on the river.",
    "To reach the reporter, email lpark@harlowherald.example.",
    "Lee Park reported from Harlow, Fenland.",
    "Distributed by Fennick Content Agency.",
    "Republished with permission from the Harlow Herald.",
    "Become a member today.",
    "Report a typo or error.",
    "Report an error on this page.",
    "Source: Fennick Institute.",
    "Source: Abdelsattar Z, Wong S, et al. Cancer, 2016.",
)


@pytest.mark.parametrize("line", PAGE_FORMS)
def test_the_pages_own_form_of_the_same_rule_is_still_furniture(line: str) -> None:
    assert line not in _story_of(line)


#: Headlines under a link's or a player's label, or without a stop, credited as headlines are:
#: the page's links however they are credited.
CREDITED_HEADLINES = (
    "RELATED: Harlow bridge closed after crash, police say",
    "Read more: Bridge will stay shut for a year, council says.",
    "WATCH: Bridge collapses into river, officials say",
    "More from Harlow Herald: Man held after fire, police say",
    "Don't miss: Bridge toll to double, council says",
    "What we know about the bridge collapse, officials say",
)


@pytest.mark.parametrize("line", CREDITED_HEADLINES)
def test_a_linked_headline_credited_to_a_source_is_still_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


def test_a_prompt_glued_after_a_credited_sentence_still_goes() -> None:
    paragraph = (
        "The bridge will stay closed until the piers are checked, the council said. "
        "Sign up for our newsletter."
    )
    story = _story_of(paragraph)
    assert "the council said." in story
    assert "Sign up for our newsletter." not in story


#: A closing sentence about a journalist that tells what befell them is the story's news.
JOURNALISTS_NEWS = (
    "Lee Park is a reporter for the Harlow Herald who was arrested on Monday.",
    "Jane Doe is a contributing editor at the Harlow Herald, and she was fired on Friday.",
    "Sam Reyes is a correspondent for the Fennick Wire who has been held since March.",
)


@pytest.mark.parametrize("sentence", JOURNALISTS_NEWS)
def test_what_befell_a_journalist_closing_the_story_is_not_a_writers_note(sentence: str) -> None:
    assert sentence in _story_of(sentence)


def test_a_writers_note_closing_the_story_still_goes() -> None:
    note = "Lee Park is a reporter for the Harlow Herald who covers the city council."
    assert note not in _story_of(note)
