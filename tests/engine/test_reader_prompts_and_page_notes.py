"""The page's words to its reader that web pages print between a story's paragraphs: its
paywall's meter, its pleas for money, its prompts to comment, to take its quiz or to send in
the reader's story, its notes on an interview's editing, its lines in square brackets, a
prompt it credits to itself, a sentence announcing what follows it, and the headline printed
again as the first line. Each goes (or is never quoted), while the story's sentences in the
same words stay. Every line is invented, as are the outlets (Harlow Herald, KXYZ, Fennick
Wire)."""

from __future__ import annotations

import pytest

from corroborate.engine.models import Article, RawDocument
from corroborate.engine.text.ingest import ingest
from corroborate.engine.text.segment import is_standalone, segment

LEDE = (
    "HARLOW (Fennick Wire) — Floodwater swept through the lower town of Harlow on Tuesday, "
    "forcing hundreds of families from their homes, officials said."
)
MORE = "The river rose more than two meters overnight, according to the regional water board."
LAST = "The water board said levels were expected to fall by Thursday if the rain eased."


def _quotable(line: str) -> list[str]:
    """The sentences of ``line`` that reach the story and may be quoted alone, once the
    line is read between three sentences of story."""
    text = "\n\n".join((LEDE, MORE, line, LAST))
    article = ingest(RawDocument(text=text, title="Harlow Floods"), "p01.txt", 0)
    return [
        s.text
        for s in segment((article,))
        if s.standalone and s.text not in (MORE, LAST) and "Floodwater" not in s.text
    ]


#: The page speaking to its reader, in the forms of real sites.
PAGE_PROMPTS = (
    # the comments' notice and the paywall's meter
    "Comments on this story are closed.",
    "Comments on this article are closed.",
    "This article is closed for comments.",
    "You have read 3 of 5 free articles this month.",
    "You've used 4 of your 5 free articles.",
    "You've reached your article limit.",
    "Unlock this article.",
    "Log in or create an account to continue.",
    "Subscribers only.",
    # its pleas for money
    "Our journalism depends on you.",
    "Our journalism is funded by readers.",
    "Please consider supporting us.",
    "If you value our reporting, please consider subscribing.",
    "Support our work.",
    "Make a donation.",
    # its prompts to comment, to play, to send in the reader's story
    "Have your say in the comments.",
    "Report this comment.",
    "Take our quiz.",
    "Take the quiz: How well do you know Harlow?",
    "Quiz: How well do you know Harlow?",
    "Take our poll.",
    "Vote in our poll below.",
    "Answer our survey.",
    "Test your knowledge with our quiz.",
    "Play today's crossword.",
    "Tell us your story.",
    "Share your experiences with us.",
    "Send us your photos.",
    # its note on an interview's text
    "This interview has been edited for length and clarity.",
    "This conversation has been condensed and edited.",
    "This transcript has been lightly edited.",
    # its prompts to keep following it, and its note closing a correction
    "Stay up to date with the latest news.",
    "Stay informed with our free newsletter.",
    "Keep up with this story and more by subscribing now.",
    "Find KXYZ on Facebook.",
    "Connect with us on Twitter.",
    "For the latest news, download the KXYZ app.",
    "Watch KXYZ News at 6 p.m.",
    "Tune in to KXYZ at 11 for more.",
    "More to come.",
    "We regret the error.",
    "Lee Park (@leepark) is a reporter for the Harlow Herald.",
    # a wire review's verdict and its film's rating
    "Three stars out of four.",
    "Two and a half stars out of four.",
    '"The Ferryman," a Harlow Pictures release, is rated R by the Motion Picture Association'
    ' of America for "strong violence."',
    # a prompt it credits to itself
    "Follow KXYZ on Facebook, the station said.",
    "Follow KXYZ on Facebook and Instagram, KXYZ said.",
    # the same notes and prompts in the other forms of real sites
    "Comments are currently closed.",
    "Comments have been disabled for this article due to legal reasons.",
    "You've read all your free articles this month.",
    "Help us keep our journalism free.",
    "Consider supporting our work.",
    "Cast your vote.",
    "Test your knowledge.",
    "Answers have been edited for length.",
    "Responses have been lightly edited for clarity.",
    "The following interview has been edited for length and clarity.",
    "Edited for length and clarity.",
    "Stay in the loop.",
    "Keep up to date.",
    "Watch live at 5 p.m. on KXYZ.",
    "Stick with KXYZ 4 for updates on this developing story.",
    "For updates, follow KXYZ on Twitter.",
    "The Herald regrets the error.",
    "3 out of 4 stars.",
    "2½ stars (out of 4).",
    "Rated PG-13 for language and some violence.",
    # its lines in square brackets: a link to another of its stories, an editor's note
    "[Harlow floods: what we know so far]",
    "[Mayor says the town was warned — council says ‘NO’]",
    "[Editor's note: This story has been changed to correct the river's name.]",
    "[Editor's note: The water board's figures were revised on Wednesday. A spokesman said"
    " the earlier figures were provisional.]",
)


@pytest.mark.parametrize("line", PAGE_PROMPTS)
def test_a_line_the_page_says_to_its_reader_is_never_quoted(line: str) -> None:
    assert _quotable(line) == []


#: A story's sentences in the same words: someone's appeal reported, a thing of the story
#: named, the words inside a longer sentence.
STORY_SENTENCES = (
    "Comments on the bridge plan are closed until May, the planning office said.",
    "Public comments on the proposal are closed, the council said.",
    "Readers who had read 3 of 5 free articles were shown a prompt, the study found.",
    "The study found readers who reached their article limit often cancelled.",
    "Unlock this phone, the officer told the suspect, according to the complaint.",
    "Subscribers only received the notice on Monday, the company said.",
    "Our journalism depends on you, the editor told staff in a memo.",
    "Please consider supporting us, the charity's director urged donors.",
    "Please consider donating blood, officials urged residents.",
    "Support our troops, the crowd chanted.",
    "Support our work, the union said in a leaflet handed to drivers.",
    "Make a donation, the mayor urged residents after the flood.",
    "Have your say at the council meeting on Tuesday, the mayor urged.",
    "Residents can have their say in the survey until Friday.",
    "Report this comment to moderators, the platform's guidelines say.",
    "Take our quiz, the campaign's leaflet said.",
    "Students were told to take the quiz again after a leak.",
    "Take the survey results with caution, the pollster warned.",
    "Voters will vote in the poll on Tuesday.",
    "Play the crossword in pen, the champion advised.",
    "Tell us your story, the inquiry's chair urged survivors.",
    "Share your experiences with the inquiry, police urged victims.",
    "Send us your photos of the flood, the council asked residents.",
    "Park said the interview had been edited for length and clarity without her consent.",
    "The interview was edited before it aired, the network said.",
    "Follow the evacuation orders, the station said.",
    "Follow KXYZ on Facebook, its rival warned advertisers.",
    "Fans follow her on Instagram and TikTok.",
    "Quiz show host Lee Park was arrested on Monday.",
    "Three stars out of five went to the inn, the guide said.",
    "Stay informed, officials urged residents as the river rose.",
    "Residents should stay informed through the council's text alerts.",
    "Keep up with the payments, the judge told Park.",
    "Connect with neighbours on Facebook to check on the elderly, police urged.",
    "Watch Harlow United at 3 p.m. on Saturday, the club urged fans.",
    "Catch the ferry at 6 a.m., the captain advised.",
    "More to come, the mayor warned as the river rose.",
    "We regret the error, the company said in a statement.",
    "We regret the delay to the bridge, the council said.",
    "Lee Park (@leepark) is a candidate for mayor, the party said.",
    "The film was rated R by the Motion Picture Association of America, which angered Park.",
    "You have used two of your three appeals, the judge told Park.",
    "The council issued the following statement on Monday after the vote was delayed.",
    "The following day, the river rose again.",
    "Below the dam, the river is expected to crest on Friday.",
    "Comments are currently closed at the planning office, the council said.",
    "Help us keep our river clean, the mayor urged residents.",
    "Cast your vote before the polls close at 8 p.m., officials urged.",
    "Keep up to date with your vaccinations, the health minister urged.",
    "Watch live at 5 p.m. as the mayor opens the bridge, the council urged residents.",
    "The council regrets the error that flooded the lower town, its leader said.",
    "The inn earned 3 out of 4 stars in the guide, its owner said.",
    "The answers were edited for length by the council before they were published.",
    "The water board said the figures it released on Tuesday are below the danger mark.",
    "Rated R for violence, the film opened on Friday in 3,000 theaters across the country.",
)


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_in_the_words_of_a_page_prompt_is_kept(sentence: str) -> None:
    assert _quotable(sentence) == [sentence]


def test_square_brackets_inside_a_sentence_keep_it() -> None:
    sentence = 'The judge wrote that "[t]he defendant knew the risks" before the river rose.'
    assert _quotable(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Harlow Police spokesperson responded to our inquiry with the following statement.",
        "The water board sent the following email:",
        "Below, we provide a timetable of the river's expected rise for each town.",
        "The water board released the following statement to KXYZ.",
        "The water board sent KXYZ the following statement Tuesday.",
        "The following is a transcript of the call.",
        "The full statement is below.",
    ],
)
def test_a_sentence_announcing_what_follows_it_cannot_stand_alone(sentence: str) -> None:
    assert not is_standalone(sentence)


def test_a_name_closing_the_brackets_its_initials_opened_is_not_a_new_sentence() -> None:
    paragraph = (
        "The film pits its stars against a gambler (T.J. Marlow) and a shipping heir"
        " (Dana Whitlow), in games no one wins."
    )
    article = Article(0, "a.txt", "Harlow Nights", "Harlow Herald", "text", (paragraph,))
    assert [s.text for s in segment((article,))] == [paragraph]


def test_the_headline_printed_again_as_the_first_line_is_never_quoted() -> None:
    headline = "Harlow lock-keeper, a flooded mill and a long night on the Tessel"
    paragraphs = (
        headline,
        "The lock-keeper at Harlow stayed at his post through the night as the Tessel rose.",
    )
    article = Article(0, "a.txt", headline, "Harlow Herald", "text", paragraphs)
    standalone = {s.text: s.standalone for s in segment((article,))}
    assert not standalone[headline]
    assert standalone[paragraphs[1]]


def test_a_first_line_that_is_not_the_headline_is_quoted_as_before() -> None:
    paragraphs = (
        "Harlow council closes the old bridge after engineers find its panels loose",
        "The Harlow bridge was closed on Monday after engineers found its panels loose.",
    )
    article = Article(0, "a.txt", "Bridge shut", "Harlow Herald", "text", paragraphs)
    assert all(s.standalone for s in segment((article,)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Whitlow said in an interview.",
        "Mayor Park said to laughter and applause.",
        "Park wrote on Twitter, referring to the vote on the bridge.",
        "The mayor said in a statement.",
        "The water board said at a news conference Tuesday.",
        "Park told the Harlow Herald in an interview.",
        "Park said, according to a transcript.",
    ],
)
def test_a_sentence_that_is_only_a_speakers_credit_cannot_stand_alone(sentence: str) -> None:
    assert not is_standalone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said on Monday he would resign.",
        "Lee Park said in a statement that the bridge was safe.",
        "Park told reporters the bridge was safe.",
        "Police said nothing about the second car.",
        "Park said, according to the court's transcript, that four people had died.",
    ],
)
def test_a_credit_with_what_was_said_stands_alone(sentence: str) -> None:
    assert is_standalone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said on Tuesday the death toll rose to 40 in the coastal towns.",
        "Ramos told reporters on Wednesday the fire destroyed 14 homes in the valley.",
        "Lopez said in an interview with the Harlow Herald the mill closed in March.",
        "Chief Dana Price said at the scene the blaze started in a kitchen on the third floor.",
        "Police said during the raid officers seized 12 rifles in the house.",
        "Officials said after the storm passed the river crested at 12 meters.",
        "Police said on Monday the suspect remains at large in the hills.",
    ],
)
def test_a_credit_followed_by_what_was_said_without_that_stands_alone(sentence: str) -> None:
    assert is_standalone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting continued in the north of the country on Monday.",
        "Protests continued through the night in Harlow and in Carvell.",
        "The skirmishing over the bridge continued in court.",
        "Looting added to the chaos after the storm in the coastal towns.",
        "Talks continued on Tuesday in Geneva without a breakthrough.",
    ],
)
def test_a_sentence_of_what_went_on_in_a_verb_of_saying_stands_alone(sentence: str) -> None:
    assert is_standalone(sentence)
